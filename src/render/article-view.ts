// An Article as its page's template sees it: formatted, linked relative to the page, with meta and JSON-LD.

import type { Article } from "../types.ts";
import { formatDate, formatReadingTime, formatWords } from "./format.ts";
import { articleJsonLd } from "./json-ld.ts";
import { canonicalUrl, hrefTo, rootFor } from "./links.ts";
import { articleMeta } from "./meta.ts";
import type { ArticlePageView, LinkView, SiteView } from "./views.ts";

/** What a previous/next link needs of the article it points to. */
export type Neighbour = Pick<Article, "title" | "path">;

export interface Neighbours {
  /** Newer article in front-page order. */
  previous: Neighbour | null;
  /** Older article in front-page order. */
  next: Neighbour | null;
}

/** The view `templates/article.njk` renders; `bodyHtml` must come from Broadsheet's own body renderer. */
export function articleView(article: Article, bodyHtml: string, neighbours: Neighbours, site: SiteView): ArticlePageView {
  const root = rootFor(article.path);
  const canonical = canonicalUrl(site, article.path);
  const lang = article.lang;
  const link = (other: Neighbour | null): LinkView | null =>
    other === null ? null : { href: hrefTo(root, other.path), title: other.title };
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
    jsonLd: articleJsonLd(article, canonical, site),
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
    previous: link(neighbours.previous),
    next: link(neighbours.next),
  };
}
