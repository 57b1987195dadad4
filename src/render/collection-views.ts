// Pages of people, places, organisations and topics (issue #3): each collection's paginated list of
// articles, and each kind's index ranked by article count. Made one page at a time (generators): at
// 100,000 articles the collections list about a million entries, too many to hold as views at once.

import { collectionFolders } from "../enrich/discover.ts";
import type { Collection, CollectionKind, ListedArticle } from "../types.ts";
import { periodPagePath } from "./archive-listing.ts";
import type { FeedLink } from "./feeds.ts";
import { formatArticleCount, formatNumber } from "./format.ts";
import { hrefTo } from "./links.ts";
import { listPageBase, summary } from "./listing-views.ts";
import type { CollectionIndexView, CollectionPageView, CountedLinkView, SiteView } from "./views.ts";

/** Entries on one page of a kind's index (/people/, /topics/, …). */
export const indexPageSize = 200;

/** Singular and plural names of each kind, for headings and descriptions. */
export const kindNames: Record<CollectionKind, { one: string; many: string; title: string }> = {
  person: { one: "person", many: "people", title: "People" },
  place: { one: "place", many: "places", title: "Places" },
  organization: { one: "organization", many: "organizations", title: "Organizations" },
  topic: { one: "topic", many: "topics", title: "Topics" },
};

/** Site path of a kind's index: "people/". */
export const indexPathOf = (kind: CollectionKind): string => `${collectionFolders[kind]}/`;

/**
 * The list pages of `collection`, `pageSize` articles each, newest first. `feeds(collection)` gives its
 * feed links from the site root (see feeds.ts), announced on every page of it.
 */
export function* collectionPageViews(
  collection: Collection,
  ordered: readonly ListedArticle[],
  site: SiteView,
  pageSize: number,
  feeds: readonly FeedLink[],
): Generator<CollectionPageView> {
  const kind = kindNames[collection.kind];
  const count = collection.articles.length;
  const total = Math.max(1, Math.ceil(count / pageSize));
  const countDisplay = formatArticleCount(count, site.language);
  for (let number = 1; number <= total; number++) {
    const path = periodPagePath(collection.path, number);
    const heading = number === 1 ? collection.name : `${collection.name}, page ${number} of ${total}`;
    const description = `${countDisplay} in ${site.title} about ${collection.name} (${kind.one}).`;
    const base = listPageBase(path, `${heading} – ${site.title}`, description, site);
    const { root } = base;
    const articles = collection.articles.slice((number - 1) * pageSize, number * pageSize);
    const own = feeds.map((feed): FeedLink => ({ rel: feed.rel, type: feed.type, title: feed.title, href: root + feed.href }));
    yield Object.assign(base, {
      feeds: [...base.feeds, ...own],
      feed: own[0] === undefined ? null : { rel: own[0].rel, type: own[0].type, title: "Feed", href: own[0].href },
      heading,
      kind: collection.kind,
      kindLabel: kind.title,
      countDisplay,
      number,
      total,
      items: articles.map((article) => summary(ordered[article]!, root)),
      previous: number > 1 ? hrefTo(root, periodPagePath(collection.path, number - 1)) : null,
      next: number < total ? hrefTo(root, periodPagePath(collection.path, number + 1)) : null,
      up: { href: hrefTo(root, indexPathOf(collection.kind)), title: kind.title },
    });
  }
}

/** A kind's index: its collections by article count (most first, then by name), `indexPageSize` a page. */
export function* collectionIndexViews(kind: CollectionKind, collections: readonly Collection[], site: SiteView): Generator<CollectionIndexView> {
  const names = kindNames[kind];
  const ranked = collections
    .filter((c) => c.kind === kind)
    .sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.path < b.path ? -1 : 1));
  const indexPath = indexPathOf(kind);
  const total = Math.max(1, Math.ceil(ranked.length / indexPageSize));
  for (let number = 1; number <= total; number++) {
    const path = periodPagePath(indexPath, number);
    const heading = number === 1 ? names.title : `${names.title}, page ${number} of ${total}`;
    const description = `The ${names.many} in ${site.title}, by number of articles.`;
    const base = listPageBase(path, `${heading} – ${site.title}`, description, site);
    const { root } = base;
    yield Object.assign(base, {
      heading,
      kind,
      countDisplay: `${formatNumber(ranked.length, site.language)} ${ranked.length === 1 ? names.one : names.many}`,
      entries: ranked.slice((number - 1) * indexPageSize, number * indexPageSize).map((c): CountedLinkView => ({
        href: hrefTo(root, c.path),
        label: c.name,
        count: c.articles.length,
        countDisplay: formatArticleCount(c.articles.length, site.language),
      })),
      start: (number - 1) * indexPageSize + 1,
      number,
      total,
      previous: number > 1 ? hrefTo(root, periodPagePath(indexPath, number - 1)) : null,
      next: number < total ? hrefTo(root, periodPagePath(indexPath, number + 1)) : null,
    });
  }
}
