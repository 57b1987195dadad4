// Everything Eleventy needs for the pages it renders (front page and its pages, search page, 404, robots.txt).

import type { Article } from "../types.ts";
import { siteFeeds } from "./site-feeds.ts";
import { listPageBase, listingViews } from "./listing-views.ts";
import type { PageView, SiteData, SiteView } from "./views.ts";

/** robots.txt: everything may be crawled; with a base URL it names the sitemap (which needs absolute URLs; written with discovery on). */
export function robotsTxt(site: SiteView): string {
  return `User-agent: *\nAllow: /\n${site.baseUrl === null || !site.feeds ? "" : `\nSitemap: ${site.baseUrl}sitemap.xml\n`}`;
}

/** The global data `broadsheet` of templates/pages: list pages of `ordered`, the search page, the 404 page and robots.txt. */
export function siteData(ordered: Article[], site: SiteView, pageSize: number): SiteData {
  return {
    site,
    listings: listingViews(ordered, site, pageSize),
    search: listPageBase("search/", `Search – ${site.title}`, `Search every article in ${site.title}.`, site),
    notFound: notFoundView(site),
    robots: robotsTxt(site),
  };
}

/** The 404 page is served at any depth, so its links start from the base path instead of being relative. */
function notFoundView(site: SiteView): PageView {
  return {
    site,
    path: "404.html",
    root: site.basePath,
    home: site.basePath,
    pageTitle: `Page not found – ${site.title}`,
    description: "There is no page at this address.",
    canonical: null,
    lang: site.language,
    // Served in place of any missing page, so search engines should not list it under those addresses.
    meta: [{ attribute: "name", key: "robots", content: "noindex" }],
    jsonLd: null,
    feeds: siteFeeds(site, site.basePath),
  };
}
