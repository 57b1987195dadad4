// Picks each article's distinctive terms: those it uses often that few other articles use, by
// TF-IDF with a sublinear term count (Manning, Raghavan & Schütze, Introduction to IR, 6.4).
import type { TermIndex } from "./index-terms.ts";

export interface KeywordOptions {
  /** Keywords an article gets at most. Default 5. */
  perArticle?: number;
  /** Occurrences an article needs of a term, a headline occurrence counting two. Default 2. */
  minCount?: number;
  /** A term that more than this share of articles use is not distinctive. Default 0.2. */
  maxShare?: number;
}

/** Below this many articles a share means little: a term in 3 of 9 articles can still be a topic. */
const SHARE_APPLIES_FROM = 10;

/**
 * Each article's keywords as positions in the index (index.termIds[p] is the term), best first;
 * equal scores go to the term of lower hash, which does not depend on input order.
 */
export function pickKeywords(index: TermIndex, options: KeywordOptions = {}): number[][] {
  const { perArticle = 5, minCount = 2, maxShare = 0.2 } = options;
  const { documentFrequency: df, termIds, counts, hashes } = index;
  const articles = index.keys.length;
  const maxArticles = Math.max(maxShare * articles, SHARE_APPLIES_FROM);
  const idf = Float64Array.from(df, (n) => Math.log(articles / n));
  const best = new Int32Array(perArticle);
  const scores = new Float64Array(perArticle);
  return index.keys.map((_, article) => {
    let kept = 0;
    for (let i = index.offsets[article] as number; i < (index.offsets[article + 1] as number); i++) {
      const term = termIds[i] as number;
      const count = counts[i] as number;
      const n = df[term] as number;
      // One article alone cannot make a topic (issue #3); a term in every article tells nothing.
      if (count < minCount || n < 2 || n > maxArticles || (idf[term] as number) <= 0) continue;
      const score = (1 + Math.log(count)) * (idf[term] as number);
      // Insertion into the few best so far: no object or sort per candidate.
      let at = kept < perArticle ? kept++ : perArticle;
      for (; at > 0; at--) {
        const other = scores[at - 1] as number;
        const ahead = score > other || (score === other && (hashes[term] as number) < (hashes[termIds[best[at - 1] as number] as number] as number));
        if (!ahead) break;
        if (at < perArticle) {
          best[at] = best[at - 1] as number;
          scores[at] = other;
        }
      }
      if (at < perArticle) {
        best[at] = i;
        scores[at] = score;
      }
    }
    return Array.from(best.subarray(0, kept));
  });
}
