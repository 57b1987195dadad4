import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listedArticle, siteUnitBatches, siteUnitCount, writeSiteUnits, type SitePagesInput } from "../../src/render/site-pages.ts";
import type { Collection } from "../../src/types.ts";
import { createTemplates } from "../../src/render/index.ts";
import { makeArticles, makeSite } from "./factory.ts";

function input(collectionSizes: number[]): SitePagesInput {
  const articles = makeArticles(120).map(listedArticle);
  const collections = collectionSizes.map((size, i): Collection => ({
    kind: i % 2 === 0 ? "place" : "topic",
    name: `Name ${i}`,
    path: `${i % 2 === 0 ? "places" : "topics"}/name-${i}/`,
    articles: Array.from({ length: size }, (_, k) => (k * 7 + i) % articles.length),
  }));
  return { articles, collections, site: makeSite(), pageSize: 10 };
}

describe("site units in batches", () => {
  it("holds every unit once, in order, the archive alone first, each batch about the pages asked for", () => {
    const pages = input([100, 3, 3, 3, 3, 3, 50, 2, 2, 2]);
    const batches = siteUnitBatches(pages, 12);
    expect(batches.flat()).toEqual(Array.from({ length: siteUnitCount(pages) }, (_, unit) => unit));
    expect(batches[0]).toEqual([0]);
    // 100 articles at 10 a page and two feeds: a batch of its own; the 3-article ones (1 page and 2 feeds) go four to a batch.
    expect(batches[1]).toEqual([1]);
    expect(batches[2]).toEqual([2, 3, 4, 5]);
    // 5 pages and 2 feeds, then 3, then 3: past 12 with the third.
    expect(batches[3]).toEqual([6, 7, 8]);
  });

  it("write, batch by batch, what one pass over every unit writes", () => {
    const pages = input([30, 5, 12, 1, 44]);
    const templates = createTemplates(resolve(import.meta.dirname, "../../templates"));
    const all: string[] = [];
    const whole = writeSiteUnits(pages, Array.from({ length: siteUnitCount(pages) }, (_, u) => u), templates, (page) => all.push(page.outputPath));
    const dealt: string[] = [];
    const parts = siteUnitBatches(pages, 5).reverse().flatMap((units) => writeSiteUnits(pages, units, templates, (page) => dealt.push(page.outputPath)));
    expect(dealt.sort()).toEqual([...all].sort());
    expect(parts.sort((a, b) => a[0] - b[0])).toEqual(whole);
  });
});
