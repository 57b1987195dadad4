// The render stage: view models for every page, and article pages rendered with templates/article.njk.

import type { Page } from "../types.ts";
import type { Templates } from "./templates.ts";
import type { ArticlePageView } from "./views.ts";

export { articleContext, articleView, type ArticleContext, type Linked } from "./article-view.ts";
export { formatDate, formatNumber, formatReadingTime, formatWords } from "./format.ts";
export { articleJsonLd, listingJsonLd, serializeJsonLd } from "./json-ld.ts";
export { listingPath, listingViews } from "./listing-views.ts";
export { articleMeta, listingMeta } from "./meta.ts";
export { robotsTxt, siteData } from "./site-data.ts";
export { siteView } from "./site-view.ts";
export { createNunjucksEnvironment, createTemplates, type Templates } from "./templates.ts";
export type * from "./views.ts";

/** The article page as a file for the write stage: "articles/<slug>/index.html". */
export function renderArticlePage(templates: Templates, view: ArticlePageView): Page {
  return { outputPath: `${view.path}index.html`, content: templates.render("article.njk", view) };
}
