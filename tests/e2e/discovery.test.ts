// End to end, issue #3: the fixture archive's date archive, people/places/organizations, topics, related
// stories, near-duplicates, feeds, sitemap and robots.txt, checked in the built HTML, XML and JSON.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportArticle } from "../../src/types.ts";
import { sharedBuild } from "../helpers/build-fixture.ts";
import type { BuiltSite } from "../helpers/build-fixture.ts";
import { DUPLICATE_PAIR, makeArchive } from "../helpers/make-archive.ts";
import { fileForUrl, listFiles, loadPage, resolveHref, urlForFile } from "../helpers/site-files.ts";
import { REPO, removeTempDirs } from "../helpers/temp.ts";

const BASE_URL = "https://example.org/news/";
const SITEMAP_XSD = path.join(REPO, "node_modules/sitemap/schema/sitemap.xsd");
const run = promisify(execFile);

let site: BuiltSite;
let underBase: BuiltSite;

beforeAll(async () => {
  const archive = await makeArchive();
  [site, underBase] = await Promise.all([
    sharedBuild({ input: archive.input }),
    sharedBuild({ input: archive.input, baseUrl: BASE_URL, extraArgs: ["--page-size", "5"] }),
  ]);
}, 240_000);

afterAll(removeTempDirs);

const norm = (text: string): string => text.replace(/\s+/g, " ").trim();

function reported(built: BuiltSite, source: string): ReportArticle {
  const article = built.report.articles.find((a) => a.source === source);
  if (article === undefined) throw new Error(`${source} is not in the report`);
  return article;
}

async function page(built: BuiltSite, url: string, basePath = "/") {
  return loadPage(built.out, fileForUrl(url, basePath));
}

/** Site URLs of the articles a list page links to, in order. */
function listedUrls($: CheerioAPI, url: string): string[] {
  return $(".stories .story-title a").toArray().map((a) => resolveHref($(a).attr("href")!, url));
}

/** Every article URL on a paginated list, following its "next" links. */
async function wholeList(built: BuiltSite, first: string, basePath = "/"): Promise<string[]> {
  const urls: string[] = [];
  for (let url: string | null = first; url !== null; ) {
    const { $ } = await page(built, url, basePath);
    urls.push(...listedUrls($, url));
    const next = $(".pagination-next").attr("href");
    url = next === undefined ? null : resolveHref(next, url);
  }
  return urls;
}

/** Articles in front-page order: newest first, undated last. */
function newestFirst(built: BuiltSite, articles: ReportArticle[]): string[] {
  const order = built.report.articles;
  return articles.map((a) => a.url).sort((a, b) => frontPageIndex(order, a) - frontPageIndex(order, b));
}
const frontPageIndexes = new WeakMap<ReportArticle[], Map<string, number>>();
function frontPageIndex(order: ReportArticle[], url: string): number {
  let index = frontPageIndexes.get(order);
  if (index === undefined) {
    const sorted = [...order].sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
    index = new Map(sorted.map((a, i) => [a.url, i]));
    frontPageIndexes.set(order, index);
  }
  return index.get(url) ?? Infinity;
}

describe("date archive", () => {
  it("/archive/ lists every year with its article count, and the undated articles", async () => {
    const { $ } = await page(site, "/archive/");
    const byYear = new Map<string, number>();
    for (const a of site.report.articles) if (a.date !== null) byYear.set(a.date.slice(0, 4), (byYear.get(a.date.slice(0, 4)) ?? 0) + 1);
    const years = $(".year-title").toArray().map((h) => norm($(h).text()));
    expect(years).toEqual([...byYear].sort(([a], [b]) => (a < b ? 1 : -1)).map(([year, n]) => `${year} ${n} ${n === 1 ? "article" : "articles"}`));
    const undated = site.report.articles.filter((a) => a.date === null).length;
    expect(norm($(".undated-link").text())).toBe(`Undated articles ${undated} articles`);
  });

  it("year, month and undated pages list exactly that period's articles, newest first", async () => {
    const in2021 = site.report.articles.filter((a) => a.date?.startsWith("2021"));
    expect(await wholeList(site, "/archive/2021/")).toEqual(newestFirst(site, in2021));
    const october = site.report.articles.filter((a) => a.date?.startsWith("2021-10"));
    expect(october.length).toBeGreaterThanOrEqual(3);
    expect(await wholeList(site, "/archive/2021/10/")).toEqual(newestFirst(site, october));
    const undated = site.report.articles.filter((a) => a.date === null);
    expect(new Set(await wholeList(site, "/archive/undated/"))).toEqual(new Set(undated.map((a) => a.url)));
  });

  it("paginates a period under a base path, every article once", async () => {
    const in2021 = underBase.report.articles.filter((a) => a.date?.startsWith("2021"));
    expect(in2021.length).toBeGreaterThan(5);
    const listed = await wholeList(underBase, "/news/archive/2021/", "/news/");
    expect(listed).toEqual(newestFirst(underBase, in2021));
  });

  it("every article page links to its month's page, which lists it", async () => {
    for (const article of site.report.articles) {
      const { $ } = await page(site, article.url);
      const href = $("a.month-link").attr("href");
      expect(href, article.source).toBeDefined();
      const month = resolveHref(href!, article.url);
      expect(month, article.source).toBe(article.date === null ? "/archive/undated/" : `/archive/${article.date.slice(0, 4)}/${article.date.slice(5, 7)}/`);
      expect(await wholeList(site, month), article.source).toContain(article.url);
    }
  });
});

describe("people, places and organizations", () => {
  const seed = "000_ec386b1c77c78933.txt";

  it("give the seed article's people, places and organizations pages that list it", async () => {
    const url = reported(site, seed).url;
    const expected = {
      people: ["Nobuo Kishi", "Lloyd Austin", "Yoshimasa Hayashi", "Antony Blinken"],
      places: ["Japan", "United States", "Russia", "Ukraine", "China", "Taiwan", "North Korea"],
      organizations: ["United Nations"],
    };
    const { $ } = await page(site, url);
    for (const [folder, names] of Object.entries(expected)) {
      for (const name of names) {
        const link = $(`.article-footer a`).filter((_, a) => norm($(a).text()) === name);
        expect(link, `${name} linked from the seed article`).toHaveLength(1);
        const target = resolveHref(link.attr("href")!, url);
        expect(target, name).toMatch(new RegExp(`^/${folder}/[a-z0-9-]+/$`));
        const entity = await page(site, target);
        expect(norm(entity.$("h1").text())).toBe(name);
        expect(listedUrls(entity.$, target)).toContain(url);
      }
    }
  });

  it("make no page for a weekday, a month, a bare title or a fragment of a name", async () => {
    const files = await listFiles(site.out);
    const entityPages = files.filter((f) => /^(people|places|organizations)\/[^/]+\/index\.html$/.test(f)).map((f) => f.split("/")[1]!);
    expect(entityPages.length).toBeGreaterThan(10);
    const banned = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "april", "may", "june", "defense-minister", "foreign-minister", "secretary-of-state", "state-antony-blinken", "minister"];
    expect(entityPages.filter((slug) => banned.includes(slug))).toEqual([]);
  });

  it("list each kind on an index by article count, and JSON-LD names the entities as mentions", async () => {
    for (const folder of ["people", "places", "organizations"]) {
      const { $ } = await page(site, `/${folder}/`);
      const counts = $(".entries li .count").toArray().map((c) => Number.parseInt(norm($(c).text()), 10));
      expect(counts.length, folder).toBeGreaterThan(0);
      expect(counts, folder).toEqual([...counts].sort((a, b) => b - a));
    }
    const { $ } = await page(underBase, reported(underBase, seed).url, "/news/");
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { mentions?: { "@type": string; name: string; url: string }[] };
    const mentions = ld.mentions ?? [];
    expect(mentions).toContainEqual({ "@type": "Person", name: "Nobuo Kishi", url: `${BASE_URL}people/nobuo-kishi/` });
    expect(mentions).toContainEqual({ "@type": "Place", name: "Taiwan", url: `${BASE_URL}places/taiwan/` });
    expect(mentions).toContainEqual({ "@type": "Organization", name: "United Nations", url: `${BASE_URL}organizations/united-nations/` });
  });
});

describe("topics", () => {
  it("a front-matter tag names a topic page that lists its article, linked from the article", async () => {
    const article = reported(site, "markdown/full-front-matter.md");
    const { $ } = await page(site, article.url);
    const topics = $(".tags-topic a").toArray().map((a) => ({ name: norm($(a).text()), url: resolveHref($(a).attr("href")!, article.url) }));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic.url).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
      expect(await wholeList(site, topic.url), topic.name).toContain(article.url);
    }
  });

  it("every topic page lists at least two articles unless a tag names it, and /topics/ links them all", async () => {
    const tagged = new Set<string>();
    for (const a of site.report.articles) {
      const { $ } = await page(site, a.url);
      for (const meta of $('meta[property="article:tag"]').toArray()) tagged.add(norm($(meta).attr("content")!).toLowerCase());
    }
    const { $ } = await page(site, "/topics/");
    const entries = $(".entries a").toArray().map((a) => ({ name: norm($(a).text()), url: resolveHref($(a).attr("href")!, "/topics/") }));
    const files = (await listFiles(site.out)).filter((f) => /^topics\/[^/]+\/index\.html$/.test(f));
    expect(entries.map((e) => e.url).sort()).toEqual(files.map((f) => urlForFile(f)).sort());
    for (const entry of entries) {
      const listed = await wholeList(site, entry.url);
      if (!tagged.has(entry.name.toLowerCase())) expect(listed.length, entry.name).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("related stories and near-duplicates", () => {
  it("show at most 5 related stories, never the article itself or a copy of it", async () => {
    let withRelated = 0;
    for (const article of site.report.articles) {
      const { $ } = await page(site, article.url);
      const related = $(".related-list a").toArray().map((a) => resolveHref($(a).attr("href")!, article.url));
      expect(related.length, article.source).toBeLessThanOrEqual(5);
      expect(related, article.source).not.toContain(article.url);
      expect(new Set(related).size, article.source).toBe(related.length);
      if (related.length > 0) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(site.report.articles.length / 2);
    const original = reported(site, DUPLICATE_PAIR.original).url;
    const copy = reported(site, DUPLICATE_PAIR.copy).url;
    const { $ } = await page(site, original);
    expect($(".related-list a").toArray().map((a) => resolveHref($(a).attr("href")!, original))).not.toContain(copy);
  });

  it("group the near-copy with its original: rel=canonical, a list of copies, and the report", async () => {
    expect(site.report.duplicates).toEqual([{ original: DUPLICATE_PAIR.original, copies: [DUPLICATE_PAIR.copy] }]);
    const original = reported(underBase, DUPLICATE_PAIR.original).url;
    const copy = reported(underBase, DUPLICATE_PAIR.copy).url;
    const copyPage = (await page(underBase, copy, "/news/")).$;
    expect(copyPage('link[rel="canonical"]').attr("href")).toBe(`https://example.org${original}`);
    expect(resolveHref(copyPage(".copy-notice a").attr("href")!, copy)).toBe(original);
    const originalPage = (await page(underBase, original, "/news/")).$;
    expect(originalPage(".copies a").toArray().map((a) => resolveHref(originalPage(a).attr("href")!, original))).toEqual([copy]);
  });
});

describe("feeds", () => {
  it("/feed.xml is well-formed Atom with the newest articles, parsed by a real feed parser", async () => {
    const file = path.join(underBase.out, "feed.xml");
    await run("xmllint", ["--noout", "--nonet", file]);
    const feed = parseFeed(await readFile(file, "utf8"));
    const dated = [...underBase.report.articles].filter((a) => a.date !== null).sort((a, b) => (a.date! < b.date! ? 1 : -1));
    expect(feed.items.length).toBe(Math.min(50, underBase.report.articles.length));
    expect(feed.items[0]?.title).toBe(dated[0]!.title);
    expect(feed.items[0]?.url).toBe(`https://example.org${dated[0]!.url}`);
  });

  it("/feed.json is JSON Feed 1.1 with the same items", async () => {
    const json = JSON.parse(await readFile(path.join(underBase.out, "feed.json"), "utf8")) as { version: string; items: { id: string; url: string; title: string }[] };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    const atom = parseFeed(await readFile(path.join(underBase.out, "feed.xml"), "utf8"));
    expect(json.items.map((i) => i.url)).toEqual(atom.items.map((i) => i.url));
  });

  it("every topic and entity page has its own feed, announced with <link rel=alternate>, listing its articles", async () => {
    const files = (await listFiles(underBase.out)).filter((f) => /^(people|places|organizations|topics)\/[^/]+\/index\.html$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const url = urlForFile(file, "/news/");
      const { $ } = await loadPage(underBase.out, file);
      const alternates = $('link[rel="alternate"][type="application/atom+xml"]').toArray().map((l) => resolveHref($(l).attr("href")!, url));
      const own = `${url}feed.xml`;
      expect(alternates, file).toContain(own);
      expect(alternates, file).toContain("/news/feed.xml");
      const xml = await readFile(path.join(underBase.out, path.dirname(file), "feed.xml"), "utf8");
      const feed = parseFeed(xml);
      const listed = await wholeList(underBase, url, "/news/");
      expect(feed.items.map((i) => new URL(i.url!).pathname), file).toEqual(listed.slice(0, 50));
    }
  });
});

describe("sitemap and robots.txt", () => {
  it("robots.txt points to the sitemap only with a base URL", async () => {
    expect(await readFile(path.join(underBase.out, "robots.txt"), "utf8")).toContain(`Sitemap: ${BASE_URL}sitemap.xml`);
    expect(await readFile(path.join(site.out, "robots.txt"), "utf8")).not.toContain("Sitemap:");
    expect(existsSync(path.join(site.out, "sitemap.xml"))).toBe(false);
  });

  it("sitemap.xml is valid against the official schema and lists every page but the 404 and near-copies", async () => {
    const file = path.join(underBase.out, "sitemap.xml");
    await run("xmllint", ["--noout", "--nonet", "--schema", SITEMAP_XSD, file]);
    const xml = await readFile(file, "utf8");
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const copy = reported(underBase, DUPLICATE_PAIR.copy).url;
    const pages = (await listFiles(underBase.out))
      .filter((f) => f.endsWith(".html") && f !== "404.html")
      .map((f) => urlForFile(f, "/news/"))
      .filter((url) => url !== copy)
      .sort();
    expect(listed).toEqual(pages);
    for (const article of underBase.report.articles.filter((a) => a.date !== null && a.url !== copy)) {
      expect(xml, article.source).toMatch(new RegExp(`<loc>https://example.org${article.url}</loc>\\s*<lastmod>${article.date}`));
    }
  });
});

describe("--no-discovery and --no-search", () => {
  it("--no-discovery builds only articles, the front page, 404 and robots.txt, and links nothing that is not there", async () => {
    const archive = await makeArchive();
    const core = await sharedBuild({ input: archive.input, baseUrl: BASE_URL, extraArgs: ["--no-discovery"] });
    const files = await listFiles(core.out);
    expect(files.filter((f) => /^(archive|people|places|organizations|topics|search|pagefind)\//.test(f) || /feed\.(xml|json)$|sitemap/.test(f))).toEqual([]);
    expect(await readFile(path.join(core.out, "robots.txt"), "utf8")).not.toContain("Sitemap:");
    const present = new Set(files);
    for (const file of files.filter((f) => f.endsWith(".html") && f !== "404.html")) {
      const { $ } = await loadPage(core.out, file);
      const url = urlForFile(file, "/news/");
      for (const el of $("a[href], link[href]:not([rel='canonical'])").toArray()) {
        const target = resolveHref($(el).attr("href")!, url);
        if (!target.startsWith("/news/")) continue;
        expect(present.has(fileForUrl(target, "/news/")), `${file} links ${target}`).toBe(true);
      }
    }
    expect(core.report.duplicates).toEqual([]);
  });

  it("--no-search builds everything but the search index, page and box", async () => {
    const archive = await makeArchive();
    const built = await sharedBuild({ input: archive.input, extraArgs: ["--no-search"] });
    const files = await listFiles(built.out);
    expect(files.some((f) => f.startsWith("people/"))).toBe(true);
    expect(files.filter((f) => /^(search|pagefind)\//.test(f))).toEqual([]);
    const { $ } = await loadPage(built.out, "index.html");
    expect($("form[role='search']")).toHaveLength(0);
    expect($(".sections a").toArray().map((a) => $(a).text())).not.toContain("Search");
  });
});
