// One record's words as Pagefind 1.6 indexes them (its fossick/mod.rs parse_digest and parse_meta_words):
// each index word with the positions it occurs at, the content as Pagefind stores it, and the words of
// the record's metadata. Positions are packed into numbers, since a shard holds millions of them.
import { indexableWords, WHITESPACE, type IndexableWord, type Stemmer } from "./indexable-words.ts";
import { FNV_OFFSET, FNV_PRIME, hashRange, isWhitespace, TokenTable } from "./token-table.ts";

/** A word of ordinary weight (1.0 × 24). */
export const DEFAULT_WEIGHT = 24;
const WEIGHT_MULTIPLIER = 24;
const WEIGHT_MAX = 10;

/** A content position: position × 256 + weight (a weight is at most 240). */
export const POSITION_SCALE = 256;
/** A meta position: field × 2^20 + position, so sorting the numbers sorts by field, then position. */
export const FIELD_SCALE = 1 << 20;

/** Index word → its packed positions; and, for forms with diacritics, index word → form → positions. */
export interface WordPositions {
  plain: Map<string, number[]>;
  variants: Map<string, Map<string, number[]>>;
}

/** A distinct token's index words, worked out once (news text repeats its words a lot). */
export interface CachedToken {
  found: readonly IndexableWord[];
  /** How many of them are compound parts, which share the token's weight. */
  parts: number;
  /** What the bundle being built attached to the token (its index entries), and which bundle that is. */
  slots: unknown[] | null;
  owner: object | null;
}

/** Tokens seen, by their text: may serve several bundles of one language in turn. */
export type WordCache = TokenTable<CachedToken>;

export function createWordCache(): WordCache {
  return new TokenTable<CachedToken>();
}

/** A compound part's weight: the token's, shared among its parts (Rust's u8 division, at most 255 parts). */
export function partWeight(token: CachedToken, weight: number): number {
  return token.parts === 0 || weight === 0 ? 0 : Math.max(1, Math.floor(weight / Math.min(token.parts, 255)));
}

function add(into: WordPositions, word: IndexableWord, code: number): void {
  if (word.original !== null) {
    addVariant(into.variants, word.stemmed, word.original, code);
    return;
  }
  const list = into.plain.get(word.stemmed);
  if (list === undefined) into.plain.set(word.stemmed, [code]);
  else list.push(code);
}

/** Files a position under an index word's form with diacritics (index word → form → positions). */
export function addVariant(variants: Map<string, Map<string, number[]>>, stemmed: string, form: string, code: number): void {
  let forms = variants.get(stemmed);
  if (forms === undefined) variants.set(stemmed, (forms = new Map()));
  const list = forms.get(form);
  if (list === undefined) forms.set(form, [code]);
  else list.push(code);
}

function cachedToken(token: string, stem: Stemmer | null): CachedToken {
  const found = indexableWords(token, stem);
  let parts = 0;
  for (const w of found) if (w.isCompoundPart) parts++;
  return { found, parts, slots: null, owner: null };
}

function lookUp(cache: WordCache, token: string, stem: Stemmer | null): CachedToken {
  return cache.get(token, 0, token.length, hashRange(token, 0, token.length), (t) => cachedToken(t, stem));
}

const WHITESPACE_RUNS = new RegExp(WHITESPACE.source, "g");

/** Called for each word of the content: its index words (cached), its weight and its position. */
export type VisitToken = (token: CachedToken, weight: number, position: number) => void;

/**
 * Walks the content's words as Pagefind does, handing each to `visit`. Returns the content as the
 * fragment stores it (the words joined by single spaces; excerpts count words in it) and its word count.
 */
export function scanContent(text: string, stem: Stemmer | null, cache: WordCache, visit: VisitToken): { content: string; wordCount: number } {
  // Sentinels and zero-width spaces change what is stored: those few texts take the slower way.
  if (text.includes("___") || text.includes("\u200b")) return scanSplit(text, stem, cache, visit);
  const make = (token: string): CachedToken => cachedToken(token, stem);
  const length = text.length;
  let index = 0;
  let first = -1;
  let last = -1;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      code = text.charCodeAt(++i);
    } while (i < length && !isWhitespace(code));
    visit(cache.get(text, start, i, hash >>> 0, make), DEFAULT_WEIGHT, index++);
    if (first < 0) first = start;
    last = i;
  }
  const content = index === 0 ? "" : text.slice(first, last).replace(WHITESPACE_RUNS, " ");
  return { content, wordCount: Math.max(index, 1) };
}

function scanSplit(text: string, stem: Stemmer | null, cache: WordCache, visit: VisitToken): { content: string; wordCount: number } {
  const tokens = text.split(WHITESPACE);
  /** The words as stored, once one differs from its token (a sentinel, a zero-width space); else the tokens are. */
  let pieces: string[] | null = null;
  const weights = [DEFAULT_WEIGHT];
  let index = 0;
  for (let t = 0; t < tokens.length; t++) {
    const raw = tokens[t]!;
    let token = raw;
    if (raw === "") {
      // Only the first and last can be empty (whitespace at either end), and they are no words.
      continue;
    }
    if ((raw.charCodeAt(0) === 95 && raw.startsWith("___") && sentinel(raw, weights)) || (raw.includes("\u200b") && (token = raw.replaceAll("\u200b", "")) === "")) {
      pieces ??= tokens.slice(0, t).filter((w) => w !== "");
      continue;
    }
    if (token !== raw) pieces ??= tokens.slice(0, t).filter((w) => w !== "");
    pieces?.push(token);
    visit(lookUp(cache, token, stem), weights[weights.length - 1] ?? 1, index);
    index++;
  }
  let content: string;
  if (pieces !== null) content = pieces.join(" ");
  else {
    const from = tokens[0] === "" ? 1 : 0;
    const to = tokens.length > from && tokens[tokens.length - 1] === "" ? tokens.length - 1 : tokens.length;
    content = (from === 0 && to === tokens.length ? tokens : tokens.slice(from, to)).join(" ");
  }
  return { content, wordCount: Math.max(index, 1) };
}

/** Handles one of Pagefind's sentinel words, which change the weight of what follows; false for ordinary text. */
function sentinel(word: string, weights: number[]): boolean {
  if (word.startsWith("___PAGEFIND_ANCHOR___")) return true;
  if (word.startsWith("___PAGEFIND_WEIGHT___")) {
    const weight = parseWeight(word.slice("___PAGEFIND_WEIGHT___".length));
    weights.push(weight <= 0 ? 0 : Math.max(1, Math.trunc(Math.min(weight, WEIGHT_MAX) * WEIGHT_MULTIPLIER)));
    return true;
  }
  if (word.startsWith("___PAGEFIND_AUTO_WEIGHT___")) {
    const weight = parseWeight(word.slice("___PAGEFIND_AUTO_WEIGHT___".length));
    weights.push(weights.length === 1 ? Math.trunc(Math.min(Math.max(weight, 0), WEIGHT_MAX) * WEIGHT_MULTIPLIER) : (weights[weights.length - 1] ?? 0));
    return true;
  }
  if (word.startsWith("___END_PAGEFIND_WEIGHT___")) {
    weights.pop();
    return true;
  }
  return false;
}

/** Rust's f32 parse, falling back to 1.0 as Pagefind does. */
function parseWeight(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : 1;
}

/** The words of the metadata, field by field (`fieldIds`: each field's number in the bundle's order). */
export function metaWords(meta: Readonly<Record<string, string>>, fieldIds: ReadonlyMap<string, number>, stem: Stemmer | null, cache: WordCache): WordPositions {
  const into: WordPositions = { plain: new Map(), variants: new Map() };
  for (const [field, value] of Object.entries(meta)) {
    const base = fieldIds.get(field)! * FIELD_SCALE;
    let position = 0;
    for (const token of value.split(WHITESPACE)) {
      if (token === "") continue;
      for (const w of lookUp(cache, token, stem).found) add(into, w, base + position);
      position++;
    }
  }
  return into;
}
