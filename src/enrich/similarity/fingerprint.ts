// A MinHash fingerprint of an article's wording, so near-duplicates among 100,000 articles are found
// without comparing every pair. One hash per shingle (one-permutation hashing with optimal
// densification, Shrivastava ICML 2017) instead of 128, and only 8 bits of each minimum, which near
// 90% similarity estimate about as well as 32 (b-bit MinHash, Li & König WWW 2010): 128 bytes an article.
import { forEachWord } from "../keywords/tokenize.ts";

export const FINGERPRINT_SIZE = 128;
/** Words per shingle: four-word runs match only where wording is shared, not just vocabulary. */
const SHINGLE = 4;
const BIN_SHIFT = 32 - Math.log2(FINGERPRINT_SIZE);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;
const CHANCE_MATCH = 1 / 256;

/** The fingerprint of a text, or an empty array when it has no words (it then matches nothing). */
export function fingerprint(text: string): Uint8Array {
  const shingler = createShingler();
  forEachWord(text, (_start, _end, _spaced, hash) => shingler.add(hash));
  return shingler.finish();
}

export interface Shingler {
  /** Adds the next word of the text, as the tokenizer's hash of it. */
  add(wordHash: number): void;
  finish(): Uint8Array;
}

/** Builds a fingerprint word by word, for callers that already walk the words (summarize-text.ts). */
export function createShingler(): Shingler {
  return new MinHashShingler();
}

/**
 * A class with typed arrays, not a closure: word hashes are 32-bit, beyond V8's small integers, so each one
 * kept in a closure's variables was a new heap number, and shingling took half as long again as the words.
 * For the same reason a word's shingle is kept within add(), not handed to another method.
 */
class MinHashShingler implements Shingler {
  readonly #minima = new Uint32Array(FINGERPRINT_SIZE).fill(EMPTY);
  /** The last three words. */
  readonly #previous = new Uint32Array(SHINGLE - 1);
  #words = 0;

  add(word: number): void {
    const previous = this.#previous;
    if (this.#words >= SHINGLE - 1) {
      const hash = shingleOf(previous, word);
      const bin = hash >>> BIN_SHIFT;
      if ((hash & VALUE_MASK) < (this.#minima[bin] as number)) this.#minima[bin] = hash & VALUE_MASK;
    }
    previous[0] = previous[1] as number;
    previous[1] = previous[2] as number;
    previous[2] = word;
    this.#words++;
  }

  finish(): Uint8Array {
    const minima = this.#minima;
    if (this.#words === 0) return new Uint8Array(0);
    if (this.#words < SHINGLE) {
      // A text shorter than a shingle is one shingle.
      const hash = shingleOf(this.#previous, this.#words);
      minima[hash >>> BIN_SHIFT] = Math.min(minima[hash >>> BIN_SHIFT] as number, hash & VALUE_MASK);
    }
    const result = new Uint8Array(FINGERPRINT_SIZE);
    for (let bin = 0; bin < FINGERPRINT_SIZE; bin++) result[bin] = (minima[bin] === EMPTY ? borrow(minima, bin) : minima[bin] as number) & 0xff;
    return result;
  }
}

/** The hash of the shingle the last three words and this one make. Distinct odd multipliers keep word order: "the bank said no" differs from "no bank said the". */
function shingleOf(previous: Uint32Array, word: number): number {
  return mix(Math.imul(previous[0] as number, 0x9e3779b1) ^ Math.imul(previous[1] as number, 0x85ebca77) ^ Math.imul(previous[2] as number, 0xc2b2ae3d) ^ word);
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
export function estimateJaccard(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== FINGERPRINT_SIZE || b.length !== FINGERPRINT_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < FINGERPRINT_SIZE; i++) if (a[i] === b[i]) same++;
  // Unequal minima agree in their low 8 bits by chance once in 256 (Li & König, section 2).
  return Math.max(0, (same / FINGERPRINT_SIZE - CHANCE_MATCH) / (1 - CHANCE_MATCH));
}

/** An empty bin takes the minimum of a bin chosen by a fixed hash sequence, the same for every text. */
function borrow(minima: Uint32Array, bin: number): number {
  for (let attempt = 1; ; attempt++) {
    const donor = mix((bin << 16) | attempt) >>> BIN_SHIFT;
    if (minima[donor] !== EMPTY) return minima[donor] as number;
  }
}

/** Murmur3's finaliser: every input bit reaches every output bit. */
export function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
