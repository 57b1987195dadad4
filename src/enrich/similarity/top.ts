// Keeps the k best of a stream of scored items without sorting the stream: equal scores go to the
// item of lower rank, so the result does not depend on the order items arrive in.

export interface Top {
  /** Forgets what was kept, to be used again. */
  clear(): void;
  offer(item: number, score: number): void;
  /** How many are kept. */
  size(): number;
  /** The i-th best item and its score. */
  item(i: number): number;
  score(i: number): number;
}

export function createTop(size: number, rank: Int32Array): Top {
  const items = new Int32Array(size);
  const scores = new Float64Array(size);
  let kept = 0;
  return {
    clear() {
      kept = 0;
    },
    offer(item, score) {
      let at = kept < size ? kept++ : size;
      for (; at > 0; at--) {
        const [other, otherScore] = [items[at - 1] as number, scores[at - 1] as number];
        if (score < otherScore || (score === otherScore && (rank[item] as number) > (rank[other] as number))) break;
        if (at < size) {
          items[at] = other;
          scores[at] = otherScore;
        }
      }
      if (at < size) {
        items[at] = item;
        scores[at] = score;
      }
    },
    size: () => kept,
    item: (i) => items[i] as number,
    score: (i) => scores[i] as number,
  };
}
