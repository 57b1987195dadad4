// The whole build on one screen: ingest → parse → enrich → render → write.
// "read" runs ingest, parse and enrich (and renders the body) one file at a time, on every core for
// big archives; what is kept is each article's metadata and body HTML, until "render" writes each
// page with its neighbours, once "order" knows them (100,000 articles, issue #2).
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { order, resolveCollisions } from "./enrich/index.ts";
import { StrictError } from "./errors.ts";
import { discover } from "./ingest/index.ts";
import { silentLog, type Log } from "./log.ts";
import { createArticlePool } from "./parallel/pool.ts";
import type { RenderJob } from "./parallel/tasks.ts";
import { siteData, siteView } from "./render/index.ts";
import { createReport } from "./report.ts";
import type { Article, BuildResult, Settings, Skip } from "./types.ts";
import { checkOutput, createStaging, writeReport } from "./write/index.ts";

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
  const site = siteView(settings.site);

  log.stage("ingest", `finding articles in ${settings.input}`);
  const found = await discover(settings.input);
  const threads = env.threads ?? (found.files.length >= THREADS_FROM ? availableParallelism() : 0);
  const pool = createArticlePool(threads, { language: settings.site.language, templates: settings.templates, site });
  // Eleventy takes 0.7 s to load: load it while the threads read the articles.
  const eleventy = import("./eleventy/render-site.ts");
  try {
    log.stage("read", `reading ${found.files.length} article files${threads > 0 ? ` on ${threads} threads` : ""}`);
    const outcomes = await pool.read(found.files, counter(found.files.length, log));
    const enriched = outcomes.flatMap((o) => ("article" in o ? [o.article] : []));
    const skipped = outcomes.flatMap((o) => ("skip" in o ? [o.skip] : []));

    log.stage("order", `ordering ${enriched.length} articles`);
    const articles = order(resolveCollisions(enriched));
    const report = createReport(articles, [...found.skipped, ...skipped], site.basePath);
    reportProblems(report.skipped, articles, log);
    if (settings.report) await writeReport(settings.report, report);
    checkStrict(settings, report.skipped.length, articles);

    log.stage("render", `writing ${articles.length} article pages and the site pages`);
    const staging = await createStaging(settings.output);
    try {
      const link = (a: Article | undefined) => (a === undefined ? null : { title: a.title, path: a.path });
      const jobs = articles.map((article, i): RenderJob => ({ article, previous: link(articles[i - 1]), next: link(articles[i + 1]) }));
      const [articlePages, sitePages] = await Promise.all([
        pool.write(jobs, staging.dir, counter(jobs.length, log)),
        eleventy.then(({ renderSite }) => renderSite(settings.templates, staging.dir, siteData(articles, site, settings.pageSize))),
      ]);
      log.stage("write", `swapping the new site into ${settings.output}`);
      await staging.commit();
      log.stage("done", "");
      const repairs = articles.reduce((sum, a) => sum + a.repairs, 0);
      const seconds = (performance.now() - started) / 1000;
      const pagesWritten = articlePages + sitePages.written;
      return { report, articles: articles.length, skipped: report.skipped.length, pagesWritten, seconds, repairs, stages };
    } catch (error) {
      await staging.discard();
      throw error;
    }
  } finally {
    await pool.close();
  }
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
