// End to end: builds the fixture archive with the real CLI and checks the report and every page with a real HTML parser.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportArticle } from "../../src/types.ts";
import { sharedBuild } from "../helpers/build-fixture.ts";
import type { BuiltSite } from "../helpers/build-fixture.ts";
import { DUPLICATE_PAIR, EXPECTED_SKIPS, EXPECTED_WARNINGS, HIDDEN_MARKER, HIDDEN_SOURCES, OUTSIDE_MARKER, makeArchive } from "../helpers/make-archive.ts";
import type { Archive } from "../helpers/make-archive.ts";
import { fileForUrl, listFiles, loadPage, resolveHref } from "../helpers/site-files.ts";
import type { LoadedPage } from "../helpers/site-files.ts";
import { removeTempDirs } from "../helpers/temp.ts";
import { EXPECTED_ARTICLES, FULL_FRONT_MATTER } from "./expected-articles.ts";

const BASE_URL = "https://example.org/news/";
const PAGE_SIZE_UNDER_BASE = 5;

let archive: Archive;
let site: BuiltSite;
let underBase: Promise<BuiltSite>;
const etcXExisted = existsSync("/etc/x");

beforeAll(async () => {
  archive = await makeArchive();
  // Started together so the two builds overlap; the second is awaited by the tests that need it.
  underBase = sharedBuild({ input: archive.input, baseUrl: BASE_URL, extraArgs: ["--page-size", String(PAGE_SIZE_UNDER_BASE)] });
  underBase.catch(() => undefined);
  site = await sharedBuild({ input: archive.input });
}, 240_000);

afterAll(removeTempDirs);

const norm = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The article whose page is a source's canonical one: itself, or the original of the fixture's one near-copy. */
const canonicalSource = (source: string): string => (source === DUPLICATE_PAIR.copy ? DUPLICATE_PAIR.original : source);

function reported(source: string): ReportArticle {
  const found = site.report.articles.find((a) => a.source === source);
  if (!found) throw new Error(`${source} is not among the report's articles: ${site.report.articles.map((a) => a.source).join(", ")}`);
  return found;
}

async function pageOf(source: string, built: BuiltSite = site, basePath = "/"): Promise<LoadedPage> {
  const article = built.report.articles.find((a) => a.source === source);
  if (!article) throw new Error(`${source} is not among the report's articles`);
  return loadPage(built.out, fileForUrl(article.url, basePath));
}

/** The <article> that holds the headline: the article body, as opposed to any teaser lists. */
function mainArticle($: CheerioAPI) {
  return $("article").filter((_, el) => $(el).find("h1").length > 0);
}

function jsonLdNodes($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((el) => {
      const data = JSON.parse($(el).text()) as Record<string, unknown> | Record<string, unknown>[];
      const nodes = Array.isArray(data) ? data : [data];
      return nodes.flatMap((node) => (Array.isArray(node["@graph"]) ? (node["@graph"] as Record<string, unknown>[]) : [node]));
    });
}

function newsArticle($: CheerioAPI): Record<string, unknown> {
  const found = jsonLdNodes($).filter((node) => node["@type"] === "NewsArticle" || (Array.isArray(node["@type"]) && node["@type"].includes("NewsArticle")));
  expect(found, "exactly one JSON-LD NewsArticle").toHaveLength(1);
  return found[0]!;
}

async function inputSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/").normalize("NFC"))
    .filter((source) => !source.split("/").some((part) => part.startsWith(".")))
    .sort();
}

async function htmlPages(built: BuiltSite): Promise<LoadedPage[]> {
  const files = (await listFiles(built.out)).filter((f) => f.endsWith(".html"));
  return Promise.all(files.map((f) => loadPage(built.out, f)));
}

/** Follows the front page and page/N/ files in order and returns the article URLs they list, page by page. */
async function listingPages(built: BuiltSite, basePath = "/"): Promise<string[][]> {
  const pages: string[][] = [];
  for (let n = 1; ; n++) {
    const file = n === 1 ? "index.html" : `page/${n}/index.html`;
    if (!existsSync(path.join(built.out, file))) break;
    const { $ } = await loadPage(built.out, file);
    const from = n === 1 ? basePath : `${basePath}page/${n}/`;
    const urls: string[] = [];
    for (const el of $("a[href]").toArray()) {
      const url = resolveHref($(el).attr("href")!, from);
      if (url.startsWith(`${basePath}articles/`) && !urls.includes(url)) urls.push(url);
    }
    pages.push(urls);
  }
  return pages;
}

/** [20, 4] for 24 articles, 20 a page. */
function pageSizes(total: number, size: number): number[] {
  return Array.from({ length: Math.ceil(total / size) }, (_, i) => Math.min(size, total - i * size));
}

describe("the report", () => {
  it("accounts for every non-hidden input file exactly once, as an article or a skip", async () => {
    const expected = await inputSources(archive.input);
    const got = [...site.report.articles, ...site.report.skipped].map((e) => e.source.normalize("NFC")).sort();
    expect(got).toEqual(expected);
  });

  it("builds each good input as an article", () => {
    const built = [...Object.keys(EXPECTED_ARTICLES), ...Object.keys(EXPECTED_WARNINGS)].sort();
    expect(site.report.articles.map((a) => a.source).sort()).toEqual(built);
    expect(site.report.articles).toHaveLength(26);
  });

  it("builds bad front matter without it, and says so in the article's warnings", () => {
    for (const [source, pattern] of Object.entries(EXPECTED_WARNINGS)) {
      const article = site.report.articles.find((a) => a.source === source);
      expect(article?.warnings.some((w) => pattern.test(w)), `${source}: ${JSON.stringify(article?.warnings)}`).toBe(true);
    }
  });

  it("skips each bad input with a reason that names its problem", () => {
    const problems: string[] = [];
    for (const [source, patterns] of Object.entries(EXPECTED_SKIPS)) {
      const skip = site.report.skipped.find((s) => s.source === source);
      if (!skip) problems.push(`${source}: not in skipped`);
      else for (const pattern of patterns) if (!pattern.test(skip.reason)) problems.push(`${source}: reason ${JSON.stringify(skip.reason)} does not match ${pattern}`);
    }
    expect(problems).toEqual([]);
    expect(site.report.skipped.map((s) => s.source).sort()).toEqual(Object.keys(EXPECTED_SKIPS).sort());
  });

  it("never mentions hidden files or folders, and no page contains their text or the symlink target's", async () => {
    const sources = [...site.report.articles, ...site.report.skipped].map((e) => e.source);
    for (const hidden of HIDDEN_SOURCES) expect(sources).not.toContain(hidden);
    expect(sources.filter((s) => s.split("/").some((part) => part.startsWith(".")))).toEqual([]);
    const leaks: string[] = [];
    for (const file of await listFiles(site.out)) {
      const text = await readFile(path.join(site.out, file), "utf8");
      if (text.includes(HIDDEN_MARKER) || text.includes(OUTSIDE_MARKER)) leaks.push(file);
    }
    expect(leaks).toEqual([]);
  });

  it("gives each article a well-formed entry: site URL, title, date, word count", () => {
    for (const [source, expected] of Object.entries(EXPECTED_ARTICLES)) {
      const article = reported(source);
      expect(article.url, article.source).toMatch(/^\/articles\/[^/]+\/$/);
      expect(article.title, article.source).toBe(expected.title);
      expect(article.date, article.source).toBe(expected.date);
      expect(Number.isInteger(article.words) && article.words > 0, `${article.source}: words ${article.words}`).toBe(true);
      expect(Array.isArray(article.warnings) && article.warnings.every((w) => typeof w === "string"), article.source).toBe(true);
    }
  });

  it("reports the seed's word count close to its real length", () => {
    // The seed has 353 words after its headline; counting the duplicated headline would add 9.
    expect(reported("000_ec386b1c77c78933.txt").words).toBeGreaterThanOrEqual(340);
    expect(reported("000_ec386b1c77c78933.txt").words).toBeLessThanOrEqual(365);
  });
});

describe("article pages", () => {
  it("exist for every reported article, with one <article>, exactly one <h1> holding the title, and the title in <title>", async () => {
    for (const [source, { title }] of Object.entries(EXPECTED_ARTICLES)) {
      const article = reported(source);
      const { $ } = await pageOf(source);
      expect($("h1"), `${article.source}: <h1> count`).toHaveLength(1);
      expect(mainArticle($), `${article.source}: <article> containing the <h1>`).toHaveLength(1);
      expect(norm($("h1").text()), article.source).toBe(title);
      expect($("title").text(), article.source).toContain(title);
    }
  });

  it("have <time datetime> only when dated, with the article's date; undated articles have no <time> at all", async () => {
    for (const [source, expected] of Object.entries(EXPECTED_ARTICLES)) {
      const { $ } = await pageOf(source);
      if (expected.date === null) {
        // Related stories may show their own dates; the article itself must not claim one.
        expect(mainArticle($).find("time"), `${source}: undated article must have no <time>`).toHaveLength(0);
        expect($("main time").toArray().every((t) => $(t).closest(".related").length === 1), source).toBe(true);
      } else {
        const time = mainArticle($).find("time[datetime]").first();
        expect(time.attr("datetime"), source).toBe(expected.datetime ?? expected.date);
        expect(norm(time.text()), `${source}: visible date`).not.toBe("");
      }
    }
  });

  it("show a word count that matches the report and a reading time", async () => {
    for (const article of site.report.articles) {
      const text = norm(mainArticle((await pageOf(article.source)).$).text());
      expect(text, article.source).toMatch(new RegExp(`\\b${article.words.toLocaleString("en")} words?\\b`));
      expect(text, article.source).toMatch(/\b\d+\s*min(ute)?s?\b/i);
    }
  });

  it("show the byline, publisher and tags from front matter", async () => {
    const { $ } = await pageOf(FULL_FRONT_MATTER.source);
    const text = norm(mainArticle($).text());
    expect(text).toContain(FULL_FRONT_MATTER.author);
    expect(text).toContain(FULL_FRONT_MATTER.publisher);
    for (const tag of FULL_FRONT_MATTER.tags) expect(text).toContain(tag);
    expect(norm(mainArticle((await pageOf("text-with-front-matter.txt")).$).text())).toContain("Sam Lee");
  });

  it("use the front matter language and summary", async () => {
    const { $ } = await pageOf(FULL_FRONT_MATTER.source);
    const langs = [$("html").attr("lang"), mainArticle($).attr("lang")];
    expect(langs).toContain(FULL_FRONT_MATTER.lang);
    const description = $('meta[name="description"]').attr("content") ?? "";
    expect(description.replace(/[‘’]/g, "'")).toBe(FULL_FRONT_MATTER.summary);
  });

  it("render markdown as HTML: emphasis, subheadings and lists", async () => {
    const article = mainArticle((await pageOf(FULL_FRONT_MATTER.source)).$);
    expect(article.find("strong").first().text()).toBe("port authority");
    expect(article.find("h2").first().text()).toBe("What happens next");
    expect(article.find("h2").first().nextAll("ul").first().find("li")).toHaveLength(3);
  });

  it("take a markdown title from its # heading without repeating it in the body", async () => {
    for (const source of ["markdown/heading-title.md", "markdown/market-report.markdown"]) {
      const { $ } = await pageOf(source);
      const title = EXPECTED_ARTICLES[source]!.title;
      expect($("h1"), source).toHaveLength(1);
      expect(norm(mainArticle($).text()).split(title).length - 1, `${source}: times the title appears`).toBe(1);
    }
  });

  it("repair the seed's lost apostrophe and drop its repeated headline", async () => {
    const { $ } = await pageOf("000_ec386b1c77c78933.txt");
    const text = norm(mainArticle($).text());
    expect(text).toContain("nation’s war-renouncing Constitution");
    expect(text).not.toMatch(/nation s\b/);
    expect(text.split("Japan defense minister to visit U.S. in May").length - 1, "times the headline appears").toBe(1);
  });

  it("show markup characters of a text article literally, creating no elements from them", async () => {
    const { $ } = await pageOf("markup-characters.txt");
    const article = mainArticle($);
    const text = norm(article.text());
    for (const literal of ["# not a heading", "* not a list item", "_not emphasis_", "> not a quote", "1. not a numbered list", "<script>alert(1)</script>", "<b>not bold</b> and <i>not italic</i>", "&amp; entities &lt; stay as typed", "[brackets](not-a-link)"]) {
      expect(text, literal).toContain(literal);
    }
    expect(article.find(".article-body").find("script, b, i, em, strong, h2, h3, ul, ol, blockquote, a[href='not-a-link']")).toHaveLength(0);
  });

  it("have no <script> element in any article body, and no script anywhere that runs injected code", async () => {
    for (const page of await htmlPages(site)) {
      const { $ } = page;
      expect(mainArticle($).find("script"), `${page.file}: script inside the article`).toHaveLength(0);
      for (const el of $("script").toArray()) {
        const type = $(el).attr("type");
        if (type === "application/ld+json") continue;
        expect($(el).text(), `${page.file}: script element`).not.toContain("alert(");
      }
    }
  });

  it("escape a hostile front matter title everywhere: <title>, <h1>, meta tags and JSON-LD", async () => {
    const title = EXPECTED_ARTICLES["markdown/hostile-title.md"]!.title;
    const { $, html } = await pageOf("markdown/hostile-title.md");
    expect($("title")).toHaveLength(1);
    expect($("title").text()).toContain(title);
    expect(norm($("h1").text())).toBe(title);
    expect($('meta[property="og:title"]').attr("content")).toBe(title);
    expect(newsArticle($)["headline"]).toBe(title);
    expect($('script:not([type="application/ld+json"])').toArray().every((el) => !$(el).text().includes("alert"))).toBe(true);
    expect(html).not.toContain("<script>alert(1)</script>");
  });

  it("never produce a javascript: URL in any href, src or action", async () => {
    const bad: string[] = [];
    for (const page of await htmlPages(site)) {
      const { $ } = page;
      for (const el of $("[href], [src], [action], [formaction], [data], [poster]").toArray()) {
        for (const name of ["href", "src", "action", "formaction", "data", "poster"]) {
          const value = $(el).attr(name);
          if (value !== undefined && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ""))) bad.push(`${page.file}: ${name}="${value}"`);
        }
      }
    }
    expect(bad).toEqual([]);
    const { $ } = await pageOf("markdown/javascript-link.md");
    const article = mainArticle($);
    expect(norm(article.text())).toContain("this one");
    expect(norm(article.find('a[href="https://example.com/advice"]').text()).replace(/’/g, "'"), "a safe link stays a link").toBe("the council's advice page");
  });

  it("keep front matter permalink and slug inside the output folder, with a sanitised slug", async () => {
    // The build runs in site.root, where the facts cache is kept by default.
    expect((await readdir(site.root)).sort(), "the build's temp folder holds only site/, report.json and the facts cache").toEqual([".broadsheet-cache", "report.json", "site"]);
    expect(await readdir(path.join(site.root, ".broadsheet-cache"))).toEqual(["facts.v8"]);
    expect(await readdir(path.dirname(site.out)), "nothing is written beside the output folder").toEqual(["out"]);
    expect(existsSync("/etc/x"), "/etc/x must not be created").toBe(etcXExisted);
    const files = await listFiles(site.out);
    expect(files.filter((f) => f.split("/").includes("..") || /(^|\/)etc\/x$/.test(f) || f.startsWith("escape"))).toEqual([]);
    for (const source of ["markdown/slug.md", "markdown/permalink.md"]) {
      const { url } = reported(source);
      expect(url, source).toMatch(/^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
      expect(files, source).toContain(fileForUrl(url));
    }
    for (const dir of await readdir(path.join(site.out, "articles"))) expect(dir).toMatch(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/);
  });

  it("give two articles with the same headline two different URLs", async () => {
    const a = reported("2021/06/01/storm.txt").url;
    const b = reported("2021/06/02/storm.txt").url;
    expect(a).not.toBe(b);
    const urls = site.report.articles.map((x) => x.url);
    expect(new Set(urls).size, "URLs are unique").toBe(urls.length);
  });

  it("give non-Latin headlines a non-empty, ASCII-safe URL", () => {
    for (const source of ["2021/03/28/東京.txt", "2019-07-01-athens.txt", "cyrillic.txt"]) {
      const { url } = reported(source);
      expect(url, source).toMatch(/^\/articles\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/$/);
      expect(url.replace(/[^A-Za-z0-9]/g, "").length, `${source}: URL has letters or digits`).toBeGreaterThan(8);
    }
  });

  it("decode UTF-8 with BOM, UTF-16LE, UTF-16BE and Windows-1252 correctly", async () => {
    const cp1252 = norm(mainArticle((await pageOf("encodings/windows-1252.txt")).$).text());
    for (const literal of ["café on the market square", "by €2 from Monday", "a “crisis” in the cost", "“We held out as long as we could,” she said", "it’s the tourists"]) {
      expect(cp1252).toContain(literal);
    }
    expect(norm((await pageOf("encodings/utf16le-bom.txt")).$("h1").text())).toBe("Zürich extends tram line to the lake");
    expect(norm((await pageOf("encodings/utf16be-bom.txt")).$("h1").text())).toBe("Łódź film school celebrates its anniversary");
    for (const page of await htmlPages(site)) {
      expect(page.html, `${page.file}: no BOM, replacement character or mojibake`).not.toMatch(/\uFEFF|\uFFFD|Ã©|â€/);
    }
  });

  it("split CRLF and CR text into the same paragraphs as LF text", async () => {
    for (const source of ["2021-10-10-ferry-crlf.txt", "2021-10-11-buses-cr.txt"]) {
      const { $, html } = await pageOf(source);
      expect(html, source).not.toContain("\r");
      const paragraphs = mainArticle($).find("p").toArray().map((p) => norm($(p).text()));
      const first = paragraphs.find((p) => p.startsWith("The announcement came after"));
      expect(first, `${source}: first paragraph`).toBeDefined();
      expect(first, `${source}: paragraphs kept apart`).not.toContain("Residents who want");
      expect(paragraphs.some((p) => p.startsWith("Residents who want")), `${source}: second paragraph`).toBe(true);
    }
  });

  it("have a meta description of at most 160 characters that does not start with the headline", async () => {
    for (const page of await htmlPages(site)) {
      if (page.file === "404.html") continue;
      const description = page.$('meta[name="description"]').attr("content");
      expect(description, `${page.file}: meta description`).toBeTruthy();
      expect([...description!].length, `${page.file}: ${description}`).toBeLessThanOrEqual(160);
    }
    const seed = (await pageOf("000_ec386b1c77c78933.txt")).$('meta[name="description"]').attr("content") ?? "";
    expect(seed).toMatch(/^Defense Minister Nobuo Kishi plans to visit/);
  });

  it("have a canonical link, OpenGraph tags and a JSON-LD NewsArticle with the required fields", async () => {
    for (const [source, expected] of Object.entries(EXPECTED_ARTICLES)) {
      const article = reported(source);
      const { $ } = await pageOf(source);
      expect($('link[rel="canonical"]'), article.source).toHaveLength(1);
      // Without --base-url the canonical URL is relative to the page, so it resolves to the page's own URL under any sub-path
      // (the original's, for a near-copy).
      const pageUrl = `https://host.example/sub${article.url}`;
      const canonical = `https://host.example/sub${reported(canonicalSource(source)).url}`;
      expect(new URL($('link[rel="canonical"]').attr("href") ?? "", pageUrl).href, article.source).toBe(canonical);
      expect(new URL($('meta[property="og:url"]').attr("content") ?? "", pageUrl).href, article.source).toBe(canonical);
      expect($('meta[property="og:title"]').attr("content"), article.source).toBe(expected.title);
      expect($('meta[property="og:type"]').attr("content"), article.source).toBe("article");
      expect($('meta[property="og:description"]').attr("content"), article.source).toBeTruthy();
      const ld = newsArticle($);
      expect(String(ld["@context"]), article.source).toMatch(/^https?:\/\/schema\.org\/?$/);
      expect(ld["headline"], article.source).toBe(expected.title);
      expect(ld["datePublished"], article.source).toBe(expected.date === null ? undefined : (expected.datetime ?? expected.date));
    }
    const ld = newsArticle((await pageOf(FULL_FRONT_MATTER.source)).$);
    const authors = (Array.isArray(ld["author"]) ? ld["author"] : [ld["author"]]) as Array<{ name?: string } | undefined>;
    expect(authors.map((a) => a?.name)).toContain(FULL_FRONT_MATTER.author);
  });

  it("link to the newer and older article with rel=prev and rel=next, in front-page order", async () => {
    const order = (await listingPages(site)).flat();
    expect(order).toHaveLength(site.report.articles.length);
    for (const [i, url] of order.entries()) {
      const page = await loadPage(site.out, fileForUrl(url));
      const prev = page.$('a[rel~="prev"]');
      const next = page.$('a[rel~="next"]');
      if (i === 0) expect(prev, `${url}: newest has no rel=prev`).toHaveLength(0);
      else expect(prev.toArray().map((a) => resolveHref(page.$(a).attr("href")!, url)), `${url}: rel=prev`).toEqual([order[i - 1]]);
      if (i === order.length - 1) expect(next, `${url}: oldest has no rel=next`).toHaveLength(0);
      else expect(next.toArray().map((a) => resolveHref(page.$(a).attr("href")!, url)), `${url}: rel=next`).toEqual([order[i + 1]]);
    }
  });

  it("link to other pages and assets with relative URLs only (404.html aside)", async () => {
    const rooted: string[] = [];
    for (const page of await htmlPages(site)) {
      if (page.file === "404.html") continue;
      const { $ } = page;
      for (const el of $("a[href], link[href]:not([rel~='canonical']), script[src], img[src], source[src]").toArray()) {
        const value = $(el).attr("href") ?? $(el).attr("src") ?? "";
        if (value.startsWith("/")) rooted.push(`${page.file}: ${value}`);
      }
    }
    expect(rooted).toEqual([]);
  });

  it("declare an icon that exists, so browsers do not ask for /favicon.ico (a 404, and outside the site under a sub-path)", async () => {
    const missing: string[] = [];
    for (const page of await htmlPages(site)) {
      const from = page.file === "404.html" ? "/some/deep/missing/page/" : `/${page.file.replace(/index\.html$/, "")}`;
      const icons = page.$('link[rel~="icon"]').toArray().map((el) => page.$(el).attr("href") ?? "");
      if (icons.length === 0) missing.push(`${page.file}: no <link rel="icon">`);
      for (const href of icons) {
        if (href.startsWith("data:")) continue;
        const target = resolveHref(href, from);
        if (!target.startsWith("/") || !existsSync(path.join(site.out, target))) missing.push(`${page.file}: icon ${href} → ${target} does not exist`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("write the site's fixed files: 404.html, robots.txt and assets/style.css", async () => {
    const files = await listFiles(site.out);
    for (const file of ["index.html", "404.html", "robots.txt", "assets/style.css"]) expect(files).toContain(file);
    expect(await readFile(path.join(site.out, "robots.txt"), "utf8")).toMatch(/^User-agent:/im);
    const { $ } = await loadPage(site.out, "404.html");
    const sheets = $('link[rel~="stylesheet"]').toArray().map((el) => resolveHref($(el).attr("href")!, "/some/deep/missing/page/"));
    expect(sheets.length, "404.html has a stylesheet").toBeGreaterThan(0);
    for (const sheet of sheets) expect(sheet, "404.html stylesheet works at any depth").toMatch(/^\/assets\//);
  });
});

describe("the front page", () => {
  it("lists every article exactly once, newest first, undated last", async () => {
    const order = (await listingPages(site)).flat();
    expect([...order].sort()).toEqual(site.report.articles.map((a) => a.url).sort());
    const dates = order.map((url) => site.report.articles.find((a) => a.url === url)!.date);
    const firstUndated = dates.indexOf(null);
    const dated = firstUndated === -1 ? dates : dates.slice(0, firstUndated);
    expect(dates.slice(dated.length).every((d) => d === null), `undated last: ${dates.join(", ")}`).toBe(true);
    expect(dated, "dated newest first").toEqual([...dated].sort().reverse());
  });

  it("paginates with the default page size, each page linking to the next", async () => {
    const pages = await listingPages(site);
    expect(pages.map((p) => p.length)).toEqual(pageSizes(site.report.articles.length, 20));
    expect(existsSync(path.join(site.out, "page/1/index.html")), "page 1 is the front page, not page/1/").toBe(false);
    const { $ } = await loadPage(site.out, "index.html");
    expect($("a[href]").toArray().some((a) => resolveHref($(a).attr("href")!, "/") === "/page/2/"), "front page links to /page/2/").toBe(true);
    const second = await loadPage(site.out, "page/2/index.html");
    expect(second.$("a[href]").toArray().some((a) => resolveHref(second.$(a).attr("href")!, "/page/2/") === "/"), "page 2 links back to the front page").toBe(true);
  });
});

describe("under a base URL with a sub-path and --page-size", () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await underBase;
  }, 240_000);

  it("reports URLs under the base path and writes pages at the output root", () => {
    for (const article of built.report.articles) {
      expect(article.url, article.source).toMatch(/^\/news\/articles\/[^/]+\/$/);
      expect(existsSync(path.join(built.out, fileForUrl(article.url, "/news/"))), article.url).toBe(true);
    }
    expect(existsSync(path.join(built.out, "news")), "no news/ folder inside the output").toBe(false);
  });

  it("keeps every article's slug the same as without a base URL", () => {
    const slugs = (report: typeof built.report) => Object.fromEntries(report.articles.map((a) => [a.source, a.url.split("/").at(-2)]));
    expect(slugs(built.report)).toEqual(slugs(site.report));
  });

  it("uses absolute canonical, og:url and JSON-LD URLs on the base URL", async () => {
    for (const article of built.report.articles) {
      const { $ } = await pageOf(article.source, built, "/news/");
      const own = `https://example.org${article.url}`;
      const canonical = `https://example.org${built.report.articles.find((a) => a.source === canonicalSource(article.source))!.url}`;
      expect($('link[rel="canonical"]').attr("href"), article.source).toBe(canonical);
      expect($('meta[property="og:url"]').attr("content"), article.source).toBe(canonical);
      expect(newsArticle($)["url"], article.source).toBe(own);
    }
  });

  it(`paginates ${PAGE_SIZE_UNDER_BASE} articles a page, all articles once, newest first`, async () => {
    const pages = await listingPages(built, "/news/");
    expect(pages.map((p) => p.length)).toEqual(pageSizes(built.report.articles.length, PAGE_SIZE_UNDER_BASE));
    const order = pages.flat();
    expect([...order].sort()).toEqual(built.report.articles.map((a) => a.url).sort());
  });

  it("points the 404 page's links and stylesheet at the base path, so it works at any depth", async () => {
    const { $ } = await loadPage(built.out, "404.html");
    const sheets = $('link[rel~="stylesheet"]').toArray().map((el) => resolveHref($(el).attr("href")!, "/news/some/deep/missing/page/"));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(sheet).toMatch(/^\/news\/assets\//);
    const links = $("a[href]").toArray().map((el) => resolveHref($(el).attr("href")!, "/news/some/deep/missing/page/"));
    expect(links).toContain("/news/");
  });
});
