// Counts the terms one article could be about: the per-article half of topics and related stories,
// small enough to send from a worker thread for each of 100,000 articles.
import { scanTerms } from "./scan-terms.ts";
import type { TermWord, WordSink } from "./scan-terms.ts";
import { stem } from "./stem.ts";

export interface TermCounts {
  /** Candidate terms as the article writes them most often, "\n"-separated, most frequent first. */
  terms: string;
  /**
   * termHash() of each term's key, in the same order: the main thread counts 100,000 articles'
   * terms by number, since splitting and interning their strings took 2 s there.
   */
  keys: Uint32Array;
  /** Occurrences of each term in the same order (a headline occurrence counts twice), at most 255. */
  counts: Uint8Array;
}

/** Enough for keywords and a similarity vector: with 32, related stories missed half the names a thread shares (bench/similarity-scale.ts). */
export const CANDIDATE_TERMS = 48;
const HEADLINE_WEIGHT = 2;

/** The identity of a term across articles: lower case, plurals folded; two-word names are not folded. */
export function termKey(surface: string): string {
  const lower = surface.toLowerCase();
  return lower.includes(" ") ? lower : stem(lower);
}

/** A 32-bit hash of a term key (FNV-1a, then Murmur3's finaliser to spread it). */
export function termHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** One spelling of a term in one article ("Inflation", "inflation"). */
interface Spelling {
  surface: string;
  count: number;
  /** Occurrences where the spelling is the writer's choice: not in the headline, not opening a sentence. */
  votes: number;
  /** Order of first use: ties go to what the headline and the lead mention first. */
  first: number;
  term: Term;
}

/** A term of one article: all its spellings, counted together. */
interface Term {
  key: string;
  count: number;
  first: number;
  /** The spelling shown, chosen once all are counted. */
  shown: Spelling | null;
}

export interface CountOptions {
  /** Terms kept, at most. Default CANDIDATE_TERMS. */
  limit?: number;
  /** Sees every word of the body as the tokenizer's hash: lets a fingerprint share this pass. */
  bodyWords?: WordSink;
}

export function countTerms(title: string, text: string, options: CountOptions = {}): TermCounts {
  const tally = new TermTally();
  const names = new Set<string>();
  // The body first, so that a capitalised pair in the headline counts as a name only when the body
  // uses it as one: Title Case headlines ("Inflation Rises Again") would otherwise make false names,
  // and "World Bank Warns" still finds "World Bank".
  scanTerms(text, (run, length, initial) => {
    tally.position++;
    if (length === 2) {
      const name = nameOf(run);
      const key = name.toLowerCase();
      names.add(key);
      tally.add(name, key, 1, initial ? 0 : 1);
      return;
    }
    for (let i = 0; i < length; i++) tally.add((run[i] as TermWord).surface, (run[i] as TermWord).key, 1, initial && i === 0 ? 0 : 1);
  }, options.bodyWords);
  tally.position = -1_000_000;
  scanTerms(title, (run, length) => {
    tally.position++;
    for (let i = 0; i < length; i++) {
      const word = run[i] as TermWord;
      const pair = i + 1 < length ? nameOf(run, i) : "";
      const pairKey = pair.toLowerCase();
      if (names.has(pairKey)) {
        tally.add(pair, pairKey, HEADLINE_WEIGHT, 0);
        i++;
      } else {
        tally.add(word.surface, word.key, HEADLINE_WEIGHT, 0);
      }
    }
  });
  return tally.pick(options.limit ?? CANDIDATE_TERMS);
}

const nameOf = (run: readonly TermWord[], at = 0): string => `${run[at]?.surface} ${run[at + 1]?.surface}`;

/**
 * Counts one article's words by spelling and, through the spelling, by key, so picking needs no second
 * pass of lookups. A term is shown as the spelling the writer chose most (mid-sentence in the body:
 * "inflation", not the "Inflation" opening a sentence), then the commonest, then the first.
 */
class TermTally {
  /** The run being counted, in order. */
  position = 0;
  readonly #spellings = new Map<string, Spelling>();
  readonly #terms = new Map<string, Term>();

  add(surface: string, key: string, weight: number, votes: number): void {
    let spelling = this.#spellings.get(surface);
    if (spelling === undefined) {
      spelling = { surface, count: 0, votes: 0, first: this.position, term: this.#termOf(key) };
      this.#spellings.set(surface, spelling);
    }
    spelling.count += weight;
    spelling.votes += votes;
    if (this.position < spelling.first) spelling.first = this.position;
    const { term } = spelling;
    term.count += weight;
    if (this.position < term.first) term.first = this.position;
  }

  pick(limit: number): TermCounts {
    for (const spelling of this.#spellings.values()) {
      const { term } = spelling;
      if (term.shown === null || isPreferred(spelling, term.shown)) term.shown = spelling;
    }
    const picked = best(this.#terms.values(), limit);
    const keys = new Uint32Array(picked.length);
    const counts = new Uint8Array(picked.length);
    picked.forEach((term, at) => {
      keys[at] = termHash(term.key);
      counts[at] = Math.min(255, term.count);
    });
    return { terms: picked.map((term) => term.shown?.surface).join("\n"), keys, counts };
  }

  #termOf(key: string): Term {
    let term = this.#terms.get(key);
    if (term === undefined) {
      term = { key, count: 0, first: this.position, shown: null };
      this.#terms.set(key, term);
    }
    return term;
  }
}

const isPreferred = (a: Spelling, b: Spelling): boolean =>
  a.votes > b.votes || (a.votes === b.votes && (a.count > b.count || (a.count === b.count && a.first < b.first)));

/** Most frequent first, then first used, then in order of arrival. */
const ranksBefore = (a: Term, b: Term): boolean => a.count > b.count || (a.count === b.count && a.first < b.first);

/** The `limit` best terms in rank order: one pass that keeps them sorted, not a sort of all of them. */
function best(terms: Iterable<Term>, limit: number): Term[] {
  const kept: Term[] = [];
  for (const term of terms) {
    let at = kept.length;
    while (at > 0 && ranksBefore(term, kept[at - 1] as Term)) at--;
    if (at >= limit) continue;
    // Moves the rest down to make room, the last falling off when all `limit` are kept.
    for (let i = Math.min(kept.length, limit - 1); i > at; i--) kept[i] = kept[i - 1] as Term;
    kept[at] = term;
  }
  return kept;
}
