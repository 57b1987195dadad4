import { describe, expect, it } from "vitest";
import { listingViews } from "../../src/render/listing-views.ts";
import { makeArticle, makeArticles, makeSite } from "./factory.ts";

const site = makeSite();

describe("listingViews", () => {
  it("makes one empty front page for an empty archive", () => {
    const pages = listingViews([], site, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ outputPath: "index.html", number: 1, total: 1, items: [], previous: null, next: null });
  });

  it("puts one article on one page", () => {
    const pages = listingViews(makeArticles(1), site, 10);
    expect(pages.map((page) => page.items.length)).toEqual([1]);
  });

  it("makes no empty extra page when the articles fill the last page exactly", () => {
    const pages = listingViews(makeArticles(10), site, 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.next).toBeNull();
  });

  it("starts a second page at pageSize + 1", () => {
    const articles = makeArticles(11);
    const pages = listingViews(articles, site, 10);
    expect(pages.map((page) => [page.outputPath, page.items.length, page.total])).toEqual([
      ["index.html", 10, 2],
      ["page/2/index.html", 1, 2],
    ]);
    expect(pages[1]?.items[0]?.title).toBe(articles[10]?.title);
  });

  it("links pages relative to where each one is", () => {
    const [first, second, third] = listingViews(makeArticles(5), site, 2);
    expect(first).toMatchObject({ path: "", root: "", home: "./", previous: null, next: "page/2/" });
    expect(second).toMatchObject({ path: "page/2/", root: "../../", home: "../../", previous: "../../", next: "../../page/3/" });
    expect(third).toMatchObject({ previous: "../../page/2/", next: null });
  });

  it("links articles relative to the page", () => {
    const [first, second] = listingViews([makeArticle({ slug: "a" }), makeArticle({ slug: "b" })], site, 1);
    expect(first?.items[0]?.href).toBe("articles/a/");
    expect(second?.items[0]?.href).toBe("../../articles/b/");
  });

  it("summarises each article with its date, or none", () => {
    const [page] = listingViews([makeArticle({ title: "Dated" }), makeArticle({ title: "Undated", date: null, lang: "fr" })], site, 10);
    expect(page?.items[0]).toMatchObject({ title: "Dated", lang: "en", date: { iso: "2022-04-21", display: "21 April 2022" } });
    expect(page?.items[1]).toMatchObject({ title: "Undated", lang: "fr", date: null });
  });

  it("gives every page its own title and canonical URL", () => {
    const pages = listingViews(makeArticles(3), makeSite({ baseUrl: "https://example.org/news/" }), 2);
    expect(pages.map((page) => page.canonical)).toEqual(["https://example.org/news/", "https://example.org/news/page/2/"]);
    expect(pages.map((page) => page.pageTitle)).toEqual(["The Example Archive", "Page 2 of 2 – The Example Archive"]);
  });

  it("refuses a page size that is not a whole number of at least 1", () => {
    expect(() => listingViews([], site, 0)).toThrow(RangeError);
    expect(() => listingViews([], site, 2.5)).toThrow(RangeError);
  });
});
