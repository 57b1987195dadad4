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
}

export interface Targets {
  maxTimeRatio: number;
  maxPeakMB: number | null;
}

export type Verdict = "pass" | "MISSED" | "n/a";

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

/** The last line of output that is a JSON object with a numeric maxRssMB, as floor.ts prints. */
export function findStatsLine(output: string): Reported | null {
  for (const line of output.trim().split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      const stats = JSON.parse(line) as Record<string, unknown>;
      if (typeof stats.maxRssMB !== "number") continue;
      const stages = typeof stats.stages === "object" && stats.stages !== null ? (stats.stages as Record<string, number>) : undefined;
      return { seconds: typeof stats.seconds === "number" ? stats.seconds : null, maxRssMB: stats.maxRssMB, ...(stages ? { stages } : {}) };
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
  const verdict = (ok: boolean | null): Verdict => (ok === null ? "n/a" : ok ? "pass" : "MISSED");
  return {
    timeRatio,
    memoryRatio,
    targets,
    time: verdict(timeRatio === null ? null : timeRatio <= targets.maxTimeRatio),
    memory: verdict(build === null || targets.maxPeakMB === null ? null : build.peakMB <= targets.maxPeakMB),
  };
}

export function formatTable(stages: Record<string, StageResult | null>, comparison: Comparison): string {
  const rows: string[][] = [["stage", "wall s", "peak RSS MB", "largest process MB", "processes"]];
  for (const [name, stage] of Object.entries(stages)) {
    if (stage === null) rows.push([name, "-", "-", "-", "-"]);
    else rows.push([
      stage.reused ? `${name} (earlier run)` : name,
      stage.seconds.toFixed(2),
      stage.peakMB.toFixed(0),
      stage.maxSingleMB.toFixed(0),
      String(stage.processes),
    ]);
  }
  const ratio = (value: number | null): string => (value === null ? "-" : `${value.toFixed(2)}x`);
  rows.push(["build/floor", ratio(comparison.timeRatio), ratio(comparison.memoryRatio), "", ""]);
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
