// View models: exactly what templates print. Built in TypeScript so templates only loop, branch and print.
// A template sees its view as the variable `view` (article.njk, listing.njk, layouts/base.njk, pages/404.njk).

import type { CollectionKind } from "../types.ts";
import type { FeedLink } from "./feeds.ts";

export type { FeedLink };

export interface SiteView {
  title: string;
  description: string;
  language: string;
  /** Absolute base URL ending in "/", or null. */
  baseUrl: string | null;
  /** Path the site lives under on its host, "/" or e.g. "/news/": used only where relative links cannot work (404). */
  basePath: string;
  /** The site's sections, linked from every page: archive, people, places, organizations, topics, search. */
  sections: SectionLink[];
  /** Whether there is a search page (and a search box on every page). */
  search: boolean;
  /** Whether feeds and the sitemap are written (discovery on): feeds announced on every page, the sitemap in robots.txt. */
  feeds: boolean;
}

export interface SectionLink {
  label: string;
  /** Site path: "archive/", "people/". */
  path: string;
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
  /** Feeds announced with <link rel="alternate">: the site's, and the page's own collection's. */
  feeds: FeedLink[];
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
  /** Its month's archive page ("April 2022"), or the undated articles' page; null without the archive. */
  month: LinkView | null;
  /** People, places, organizations and topics it is listed under; only groups with links. */
  groups: CollectionGroupView[];
  /** Related stories, most similar first. */
  related: RelatedView[];
  /** The original this article is a near-copy of, or null. */
  original: LinkView | null;
  /** Near-copies of this article elsewhere in the archive. */
  copies: LinkView[];
}

export interface CollectionGroupView {
  kind: CollectionKind;
  /** "People", "Places", "Organizations", "Topics". */
  heading: string;
  links: LinkView[];
}

export interface RelatedView extends LinkView {
  lang: string;
  date: DateView | null;
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

/** A link with a number of articles: an archive period, a person on /people/, a topic on /topics/. */
export interface CountedLinkView {
  /** Relative to the page it appears on. */
  href: string;
  /** "2022", "April 2022", "Nobuo Kishi". */
  label: string;
  count: number;
  /** "1 article", "1,234 articles". */
  countDisplay: string;
}

/** A page of a person, place, organization or topic: the front page's shape plus what the collection is. */
export interface CollectionPageView extends ListingPageView {
  kind: CollectionKind;
  /** "People", "Places", "Organizations", "Topics". */
  kindLabel: string;
  /** "12 articles". */
  countDisplay: string;
  /** The kind's index. */
  up: LinkView;
  /** Its Atom feed, linked in the page as well as announced in the head. */
  feed: FeedLink | null;
}

/** A page of /people/, /places/, /organizations/ or /topics/: the collections ranked by article count. */
export interface CollectionIndexView extends PageView {
  outputPath: string;
  heading: string;
  kind: CollectionKind;
  /** "1,234 people". */
  countDisplay: string;
  entries: CountedLinkView[];
  /** Rank of the first entry: 1 on page 1, 201 on page 2. */
  start: number;
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
}

/** Global data `broadsheet` handed to Eleventy, which renders templates/pages/*. */
export interface SiteData {
  site: SiteView;
  listings: ListingPageView[];
  search: PageView;
  notFound: PageView;
  robots: string;
}
