import { describe, expect, it } from "vitest";
import { order } from "../../src/enrich/order.ts";
import { archiveViews as makeArchiveViews, monthPathOf } from "../../src/render/archives.ts";
import type { ArchiveListingView } from "../../src/render/archive-views.ts";
import type { Article, ArticleDate } from "../../src/types.ts";
import { makeArticle, makeSite } from "./factory.ts";

const site = makeSite();

const onDay = (day: string): ArticleDate => ({ iso: day, day, precision: "day", from: "front-matter" });
const inMonth = (month: string): ArticleDate => ({ iso: month, day: `${month}-01`, precision: "month", from: "folder" });
const atTime = (iso: string): ArticleDate => ({ iso, day: iso.slice(0, 10), precision: "time", from: "front-matter" });

/** Articles with these dates (null: undated), in front-page order. */
function archive(...dates: (ArticleDate | null)[]): Article[] {
  return order(dates.map((date) => makeArticle({ date })));
}

/** archiveViews with its list pages made: they come one at a time, as iterated. */
function archiveViews(...args: Parameters<typeof makeArchiveViews>): { index: ReturnType<typeof makeArchiveViews>["index"]; listings: ArchiveListingView[] } {
  const { index, listings } = makeArchiveViews(...args);
  return { index, listings: [...listings] };
}

/** The site path a relative href on the page at `from` leads to. */
function target(from: string, href: string): string {
  return new URL(href, `https://example.org/${from}`).pathname.slice(1);
}

const pagesOf = (listings: ArchiveListingView[], path: string) =>
  listings.filter((page) => page.path === path || page.path.startsWith(`${path}page/`));
const titlesOn = (listings: ArchiveListingView[], path: string) =>
  pagesOf(listings, path).flatMap((page) => page.items.map((item) => item.title));

describe("archiveViews: the index", () => {
  it("lists years newest first with their counts and months, then the undated articles", () => {
    const articles = archive(onDay("2021-12-31"), onDay("2022-04-21"), onDay("2022-01-02"), null, onDay("2022-04-01"), null, null);
    const { index } = archiveViews(articles, site, 10);
    expect(index).toMatchObject({ path: "archive/", outputPath: "archive/index.html", heading: "Archive" });
    expect(index.years.map((year) => [year.label, year.count, year.countDisplay])).toEqual([
      ["2022", 3, "3 articles"],
      ["2021", 1, "1 article"],
    ]);
    expect(index.years[0]?.months.map((month) => [month.label, month.count])).toEqual([["April 2022", 2], ["January 2022", 1]]);
    expect(index.undated).toMatchObject({ label: "Undated articles", count: 3 });
    expect(target(index.path, index.years[0]!.href)).toBe("archive/2022/");
    expect(target(index.path, index.years[0]!.months[1]!.href)).toBe("archive/2022/01/");
    expect(target(index.path, index.undated!.href)).toBe("archive/undated/");
  });

  it("has no undated entry when every article is dated, and no periods for an empty archive", () => {
    expect(archiveViews(archive(onDay("2022-04-21")), site, 10).index.undated).toBeNull();
    const empty = archiveViews([], site, 10);
    expect(empty.index.years).toEqual([]);
    expect(empty.index.undated).toBeNull();
    expect(empty.listings).toEqual([]);
  });

  it("formats counts and labels in the site language", () => {
    const many = archive(...Array.from({ length: 1234 }, () => onDay("2022-04-21")));
    const { index } = archiveViews(many, makeSite({ language: "ja" }), 2000);
    expect(index.years[0]).toMatchObject({ label: "2022年", countDisplay: "1,234 articles" });
    expect(index.years[0]?.months[0]?.label).toBe("2022年4月");
    expect(archiveViews(many, makeSite({ language: "fr" }), 2000).index.years[0]?.months[0]?.label).toBe("avril 2022");
  });
});

describe("archiveViews: year, month and undated pages", () => {
  it("lists a month's and a year's articles newest first", () => {
    const articles = archive(onDay("2022-04-02"), onDay("2022-05-09"), onDay("2022-04-20"), onDay("2021-04-20"));
    const { listings } = archiveViews(articles, site, 10);
    const title = (day: string) => articles.find((article) => article.date?.day === day)!.title;
    expect(titlesOn(listings, "archive/2022/04/")).toEqual([title("2022-04-20"), title("2022-04-02")]);
    expect(titlesOn(listings, "archive/2022/")).toEqual([title("2022-05-09"), title("2022-04-20"), title("2022-04-02")]);
    expect(titlesOn(listings, "archive/2021/04/")).toEqual([title("2021-04-20")]);
    expect(listings.map((page) => page.heading)).toEqual(["2022", "May 2022", "April 2022", "2021", "April 2021"]);
  });

  it("paginates like the front page, with no empty extra page", () => {
    const five = archiveViews(archive(...Array.from({ length: 5 }, () => onDay("2022-04-21"))), site, 2);
    const month = pagesOf(five.listings, "archive/2022/04/");
    expect(month.map((page) => [page.path, page.outputPath, page.number, page.total, page.items.length])).toEqual([
      ["archive/2022/04/", "archive/2022/04/index.html", 1, 3, 2],
      ["archive/2022/04/page/2/", "archive/2022/04/page/2/index.html", 2, 3, 2],
      ["archive/2022/04/page/3/", "archive/2022/04/page/3/index.html", 3, 3, 1],
    ]);
    expect(month.map((page) => page.heading)).toEqual(["April 2022", "April 2022, page 2 of 3", "April 2022, page 3 of 3"]);
    const [first, second, third] = month;
    expect(first?.previous).toBeNull();
    expect(target(first!.path, first!.next!)).toBe("archive/2022/04/page/2/");
    expect(target(second!.path, second!.previous!)).toBe("archive/2022/04/");
    expect(target(second!.path, second!.next!)).toBe("archive/2022/04/page/3/");
    expect(third?.next).toBeNull();

    const four = archiveViews(archive(...Array.from({ length: 4 }, () => onDay("2022-04-21"))), site, 2);
    expect(pagesOf(four.listings, "archive/2022/").map((page) => page.items.length)).toEqual([2, 2]);
    expect(pagesOf(four.listings, "archive/2022/")[1]?.next).toBeNull();
  });

  it("links items, the level above and a year's months relative to each page", () => {
    const articles = archive(onDay("2022-04-21"), onDay("2022-03-01"), null);
    const { listings } = archiveViews(articles, site, 1);
    const yearPage2 = listings.find((page) => page.path === "archive/2022/page/2/")!;
    expect(target(yearPage2.path, yearPage2.items[0]!.href)).toBe(articles[1]!.path);
    expect(target(yearPage2.path, yearPage2.up.href)).toBe("archive/");
    expect(yearPage2.months.map((month) => [target(yearPage2.path, month.href), month.count])).toEqual([
      ["archive/2022/04/", 1],
      ["archive/2022/03/", 1],
    ]);
    const april = listings.find((page) => page.path === "archive/2022/04/")!;
    expect(april.up).toEqual({ href: "../../../archive/2022/", title: "2022" });
    expect(april.months).toEqual([]);
    expect(target(april.path, april.home)).toBe("");
    const undated = listings.find((page) => page.path === "archive/undated/")!;
    expect(undated).toMatchObject({ heading: "Undated articles", up: { title: "Archive" } });
  });

  it("gives each page its own title, description and canonical URL", () => {
    const withBase = makeSite({ baseUrl: "https://example.org/news/" });
    const { index, listings } = archiveViews(archive(onDay("2022-04-21"), onDay("2022-04-20"), null), withBase, 1);
    expect(index.canonical).toBe("https://example.org/news/archive/");
    expect(listings.map((page) => page.canonical)).toContain("https://example.org/news/archive/2022/04/page/2/");
    expect(listings.map((page) => page.pageTitle)).toContain("April 2022, page 2 of 2 – The Example Archive");
    const undated = listings.find((page) => page.path === "archive/undated/")!;
    expect(undated.description).toBe("Articles in The Example Archive with no known date.");
    expect(new Set(listings.map((page) => page.pageTitle)).size).toBe(listings.length);
  });

  it("refuses a page size that is not a whole number of at least 1", () => {
    expect(() => archiveViews([], site, 0)).toThrow(RangeError);
    expect(() => archiveViews([], site, 1.5)).toThrow(RangeError);
  });
});

describe("archiveViews: every date precision has one month", () => {
  it("files month, day and time precision under the month as written, even when UTC would move it", () => {
    const month = makeArticle({ date: inMonth("2022-04") });
    const day = makeArticle({ date: onDay("2022-04-30") });
    // 23:30 in New York on 30 April is 1 May in UTC; the article says April, and is shown under 30 April.
    const late = makeArticle({ date: atTime("2022-04-30T23:30:00-04:00") });
    const early = makeArticle({ date: atTime("2022-05-01T00:10:00+09:00") });
    const { listings } = archiveViews(order([month, day, late, early]), site, 10);
    expect(titlesOn(listings, "archive/2022/04/").sort()).toEqual([month.title, day.title, late.title].sort());
    expect(titlesOn(listings, "archive/2022/05/")).toEqual([early.title]);
    expect([month, day, late, early].map(monthPathOf)).toEqual([
      "archive/2022/04/",
      "archive/2022/04/",
      "archive/2022/04/",
      "archive/2022/05/",
    ]);
  });

  it("sends undated articles to archive/undated/", () => {
    expect(monthPathOf(makeArticle({ date: null }))).toBe("archive/undated/");
  });

  it("puts every article on exactly one month or undated list, the one monthPathOf names", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    const dates = Array.from({ length: 157 }, (_, n) => {
      if (n % 7 === 0) return null;
      if (n % 5 === 0) return inMonth(`20${10 + (n % 9)}-${two(1 + (n % 9))}`);
      return onDay(`20${10 + (n % 4)}-${two(1 + (n % 12))}-1${n % 10}`);
    });
    const articles = archive(...dates);
    const { index, listings } = archiveViews(articles, site, 4);
    const leaves = listings.filter((page) => /^archive\/(\d{4}\/\d{2}|undated)\//.test(page.path));
    const seen = leaves.flatMap((page) => page.items.map((item) => target(page.path, item.href)));
    expect(seen.sort()).toEqual(articles.map((article) => article.path).sort());
    for (const article of articles) {
      const pages = pagesOf(listings, monthPathOf(article));
      expect(pages.some((page) => page.items.some((item) => target(page.path, item.href) === article.path))).toBe(true);
    }
    const counted = index.years.reduce((sum, year) => sum + year.count, 0) + (index.undated?.count ?? 0);
    expect(counted).toBe(articles.length);
    const yearPages = listings.filter((page) => /^archive\/\d{4}\/(page\/\d+\/)?$/.test(page.path));
    expect(yearPages.flatMap((page) => page.items).length).toBe(articles.filter((article) => article.date !== null).length);
  });
});
