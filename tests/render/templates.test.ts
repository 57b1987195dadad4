import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, describe, expect, it } from "vitest";
import { TemplateError } from "../../src/errors.ts";
import { articleView } from "../../src/render/article-view.ts";
import { renderArticlePage } from "../../src/render/index.ts";
import { createTemplates } from "../../src/render/templates.ts";
import type { ArticleContext } from "../../src/render/article-view.ts";
import type { Article } from "../../src/types.ts";
import { makeArticle, makeContext, makeSite } from "./factory.ts";

const templates = createTemplates(resolve(import.meta.dirname, "../../templates"));
const hostile = "</title><script>alert(1)</script>";

function render(article: Article, context: Partial<ArticleContext> = {}) {
  const page = renderArticlePage(templates, articleView(article, "<p>First paragraph.</p>", makeContext(context), makeSite()));
  return { page, $: cheerio.load(page.content) };
}

describe("article.njk", () => {
  it("is written to the article's folder", () => {
    expect(render(makeArticle({ slug: "x" })).page.outputPath).toBe("articles/x/index.html");
  });

  it("prints a hostile title as text, never as markup", () => {
    const { $ } = render(makeArticle({ title: hostile, author: hostile, tags: [hostile] }), {
      collections: [{ kind: "topic", title: hostile, path: "topics/hostile/" }],
      related: [{ title: hostile, path: "articles/other/", date: null, lang: "en" }],
    });
    expect($("script:not([type='application/ld+json'])")).toHaveLength(0);
    expect($("h1").text()).toBe(hostile);
    expect($("title").text()).toBe(`${hostile} – The Example Archive`);
    expect($(".author").text()).toBe(hostile);
    expect($(".tags-topic a").text()).toBe(hostile);
    expect($(".related-list a").text()).toBe(hostile);
    expect($("meta[property='article:tag']").attr("content")).toBe(hostile);
    expect(JSON.parse($("script[type='application/ld+json']").text()).headline).toBe(hostile);
  });

  it("has exactly one h1, the headline, inside the article", () => {
    const { $ } = render(makeArticle({ title: "Headline" }));
    expect($("h1")).toHaveLength(1);
    expect($("article h1").text()).toBe("Headline");
  });

  it("prints the body HTML as HTML", () => {
    const { $ } = render(makeArticle());
    expect($(".article-body p").text()).toBe("First paragraph.");
  });

  it("marks a dated article's date up with <time datetime>", () => {
    const { $ } = render(makeArticle());
    expect($("time").attr("datetime")).toBe("2022-04-21");
    expect($("time").text()).toBe("21 April 2022");
  });

  it("shows no date at all for an undated article", () => {
    const { $ } = render(makeArticle({ date: null }), { month: { title: "undated articles", path: "archive/undated/" } });
    expect($("time")).toHaveLength(0);
    expect($("meta[property='article:published_time']")).toHaveLength(0);
    expect($(".article-meta").text()).toContain("Undated");
    expect($("body").text()).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it("shows byline, source, word count and reading time", () => {
    const { $ } = render(makeArticle({ author: "Ann Ink", publisher: "Kyodo", words: 1234, readingMinutes: 6 }));
    expect($(".byline").text()).toBe("By Ann Ink · Kyodo");
    expect($(".article-meta").text()).toContain("1,234 words");
    expect($(".article-meta").text()).toContain("6 min read");
  });

  it("leaves the byline out when neither author nor source is known", () => {
    expect(render(makeArticle({ author: null, publisher: null })).$(".byline")).toHaveLength(0);
  });

  it("links its neighbours with rel prev and next, and home", () => {
    const neighbours = { previous: makeArticle({ slug: "newer" }), next: makeArticle({ slug: "older" }) };
    const { $ } = render(makeArticle(), neighbours);
    expect($("a[rel='prev']").attr("href")).toBe("../../articles/newer/");
    expect($("a[rel='next']").attr("href")).toBe("../../articles/older/");
    expect($(".neighbours-home a").attr("href")).toBe("../../");
    expect($("link[rel='stylesheet']").attr("href")).toBe("../../assets/style.css");
  });

  it("prints the head the layout promises", () => {
    const { $ } = render(makeArticle({ slug: "x", lang: "ja" }));
    expect($("html").attr("lang")).toBe("ja");
    expect($("link[rel='canonical']").attr("href")).toBe("../../articles/x/");
    expect($("meta[property='og:type']").attr("content")).toBe("article");
    expect($("meta[name='description']").attr("content")).toMatch(/^What happened/);
    expect($("header.masthead").attr("lang")).toBe("en");
    expect($("a.skip-link").attr("href")).toBe("#main");
    expect($("main#main")).toHaveLength(1);
  });
});

describe("createTemplates", () => {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-templates-"));
  mkdirSync(join(dir, "layouts"));
  writeFileSync(join(dir, "broken.njk"), "{% if %}");
  writeFileSync(join(dir, "orphan.njk"), '{% extends "layouts/missing.njk" %}');
  const custom = createTemplates(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the template and what to check when one cannot be rendered", () => {
    expect(() => custom.render("broken.njk", {})).toThrow(TemplateError);
    expect(() => custom.render("broken.njk", {})).toThrow(/broken\.njk.*syntax/);
  });

  it("says which file is missing", () => {
    expect(() => custom.render("orphan.njk", {})).toThrow(/orphan\.njk.*missing\.njk.*exist/);
    expect(() => custom.render("nope.njk", {})).toThrow(/nope\.njk/);
  });
});
