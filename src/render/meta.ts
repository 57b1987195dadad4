// OpenGraph, article and Twitter meta tags for link previews; the layout prints them as <meta> elements.

import type { PageArticle } from "../types.ts";
import type { MetaTag, SiteView } from "./views.ts";

const property = (key: string, content: string): MetaTag => ({ attribute: "property", key, content });
const name = (key: string, content: string): MetaTag => ({ attribute: "name", key, content });

/** OpenGraph wants "en_GB"; a bare language ("en") has no such form, so it is left out. */
export function ogLocale(lang: string): string | null {
  const match = /^([a-z]{2,3})[-_]([a-z]{2})$/i.exec(lang);
  return match === null ? null : `${match[1]!.toLowerCase()}_${match[2]!.toUpperCase()}`;
}

function common(type: string, title: string, description: string, url: string, lang: string, site: SiteView): MetaTag[] {
  const tags = [
    property("og:type", type),
    property("og:title", title),
    property("og:url", url),
    property("og:site_name", site.title),
  ];
  if (description !== "") tags.push(property("og:description", description));
  const locale = ogLocale(lang);
  if (locale !== null) tags.push(property("og:locale", locale));
  return tags;
}

// Twitter/X reads og:title and og:description when its own tags are missing; only the card type is its own.
// https://developer.x.com/en/docs/x-for-websites/cards/guides/getting-started
const twitterCard = name("twitter:card", "summary");

/** Meta tags for an article page at canonical `url`. */
export function articleMeta(article: PageArticle, url: string, site: SiteView): MetaTag[] {
  const tags = common("article", article.title, article.description, url, article.lang, site);
  if (article.date !== null) tags.push(property("article:published_time", article.date.iso));
  if (article.author !== null) tags.push(property("article:author", article.author));
  for (const tag of article.tags) tags.push(property("article:tag", tag));
  tags.push(twitterCard);
  return tags;
}

/** Meta tags for a list page (front page and its later pages). */
export function listingMeta(title: string, description: string, url: string, site: SiteView): MetaTag[] {
  return [...common("website", title, description, url, site.language, site), twitterCard];
}
