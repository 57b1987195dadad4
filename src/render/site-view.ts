// The site's settings as templates see them, with the base path the 404 page needs.

import { ConfigError } from "../errors.ts";
import type { SiteSettings } from "../types.ts";
import type { SectionLink, SiteView } from "./views.ts";

/** Every page links these (with discovery on); their index pages always exist, with an empty state when the archive has none. */
export const sections: SectionLink[] = [
  { label: "Archive", path: "archive/" },
  { label: "People", path: "people/" },
  { label: "Places", path: "places/" },
  { label: "Organizations", path: "organizations/" },
  { label: "Topics", path: "topics/" },
  { label: "Search", path: "search/" },
];

/** Which parts of the site are built (Settings.discovery and Settings.search). */
export interface Features {
  discovery: boolean;
  search: boolean;
}

/** `settings` for templates: a base URL always ends in "/", and `basePath` is its path ("/" without one). */
export function siteView(settings: SiteSettings, features: Features = { discovery: true, search: true }): SiteView {
  const base = settings.baseUrl === null ? null : parseBase(settings.baseUrl);
  const search = features.discovery && features.search;
  return {
    title: settings.title,
    description: settings.description,
    language: settings.language,
    baseUrl: base === null ? null : base.href,
    basePath: base === null ? "/" : base.pathname,
    sections: features.discovery ? sections.filter((s) => search || s.path !== "search/") : [],
    search,
    feeds: features.discovery,
  };
}

function parseBase(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (cause) {
    throw new ConfigError("baseUrl", `"${baseUrl}" is not an absolute URL; give one like "https://example.org/news/".`, { cause });
  }
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}
