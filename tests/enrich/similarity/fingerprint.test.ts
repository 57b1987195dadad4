import { describe, expect, it } from "vitest";
import { FINGERPRINT_SIZE, estimateJaccard, fingerprint } from "../../../src/enrich/similarity/fingerprint.ts";
import { range, textOf } from "./make-text.ts";

const original = textOf(range(0, 40));

describe("fingerprint", () => {
  it("is the same for the same words, whatever their case and punctuation", () => {
    const a = fingerprint(original);
    expect(a).toHaveLength(FINGERPRINT_SIZE);
    expect(fingerprint(original.toUpperCase().replaceAll(".", " —"))).toEqual(a);
    expect(estimateJaccard(a, a)).toBe(1);
  });

  it("estimates how much of the wording two texts share", () => {
    const a = fingerprint(original);
    // 38 of 40 sentences kept: 95% of the text; 20 of 40: half.
    const close = estimateJaccard(a, fingerprint(textOf([...range(0, 38), 100, 101])));
    const half = estimateJaccard(a, fingerprint(textOf([...range(0, 20), ...range(200, 220)])));
    const other = estimateJaccard(a, fingerprint(textOf(range(300, 340))));
    expect(close).toBeGreaterThan(0.82);
    expect(close).toBeLessThan(1);
    expect(half).toBeGreaterThan(0.15);
    expect(half).toBeLessThan(0.5);
    expect(other).toBeLessThan(0.05);
  });

  it("has nothing to compare for a text without words", () => {
    expect(fingerprint(" — … ")).toHaveLength(0);
    expect(estimateJaccard(fingerprint(""), fingerprint(""))).toBe(0);
  });

  it("fingerprints a text shorter than a shingle", () => {
    expect(fingerprint("Storm warning")).toEqual(fingerprint("storm warning!"));
    expect(fingerprint("Storm warning")).not.toEqual(fingerprint("Storm watch"));
  });
});
