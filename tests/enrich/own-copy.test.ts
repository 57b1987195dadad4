import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ownCopy } from "../../src/enrich/own-copy.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/**
 * MB of heap still in use, in a process of its own with `--expose-gc`, once a 50 MB text is let go of and
 * only `keep(a 55-character slice of it)` is held.
 */
function heldAfterSlice(keep: "slice" | "ownCopy"): number {
  const script = `
    const { ownCopy } = await import("./src/enrich/own-copy.ts");
    // In a function of its own, so that no register of this frame still holds the text.
    const make = () => {
      const text = "x".repeat(50_000_000) + Math.random();
      return ${keep === "ownCopy" ? "ownCopy(text.slice(5, 60))" : "text.slice(5, 60)"};
    };
    const kept = make();
    gc(); gc();
    process.stdout.write(JSON.stringify({ length: kept.length, mb: process.memoryUsage().heapUsed / 2 ** 20 }));`;
  const out = JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], { cwd: repo, encoding: "utf8" })) as { length: number; mb: number };
  expect(out.length).toBe(55);
  return out.mb;
}

describe("ownCopy", () => {
  it("gives the same characters", () => {
    const text = "Defense Minister Nobuo Kishi said on Friday that Japan’s stance had not changed.";
    for (const [from, to] of [[0, 5], [0, 40], [17, 28], [0, text.length]]) expect(ownCopy(text.slice(from, to))).toBe(text.slice(from, to));
    expect(ownCopy("")).toBe("");
  });

  it("does not keep the text it was sliced from alive, as the slice itself does", () => {
    // The check that the measure can tell: the slice alone holds the 50 MB.
    expect(heldAfterSlice("slice")).toBeGreaterThan(45);
    expect(heldAfterSlice("ownCopy")).toBeLessThan(20);
  }, 30_000);
});
