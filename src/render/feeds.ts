// Atom (feed.xml) and JSON Feed 1.1 (feed.json) of a collection's newest articles, and the <link>s that announce them.

import { createHash } from "node:crypto";
import type { ArticleDate, ListedArticle, Page } from "../types.ts";
import { writeAtom } from "./atom.ts";
import { isCalendarDay } from "./format.ts";
import { writeJsonFeed } from "./json-feed.ts";
import { hrefTo, rootFor } from "./links.ts";
import type { SiteView } from "./views.ts";

/** Newest articles a feed holds. */
export const feedSize = 50;

export interface FeedSource {
  /** Feed title, e.g. the site title or "Japan – The Example Archive". */
  title: string;
  /** Site path of the collection page the feed belongs to: "" or "topics/japan/"; feeds are written beside it. */
  path: string;
  /** In front-page order (newest first, undated last). */
  articles: readonly ListedArticle[];
}

/** Data for one <link rel="alternate" type=… title=… href=…> in a page's head. */
export interface FeedLink {
  rel: "alternate";
  type: "application/atom+xml" | "application/feed+json";
  title: string;
  /** Relative to the page the link is on. */
  href: string;
}

/**
 * `${path}feed.xml` (Atom) and, with a base URL, `${path}feed.json` (JSON Feed 1.1) of the newest
 * `feedSize` articles. Deterministic: no clock is read (see `updated` below).
 *
 * Without a base URL nothing absolute is known, so the Atom feed uses `urn:uuid:` ids (name-based, from
 * the site title and the page path, so stable from build to build) and links relative to the feed's own
 * URL, which Atom resolves like HTML (RFC 4287 §2, xml:base). JSON Feed has no rule for relative URLs, so
 * none is written then: set a base URL for both feeds and absolute ids (the ids change when one is set).
 */
export function renderFeeds(source: FeedSource, site: SiteView): Page[] {
  const entries = source.articles.slice(0, feedSize).map((article): Entry => {
    const path = encodePath(article.path);
    return { article, path, url: site.baseUrl === null ? null : site.baseUrl + path, date: instantOf(article.date) };
  });
  const pages = [{ outputPath: `${source.path}${atom.file}`, content: atomFeed(source, entries, site) }];
  if (site.baseUrl !== null) {
    pages.push({ outputPath: `${source.path}${json.file}`, content: jsonFeed(source, entries, site.baseUrl, site) });
  }
  return pages;
}

/** An article with what both formats need of it, worked out once. */
interface Entry {
  article: ListedArticle;
  /** Its path, percent-encoded. */
  path: string;
  /** Absolute with a base URL, else null. */
  url: string | null;
  /** RFC 3339 in UTC, or null when undated. */
  date: string | null;
}

const atom = { file: "feed.xml", type: "application/atom+xml", name: "Atom" } as const;
const json = { file: "feed.json", type: "application/feed+json", name: "JSON Feed" } as const;

/** The feeds `renderFeeds` writes for the collection at `source.path`, linked from the page whose root prefix is `root`. */
export function feedLinks(source: { title: string; path: string }, site: SiteView, root = rootFor(source.path)): FeedLink[] {
  return (site.baseUrl === null ? [atom] : [atom, json]).map((format) => ({
    rel: "alternate",
    type: format.type,
    title: `${source.title} (${format.name})`,
    href: hrefTo(root, `${source.path}${format.file}`),
  }));
}

// Atom requires an <updated> on the feed and on every entry: the feed's is its newest article's date. An
// undated article, or a feed with no dated article, gets the Unix epoch: fixed, so a rebuild never makes an
// entry look changed.
const epoch = new Date(0).toISOString();

function atomFeed(source: FeedSource, entries: readonly Entry[], site: SiteView): string {
  // Without a base URL, links are relative to the feed's own URL, which is in the collection page's folder.
  const root = rootFor(source.path);
  const link = (path: string) => (site.baseUrl === null ? hrefTo(root, path) : site.baseUrl + path);
  // Dates in UTC with milliseconds (instantOf) sort as text.
  const newest = entries.reduce<string | null>((max, { date }) => (date !== null && (max === null || date > max) ? date : max), null);
  return writeAtom({
    id: idFor(`${source.path}${atom.file}`, site),
    title: source.title,
    updated: newest ?? epoch,
    language: site.language,
    // Atom needs an author for every entry; the site stands in where an article names none.
    author: site.title,
    alternate: link(encodePath(source.path)),
    self: link(encodePath(`${source.path}${atom.file}`)),
    entries: entries.map(({ article, path, url, date }) => ({
      id: url ?? idFor(article.path, site),
      title: article.title,
      link: url ?? hrefTo(root, path),
      updated: date ?? epoch,
      published: date,
      author: article.author,
      summary: article.description,
      categories: article.tags,
      language: article.lang === site.language ? null : article.lang,
    })),
  });
}

function jsonFeed(source: FeedSource, entries: readonly Entry[], baseUrl: string, site: SiteView): string {
  return writeJsonFeed({
    title: source.title,
    home_page_url: baseUrl + encodePath(source.path),
    feed_url: baseUrl + encodePath(`${source.path}${json.file}`),
    language: site.language,
    items: entries.map(({ article, url, date }) => ({
      id: url!,
      url: url!,
      title: article.title,
      content_text: article.description,
      summary: article.description === "" ? undefined : article.description,
      date_published: date ?? undefined,
      authors: article.author === null ? undefined : [{ name: article.author }],
      tags: article.tags.length === 0 ? undefined : article.tags,
      language: article.lang === site.language ? undefined : article.lang,
    })),
  });
}

/** `path` as a URL path: Broadsheet's slugs as they are, anything else percent-encoded as the URL standard does. */
function encodePath(path: string): string {
  return PLAIN_PATH.test(path) ? path : new URL(`./${path}`, placeholder).href.slice(placeholder.length);
}

// Relative paths of unreserved characters (RFC 3986 §2.3), no segment "." or "..", which URL parsing leaves alone.
const PLAIN_PATH = /^(?:[\w~-][\w.~-]*\/)*(?:[\w~-][\w.~-]*)?$/;
const placeholder = "https://broadsheet.invalid/";

/** The instant a date stands for, in UTC: midnight UTC of its day, or the time as written (UTC when it names no zone). */
function instantOf(date: ArticleDate | null): string | null {
  if (date === null) return null;
  // Days need no Date (about 1 µs each, many times per article, as it sits in many feeds).
  if (date.precision !== "time" && isCalendarDay(date.day)) return `${date.day}T00:00:00.000Z`;
  const zoned = /(?:Z|[+-]\d{2}:\d{2})$/i.test(date.iso);
  const instant = new Date(date.precision !== "time" ? `${date.day}T00:00:00Z` : zoned ? date.iso : `${date.iso}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}


/** The page's URL with a base URL; else a name-based (version 5) UUID URN of site title and page path (RFC 9562 §5.5). */
function idFor(path: string, site: SiteView): string {
  if (site.baseUrl !== null) return site.baseUrl + encodePath(path);
  let ids = uuids.get(site);
  if (ids === undefined) uuids.set(site, (ids = new Map()));
  let id = ids.get(path);
  if (id === undefined) ids.set(path, (id = uuidFor(site.title, path)));
  return id;
}

// An article sits in many feeds (the site's and those of its topics, people, places and organizations), and
// a SHA-1 costs about 5 µs: each page's UUID is worked out once per site (dropped with the SiteView).
const uuids = new WeakMap<SiteView, Map<string, string>>();

function uuidFor(siteTitle: string, path: string): string {
  const hash = createHash("sha1").update(uuidNamespace).update(`${siteTitle}\n${path}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Broadsheet's own namespace for those UUIDs (random, fixed forever).
const uuidNamespace = Buffer.from("6f1c2a4e9b3d4f0a8e7c5d2b1a093e84", "hex");
