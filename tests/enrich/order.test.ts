import { describe, expect, it } from "vitest";
import { order, resolveCollisions } from "../../src/enrich/order.ts";
import type { Article, ArticleDate } from "../../src/types.ts";

const day = (iso: string): ArticleDate => ({ iso, day: iso.slice(0, 10), precision: iso.length > 10 ? "time" : "day", from: "front-matter" });
const article = (source: string, date: string | null, path = `articles/${source}/`): Article => ({
  id: source, source, format: "text", slug: source, path, title: source, description: "", words: 1, readingMinutes: 1,
  date: date === null ? null : day(date), author: null, publisher: null, tags: [], lang: "en", repairs: 0, warnings: [],
});

describe("order", () => {
  it("puts the newest first, undated last, ties by source", () => {
    const sorted = order([article("u2", null), article("a", "2020-01-01"), article("u1", null), article("c", "2022-05-01"), article("b", "2022-05-01"), article("t", "2022-05-01T10:00:00Z")]);
    expect(sorted.map((a) => a.source)).toEqual(["t", "b", "c", "a", "u1", "u2"]);
  });

  it("does not depend on input order", () => {
    const items = [article("x", "2021-01-01"), article("y", null), article("z", "2021-01-01")];
    expect(order(items)).toEqual(order([...items].reverse()));
  });
});

describe("resolveCollisions", () => {
  it("keeps the URL for the first by source path and moves the other with a warning", () => {
    const result = resolveCollisions([article("b.md", null, "articles/same/"), article("a.md", null, "articles/same/"), article("c.md", null, "articles/other/")]);
    expect(result.map((a) => a.path)[1]).toBe("articles/same/");
    expect(result[0]?.path).toMatch(/^articles\/b\.md-[0-9a-f]{12}\/$/);
    expect(result[0]?.warnings[0]).toMatch(/already used by a\.md/);
    expect(result[2]?.warnings).toEqual([]);
  });
});
