// An Article as its page's template sees it: formatted, linked relative to the page, with meta and JSON-LD.

import type { ArticleDate, ArticleLinks, Collection, CollectionKind, ListedArticle, PageArticle } from "../types.ts";
import { monthLinkOf } from "./archives.ts";
import { formatDate, formatReadingTime, formatWords } from "./format.ts";
import { articleJsonLd, type Mention } from "./json-ld.ts";
import { hrefTo, rootFor, urlFrom } from "./links.ts";
import { articleMeta } from "./meta.ts";
import { siteFeeds } from "./site-feeds.ts";
import type { ArticlePageView, CollectionGroupView, LinkView, RelatedView, SiteView } from "./views.ts";

/** Another page an article page links to: only what a link needs (contexts are copied to threads). */
export interface Linked {
  title: string;
  path: string;
}

/** Everything an article page shows that comes from outside the article: made on the main thread, rendered on a thread. */
export interface ArticleContext {
  /** Newer neighbour in front-page order. */
  previous: Linked | null;
  /** Older neighbour in front-page order. */
  next: Linked | null;
  /** Its month's archive page, or the undated articles' page; null without the archive (discovery off). */
  month: Linked | null;
  /** Its people, places and organisations (most mentioned first), then its topics. */
  collections: (Linked & { kind: CollectionKind })[];
  related: (Linked & { date: ArticleDate | null; lang: string })[];
  /** The original this article is a near-copy of: its canonical page. */
  original: Linked | null;
  copies: Linked[];
}

/**
 * What article `index`'s page links to besides itself, made where the page is rendered from what every
 * thread is sent once (the listed articles, in front-page order, and the collections): a page job then
 * carries only indexes. `archive`: whether the site has date archives (discovery on) to link its month.
 */
export function articleContext(listed: readonly ListedArticle[], collections: readonly Collection[], index: number, links: ArticleLinks, language: string, archive: boolean): ArticleContext {
  const link = (n: number | null): Linked | null => {
    const other = n === null ? undefined : listed[n];
    return other === undefined ? null : { title: other.title, path: other.path };
  };
  const article = listed[index];
  if (article === undefined) throw new RangeError(`no listed article ${index} of ${listed.length}`);
  return {
    previous: link(index - 1),
    next: link(index + 1),
    month: archive ? monthLinkOf(article, language) : null,
    collections: links.collections.map((c) => {
      const { kind, name, path } = collections[c]!;
      return { kind, title: name, path };
    }),
    related: links.related.map((r) => {
      const other = listed[r]!;
      return { title: other.title, path: other.path, date: other.date, lang: other.lang };
    }),
    original: link(links.original),
    copies: links.copies.map((c) => link(c)!),
  };
}

/** Headings of the groups of links at the foot of an article, in the order shown. */
const groupHeadings: [CollectionKind, string][] = [
  ["person", "People"],
  ["place", "Places"],
  ["organization", "Organizations"],
  ["topic", "Topics"],
];

const mentionTypes: Record<Exclude<CollectionKind, "topic">, Mention["type"]> = { person: "Person", place: "Place", organization: "Organization" };

/** The view `templates/article.njk` renders; `bodyHtml` must come from Broadsheet's own body renderer. */
export function articleView(article: PageArticle, bodyHtml: string, context: ArticleContext, site: SiteView): ArticlePageView {
  const root = rootFor(article.path);
  const own = urlFrom(site, root, article.path);
  // A near-copy names its original as the canonical page, so search engines index the story once.
  const canonical = context.original === null ? own : urlFrom(site, root, context.original.path);
  const lang = article.lang;
  const link = (other: Linked | null): LinkView | null => (other === null ? null : { href: hrefTo(root, other.path), title: other.title });
  const mentions = context.collections.flatMap((c): Mention[] =>
    c.kind === "topic" ? [] : [{ type: mentionTypes[c.kind], name: c.title, url: urlFrom(site, root, c.path) }],
  );
  return {
    site,
    path: article.path,
    root,
    home: hrefTo(root, ""),
    pageTitle: `${article.title} – ${site.title}`,
    description: article.description === "" ? site.description : article.description,
    canonical,
    lang,
    meta: articleMeta(article, canonical, site),
    jsonLd: articleJsonLd(article, own, site, mentions),
    feeds: siteFeeds(site, root),
    article: {
      title: article.title,
      description: article.description,
      lang,
      date: article.date === null ? null : formatDate(article.date, lang),
      author: article.author,
      publisher: article.publisher,
      wordsDisplay: formatWords(article.words, lang),
      readingTime: formatReadingTime(article.readingMinutes, lang),
      tags: article.tags,
      bodyHtml,
    },
    previous: link(context.previous),
    next: link(context.next),
    month: link(context.month),
    groups: groupHeadings.flatMap(([kind, heading]): CollectionGroupView[] => {
      const links = context.collections.filter((c) => c.kind === kind).map((c) => link(c)!);
      return links.length === 0 ? [] : [{ kind, heading, links }];
    }),
    related: context.related.map((r): RelatedView => Object.assign(link(r)!, { lang: r.lang, date: r.date === null ? null : formatDate(r.date, r.lang) })),
    original: link(context.original),
    copies: context.copies.map((c) => link(c)!),
  };
}
