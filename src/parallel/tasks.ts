// The two things done once per article: reading it (ingest → parse → enrich, and its body rendered
// to HTML) and writing its page (render the template with its neighbours → write). Run in-process
// for small archives and in worker threads for big ones.
import { enrich } from "../enrich/index.ts";
import { extractEntities } from "../enrich/entities/index.ts";
import { summarizeText } from "../enrich/similarity/index.ts";
import { readSource } from "../ingest/index.ts";
import { parse } from "../parse/index.ts";
import { renderBody } from "../render/body.ts";
import { articleView, renderArticlePage, type ArticleContext, type Templates } from "../render/index.ts";
import type { SiteView } from "../render/views.ts";
import type { Article, ArticleFacts, Page, Skip, SourceFile } from "../types.ts";
import type { BodyStore } from "./body-store.ts";

/** `facts` is null when discovery is off. */
export type ReadOutcome = { article: Article; facts: ArticleFacts | null } | { skip: Skip };

export interface ReadOptions {
  /** Site language: the default for articles that do not name theirs. */
  language: string;
  /** Whether to find the facts the archive-wide steps need (Settings.discovery). */
  discovery: boolean;
}

/** What a thread keeps of each article it read until it writes its page: body HTML, and plain text for the search index. */
export interface Kept {
  bodies: BodyStore;
  texts: BodyStore;
}

/** An article page to render, with what it links to (only what a link needs: jobs are copied to threads). */
export interface RenderJob {
  article: Article;
  context: ArticleContext;
}


export function readArticle(file: SourceFile, options: ReadOptions, kept: Kept): ReadOutcome {
  const read = readSource(file);
  const parsed = read.ok ? parse(read.value) : read;
  if (!parsed.ok) return { skip: parsed.skip };
  const { title, text } = parsed.value;
  kept.bodies.put(file.source, renderBody(parsed.value));
  kept.texts.put(file.source, text);
  const facts: ArticleFacts | null = options.discovery ? { summary: summarizeText(title, text), entities: extractEntities(title, text) } : null;
  return { article: enrich(parsed.value, options), facts };
}

/** The page, and the article's plain text for the search index. */
export function renderArticle(job: RenderJob, kept: Kept, templates: Templates, site: SiteView): { page: Page; text: string } {
  const body = kept.bodies.take(job.article.source);
  const text = kept.texts.take(job.article.source);
  if (body === undefined || text === undefined) throw new Error(`no body kept for ${job.article.source}: the page job went to a thread that did not read it`);
  const view = articleView(job.article, body, job.context, site);
  return { page: renderArticlePage(templates, view), text };
}
