// The whole build on one screen: ingest → parse → enrich → render → write.
// Articles go through ingest/parse/enrich one file at a time and only their metadata is kept; the
// render pass reads each file again, so memory holds no article bodies (100,000 articles, issue #2).
import { performance } from "node:perf_hooks";
import { enrich, order, resolveCollisions } from "./enrich/index.ts";
import { OutputError, StrictError } from "./errors.ts";
import { discover, readSource } from "./ingest/index.ts";
import { silentLog, type Log } from "./log.ts";
import { mapLimit } from "./map-limit.ts";
import { parse } from "./parse/index.ts";
import { renderBody } from "./render/body.ts";
import { articleView, createTemplates, renderArticlePage, siteData, siteView } from "./render/index.ts";
import { renderSite } from "./eleventy/render-site.ts";
import { createReport } from "./report.ts";
import type { Article, BuildResult, Settings, Skip, SourceFile } from "./types.ts";
import { checkOutput, createPageWriter, createStaging, writeReport } from "./write/index.ts";

/** Files read at once: enough to hide disk latency, few enough to bound memory. */
const IN_FLIGHT = 32;

export interface BuildEnv {
  log?: Log;
  cwd?: string;
}

export async function build(settings: Settings, env: BuildEnv = {}): Promise<BuildResult> {
  const log = env.log ?? silentLog;
  const started = performance.now();
  await checkOutput(settings.output, settings.input, env.cwd ?? process.cwd());

  log.stage("ingest", `finding articles in ${settings.input}`);
  const found = await discover(settings.input);

  log.stage("parse", `reading ${found.files.length} article files`);
  const { articles: enriched, skipped } = await readArticles(found.files, settings, log);

  log.stage("enrich", `ordering ${enriched.length} articles`);
  const articles = order(resolveCollisions(enriched));
  const site = siteView(settings.site);
  const report = createReport(articles, [...found.skipped, ...skipped], site.basePath);
  for (const skip of report.skipped) log.warn(`${skip.source}: skipped: ${skip.reason}`);
  for (const article of articles) for (const w of article.warnings) log.warn(`${article.source}: ${w}`);
  if (settings.report) await writeReport(settings.report, report);
  const problems = report.skipped.length + articles.filter((a) => a.warnings.length > 0).length;
  if (settings.strict && problems > 0) {
    throw new StrictError(`--strict: ${report.skipped.length} files skipped and ${problems - report.skipped.length} articles with warnings; nothing was written (see the warnings above${settings.report ? "" : ", or use --report FILE"})`);
  }

  log.stage("render", `writing ${articles.length} article pages and the site pages`);
  const staging = await createStaging(settings.output);
  try {
    const writer = createPageWriter(staging.dir);
    await writeArticles(articles, new Map(found.files.map((f) => [f.source, f])), settings, site, writer.write, log);
    const { written } = await renderSite(settings.templates, staging.dir, siteData(articles, site, settings.pageSize));
    log.stage("write", `swapping the new site into ${settings.output}`);
    await staging.commit();
    const repairs = articles.reduce((sum, a) => sum + a.repairs, 0);
    const seconds = (performance.now() - started) / 1000;
    return { report, articles: articles.length, skipped: report.skipped.length, pagesWritten: writer.written + written, seconds, repairs };
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/** ingest → parse → enrich for every file; files that cannot be articles become skips. */
async function readArticles(files: readonly SourceFile[], settings: Settings, log: Log): Promise<{ articles: Article[]; skipped: Skip[] }> {
  const articles: Article[] = [];
  const skipped: Skip[] = [];
  let done = 0;
  await mapLimit(files, IN_FLIGHT, async (file) => {
    const read = await readSource(file);
    const parsed = read.ok ? parse(read.value) : read;
    if (parsed.ok) articles.push(enrich(parsed.value, { language: settings.site.language }));
    else skipped.push(parsed.skip);
    log.progress(++done, files.length);
  });
  return { articles, skipped };
}

/** render → write for every article page, reading each file again (see the header). */
async function writeArticles(articles: readonly Article[], files: ReadonlyMap<string, SourceFile>, settings: Settings, site: ReturnType<typeof siteView>, write: (page: { outputPath: string; content: string }) => Promise<void>, log: Log): Promise<void> {
  const templates = createTemplates(settings.templates);
  let done = 0;
  await mapLimit(articles, IN_FLIGHT, async (article, index) => {
    const read = await readSource(files.get(article.source) as SourceFile);
    const parsed = read.ok ? parse(read.value) : read;
    if (!parsed.ok) throw new OutputError(article.source, `the file changed while the site was being built (${parsed.skip.reason}); run the build again`);
    const neighbours = { previous: articles[index - 1] ?? null, next: articles[index + 1] ?? null };
    await write(renderArticlePage(templates, articleView(article, renderBody(parsed.value), neighbours, site)));
    log.progress(++done, articles.length);
  });
}
