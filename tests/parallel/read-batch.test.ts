import { describe, expect, it } from "vitest";
import { readFactsChunk } from "../../src/cache/facts-cache.ts";
import { findFacts } from "../../src/enrich/facts.ts";
import { packBatch, unpackBatch, type ReadOutcome } from "../../src/parallel/tasks.ts";
import type { Article, ArticleFacts } from "../../src/types.ts";

function factsOf(title: string, text: string): ArticleFacts {
  const found = findFacts(title, text, null);
  if (found.fromCache) throw new Error("no key was given");
  return found.facts;
}

const article = (source: string): Article => ({
  id: source, source, format: "text", slug: source, path: `articles/${source}/`, title: source, description: "", words: 1,
  readingMinutes: 1, date: null, author: null, publisher: null, tags: [], lang: "en", repairs: 0, warnings: [],
});

describe("read batches", () => {
  it("carry found facts apart, as one chunk in the cache's format, and put them back where they were", () => {
    const kishi = factsOf("Kishi to visit Washington", "Defense Minister Nobuo Kishi will meet Lloyd Austin in Washington.");
    const blinken = factsOf("Blinken in Tokyo", "Secretary of State Antony Blinken arrived in Tokyo on Monday.");
    const outcomes = (): ReadOutcome[] => [
      { article: article("a"), facts: kishi },
      { skip: { source: "b", reason: "empty file" } as never },
      { article: article("c"), facts: { reused: "key-c" } },
      { article: article("d"), facts: null },
      { article: article("e"), facts: blinken },
    ];
    const batch = packBatch(outcomes());
    // Only found facts travel in the chunk; reused ones stay a key, and none stay none.
    expect(batch.outcomes.map((o) => ("article" in o ? o.facts : "skip"))).toEqual([null, "skip", { reused: "key-c" }, null, null]);
    expect(readFactsChunk(batch.found!)).toEqual([["a", kishi], ["e", blinken]]);
    // As a thread's message would carry it: a copy, not the thread's own objects.
    const received = structuredClone(batch);
    expect(unpackBatch(received)).toEqual(outcomes());
  });

  it("has no chunk when nothing was found", () => {
    const batch = packBatch([{ article: article("a"), facts: null }]);
    expect(batch.found).toBeNull();
    expect(unpackBatch(batch)).toEqual([{ article: article("a"), facts: null }]);
  });
});
