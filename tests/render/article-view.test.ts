import { describe, expect, it } from "vitest";
import { articleContext, articleView } from "../../src/render/article-view.ts";
import { makeArticle, makeContext, makeSite } from "./factory.ts";

const body = "<p>Body</p>";
const alone = makeContext();

describe("articleView", () => {
  it("links relative to articles/<slug>/", () => {
    const newer = makeArticle({ slug: "newer", title: "Newer story" });
    const older = makeArticle({ slug: "older", title: "Older story" });
    const view = articleView(makeArticle({ slug: "this" }), body, makeContext({ previous: newer, next: older }), makeSite());
    expect(view.path).toBe("articles/this/");
    expect(view.root).toBe("../../");
    expect(view.home).toBe("../../");
    expect(view.previous).toEqual({ href: "../../articles/newer/", title: "Newer story" });
    expect(view.next).toEqual({ href: "../../articles/older/", title: "Older story" });
  });

  it("has no neighbour links at the ends of the archive", () => {
    const view = articleView(makeArticle(), body, alone, makeSite());
    expect(view.previous).toBeNull();
    expect(view.next).toBeNull();
  });

  it("has an absolute canonical URL with a base URL", () => {
    const view = articleView(makeArticle({ slug: "x" }), body, alone, makeSite({ baseUrl: "https://example.org/news/" }));
    expect(view.canonical).toBe("https://example.org/news/articles/x/");
    expect(view.meta.find((tag) => tag.key === "og:url")?.content).toBe(view.canonical);
    expect(JSON.parse(view.jsonLd ?? "{}").url).toBe(view.canonical);
  });

  it("has a canonical URL relative to the page without one, so it holds under any sub-path", () => {
    const view = articleView(makeArticle({ slug: "x" }), body, alone, makeSite());
    expect(view.canonical).toBe("../../articles/x/");
    expect(view.meta.find((tag) => tag.key === "og:url")?.content).toBe("../../articles/x/");
    expect(new URL(view.canonical ?? "", "https://host.example/news/articles/x/").pathname).toBe("/news/articles/x/");
  });

  it("formats what the template prints, in the article's language", () => {
    const view = articleView(makeArticle({ title: "T", words: 1234, readingMinutes: 6, lang: "de" }), body, alone, makeSite());
    expect(view.pageTitle).toBe("T – The Example Archive");
    expect(view.lang).toBe("de");
    expect(view.article).toMatchObject({
      title: "T",
      date: { iso: "2022-04-21", display: "21. April 2022" },
      wordsDisplay: "1.234 words",
      readingTime: "6 min read",
      author: "Jane Reporter",
      publisher: "The Daily Example",
      bodyHtml: body,
    });
  });

  it("gives an undated article no date anywhere", () => {
    const view = articleView(makeArticle({ date: null }), body, alone, makeSite({ baseUrl: "https://example.org/" }));
    expect(view.article.date).toBeNull();
    expect(view.meta.map((tag) => tag.key)).not.toContain("article:published_time");
    expect(JSON.parse(view.jsonLd ?? "{}")).not.toHaveProperty("datePublished");
    expect(JSON.stringify(view)).not.toMatch(/\d{4}-\d{2}/);
  });

  it("falls back to the site description for an article without one", () => {
    const view = articleView(makeArticle({ description: "" }), body, alone, makeSite());
    expect(view.description).toBe("Twenty years of local news.");
  });
});

describe("articleContext", () => {
  const listed = [
    makeArticle({ slug: "first", title: "First", date: { iso: "2022-04-21", day: "2022-04-21", precision: "day", from: "front-matter" } }),
    makeArticle({ slug: "second", title: "Second", lang: "fr" }),
    makeArticle({ slug: "third", title: "Third", date: null }),
  ];
  const collections = [
    { kind: "person" as const, name: "Nobuo Kishi", path: "people/nobuo-kishi/", articles: [0, 2] },
    { kind: "topic" as const, name: "Defence", path: "topics/defence/", articles: [0, 2] },
  ];

  it("resolves a page job's indexes into its neighbours, month, collections, related stories and copies", () => {
    const context = articleContext(listed, collections, 0, { collections: [1, 0], related: [1], original: null, copies: [2] }, "en", true);
    expect(context).toEqual({
      previous: null,
      next: { title: "Second", path: "articles/second/" },
      month: { title: "April 2022", path: "archive/2022/04/" },
      collections: [
        { kind: "topic", title: "Defence", path: "topics/defence/" },
        { kind: "person", title: "Nobuo Kishi", path: "people/nobuo-kishi/" },
      ],
      related: [{ title: "Second", path: "articles/second/", date: listed[1]!.date, lang: "fr" }],
      original: null,
      copies: [{ title: "Third", path: "articles/third/" }],
    });
  });

  it("links a copy to its original, the last article to no next one, and no month without archives", () => {
    const context = articleContext(listed, collections, 2, { collections: [], related: [], original: 0, copies: [] }, "en", false);
    expect(context.previous).toEqual({ title: "Second", path: "articles/second/" });
    expect(context.next).toBeNull();
    expect(context.month).toBeNull();
    expect(context.original).toEqual({ title: "First", path: "articles/first/" });
    expect(articleContext(listed, collections, 2, { collections: [], related: [], original: null, copies: [] }, "en", true).month).toEqual({ title: "undated articles", path: "archive/undated/" });
  });

  it("says so when a job points past the listed articles", () => {
    expect(() => articleContext(listed, collections, 3, { collections: [], related: [], original: null, copies: [] }, "en", true)).toThrow(/no listed article 3 of 3/);
  });
});
