// Every list page Broadsheet renders itself besides the article pages (issue #3): the date archive,
// the pages and indexes of people, places, organisations and topics, and their feeds. (Eleventy
// renders the front page, 404, robots.txt and the search page; the build writes the sitemap.)
// They come in units (the archive, one collection, one index, the site's feeds) that the build deals
// out to its threads: each thread is sent the listed articles and the collections once, and makes,
// renders and writes the pages of its units, one at a time (at 100,000 articles over 100,000 files).

import type { Article, Collection, CollectionKind, Discovery, ListedArticle, Page } from "../types.ts";
import { archiveViews } from "./archives.ts";
import { collectionIndexViews, collectionPageViews } from "./collection-views.ts";
import { feedLinks, renderFeeds, feedSize } from "./feeds.ts";
import { listingPath } from "./listing-views.ts";
import type { Templates } from "./templates.ts";
import type { SitemapUrl } from "./sitemap.ts";
import type { SiteView } from "./views.ts";

const kinds: CollectionKind[] = ["person", "place", "organization", "topic"];

/** What a thread is sent of each article for the site pages. */
export function listedArticle({ path, title, lang, date, description, author, tags }: Article): ListedArticle {
  return { path, title, lang, date, description, author, tags };
}

export interface SitePagesInput {
  /** In front-page order. */
  articles: readonly ListedArticle[];
  /** Discovery.collections: their `articles` index `articles`. */
  collections: readonly Collection[];
  site: SiteView;
  pageSize: number;
}

/** An HTML page still to be rendered: a template of templates/ and its view. */
export interface PageJob {
  template: string;
  view: { path: string; outputPath: string };
}

/** How many units the site pages come in: the archive, each collection, each kind's index, the site's feeds. */
export function siteUnitCount(input: SitePagesInput): number {
  return 1 + input.collections.length + kinds.length + 1;
}

/**
 * The pages of unit `unit` (0 ≤ unit < siteUnitCount), in a fixed order: HTML pages as jobs (rendering is
 * the costly part, done where the caller likes), feeds written.
 */
export function* unitPages(input: SitePagesInput, unit: number): Generator<PageJob | Page> {
  const { articles, collections, site, pageSize } = input;
  if (unit === 0) {
    const archive = archiveViews(articles, site, pageSize);
    yield { template: "archive-index.njk", view: archive.index };
    for (const view of archive.listings) yield { template: "archive.njk", view };
    return;
  }
  const collection = collections[unit - 1];
  if (collection !== undefined) {
    const source = { title: `${collection.name} – ${site.title}`, path: collection.path };
    const links = feedLinks(source, site, "");
    for (const view of collectionPageViews(collection, articles, site, pageSize, links)) yield { template: "collection.njk", view };
    yield* renderFeeds({ title: source.title, path: source.path, articles: collection.articles.slice(0, feedSize).map((i) => articles[i]!) }, site);
    return;
  }
  const kind = kinds[unit - 1 - collections.length];
  if (kind !== undefined) {
    for (const view of collectionIndexViews(kind, collections, site)) yield { template: "collection-index.njk", view };
    return;
  }
  yield* renderFeeds({ title: site.title, path: "", articles: articles.slice(0, feedSize) }, site);
}

/**
 * The units in batches of about `pages` pages each (the archive alone, first: it is the largest), in unit
 * order, for threads to take one at a time as they are free. Dealt out in fixed shares instead, one
 * thread finished its pages about 1 s before the other at 100,000 articles.
 */
export function siteUnitBatches(input: SitePagesInput, pages: number): number[][] {
  const { articles, collections, pageSize } = input;
  const listPages = (count: number): number => Math.max(1, Math.ceil(count / pageSize));
  // About how many files each unit writes: the archive has a list of each year and each month.
  const weights = [
    2 * listPages(articles.length),
    ...collections.map((collection) => listPages(collection.articles.length) + 2),
    ...kinds.map(() => 1),
    2,
  ];
  const batches: number[][] = [[0]];
  let batch: number[] = [];
  let weight = 0;
  for (let unit = 1; unit < weights.length; unit++) {
    batch.push(unit);
    weight += weights[unit]!;
    if (weight >= pages) {
      batches.push(batch);
      [batch, weight] = [[], 0];
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Every unit, in order. */
export const allSiteUnits = (input: SitePagesInput): number[] => Array.from({ length: siteUnitCount(input) }, (_, unit) => unit);

/** Writes the given units; returns each one's HTML page paths (for the sitemap), by unit. */
export function writeSiteUnits(
  input: SitePagesInput,
  units: readonly number[],
  templates: Templates,
  write: (page: Page) => void,
): [unit: number, paths: string[]][] {
  const written: [number, string[]][] = [];
  for (const unit of units) {
    const paths: string[] = [];
    for (const page of unitPages(input, unit)) {
      if ("template" in page) {
        paths.push(page.view.path);
        write(renderPageJob(page, templates));
      } else write(page);
    }
    written.push([unit, paths]);
  }
  return written;
}

/** Sitemap entries of the site pages, in unit order, from what writeSiteUnits returned on every thread. */
export function siteUnitUrls(parts: readonly [number, string[]][][]): SitemapUrl[] {
  const byUnit = parts.flat().sort((a, b) => a[0] - b[0]);
  return byUnit.flatMap(([, paths]) => paths.map((path) => ({ path, lastmod: null })));
}

/** A job's page, rendered. */
export function renderPageJob(job: PageJob, templates: Templates): Page {
  return { outputPath: job.view.outputPath, content: templates.render(job.template, job.view) };
}

/**
 * Sitemap entries of the pages not made by `sitePages`: the front page's pages, the search page and the
 * articles (near-copies left out: their canonical page is the original's), with a lastmod where dated.
 */
export function otherSitemapUrls(articles: readonly Article[], discovery: Pick<Discovery, "byArticle">, listingPages: number, search: boolean): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (let number = 1; number <= listingPages; number++) urls.push({ path: listingPath(number), lastmod: null });
  if (search) urls.push({ path: "search/", lastmod: null });
  articles.forEach((article, i) => {
    if (discovery.byArticle[i]!.original === null) urls.push({ path: article.path, lastmod: article.date?.iso ?? null });
  });
  return urls;
}
