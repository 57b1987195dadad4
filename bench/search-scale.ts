// Measures the search index at scale: node --import tsx bench/search-scale.ts [records=100000] [seed=1] [maxRecords] [maxBytes].
// Feeds synthetic articles (about 600 words, plus words only each article uses, as real archives
// have) to buildSearchIndex and prints wall seconds, peak memory of this Node process and of every
// Pagefind process it started (VmHWM from /proc, sampled every 50 ms), and the index size on disk.
import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildSearchIndex, DEFAULT_LIMITS } from "../src/search/index.ts";
import type { SearchRecord } from "../src/search/index.ts";
import { composeArticle } from "./compose-article.ts";
import { createRandom } from "./random.ts";
import type { Random } from "./random.ts";
import { FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PLACES } from "./vocabulary.ts";

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const limits = { maxRecords: Number(process.argv[4] ?? DEFAULT_LIMITS.maxRecords), maxBytes: Number(process.argv[5] ?? DEFAULT_LIMITS.maxBytes) };
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

function* records(): Generator<SearchRecord> {
  for (let i = 0; i < count; i++) {
    const article = composeArticle(i, seed);
    const rng = createRandom(seed, i, 71);
    const start = article.text.lastIndexOf(`${article.headline}\n\n`) + article.headline.length + 2;
    const [own1, own2, own3, own4] = [0, 1, 2, 3].map(() => pseudoWord(rng));
    const body = `${article.text.slice(start)}\n\nResidents of ${own1} described the ${own2} as ${own3}, ${own4} said.`;
    const date = /^date: (\S+)$/m.exec(article.text)?.[1] ?? (rng.chance(0.5) ? `20${rng.int(10, 24)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}` : null);
    const topic = /^tags: \[([^,\]]+)/m.exec(article.text)?.[1];
    yield {
      url: `articles/${article.path.slice(5, -4).replace("_", "-")}/`,
      title: article.headline,
      content: body,
      language: "en",
      date,
      filters: {
        person: [0, 1].map(() => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`),
        place: [rng.pick(PLACES)],
        organization: [rng.pick(ORGANISATIONS).replace(/^the /, "")],
        topic: topic === undefined ? [] : [topic],
      },
    };
  }
}

/** A made-up word: rare, so the index holds as many distinct words as a real archive's names and places. */
function pseudoWord(rng: Random): string {
  return Array.from({ length: rng.int(2, 4) }, () => rng.pick(["b", "d", "k", "l", "m", "r", "t", "v", "z"]) + rng.pick(["a", "e", "i", "o", "u"]) + rng.pick(["", "n", "r", "s"])).join("");
}

interface ChildFigures {
  /** VmHWM, kB. */
  peakKB: number;
  /** User and system CPU time in clock ticks (utime + stime from /proc/<pid>/stat). */
  ticks: number;
}

/** Peak resident memory (VmHWM, kB) and CPU time of this process and of each Pagefind process it starts, sampled until stopped. */
function watchChildren(intervalMs = 50): { stop(): { selfKB: number; children: Map<number, ChildFigures> } } {
  const children = new Map<number, ChildFigures>();
  const hwm = (pid: number): number | null => {
    try {
      return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return null; // It ended between listing and reading.
    }
  };
  const sample = (): void => {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      const listed = readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").trim();
      for (const pid of listed === "" ? [] : listed.split(" ").map(Number)) {
        if (!isPagefind(pid)) continue; // tsx's esbuild runs beside it
        const peak = hwm(pid);
        const ticks = cpuTicks(pid);
        const known = children.get(pid);
        if (peak !== null) children.set(pid, { peakKB: Math.max(known?.peakKB ?? 0, peak), ticks: Math.max(known?.ticks ?? 0, ticks ?? 0) });
      }
    }
  };
  const cpuTicks = (pid: number): number | null => {
    try {
      // The command name may hold spaces; the fields after its last ")" are fixed: utime and stime are 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  };
  const isPagefind = (pid: number): boolean => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind");
    } catch {
      return false;
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { selfKB: hwm(process.pid) ?? 0, children };
    },
  };
}

async function diskSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

// This machine's virtual disk throttles bursts of small writes; /dev/shm measures Pagefind, not the disk.
const work = await mkdtemp(path.join(process.platform === "linux" ? "/dev/shm" : tmpdir(), "broadsheet-search-"));
try {
  console.log(`Indexing ${count} synthetic articles into ${work} (shards of at most ${limits.maxRecords} records or ${(limits.maxBytes / 2 ** 20).toFixed(0)} MB of text)`);
  const watch = watchChildren();
  const started = performance.now();
  const result = await buildSearchIndex(records(), work, { limits });
  const seconds = (performance.now() - started) / 1000;
  const memory = watch.stop();
  const size = await diskSize(result.dir);
  const peaks = [...memory.children.values()].map((c) => c.peakKB);
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  const childSeconds = [...memory.children.values()].reduce((sum, c) => sum + c.ticks, 0) / 100; // USER_HZ is 100 on Linux
  const text = result.shards.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`records            ${result.records} (${(text / 2 ** 20).toFixed(0)} MB of text and metadata)`);
  console.log(`shards             ${result.shards.length}: ${result.shards.map((s) => `${s.path}${s.records}`).join(" ")}`);
  console.log(`wall time          ${seconds.toFixed(1)} s`);
  console.log(`CPU time           Node ${((userCPUTime + systemCPUTime) / 1e6).toFixed(1)} s, Pagefind ${childSeconds.toFixed(1)} s`);
  console.log(`Node peak RSS      ${mb(memory.selfKB)}`);
  console.log(`Pagefind peak RSS  ${mb(Math.max(0, ...peaks))} (the highest of ${peaks.length} processes; lowest ${mb(Math.min(...peaks))})`);
  console.log(`index on disk      ${(size.bytes / 2 ** 20).toFixed(0)} MB in ${size.files} files`);
} finally {
  await rm(work, { recursive: true, force: true });
}
