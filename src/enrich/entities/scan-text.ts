// Cuts text into tokens: words, numbers, abbreviations and single punctuation marks, for tokenize to read sentences from.
// Hand-written for speed: wink-nlp's tokenizer took over half the time of extracting entities, and a regular
// expression matched once a token still cost three times this scan of character codes.
import { ABBREVIATIONS } from "./data/abbreviations.ts";
import { alnumEnd, isAlnum, isAsciiLetter, isDigit, isLineBreak, isSpace, width } from "./char-class.ts";

/** A word, a word that kept a full stop ("U.S.", "Mr.", "S."), which may end a sentence or not, or punctuation. */
export type TokenKind = "word" | "stopped" | "mark";
/** Receives each token in order as its span of the text, and whether a line break precedes it. */
export type EmitToken = (start: number, end: number, kind: TokenKind, lineBefore: boolean) => void;

const DOT = 46;
const HYPHEN = 45;
const APOSTROPHE = 39;

/** "Rolls-Royce", "AT&T", "O'Brien", "F-35": letters and digits, and a hyphen, ampersand or apostrophe between them. */
function wordEnd(text: string, at: number): number {
  let end = alnumEnd(text, at);
  for (let code = text.charCodeAt(end); code === HYPHEN || code === 38 || code === APOSTROPHE; code = text.charCodeAt(end)) {
    if (!isAlnum(text, end + 1)) break;
    end = alnumEnd(text, end + 1);
  }
  return end;
}

/** "-led" after "U.S.", "-strong" after "100,000": what a hyphen joins on. */
function hyphenatedEnd(text: string, at: number): number {
  let end = at;
  while (text.charCodeAt(end) === HYPHEN && isAlnum(text, end + 1)) end = alnumEnd(text, end + 1);
  return end;
}

/** "U.S.", "e.g.", "U.S.A": two or more single letters with full stops, the last stop optional; `at` if none. */
function shortFormEnd(text: string, at: number): number {
  // Most words have a second letter, not a full stop, and are settled here.
  if (text.charCodeAt(at + 1) !== DOT) return at;
  let end = at;
  let letters = 0;
  while (isAsciiLetter(text.charCodeAt(end))) {
    if (text.charCodeAt(end + 1) === DOT) {
      letters++;
      end += 2;
      continue;
    }
    // The last letter may go without its stop ("U.S.A"), but not start a word ("U.Sx").
    if (!isAlnum(text, end + 1)) {
      letters++;
      end++;
    }
    break;
  }
  return letters >= 2 ? hyphenatedEnd(text, end) : at;
}

const ORDINAL_RE = /(?:st|nd|rd|th|s)(?![\p{L}\p{M}\p{N}])/uy;

/** The separators inside a number: , . : / - */
const isNumberJoin = (code: number): boolean => code === 44 || code === DOT || code === 58 || code === 47 || code === HYPHEN;
/** The letters an ordinal or a decade starts with: s, n, r, t. */
const isOrdinalStart = (code: number): boolean => code === 115 || code === 110 || code === 114 || code === 116;

/** "2,200", "4.5", "10:30", "2020-21", "5th", "1990s", "100,000-strong", from the first digit. */
function numberEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  while (isNumberJoin(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
    end++;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  ORDINAL_RE.lastIndex = end;
  if (isOrdinalStart(text.charCodeAt(end)) && ORDINAL_RE.test(text)) end = ORDINAL_RE.lastIndex;
  return hyphenatedEnd(text, end);
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s"“”<>()[\]]*[^\s"“”<>()[\].,;:!?']/y;

/** End of a web address starting at `at`, or `at`. Most words starting with h or w are not one, and need no regular expression. */
function urlEnd(text: string, at: number): number {
  if (!text.startsWith("http", at) && !text.startsWith("www.", at)) return at;
  URL_RE.lastIndex = at;
  return URL_RE.test(text) ? URL_RE.lastIndex : at;
}

/** The end of a token of punctuation or symbols: a run of dots, a double dash, "'s" or "'90s", or one character. */
function markEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === DOT) {
    let end = at + 1;
    while (text.charCodeAt(end) === DOT) end++;
    return end;
  }
  if ((code === HYPHEN || code === 0x2013) && text.charCodeAt(at + 1) === code) return at + 2;
  if (code === APOSTROPHE) {
    const next = text.charCodeAt(at + 1);
    if ((next === 115 || next === 83) && !isAlnum(text, at + 2)) return at + 2;
    if (isDigit(next) && text.startsWith("0s", at + 2)) return at + 4;
  }
  return at + width(text, at);
}

const KEEPS_STOP = new Set(ABBREVIATIONS.flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()]));
const LONGEST_KEEPING_STOP = Math.max(...ABBREVIATIONS.map((word) => word.length));

/** "Mr." and "S." keep their full stop; an initial not if a letter follows it ("S.Korea", as in "Amazon.com"). */
function keepsStop(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end) !== DOT) return false;
  // A word longer than every abbreviation needs no lookup.
  if (end - at <= LONGEST_KEEPING_STOP && KEEPS_STOP.has(text.slice(at, end))) return true;
  return end - at === 1 && !isDigit(text.charCodeAt(at)) && !isAlnum(text, end + 1);
}

/** "they're", "we'll", "it'd": the pronoun and the verb are two words, as "Russia's" is two. */
const CONTRACTION_RE = /^(you|he|she|it|we|they|that|there|who|what|i)('re|'ve|'ll|'d)$/i;
const POSSESSIVE_RE = /^(.+)('[sS])$/;

/** The length of the first of the two words a word with an apostrophe may be ("Russia" of "Russia's"), or 0. */
function firstWordLength(word: string): number {
  const parts = CONTRACTION_RE.exec(word) ?? POSSESSIVE_RE.exec(word);
  return parts?.[1]?.length ?? 0;
}

/**
 * A word from `at` to `end`, with its full stop if it keeps one; one with an apostrophe (`quoted`) may be
 * two ("Russia", "'s"). Returns where the next token starts.
 */
function emitWord(text: string, at: number, end: number, quoted: boolean, emit: EmitToken, lineBefore: boolean): number {
  if (keepsStop(text, at, end)) {
    emit(at, end + 1, "stopped", lineBefore);
    return end + 1;
  }
  const split = quoted ? at + firstWordLength(text.slice(at, end)) : at;
  if (split > at) {
    emit(at, split, "word", lineBefore);
    emit(split, end, "word", false);
  } else {
    emit(at, end, "word", lineBefore);
  }
  return end;
}

/**
 * Calls `emit` for each token of `text`, whose apostrophes are already straight. At each token the first
 * that fits: a web address; letters with full stops ("U.S.", "U.S.-led"); a number, signed at the start of
 * a word ("-5"); a word; punctuation. Spaces are skipped, noting line breaks.
 */
export function scanText(text: string, emit: EmitToken): void {
  let lineBefore = false;
  // The next apostrophe, so a word need not be searched for one.
  let apostrophe = text.indexOf("'");
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (isSpace(text, at)) {
      if (isLineBreak(code)) lineBefore = true;
      at++;
      continue;
    }
    if (apostrophe !== -1 && apostrophe < at) apostrophe = text.indexOf("'", at);
    let end = at;
    if (isAsciiLetter(code)) {
      if (code === 104 || code === 119) end = urlEnd(text, at);
      if (end === at) end = shortFormEnd(text, at);
      if (end > at) {
        emit(at, end, text.charCodeAt(end - 1) === DOT ? "stopped" : "word", lineBefore);
      } else {
        end = wordEnd(text, at);
        end = emitWord(text, at, end, apostrophe !== -1 && apostrophe < end, emit, lineBefore);
      }
    } else if (isDigit(code) || ((code === 43 || code === HYPHEN) && isDigit(text.charCodeAt(at + 1)))) {
      end = numberEnd(text, isDigit(code) ? at : at + 1);
      emit(at, end, "word", lineBefore);
    } else if (code >= 128 && isAlnum(text, at)) {
      end = wordEnd(text, at);
      end = emitWord(text, at, end, apostrophe !== -1 && apostrophe < end, emit, lineBefore);
    } else {
      end = markEnd(text, at);
      emit(at, end, end - at > 1 && code === APOSTROPHE ? "word" : "mark", lineBefore);
    }
    lineBefore = false;
    at = end;
  }
}
