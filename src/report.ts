// Builds the JSON report (issue #2): every input file exactly once, as an article or as a skip.
import { compareText } from "./enrich/order.ts";
import type { Article, BuildReport, DuplicateSet, Skip } from "./types.ts";

export function createReport(articles: readonly Article[], skipped: readonly Skip[], basePath: string, duplicates: readonly DuplicateSet[] = []): BuildReport {
  return {
    articles: articles
      .map((a) => ({ source: a.source, url: `${basePath}${a.path}`, title: a.title, date: a.date?.day ?? null, words: a.words, warnings: a.warnings }))
      .sort((a, b) => compareText(a.source, b.source)),
    skipped: [...skipped].sort((a, b) => compareText(a.source, b.source)),
    duplicates: duplicates
      .map((set) => ({ original: articles[set.original]!.source, copies: set.copies.map((copy) => articles[copy]!.source) }))
      .sort((a, b) => compareText(a.original, b.original)),
  };
}
