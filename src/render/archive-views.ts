// View models of the date archive (/archive/, its years, months and undated articles), next to views.ts's shared ones.

import type { CountedLinkView, LinkView, ListingPageView, PageView } from "./views.ts";

/** A year, a month or the undated articles as a link with its number of articles; labels in the site language. */
export type ArchivePeriodView = CountedLinkView;

export interface ArchiveYearView extends ArchivePeriodView {
  /** The year's months that have articles, newest first. */
  months: ArchivePeriodView[];
}

/** /archive/: every year with its count, newest first, then the undated articles when there are any. */
export interface ArchiveIndexView extends PageView {
  /** "archive/index.html". */
  outputPath: string;
  heading: string;
  years: ArchiveYearView[];
  undated: ArchivePeriodView | null;
}

/** A list page of a year, a month or the undated articles: the front page's shape plus archive navigation. */
export interface ArchiveListingView extends ListingPageView {
  /** The year page from a month page; the archive index from year and undated pages. */
  up: LinkView;
  /** On year pages the year's months, newest first; empty on month and undated pages. */
  months: ArchivePeriodView[];
}

export interface ArchiveViews {
  index: ArchiveIndexView;
  /** Every list page: for each year its pages, then its months' pages, newest first; undated pages last. Made as iterated, once. */
  listings: Iterable<ArchiveListingView>;
}
