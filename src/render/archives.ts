// The date archive (issue 3): /archive/ lists years with counts; years, months and undated articles get paginated lists.

import type { ListedArticle } from "../types.ts";
import { periodLink, periodListingViews } from "./archive-listing.ts";
import { archiveIndexPath, groupByPeriod, monthKeyOf, monthPath, periodLabel, undatedLabel, undatedPath, type ArchiveGroups } from "./archive-periods.ts";
import type { ArchiveIndexView, ArchiveListingView, ArchiveViews } from "./archive-views.ts";
import { listPageBase } from "./listing-views.ts";
import type { SiteView } from "./views.ts";

const indexHeading = "Archive";

/**
 * Site path of the archive page an article page links to: its month ("archive/2022/04/"), or
 * "archive/undated/" when it has no date. Every article is on exactly one of these pages' lists.
 */
export function monthPathOf(article: ListedArticle): string {
  return pathOfMonth(monthKeyOf(article));
}

/** The archive page an article page links to, with its heading in the site language: "April 2022". */
export function monthLinkOf(article: ListedArticle, language: string): { title: string; path: string } {
  const key = monthKeyOf(article);
  return { title: key === null ? undatedLabel.toLowerCase() : periodLabel(key, language), path: pathOfMonth(key) };
}

const pathOfMonth = (key: string | null): string => (key === null ? undatedPath : monthPath(key));

/**
 * The archive index and every list page of the archive for `ordered` (front-page order: newest first,
 * undated last). Periods keep that order, so their lists are newest first too. A year, month or undated
 * page exists only when it has articles; the index always exists (empty for an empty archive).
 */
export function archiveViews(ordered: readonly ListedArticle[], site: SiteView, pageSize: number): ArchiveViews {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a whole number of at least 1, got ${pageSize}`);
  }
  const groups = groupByPeriod(ordered, site.language);
  return { index: indexView(groups, site), listings: listingViews(groups, site, pageSize) };
}

/**
 * The list pages, one at a time: at 100,000 articles the archive has about 10,000, whose views, made all
 * at once, lived long enough to be copied into the old generation and collected there.
 */
function* listingViews(groups: ArchiveGroups, site: SiteView, pageSize: number): Generator<ArchiveListingView> {
  const index = { path: archiveIndexPath, label: indexHeading };
  for (const year of groups.years) {
    yield* periodListingViews(year, site, pageSize, index, year.months);
    for (const month of year.months) yield* periodListingViews(month, site, pageSize, year);
  }
  if (groups.undated !== null) yield* periodListingViews(groups.undated, site, pageSize, index);
}

function indexView(groups: ArchiveGroups, site: SiteView): ArchiveIndexView {
  const path = archiveIndexPath;
  const pageTitle = `${indexHeading} – ${site.title}`;
  const description = `Every article in ${site.title} by year and month.`;
  const base = listPageBase(path, pageTitle, description, site);
  const { root } = base;
  return Object.assign(base, {
    heading: indexHeading,
    years: groups.years.map((year) => Object.assign(periodLink(year, root, site.language), {
      months: year.months.map((month) => periodLink(month, root, site.language)),
    })),
    undated: groups.undated === null ? null : periodLink(groups.undated, root, site.language),
  });
}
