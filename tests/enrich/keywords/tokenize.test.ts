import { describe, expect, it } from "vitest";
import { forEachWord } from "../../../src/enrich/keywords/tokenize.ts";

function words(text: string): { word: string; spaced: boolean; hash: number }[] {
  const found: { word: string; spaced: boolean; hash: number }[] = [];
  forEachWord(text, (start, end, spaced, hash) => found.push({ word: text.slice(start, end), spaced, hash }));
  return found;
}

describe("forEachWord", () => {
  it("keeps inner apostrophes, hyphens, dotted acronyms and digit groups whole", () => {
    expect(words("O'Brien’s long-awaited U.S. visit cost $1,200.50, or 3.5%; Plan B.").map((w) => w.word))
      .toEqual(["O'Brien’s", "long-awaited", "U.S.", "visit", "cost", "1,200.50", "or", "3.5", "Plan", "B"]);
  });

  it("reads letters beyond ASCII and splits on dashes and quotes", () => {
    expect(words("Zürich’s café — «Ελλάδα» 'quoted'").map((w) => w.word)).toEqual(["Zürich’s", "café", "Ελλάδα", "quoted"]);
  });

  it("tells which words only spaces separate from the word before", () => {
    expect(words("North Korea, Japan\nand  Chile").map((w) => w.spaced)).toEqual([false, true, false, false, true]);
  });

  it("hashes a word alike in any case and with either apostrophe", () => {
    const [a, b, c, d] = words("Japan's JAPAN’S japan's Japan").map((w) => w.hash);
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(a).not.toBe(d);
  });
});
