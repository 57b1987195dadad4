import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../../src/enrich/similarity/find-duplicates.ts";
import type { DuplicateCandidate } from "../../../src/enrich/similarity/find-duplicates.ts";
import { fingerprint } from "../../../src/enrich/similarity/fingerprint.ts";
import { rankByKey } from "../../../src/enrich/keywords/index-terms.ts";
import { range, textOf } from "./make-text.ts";

const article = (key: string, sentences: number[], date: string | null = null): DuplicateCandidate =>
  ({ key, date, fingerprint: fingerprint(textOf(sentences)) });

const story = range(0, 40);
/** 38 of the story's 40 sentences and two of its own: 95% the same text. */
const nearCopy = (n: number): number[] => [...story.slice(0, 38), 1000 + 2 * n, 1001 + 2 * n];

describe("findDuplicates", () => {
  it("groups copies that share about 95% of their text, not those that share half", () => {
    const groups = findDuplicates([
      article("wire/a.txt", story),
      article("wire/b.txt", nearCopy(1)),
      article("wire/half.txt", [...story.slice(0, 20), ...range(500, 520)]),
      article("other.txt", range(600, 640)),
    ]);
    expect(groups).toEqual([{ original: "wire/a.txt", copies: ["wire/b.txt"] }]);
  });

  it("takes the earliest dated article as the original, dated before undated", () => {
    const groups = findDuplicates([
      article("a.txt", story),
      article("b.txt", nearCopy(1), "2021-05-02"),
      article("c.txt", nearCopy(2), "2021-05-01"),
      article("d.txt", nearCopy(3), "2021-05-01"),
    ]);
    expect(groups).toEqual([{ original: "c.txt", copies: ["d.txt", "b.txt", "a.txt"] }]);
  });

  it("takes the first by source path when none is dated", () => {
    const groups = findDuplicates([article("z/late.txt", story), article("b/copy.txt", nearCopy(1)), article("m/copy.txt", nearCopy(2))]);
    expect(groups).toEqual([{ original: "b/copy.txt", copies: ["m/copy.txt", "z/late.txt"] }]);
  });

  it("groups transitively: a copy of a copy joins the group", () => {
    const first = range(0, 40);
    const second = [...first.slice(2), 700, 701];
    const third = [...second.slice(2), 702, 703];
    const groups = findDuplicates([article("1.txt", first), article("2.txt", second), article("3.txt", third)]);
    expect(groups).toEqual([{ original: "1.txt", copies: ["2.txt", "3.txt"] }]);
  });

  it("never groups articles without words, and gives the same groups in any input order", () => {
    const inputs = [
      article("e1.txt", []), article("e2.txt", []),
      ...range(0, 6).map((n) => article(`s${n}.txt`, nearCopy(n), n % 2 === 0 ? `2020-01-0${n + 1}` : null)),
      ...range(0, 3).map((n) => article(`t${n}.txt`, [...range(3000, 3040).slice(0, 38), 4000 + n, 4100 + n])),
    ];
    const groups = findDuplicates(inputs);
    expect(groups).toEqual([
      { original: "s0.txt", copies: ["s2.txt", "s4.txt", "s1.txt", "s3.txt", "s5.txt"] },
      { original: "t0.txt", copies: ["t1.txt", "t2.txt"] },
    ]);
    expect(findDuplicates([...inputs].reverse())).toEqual(groups);
    // The key order a caller already has gives the same groups; one of another length is refused.
    expect(findDuplicates(inputs, { rank: rankByKey(inputs.map((a) => a.key)) })).toEqual(groups);
    expect(() => findDuplicates(inputs, { rank: new Int32Array(3) })).toThrow(RangeError);
  });

  it("follows the overlap asked for", () => {
    const inputs = [article("a.txt", story), article("b.txt", [...story.slice(0, 30), ...range(800, 810)])];
    expect(findDuplicates(inputs)).toEqual([]);
    expect(findDuplicates(inputs, { minOverlap: 0.6 })).toEqual([{ original: "a.txt", copies: ["b.txt"] }]);
  });
});
