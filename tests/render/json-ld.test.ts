import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { articleJsonLd, listingJsonLd, serializeJsonLd } from "../../src/render/json-ld.ts";
import { makeArticle, makeSite } from "./factory.ts";

const url = "https://example.org/news/articles/a/";

describe("articleJsonLd", () => {
  const site = makeSite({ baseUrl: "https://example.org/news/" });

  it("describes a NewsArticle with everything known", () => {
    const article = makeArticle({ title: "Minister to visit", words: 612, tags: ["defence"], lang: "en-GB" });
    expect(JSON.parse(articleJsonLd(article, url, site))).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Minister to visit",
      description: article.description,
      wordCount: 612,
      inLanguage: "en-GB",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      publisher: { "@type": "Organization", name: "The Daily Example" },
      datePublished: "2022-04-21",
      author: { "@type": "Person", name: "Jane Reporter" },
      keywords: ["defence"],
    });
  });

  it("has the site publish an article of unknown source, and no date or author it does not know", () => {
    const data = JSON.parse(articleJsonLd(makeArticle({ publisher: null, date: null, author: null, tags: [] }), url, site));
    expect(data.publisher).toEqual({ "@type": "Organization", name: "The Example Archive", url: "https://example.org/news/" });
    expect(data).not.toHaveProperty("datePublished");
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("keywords");
  });

  it("cannot end its script element early, and parses back to the same text", () => {
    const title = "</script><script>alert(1)</script><!--";
    const json = articleJsonLd(makeArticle({ title }), url, site);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe(title);
    const $ = cheerio.load(`<script type="application/ld+json">${json}</script>`);
    expect($("script")).toHaveLength(1);
    expect(JSON.parse($("script").text()).headline).toBe(title);
  });
});

describe("listingJsonLd", () => {
  it("names the site and this page as part of it", () => {
    const data = JSON.parse(listingJsonLd("Page 2 of 3", "News", "../../page/2/", makeSite(), "page/2/"));
    const [website, page] = data["@graph"];
    expect(website).toMatchObject({ "@type": "WebSite", name: "The Example Archive", url: "../../" });
    expect(page).toMatchObject({ "@type": "CollectionPage", "@id": "../../page/2/", name: "Page 2 of 3", isPartOf: { "@id": website["@id"] } });
  });
});

describe("serializeJsonLd", () => {
  it("escapes every <", () => {
    expect(serializeJsonLd({ a: "<<b>" })).toBe('{"a":"\\u003c\\u003cb>"}');
  });
});
