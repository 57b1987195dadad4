// Measures topics, related stories and near-duplicates on synthetic articles, step by step:
// node --import tsx bench/similarity-scale.ts [articles=100000] [seed=1]. Prints seconds and memory; asserts nothing.
import { performance } from "node:perf_hooks";
import { serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { findTopics } from "../src/enrich/keywords/find-topics.ts";
import { indexTerms } from "../src/enrich/keywords/index-terms.ts";
import { findDuplicates } from "../src/enrich/similarity/find-duplicates.ts";
import { findRelated } from "../src/enrich/similarity/find-related.ts";
import { estimateJaccard } from "../src/enrich/similarity/fingerprint.ts";
import { summarizeText, unpackSummary } from "../src/enrich/similarity/summarize-text.ts";
import { createTermVectors } from "../src/enrich/similarity/term-vectors.ts";
import type { TermIndex } from "../src/enrich/keywords/index-terms.ts";
import type { DuplicateGroup } from "../src/enrich/similarity/find-duplicates.ts";
import type { TextSummary, UnpackedSummary } from "../src/enrich/similarity/summarize-text.ts";
import { composeArticle } from "./compose-article.ts";
import { createRandom } from "./random.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

interface Synthetic { key: string; date: string | null; tags: string[]; title: string; body: string }

/**
 * The composer's article, plus what real archives have and its fixed vocabulary lacks: words only
 * one article uses, and threads of five follow-up stories sharing rare names (a third of articles).
 * 1% of articles copy an earlier one with one paragraph changed (duplicates), 0.5% copy half of one.
 */
function syntheticArticle(index: number): Synthetic & { thread: number | null } {
  const own = composed(index);
  const rng = createRandom(seed, index, 99);
  const date = rng.chance(0.7) ? `20${rng.int(10, 24)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}` : null;
  const thread = Math.floor(index / 5);
  const threaded = createRandom(seed, thread, 98).chance(1 / 3);
  const paragraphs = own.body.split("\n\n");
  const [x, y, z] = pseudoWords(createRandom(seed, index, 97));
  paragraphs.splice(rng.int(0, paragraphs.length), 0, `Residents of ${x} described the ${y} as ${z}.`);
  if (threaded) {
    const [a, b, c] = pseudoWords(createRandom(seed, thread, 96));
    paragraphs.splice(1, 0, `${a} and ${b} are at the centre of the ${c} dispute, ${a} confirmed.`);
    paragraphs.push(`The ${c} row has drawn in ${a} and ${rng.pick(["officials", "lawyers", "investors"])} close to ${b}.`);
  }
  let body = paragraphs.join("\n\n");
  if (index % 100 === 50) {
    const copied = syntheticArticle(index - 37).body.split("\n\n");
    copied[copied.length - 1] = "Reporting by the wire desk; editing by the night editor.";
    body = copied.join("\n\n");
  } else if (index % 200 === 150) {
    const source = syntheticArticle(index - 37).body;
    body = source.slice(0, source.length / 2) + body.slice(body.length / 2);
  }
  return { key: own.path, date, tags: own.tags, title: own.title, body, thread: threaded && index % 100 !== 50 ? thread : null };
}

/** Made-up words (two capitalised, one not), so each is rare and belongs to its article or thread. */
function pseudoWords(rng: ReturnType<typeof createRandom>): [string, string, string] {
  const word = (): string => Array.from({ length: rng.int(2, 3) }, () => rng.pick(["b", "d", "k", "l", "m", "r", "t", "v", "z"]) + rng.pick(["a", "e", "i", "o", "u"]) + rng.pick(["", "n", "r", "s"])).join("");
  const name = (): string => word().replace(/^./, (c) => c.toUpperCase());
  return [name(), word(), name()];
}

function composed(index: number): { path: string; title: string; body: string; tags: string[] } {
  const article = composeArticle(index, seed);
  const start = article.text.lastIndexOf(`${article.headline}\n\n`) + article.headline.length + 2;
  const tags = /^tags: \[(.*)\]$/m.exec(article.text)?.[1]?.split(", ") ?? [];
  return { path: article.path, title: article.headline, body: article.text.slice(start), tags };
}

const steps: [string, number][] = [];
const time = <T>(name: string, work: () => T): T => {
  const started = performance.now();
  const result = work();
  steps.push([name, (performance.now() - started) / 1000]);
  return result;
};

gc();
const articles: (Omit<Synthetic, "title" | "body"> & { summary: TextSummary; thread: number | null })[] = [];
let summarizing = 0;
let serializedBytes = 0;
for (let i = 0; i < count; i++) {
  const { title, body, ...rest } = syntheticArticle(i);
  const started = performance.now();
  const summary = summarizeText(title, body);
  summarizing += performance.now() - started;
  // Kept as the main thread receives it from a worker: a structured clone (postMessage's algorithm).
  serializedBytes += serialize(summary).length;
  articles.push({ ...rest, summary: structuredClone(summary) });
}
steps.push(["summarize (per article, one thread)", summarizing / 1000]);
const summaryBytes = measureSummaries(articles.slice(0, 10_000).map((a) => a.summary));

const beforeSteps = heldBytes();
const unpacked = articles.map((a) => unpackSummary(a.summary));
const index = time("index terms", () => indexTerms(articles.map((a, i) => ({ key: a.key, terms: unpacked[i] as UnpackedSummary }))));
const topics = time("find topics", () => findTopics(index, articles.map((a) => a.tags)));
const groups = time("find duplicates", () => findDuplicates(articles.map((a, i) => ({ key: a.key, date: a.date, fingerprint: (unpacked[i] as UnpackedSummary).fingerprint }))));
const related = time("find related", () => findRelated(index, groups));
const resultBytes = heldBytes() - beforeSteps;

for (const [name, seconds] of steps) console.log(`${name.padEnd(40)} ${seconds.toFixed(2)} s`);
console.log(`${"archive steps (main thread)".padEnd(40)} ${steps.slice(1).reduce((s, [, t]) => s + t, 0).toFixed(2)} s`);
console.log(`summarize: ${(summarizing * 1000 / count).toFixed(0)} µs an article; a summary: ${summaryBytes.toFixed(0)} bytes in memory, ${(serializedBytes / count).toFixed(0)} as a message`);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB (with the generator's garbage); the archive steps' index and results hold ${mb(resultBytes)} MB`);
const copies = groups.reduce((s, g) => s + g.copies.length, 0);
console.log(`${topics.topics.length} topics (${topics.topics.filter((t) => !t.tagged).length} from keywords only), ${groups.length} duplicate groups holding ${copies} copies (${Math.floor((count + 49) / 100)} planted)`);
const groupOf = new Map(groups.flatMap((g, id) => [g.original, ...g.copies].map((key) => [key, id])));
const grouped = (a: string, b: string): boolean => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
const missed = articles.flatMap((a, i) => (i % 100 === 50 && !grouped(a.key, articles[i - 37]?.key ?? "") ? [i] : []));
for (const i of missed) {
  const jaccard = estimateJaccard((unpacked[i] as UnpackedSummary).fingerprint, (unpacked[i - 37] as UnpackedSummary).fingerprint);
  console.log(`planted copy ${i} not grouped: estimated overlap ${((2 * jaccard) / (1 + jaccard)).toFixed(3)}`);
}
const sample = Math.min(7, count - 1);
console.log(`article ${sample}: topics ${topics.byArticle[sample]?.join(", ")}; related ${related[sample]?.length ?? 0}`);
console.log(`articles with 5 related: ${related.filter((r) => r.length === 5).length}, with none: ${related.filter((r) => r.length === 0).length}`);

/** Live bytes after full collections (one is not always enough to settle the heap). */
function heldBytes(): number {
  for (let i = 0; i < 3; i++) gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Bytes per summary on the heap and in array buffers, measured by cloning them once more. */
function measureSummaries(summaries: readonly TextSummary[]): number {
  const before = heldBytes();
  const copies = summaries.map((summary) => structuredClone(summary));
  return (heldBytes() - before) / copies.length;
}

/**
 * Against the exact top 5 (every pair compared by full cosine, same rules), over a sample: the share
 * of them found, and the mean cosine of what was found over the mean cosine of the exact top 5.
 */
function recallAt5(index: TermIndex, groups: DuplicateGroup[], found: string[][], sample: number): { recall: number; similarity: number } {
  const { weights } = createTermVectors(index, 1);
  const article = new Map(index.keys.map((key, i) => [key, i]));
  const group = new Map<number, number>();
  groups.forEach((g, id) => [g.original, ...g.copies].forEach((key) => group.set(article.get(key) ?? -1, id)));
  const shownAs = (i: number): number => {
    const g = group.get(i);
    return g === undefined ? i : article.get(groups[g]?.original ?? "") ?? i;
  };
  const dense = new Float64Array(index.hashes.length);
  let [hits, wanted, foundCosine, bestCosine] = [0, 0, 0, 0];
  for (let s = 0; s < sample; s++) {
    const a = Math.floor((s * index.keys.length) / sample);
    for (let i = index.offsets[a] ?? 0; i < (index.offsets[a + 1] ?? 0); i++) dense[index.termIds[i] ?? 0] = weights[i] ?? 0;
    const scored: [number, number][] = [];
    for (let b = 0; b < index.keys.length; b++) {
      if (b === a || (group.has(a) && group.get(a) === group.get(b))) continue;
      let dot = 0;
      for (let i = index.offsets[b] ?? 0; i < (index.offsets[b + 1] ?? 0); i++) dot += (dense[index.termIds[i] ?? 0] ?? 0) * (weights[i] ?? 0);
      if (dot >= 0.1) scored.push([b, dot]);
    }
    dense.fill(0);
    scored.sort((x, y) => y[1] - x[1] || (index.rank[x[0]] ?? 0) - (index.rank[y[0]] ?? 0));
    const exact = [...new Set(scored.map(([b]) => shownAs(b)))].slice(0, 5).map((b) => index.keys[b]);
    const fast = new Set(found[a]);
    hits += exact.filter((key) => key !== undefined && fast.has(key)).length;
    const cosine = new Map(scored.map(([b, dot]) => [index.keys[b], dot]));
    bestCosine += exact.reduce((sum, key) => sum + (cosine.get(key) ?? 0), 0);
    foundCosine += (found[a] ?? []).slice(0, exact.length).reduce((sum, key) => sum + (cosine.get(key) ?? 0), 0);

    wanted += exact.length;
  }
  return { recall: wanted === 0 ? 1 : hits / wanted, similarity: bestCosine === 0 ? 1 : foundCosine / bestCosine };
}

const keyOf = new Map(articles.map((a, i) => [a.key, i]));
const threaded = articles.flatMap((a, i) => (a.thread === null ? [] : [i]));
const mates = threaded.reduce((sum, i) => sum + (related[i] ?? []).filter((key) => articles[keyOf.get(key) ?? -1]?.thread === articles[i]?.thread).length, 0);
console.log(`related: ${(mates / threaded.length).toFixed(2)} of 4 thread mates found on average, over ${threaded.length} threaded articles`);
const exact = recallAt5(index, groups, related, 100);
console.log(`related against comparing every pair (100 sampled articles): recall@5 ${exact.recall.toFixed(2)}, mean cosine ${exact.similarity.toFixed(2)} of the best possible`);
