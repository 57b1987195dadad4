// Puts articles in front-page order and keeps their URLs unique.
import type { Article } from "../types.ts";
import { shortHash } from "./identify.ts";

/** Code-unit comparison: the same order on every machine and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first (by day, then by the full date as written); undated after the dated; ties by source path. */
export function order(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : compareText(a.source, b.source);
    return compareText(b.date.day, a.date.day) || compareText(b.date.iso, a.date.iso) || compareText(a.source, b.source);
  });
}

/**
 * Two articles may still claim one URL (a front matter slug used twice, or a hash collision).
 * The first by source path keeps it; the others get a suffix from their own source path and a warning.
 */
export function resolveCollisions(articles: readonly Article[]): Article[] {
  const bySource = [...articles].sort((a, b) => compareText(a.source, b.source));
  const taken = new Map<string, string>();
  const renamed = new Map<string, Article>();
  for (const article of bySource) {
    const owner = taken.get(article.path);
    if (owner === undefined) {
      taken.set(article.path, article.source);
      continue;
    }
    let slug = `${article.slug}-${shortHash(article.source, 12)}`;
    for (let n = 2; taken.has(`articles/${slug}/`); n++) slug = `${article.slug}-${shortHash(article.source, 12)}-${n}`;
    const path = `articles/${slug}/`;
    taken.set(path, article.source);
    const warning = `URL /${article.path} is already used by ${owner}; this article is at /${path}`;
    renamed.set(article.source, { ...article, slug, path, warnings: [...article.warnings, warning] });
  }
  return renamed.size === 0 ? [...articles] : articles.map((a) => renamed.get(a.source) ?? a);
}
