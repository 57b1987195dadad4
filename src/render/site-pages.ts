// Every list page Broadsheet renders itself besides the article pages (issue #3): the date archive,
// the pages and indexes of people, places, organisations and topics, the feeds and the sitemap.
// Yielded one page at a time so the build can write each and let it go: at 100,000 articles these
// are over 100,000 files. (Eleventy renders the front page, 404, robots.txt and the search page.)

import type { Article, CollectionKind, Discovery, Page } from "../types.ts";
import { archiveViews } from "./archives.ts";
import { collectionIndexViews, collectionPageViews } from "./collection-views.ts";
import { feedLinks, renderFeeds, feedSize } from "./feeds.ts";
import { listingPath } from "./listing-views.ts";
import type { Templates } from "./templates.ts";
import type { SitemapUrl } from "./sitemap.ts";
import type { SiteView } from "./views.ts";

const kinds: CollectionKind[] = ["person", "place", "organization", "topic"];

export interface SitePagesInput {
  /** In front-page order. */
  articles: readonly Article[];
  discovery: Discovery;
  site: SiteView;
  pageSize: number;
}

/** An HTML page still to be rendered: a template of templates/ and its view (copied to a thread as is). */
export interface PageJob {
  template: string;
  view: { path: string; outputPath: string };
}

/**
 * The pages, in a fixed order: archive, collections and their feeds, indexes, the site's feeds. HTML
 * pages come as jobs (rendering is the costly part, done where the caller likes); feeds come written.
 * Each HTML page's site path is added to `sitemap` as it is made.
 */
export function* sitePages(input: SitePagesInput, sitemap: SitemapUrl[]): Generator<PageJob | Page> {
  const { articles, discovery, site, pageSize } = input;
  const html = (template: string, view: { path: string; outputPath: string }): PageJob => {
    sitemap.push({ path: view.path, lastmod: null });
    return { template, view };
  };

  const archive = archiveViews(articles, site, pageSize);
  yield html("archive-index.njk", archive.index);
  for (const view of archive.listings) yield html("archive.njk", view);

  for (const collection of discovery.collections) {
    const source = { title: `${collection.name} – ${site.title}`, path: collection.path };
    const links = feedLinks(source, site, "");
    for (const view of collectionPageViews(collection, articles, site, pageSize, links)) yield html("collection.njk", view);
    yield* renderFeeds({ ...source, articles: collection.articles.slice(0, feedSize).map((i) => articles[i]!) }, site);
  }
  for (const kind of kinds) for (const view of collectionIndexViews(kind, discovery.collections, site)) yield html("collection-index.njk", view);

  yield* renderFeeds({ title: site.title, path: "", articles: articles.slice(0, feedSize) }, site);
}

/** A job's page, rendered. */
export function renderPageJob(job: PageJob, templates: Templates): Page {
  return { outputPath: job.view.outputPath, content: templates.render(job.template, job.view) };
}

/**
 * Sitemap entries of the pages not made by `sitePages`: the front page's pages, the search page and the
 * articles (near-copies left out: their canonical page is the original's), with a lastmod where dated.
 */
export function otherSitemapUrls(articles: readonly Article[], discovery: Discovery, listingPages: number, search: boolean): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (let number = 1; number <= listingPages; number++) urls.push({ path: listingPath(number), lastmod: null });
  if (search) urls.push({ path: "search/", lastmod: null });
  articles.forEach((article, i) => {
    if (discovery.byArticle[i]!.original === null) urls.push({ path: article.path, lastmod: article.date?.iso ?? null });
  });
  return urls;
}
