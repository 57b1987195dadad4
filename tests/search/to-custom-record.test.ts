import { describe, expect, it } from "vitest";
import { checkUrl, indexLanguage, recordBytes, toCustomRecord } from "../../src/search/to-custom-record.ts";
import type { SearchRecord } from "../../src/search/types.ts";

const record = (over: Partial<SearchRecord> = {}): SearchRecord => ({
  url: "articles/budget-1a2b3c4d/",
  title: "City sets record budget",
  content: "The city council approved its largest ever budget.",
  language: "en",
  date: "2022-01-05",
  filters: {},
  ...over,
});

describe("search: records for Pagefind", () => {
  it("keeps the url relative to the site root, so one index serves any base path", () => {
    expect(toCustomRecord(record()).url).toBe("articles/budget-1a2b3c4d/");
  });

  it("refuses urls that would not resolve against the site root", () => {
    for (const url of ["", "/articles/x/", "https://example.org/articles/x/", "articles/../../x/", "javascript:alert(1)"]) {
      expect(() => checkUrl(url), url).toThrow(/site path without a leading slash/);
    }
    expect(() => checkUrl("articles/東京/")).not.toThrow();
  });

  it("indexes by the primary language subtag, as Pagefind stems and segments", () => {
    expect(indexLanguage("en")).toBe("en");
    expect(indexLanguage("en-GB")).toBe("en");
    expect(indexLanguage("pt_BR")).toBe("pt");
    expect(indexLanguage("ZH-Hant")).toBe("zh");
    expect(indexLanguage(" ja ")).toBe("ja");
    expect(indexLanguage("")).toBe("unknown");
    expect(indexLanguage("und")).toBe("unknown");
    expect(indexLanguage("x-klingon")).toBe("unknown");
  });

  it("puts title and date in meta next to the caller's meta", () => {
    const custom = toCustomRecord(record({ meta: { author: "Ana Silva" } }));
    expect(custom.meta).toEqual({ author: "Ana Silva", title: "City sets record budget", date: "2022-01-05" });
    expect(toCustomRecord(record({ date: null })).meta).toEqual({ title: "City sets record budget" });
  });

  it("fills the year filter from the date unless given, and drops empty and repeated values", () => {
    expect(toCustomRecord(record()).filters).toEqual({ year: ["2022"] });
    expect(toCustomRecord(record({ date: null })).filters).toEqual({});
    const custom = toCustomRecord(record({ filters: { year: ["2021"], person: ["Ana Silva", " Ana Silva ", ""], place: [], topic: ["budget"] } }));
    expect(custom.filters).toEqual({ year: ["2021"], person: ["Ana Silva"], topic: ["budget"] });
  });

  it("counts a record's cost in UTF-8 bytes of text and metadata", () => {
    const custom = toCustomRecord(record({ title: "東京", content: "桜", date: null }));
    expect(recordBytes(custom)).toBe(3 + 6);
  });
});
