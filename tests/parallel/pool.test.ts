// The threaded pool's requests that no page depends on directly: the archive-wide steps on words, run on
// a reading thread, and the garbage collection the build asks for once reading is done.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverWords, type WordsInput } from "../../src/enrich/discover.ts";
import { findFacts } from "../../src/enrich/facts.ts";
import { createArticlePool } from "../../src/parallel/pool.ts";
import { siteView } from "../../src/render/site-view.ts";
import { PACKAGE_ROOT } from "../../src/settings.ts";
import { THEMED } from "../enrich/similarity/themed-corpus.ts";

const pool = createArticlePool(2, {
  language: "en",
  discovery: true,
  search: false,
  templates: path.join(PACKAGE_ROOT, "templates"),
  site: siteView({ title: "T", description: "D", language: "en", baseUrl: null }),
  spillDir: null,
});
afterAll(() => pool.close());

function input(): WordsInput {
  // The themed corpus, plus a near-copy of its first story: one duplicate group to find.
  const texts = [...THEMED.map((a) => ({ key: a.key, title: a.title, text: a.text })), { key: "wire/cup-final-copy.txt", title: THEMED[0]!.title, text: `${THEMED[0]!.text} Reporting by the wire.` }];
  const summaries = texts.map(({ title, text }) => {
    const found = findFacts(title, text, null);
    if (found.fromCache) throw new Error("no cached key was given");
    return found.facts.summary;
  });
  return { keys: texts.map((t) => t.key), dates: texts.map((_, i) => (i === 0 ? "2024-05-01" : null)), tags: texts.map(() => []), summaries };
}

describe("the threaded article pool", () => {
  it("finds on a thread the same topics, near-duplicates and related stories as here", async () => {
    const expected = discoverWords(input(), { related: 1 });
    expect(expected.duplicates).toEqual([{ original: 0, copies: [THEMED.length] }]);
    expect(expected.related.every((list) => list.length === 1)).toBe(true);
    // The options reach the thread: by default the same articles have more related stories.
    expect(discoverWords(input()).related.some((list) => list.length > 1)).toBe(true);
    expect(await pool.words(input(), { related: 1 })).toEqual(expected);
  }, 60_000);

  it("has every thread collect its garbage, and the threads still answer afterwards", async () => {
    await expect(pool.collect()).resolves.toBeUndefined();
    await expect(pool.words(input(), {})).resolves.toMatchObject({ duplicates: [{ original: 0, copies: [THEMED.length] }] });
  }, 60_000);
});
