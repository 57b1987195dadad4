// Fake articles and site settings for render tests: sensible defaults, override what a test is about.

import { siteView } from "../../src/render/site-view.ts";
import type { SiteView } from "../../src/render/views.ts";
import type { ArticleContext } from "../../src/render/article-view.ts";
import type { Article, SiteSettings } from "../../src/types.ts";

let counter = 0;

/** An article with every field filled in; `overrides` win. The slug (and path) is unique unless given. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  counter += 1;
  const slug = overrides.slug ?? `story-${counter}`;
  return {
    id: `id-${counter}`,
    source: `2022/04/${slug}.txt`,
    format: "text",
    slug,
    path: `articles/${slug}/`,
    title: `Story number ${counter}`,
    description: `What happened in story ${counter}.`,
    words: 612,
    readingMinutes: 3,
    date: { iso: "2022-04-21", day: "2022-04-21", precision: "day", from: "front-matter" },
    author: "Jane Reporter",
    publisher: "The Daily Example",
    tags: ["politics", "defence"],
    lang: "en",
    repairs: 0,
    warnings: [],
    ...overrides,
  };
}

/** `count` articles, newest first (as the front page orders them). */
export function makeArticles(count: number): Article[] {
  return Array.from({ length: count }, () => makeArticle());
}

/** A SiteView; a base URL only when asked for. */
export function makeSite(overrides: Partial<SiteSettings> = {}): SiteView {
  return siteView({
    title: "The Example Archive",
    description: "Twenty years of local news.",
    language: "en",
    baseUrl: null,
    ...overrides,
  });
}

/** An article page's context with nothing around it; `overrides` win (neighbours may be whole articles). */
export function makeContext(overrides: Partial<ArticleContext> = {}): ArticleContext {
  return {
    previous: null,
    next: null,
    month: { title: "April 2022", path: "archive/2022/04/" },
    collections: [],
    related: [],
    original: null,
    copies: [],
    ...overrides,
  };
}
