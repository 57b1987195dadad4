// Turns measured stages into the comparison the benchmark exists for: ratios to the floor, targets, a printed table.

import type { ChildRun } from "./measure-child.ts";

export interface StageResult {
  /** Wall time measured by the harness around the child, start-up included. */
  seconds: number;
  /** The figure held against the target: the largest of the tree sum, the largest process and the child's own report. */
  peakMB: number;
  maxSingleMB: number;
  treeSumMB: number;
  processes: number;
  /** What the child said about itself (floor always; build when BROADSHEET_BENCH_STATS=1 is honoured), or null. */
  reported: Reported | null;
  /** True when --skip-floor reused the floor of an earlier run with the same articles and seed. */
  reused?: boolean;
}

/** What a child says about itself in its JSON stats line; the build adds the seconds of each stage. */
export interface Reported {
  seconds: number | null;
  maxRssMB: number | null;
  stages?: Record<string, number>;
  /** CPU seconds of the build process (all its threads) and of the processes it started (Pagefind's). */
  cpuSeconds?: { self: number; children: number | null };
}

export interface Targets {
  maxTimeRatio: number;
  maxPeakMB: number | null;
}

/** Issue #3's targets for the full build (every feature on), at any size. */
export const FULL_TARGETS = {
  /** Everything but the search index, against the floor. */
  maxRatioWithoutSearch: 5,
  /** The whole build, search index included. */
  maxRatio: 12,
  /** No single process (the build, its threads, Pagefind) above this. */
  maxProcessMB: 2048,
} as const;

export interface FullComparison {
  ratio: number | null;
  ratioWithoutSearch: number | null;
  searchSeconds: number | null;
  /**
   * The CPU seconds Pagefind's processes used, and the least wall time that takes on this machine's cores,
   * against the floor: how much of the whole-build target the search index alone needs.
   */
  pagefind: { cpuSeconds: number; leastSeconds: number; ratio: number | null } | null;
  time: Verdict;
  timeWithoutSearch: Verdict;
  memory: Verdict;
}

/** The full build against issue #3's targets; the search stage's seconds come from the build's own stage times. */
export function compareFull(floor: StageResult | null, full: StageResult | null, cores: number): FullComparison {
  const searchSeconds = full?.reported?.stages?.["search"] ?? null;
  const pagefindCpu = full?.reported?.cpuSeconds?.children ?? null;
  const pagefind = pagefindCpu === null ? null
    : { cpuSeconds: pagefindCpu, leastSeconds: pagefindCpu / cores, ratio: floor ? pagefindCpu / cores / floor.seconds : null };
  const ratio = floor && full ? full.seconds / floor.seconds : null;
  const ratioWithoutSearch = floor && full ? (full.seconds - (searchSeconds ?? 0)) / floor.seconds : null;
  return {
    ratio,
    ratioWithoutSearch,
    searchSeconds,
    pagefind,
    time: verdict(ratio === null ? null : ratio <= FULL_TARGETS.maxRatio),
    timeWithoutSearch: verdict(ratioWithoutSearch === null ? null : ratioWithoutSearch <= FULL_TARGETS.maxRatioWithoutSearch),
    memory: verdict(full === null ? null : largestProcessMB(full) <= FULL_TARGETS.maxProcessMB),
  };
}

export function formatFullVerdicts(c: FullComparison): string {
  const x = (value: number | null): string => (value === null ? "" : ` (${value.toFixed(2)}x)`);
  return [
    `everything but the search index <= ${FULL_TARGETS.maxRatioWithoutSearch}x floor: ${c.timeWithoutSearch}${x(c.ratioWithoutSearch)}`,
    `whole build <= ${FULL_TARGETS.maxRatio}x floor: ${c.time}${x(c.ratio)}${c.searchSeconds === null ? "" : `, search index ${c.searchSeconds.toFixed(1)} s`}`,
    `no process above ${FULL_TARGETS.maxProcessMB} MB: ${c.memory}`,
    ...(c.pagefind === null ? [] : [`(Pagefind's processes used ${c.pagefind.cpuSeconds.toFixed(1)} CPU s: at least ${c.pagefind.leastSeconds.toFixed(1)} s on this machine's cores${c.pagefind.ratio === null ? "" : `, ${c.pagefind.ratio.toFixed(2)}x floor`})`]),
  ].join("\n");
}

export type Verdict = "pass" | "MISSED" | "n/a";

const verdict = (ok: boolean | null): Verdict => (ok === null ? "n/a" : ok ? "pass" : "MISSED");

export interface Comparison {
  timeRatio: number | null;
  memoryRatio: number | null;
  targets: Targets;
  time: Verdict;
  memory: Verdict;
}

/** 2.5× the floor up to 10,000 articles; 2× and 1.5 GB from 100,000. Sizes in between get the looser time bound. */
export function targetsFor(articles: number): Targets {
  return articles >= 100_000 ? { maxTimeRatio: 2, maxPeakMB: 1536 } : { maxTimeRatio: 2.5, maxPeakMB: null };
}

export function toStageResult(run: ChildRun): StageResult {
  const reported = findStatsLine(run.stdout) ?? findStatsLine(run.stderr);
  const { maxSingleMB, treeSumMB, processes } = run.memory;
  return {
    seconds: run.seconds,
    peakMB: Math.max(maxSingleMB, treeSumMB, reported?.maxRssMB ?? 0),
    maxSingleMB,
    treeSumMB,
    processes,
    reported,
  };
}

/** The largest process: the most any one process held as sampled, or as the build says it held (its own maxRSS). */
export function largestProcessMB(result: StageResult): number {
  return Math.max(result.maxSingleMB, result.reported?.maxRssMB ?? 0);
}

/**
 * The run with the median time (this machine's speed drifts by tens of percent between minutes), with the
 * highest memory of all runs: a memory target holds only if every run kept it.
 */
export function medianRun(runs: readonly StageResult[]): StageResult {
  if (runs.length === 0) throw new RangeError("medianRun needs at least one run");
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as StageResult;
  const most = (of: (r: StageResult) => number): number => Math.max(...runs.map(of));
  return {
    ...middle,
    peakMB: most((r) => r.peakMB),
    maxSingleMB: most((r) => r.maxSingleMB),
    treeSumMB: most((r) => r.treeSumMB),
    reported: middle.reported && { ...middle.reported, maxRssMB: most((r) => r.reported?.maxRssMB ?? 0) },
  };
}

/** The last line of output that is a JSON object with a numeric maxRssMB, as floor.ts prints. */
export function findStatsLine(output: string): Reported | null {
  for (const line of output.trim().split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      const stats = JSON.parse(line) as Record<string, unknown>;
      if (typeof stats.maxRssMB !== "number") continue;
      const stages = typeof stats.stages === "object" && stats.stages !== null ? (stats.stages as Record<string, number>) : undefined;
      const cpu = stats.cpuSeconds as { self?: unknown; children?: unknown } | undefined;
      const cpuSeconds = typeof cpu?.self === "number" ? { self: cpu.self, children: typeof cpu.children === "number" ? cpu.children : null } : undefined;
      return { seconds: typeof stats.seconds === "number" ? stats.seconds : null, maxRssMB: stats.maxRssMB, ...(stages ? { stages } : {}), ...(cpuSeconds ? { cpuSeconds } : {}) };
    } catch {
      continue;
    }
  }
  return null;
}

export function compare(articles: number, floor: StageResult | null, build: StageResult | null): Comparison {
  const targets = targetsFor(articles);
  const timeRatio = floor && build ? build.seconds / floor.seconds : null;
  const memoryRatio = floor && build ? build.peakMB / floor.peakMB : null;
  return {
    timeRatio,
    memoryRatio,
    targets,
    time: verdict(timeRatio === null ? null : timeRatio <= targets.maxTimeRatio),
    memory: verdict(build === null || targets.maxPeakMB === null ? null : build.peakMB <= targets.maxPeakMB),
  };
}

/** The stages measured, then one "x/floor" row per build. */
export function formatTable(stages: Record<string, StageResult | null>, floor: StageResult | null): string {
  const rows: string[][] = [["stage", "wall s", "peak RSS MB", "largest process MB", "processes"]];
  for (const [name, stage] of Object.entries(stages)) {
    if (stage === null) rows.push([name, "-", "-", "-", "-"]);
    else rows.push([
      stage.reused ? `${name} (earlier run)` : name,
      stage.seconds.toFixed(2),
      stage.peakMB.toFixed(0),
      largestProcessMB(stage).toFixed(0),
      String(stage.processes),
    ]);
  }
  const ratio = (value: number | null): string => (value === null ? "-" : `${value.toFixed(2)}x`);
  for (const [name, stage] of Object.entries(stages)) {
    if (name === "floor" || stage === null || floor === null) continue;
    rows.push([`${name}/floor`, ratio(stage.seconds / floor.seconds), ratio(stage.peakMB / floor.peakMB), "", ""]);
  }
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  "))
    .join("\n");
}

export function formatVerdicts(comparison: Comparison): string {
  const { targets } = comparison;
  const time = `time <= ${targets.maxTimeRatio}x floor: ${comparison.time}` +
    (comparison.timeRatio === null ? " (needs both floor and build)" : ` (${comparison.timeRatio.toFixed(2)}x)`);
  const memory = targets.maxPeakMB === null
    ? "peak memory: no target at this size"
    : `peak memory <= ${targets.maxPeakMB} MB: ${comparison.memory}`;
  return `${time}\n${memory}`;
}
