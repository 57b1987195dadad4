import { describe, expect, it } from "vitest";
import { compareFull, findStatsLine, formatFullVerdicts, medianRun } from "../../bench/compare.ts";
import type { StageResult } from "../../bench/compare.ts";

const run = (seconds: number, maxSingleMB: number, maxRssMB: number | null, extra: Partial<StageResult> = {}): StageResult => ({
  seconds, peakMB: Math.max(maxSingleMB, maxRssMB ?? 0), maxSingleMB, treeSumMB: maxSingleMB, processes: 3,
  reported: maxRssMB === null ? null : { seconds, maxRssMB, stages: { search: seconds / 2 }, cpuSeconds: { self: seconds, children: seconds * 2 } },
  ...extra,
});

describe("the benchmark's comparison", () => {
  it("reads the build's CPU time, its own and its children's, from the stats line", () => {
    const out = `noise\n{"seconds":10,"maxRssMB":900,"cpuSeconds":{"self":15.5,"children":40},"stages":{"read":3}}\n`;
    expect(findStatsLine(out)).toEqual({ seconds: 10, maxRssMB: 900, stages: { read: 3 }, cpuSeconds: { self: 15.5, children: 40 } });
    expect(findStatsLine(`{"seconds":10,"maxRssMB":900,"cpuSeconds":{"self":15.5,"children":null}}`)?.cpuSeconds).toEqual({ self: 15.5, children: null });
    expect(findStatsLine(`{"seconds":10,"maxRssMB":900}`)?.cpuSeconds).toBeUndefined();
  });

  it("takes the median run's time and the most memory any run used, as sampled or as the build reported it", () => {
    const median = medianRun([run(30, 1000, 1900), run(10, 1800, 1500), run(20, 1200, 1300)]);
    expect(median.seconds).toBe(20);
    expect(median.reported?.stages).toEqual({ search: 10 });
    expect(median.maxSingleMB).toBe(1800);
    expect(median.reported?.maxRssMB).toBe(1900);
    expect(median.peakMB).toBe(1900);
    expect(() => medianRun([])).toThrow(RangeError);
  });

  it("misses the memory target when any run's build reports more than 2 GB, though the samples stayed under", () => {
    const floor = run(10, 100, 100);
    const under = compareFull(floor, medianRun([run(100, 1800, 1900), run(110, 1800, 2000), run(120, 1800, 1950)]), 2);
    expect(under.memory).toBe("pass");
    const over = compareFull(floor, medianRun([run(100, 1800, 1900), run(110, 1800, 2100), run(120, 1800, 1950)]), 2);
    expect(over.memory).toBe("MISSED");
  });

  it("says how much of the floor Pagefind's CPU time alone takes on the machine's cores", () => {
    const floor = run(10, 100, 100);
    const full = run(130, 1800, 1900, { reported: { seconds: 130, maxRssMB: 1900, stages: { search: 80 }, cpuSeconds: { self: 100, children: 140 } } });
    const comparison = compareFull(floor, full, 2);
    expect(comparison.pagefind).toEqual({ cpuSeconds: 140, leastSeconds: 70, ratio: 7 });
    expect(comparison.time).toBe("MISSED");
    expect(comparison.ratio).toBeCloseTo(13);
    expect(comparison.ratioWithoutSearch).toBeCloseTo(5);
    expect(formatFullVerdicts(comparison)).toContain("Pagefind's processes used 140.0 CPU s: at least 70.0 s on this machine's cores, 7.00x floor");
    const without = compareFull(floor, run(50, 1800, 1900, { reported: { seconds: 50, maxRssMB: 1900 } }), 2);
    expect(without.pagefind).toBeNull();
    expect(formatFullVerdicts(without)).not.toContain("Pagefind");
  });
});
