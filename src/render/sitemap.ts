// sitemap.xml for search engines: one file while it fits the protocol's limits, else an index of numbered child sitemaps.
// Written directly: the `sitemap` package took 3.2 s for 300,000 URLs, this about a tenth of that (bench/feeds-speed.ts).

import type { Page } from "../types.ts";
import { isCalendarDay } from "./format.ts";
import type { SiteView } from "./views.ts";

export interface SitemapUrl {
  /** Site path of the page: "", "articles/x/", "archive/2022/". */
  path: string;
  /** The page's date as Broadsheet writes them ("2022-04-21", "2022-04", "2022-04-21T09:30:00+09:00"), or null. */
  lastmod: string | null;
}

/** What one sitemap file (or index) may hold: https://www.sitemaps.org/protocol.html#index */
export interface SitemapLimits {
  urls: number;
  /** Uncompressed size in bytes. */
  bytes: number;
}

export const sitemapLimits: SitemapLimits = { urls: 50_000, bytes: 52_428_800 };

/**
 * `sitemap.xml` listing `urls` in the order given, with a `lastmod` (the calendar day as written) only where
 * one is known. Past `limits` (50,000 URLs or 50 MB) `sitemap.xml` becomes a sitemap index of `sitemap-1.xml`,
 * `sitemap-2.xml`, … each filled up to the limits in turn.
 *
 * Returns no pages without a base URL, or with no URLs: the protocol requires absolute URLs ("must begin with
 * the protocol"), and a sitemap lists at least one. Throws a RangeError for a lastmod that is not a date, a URL
 * over the protocol's 2,048 characters, or more URLs than one index of full sitemaps can list.
 */
export function renderSitemaps(urls: readonly SitemapUrl[], site: SiteView, limits: SitemapLimits = sitemapLimits): Page[] {
  const baseUrl = site.baseUrl;
  if (baseUrl === null || urls.length === 0) return [];
  const files = fill(urls, baseUrl, limits);
  if (files.length === 1) return [{ outputPath: "sitemap.xml", content: files[0]!.xml }];
  if (files.length > limits.urls) {
    throw new RangeError(`${files.length} sitemaps are more than one index may list (${limits.urls})`);
  }
  const children = files.map((file, n) => ({ outputPath: `sitemap-${n + 1}.xml`, content: file.xml }));
  const entries = files.map((file, n) => entry("sitemap", baseUrl + children[n]!.outputPath, file.lastmod));
  const index = `${xmlDeclaration}<sitemapindex xmlns="${namespace}">\n${entries.join("")}</sitemapindex>\n`;
  if (index.length > limits.bytes) throw new RangeError(`the sitemap index of ${files.length} sitemaps is over ${limits.bytes} bytes`);
  return [{ outputPath: "sitemap.xml", content: index }, ...children];
}

interface SitemapFile {
  xml: string;
  /** Newest lastmod of its URLs, or null. */
  lastmod: string | null;
}

const xmlDeclaration = `<?xml version="1.0" encoding="UTF-8"?>\n`;
const namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
const urlsetStart = `${xmlDeclaration}<urlset xmlns="${namespace}">\n`;
const urlsetEnd = "</urlset>\n";

// Every character written is ASCII (URLs as the URL standard serializes them, dates, markup), so a string's
// length is its size in bytes.

/** `urls` as urlsets, in order, each taking URLs until the next would pass a limit. */
function fill(urls: readonly SitemapUrl[], baseUrl: string, limits: SitemapLimits): SitemapFile[] {
  const files: SitemapFile[] = [];
  const empty = urlsetStart.length + urlsetEnd.length;
  let entries: string[] = [];
  let bytes = empty;
  let newest: string | null = null;
  for (const url of urls) {
    const day = url.lastmod === null ? null : dayOf(url.lastmod);
    const xml = entry("url", locOf(baseUrl, url.path), day);
    if (empty + xml.length > limits.bytes) throw new RangeError(`the sitemap entry of /${url.path} alone is over ${limits.bytes} bytes`);
    if (entries.length === limits.urls || bytes + xml.length > limits.bytes) {
      files.push({ xml: urlsetStart + entries.join("") + urlsetEnd, lastmod: newest });
      [entries, bytes, newest] = [[], empty, null];
    }
    entries.push(xml);
    bytes += xml.length;
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  files.push({ xml: urlsetStart + entries.join("") + urlsetEnd, lastmod: newest });
  return files;
}

/** A `<url>` of a urlset or a `<sitemap>` of an index, with a `<lastmod>` where one is known; one a line. */
function entry(tag: "url" | "sitemap", loc: string, lastmod: string | null): string {
  const escaped = loc.replace(XML_SPECIAL, (char) => XML_ESCAPES[char]!);
  return `<${tag}><loc>${escaped}</loc>${lastmod === null ? "" : `<lastmod>${lastmod}</lastmod>`}</${tag}>\n`;
}

// The URL serializer percent-encodes "<", ">" and '"' in paths but leaves "&" and "'".
const XML_SPECIAL = /[&<>"']/g;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** The absolute URL of the page at `path`, percent-encoded: "must be less than 2,048 characters" (and the XSD's tLoc). */
function locOf(baseUrl: string, path: string): string {
  const loc = PLAIN_PATH.test(path) ? baseUrl + path : new URL(baseUrl + path).href;
  if (loc.length > 2048) throw new RangeError(`the URL of /${path} is ${loc.length} characters; a sitemap allows at most 2,048`);
  return loc;
}

// Paths of unreserved characters (RFC 3986 §2.3), no segment "." or "..": the URL parser would leave them as they are.
const PLAIN_PATH = /^(?:[\w~-][\w.~-]*\/)*(?:[\w~-][\w.~-]*)?$/;

/**
 * "YYYY-MM-DD": the day as written, so a time with an offset stays on the day the site shows it under
 * (rather than moving to its UTC day, or being read in the host's zone when it names none).
 */
function dayOf(lastmod: string): string {
  const match = /^(\d{4}-\d{2})(-\d{2})?(?:$|T)/.exec(lastmod);
  const day = match === null ? null : `${match[1]}${match[2] ?? "-01"}`;
  if (day === null || !isCalendarDay(day)) {
    throw new RangeError(`lastmod "${lastmod}" is not a date like 2022-04-21, 2022-04 or 2022-04-21T09:30`);
  }
  return day;
}

