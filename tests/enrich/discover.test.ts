import { describe, expect, it } from "vitest";
import { discover } from "../../src/enrich/discover.ts";
import { findFacts } from "../../src/enrich/facts.ts";
import type { Article, ArticleFacts } from "../../src/types.ts";
import { makeArticle } from "../render/factory.ts";
import { THEMED } from "./similarity/themed-corpus.ts";

/** Articles as the build hands them over: in order, each with the facts its read thread found. */
function factsOf(title: string, text: string): ArticleFacts {
  const found = findFacts(title, text, null);
  if (found.fromCache) throw new Error("no cached key was given");
  return found.facts;
}

function corpus(texts: { source: string; title: string; text: string; tags?: string[]; day?: string | null }[]): { articles: Article[]; facts: ArticleFacts[] } {
  const articles = texts.map((t) =>
    makeArticle({
      source: t.source,
      title: t.title,
      tags: t.tags ?? [],
      date: t.day === null || t.day === undefined ? null : { iso: t.day, day: t.day, precision: "day", from: "file-name" },
    }),
  );
  const facts = texts.map((t) => factsOf(t.title, t.text));
  return { articles, facts };
}

const kishi = [
  { source: "a.txt", title: "Japan defense minister to visit U.S.", text: "Defense Minister Nobuo Kishi will visit the United States in May, officials said on Tuesday." },
  { source: "b.txt", title: "Kishi meets Austin", text: "Minister Kishi met Lloyd Austin in Washington on Monday. Japan and the U.S. would work together, Kishi said." },
];

describe("discover", () => {
  it("merges a surname with the full name across articles into one person page listing both", () => {
    const { articles, facts } = corpus(kishi);
    const { collections, byArticle } = discover(articles, facts);
    const person = collections.find((c) => c.path === "people/nobuo-kishi/");
    expect(person).toMatchObject({ kind: "person", name: "Nobuo Kishi", articles: [0, 1] });
    expect(collections.find((c) => c.path === "people/kishi/")).toBeUndefined();
    const us = collections.find((c) => c.path === "places/united-states/");
    expect(us?.articles).toEqual([0, 1]);
    for (const links of byArticle) expect(links.collections).toContain(collections.indexOf(person!));
  });

  it("makes topics shared by two articles or named by a tag, lists each article's in its own order, and never a keyword that is one of its entities", () => {
    const themed = THEMED.map((a) => ({ source: a.key, title: a.title, text: a.text, tags: a.key === "sport/cup-final.txt" ? ["Football"] : [] }));
    const { articles, facts } = corpus(themed);
    const { collections, byArticle } = discover(articles, facts);
    const topics = collections.filter((c) => c.kind === "topic");
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic.path).toMatch(/^topics\/[a-z0-9-]+\/$/);
      if (topic.name !== "Football") expect(topic.articles.length, topic.name).toBeGreaterThanOrEqual(2);
    }
    const football = topics.find((t) => t.name === "Football");
    expect(football?.articles).toEqual([0]);
    // The tag comes first among the article's topics.
    const firstTopic = byArticle[0]!.collections.map((c) => collections[c]!).find((c) => c.kind === "topic");
    expect(firstTopic?.name).toBe("Football");
    byArticle.forEach((links, i) => {
      const entityKeys = new Set(links.collections.map((c) => collections[c]!).filter((c) => c.kind !== "topic").map((c) => c.path.split("/")[1]));
      for (const c of links.collections.map((n) => collections[n]!)) if (c.kind === "topic" && c.name !== "Football") expect(entityKeys.has(c.path.split("/")[1]), `${i}: ${c.name}`).toBe(false);
      // Collections list the article exactly when the article lists the collection.
      for (const n of links.collections) expect(collections[n]!.articles).toContain(i);
    });
    collections.forEach((c, n) => {
      for (const i of c.articles) expect(byArticle[i]!.collections).toContain(n);
      expect(c.articles, c.path).toEqual([...c.articles].sort((a, b) => a - b));
    });
  });

  it("groups a near-copy with its earliest original and keeps both out of each other's related stories", () => {
    const base = THEMED.map((a) => ({ source: a.key, title: a.title, text: a.text, day: "2022-01-10" as string | null }));
    const original = base[0]!;
    const copy = { source: "wire/copy.txt", title: "Cup final: United win", text: `${original.text} Reporting by the sports desk.`, day: "2022-01-12" };
    const { articles, facts } = corpus([copy, ...base]);
    const { duplicates, byArticle } = discover(articles, facts);
    expect(duplicates).toEqual([{ original: 1, copies: [0] }]);
    expect(byArticle[0]!.original).toBe(1);
    expect(byArticle[1]!.copies).toEqual([0]);
    expect(byArticle[1]!.related).not.toContain(0);
    expect(byArticle[0]!.related).not.toContain(1);
    byArticle.forEach((links, i) => {
      expect(links.related.length).toBeLessThanOrEqual(5);
      expect(links.related).not.toContain(i);
    });
    // A sport story finds its theme mates.
    expect(byArticle[1]!.related.slice(0, 2).map((r) => articles[r]!.source).sort()).toEqual(["sport/injury.txt", "sport/transfer.txt"]);
  });

  it("refuses facts that do not match the articles", () => {
    const { articles, facts } = corpus(kishi);
    expect(() => discover(articles, facts.slice(1))).toThrow(RangeError);
  });
});
