// Relative links between pages and absolute (or root-relative) canonical URLs, so a site works under any sub-path.

import type { SiteView } from "./views.ts";

/** Prefix from a page at `path` ("", "page/2/", "articles/x/") back to the site root: "", "../../". */
export function rootFor(path: string): string {
  return "../".repeat(path.split("/").filter((part) => part !== "").length);
}

/** Href from a page whose root prefix is `root` to the page at `path`; never "" (which would mean "this page"). */
export function hrefTo(root: string, path: string): string {
  const href = root + path;
  return href === "" ? "./" : href;
}

/**
 * Canonical URL of the page at `path`: absolute with a base URL; without one, relative to the page
 * itself, because a root-relative "/articles/x/" would be wrong when the site is served under a sub-path.
 */
export function canonicalUrl(site: SiteView, path: string): string {
  return urlFrom(site, rootFor(path), path);
}

/** URL of the page at `path` for metadata on a page whose root prefix is `root`: absolute with a base URL, else relative. */
export function urlFrom(site: SiteView, root: string, path: string): string {
  return site.baseUrl === null ? hrefTo(root, path) : site.baseUrl + path;
}
