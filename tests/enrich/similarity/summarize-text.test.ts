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

  it("lays out end to end, and reads back at any offset", () => {
    const summaries = THEMED.slice(0, 3).map(({ title, text }) => summarizeText(title, text));
    for (const summary of summaries) expect(summary.byteLength % 4).toBe(0);
    const joined = new Uint8Array(1 + summaries.reduce((sum, s) => sum + s.byteLength, 0));
    let at = 1;
    for (const summary of summaries) {
      joined.set(summary, at);
      expect(unpackSummary(joined.subarray(at, at + summary.byteLength))).toEqual(unpackSummary(summary));
      at += summary.byteLength;
    }
    // Non-ASCII terms keep their characters.
    expect(unpackSummary(summarizeText("Zürich’s café owners", "The café in Zürich opened. Zürich cafés.")).terms).toContain("Zürich");
  });

  it("says so when cut short", () => {
    const summary = summarizeText("Storm warning issued", "Officials warned of a storm.");
    expect(() => unpackSummary(summary.subarray(0, summary.byteLength - 8))).toThrow(/cut short/);
  });

});
