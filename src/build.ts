// The whole build on one screen: ingest → parse → enrich → render → write.
// "read" runs ingest, parse and enrich (and renders the body) one file at a time, on every core for
// big archives; what is kept is each article's metadata and body HTML, until "render" writes each
// page with its neighbours, once "order" knows them (100,000 articles, issue #2).
import { availableParallelism, tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { discoverNames, joinDiscovery, wordsInput, type WordsFound } from "./enrich/discover.ts";
import type { Entity } from "./enrich/entities/entity.ts";
import { order, resolveCollisions } from "./enrich/index.ts";
import { StrictError } from "./errors.ts";
import { discover } from "./ingest/index.ts";
import { silentLog, type Log } from "./log.ts";
import { collectGarbage } from "./parallel/collect-garbage.ts";
import { createArticlePool, type ArticlePool } from "./parallel/pool.ts";
import { renderJob, type FactsReused, type ReadOutcome, type RenderJob } from "./parallel/tasks.ts";
import { createFactsCacheWriter, loadFactsCache } from "./cache/facts-cache.ts";
import { siteData, siteView, type SiteData, type SiteView } from "./render/index.ts";
import { listedArticle, otherSitemapUrls, siteUnitUrls, type SitePagesInput } from "./render/site-pages.ts";
import { renderSitemaps, type SitemapUrl } from "./render/sitemap.ts";
import { createReport } from "./report.ts";
import { buildSearchIndex } from "./search/index.ts";
import { articleRecords } from "./search/article-records.ts";
import type { Article, ArticleFacts, BuildResult, Discovery, Settings, Skip } from "./types.ts";
import { checkOutput, createPageWriter, createStaging, writeReport } from "./write/index.ts";

/** Below this many files, worker threads cost more to start than they save. */
const THREADS_FROM = 1000;

export interface BuildEnv {
  log?: Log;
  cwd?: string;
  /** Worker threads for per-article work; default: one per core for big archives, none for small ones. */
  threads?: number;
}

export async function build(settings: Settings, env: BuildEnv = {}): Promise<BuildResult> {
  const started = performance.now();
  const { log, stages } = timed(env.log ?? silentLog, started);
  await checkOutput(settings.output, settings.input, env.cwd ?? process.cwd());
  const site = siteView(settings.site, settings);

  log.stage("ingest", `finding articles in ${settings.input}`);
  const found = await discover(settings.input);
  const threads = env.threads ?? (found.files.length >= THREADS_FROM ? availableParallelism() : 0);
  const pool = createArticlePool(threads, { language: settings.site.language, discovery: settings.discovery, search: settings.search, templates: settings.templates, site, spillDir: tmpdir() });
  try {
    log.stage("read", `reading ${found.files.length} article files${threads > 0 ? ` on ${threads} threads` : ""}`);
    const cacheDir = settings.discovery ? settings.cache : null;
    const cached = cacheDir !== null ? await loadFactsCache(cacheDir, log.warn) : new Map<string, ArticleFacts>();
    // The new cache is written while the threads read: they send the facts they find in its format.
    const cacheWriter = cacheDir !== null ? createFactsCacheWriter(cacheDir, log.warn) : null;
    let outcomes: ReadOutcome[];
    try {
      outcomes = await pool.read(found.files, counter(found.files.length, log), { cachedKey: (source) => cached.get(source)?.key ?? null, found: (chunk) => cacheWriter?.add(chunk) });
    } catch (error) {
      await cacheWriter?.discard();
      throw error;
    }
    const read = outcomes.flatMap((o) => ("article" in o ? [o] : []));
    const reused = read.flatMap((o) => (o.facts !== null && "reused" in o.facts ? [o.article.source] : []));
    await cacheWriter?.finish(reused.flatMap((source): [string, ArticleFacts][] => (cached.has(source) ? [[source, cached.get(source)!]] : [])));
    const factsReused = reused.length;
    const skipped = outcomes.flatMap((o) => ("skip" in o ? [o.skip] : []));
    outcomes = [];
    // The reading threads wait idle through order and discover: their garbage goes first.
    await pool.collect();

    log.stage("order", `ordering ${read.length} articles`);
    const articles = order(resolveCollisions(read.map((o) => o.article)));
    // The facts are let go once the archive-wide steps have used them (about 220 MB at 100,000 articles).
    const factsOf = new Map(read.splice(0).map((o) => [o.article.source, keptFacts(o.article.source, o.facts, cached)]));
    cached.clear();

    const staging = await createStaging(settings.output);
    let frontPages: Promise<number> | undefined;
    try {
      log.stage("discover", "finding people, places, organizations, topics, related stories and duplicates");
      // The words go first, to the first reading thread: they are the longer half of discover.
      const words = settings.discovery ? postWords(pool, articles, factsOf) : null;
      // The front page and its pages need only the order: a thread renders them while this one runs the
      // archive-wide steps (Eleventy's 5,000 list pages at 100,000 articles, off the busiest stage).
      const front = renderFront(pool, siteData(articles, site, settings.pageSize), staging.dir);
      frontPages = front.rendered;
      const listingPages = front.pages;
      const discovery = words !== null ? await discoverWith(words) : nothingDiscovered(articles.length);
      factsOf.clear();
      // The archive-wide steps leave this thread's heap at about 850 MB, most of it garbage (270 MB live
      // once the facts are let go), which V8 would keep while the threads' heaps grow to render: one
      // collection here took the peak at 100,000 articles without search from 1,785–1,876 MB to 1,671 MB.
      collectGarbage();
      const report = createReport(articles, [...found.skipped, ...skipped], site.basePath, discovery.duplicates);
      reportProblems(report.skipped, articles, log);
      if (settings.report) await writeReport(settings.report, report);
      checkStrict(settings, report.skipped.length, articles);

      log.stage("render", `writing ${articles.length} article pages and the site pages`);
      const [articlePages, sitePages, listPages] = await renderPages(pool, articles, discovery, settings, site, staging.dir, listingPages, frontPages, log);
      if (settings.search) {
        const indexed = articles.length - discovery.duplicates.reduce((sum, set) => sum + set.copies.length, 0);
        log.stage("search", `indexing ${indexed} articles for search`);
        // The search index needs none of what rendering did: the threads let go of the listing, and this
        // thread's garbage from rendering goes before the shards fill the heaps again.
        await pool.list(null);
        collectGarbage();
        await buildSearchIndex(articleRecords(articles, discovery, pool.texts), staging.dir, { log, total: indexed, writer: pool.shards });
      }
      log.stage("write", `swapping the new site into ${settings.output}`);
      await staging.commit();
      log.stage("done", "");
      const repairs = articles.reduce((sum, a) => sum + a.repairs, 0);
      const seconds = (performance.now() - started) / 1000;
      const pagesWritten = articlePages + sitePages + listPages;
      return { report, articles: articles.length, skipped: report.skipped.length, pagesWritten, seconds, repairs, factsReused, stages };
    } catch (error) {
      // Eleventy may still be writing into the staging folder: it is removed once that has stopped.
      await Promise.allSettled([frontPages]);
      await staging.discard();
      throw error;
    }
  } finally {
    await pool.close();
  }
}

/** An article's facts: as found by its thread, or, where the thread said they still hold, as kept from the last build. */
function keptFacts(source: string, facts: ArticleFacts | FactsReused | null, cached: ReadonlyMap<string, ArticleFacts>): ArticleFacts | null {
  if (facts === null || !("reused" in facts)) return facts;
  const kept = cached.get(source);
  if (kept?.key !== facts.reused) throw new Error(`${source}: a thread reused cached facts that the build does not hold`);
  return kept;
}

/** The words half of discover, posted to a thread, and the entities the names half starts from. */
interface WordsPosted {
  found: Promise<WordsFound>;
  entities: Entity[][];
}

/**
 * The archive-wide steps, first half: sends the words (topics, duplicates, related stories) to a thread.
 * Takes the facts out of `factsOf`, which it empties: once the thread has its copy of the term summaries,
 * only the entities stay here (about 80 MB less at 100,000 articles, at the build's peak).
 */
function postWords(pool: ArticlePool, articles: readonly Article[], factsOf: Map<string, ArticleFacts | null>): WordsPosted {
  const facts = articles.map((a) => factsOf.get(a.source)!);
  const found = pool.words(wordsInput(articles, facts), {});
  found.catch(() => {}); // Awaited in discoverWith, once the names are merged.
  const entities = facts.map((f) => f.entities);
  facts.length = 0;
  factsOf.clear();
  return { found, entities };
}

/**
 * Writes the article pages and the site pages on the threads, beside the front page Eleventy renders.
 * Its own function so that what it sends the threads (the listing, 100,000 page jobs) is garbage once
 * it returns, not held through the search stage.
 */
async function renderPages(
  pool: ArticlePool,
  articles: readonly Article[],
  discovery: Discovery,
  settings: Settings,
  site: SiteView,
  dir: string,
  listingPages: number,
  frontPages: Promise<number>,
  log: Log,
): Promise<[number, number, number]> {
  // Every thread is sent the listed articles and collections once; page jobs refer to them by index.
  const listing: SitePagesInput = { articles: articles.map(listedArticle), collections: discovery.collections, site, pageSize: settings.pageSize };
  const listed = pool.list(listing);
  const jobs = articles.map((article, index): RenderJob => renderJob(article, index, discovery.byArticle[index]!));
  const sitemap = otherSitemapUrls(articles, discovery, listingPages, site.search);
  const [, articlePages, sitePages, listPages] = await Promise.all([
    listed,
    pool.write(jobs, dir, counter(jobs.length, log)),
    frontPages,
    settings.discovery ? writeSitePages(pool, site, dir, sitemap) : 0,
  ]);
  return [articlePages, sitePages, listPages];
}

/** The archive-wide steps, second half: merges the names here while the thread finds the words, then joins both. */
async function discoverWith(words: WordsPosted): Promise<Discovery> {
  const names = discoverNames(words.entities);
  words.entities.length = 0;
  // The merge's garbage goes while this thread waits for the words: the build's memory peaks now, with the
  // words and Eleventy's front page on their threads (at 100,000 articles, three pairs without search, the
  // peak 1,809–1,919 -> 1,784–1,812 MB; two pairs with search, 1,835–1,949 -> 1,861–1,864 MB).
  collectGarbage();
  return joinDiscovery(names, await words.found);
}

/** With discovery off: no collections, and no article links to another but its neighbours. */
function nothingDiscovered(articles: number): Discovery {
  return { collections: [], duplicates: [], byArticle: Array.from({ length: articles }, () => ({ collections: [], related: [], original: null, copies: [] })) };
}

/**
 * Starts rendering the front page and its pages; gives how many list pages it has (for the sitemap) at
 * once, so that the views need not be kept here.
 */
function renderFront(pool: ArticlePool, data: SiteData, dir: string): { pages: number; rendered: Promise<number> } {
  const rendered = pool.front(data, dir);
  rendered.catch(() => {}); // Awaited with the other pages, or settled before the staging folder goes.
  return { pages: data.listings.length, rendered };
}

/**
 * Has the pool make, render and write the site pages (archive, collections, indexes and their feeds)
 * on its threads, from what list() sent them, then writes the sitemap here.
 */
async function writeSitePages(pool: ArticlePool, site: SiteView, dir: string, sitemap: SitemapUrl[]): Promise<number> {
  const { units, written } = await pool.site(dir);
  const writer = createPageWriter(dir);
  for (const page of renderSitemaps([...sitemap, ...siteUnitUrls(units)], site)) writer.write(page);
  return written + writer.written;
}

/** Records how long each stage took (the time from its status line to the next one's). */
function timed(log: Log, started: number): { log: Log; stages: Record<string, number> } {
  const stages: Record<string, number> = {};
  let current: { name: string; since: number } = { name: "start", since: started };
  const stage = (name: string, message: string) => {
    const now = performance.now();
    stages[current.name] = (now - current.since) / 1000;
    current = { name, since: now };
    if (name !== "done") log.stage(name, message);
  };
  return { log: { ...log, stage }, stages };
}

function counter(total: number, log: Log): (n: number) => void {
  let done = 0;
  return (n) => log.progress((done += n), total);
}

function reportProblems(skipped: readonly Skip[], articles: readonly Article[], log: Log): void {
  for (const skip of skipped) log.warn(`${skip.source}: skipped: ${skip.reason}`);
  for (const article of articles) for (const warning of article.warnings) log.warn(`${article.source}: ${warning}`);
}

/** --strict: any skip or warning fails the build before anything is written. */
function checkStrict(settings: Settings, skipped: number, articles: readonly Article[]): void {
  const warned = articles.filter((a) => a.warnings.length > 0).length;
  if (!settings.strict || skipped + warned === 0) return;
  const see = settings.report ? `see ${settings.report}` : "see the warnings above, or use --report FILE";
  throw new StrictError(`--strict: ${skipped} files skipped and ${warned} articles with warnings; nothing was written (${see})`);
}
