// Groups near-duplicates (wire copy filed twice, the same story in two places): articles that share
// at least about 90% of their text. Candidates come from LSH banding of fingerprints, so the work
// grows with the number of articles, not of pairs (Leskovec, Rajaraman & Ullman, MMDS ch. 3.4).
import { compareStrings, rankByKey } from "../keywords/index-terms.ts";
import { FINGERPRINT_SIZE, estimateJaccard, mix } from "./fingerprint.ts";
import { createUnionFind } from "./union-find.ts";

export interface DuplicateCandidate {
  /** Unique and stable, e.g. the source path: the tie-breaker for the original. */
  key: string;
  /** A string that sorts by time, e.g. Article.date.day ("2022-04-21"), or null when undated. */
  date: string | null;
  fingerprint: Uint8Array;
}

export interface DuplicateGroup {
  /** The earliest dated article, else the first by key: the copies point rel=canonical to it. */
  original: string;
  /** The other members, in the same order (dated before undated, earliest first, then by key). */
  copies: string[];
}

export interface DuplicateOptions {
  /**
   * Share of text two articles must have in common, as the Dice coefficient of their shingle sets
   * (2|A∩B| / (|A|+|B|)): 0.9 is "about 90% the same text". Default 0.9, a Jaccard of 0.82.
   */
  minOverlap?: number;
  /** Each article's place in key order (rankByKey of the keys), when the caller has it already (TermIndex.rank). */
  rank?: Int32Array;
}

/** Chance that a pair right at the threshold shares a band and so is compared at all. */
const RECALL_AT_THRESHOLD = 0.99;
/** A bucket this big is not all compared pair by pair (a boilerplate text filed a thousand times). */
const LARGE_BUCKET = 64;

/** Groups sorted by their original's key. */
export function findDuplicates(articles: readonly DuplicateCandidate[], options: DuplicateOptions = {}): DuplicateGroup[] {
  const { minOverlap = 0.9 } = options;
  const minJaccard = minOverlap / (2 - minOverlap);
  const { bands, rows } = banding(minJaccard);
  const rank = options.rank ?? rankByKey(articles.map((a) => a.key));
  if (rank.length !== articles.length) throw new RangeError(`findDuplicates: ${articles.length} articles but a rank of ${rank.length}`);
  const byRank = new Int32Array(articles.length);
  rank.forEach((place, article) => (byRank[place] = article));
  const sets = createUnionFind(articles.length);
  const link = (a: number, b: number): void => {
    if (sets.find(a) === sets.find(b)) return;
    const [x, y] = [articles[a] as DuplicateCandidate, articles[b] as DuplicateCandidate];
    if (estimateJaccard(x.fingerprint, y.fingerprint) >= minJaccard) sets.union(a, b);
  };
  // (band hash, rank) packed in one double, so one native numeric sort lines up each bucket.
  const slots = 2 ** Math.ceil(Math.log2(articles.length + 1));
  const hashes = 2 ** 53 / slots;
  // All bands of an article at once, while its fingerprint is in cache: band b's keys are keyed[b * n …].
  const fingerprinted = articles.flatMap((a, article) => (a.fingerprint.length === FINGERPRINT_SIZE ? [article] : []));
  const n = fingerprinted.length;
  const keyed = new Float64Array(bands * n);
  fingerprinted.forEach((article, i) => {
    const { fingerprint } = articles[article] as DuplicateCandidate;
    for (let band = 0; band < bands; band++) keyed[band * n + i] = (bandHash(fingerprint, band, rows) % hashes) * slots + (rank[article] as number);
  });
  const members = new Int32Array(n);
  for (let band = 0; band < bands; band++) {
    const sorted = keyed.subarray(band * n, (band + 1) * n).sort();
    for (let start = 0, end = 1; start < n; start = end++) {
      const hash = Math.floor((sorted[start] as number) / slots);
      while (end < n && Math.floor((sorted[end] as number) / slots) === hash) end++;
      if (end - start === 1) continue;
      const bucket = members.subarray(0, end - start);
      for (let i = start; i < end; i++) bucket[i - start] = byRank[(sorted[i] as number) % slots] as number;
      linkBucket(bucket, link);
    }
  }
  return groupsOf(articles, sets.groups());
}

/** Every pair of a bucket, or for a large one each member with the first and the one before it. */
function linkBucket(bucket: Int32Array, link: (a: number, b: number) => void): void {
  for (let i = 1; i < bucket.length; i++) {
    if (bucket.length <= LARGE_BUCKET) {
      for (let j = 0; j < i; j++) link(bucket[j] as number, bucket[i] as number);
    } else {
      link(bucket[0] as number, bucket[i] as number);
      link(bucket[i - 1] as number, bucket[i] as number);
    }
  }
}

function groupsOf(articles: readonly DuplicateCandidate[], groups: number[][]): DuplicateGroup[] {
  const first = (a: DuplicateCandidate, b: DuplicateCandidate): number =>
    (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || compareStrings(a.date ?? "", b.date ?? "") || compareStrings(a.key, b.key);
  return groups
    .filter((members) => members.length > 1)
    .map((members) => members.map((m) => articles[m] as DuplicateCandidate).sort(first))
    .map(([original, ...copies]) => ({ original: (original as DuplicateCandidate).key, copies: copies.map((c) => c.key) }))
    .sort((a, b) => compareStrings(a.original, b.original));
}

/**
 * The most rows per band (fewest chance candidates) that still gives a pair at the threshold
 * RECALL_AT_THRESHOLD: 18 bands of 7 rows for 90% overlap (Jaccard 0.82), where a pair of Jaccard
 * 0.3 meets with 0.4% chance. Lower thresholds need shorter bands and compare many more pairs.
 */
function banding(minJaccard: number): { bands: number; rows: number } {
  for (let rows = 8; rows > 1; rows--) {
    const bands = Math.floor(FINGERPRINT_SIZE / rows);
    if (1 - (1 - minJaccard ** rows) ** bands >= RECALL_AT_THRESHOLD) return { bands, rows };
  }
  return { bands: FINGERPRINT_SIZE, rows: 1 };
}

function bandHash(fingerprint: Uint8Array, band: number, rows: number): number {
  let hash = mix(band + 1);
  for (let row = band * rows; row < (band + 1) * rows; row++) hash = Math.imul(hash ^ (fingerprint[row] as number), 0x01000193);
  return mix(hash);
}
