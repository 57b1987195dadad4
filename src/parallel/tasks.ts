// The two things done once per article: reading it (ingest → parse → enrich, and its body rendered
// to HTML) and writing its page (render the template with its neighbours → write). Run in-process
// for small archives and in worker threads for big ones.
import { enrich } from "../enrich/index.ts";
import { factsChunk, readFactsChunk, type SharedFacts } from "../cache/facts-cache.ts";
import { findFacts } from "../enrich/facts.ts";
import { readSource } from "../ingest/index.ts";
import { parse } from "../parse/index.ts";
import { renderBody } from "../render/body.ts";
import { articleContext, articleView, renderArticlePage, type Templates } from "../render/index.ts";
import type { SitePagesInput } from "../render/site-pages.ts";
import type { Article, ArticleFacts, ArticleLinks, Page, PageArticle, Skip, SourceFile } from "../types.ts";
import { createBodyStore, type BodyStore, type PackedTexts } from "./body-store.ts";

/**
 * `facts` is null when discovery is off, and `{ reused: key }` when the facts the main thread has
 * cached for the article were found from this same text (they are not sent back and forth).
 */
export type ReadOutcome = { article: Article; facts: ArticleFacts | FactsReused | null } | { skip: Skip };

export interface FactsReused {
  reused: string;
}

/**
 * A read request's answer. Found facts travel apart from the outcomes, as one chunk in the facts cache's
 * own format (src/cache/facts-cache.ts): the main thread reads them from it and can keep the chunk as it
 * is, never serializing facts again (about 3 s at 100,000 articles).
 */
export interface ReadBatch {
  /** With found facts taken out (null) until unpackBatch puts them back. */
  outcomes: ReadOutcome[];
  found: Uint8Array | null;
}

/** Takes found facts out of `outcomes` into one chunk (the thread's side). */
export function packBatch(outcomes: ReadOutcome[]): ReadBatch {
  const entries: [string, ArticleFacts][] = [];
  for (const outcome of outcomes) {
    if (!("article" in outcome) || outcome.facts === null || "reused" in outcome.facts) continue;
    entries.push([outcome.article.source, outcome.facts]);
    outcome.facts = null;
  }
  return { outcomes, found: entries.length === 0 ? null : factsChunk(entries) };
}

/** Puts the found facts back into the outcomes (the main thread's side). */
export function unpackBatch(batch: ReadBatch, shared?: SharedFacts): ReadOutcome[] {
  if (batch.found === null) return batch.outcomes;
  const bySource = new Map<string, Extract<ReadOutcome, { article: Article }>>();
  for (const outcome of batch.outcomes) if ("article" in outcome) bySource.set(outcome.article.source, outcome);
  for (const [source, facts] of readFactsChunk(batch.found, shared)) {
    const outcome = bySource.get(source);
    if (outcome === undefined) throw new Error(`a thread sent facts for ${source}, which it did not read`);
    outcome.facts = facts;
  }
  return batch.outcomes;
}

export interface ReadOptions {
  /** Site language: the default for articles that do not name theirs. */
  language: string;
  /** Whether to find the facts the archive-wide steps need (Settings.discovery). */
  discovery: boolean;
  /** Whether to keep each article's plain text for the search index (Settings.search). */
  search: boolean;
}

/** What a thread keeps of each article it read: body HTML until it writes the page, plain text until the search stage asks. */
export interface Kept {
  bodies: BodyStore;
  texts: BodyStore;
}

/** `spillDir`: where the stores spill full slabs (WorkerOptions.spillDir), or null to keep them in memory. */
export function createKept(spillDir: string | null): Kept {
  return { bodies: createBodyStore(spillDir), texts: createBodyStore(spillDir) };
}

/** Closes both stores (and deletes their spill files): a file a thread opened stays open after it ends. */
export function closeKept(kept: Kept): void {
  kept.bodies.close();
  kept.texts.close();
}

/**
 * An article page to render: the article as its index into the listed articles the thread holds
 * (SitePagesInput), with the details only its page shows, and what it links to as indexes into the
 * listed articles and collections. Far less to copy to a thread than the article and its links: sending
 * whole articles cost the main thread 0.9 s of postMessage at 100,000 articles.
 */
export interface RenderJob extends Pick<Article, "source" | "words" | "readingMinutes" | "publisher"> {
  /** Its place in front-page order. */
  index: number;
  links: ArticleLinks;
}

/** The page job of `article`, the `index`th in front-page order. */
export function renderJob(article: Article, index: number, links: ArticleLinks): RenderJob {
  return { index, source: article.source, words: article.words, readingMinutes: article.readingMinutes, publisher: article.publisher, links };
}


/** `cachedKey`: the content hash of the facts cached for this file, if any (src/cache/facts-cache.ts). */
export function readArticle(file: SourceFile, options: ReadOptions, kept: Kept, cachedKey: string | null): ReadOutcome {
  const read = readSource(file);
  const parsed = read.ok ? parse(read.value) : read;
  if (!parsed.ok) return { skip: parsed.skip };
  const { title, text } = parsed.value;
  kept.bodies.put(file.source, renderBody(parsed.value));
  if (options.search) kept.texts.put(file.source, text);
  let facts: ArticleFacts | FactsReused | null = null;
  if (options.discovery) {
    const found = findFacts(title, text, cachedKey);
    facts = found.fromCache ? { reused: found.key } : found.facts;
  }
  return { article: enrich(parsed.value, options), facts };
}

/** `archive`: whether the site has date archives to link each article's month (discovery on). */
export function renderArticle(job: RenderJob, listing: SitePagesInput, archive: boolean, kept: Kept, templates: Templates): Page {
  const body = kept.bodies.take(job.source);
  if (body === undefined) throw new Error(`no body kept for ${job.source}: the page job went to a thread that did not read it`);
  const { site } = listing;
  const listed = listing.articles[job.index];
  if (listed === undefined) throw new RangeError(`no listed article ${job.index} of ${listing.articles.length} for ${job.source}`);
  // Written out, not `{ ...listed, words }`: V8's slow path on Node 20, with garbage that outlives scavenges (bench/object-spread.ts).
  const { path, title, lang, date, description, author, tags } = listed;
  const article: PageArticle = { path, title, lang, date, description, author, tags, words: job.words, readingMinutes: job.readingMinutes, publisher: job.publisher };
  const context = articleContext(listing.articles, listing.collections, job.index, job.links, site.language, archive);
  return renderArticlePage(templates, articleView(article, body, context, site));
}

/**
 * The plain texts of `sources` for the search index, as UTF-8 packed in one buffer (none for any this thread
 * did not keep), forgotten once given. Not strings: those piled up in the heap of the thread that plans the
 * shards, the main thread's, until each shard was written.
 */
export function takeTexts(sources: readonly string[], kept: Kept): PackedTexts {
  return kept.texts.takeAll(sources);
}
