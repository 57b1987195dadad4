// Human-readable dates, word counts and reading times, in the article's language and host-independent (UTC).

import type { ArticleDate } from "../types.ts";
import type { DateView } from "./views.ts";

type Precision = ArticleDate["precision"];

const dateOptions: Record<Precision, Intl.DateTimeFormatOptions> = {
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
  time: { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" },
};

// Intl is slow next to a Map lookup, and an archive has few languages, few formats and many articles
// per day: 100,000 articles are formatted once per distinct (language, date), not once each.
const locales = new Map<string, string>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateDisplays = new Map<string, string>();

/** A locale Intl accepts for `lang`, falling back to English for tags it rejects (e.g. "en_US"). */
export function formatLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) {
    locale = canonicalLocale(lang);
    locales.set(lang, locale);
  }
  return locale;
}

function canonicalLocale(lang: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(lang);
    // Bare "en" means US order ("April 21, 2022"); day-month-year cannot be misread in an international archive.
    return canonical === undefined || canonical === "en" ? "en-GB" : canonical;
  } catch {
    return "en-GB";
  }
}

function dateFormat(lang: string, precision: Precision): Intl.DateTimeFormat {
  const locale = formatLocale(lang);
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...dateOptions[precision], timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

// A time is shown as written, on the day written, with its offset ("09:30 UTC+09:00"): converting it to
// UTC could move it to another day than the one the archive sorts it under.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;

function zoneLabel(zone: string | undefined): string {
  if (zone === undefined) return "";
  const offset = zone.toUpperCase() === "Z" ? "" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  return offset === "" || offset === "+00:00" || offset === "-00:00" ? " UTC" : ` UTC${offset}`;
}

/**
 * The view last made of each date object, with its language. A listed article's date is formatted on
 * every list page that has it (about a million times at 100,000 articles), the same object each time.
 */
const dateViews = new WeakMap<ArticleDate, { lang: string; view: DateView }>();

/** `date` for a template: the machine value as given and e.g. "21 April 2022", "April 2022". Views are shared: never change one. */
export function formatDate(date: ArticleDate, lang: string): DateView {
  const made = dateViews.get(date);
  if (made !== undefined && made.lang === lang) return made.view;
  const key = `${lang} ${date.precision} ${date.iso} ${date.day}`;
  let display = dateDisplays.get(key);
  if (display === undefined) {
    display = displayDate(date, lang);
    dateDisplays.set(key, display);
  }
  const view: DateView = Object.freeze({ iso: date.iso, display });
  dateViews.set(date, { lang, view });
  return view;
}

function displayDate(date: ArticleDate, lang: string): string {
  const time = date.precision === "time" ? DATE_TIME.exec(date.iso) : null;
  const wallClock = new Date(time === null ? `${date.day}T00:00:00Z` : `${time[1]}T${time[2]}Z`);
  if (Number.isNaN(wallClock.getTime())) return date.iso;
  const precision = date.precision === "time" && time === null ? "day" : date.precision;
  return dateFormat(lang, precision).format(wallClock) + (time === null ? "" : zoneLabel(time[3]));
}

/** A whole number with the language's thousands separators: "12,345". */
export function formatNumber(value: number, lang: string): string {
  const locale = formatLocale(lang);
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** "1 article", "1,234 articles". */
export function formatArticleCount(count: number, lang: string): string {
  return `${formatNumber(count, lang)} ${count === 1 ? "article" : "articles"}`;
}

/** "612 words", "1 word". */
export function formatWords(words: number, lang: string): string {
  return `${formatNumber(words, lang)} ${words === 1 ? "word" : "words"}`;
}

/** "3 min read"; never "0 min read", since even a short piece takes a moment. */
export function formatReadingTime(minutes: number, lang: string): string {
  return `${formatNumber(Math.max(1, Math.round(minutes)), lang)} min read`;
}

/** Whether `day` is "YYYY-MM-DD" of a day the (proleptic Gregorian) calendar has: no 2022-02-30 (xsd:date, feeds). */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return false;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= days;
}
