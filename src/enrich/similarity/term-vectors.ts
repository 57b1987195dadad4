// Each article as a unit-length TF-IDF vector over its candidate terms, and for each term the
// articles that weigh it most ("champion lists", Manning, Raghavan & Schütze, Introduction to IR,
// 7.1.3): what related stories look up instead of comparing every pair.
import type { TermIndex } from "../keywords/index-terms.ts";

export interface TermVectors {
  /** Parallel to index.termIds: (1 + ln count) × ln(N / df), scaled so each article's vector has length 1. */
  weights: Float32Array;
  /** Term t's champions are champions[starts[t]] up to champions[starts[t + 1]], their weights in championWeights. */
  starts: Int32Array;
  champions: Int32Array;
  championWeights: Float32Array;
}

/** 1 + ln(count) for every count a summary can hold (Manning et al. 6.4.1: sublinear tf scaling). */
const TF_WEIGHT = Float64Array.from({ length: 256 }, (_, count) => (count > 0 ? 1 + Math.log(count) : 0));

export function createTermVectors(index: TermIndex, championList: number): TermVectors {
  const { offsets, termIds, counts, documentFrequency: df } = index;
  const articles = index.keys.length;
  const idf = Float64Array.from(df, (n) => (n > 0 ? Math.log(articles / n) : 0));
  const weights = new Float32Array(termIds.length);
  // Postings grouped by term (a counting sort), written once each so that reading them is sequential.
  const next = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) next[t + 1] = (next[t] as number) + (df[t] as number);
  const listStarts = next.slice();
  const [postingArticles, postingWeights] = [new Int32Array(termIds.length), new Float32Array(termIds.length)];
  for (let article = 0; article < articles; article++) {
    const [from, to] = [offsets[article] as number, offsets[article + 1] as number];
    let norm = 0;
    for (let i = from; i < to; i++) norm += ((TF_WEIGHT[counts[i] as number] as number) * (idf[termIds[i] as number] as number)) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = from; i < to; i++) {
      const term = termIds[i] as number;
      const at = next[term] as number;
      weights[i] = postingWeights[at] = (TF_WEIGHT[counts[i] as number] as number) * (idf[term] as number) * scale;
      postingArticles[at] = article;
      next[term] = at + 1;
    }
  }
  return { weights, ...keepChampions(index.rank, listStarts, postingArticles, postingWeights, championList) };
}

/** Cuts each term's postings to its `limit` heaviest; equal weights at the cut go to the articles whose keys sort first. */
function keepChampions(rank: Int32Array, listStarts: Int32Array, articles: Int32Array, weights: Float32Array, limit: number): Omit<TermVectors, "weights"> {
  const starts = new Int32Array(listStarts.length);
  const champions = new Int32Array(articles.length);
  const championWeights = new Float32Array(articles.length);
  const scratch = new Float32Array(articles.length);
  let kept = 0;
  for (let t = 0; t + 1 < listStarts.length; t++) {
    const [from, to] = [listStarts[t] as number, listStarts[t + 1] as number];
    // A term in one article links nothing; a weight of 0 (a term in every article) adds nothing.
    const threshold = to - from < 2 ? Infinity : to - from <= limit ? 0 : nthLargest(scratch, weights.subarray(from, to), limit);
    const ties: number[] = [];
    for (let p = from; p < to; p++) {
      if ((weights[p] as number) > threshold) {
        champions[kept] = articles[p] as number;
        championWeights[kept++] = weights[p] as number;
      } else if (weights[p] === threshold && threshold > 0) ties.push(p);
    }
    ties.sort((a, b) => (rank[articles[a] as number] as number) - (rank[articles[b] as number] as number));
    for (const p of ties.slice(0, limit - (kept - (starts[t] as number)))) {
      champions[kept] = articles[p] as number;
      championWeights[kept++] = weights[p] as number;
    }
    starts[t + 1] = kept;
  }
  return { starts, champions: champions.slice(0, kept), championWeights: championWeights.slice(0, kept) };
}

/** The n-th largest of `values`, by quickselect (Hoare 1961) on a copy in `scratch`. */
function nthLargest(scratch: Float32Array, values: Float32Array, n: number): number {
  const copy = scratch.subarray(0, values.length);
  copy.set(values);
  const target = values.length - n;
  let [low, high] = [0, values.length - 1];
  while (low < high) {
    const pivot = medianOfThree(copy[low] as number, copy[(low + high) >>> 1] as number, copy[high] as number);
    let [i, j] = [low, high];
    while (i <= j) {
      while ((copy[i] as number) < pivot) i++;
      while ((copy[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = copy[i] as number;
        copy[i++] = copy[j] as number;
        copy[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return copy[target] as number;
}

const medianOfThree = (a: number, b: number, c: number): number => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
