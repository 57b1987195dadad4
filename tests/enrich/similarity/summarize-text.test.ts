import { describe, expect, it } from "vitest";
import { countTerms } from "../../../src/enrich/keywords/count-terms.ts";
import { fingerprint } from "../../../src/enrich/similarity/fingerprint.ts";
import { summarizeText, unpackSummary } from "../../../src/enrich/similarity/summarize-text.ts";
import { THEMED } from "./themed-corpus.ts";

describe("summarizeText", () => {
  it("holds the term counts and the fingerprint, and they survive a structured clone", () => {
    for (const { title, text } of THEMED) {
      const unpacked = unpackSummary(structuredClone(summarizeText(title, text)));
      const { terms, keys, counts } = countTerms(title, text);
      expect(unpacked.terms).toBe(terms);
      expect([...unpacked.keys]).toEqual([...keys]);
      expect([...unpacked.counts]).toEqual([...counts]);
      expect([...unpacked.fingerprint]).toEqual([...fingerprint(text)]);
      expect(unpacked.fingerprint).toHaveLength(128);
    }
  });

  it("keeps an empty fingerprint and odd term counts apart", () => {
    const unpacked = unpackSummary(summarizeText("Storm warning issued", ""));
    expect(unpacked.terms.split("\n")).toEqual(["Storm", "warning", "issued"]);
    expect([...unpacked.counts]).toEqual([2, 2, 2]);
    expect(unpacked.fingerprint).toHaveLength(0);
  });
});
