// Speed of entity extraction per article on one core, whole and phase by phase, on real-style and generated articles.
// Usage: node --import tsx bench/entities-speed.ts [--rounds 9] [--round-ms 400] [--generated 200] [--seeds DIR]
//        [--entities DIR] [--source]
// The build runs one extraction per article in each worker, so one thread's µs/article is the number the target is
// set in (≤ 600 µs for a ~600-word article). Time is this process's CPU time, not the clock's: on a shared machine
// the clock also counts the time other processes had the core. Each round runs the whole set until --round-ms of
// it has passed; after a warm-up round, the median of the rounds is reported, with the fastest and slowest.
// The code measured is bundled by esbuild as bin/compile.js bundles the build: loaded through tsx instead
// (--source), every use of another module's export is a getter call, about 6% of the time on its own.
// --entities measures another copy of src/enrich/entities (an earlier commit's, say) for a before/after comparison.
// The real-style set is the labeled fixtures and seeds/ (the seed article, as in /work/shared/seeds).

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { composeArticle } from "./compose-article.ts";
import { parse } from "../src/parse/index.ts";
import type { countEntities } from "../src/enrich/entities/count-entities.ts";
import type { extractEntities } from "../src/enrich/entities/extract-entities.ts";
import type { findRuns } from "../src/enrich/entities/find-runs.ts";
import type { matchHeadline } from "../src/enrich/entities/match-headline.ts";
import type { readRun } from "../src/enrich/entities/read-run.ts";
import type { Found, resolveMentions } from "../src/enrich/entities/resolve-mentions.ts";
import type { tokenize } from "../src/enrich/entities/tokenize.ts";

/** The phases of `extractEntities`, each exported by its own module. */
interface Extractor {
  extractEntities: typeof extractEntities;
  tokenize: typeof tokenize;
  findRuns: typeof findRuns;
  readRun: typeof readRun;
  resolveMentions: typeof resolveMentions;
  matchHeadline: typeof matchHeadline;
  countEntities: typeof countEntities;
}
const MODULES: Record<keyof Extractor, string> = {
  extractEntities: "extract-entities", tokenize: "tokenize", findRuns: "find-runs", readRun: "read-run",
  resolveMentions: "resolve-mentions", matchHeadline: "match-headline", countEntities: "count-entities",
};

const repo = fileURLToPath(new URL("..", import.meta.url));

/** The phases from one esbuild bundle of `dir`, written where the bundle's package imports resolve. */
async function loadBundled(dir: string): Promise<Extractor> {
  const contents = Object.entries(MODULES).map(([name, file]) => `export { ${name} } from ${JSON.stringify(join(dir, `${file}.ts`))};`).join("\n");
  const result = await build({
    stdin: { contents, resolveDir: repo, loader: "ts" }, bundle: true, write: false, format: "esm", platform: "node",
    target: "node20", packages: "external", logLevel: "error",
  });
  const out = join(repo, "node_modules/.cache/broadsheet-bench");
  mkdirSync(out, { recursive: true });
  const file = join(out, `entities-${process.pid}.mjs`);
  writeFileSync(file, result.outputFiles[0]?.contents ?? "");
  try {
    return (await import(pathToFileURL(file).href)) as Extractor;
  } finally {
    rmSync(file, { force: true });
  }
}

async function loadSource(dir: string): Promise<Extractor> {
  const entries = await Promise.all(Object.entries(MODULES).map(async ([name, file]) => {
    const module = (await import(pathToFileURL(join(dir, `${file}.ts`)).href)) as Record<string, unknown>;
    return [name, module[name]] as const;
  }));
  return Object.fromEntries(entries) as unknown as Extractor;
}

interface Article {
  title: string;
  text: string;
}

interface ArticleSet {
  name: string;
  articles: Article[];
}

const FIXTURES = join(repo, "tests/fixtures/entities");

/** As tests/enrich/entities/evaluate.ts reads them: the headline, a blank line, the body. */
function readFixtures(): Article[] {
  return readdirSync(FIXTURES).filter((file) => file.endsWith(".txt")).sort().map((file) => {
    const raw = readFileSync(join(FIXTURES, file), "utf8").replace(/\r\n/g, "\n").trim();
    const split = raw.indexOf("\n\n");
    return { title: raw.slice(0, split), text: raw.slice(split + 2) };
  });
}

/** Seed articles as the build hands them on: headline and plain text from the parse stage. */
function readSeeds(dir: string): Article[] {
  return readdirSync(dir).filter((file) => file.endsWith(".txt")).sort().map((file) => {
    const result = parse({ file: { path: join(dir, file), source: file, format: "text" }, text: readFileSync(join(dir, file), "utf8"), encoding: "UTF-8" });
    if (!result.ok) throw new Error(`${file} was skipped by the parse stage: ${result.skip.reason}`);
    return { title: result.value.title, text: result.value.text };
  });
}

/** Generated articles without front matter and the repeated headline: the body is the paragraphs joined by "\n\n". */
function generate(count: number): Article[] {
  return Array.from({ length: count }, (_, index) => {
    const [headline = "", , ...paragraphs] = composeArticle(index, 1).text.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n\n");
    return { title: headline, text: paragraphs.join("\n\n") };
  });
}

const countWords = (articles: readonly Article[]): number =>
  articles.reduce((sum, { text }) => sum + (text.match(/\S+/g)?.length ?? 0), 0);

/** What each phase takes, computed once per article outside the timed loops. */
interface Staged {
  article: Article;
  tokens: ReturnType<typeof tokenize>;
  runs: ReturnType<typeof findRuns>;
  mentions: ReturnType<typeof readRun>;
  found: Found[];
  /** `found` with the headline's mentions added. */
  headlined: Found[];
}

const copyFound = (found: readonly Found[]): Found[] => found.map((entity) => ({ ...entity, surfaces: [...entity.surfaces] }));

function stage(x: Extractor, article: Article): Staged {
  const tokens = x.tokenize(article.text);
  const runs = x.findRuns(tokens);
  const mentions = runs.flatMap(x.readRun);
  const found = x.resolveMentions(mentions);
  const headlined = copyFound(found);
  x.matchHeadline(article.title, headlined);
  return { article, tokens, runs, mentions, found, headlined };
}

/** One timed step: `prepare` runs untimed before each pass (matchHeadline changes what it is given). */
interface Phase {
  name: string;
  prepare: (staged: Staged) => unknown;
  run: (input: never) => unknown;
}

const same = (staged: Staged): Staged => staged;
const cloneFound = (staged: Staged): [string, Found[]] => [staged.article.title, copyFound(staged.found)];

/** The whole extraction first, then each phase alone on the output of the one before. */
const measurementsOf = (x: Extractor): Phase[] => [
  { name: "extractEntities", prepare: same, run: (s: Staged) => x.extractEntities(s.article.title, s.article.text) },
  { name: "tokenize", prepare: same, run: (s: Staged) => x.tokenize(s.article.text) },
  { name: "findRuns", prepare: same, run: (s: Staged) => x.findRuns(s.tokens) },
  { name: "readRun", prepare: same, run: (s: Staged) => s.runs.flatMap(x.readRun) },
  { name: "resolveMentions", prepare: same, run: (s: Staged) => x.resolveMentions(s.mentions) },
  { name: "matchHeadline", prepare: cloneFound, run: ([title, found]: [string, Found[]]) => (x.matchHeadline(title, found), found) },
  { name: "countEntities", prepare: same, run: (s: Staged) => x.countEntities(s.headlined) },
];

/** Keeps results reachable so the optimiser cannot drop the work. */
export let sink: unknown;

/** CPU time of this process in µs, user and system. */
const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** µs per article of one round: whole passes over the set until `minMs` of timed work has been done. */
function timeRound(phase: Phase, staged: readonly Staged[], minMs: number): number {
  let elapsed = 0;
  let articles = 0;
  while (elapsed < minMs * 1000) {
    const inputs = staged.map(phase.prepare);
    const started = cpuMicros();
    for (const input of inputs) sink = phase.run(input as never);
    elapsed += cpuMicros() - started;
    articles += inputs.length;
  }
  return elapsed / articles;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

interface Timing {
  name: string;
  median: number;
  min: number;
  max: number;
}

/** Each round times every measurement once, in turn, so a busy spell on the machine touches them all alike. */
function timeAll(measurements: readonly Phase[], staged: readonly Staged[], rounds: number, roundMs: number): Timing[] {
  for (const phase of measurements) timeRound(phase, staged, roundMs); // warm-up: let the JIT settle first
  const times = measurements.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    measurements.forEach((phase, index) => times[index]?.push(timeRound(phase, staged, roundMs)));
  }
  return measurements.map((phase, index) => {
    const values = times[index] ?? [];
    return { name: phase.name, median: median(values), min: Math.min(...values), max: Math.max(...values) };
  });
}

const formatRow = (t: Timing, share: string): string =>
  `  ${t.name.padEnd(16)} ${t.median.toFixed(1).padStart(9)} µs ${share.padStart(6)}   (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})`;

function measureSet(x: Extractor, set: ArticleSet, rounds: number, roundMs: number): void {
  const staged = set.articles.map((article) => stage(x, article));
  const words = countWords(set.articles) / set.articles.length;
  const [whole = { name: "extractEntities", median: 0, min: 0, max: 0 }, ...phases] = timeAll(measurementsOf(x), staged, rounds, roundMs);
  const summed = phases.reduce((sum, t) => sum + t.median, 0);
  console.log(`[entities] ${set.name}: ${set.articles.length} articles, ${Math.round(words)} words each on average`);
  console.log(`${formatRow(whole, "")}  = ${Math.round(1e6 / whole.median).toLocaleString("en")} articles/s, ${(whole.median / words * 600).toFixed(1)} µs per 600 words`);
  for (const t of phases) console.log(formatRow(t, `${((t.median / whole.median) * 100).toFixed(0)}%`));
  const rest = whole.median - summed;
  console.log(`  ${"(together)".padEnd(16)} ${rest.toFixed(1).padStart(9)} µs ${`${((rest / whole.median) * 100).toFixed(0)}%`.padStart(6)}   ` +
    "(whole minus the phases timed alone: garbage collection and cache misses of running them in turn)");
}

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "9" },
    "round-ms": { type: "string", default: "400" },
    generated: { type: "string", default: "200" },
    seeds: { type: "string", default: join(repo, "seeds") },
    entities: { type: "string", default: join(repo, "src/enrich/entities") },
    source: { type: "boolean", default: false },
  },
});

const started = performance.now();
const rounds = Number(values.rounds);
const roundMs = Number(values["round-ms"]);
const entities = resolve(values.entities);
const extractor = values.source ? await loadSource(entities) : await loadBundled(entities);
const sets: ArticleSet[] = [
  { name: "fixtures + seeds", articles: [...readFixtures(), ...readSeeds(values.seeds)] },
  { name: "generated", articles: generate(Number(values.generated)) },
];
console.log(`[entities] ${entities}, ${values.source ? "through tsx" : "bundled by esbuild"}: ` +
  `${rounds} rounds of ≥ ${roundMs} ms CPU time per measurement after a warm-up round; single thread`);
for (const set of sets) measureSet(extractor, set, rounds, roundMs);
console.log(`[entities] Finished in ${((performance.now() - started) / 1000).toFixed(1)} seconds`);
