// The benchmark: generate an archive, time the plain floor and the Broadsheet build on it, compare against targets.
// Usage: npm run bench -- --articles 10000 [--seed 1] [--only core|full] [--keep] [--skip-floor] [--skip-build] [--work-dir DIR | --on-disk] [--runs N] [--rebuild]
// Two builds are measured against the floor: "core" (--no-discovery: article pages and the front page, issue #2's
// targets) and "full" (every feature, search index included, issue #3's targets, with each stage's seconds).
// --runs N times the floor and each build N times and compares the median runs. Every build measured
// against a target starts with an empty facts cache (cold, the cache's writing included); --rebuild
// then times one more full build that finds the cache the last one left (nothing changed), for information.
// By default it works in memory (/dev/shm) where there is one: this machine's virtual disk throttles
// small writes in bursts (10k file creations took 1 s or 14 s minutes apart), which would measure the
// disk, not the software. --on-disk measures on the repository's disk instead.

import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compare, compareFull, formatFullVerdicts, formatTable, formatVerdicts, largestProcessMB, medianRun, toStageResult } from "./compare.ts";
import type { StageResult } from "./compare.ts";
import { generateArchive, isArchiveCurrent } from "./generate.ts";
import { measureChild } from "./measure-child.ts";
import type { ChildRun } from "./measure-child.ts";

type Build = "core" | "full";

interface Options {
  builds: Build[];
  articles: number;
  seed: number;
  keep: boolean;
  skipFloor: boolean;
  skipBuild: boolean;
  work: string;
  runs: number;
  rebuild: boolean;
}

const repo = fileURLToPath(new URL("..", import.meta.url));
const SHM = "/dev/shm";
const cli = join(repo, "bin", "broadsheet.js");
const show = (path: string): string => relative(process.cwd(), path) || ".";

async function run(options: Options): Promise<number> {
  const started = performance.now();
  const { articles, seed, work } = options;
  const paths = {
    archive: join(work, `archive-${articles}-${seed}`),
    floor: join(work, "out-floor"),
    build: join(work, "out-build"),
    report: join(work, "report.json"),
    cache: join(work, "facts-cache"),
    results: join(work, `results-${articles}.json`),
  };
  const buildMissing = !options.skipBuild && !existsSync(cli);
  if (buildMissing) {
    console.error(`${show(cli)} is missing: the build CLI has not been written yet. Measuring the generator and the floor only; the run will exit 1.`);
  }
  await mkdir(work, { recursive: true });
  console.log(`[bench]    working in ${show(work)}${work.startsWith(SHM) ? " (memory: see the header of bench/run.ts; --on-disk to use the disk)" : ""}`);
  const machine = { work, node: process.version, cpus: cpus().length, totalMemMB: Math.round(totalmem() / 2 ** 20), loadBefore: loadavg() };

  const cached = await isArchiveCurrent(paths.archive, articles, seed);
  const generateStarted = performance.now();
  await generateArchive(paths.archive, articles, seed);
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  console.log(`[generate] ${articles.toLocaleString("en")} articles, seed ${seed}, in ${show(paths.archive)}: ` +
    (cached ? "reused the cached archive" : `written in ${generateSeconds.toFixed(1)} s`) + " (not part of the comparison)");

  let floor: StageResult | null = null;
  if (options.skipFloor) {
    floor = await earlierFloor(paths.results, articles, seed);
    console.log(`[floor]    skipped${floor ? `: using the earlier run's ${floor.seconds.toFixed(2)} s` : ", no earlier run to compare with"}`);
  } else {
    const runs: StageResult[] = [];
    for (let i = 0; i < options.runs; i++) {
      const run = await stage(paths.floor, [join(repo, "bench", "floor.ts"), paths.archive, paths.floor], ["--import", "tsx"]);
      if (!succeeded("floor", run)) return 1;
      runs.push(toStageResult(run));
      console.log(`[floor]    ${articles.toLocaleString("en")} pages in ${runs.at(-1)!.seconds.toFixed(2)} s, peak ${runs.at(-1)!.peakMB.toFixed(0)} MB`);
    }
    floor = medianRun(runs);
  }

  const builds: Record<Build, StageResult | null> = { core: null, full: null };
  let rebuild: StageResult | null = null;
  if (options.skipBuild) {
    console.log("[build]    skipped (--skip-build)");
  } else if (!buildMissing) {
    for (const kind of options.builds) {
      const args = [cli, "build", "--input", paths.archive, "--output", paths.build, "--quiet", "--report", paths.report, "--cache", paths.cache, ...(kind === "core" ? ["--no-discovery"] : [])];
      const runs: StageResult[] = [];
      for (let i = 0; i < options.runs; i++) {
        await rm(paths.cache, { recursive: true, force: true });
        const run = await stage(paths.build, args, [], { BROADSHEET_BENCH_STATS: "1" });
        if (!succeeded(kind, run)) return 1;
        const result = toStageResult(run);
        runs.push(result);
        console.log(`[${kind}]     ${articles.toLocaleString("en")} articles in ${result.seconds.toFixed(2)} s, peak ${result.peakMB.toFixed(0)} MB (largest process ${largestProcessMB(result).toFixed(0)} MB)`);
        const cpu = result.reported?.cpuSeconds;
        if (cpu) console.log(`[${kind}]     CPU: build ${cpu.self.toFixed(1)} s${cpu.children === null ? "" : `, processes it started (Pagefind) ${cpu.children.toFixed(1)} s`}`);
        const stages = Object.entries(result.reported?.stages ?? {}).filter(([name]) => name !== "start");
        if (stages.length > 0) console.log(`[${kind}]     stages: ${stages.map(([name, s]) => `${name} ${s.toFixed(2)} s`).join(", ")}`);
      }
      builds[kind] = medianRun(runs);
      if (kind === "full" && options.rebuild) {
        const run = await stage(paths.build, args, [], { BROADSHEET_BENCH_STATS: "1" });
        if (!succeeded("rebuild", run)) return 1;
        rebuild = toStageResult(run);
        console.log(`[rebuild]  ${articles.toLocaleString("en")} articles in ${rebuild.seconds.toFixed(2)} s with the facts cache of the last build, peak ${rebuild.peakMB.toFixed(0)} MB (largest process ${largestProcessMB(rebuild).toFixed(0)} MB)`);
        const stages = Object.entries(rebuild.reported?.stages ?? {}).filter(([name]) => name !== "start");
        if (stages.length > 0) console.log(`[rebuild]  stages: ${stages.map(([name, s]) => `${name} ${s.toFixed(2)} s`).join(", ")}`);
      }
    }
  }

  const comparison = compare(articles, floor, builds.core);
  const full = compareFull(floor, builds.full, machine.cpus);
  const measured = Object.fromEntries(options.builds.map((kind) => [kind, builds[kind]]));
  console.log(`\n${formatTable({ floor, ...measured }, floor)}\n`);
  if (options.builds.includes("core")) console.log(`Core build (--no-discovery), targets at ${articles.toLocaleString("en")} articles (issue #2):\n${formatVerdicts(comparison)}\n`);
  if (options.builds.includes("full")) console.log(`Full build, every feature on (issue #3):\n${formatFullVerdicts(full)}`);
  const missed = [comparison.time, comparison.memory, full.time, full.timeWithoutSearch, full.memory].includes("MISSED");
  if (missed) console.log("\nMISSED: a build is outside its target (see above).");
  const results = {
    articles, seed, date: new Date().toISOString(), machine: { ...machine, loadAfter: loadavg() },
    generate: { seconds: generateSeconds, cached }, floor, core: builds.core, full: builds.full, rebuild, comparison, fullComparison: full,
  };
  await writeFile(paths.results, JSON.stringify(results, null, 2) + "\n");
  if (!options.keep) await Promise.all([paths.floor, paths.build, paths.cache].map((dir) => rm(dir, { recursive: true, force: true })));
  console.log(`\nResults in ${show(paths.results)}. Finished in ${((performance.now() - started) / 1000).toFixed(1)} seconds.`);
  if (buildMissing) console.error(`\nNo build measured: ${show(cli)} is missing.`);
  return buildMissing ? 1 : 0;
}

/** Every stage starts from an empty output folder and runs under the same node, measured the same way. */
async function stage(output: string, args: string[], nodeFlags: string[], env?: Record<string, string>): Promise<ChildRun> {
  await rm(output, { recursive: true, force: true });
  return measureChild(process.execPath, [...nodeFlags, ...args], { cwd: repo, ...(env ? { env } : {}) });
}

function succeeded(name: string, run: ChildRun): boolean {
  if (run.exitCode === 0) return true;
  const how = run.signal === null ? `exit code ${run.exitCode}` : `signal ${run.signal}`;
  console.error(`[${name}] failed with ${how} after ${run.seconds.toFixed(1)} s. Its stderr:\n${run.stderr.trimEnd() || "(empty)"}`);
  return false;
}

async function earlierFloor(results: string, articles: number, seed: number): Promise<StageResult | null> {
  try {
    const earlier = JSON.parse(await readFile(results, "utf8")) as { articles?: number; seed?: number; floor?: StageResult | null };
    if (earlier.articles !== articles || earlier.seed !== seed || !earlier.floor) return null;
    return { ...earlier.floor, reused: true };
  } catch {
    return null;
  }
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "skip-floor": { type: "boolean", default: false },
      "skip-build": { type: "boolean", default: false },
      "work-dir": { type: "string" },
      runs: { type: "string", default: "1" },
      "on-disk": { type: "boolean", default: false },
      only: { type: "string" },
      rebuild: { type: "boolean", default: false },
    },
  });
  const work = values["work-dir"] !== undefined ? resolve(values["work-dir"]) : !values["on-disk"] && existsSync(SHM) ? join(SHM, "broadsheet-bench") : join(repo, ".bench");
  if (values.only !== undefined && values.only !== "core" && values.only !== "full") throw new TypeError(`--only takes core or full, got "${values.only}".`);
  return {
    builds: values.only === undefined ? ["core", "full"] : [values.only],
    articles: wholeNumber("--articles", values.articles, 1),
    seed: wholeNumber("--seed", values.seed, 0),
    keep: values.keep,
    skipFloor: values["skip-floor"],
    skipBuild: values["skip-build"],
    work,
    runs: wholeNumber("--runs", values.runs, 1),
    rebuild: values.rebuild,
  };
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isSafeInteger(value) || value < min || value > 0xffffffff) {
    throw new TypeError(`${flag} takes a whole number from ${min}, got "${text}".`);
  }
  return value;
}

let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run bench -- --articles N [--seed S] [--only core|full] [--keep] [--skip-floor] [--skip-build] [--work-dir DIR | --on-disk] [--runs N] [--rebuild]`);
  process.exit(2);
}
process.exitCode = await run(options);
