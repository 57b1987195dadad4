// The site-wide feeds (the newest articles): announced on every page with <link rel="alternate">.

import { feedLinks, type FeedLink } from "./feeds.ts";
import type { SiteView } from "./views.ts";

/** Links to /feed.xml (and /feed.json with a base URL) from a page whose root prefix is `root`. */
export function siteFeeds(site: SiteView, root: string): FeedLink[] {
  if (!site.feeds) return [];
  return feedLinks({ title: site.title, path: "" }, site, root);
}
