import { execFileSync } from "node:child_process";
import { parseFeed } from "@rowanmanning/feed-parser";
import * as cheerio from "cheerio";
import { afterEach, describe, expect, it, vi } from "vitest";
import { order } from "../../src/enrich/order.ts";
import { feedLinks, feedSize, renderFeeds } from "../../src/render/feeds.ts";
import type { Article, ArticleDate, Page } from "../../src/types.ts";
import { makeArticle, makeSite } from "./factory.ts";

const base = "https://example.org/news/";
const withBase = makeSite({ baseUrl: base });
const noBase = makeSite();

const onDay = (day: string): ArticleDate => ({ iso: day, day, precision: "day", from: "front-matter" });

/** `count` articles on consecutive days from 1 January 2022, in front-page order. */
function daily(count: number): Article[] {
  const day = (n: number) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);
  return order(Array.from({ length: count }, (_, n) => makeArticle({ date: onDay(day(n)) })));
}

function page(pages: Page[], outputPath: string): string {
  const found = pages.find((p) => p.outputPath === outputPath);
  if (found === undefined) throw new Error(`no ${outputPath} among ${pages.map((p) => p.outputPath).join(", ")}`);
  return found.content;
}

/** Throws (failing the test) with xmllint's message unless `xml` is well-formed. */
function assertWellFormed(xml: string): void {
  execFileSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
}

/** The value of an Atom element as XML gives it (before any HTML decoding a reader does for type="html"). */
const atomValue = (xml: string, selector: string) => cheerio.load(xml, { xml: true })(selector).first().text();

/** The text an HTML value shows as, and how many elements it would create. */
function asHtml(html: string): { text: string; elements: number } {
  const $ = cheerio.load(`<div id="value">${html}</div>`, null, false);
  return { text: $("#value").text(), elements: $("#value *").length };
}

afterEach(() => vi.useRealTimers());

describe("renderFeeds with a base URL", () => {
  const articles = order([
    makeArticle({ title: "Oldest", date: onDay("2021-03-04"), tags: ["defence", "Japan"] }),
    makeArticle({
      title: "Newest",
      date: { iso: "2022-04-21T09:30:00+09:00", day: "2022-04-21", precision: "time", from: "front-matter" },
    }),
    makeArticle({ title: "Undated", date: null, author: null, tags: [] }),
    makeArticle({ title: "Month", date: { iso: "2022-02", day: "2022-02-01", precision: "month", from: "folder" } }),
  ]);
  const pages = renderFeeds({ title: "Japan – The Example Archive", path: "topics/japan/", articles }, withBase);

  it("writes Atom and JSON Feed beside the collection page", () => {
    expect(pages.map((p) => p.outputPath)).toEqual(["topics/japan/feed.xml", "topics/japan/feed.json"]);
  });

  it("writes well-formed Atom that a real parser reads back entry by entry, in order", () => {
    const xml = page(pages, "topics/japan/feed.xml");
    assertWellFormed(xml);
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Japan – The Example Archive");
    expect(feed.url).toBe(`${base}topics/japan/`);
    expect(feed.self).toBe(`${base}topics/japan/feed.xml`);
    expect(feed.updated?.toISOString()).toBe("2022-04-21T00:30:00.000Z");
    expect(feed.items.map((item) => item.title)).toEqual(["Newest", "Month", "Oldest", "Undated"]);
    const [newest, month, oldest, undated] = feed.items;
    const url = `${base}${articles[0]!.path}`;
    expect(newest).toMatchObject({ id: url, url, description: articles[0]!.description });
    expect(newest?.published?.toISOString()).toBe("2022-04-21T00:30:00.000Z");
    expect(month?.published?.toISOString()).toBe("2022-02-01T00:00:00.000Z");
    expect(oldest?.authors.map((author) => author.name)).toEqual(["Jane Reporter"]);
    expect(oldest?.categories.map((category) => category.term)).toEqual(["defence", "Japan"]);
    expect(undated?.published).toBeNull();
    expect(undated?.updated?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    // An article with no author falls back to the feed's author, the site, as Atom requires one.
    expect(undated?.authors.map((author) => author.name)).toEqual(["The Example Archive"]);
  });

  it("writes JSON Feed 1.1 with absolute URLs and dates only where known", () => {
    const json = JSON.parse(page(pages, "topics/japan/feed.json"));
    expect(json).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Japan – The Example Archive",
      home_page_url: `${base}topics/japan/`,
      feed_url: `${base}topics/japan/feed.json`,
      language: "en",
    });
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(["Newest", "Month", "Oldest", "Undated"]);
    expect(json.items[0]).toEqual({
      id: `${base}${articles[0]!.path}`,
      url: `${base}${articles[0]!.path}`,
      title: "Newest",
      content_text: articles[0]!.description,
      summary: articles[0]!.description,
      date_published: "2022-04-21T00:30:00.000Z",
      authors: [{ name: "Jane Reporter" }],
      tags: ["politics", "defence"],
    });
    expect(json.items[3]).not.toHaveProperty("date_published");
    expect(json.items[3]).not.toHaveProperty("authors");
    expect(json.items[3]).not.toHaveProperty("tags");
    for (const item of json.items) expect(typeof item.content_text === "string" && typeof item.id === "string").toBe(true);
  });

  it("holds the newest 50 articles, newest first", () => {
    const many = daily(feedSize + 10);
    const feeds = renderFeeds({ title: "All", path: "", articles: many }, withBase);
    const atom = parseFeed(page(feeds, "feed.xml"));
    const json = JSON.parse(page(feeds, "feed.json"));
    const newest = many.slice(0, feedSize).map((article) => article.title);
    expect(atom.items.map((item) => item.title)).toEqual(newest);
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(newest);
    expect(atom.updated?.toISOString()).toBe(`${many[0]!.date!.day}T00:00:00.000Z`);
  });

  it("marks an article in another language than the site's", () => {
    const pages = renderFeeds({ title: "All", path: "", articles: [makeArticle({ lang: "ja" })] }, withBase);
    const json = JSON.parse(page(pages, "feed.json"));
    expect(json.items[0].language).toBe("ja");
  });
});

describe("renderFeeds with hostile text", () => {
  const title = `Fish & "chips" </title><script>alert(1)</script> ]]> <link href="https://broadsheet.invalid/x">`;
  const description = "<b>bold</b> & </summary>";
  const article = makeArticle({ title, description, author: "A <b>&</b>", tags: ["a<b", "x&y", 'say "hi"'] });

  for (const site of [withBase, noBase]) {
    it(`keeps titles, summaries, authors and tags as text (${site.baseUrl ?? "no base URL"})`, () => {
      const feedTitle = `Feed </title> & <link href="${base}">`;
      const xml = page(renderFeeds({ title: feedTitle, path: "", articles: [article] }, site), "feed.xml");
      assertWellFormed(xml);
      const feed = parseFeed(xml);
      expect(feed.title).toBe(feedTitle);
      const [item] = feed.items;
      expect(item!.title).toBe(title);
      expect(item!.description).toBe(description);
      // Both are type="html": shown as HTML, they must read as the text and make no elements.
      expect(asHtml(atomValue(xml, "entry > title"))).toEqual({ text: title, elements: 0 });
      expect(asHtml(atomValue(xml, "entry > summary"))).toEqual({ text: description, elements: 0 });
      expect(item!.authors.map((author) => author.name)).toEqual(["A <b>&</b>"]);
      // A tag with "<" is left out of Atom (the feed package cannot escape it in an attribute).
      expect(item!.categories.map((category) => category.term)).toEqual(["x&y", 'say "hi"']);
      expect(xml).not.toMatch(/href="https:\/\/broadsheet\.invalid/);
    });
  }

  it("keeps them exactly in JSON Feed", () => {
    const json = JSON.parse(page(renderFeeds({ title: "T", path: "", articles: [article] }, withBase), "feed.json"));
    expect(json.items[0]).toMatchObject({ title, content_text: description, authors: [{ name: "A <b>&</b>" }], tags: article.tags });
  });
});

describe("renderFeeds without a base URL", () => {
  const articles = daily(3);
  const source = { title: "Japan", path: "topics/japan/", articles };

  it("writes only Atom, with urn:uuid ids and links relative to the feed", () => {
    const pages = renderFeeds(source, noBase);
    expect(pages.map((p) => p.outputPath)).toEqual(["topics/japan/feed.xml"]);
    const xml = page(pages, "topics/japan/feed.xml");
    assertWellFormed(xml);
    const feed = parseFeed(xml);
    const feedId = atomValue(xml, "feed > id");
    const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(feedId).toMatch(uuid);
    for (const item of feed.items) expect(item.id).toMatch(uuid);
    expect(new Set([feedId, ...feed.items.map((item) => item.id)]).size).toBe(4);
    // Wherever the site is served, a link resolved against the feed's own URL reaches the article.
    const feedUrl = "https://anywhere.example/sub/dir/topics/japan/feed.xml";
    const resolved = feed.items.map((item) => new URL(item.url!, feedUrl).href);
    expect(resolved).toEqual(articles.map((article) => `https://anywhere.example/sub/dir/${article.path}`));
    expect(new URL(feed.url!, feedUrl).href).toBe("https://anywhere.example/sub/dir/topics/japan/");
    expect(new URL(feed.self!, feedUrl).href).toBe(feedUrl);
  });

  it("keeps ids from build to build, and gives another site or page other ids", () => {
    const ids = (xml: string) => [atomValue(xml, "feed > id"), ...parseFeed(xml).items.map((item) => item.id)];
    const first = ids(page(renderFeeds(source, noBase), "topics/japan/feed.xml"));
    expect(ids(page(renderFeeds(source, makeSite()), "topics/japan/feed.xml"))).toEqual(first);
    const other = ids(page(renderFeeds(source, makeSite({ title: "Another archive" })), "topics/japan/feed.xml"));
    expect(other.filter((id) => first.includes(id))).toEqual([]);
    const elsewhere = ids(page(renderFeeds({ ...source, path: "" }, noBase), "feed.xml"));
    expect(elsewhere[0]).not.toBe(first[0]);
  });

  it("links the front page's feed to the front page as ./", () => {
    const feed = parseFeed(page(renderFeeds({ title: "All", path: "", articles }, noBase), "feed.xml"));
    expect(feed.url).toBe("./");
    expect(feed.items[0]?.url).toBe(articles[0]!.path);
  });
});

describe("renderFeeds is deterministic", () => {
  it("reads no clock, even when no article is dated", () => {
    const undated = [makeArticle({ date: null })];
    const at = (time: string) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(time));
      return renderFeeds({ title: "T", path: "", articles: undated }, withBase);
    };
    const first = at("2030-01-01T00:00:00Z");
    expect(at("2031-06-15T12:00:00Z")).toEqual(first);
    expect(parseFeed(page(first, "feed.xml")).updated?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("writes a valid empty feed for a collection with no articles", () => {
    const xml = page(renderFeeds({ title: "Empty", path: "", articles: [] }, withBase), "feed.xml");
    assertWellFormed(xml);
    expect(parseFeed(xml).items).toEqual([]);
  });
});

describe("feedLinks", () => {
  it("announces both feeds with a base URL, relative to the page they are on", () => {
    expect(feedLinks({ title: "Japan", path: "topics/japan/" }, withBase)).toEqual([
      { rel: "alternate", type: "application/atom+xml", title: "Japan (Atom)", href: "../../topics/japan/feed.xml" },
      { rel: "alternate", type: "application/feed+json", title: "Japan (JSON Feed)", href: "../../topics/japan/feed.json" },
    ]);
    const fromArticle = feedLinks({ title: "All", path: "" }, withBase, "../../");
    expect(fromArticle.map((link) => link.href)).toEqual(["../../feed.xml", "../../feed.json"]);
  });

  it("announces only the Atom feed without a base URL, matching the files written", () => {
    const links = feedLinks({ title: "All", path: "" }, noBase);
    expect(links).toEqual([{ rel: "alternate", type: "application/atom+xml", title: "All (Atom)", href: "feed.xml" }]);
    const written = renderFeeds({ title: "All", path: "", articles: [] }, noBase).map((p) => p.outputPath);
    expect(links.map((link) => link.href)).toEqual(written);
  });
});
