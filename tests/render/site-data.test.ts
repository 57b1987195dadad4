import { describe, expect, it } from "vitest";
import { BroadsheetError } from "../../src/errors.ts";
import { siteData } from "../../src/render/site-data.ts";
import { siteView } from "../../src/render/site-view.ts";
import { makeArticles, makeSite } from "./factory.ts";

const settings = { title: "T", description: "D", language: "en" };

describe("siteView", () => {
  it("takes the base path from the base URL", () => {
    expect(siteView({ ...settings, baseUrl: "https://example.org/news/" })).toMatchObject({ baseUrl: "https://example.org/news/", basePath: "/news/" });
    expect(siteView({ ...settings, baseUrl: "https://example.org" })).toMatchObject({ baseUrl: "https://example.org/", basePath: "/" });
    expect(siteView({ ...settings, baseUrl: "https://example.org/news?x=1" })).toMatchObject({ baseUrl: "https://example.org/news/", basePath: "/news/" });
  });

  it('uses "/" without a base URL', () => {
    expect(siteView({ ...settings, baseUrl: null })).toMatchObject({ baseUrl: null, basePath: "/" });
  });

  it("reports a base URL that is not one as a user error", () => {
    expect(() => siteView({ ...settings, baseUrl: "example.org/news" })).toThrow(BroadsheetError);
  });
});

describe("siteData", () => {
  it("has list pages, robots.txt and a 404 page linked from the base path", () => {
    const data = siteData(makeArticles(3), makeSite({ baseUrl: "https://example.org/news/" }), 2);
    expect(data.listings).toHaveLength(2);
    expect(data.robots).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n");
    expect(data.notFound).toMatchObject({ root: "/news/", home: "/news/", canonical: null, jsonLd: null });
    expect(data.search).toMatchObject({ path: "search/", root: "../" });
  });

  it("names no sitemap in robots.txt without a base URL, or without discovery (no sitemap is written then)", () => {
    expect(siteData([], makeSite(), 2).robots).toBe("User-agent: *\nAllow: /\n");
    const core = siteView({ title: "T", description: "D", language: "en", baseUrl: "https://example.org/" }, { discovery: false, search: false });
    expect(siteData([], core, 2).robots).toBe("User-agent: *\nAllow: /\n");
    expect(core.sections).toEqual([]);
    expect(core.feeds).toBe(false);
  });
});
