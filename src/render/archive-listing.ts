// One archive period (a year, a month or the undated articles) as list pages shaped like the front page's.

import { type ArchivePeriod, undatedPath } from "./archive-periods.ts";
import type { ArchiveListingView, ArchivePeriodView } from "./archive-views.ts";
import { formatArticleCount } from "./format.ts";
import { hrefTo } from "./links.ts";
import { listPageBase, summary } from "./listing-views.ts";
import type { SiteView } from "./views.ts";

/** Site path of list page `number` (1-based) of the period at `path`: "archive/2022/", "archive/2022/page/2/". */
export function periodPagePath(path: string, number: number): string {
  return number === 1 ? path : `${path}page/${number}/`;
}

/** A period as a link from the page whose root prefix is `root`. */
export function periodLink(period: ArchivePeriod, root: string, language: string): ArchivePeriodView {
  const count = period.articles.length;
  return {
    href: hrefTo(root, period.path),
    label: period.label,
    count,
    countDisplay: formatArticleCount(count, language),
  };
}

/**
 * The period's list pages, `pageSize` articles each, in the order given, made one at a time. `up` is the
 * page one level up (the year of a month, else the archive index); `months` are listed on each page (a year's months).
 */
export function* periodListingViews(
  period: ArchivePeriod,
  site: SiteView,
  pageSize: number,
  up: { path: string; label: string },
  months: readonly ArchivePeriod[] = [],
): Generator<ArchiveListingView> {
  const total = Math.max(1, Math.ceil(period.articles.length / pageSize));
  for (let number = 1; number <= total; number++) {
    const path = periodPagePath(period.path, number);
    const heading = number === 1 ? period.label : `${period.label}, page ${number} of ${total}`;
    const pageTitle = `${heading} – ${site.title}`;
    const description = period.path === undatedPath
      ? `Articles in ${site.title} with no known date.`
      : `Articles from ${period.label} in ${site.title}.`;
    const articles = period.articles.slice((number - 1) * pageSize, number * pageSize);
    const base = listPageBase(path, pageTitle, description, site);
    const { root } = base;
    yield Object.assign(base, {
      heading,
      number,
      total,
      items: articles.map((article) => summary(article, root)),
      previous: number > 1 ? hrefTo(root, periodPagePath(period.path, number - 1)) : null,
      next: number < total ? hrefTo(root, periodPagePath(period.path, number + 1)) : null,
      up: { href: hrefTo(root, up.path), title: up.label },
      months: months.map((month) => periodLink(month, root, site.language)),
    });
  }
}
