// The archive's term statistics, built once from every article's term counts and shared by topics
// and related stories: which articles use which terms, and in how many articles each term occurs.
import { createHashIds } from "./hash-ids.ts";
import type { TermCounts } from "./count-terms.ts";

export interface IndexedArticle {
  /** Unique and stable, e.g. the source path: equal scores are ordered by it, never by input order. */
  key: string;
  terms: TermCounts;
}

export interface TermIndex {
  /** Article keys in input order; every per-article array below follows this order. */
  keys: readonly string[];
  /** Each article's place in key order, the tie-breaker that makes results independent of input order. */
  rank: Int32Array;
  /** By term id: the term's key hash (termHash), a tie-breaker that does not depend on input order. */
  hashes: Uint32Array;
  /** By term id: how many articles count the term among their candidates. */
  documentFrequency: Int32Array;
  /**
   * Article i's terms are at offsets[i] up to offsets[i + 1] of termIds and counts, in the order of
   * its TermCounts (most frequent first): position offsets[i] + n is line n of its terms string.
   */
  offsets: Int32Array;
  termIds: Int32Array;
  /** Occurrences. */
  counts: Uint8Array;
  /** Each article's TermCounts.terms, as given: the spellings, read only for the few terms shown. */
  spellings: readonly string[];
}

/**
 * Terms are told apart by their 32-bit key hash. Among a million distinct terms about a hundred
 * pairs share one; such a pair (nearly always two rare terms) counts as one term for document
 * frequency and similarity. Topics are still grouped by the key itself (find-topics.ts).
 */
export function indexTerms(articles: readonly IndexedArticle[]): TermIndex {
  const ids = createHashIds();
  const offsets = new Int32Array(articles.length + 1);
  const total = articles.reduce((sum, a) => sum + a.terms.keys.length, 0);
  const termIds = new Int32Array(total);
  const counts = new Uint8Array(total);
  let at = 0;
  for (let article = 0; article < articles.length; article++) {
    const { keys, counts: given } = (articles[article] as IndexedArticle).terms;
    for (let line = 0; line < keys.length; line++) {
      termIds[at] = ids.idOf(keys[line] as number);
      counts[at++] = given[line] ?? 0;
    }
    offsets[article + 1] = at;
  }
  const documentFrequency = new Int32Array(ids.size());
  for (const term of termIds) documentFrequency[term] = (documentFrequency[term] as number) + 1;
  const keys = articles.map((a) => a.key);
  return { keys, rank: rankByKey(keys), hashes: ids.hashes(), documentFrequency, offsets, termIds, counts, spellings: articles.map((a) => a.terms.terms) };
}

/** The spelling of the term at a position of the index, read from its line of the article's terms. */
export function spellingAt(index: TermIndex, article: number, position: number): string {
  const text = index.spellings[article] ?? "";
  let start = 0;
  for (let line = position - (index.offsets[article] as number); line > 0; line--) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) return "";
    start = newline + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

export function rankByKey(keys: readonly string[]): Int32Array {
  const order = keys.map((_, i) => i).sort((a, b) => compareStrings(keys[a] as string, keys[b] as string) || a - b);
  const rank = new Int32Array(keys.length);
  order.forEach((article, place) => (rank[article] = place));
  return rank;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
