import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSite } from "../../src/eleventy/render-site.ts";
import { TemplateError } from "../../src/errors.ts";
import { articleView, createTemplates, renderArticlePage, siteData } from "../../src/render/index.ts";
import { makeArticle, makeArticles, makeContext, makeSite } from "../render/factory.ts";

const templatesDir = resolve(import.meta.dirname, "../../templates");
const vnu = resolve(import.meta.dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");
const site = makeSite({ baseUrl: "https://example.org/news/" });
const read = (out: string, path: string) => readFileSync(join(out, path), "utf8");
const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("renderSite", () => {
  const out = tempDir("broadsheet-site-");
  const articles = [makeArticle({ slug: "first", title: "First <story>" }), makeArticle({ date: null }), ...makeArticles(3)];
  let written = 0;

  beforeAll(async () => {
    ({ written } = await renderSite(templatesDir, out, siteData(articles, site, 2)));
  });

  it("writes the list pages, 404, robots.txt, the stylesheet and the icon, and counts them", () => {
    const assets = readdirSync(join(templatesDir, "assets")).map((name) => `assets/${name}`);
    expect(assets).toEqual(expect.arrayContaining(["assets/style.css", "assets/favicon.svg"]));
    const files = ["index.html", "page/2/index.html", "page/3/index.html", "search/index.html", "404.html", "robots.txt", ...assets];
    for (const file of files) expect(existsSync(join(out, file)), file).toBe(true);
    expect(existsSync(join(out, "page/4/index.html"))).toBe(false);
    expect(written).toBe(files.length);
  });

  it("renders the front page from the views, through the shared layout", () => {
    const $ = cheerio.load(read(out, "index.html"));
    expect($("h1")).toHaveLength(1);
    expect($(".story-title a").map((_, a) => $(a).text()).get()).toEqual(["First <story>", articles[1]?.title]);
    expect($(".story-title a").first().attr("href")).toBe("articles/first/");
    expect($(".story").eq(1).find("time")).toHaveLength(0);
    expect($("a[rel='next']").attr("href")).toBe("page/2/");
    expect($("a[rel='prev']")).toHaveLength(0);
    expect($(".pagination-status").text()).toBe("Page 1 of 3");
    expect($("link[rel='stylesheet']").attr("href")).toBe("assets/style.css");
    expect($("link[rel='canonical']").attr("href")).toBe("https://example.org/news/");
    expect($("script")).toHaveLength(1);
  });

  it("links later pages relative to page/n/", () => {
    const $ = cheerio.load(read(out, "page/2/index.html"));
    expect($("a[rel='prev']").attr("href")).toBe("../../");
    expect($("a[rel='next']").attr("href")).toBe("../../page/3/");
    expect($(".story-title a").first().attr("href")).toMatch(/^\.\.\/\.\.\/articles\/story-\d+\/$/);
    expect($("link[rel='stylesheet']").attr("href")).toBe("../../assets/style.css");
  });

  it("links the 404 page from the base path", () => {
    const $ = cheerio.load(read(out, "404.html"));
    expect($("h1").text()).toBe("Page not found");
    expect($("link[rel='stylesheet']").attr("href")).toBe("/news/assets/style.css");
    expect($("main a").attr("href")).toBe("/news/");
    expect($("link[rel='canonical']")).toHaveLength(0);
    expect($("meta[name='robots']").attr("content")).toBe("noindex");
  });

  it("writes robots.txt as plain text, naming the sitemap under the base URL, and copies the stylesheet unchanged", () => {
    expect(read(out, "robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n");
    expect(read(out, "assets/style.css")).toBe(readFileSync(join(templatesDir, "assets/style.css"), "utf8"));
  });

  it("shows an empty archive as one page with a friendly note", async () => {
    const empty = tempDir("broadsheet-empty-");
    await renderSite(templatesDir, empty, siteData([], site, 2));
    const $ = cheerio.load(read(empty, "index.html"));
    expect($(".story")).toHaveLength(0);
    expect($(".empty").text()).toContain("no articles");
    expect($(".pagination")).toHaveLength(0);
    expect(existsSync(join(empty, "page/2/index.html"))).toBe(false);
  });

  it("reports a broken page template as a TemplateError", async () => {
    const broken = tempDir("broadsheet-broken-");
    cpSync(templatesDir, broken, { recursive: true });
    writeFileSync(join(broken, "pages/404.njk"), "---\npermalink: 404.html\n---\n{% if %}");
    const rendering = renderSite(broken, tempDir("broadsheet-out-"), siteData([], site, 2));
    await expect(rendering).rejects.toThrow(TemplateError);
    await expect(rendering).rejects.toThrow(/404\.njk.*Line 1, Column 7\] unexpected token/);
  });

  // The Nu Html Checker needs Java; without it this check is skipped, not passed.
  it.skipIf(!existsSync(vnu) || !hasJava())("produces HTML and CSS the Nu Html Checker finds no errors in", async () => {
    const templates = createTemplates(templatesDir);
    const pages = [
      renderArticlePage(templates, articleView(articles[0]!, "<p>Body.</p>", makeContext({ next: articles[1]! }), site)),
      renderArticlePage(templates, articleView(makeArticle({ slug: "undated", date: null, author: null, tags: [], lang: "ja" }), "<p>本文</p>", makeContext({ previous: articles[0]! }), site)),
    ];
    const files = pages.map((page, index) => {
      const file = join(out, `article-${index}.html`);
      writeFileSync(file, page.content);
      return file;
    });
    const checked = [...files, ...["index.html", "page/2/index.html", "404.html", "assets/style.css"].map((path) => join(out, path))];
    const { stderr } = await promisify(execFile)("java", ["-jar", vnu, "--errors-only", "--also-check-css", "--format", "json", ...checked]).catch((error) => error);
    expect(JSON.parse(stderr).messages).toEqual([]);
  }, 60_000);
});

function hasJava(): boolean {
  return (process.env["PATH"] ?? "").split(":").some((dir) => existsSync(join(dir, "java")));
}
