// Counts the terms one article could be about: the per-article half of topics and related stories,
// small enough to send from a worker thread for each of 100,000 articles.
import { scanTerms } from "./scan-terms.ts";
import type { TermWord } from "./scan-terms.ts";
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

interface Tally {
  key: string;
  count: number;
  /** Occurrences where the spelling is the writer's choice: not in the headline, not opening a sentence. */
  votes: number;
  /** Order of first use: ties go to what the headline and the lead mention first. */
  first: number;
}

export interface CountOptions {
  /** Terms kept, at most. Default CANDIDATE_TERMS. */
  limit?: number;
  /** Sees every word of the body as the tokenizer's hash: lets a fingerprint share this pass. */
  onBodyWord?: (hash: number) => void;
}

export function countTerms(title: string, text: string, options: CountOptions = {}): TermCounts {
  // By spelling while scanning (one map update a word), by key once at the end.
  const spellings = new Map<string, Tally>();
  let position = 0;
  const add = (surface: string, key: string, weight: number, votes: number): void => {
    const tally = spellings.get(surface);
    if (tally === undefined) spellings.set(surface, { key, count: weight, votes, first: position });
    else {
      tally.count += weight;
      tally.votes += votes;
      if (position < tally.first) tally.first = position;
    }
  };
  const names = new Set<string>();
  // The body first, so that a capitalised pair in the headline counts as a name only when the body
  // uses it as one: Title Case headlines ("Inflation Rises Again") would otherwise make false names,
  // and "World Bank Warns" still finds "World Bank".
  scanTerms(text, (run, length, initial) => {
    position++;
    if (length === 2) {
      const name = nameOf(run);
      names.add(name.toLowerCase());
      add(name, name.toLowerCase(), 1, initial ? 0 : 1);
      return;
    }
    for (let i = 0; i < length; i++) add((run[i] as TermWord).surface, (run[i] as TermWord).key, 1, initial && i === 0 ? 0 : 1);
  }, options.onBodyWord);
  position = -1_000_000;
  scanTerms(title, (run, length) => {
    position++;
    for (let i = 0; i < length; i++) {
      const word = run[i] as TermWord;
      const pair = i + 1 < length ? nameOf(run, i) : "";
      if (names.has(pair.toLowerCase())) {
        add(pair, pair.toLowerCase(), HEADLINE_WEIGHT, 0);
        i++;
      } else {
        add(word.surface, word.key, HEADLINE_WEIGHT, 0);
      }
    }
  });
  return pickCandidates(spellings, options.limit ?? CANDIDATE_TERMS);
}

const nameOf = (run: readonly TermWord[], at = 0): string => `${run[at]?.surface} ${run[at + 1]?.surface}`;

/**
 * Sums spellings by key. A term is shown as the spelling the writer chose most (mid-sentence in the
 * body: "inflation", not the "Inflation" opening a sentence), then the commonest, then the first.
 */
function pickCandidates(spellings: Map<string, Tally>, limit: number): TermCounts {
  const terms = new Map<string, Tally & { surface: string; best: Tally }>();
  for (const [surface, tally] of spellings) {
    const term = terms.get(tally.key);
    if (term === undefined) {
      // A literal, not a spread: spreading the tally made this loop ten times slower.
      terms.set(tally.key, { key: tally.key, count: tally.count, votes: tally.votes, first: tally.first, surface, best: tally });
      continue;
    }
    const { best } = term;
    if (tally.votes > best.votes || (tally.votes === best.votes && (tally.count > best.count || (tally.count === best.count && tally.first < best.first)))) {
      term.surface = surface;
      term.best = tally;
    }
    term.count += tally.count;
    term.first = Math.min(term.first, tally.first);
  }
  const picked = [...terms.values()].sort((a, b) => b.count - a.count || a.first - b.first).slice(0, limit);
  return {
    terms: picked.map((term) => term.surface).join("\n"),
    keys: Uint32Array.from(picked, (term) => termHash(term.key)),
    counts: Uint8Array.from(picked, (term) => Math.min(255, term.count)),
  };
}
