// View models: exactly what templates print. Built in TypeScript so templates only loop, branch and print.
// A template sees its view as the variable `view` (article.njk, listing.njk, layouts/base.njk, pages/404.njk).

export interface SiteView {
  title: string;
  description: string;
  language: string;
  /** Absolute base URL ending in "/", or null. */
  baseUrl: string | null;
  /** Path the site lives under on its host, "/" or e.g. "/news/": used only where relative links cannot work (404). */
  basePath: string;
}

export interface DateView {
  /** For <time datetime>. */
  iso: string;
  /** Human form in the article's language, e.g. "21 April 2022" or "April 2022". */
  display: string;
}

export interface LinkView {
  /** Relative to the page it appears on. */
  href: string;
  title: string;
}

export interface MetaTag {
  /** "property" for OpenGraph, "name" for the rest. */
  attribute: "property" | "name";
  key: string;
  content: string;
}

/** Shared by every page: what the base layout needs. */
export interface PageView {
  site: SiteView;
  /** Site path of the page without leading slash: "", "page/2/", "articles/<slug>/"; "404.html" for the 404 page. */
  path: string;
  /** Relative prefix from this page to the site root, "" or "../../"; on the 404 page the base path. */
  root: string;
  /** Link to the front page from this page: "./", "../../"; on the 404 page the base path. */
  home: string;
  /** <title> text. */
  pageTitle: string;
  /** Meta description. */
  description: string;
  /** Canonical URL: absolute with a base URL, else a root-relative path. Null for the 404 page. */
  canonical: string | null;
  /** <html lang>. */
  lang: string;
  meta: MetaTag[];
  /** Serialized JSON-LD, safe inside <script type="application/ld+json">, or null. */
  jsonLd: string | null;
}

export interface ArticleView {
  title: string;
  description: string;
  lang: string;
  date: DateView | null;
  author: string | null;
  publisher: string | null;
  /** E.g. "612 words". */
  wordsDisplay: string;
  /** E.g. "3 min read". */
  readingTime: string;
  tags: string[];
  /** Body HTML produced by Broadsheet's own renderer (the only raw HTML a template prints). */
  bodyHtml: string;
}

export interface ArticlePageView extends PageView {
  article: ArticleView;
  /** Newer neighbour in front-page order. */
  previous: LinkView | null;
  /** Older neighbour in front-page order. */
  next: LinkView | null;
}

export interface SummaryView {
  href: string;
  title: string;
  /** The article's language, for a lang attribute where it differs from the page's. */
  lang: string;
  date: DateView | null;
  description: string;
}

export interface ListingPageView extends PageView {
  /** Where Eleventy writes it, relative to the output folder: "index.html", "page/2/index.html". */
  outputPath: string;
  heading: string;
  number: number;
  total: number;
  items: SummaryView[];
  /** Relative href of the newer page, or null on page 1. */
  previous: string | null;
  /** Relative href of the older page, or null on the last page. */
  next: string | null;
}

/** Global data `broadsheet` handed to Eleventy, which renders templates/pages/*. */
export interface SiteData {
  site: SiteView;
  listings: ListingPageView[];
  notFound: PageView;
  robots: string;
}
