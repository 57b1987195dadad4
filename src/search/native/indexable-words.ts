// The words Pagefind 1.6 indexes for one whitespace-separated word of text (its fossick/splitting.rs,
// get_indexable_words): the whole word, lower-cased with punctuation dropped; for a word that may be a
// compound ("well-known", "WKWebView", "U.S.-China"), its parts; and any emoji in it. Each is stemmed and
// stripped of diacritics, keeping the accented form as a variant. Search in the browser splits a query
// the same way, so the index must hold exactly these: tests/search/native-conformance.test.ts checks
// them against Pagefind's own index.

export interface IndexableWord {
  /** The key the index files it under: stemmed, without diacritics. */
  stemmed: string;
  isCompoundPart: boolean;
  /** The form with diacritics, when it differs from the key's source ("café" for "cafe"). */
  original: string | null;
}

export type Stemmer = (word: string) => string;

/** Characters Pagefind keeps inside words (Unicode "Punctuation, Connector"). */
export const INCLUDE_CHARACTERS = ["_", "‿", "⁀", "⁔", "︳", "︴", "﹍", "﹎", "﹏", "＿"] as const;
const INCLUDED = new Set<string>(INCLUDE_CHARACTERS);

const ALPHANUMERIC = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u;
const UPPERCASE = /\p{Uppercase}/u;
const ALL_ASCII = /^[\x00-\x7f]*$/;
/** The combining diacritical marks Pagefind strips (U+0300–U+036F; not, for instance, the kana voicing marks). */
const MARKS = /[\u0300-\u036f]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** Rust's char::is_whitespace (Unicode White_Space), which `split_whitespace` splits on. */
export const WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const ANY_EMOJI = /\p{Emoji}/u;
const ONE_EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");
/** The `emojis` crate also knows text-style forms ("©" for "©️"). */
const isEmoji = (g: string): boolean => ONE_EMOJI.test(g) || ONE_EMOJI.test(`${g}\ufe0f`);

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

function isAlphanumeric(c: string): boolean {
  return ALPHANUMERIC.test(c);
}

/** Lower-cases character by character, keeping letters, digits and the included characters. */
function normalize(word: string): string {
  let out = "";
  for (const c of word) {
    if (!isAlphanumeric(c) && !INCLUDED.has(c)) continue;
    const code = c.charCodeAt(0);
    if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code > 127 && UPPERCASE.test(c)) out += c.toLowerCase();
    else out += c;
  }
  return out;
}

/** The word without diacritics (NFD, marks removed), or null when that changes nothing. */
export function withoutDiacritics(word: string): string | null {
  if (ALL_ASCII.test(word)) return null;
  const folded = word.normalize("NFD").replace(MARKS, "").normalize("NFC");
  return folded === word ? null : folded;
}

function graphemeIsUppercase(g: string): boolean {
  const upper = g.toUpperCase();
  return upper !== g.toLowerCase() && g === upper;
}
function graphemeIsLowercase(g: string): boolean {
  const lower = g.toLowerCase();
  return g.toUpperCase() !== lower && g === lower;
}
function graphemeIsDigit(g: string): boolean {
  return /^[0-9]+$/.test(g);
}

/**
 * convert_case 0.11's `to_case(Case::Lower)` with its default boundaries: splits on "_", "-" and " ",
 * between a lower-case letter and an upper-case one or a digit, between a digit and a letter, and before
 * the last capital of an acronym ("HTTPServer" → "http server"); then lower-cases and joins with spaces.
 */
export function toLowerCaseWords(s: string): string {
  const parts = [...graphemes.segment(s)].map((g) => g.segment);
  const words: string[] = [];
  let current = "";
  for (let i = 0; i < parts.length; i++) {
    const g = parts[i]!;
    const next = parts[i + 1];
    const after = parts[i + 2];
    let cut: "drop" | "before-next" | null = null;
    if (g === "_" || g === "-" || g === " ") cut = "drop";
    else if (next !== undefined) {
      if (graphemeIsLowercase(g) && (graphemeIsUppercase(next) || graphemeIsDigit(next))) cut = "before-next";
      else if (graphemeIsUppercase(g) && graphemeIsDigit(next)) cut = "before-next";
      else if (graphemeIsDigit(g) && (graphemeIsLowercase(next) || graphemeIsUppercase(next))) cut = "before-next";
      else if (graphemeIsUppercase(g) && graphemeIsUppercase(next) && after !== undefined && graphemeIsLowercase(after)) cut = "before-next";
    }
    if (cut === "drop") {
      words.push(current);
      current = "";
    } else {
      current += g;
      if (cut === "before-next") {
        words.push(current);
        current = "";
      }
    }
  }
  words.push(current);
  return words.map((w) => w.toLowerCase()).join(" ");
}

function discreteWords(raw: string): { words: string; extras: string[] | null } {
  const words = toLowerCaseWords(raw.replace(ASCII_PUNCTUATION, " ")).split(WHITESPACE).filter((w) => w !== "").join(" ");
  let extras: string[] | null = null;
  if (ANY_EMOJI.test(raw)) {
    extras = [];
    for (const { segment } of graphemes.segment(raw)) if (isEmoji(segment)) extras.push(segment);
  }
  return { words, extras };
}

/**
 * What Pagefind 1.6 adds for a word with dots ("U.S.A.", "www.example.org/it"): the joins of the
 * dot-separated segments from the second one on ("sa", "exampleorgit"), so a search for the tail of an
 * abbreviation or a domain finds it. A join of the last segment alone counts only when that segment has
 * punctuation of its own ("orgit") and is not already a part. Segments are lower-cased without
 * punctuation; empty ones are dropped. Inferred from 1.6.0's output (its source was not at hand) and
 * held to it by the conformance test.
 */
function dottedParts(raw: string, parts: readonly string[]): string[] {
  if (!raw.includes(".")) return [];
  const segments = raw
    .split(".")
    .map((segment) => ({ segment, normalized: normalize(segment) }))
    .filter((s) => s.normalized !== "");
  const added: string[] = [];
  for (let start = 1; start < segments.length; start++) {
    const tail = segments
      .slice(start)
      .map((s) => s.normalized)
      .join("");
    if (start < segments.length - 1) added.push(tail);
    else if ([...segments[start]!.segment].some((c) => !isAlphanumeric(c)) && !parts.includes(tail)) added.push(tail);
  }
  return added;
}

function keyOf(word: string, stem: Stemmer | null, isCompoundPart: boolean): IndexableWord {
  const folded = withoutDiacritics(word);
  const base = folded ?? word;
  return { stemmed: stem === null ? base : stem(base), original: folded === null ? null : word, isCompoundPart };
}

export function indexableWords(raw: string, stem: Stemmer | null): IndexableWord[] {
  const results: IndexableWord[] = [];
  const normalized = normalize(raw);
  if (normalized !== "") results.push(keyOf(normalized, stem, false));

  let possiblyCompound = false;
  let first = true;
  for (const c of raw) {
    if (!isAlphanumeric(c) || (!first && UPPERCASE.test(c))) {
      possiblyCompound = true;
      break;
    }
    first = false;
  }
  if (!possiblyCompound) return results;

  const { words, extras } = discreteWords(raw);
  if (normalized !== "" && (words.includes(" ") || !normalized.startsWith(words))) {
    const parts = words.split(" ").filter((w) => w !== "");
    parts.push(...dottedParts(raw, parts));
    for (const part of parts) {
      if (Buffer.byteLength(part) <= 1) continue;
      results.push(keyOf(part, stem, true));
    }
  }
  if (extras !== null) for (const extra of extras) results.push({ stemmed: extra, original: null, isCompoundPart: false });
  return results;
}
