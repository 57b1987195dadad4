import { describe, expect, it } from "vitest";
import { dateFromPath, findDate, parseFrontMatterDate } from "../../src/enrich/date.ts";

describe("parseFrontMatterDate", () => {
  it("reads days, months and date-times", () => {
    expect(parseFrontMatterDate("2022-04-21")).toEqual({ iso: "2022-04-21", day: "2022-04-21", precision: "day", from: "front-matter" });
    expect(parseFrontMatterDate("2022-04")).toMatchObject({ iso: "2022-04", day: "2022-04-01", precision: "month" });
    expect(parseFrontMatterDate("2022-04-21T09:30:00+09:00")).toMatchObject({ iso: "2022-04-21T09:30:00+09:00", day: "2022-04-21", precision: "time" });
    expect(parseFrontMatterDate("2022-04-21 09:30")).toMatchObject({ iso: "2022-04-21T09:30:00", precision: "time" });
    expect(parseFrontMatterDate("2022-04-21T09:30Z")?.iso).toBe("2022-04-21T09:30:00Z");
    expect(parseFrontMatterDate("2022-04-21T09:30:00+0900")?.iso).toBe("2022-04-21T09:30:00+09:00");
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2022-02-30", "2022-13-01", "2021-02-29", "21 April 2022", "yesterday", "2022-04-21T25:00", ""]) {
      expect(parseFrontMatterDate(bad), bad).toBeNull();
    }
    expect(parseFrontMatterDate("2024-02-29")?.day).toBe("2024-02-29");
  });
});

describe("dateFromPath", () => {
  it("takes a YYYY-MM-DD from the file name first", () => {
    expect(dateFromPath("2019/01/2022-01-05-budget.txt")).toMatchObject({ day: "2022-01-05", from: "file-name" });
  });

  it("takes YYYY/MM/DD and YYYY/MM folders", () => {
    expect(dateFromPath("2021/04/15/story.txt")).toMatchObject({ iso: "2021-04-15", precision: "day", from: "folder" });
    expect(dateFromPath("wires/2020/03/story.txt")).toMatchObject({ iso: "2020-03", precision: "month", from: "folder" });
  });

  it("finds nothing in names that only look like dates", () => {
    expect(dateFromPath("000_ec386b1c77c78933.txt")).toBeNull();
    expect(dateFromPath("12022-01-05.txt")).toBeNull();
    expect(dateFromPath("2022/13/story.txt")).toBeNull();
    expect(dateFromPath("2022-02-31-x.txt")).toBeNull();
    expect(dateFromPath("1234/56/story.txt")).toBeNull();
  });
});

describe("findDate", () => {
  it("prefers front matter and warns when it is not a date, falling back to the path", () => {
    expect(findDate("2021/04/15/a.txt", "2020-01-02").date?.day).toBe("2020-01-02");
    const fallback = findDate("2021/04/15/a.txt", "next Tuesday");
    expect(fallback.date?.day).toBe("2021-04-15");
    expect(fallback.warnings[0]).toMatch(/"next Tuesday" is not a date/);
  });

  it("leaves an article undated rather than guessing", () => {
    expect(findDate("a.txt", undefined)).toEqual({ date: null, warnings: [] });
  });
});
