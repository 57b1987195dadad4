// Times each per-article step of the build on one thread, in µs an article, beside the floor's per-article work.
// Usage: node --import tsx bench/per-article.ts [n=2000] [--rounds R=7]   (add --cpu-prof before --import to profile)
// Each step runs over all n articles in turn (its inputs made by the steps before it), once to warm
// up and then R times; the median round is shown. Reading and writing use /dev/shm where there is one.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import slugify from "@sindresorhus/slugify";
import MarkdownIt from "markdown-it";
import { countWords } from "../src/enrich/count-words.ts";
import { findDate } from "../src/enrich/date.ts";
import { describe } from "../src/enrich/describe.ts";
import { identify } from "../src/enrich/identify.ts";
import { enrich } from "../src/enrich/index.ts";
import { readSource } from "../src/ingest/index.ts";
import { parse } from "../src/parse/index.ts";
import { typographText } from "../src/parse/plain-text.ts";
import { renderBody } from "../src/render/body.ts";
import { articleView, createTemplates, renderArticlePage, siteView } from "../src/render/index.ts";
import type { Article, Page, ParsedArticle, SourceFile } from "../src/types.ts";
import { createPageWriter } from "../src/write/index.ts";
import { FILES_PER_FOLDER } from "./compose-article.ts";
import { generateArchive } from "./generate.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: "string", default: "7" } } });
const count = Number(positionals[0] ?? 2000);
const rounds = Number(values.rounds);
const work = join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "broadsheet-per-article");
const archive = join(work, `archive-${count}`);

/**
 * Runs `step` over every item once to warm up, then `rounds` times; the median round in µs of CPU time
 * an item. CPU time, not wall time: on a shared machine, time spent waiting for a core is not the step's.
 */
function time<T>(items: readonly T[], step: (item: T) => unknown): number {
  const perRound: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const started = process.cpuUsage();
    for (const item of items) step(item);
    const used = process.cpuUsage(started);
    if (r > 0) perRound.push((used.user + used.system) / items.length);
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(perRound.length / 2)] as number;
}

// bench/floor.ts's per-article work, step by step (it runs as a script, so it cannot be imported).
const floorMd = new MarkdownIt();
function floorPage(text: string): string {
  const body = text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 3) + 5) : text;
  const paragraphs = body.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== "");
  const headline = paragraphs[0] ?? "";
  const rest = paragraphs[1] === headline ? paragraphs.slice(2) : paragraphs.slice(1);
  const title = floorMd.utils.escapeHtml(headline);
  return `<!doctype html><html lang=en><head><meta charset=utf-8><title>${title}</title></head>` +
    `<body><h1>${title}</h1>${floorMd.render(rest.join("\n\n"))}</body></html>`;
}
function floorWrite(outputDir: string, file: SourceFile, html: string): void {
  const dir = join(outputDir, slugify(basename(file.source, ".txt")));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), html);
}

await generateArchive(archive, count);
const files: SourceFile[] = [];
for (let folder = 0; folder * FILES_PER_FOLDER < count; folder++) {
  const name = String(folder).padStart(4, "0");
  for (const entry of readdirSync(join(archive, name)).sort()) {
    files.push({ path: join(archive, name, entry), source: `${name}/${entry}`, format: "text" });
  }
}

const sources = files.map((file) => {
  const read = readSource(file);
  if (!read.ok) throw new Error(`${file.source}: ${read.skip.reason}`);
  return read.value;
});
const parsed: ParsedArticle[] = sources.map((source) => {
  const result = parse(source);
  if (!result.ok) throw new Error(`${source.file.source}: ${result.skip.reason}`);
  return result.value;
});
const bodies = parsed.map(renderBody);
const articles: Article[] = parsed.map((p) => enrich(p, { language: "en" }));
const descriptions = parsed.map((p) => describe(p.text, p.frontMatter.summary));
const texts = files.map((file) => readFileSync(file.path, "utf8"));
const floorHtml = texts.map(floorPage);
const templates = createTemplates(join(repo, "templates"));
const site = siteView({ title: "Bench", description: "Per-article bench", language: "en", baseUrl: null });
// The article page's context is someone else's moving target: a page with no neighbours, collections or
// related articles; if the template cannot be rendered, the writer is timed on a stand-in page.
const context = { previous: null, next: null, month: { title: "Undated", path: "undated/" }, collections: [], related: [], original: null, copies: [], feeds: [] };
const renderPage = (i: number): Page =>
  renderArticlePage(templates, articleView(articles[i] as Article, bodies[i] as string, context as never, site));
let pages: Page[];
let pageError: string | null = null;
try {
  pages = articles.map((_, i) => renderPage(i));
} catch (error) {
  pageError = (error as Error).message;
  pages = articles.map((a, i) => ({ outputPath: `${a.path}index.html`, content: floorHtml[i] as string }));
}
const indexes = files.map((_, i) => i);

const out = join(work, "out");
rmSync(out, { recursive: true, force: true });
const steps: [string, number][] = [
  ["read (readSource)", time(files, readSource)],
  ["parse", time(sources, parse)],
  ["body (renderBody)", time(parsed, renderBody)],
  ["  identify", time(parsed, (p) => identify({ source: p.file.source, title: p.title, frontMatterId: p.frontMatter.id, frontMatterSlug: p.frontMatter.slug }))],
  ["  findDate", time(parsed, (p) => findDate(p.file.source, p.frontMatter.date))],
  ["  countWords", time(parsed, (p) => countWords(p.text))],
  ["  describe", time(parsed, (p) => describe(p.text, p.frontMatter.summary))],
  ["  typographText (description)", time(descriptions, typographText)],
  ["enrich (all of the above)", time(parsed, (p) => enrich(p, { language: "en" }))],
];
const read = steps.filter(([name]) => !name.startsWith(" ")).reduce((sum, [, us]) => sum + us, 0);
steps.push(["= read stage (read + parse + body + enrich)", read]);
if (pageError === null) steps.push(["page (article template; not in read)", time(indexes, renderPage)]);
const writer = createPageWriter(join(out, "build"));
steps.push(["write (page writer)", time(pages, (page) => writer.write(page))]);
const floorRead = time(files, (file) => readFileSync(file.path, "utf8"));
const floorRender = time(texts, floorPage);
const floorOut = join(out, "floor");
const floorWriteUs = time(indexes, (i) => floorWrite(floorOut, files[i] as SourceFile, floorHtml[i] as string));
const floor = floorRead + floorRender + floorWriteUs;
steps.push(["floor: read", floorRead], ["floor: render", floorRender], ["floor: write", floorWriteUs]);
steps.push(["= floor per article", floor]);
rmSync(out, { recursive: true, force: true });

const width = Math.max(...steps.map(([name]) => name.length));
console.log(`${count} synthetic articles, ${rounds} rounds after a warm-up, median CPU µs an article (one thread):`);
for (const [name, us] of steps) console.log(`${name.padEnd(width)}  ${us.toFixed(1).padStart(7)}`);
if (pageError !== null) console.log(`(article page not rendered: ${pageError}; the writer wrote the floor's pages)`);
const perArticle = steps.filter(([name]) => name.startsWith("= read") || name.startsWith("page") || name.startsWith("write")).reduce((sum, [, us]) => sum + us, 0);
console.log(`read stage / floor: ${(read / floor).toFixed(2)}×; read stage + page + write / floor: ${(perArticle / floor).toFixed(2)}×`);
