// Scores one article's candidate related stories: the dot product of its heaviest terms with the
// articles that weigh each of those terms most (the champion lists of term-vectors.ts).
import type { TermIndex } from "../keywords/index-terms.ts";
import type { TermVectors } from "./term-vectors.ts";
import { createTop } from "./top.ts";
import type { Top } from "./top.ts";

/**
 * Returns a scorer whose result holds the `keep` best candidates of an article, best first. Pruning
 * the article to its heaviest terms (Manning et al., Introduction to IR, 7.1.5) bounds the work
 * per article by queryTerms × championList. Rescoring the best by their exact cosine found fewer
 * of a thread's stories in bench/similarity-scale.ts (3.83 of 4, not 3.94) for a third more time.
 */
export function createCandidateScorer(
  index: TermIndex,
  vectors: TermVectors,
  options: { queryTerms: number; keep: number; skip?: (article: number, other: number) => boolean },
): (article: number) => Top {
  const skip = options.skip ?? ((article: number, other: number) => other === article);
  const { offsets, termIds } = index;
  const { weights, starts, champions, championWeights } = vectors;
  const sums = new Float64Array(index.keys.length);
  const touched = new Int32Array(options.queryTerms * Math.max(1, longest(starts)));
  const order = new Float64Array(longest(offsets));
  const top = createTop(options.keep, index.rank);
  return (article) => {
    let [count, queried] = [0, 0];
    const heaviest = sortByWeight(weights, offsets[article] as number, offsets[article + 1] as number, order);
    for (let k = 0; k < heaviest.length && queried < options.queryTerms; k++) {
      const i = (heaviest[k] as number) % 2 ** 32;
      const [term, weight] = [termIds[i] as number, weights[i] as number];
      // Terms no other article has (the heaviest, being rarest) would waste the query, and so would
      // terms only the article's own copies share: a query counts once it reaches another story.
      let reached = false;
      for (let c = starts[term] as number; c < (starts[term + 1] as number); c++) {
        const other = champions[c] as number;
        // Weights are never 0 here (term-vectors.ts), so a sum of 0 means "not touched yet".
        if (weight === 0 || skip(article, other)) continue;
        reached = true;
        if (sums[other] === 0) touched[count++] = other;
        sums[other] = (sums[other] as number) + weight * (championWeights[c] as number);
      }
      if (reached) queried++;
    }
    top.clear();
    for (const other of touched.subarray(0, count)) {
      top.offer(other, sums[other] as number);
      sums[other] = 0;
    }
    return top;
  };
}

/**
 * The positions between `from` and `to`, heaviest first, each as (lightness in 2^-20 steps) × 2^32 +
 * position: one native sort, no comparator. Equal weights go to the earlier position (the article's
 * own order, most frequent first), whatever the order of the archive.
 */
function sortByWeight(weights: Float32Array, from: number, to: number, order: Float64Array): Float64Array {
  const keys = order.subarray(0, to - from);
  for (let i = from; i < to; i++) keys[i - from] = Math.round((1 - (weights[i] as number)) * 2 ** 20) * 2 ** 32 + i;
  return keys.sort();
}

/** The longest run between consecutive offsets. */
function longest(offsets: Int32Array): number {
  let most = 0;
  for (let i = 1; i < offsets.length; i++) most = Math.max(most, (offsets[i] as number) - (offsets[i - 1] as number));
  return most;
}
