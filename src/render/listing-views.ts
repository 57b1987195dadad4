// The front page split into pages of `pageSize` articles: "" (index.html), then "page/2/", "page/3/", …

import type { ListedArticle } from "../types.ts";
import { siteFeeds } from "./site-feeds.ts";
import { formatDate } from "./format.ts";
import { listingJsonLd } from "./json-ld.ts";
import { canonicalUrl, hrefTo, rootFor } from "./links.ts";
import { listingMeta } from "./meta.ts";
import type { ListingPageView, PageView, SiteView, SummaryView } from "./views.ts";

/** Site path of list page `number` (1-based). */
export function listingPath(number: number): string {
  return number === 1 ? "" : `page/${number}/`;
}

/**
 * One view per list page, in `ordered` order. There is always at least one page (with no items
 * for an empty archive, which the template shows as an empty state) and never an empty extra one.
 */
export function listingViews(ordered: ListedArticle[], site: SiteView, pageSize: number): ListingPageView[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a whole number of at least 1, got ${pageSize}`);
  }
  const total = Math.max(1, Math.ceil(ordered.length / pageSize));
  const pages: ListingPageView[] = [];
  for (let number = 1; number <= total; number++) {
    const chunk = ordered.slice((number - 1) * pageSize, number * pageSize);
    pages.push(listingView(chunk, number, total, site));
  }
  return pages;
}

function listingView(articles: ListedArticle[], number: number, total: number, site: SiteView): ListingPageView {
  const path = listingPath(number);
  const heading = number === 1 ? "Latest articles" : `Articles, page ${number} of ${total}`;
  const pageTitle = number === 1 ? site.title : `Page ${number} of ${total} – ${site.title}`;
  const base = listPageBase(path, pageTitle, site.description, site);
  const { root } = base;
  return Object.assign(base, {
    heading,
    number,
    total,
    items: articles.map((article) => summary(article, root)),
    previous: number > 1 ? hrefTo(root, listingPath(number - 1)) : null,
    next: number < total ? hrefTo(root, listingPath(number + 1)) : null,
  });
}

/**
 * What every list page (front page, archives) shares: the PageView fields and where Eleventy writes it.
 * A new object each call, which callers complete with Object.assign rather than copy with a spread:
 * on Node 20 a spread followed by more properties (`{ ...base, heading }`) is V8's slow path, about
 * 4.7 µs an object against 0.08 µs, and its garbage outlives young-generation collections
 * (bench/object-spread.ts).
 */
export function listPageBase(path: string, pageTitle: string, description: string, site: SiteView): PageView & { outputPath: string } {
  const root = rootFor(path);
  const canonical = canonicalUrl(site, path);
  return {
    site,
    path,
    root,
    home: hrefTo(root, ""),
    pageTitle,
    description,
    canonical,
    lang: site.language,
    meta: listingMeta(pageTitle, description, canonical, site),
    jsonLd: listingJsonLd(pageTitle, description, canonical, site, path),
    feeds: siteFeeds(site, root),
    outputPath: `${path}index.html`,
  };
}

/** An article as a list entry, linked from a page whose root prefix is `root`. */
export function summary(article: ListedArticle, root: string): SummaryView {
  return {
    href: hrefTo(root, article.path),
    title: article.title,
    lang: article.lang,
    date: article.date === null ? null : formatDate(article.date, article.lang),
    description: article.description,
  };
}
