// Atom (feed.xml) and JSON Feed 1.1 (feed.json) of a collection's newest articles, and the <link>s that announce them.

import { createHash } from "node:crypto";
import { Feed } from "feed";
import type { Article, ArticleDate, Page } from "../types.ts";
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
  articles: readonly Article[];
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
  const entries = source.articles.slice(0, feedSize);
  const pages = [{ outputPath: `${source.path}${atom.file}`, content: atomFeed(source, entries, site) }];
  if (site.baseUrl !== null) {
    pages.push({ outputPath: `${source.path}${json.file}`, content: jsonFeed(source, entries, site.baseUrl, site) });
  }
  return pages;
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
const epoch = new Date(0);

function atomFeed(source: FeedSource, entries: readonly Article[], site: SiteView): string {
  // The `feed` package accepts only absolute URLs; without a base URL a reserved host (RFC 2606) stands in and
  // is replaced below by the relative path from the feed's folder.
  const base = site.baseUrl ?? placeholder;
  const url = (path: string) => new URL(path, base).href;
  const dates = entries.map((article) => instantOf(article.date));
  const times = dates.flatMap((date) => (date === null ? [] : [date.getTime()]));
  const feed = new Feed({
    id: idFor(`${source.path}${atom.file}`, site),
    title: source.title,
    updated: times.length === 0 ? epoch : new Date(Math.max(...times)),
    generator: "Broadsheet",
    link: url(source.path),
    feed: url(`${source.path}${atom.file}`),
    // Atom needs an author for every entry; the site stands in where an article names none.
    author: { name: site.title },
  });
  entries.forEach((article, n) => {
    const date = dates[n] ?? null;
    feed.addItem({
      // `feed` writes these two as type="html", so the plain text is escaped once for that.
      title: escapeHtml(article.title),
      description: article.description === "" ? undefined : escapeHtml(article.description),
      id: idFor(article.path, site),
      link: url(article.path),
      date: date ?? epoch,
      published: date ?? undefined,
      author: article.author === null ? undefined : [{ name: article.author }],
      // `feed` escapes only "&" and '"' in attributes: a "<" would break the XML, so such a tag is left out.
      category: article.tags.filter((tag) => !tag.includes("<")).map((tag) => ({ term: tag })),
    });
  });
  const xml = feed.atom1();
  return site.baseUrl === null ? relativeLinks(xml, rootFor(source.path)) : xml;
}

const placeholder = "https://broadsheet.invalid/";
// Only <link href> carries our URLs; text and our escaped HTML cannot contain '<link' or a raw '"'.
const PLACEHOLDER_LINK = /(<link\b[^>]*?\bhref=")https:\/\/broadsheet\.invalid\/([^"]*)"/g;

function relativeLinks(xml: string, root: string): string {
  return xml.replace(PLACEHOLDER_LINK, (_, start: string, path: string) => `${start}${hrefTo(root, path)}"`);
}

function jsonFeed(source: FeedSource, entries: readonly Article[], baseUrl: string, site: SiteView): string {
  const url = (path: string) => new URL(path, baseUrl).href;
  // Written directly: `feed` 6 writes JSON Feed 1.0 and puts plain text into content_html unescaped.
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: source.title,
    home_page_url: url(source.path),
    feed_url: url(`${source.path}${json.file}`),
    language: site.language,
    items: entries.map((article) => ({
      id: url(article.path),
      url: url(article.path),
      title: article.title,
      content_text: article.description,
      summary: article.description === "" ? undefined : article.description,
      date_published: instantOf(article.date)?.toISOString(),
      authors: article.author === null ? undefined : [{ name: article.author }],
      tags: article.tags.length === 0 ? undefined : article.tags,
      language: article.lang === site.language ? undefined : article.lang,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The instant a date stands for: midnight UTC of its day, or the time as written (UTC when it names no zone). */
function instantOf(date: ArticleDate | null): Date | null {
  if (date === null) return null;
  const zoned = /(?:Z|[+-]\d{2}:\d{2})$/i.test(date.iso);
  const instant = new Date(date.precision !== "time" ? `${date.day}T00:00:00Z` : zoned ? date.iso : `${date.iso}Z`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The page's URL with a base URL; else a name-based (version 5) UUID URN of site title and page path (RFC 9562 §5.5). */
function idFor(path: string, site: SiteView): string {
  if (site.baseUrl !== null) return new URL(path, site.baseUrl).href;
  const hash = createHash("sha1").update(uuidNamespace).update(`${site.title}\n${path}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Broadsheet's own namespace for those UUIDs (random, fixed forever).
const uuidNamespace = Buffer.from("6f1c2a4e9b3d4f0a8e7c5d2b1a093e84", "hex");

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
