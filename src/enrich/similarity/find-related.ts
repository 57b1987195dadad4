// Finds each article's related stories by text similarity: the cosine of TF-IDF vectors, with the
// article cut to its heaviest terms and scored only against the articles that weigh each of those
// most (score-candidates.ts), so the work grows with the number of articles, not of pairs.
import type { TermIndex } from "../keywords/index-terms.ts";
import type { DuplicateGroup } from "./find-duplicates.ts";
import { createCandidateScorer } from "./score-candidates.ts";
import { createTermVectors } from "./term-vectors.ts";

export interface RelatedOptions {
  /** Related articles per article, at most. Default 5. */
  limit?: number;
  /** Articles looked up per term, those that weigh it most: more finds more, slower. Default 30. */
  championList?: number;
  /** An article's terms looked up, its heaviest: more finds more, slower. Default 8. */
  queryTerms?: number;
  /** Similarity (0 to 1, the cosine over the article's heaviest terms) another needs to be related. Default 0.05. */
  minSimilarity?: number;
}

/**
 * Keys of each article's related articles in index order, most similar first. Never the article
 * itself or one of its duplicates; a copy of another story is shown as that story's original.
 */
export function findRelated(index: TermIndex, duplicates: readonly DuplicateGroup[], options: RelatedOptions = {}): string[][] {
  const { limit = 5, championList = 30, queryTerms = 8, minSimilarity = 0.05 } = options;
  const vectors = createTermVectors(index, championList);
  const { groupOf, originalOf } = groupsByArticle(index.keys, duplicates);
  // Twice as many as wanted, since copies of one story collapse into its original.
  // An article's own copies are never its related stories, so they take no place among the candidates.
  const skip = (article: number, other: number): boolean => other === article || (groupOf[other] as number) >= 0 && groupOf[other] === groupOf[article];
  const score = createCandidateScorer(index, vectors, { queryTerms, keep: limit * 2, skip });
  return index.keys.map((_, article) => {
    const best = score(article);
    const related = new Set<number>();
    for (let i = 0; i < best.size() && related.size < limit && best.score(i) >= minSimilarity; i++) {
      const other = best.item(i);
      const group = groupOf[other] as number;
      related.add(group >= 0 && (originalOf[group] as number) >= 0 ? (originalOf[group] as number) : other);
    }
    return [...related].map((other) => index.keys[other] as string);
  });
}

/** Each article's duplicate group (-1 for none), and each group's original. */
function groupsByArticle(keys: readonly string[], duplicates: readonly DuplicateGroup[]): { groupOf: Int32Array; originalOf: Int32Array } {
  const articleOf = new Map(keys.map((key, article) => [key, article]));
  const groupOf = new Int32Array(keys.length).fill(-1);
  const originalOf = new Int32Array(duplicates.length).fill(-1);
  duplicates.forEach(({ original, copies }, group) => {
    originalOf[group] = articleOf.get(original) ?? -1;
    for (const key of [original, ...copies]) {
      const article = articleOf.get(key);
      if (article !== undefined) groupOf[article] = group;
    }
  });
  return { groupOf, originalOf };
}
