// One record's words as Pagefind 1.6 indexes them (its fossick/mod.rs parse_digest and parse_meta_words):
// each index word with the positions it occurs at, the content as Pagefind stores it, and the words of
// the record's metadata. Positions are packed into numbers, since a shard holds millions of them.
import { indexableWords, WHITESPACE, type IndexableWord, type Stemmer } from "./indexable-words.ts";

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

/** Each distinct token's index words, worked out once per bundle (news text repeats its words a lot). */
export type WordCache = Map<string, { found: readonly IndexableWord[]; partWeight: (weight: number) => number }>;

function add(into: WordPositions, word: IndexableWord, code: number): void {
  if (word.original === null) {
    const list = into.plain.get(word.stemmed);
    if (list === undefined) into.plain.set(word.stemmed, [code]);
    else list.push(code);
    return;
  }
  let forms = into.variants.get(word.stemmed);
  if (forms === undefined) into.variants.set(word.stemmed, (forms = new Map()));
  const list = forms.get(word.original);
  if (list === undefined) forms.set(word.original, [code]);
  else list.push(code);
}

function lookUp(cache: WordCache, token: string, stem: Stemmer | null): { found: readonly IndexableWord[]; partWeight: (weight: number) => number } {
  let cached = cache.get(token);
  if (cached === undefined) {
    const found = indexableWords(token, stem);
    let parts = 0;
    for (const w of found) if (w.isCompoundPart) parts++;
    // A compound's parts share its weight (Rust's u8 division, the count capped at 255).
    const divisor = Math.min(parts, 255);
    const partWeight = parts === 0 ? () => 0 : (weight: number): number => (weight > 0 ? Math.max(1, Math.floor(weight / divisor)) : 0);
    cache.set(token, (cached = { found, partWeight }));
  }
  return cached;
}

/** Called for each index word of the content: the word, and its position × 256 + weight. */
export type VisitWord = (word: IndexableWord, code: number) => void;

/**
 * Walks the content's words as Pagefind does, handing each index word to `visit`. Returns the content as
 * the fragment stores it (the words joined by single spaces; excerpts count words in it) and its word count.
 */
export function scanContent(text: string, stem: Stemmer | null, cache: WordCache, visit: VisitWord): { content: string; wordCount: number } {
  const pieces: string[] = [];
  const weights = [DEFAULT_WEIGHT];
  let index = 0;
  for (const raw of text.split(WHITESPACE)) {
    if (raw === "") continue;
    if (raw.charCodeAt(0) === 95 && raw.startsWith("___") && sentinel(raw, weights)) continue;
    const token = raw.includes("\u200b") ? raw.replaceAll("\u200b", "") : raw;
    if (token === "") continue;
    pieces.push(token);
    const weight = weights[weights.length - 1] ?? 1;
    const { found, partWeight } = lookUp(cache, token, stem);
    const base = index * POSITION_SCALE;
    for (let i = 0; i < found.length; i++) {
      const w = found[i]!;
      visit(w, base + (w.isCompoundPart ? partWeight(weight) : weight));
    }
    index++;
  }
  return { content: pieces.join(" "), wordCount: Math.max(index, 1) };
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
