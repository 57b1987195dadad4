import { describe, expect, it } from "vitest";
import { indexTerms } from "../../../src/enrich/keywords/index-terms.ts";
import { findDuplicates } from "../../../src/enrich/similarity/find-duplicates.ts";
import { findRelated } from "../../../src/enrich/similarity/find-related.ts";
import { summarizeText, unpackSummary } from "../../../src/enrich/similarity/summarize-text.ts";
import { THEMED } from "./themed-corpus.ts";
import type { FixtureArticle } from "./themed-corpus.ts";

function relatedOf(articles: readonly FixtureArticle[], options = {}) {
  const summaries = articles.map((a) => ({ key: a.key, summary: unpackSummary(summarizeText(a.title, a.text)) }));
  const index = indexTerms(summaries.map(({ key, summary }) => ({ key, terms: summary })));
  const groups = findDuplicates(summaries.map(({ key, summary }) => ({ key, date: null, fingerprint: summary.fingerprint })));
  return { groups, related: findRelated(index, groups, options) };
}

const themeOf = new Map(THEMED.map((a) => [a.key, a.theme]));
/** The cup final report filed again with a line added: the wire copy of a story already in the archive. */
const copy: FixtureArticle = { ...(THEMED[0] as FixtureArticle), key: "wire/cup-final-copy.txt", text: `${THEMED[0]?.text} Reporting by the sports desk.` };

describe("findRelated", () => {
  it("finds each article's two theme mates first", () => {
    const { related } = relatedOf(THEMED);
    THEMED.forEach((article, i) => {
      const mates = THEMED.filter((a) => a.theme === article.theme && a !== article).map((a) => a.key);
      expect(new Set(related[i]?.slice(0, 2)), article.key).toEqual(new Set(mates));
    });
  });

  it("never lists the article itself, and at most as many as asked", () => {
    for (const limit of [5, 1]) {
      const { related } = relatedOf(THEMED, { limit, minSimilarity: 0 });
      THEMED.forEach((article, i) => {
        expect(related[i]).not.toContain(article.key);
        expect(related[i]?.length).toBeLessThanOrEqual(limit);
        expect(new Set(related[i]).size).toBe(related[i]?.length);
      });
      expect(Math.max(...related.map((r) => r.length))).toBe(limit);
    }
  });

  it("never lists a duplicate of the article, and shows another story's copies as its original", () => {
    const { groups, related } = relatedOf([...THEMED, copy], { minSimilarity: 0 });
    expect(groups).toEqual([{ original: "sport/cup-final.txt", copies: [copy.key] }]);
    expect(related[0]).not.toContain(copy.key);
    expect(related[THEMED.length]).not.toContain("sport/cup-final.txt");
    expect(related[THEMED.length]?.slice(0, 2).map((key) => themeOf.get(key))).toEqual(["sport", "sport"]);
    for (const list of related) expect(list).not.toContain(copy.key);
    expect(related[1]).toContain("sport/cup-final.txt");
  });

  it("leaves out articles below the similarity asked for", () => {
    const loose = relatedOf(THEMED, { minSimilarity: 0 }).related;
    const strict = relatedOf(THEMED, { minSimilarity: 0.3 }).related;
    expect(strict.flat().length).toBeLessThan(loose.flat().length);
    strict.forEach((list, i) => expect(loose[i]?.slice(0, list.length)).toEqual(list));
  });

  it("breaks ties by key: two articles with the same words in another order are equally related", () => {
    const same = (key: string, text: string): FixtureArticle => ({ key, theme: "economy", title: "", text });
    const articles = [
      same("z.txt", "Tariffs hurt exporters. Exporters cut jobs as tariffs rise."),
      same("a.txt", "Exporters cut jobs as tariffs rise. Tariffs hurt exporters."),
      same("m.txt", "Tariffs and exporters: the tariffs debate."),
      ...THEMED,
    ];
    for (const order of [articles, [...articles].reverse()]) {
      const { groups, related } = relatedOf(order);
      expect(groups).toEqual([]);
      expect(related[order.findIndex((a) => a.key === "m.txt")]?.slice(0, 2)).toEqual(["a.txt", "z.txt"]);
    }
  });

  it("gives the same related articles whatever the order of the archive", () => {
    const forward = relatedOf([...THEMED, copy], { minSimilarity: 0 }).related;
    const backward = relatedOf([...THEMED, copy].reverse(), { minSimilarity: 0 }).related;
    expect([...backward].reverse()).toEqual(forward);
  });
});
