// sitemap.xml for search engines: one file while it fits the protocol's limits, else an index of numbered child sitemaps.

import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ErrorLevel, SitemapIndexStream, SitemapStream } from "sitemap";
import type { Page } from "../types.ts";
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
 * `sitemap-2.xml`, … each within the limits.
 *
 * Returns no pages without a base URL, or with no URLs: the protocol requires absolute URLs ("must begin with
 * the protocol"), and a sitemap lists at least one. Asynchronous because the `sitemap` package is stream-based.
 */
export async function renderSitemaps(
  urls: readonly SitemapUrl[],
  site: SiteView,
  limits: SitemapLimits = sitemapLimits,
): Promise<Page[]> {
  const baseUrl = site.baseUrl;
  if (baseUrl === null || urls.length === 0) return [];
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limits.urls) {
    files.push(...(await fit(urls.slice(start, start + limits.urls), baseUrl, limits.bytes)));
  }
  if (files.length === 1) return [{ outputPath: "sitemap.xml", content: files[0]!.xml }];
  if (files.length > limits.urls) {
    throw new RangeError(`${files.length} sitemaps are more than one index may list (${limits.urls})`);
  }
  const children = files.map((file, n) => ({ outputPath: `sitemap-${n + 1}.xml`, content: file.xml }));
  const index = await collect(
    new SitemapIndexStream({ level: ErrorLevel.THROW, lastmodDateOnly: true }),
    files.map((file, n) => withLastmod(baseUrl + children[n]!.outputPath, file.lastmod)),
  );
  return [{ outputPath: "sitemap.xml", content: index }, ...children];
}

interface SitemapFile {
  xml: string;
  /** Newest lastmod of its URLs, or null. */
  lastmod: string | null;
}

/** `urls` as one urlset, halved until each part is at most `bytes` long (only URLs near 2,000 characters get there). */
async function fit(urls: readonly SitemapUrl[], baseUrl: string, bytes: number): Promise<SitemapFile[]> {
  const days = urls.map((url) => (url.lastmod === null ? null : dayOf(url.lastmod)));
  const xml = await collect(
    new SitemapStream({ xmlns: noExtensions, level: ErrorLevel.THROW, lastmodDateOnly: true }),
    urls.map((url, n) => withLastmod(baseUrl + url.path, days[n] ?? null)),
  );
  if (Buffer.byteLength(xml) <= bytes) {
    const newest = days.reduce<string | null>((max, day) => (day !== null && (max === null || day > max) ? day : max), null);
    return [{ xml, lastmod: newest }];
  }
  if (urls.length === 1) throw new RangeError(`the sitemap entry of /${urls[0]!.path} alone is over ${bytes} bytes`);
  const half = Math.ceil(urls.length / 2);
  return [...(await fit(urls.slice(0, half), baseUrl, bytes)), ...(await fit(urls.slice(half), baseUrl, bytes))];
}

// Only the core protocol: no image, video, news or xhtml namespaces.
const noExtensions = { news: false, xhtml: false, image: false, video: false };

const withLastmod = (url: string, lastmod: string | null) => (lastmod === null ? { url } : { url, lastmod });

/**
 * "YYYY-MM-DD": the day as written, so a time with an offset stays on the day the site shows it under
 * (the `sitemap` package would move it to its UTC day, and read a date-time with no zone in the host's zone).
 */
function dayOf(lastmod: string): string {
  const match = /^(\d{4}-\d{2})(-\d{2})?(?:$|T)/.exec(lastmod);
  if (match === null) throw new RangeError(`lastmod "${lastmod}" is not a date like 2022-04-21, 2022-04 or 2022-04-21T09:30`);
  return `${match[1]}${match[2] ?? "-01"}`;
}

/** Everything `stream` writes for `items`, as one string. */
async function collect(stream: SitemapStream | SitemapIndexStream, items: readonly object[]): Promise<string> {
  const parts: string[] = [];
  const sink = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      parts.push(chunk);
      done();
    },
  });
  await pipeline(Readable.from(items), stream, sink);
  return parts.join("");
}
