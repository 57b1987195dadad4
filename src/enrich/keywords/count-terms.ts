// Counts the terms one article could be about: the per-article half of topics and related stories,
// small enough to send from a worker thread for each of 100,000 articles.
import { scanTerms, wordGeneration } from "./scan-terms.ts";
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
export interface Spelling {
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
  /** The article these counts are of (TermTally's number). */
  article: number;
  /** termsGeneration when it was kept. */
  generation: number;
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
      tally.addName(name, key, 1, initial ? 0 : 1);
      return;
    }
    for (let i = 0; i < length; i++) tally.addWord(run[i] as TermWord, 1, initial && i === 0 ? 0 : 1);
  }, options.bodyWords);
  tally.position = -1_000_000;
  scanTerms(title, (run, length) => {
    tally.position++;
    for (let i = 0; i < length; i++) {
      const word = run[i] as TermWord;
      const pair = i + 1 < length ? nameOf(run, i) : "";
      const pairKey = pair.toLowerCase();
      if (names.has(pairKey)) {
        tally.addName(pair, pairKey, HEADLINE_WEIGHT, 0);
        i++;
      } else {
        tally.addWord(word, HEADLINE_WEIGHT, 0);
      }
    }
  });
  return tally.pick(options.limit ?? CANDIDATE_TERMS);
}

const nameOf = (run: readonly TermWord[], at = 0): string => `${run[at]?.surface} ${run[at + 1]?.surface}`;

/** The number of the article being counted: what a word's or a term's counts belong to. */
let articles = 0;
/** Terms by key, kept from article to article (their counts start again in each): most keys come back. */
const termsByKey = new Map<string, Term>();
/** Past this many, the terms are let go, between two articles. */
const TERMS_KEPT = 200_000;
/** How many times the terms were let go: a term a spelling still points to is kept while this holds. */
let termsGeneration = 0;

/**
 * Counts one article's words by spelling and, through the spelling, by key, so picking needs no second
 * pass of lookups. A term is shown as the spelling the writer chose most (mid-sentence in the body:
 * "inflation", not the "Inflation" opening a sentence), then the commonest, then the first. A single
 * word's counts live on its cached TermWord and its term's on the kept Term, started again for each
 * article: a Map of spellings and one of terms made for every article took half the time of counting.
 */
class TermTally {
  /** The run being counted, in order. */
  position = 0;
  readonly #article = ++articles;
  /** This article's spellings and terms, in order of first use: ties go to the first. */
  readonly #spellings: Spelling[] = [];
  readonly #terms: Term[] = [];
  /** Spellings by surface: the names', and every one once the cache of words was emptied during this article. */
  readonly #bySurface = new Map<string, Spelling>();
  /** Whether #bySurface holds every spelling (from when words stopped being one object a spelling). */
  #everySurface = false;
  readonly #generation = wordGeneration();

  constructor() {
    if (termsByKey.size > TERMS_KEPT) {
      termsByKey.clear();
      termsGeneration++;
    }
  }

  /** A run of two capitalised words, counted as one name. */
  addName(surface: string, key: string, weight: number, votes: number): void {
    let spelling = this.#bySurface.get(surface);
    if (spelling === undefined) {
      spelling = this.#spelling(surface, key);
      this.#bySurface.set(surface, spelling);
    }
    this.#count(spelling, weight, votes);
  }

  addWord(word: TermWord, weight: number, votes: number): void {
    const kept = word.tally;
    let spelling: Spelling;
    if (kept !== null && kept.article === this.#article) {
      spelling = kept.spelling;
    } else {
      spelling = this.#spellingOfWord(word);
      if (kept === null) {
        word.tally = { article: this.#article, spelling };
      } else {
        kept.article = this.#article;
        kept.spelling = spelling;
      }
    }
    this.#count(spelling, weight, votes);
  }

  pick(limit: number): TermCounts {
    for (const spelling of this.#spellings) {
      const { term } = spelling;
      if (term.shown === null || isPreferred(spelling, term.shown)) term.shown = spelling;
    }
    const picked = best(this.#terms, limit);
    const keys = new Uint32Array(picked.length);
    const counts = new Uint8Array(picked.length);
    picked.forEach((term, at) => {
      keys[at] = termHash(term.key);
      counts[at] = Math.min(255, term.count);
    });
    return { terms: picked.map((term) => term.shown?.surface).join("\n"), keys, counts };
  }

  #count(spelling: Spelling, weight: number, votes: number): void {
    spelling.count += weight;
    spelling.votes += votes;
    if (this.position < spelling.first) spelling.first = this.position;
    const { term } = spelling;
    term.count += weight;
    if (this.position < term.first) term.first = this.position;
  }

  /** The first use of a cached word in this article: its spelling, new unless another object of the same word had one. */
  #spellingOfWord(word: TermWord): Spelling {
    if (!this.#everySurface && wordGeneration() !== this.#generation) {
      // The cache was emptied: from now on one spelling may come as two objects, so spellings go by surface.
      for (const spelling of this.#spellings) this.#bySurface.set(spelling.surface, spelling);
      this.#everySurface = true;
    }
    // The word's spelling object from an earlier article is started again, on the same term while the terms are kept.
    if (!this.#everySurface) return this.#spelling(word.surface, word.key, word.tally?.spelling);
    let spelling = this.#bySurface.get(word.surface);
    if (spelling === undefined) {
      spelling = this.#spelling(word.surface, word.key);
      this.#bySurface.set(word.surface, spelling);
    }
    return spelling;
  }

  /** A spelling first used now, in `reused` (one of an earlier article's, let go) if given; the caller files it by surface where it must. */
  #spelling(surface: string, key: string, reused?: Spelling): Spelling {
    const term = this.#termOf(key, reused?.term);
    let spelling: Spelling;
    if (reused === undefined) {
      spelling = { surface, count: 0, votes: 0, first: this.position, term };
    } else {
      spelling = reused;
      spelling.surface = surface;
      spelling.count = 0;
      spelling.votes = 0;
      spelling.first = this.position;
      spelling.term = term;
    }
    this.#spellings.push(spelling);
    return spelling;
  }

  /** `known`: the term the spelling had in an earlier article, the same while the terms are kept. */
  #termOf(key: string, known?: Term): Term {
    let term = known !== undefined && known.generation === termsGeneration ? known : termsByKey.get(key);
    if (term === undefined) {
      term = { key, count: 0, first: this.position, shown: null, article: 0, generation: termsGeneration };
      termsByKey.set(key, term);
    }
    if (term.article !== this.#article) {
      term.article = this.#article;
      term.count = 0;
      term.first = this.position;
      term.shown = null;
      this.#terms.push(term);
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
