import { describe, expect, it } from "vitest";
import { childFlags, GC_FLAG, HEAP_MB, INITIAL_OLD_SPACE_MB, SEMI_SPACE_MB } from "../../bin/child-flags.js";

const INITIAL = `--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`;

describe("childFlags", () => {
  it("sets the main thread's heap limit and young generation, the heaps' starting size, single-threaded GC, and exposes gc, when the user set none", () => {
    expect(childFlags(["", "--enable-source-maps"])).toEqual({
      flags: [`--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, INITIAL, "--single-threaded-gc", "--expose-gc"],
      limited: false,
    });
  });

  it("leaves the heap limit to the user who set one, with dashes or underscores, and says so", () => {
    for (const flag of ["--max-old-space-size=4096", "--max_old_space_size=4096"]) {
      expect(childFlags([flag])).toEqual({ flags: [`--max-semi-space-size=${SEMI_SPACE_MB}`, INITIAL, GC_FLAG, "--expose-gc"], limited: true });
    }
  });

  it("leaves the young generation to the user who sized it", () => {
    expect(childFlags(["--max-semi-space-size=8"]).flags).toEqual([`--max-old-space-size=${HEAP_MB}`, INITIAL, GC_FLAG, "--expose-gc"]);
  });

  it("leaves the heaps' starting size to the user who set one, with dashes or underscores", () => {
    for (const flag of ["--initial-old-space-size=64", "--initial_old_space_size=64"]) {
      expect(childFlags([flag]).flags).toEqual([`--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, GC_FLAG, "--expose-gc"]);
    }
  });

  it("leaves background GC to the user who turned single-threaded GC on or off, with dashes or underscores", () => {
    for (const flag of ["--single-threaded-gc", "--no-single-threaded-gc", "--single_threaded_gc", "--no_single_threaded_gc"]) {
      expect(childFlags([flag]).flags).not.toContain(GC_FLAG);
    }
  });

  it("does not take a flag that only starts like one of its own for it", () => {
    expect(childFlags(["--max-old-space-size-x=1"]).limited).toBe(false);
  });
});
