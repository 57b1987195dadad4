// Groups ordered articles into the archive's years, months and undated set, each with its site path and heading.

import type { ListedArticle } from "../types.ts";
import { formatLocale } from "./format.ts";

export const archiveIndexPath = "archive/";
export const undatedPath = "archive/undated/";
export const undatedLabel = "Undated articles";

export interface ArchivePeriod {
  /** Site path of its first list page: "archive/2022/", "archive/2022/04/", "archive/undated/". */
  path: string;
  /** Heading in the site language: "2022", "April 2022", "Undated articles". */
  label: string;
  /** In the order given: newest first for front-page order. */
  articles: ListedArticle[];
}

export interface ArchiveYear extends ArchivePeriod {
  /** Months with articles, newest first. */
  months: ArchivePeriod[];
}

export interface ArchiveGroups {
  /** Years with articles, newest first. */
  years: ArchiveYear[];
  undated: ArchivePeriod | null;
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/;

/**
 * "2022-04" for an article dated in April 2022, or null when undated. The month is the one of the day as
 * written (`date.day`, the 1st for month precision), which is also the day the article is shown and sorted under.
 */
export function monthKeyOf(article: ListedArticle): string | null {
  const match = article.date === null ? null : DAY.exec(article.date.day);
  return match === null ? null : `${match[1]}-${match[2]}`;
}

/** Site path of the month page for a month key "2022-04": "archive/2022/04/". */
export function monthPath(key: string): string {
  return `${archiveIndexPath}${key.slice(0, 4)}/${key.slice(5, 7)}/`;
}

const yearPath = (year: string): string => `${archiveIndexPath}${year}/`;

/** Splits `ordered` by month (keeping its order within each) and rolls months up into years. */
export function groupByPeriod(ordered: readonly ListedArticle[], language: string): ArchiveGroups {
  const byMonth = new Map<string, ListedArticle[]>();
  const undated: ListedArticle[] = [];
  for (const article of ordered) {
    const key = monthKeyOf(article);
    const month = key === null ? undated : byMonth.get(key);
    if (month !== undefined) month.push(article);
    else if (key !== null) byMonth.set(key, [article]);
  }
  const years: ArchiveYear[] = [];
  // "YYYY-MM" keys sort chronologically as text; newest first.
  for (const [key, articles] of [...byMonth].sort(([a], [b]) => (a < b ? 1 : -1))) {
    const year = key.slice(0, 4);
    const month: ArchivePeriod = { path: monthPath(key), label: periodLabel(key, language), articles };
    const last = years.at(-1);
    if (last?.path === yearPath(year)) last.months.push(month);
    else years.push({ path: yearPath(year), label: periodLabel(year, language), articles: [], months: [month] });
  }
  for (const year of years) year.articles = year.months.flatMap((month) => month.articles);
  return { years, undated: undated.length === 0 ? null : { path: undatedPath, label: undatedLabel, articles: undated } };
}

// One formatter per (locale, year or month): an archive has few languages and many periods.
const formats = new Map<string, Intl.DateTimeFormat>();

/** "2022" or "April 2022" for a key "2022" or "2022-04", in `language`, in UTC so the host's zone cannot shift it. */
export function periodLabel(key: string, language: string): string {
  const locale = formatLocale(language);
  const hasMonth = key.length > 4;
  const cacheKey = `${locale} ${hasMonth ? "month" : "year"}`;
  let format = formats.get(cacheKey);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions = hasMonth ? { year: "numeric", month: "long" } : { year: "numeric" };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formats.set(cacheKey, format);
  }
  const date = new Date(`${hasMonth ? key : `${key}-01`}-01T00:00:00Z`);
  return format.format(date);
}
