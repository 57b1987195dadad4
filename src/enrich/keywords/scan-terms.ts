// Finds the words of a text that can be topics, and groups capitalised neighbours so that a
// two-word name ("North Korea", "World Bank") is counted as one term rather than two words.
import { isStopWord } from "./stop-words.ts";
import { stem } from "./stem.ts";
import { forEachWord } from "./tokenize.ts";
import { createWordCache } from "./word-cache.ts";
import type { Spelling } from "./count-terms.ts";

/** A word that can be a topic, as written (possessive removed) and as the key it is counted under. */
export interface TermWord {
  surface: string;
  key: string;
  capitalised: boolean;
  /** "North Korea's": a possessive ends a name. */
  possessive: boolean;
  /**
   * Left to count-terms.ts: its counts of this spelling in the article it counted last. One word is met
   * hundreds of thousands of times across an archive, always as this same cached object (until the cache
   * is emptied, see wordGeneration), so counting it needs no lookup by its string.
   */
  tally: WordTally | null;
}

/** What count-terms.ts keeps on a cached word (TermWord.tally). */
export interface WordTally {
  /** The article (a number count-terms.ts gives each) whose counts these are. */
  article: number;
  spelling: Spelling;
}

/** How many times the cache of words was emptied: while it is not, a spelling is one TermWord. */
export const wordGeneration = (): number => words.generation;

/** Receives every word of a text as the tokenizer's hash of it (a fingerprint's shingler). */
export interface WordSink {
  add(wordHash: number): void;
}

const MAX_TERM_LENGTH = 40;
const HAS_LETTER = /\p{L}/u;
/** Numbers, ordinals and amounts: "2022", "1990s", "21st", "5bn". */
const NUMBER_LIKE = /^[\d.,]+(?:s|st|nd|rd|th|m|bn|km|kg)?$/i;
const POSSESSIVE = /['\u2019]s$/;

function classify(written: string): TermWord | null {
  const surface = written.replace(POSSESSIVE, "").replaceAll("\u2019", "'");
  const lower = surface.toLowerCase();
  const key = stem(lower);
  const content = surface.length >= 2 && surface.length <= MAX_TERM_LENGTH && HAS_LETTER.test(surface) &&
    !NUMBER_LIKE.test(surface) && !isStopWord(lower) && !isStopWord(key);
  const first = surface[0] ?? "";
  return content ? { surface, key, capitalised: first !== first.toLowerCase(), possessive: POSSESSIVE.test(written), tally: null } : null;
}

const words = createWordCache(classify);

/**
 * Calls `emit` with each content word alone, and with each run of capitalised content words that
 * only spaces separate. Stop words, numbers, single letters and punctuation end a run. Callers
 * count a run of exactly two as one name; longer runs ("Defense Minister Nobuo Kishi") are counted
 * word by word, since their inner pairs are fragments ("Minister Nobuo"). `initial` says the run
 * opens a sentence. `run` is reused: read it before returning. `allWords` sees every word, stop
 * words included, as the tokenizer's hash.
 */
export function scanTerms(text: string, emit: (run: readonly TermWord[], length: number, initial: boolean) => void, allWords?: WordSink): void {
  const run: TermWord[] = [];
  let [length, initial] = [0, false];
  forEachWord(text, (start, end, spaced, hash, units) => {
    allWords?.add(hash);
    const word = words.get(text, units, start, end, hash);
    if (length > 0 && (!spaced || word === null || !word.capitalised)) {
      emit(run, length, initial);
      length = 0;
    }
    if (word === null) return;
    if (length === 0) initial = word.capitalised && startsSentence(text, start);
    run[length++] = word;
    if (!word.capitalised || word.possessive) {
      emit(run, length, initial);
      length = 0;
    }
  });
  if (length > 0) emit(run, length, initial);
}

/** Whether the word at `start` opens a sentence or paragraph, where a capital says nothing about the word. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    // Spaces, quotes and opening brackets may stand between a full stop and the next sentence.
    if (code === 32 || code === 34 || code === 39 || code === 40 || code === 0x2018 || code === 0x201c) continue;
    return code === 46 || code === 33 || code === 63 || code === 10;
  }
  return true;
}
