import { describe, expect, it } from "vitest";
import { articleMeta, listingMeta, ogLocale } from "../../src/render/meta.ts";
import type { MetaTag } from "../../src/render/views.ts";
import { makeArticle, makeSite } from "./factory.ts";

const values = (tags: MetaTag[], key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);

describe("articleMeta", () => {
  const site = makeSite({ baseUrl: "https://example.org/news/" });
  const url = "https://example.org/news/articles/a/";

  it("describes a dated article with author and tags", () => {
    const article = makeArticle({ title: "Minister to visit", tags: ["defence", "japan"], lang: "en-GB" });
    const tags = articleMeta(article, url, site);
    expect(values(tags, "og:type")).toEqual(["article"]);
    expect(values(tags, "og:title")).toEqual(["Minister to visit"]);
    expect(values(tags, "og:url")).toEqual([url]);
    expect(values(tags, "og:site_name")).toEqual(["The Example Archive"]);
    expect(values(tags, "og:description")).toEqual([article.description]);
    expect(values(tags, "og:locale")).toEqual(["en_GB"]);
    expect(values(tags, "article:published_time")).toEqual(["2022-04-21"]);
    expect(values(tags, "article:author")).toEqual(["Jane Reporter"]);
    expect(values(tags, "article:tag")).toEqual(["defence", "japan"]);
    expect(values(tags, "twitter:card")).toEqual(["summary"]);
  });

  it("uses property for OpenGraph and name for Twitter", () => {
    const tags = articleMeta(makeArticle(), url, site);
    for (const tag of tags) expect(tag.attribute).toBe(tag.key.startsWith("twitter:") ? "name" : "property");
  });

  it("leaves out what is not known instead of guessing", () => {
    const tags = articleMeta(makeArticle({ date: null, author: null, tags: [], description: "", lang: "en" }), url, site);
    const keys = tags.map((tag) => tag.key);
    for (const key of ["article:published_time", "article:author", "article:tag", "og:description", "og:locale"]) {
      expect(keys).not.toContain(key);
    }
  });
});

describe("listingMeta", () => {
  it("describes a website", () => {
    const tags = listingMeta("Page 2 of 3", "News", "/page/2/", makeSite());
    expect(values(tags, "og:type")).toEqual(["website"]);
    expect(values(tags, "og:url")).toEqual(["/page/2/"]);
    expect(values(tags, "og:title")).toEqual(["Page 2 of 3"]);
    expect(values(tags, "twitter:card")).toEqual(["summary"]);
  });
});

describe("ogLocale", () => {
  it("turns language-region into OpenGraph's form and drops a bare language", () => {
    expect(ogLocale("pt-br")).toBe("pt_BR");
    expect(ogLocale("en")).toBeNull();
    expect(ogLocale("zh-Hant-TW")).toBeNull();
  });
});
