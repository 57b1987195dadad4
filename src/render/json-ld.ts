// schema.org JSON-LD for articles (NewsArticle) and list pages (WebSite + CollectionPage), safe inside <script>.

import type { PageArticle } from "../types.ts";
import { hrefTo, rootFor } from "./links.ts";
import type { SiteView } from "./views.ts";

/**
 * JSON for a <script type="application/ld+json"> element. Escaping every "<" as \u003c keeps the JSON
 * identical once parsed while "</script>" or "<!--" in a title can no longer end the element early.
 * https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** The site's home page as seen from the page at `path`. */
function siteUrl(site: SiteView, path: string): string {
  return site.baseUrl ?? hrefTo(rootFor(path), "");
}

/** A person, place or organisation an article names, with its page on the site. */
export interface Mention {
  type: "Person" | "Place" | "Organization";
  name: string;
  url: string;
}

/** A NewsArticle for the article page at `url`, naming the entities it mentions. */
export function articleJsonLd(article: PageArticle, url: string, site: SiteView, mentions: readonly Mention[] = []): string {
  const home = siteUrl(site, article.path);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    wordCount: article.words,
    inLanguage: article.lang,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    publisher:
      article.publisher !== null
        ? { "@type": "Organization", name: article.publisher }
        : { "@type": "Organization", name: site.title, url: home },
  };
  if (article.date !== null) data["datePublished"] = article.date.iso;
  if (article.author !== null) data["author"] = { "@type": "Person", name: article.author };
  if (article.tags.length > 0) data["keywords"] = article.tags;
  if (mentions.length > 0) data["mentions"] = mentions.map(({ type, name, url }) => ({ "@type": type, name, url }));
  return serializeJsonLd(data);
}

/** The site (WebSite) and the list page at `path` (CollectionPage, part of the site) at canonical `url`. */
export function listingJsonLd(title: string, description: string, url: string, site: SiteView, path: string): string {
  const home = siteUrl(site, path);
  const website = `${home}#website`;
  return serializeJsonLd({
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": website,
        name: site.title,
        description: site.description,
        url: home,
        inLanguage: site.language,
      },
      {
        "@type": "CollectionPage",
        "@id": url,
        name: title,
        description,
        url,
        inLanguage: site.language,
        isPartOf: { "@id": website },
      },
    ],
  });
}
