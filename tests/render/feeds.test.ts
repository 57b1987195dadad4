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

/** Fails unless the feed and every entry hold what RFC 4287 requires of them (§4.1.1, §4.1.2), once each. */
function assertAtomShape(xml: string): void {
  const $ = cheerio.load(xml, { xml: true });
  const feed = $("feed");
  expect(feed.attr("xmlns")).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated", 'link[rel="self"]', 'link[rel="alternate"]']) {
    expect(feed.children(name), `feed > ${name}`).toHaveLength(1);
  }
  const feedAuthors = feed.children("author").length;
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  expect(feed.children("updated").text()).toMatch(rfc3339);
  for (const entry of $("feed > entry").toArray()) {
    for (const name of ["id", "title", "updated", 'link[rel="alternate"]']) expect($(entry).children(name), `entry > ${name}`).toHaveLength(1);
    expect($(entry).children("published").length).toBeLessThanOrEqual(1);
    expect($(entry).children("author").length + feedAuthors).toBeGreaterThan(0);
    for (const date of $(entry).children("updated, published").toArray()) expect($(date).text()).toMatch(rfc3339);
  }
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
      expect(item!.categories.map((category) => category.term)).toEqual(article.tags);
      // The text's <link> stays text: the only links are the feed's own three.
      const hrefs = cheerio.load(xml, { xml: true })("link").toArray().map((link) => link.attribs.href);
      expect(hrefs).toHaveLength(3);
      expect(hrefs.filter((href) => href?.includes("broadsheet.invalid"))).toEqual([]);
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

describe("renderFeeds writes complete Atom 1.0 and JSON Feed 1.1", () => {
  const dated = (day: string, n: number) => makeArticle({ title: `Dated ${n}`, date: onDay(day) });
  const collections: Record<string, Article[]> = {
    "no entries": [],
    "one dated entry": [dated("2022-04-21", 1)],
    "one undated entry": [makeArticle({ date: null, author: null })],
    "50 entries, dated and undated": order([...daily(40), ...Array.from({ length: 15 }, () => makeArticle({ date: null }))]),
  };

  for (const [name, articles] of Object.entries(collections)) {
    for (const site of [withBase, noBase]) {
      it(`${name} (${site.baseUrl ?? "no base URL"})`, () => {
        const pages = renderFeeds({ title: "Collection", path: "topics/x/", articles }, site);
        const xml = page(pages, "topics/x/feed.xml");
        assertWellFormed(xml);
        assertAtomShape(xml);
        const expected = articles.slice(0, feedSize).map((article) => article.title);
        expect(parseFeed(xml).items.map((item) => item.title)).toEqual(expected);
        if (site.baseUrl === null) return;
        const json = JSON.parse(page(pages, "topics/x/feed.json"));
        expect(Object.keys(json)).toEqual(["version", "title", "home_page_url", "feed_url", "language", "items"]);
        expect(json.items.map((item: { title: string }) => item.title)).toEqual(expected);
        for (const item of json.items) {
          expect(typeof item.id === "string" && typeof item.url === "string" && typeof item.content_text === "string").toBe(true);
          // Optional fields are left out, never null.
          expect(Object.values(item).includes(null)).toBe(false);
        }
      });
    }
  }

  it("makes a one-entry feed exactly as new as its entry", () => {
    const xml = page(renderFeeds({ title: "One", path: "", articles: [dated("2023-06-30", 1)] }, withBase), "feed.xml");
    const feed = parseFeed(xml);
    expect(feed.updated?.toISOString()).toBe("2023-06-30T00:00:00.000Z");
    expect(feed.items[0]?.updated?.toISOString()).toBe("2023-06-30T00:00:00.000Z");
  });

  it("dates month ends, leap days and times as the instants they are", () => {
    const at = (iso: string, precision: ArticleDate["precision"]): ArticleDate => ({ iso, day: iso.slice(0, 10), precision, from: "front-matter" });
    const dates = [
      at("2024-02-29", "day"),
      at("2022-01-31", "day"),
      at("2022-04-30T23:30:00-04:00", "time"),
      at("2022-04-21T09:30", "time"), // no zone: UTC
      { iso: "2022-02", day: "2022-02-01", precision: "month", from: "folder" } as const,
    ];
    const articles = dates.map((date) => makeArticle({ date }));
    const pages = renderFeeds({ title: "Dates", path: "", articles }, withBase);
    const expected = ["2024-02-29T00:00:00.000Z", "2022-01-31T00:00:00.000Z", "2022-05-01T03:30:00.000Z", "2022-04-21T09:30:00.000Z", "2022-02-01T00:00:00.000Z"];
    expect(parseFeed(page(pages, "feed.xml")).items.map((item) => item.published?.toISOString())).toEqual(expected);
    expect(JSON.parse(page(pages, "feed.json")).items.map((item: { date_published: string }) => item.date_published)).toEqual(expected);
  });

  it("gives the feed the site's xml:lang, and an entry in another language its own", () => {
    const articles = [makeArticle({ lang: "ja" }), makeArticle({ lang: "en" })];
    const xml = page(renderFeeds({ title: "All", path: "", articles }, withBase), "feed.xml");
    const $ = cheerio.load(xml, { xml: true });
    expect($("feed").attr("xml:lang")).toBe("en");
    expect($("entry").toArray().map((entry) => $(entry).attr("xml:lang") ?? null)).toEqual(["ja", null]);
    expect(parseFeed(xml).language).toBe("en");
  });

  it("writes no summary for an article without a description, and content_text stays present", () => {
    const pages = renderFeeds({ title: "All", path: "", articles: [makeArticle({ description: "" })] }, withBase);
    expect(cheerio.load(page(pages, "feed.xml"), { xml: true })("entry > summary")).toHaveLength(0);
    const [item] = JSON.parse(page(pages, "feed.json")).items;
    expect(item.content_text).toBe("");
    expect(item).not.toHaveProperty("summary");
  });

  it("percent-encodes a path that is not a plain slug, in absolute and relative links alike", () => {
    const article = makeArticle({ path: "articles/café au lait/" });
    const withBasePages = renderFeeds({ title: "All", path: "topics/x/", articles: [article] }, withBase);
    const url = `${base}articles/caf%C3%A9%20au%20lait/`;
    expect(parseFeed(page(withBasePages, "topics/x/feed.xml")).items[0]).toMatchObject({ id: url, url });
    expect(JSON.parse(page(withBasePages, "topics/x/feed.json")).items[0]).toMatchObject({ id: url, url });
    const relative = parseFeed(page(renderFeeds({ title: "All", path: "topics/x/", articles: [article] }, noBase), "topics/x/feed.xml"));
    expect(relative.items[0]?.url).toBe("../../articles/caf%C3%A9%20au%20lait/");
  });
});

describe("renderFeeds with characters XML cannot hold", () => {
  // Each is illegal anywhere in an XML 1.0 document. The surrogates are apart: together they would be one valid character.
  const illegal = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F \uD800 \uDC00 \uFFFE\uFFFF";
  const strip = (text: string) => text.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, "");
  const emojiAndRtl = "📰 👩🏽‍💻 خبر عاجل: القدس — עברית \u202Eevil\u202C";
  const title = `Breaking${illegal}\t${emojiAndRtl} & <b>`;
  const description = `First line${illegal}\r\nsecond line`;
  const article = makeArticle({ title, description, author: `Ana${illegal}end`, tags: [`tab\tand\nnewline ${illegal}end`, "ok"], lang: "ar" });

  for (const site of [withBase, noBase]) {
    it(`leaves them out of Atom and keeps the rest exactly (${site.baseUrl ?? "no base URL"})`, () => {
      const xml = page(renderFeeds({ title: `Feed${illegal}end`, path: "", articles: [article] }, site), "feed.xml");
      assertWellFormed(xml);
      const feed = parseFeed(xml);
      expect(feed.title).toBe(strip(`Feed${illegal}end`));
      const [item] = feed.items;
      expect(item!.title).toBe(strip(title));
      expect(item!.title).toContain(emojiAndRtl);
      // A carriage return survives as a reference (a raw one would be read as a newline).
      expect(item!.description).toBe(strip(description));
      expect(item!.authors.map((author) => author.name)).toEqual([strip(`Ana${illegal}end`)]);
      // In an attribute, tabs and newlines are written as the spaces XML would make of them anyway.
      expect(item!.categories.map((category) => category.term)).toEqual([strip(`tab and newline ${illegal}end`), "ok"]);
    });
  }

  it("keeps them in JSON Feed, escaped, except lone surrogates", () => {
    const text = page(renderFeeds({ title: `Feed${illegal}end`, path: "", articles: [article] }, withBase), "feed.json");
    expect(text).not.toMatch(/\\ud[89a-f]/i);
    const json = JSON.parse(text);
    const withoutSurrogates = (value: string) => value.replace(/[\uD800-\uDFFF]/gu, "");
    expect(json.title).toBe(withoutSurrogates(`Feed${illegal}end`));
    expect(json.items[0]).toMatchObject({
      title: withoutSurrogates(title),
      content_text: withoutSurrogates(description),
      authors: [{ name: withoutSurrogates(`Ana${illegal}end`) }],
      tags: [withoutSurrogates(article.tags[0]!), "ok"],
      language: "ar",
    });
    expect(json.items[0].title).toContain(emojiAndRtl);
  });
});
