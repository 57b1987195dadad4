import { describe, expect, it } from "vitest";
import { formatDate, formatLocale, formatNumber, formatReadingTime, formatWords } from "../../src/render/format.ts";
import type { ArticleDate } from "../../src/types.ts";

const date = (iso: string, precision: ArticleDate["precision"], day = iso.slice(0, 10)): ArticleDate => ({
  iso,
  day,
  precision,
  from: "front-matter",
});

describe("formatDate", () => {
  it("prints a day in the article's language, keeping the machine value", () => {
    expect(formatDate(date("2022-04-21", "day"), "en")).toEqual({ iso: "2022-04-21", display: "21 April 2022" });
    expect(formatDate(date("2022-04-21", "day"), "en-US").display).toBe("April 21, 2022");
    expect(formatDate(date("2022-04-21", "day"), "de").display).toBe("21. April 2022");
    expect(formatDate(date("2022-04-21", "day"), "ja").display).toBe("2022年4月21日");
  });

  it("prints a month without inventing a day", () => {
    expect(formatDate(date("2022-04", "month", "2022-04-01"), "en")).toEqual({ iso: "2022-04", display: "April 2022" });
    expect(formatDate(date("2022-04", "month", "2022-04-01"), "fr").display).toBe("avril 2022");
  });

  it("is not moved by the time zone at the edges of a day", () => {
    expect(formatDate(date("2022-01-01", "day"), "en").display).toBe("1 January 2022");
    expect(formatDate(date("2021-12-31", "day"), "en").display).toBe("31 December 2021");
  });

  it("prints a time as written, on the day written, with its offset", () => {
    expect(formatDate(date("2022-04-21T02:05:00+09:00", "time"), "en").display).toBe("21 April 2022 at 02:05 UTC+09:00");
    expect(formatDate(date("2022-04-21T23:30:00Z", "time"), "en").display).toBe("21 April 2022 at 23:30 UTC");
    expect(formatDate(date("2022-04-21T09:30:00", "time"), "en").display).toBe("21 April 2022 at 09:30");
  });

  it("gives one date object the view of the language asked for, each time", () => {
    const shared = date("2022-04-21", "day");
    expect(formatDate(shared, "en").display).toBe("21 April 2022");
    expect(formatDate(shared, "de").display).toBe("21. April 2022");
    expect(formatDate(shared, "en").display).toBe("21 April 2022");
    expect(formatDate(shared, "en")).toBe(formatDate(shared, "en"));
    // Shared between pages, so it cannot be changed by one of them.
    expect(Object.isFrozen(formatDate(shared, "en"))).toBe(true);
  });

  it("falls back to English for a language tag Intl rejects", () => {
    expect(formatLocale("en_US")).toBe("en-GB");
    expect(formatDate(date("2022-04-21", "day"), "not a tag").display).toBe("21 April 2022");
  });
});

describe("counts", () => {
  it("separates thousands in the article's language", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345, "de")).toBe("12.345");
  });

  it("says words, or word for one", () => {
    expect(formatWords(612, "en")).toBe("612 words");
    expect(formatWords(1234, "en")).toBe("1,234 words");
    expect(formatWords(1, "en")).toBe("1 word");
  });

  it("gives reading time in whole minutes, at least one", () => {
    expect(formatReadingTime(3, "en")).toBe("3 min read");
    expect(formatReadingTime(0, "en")).toBe("1 min read");
    expect(formatReadingTime(2.6, "en")).toBe("3 min read");
  });
});
