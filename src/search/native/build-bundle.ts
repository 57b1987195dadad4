// Builds one Pagefind 1.6 bundle's index files from custom records, in this process: what Pagefind's
// addCustomRecord + writeFiles produce (its fossick/mod.rs parse_digest and parse_meta_words, and
// index/mod.rs build_indexes), decoded content for content. Pure: records in, file contents out
// (uncompressed, without Pagefind's "pagefind_dcd" signature; write-bundle.ts adds both).
import { createHash } from "node:crypto";
import { CborWriter, encodeCbor, type CborValue } from "./cbor.ts";
import { indexableWords, INCLUDE_CHARACTERS, WHITESPACE, type IndexableWord, type Stemmer } from "./indexable-words.ts";

/** The Pagefind version whose format this writes, and whose browser code must read it. */
export const PAGEFIND_FORMAT_VERSION = "1.6.0";
/** Pagefind's default: a word index chunk closes once it holds this many locations. */
const INDEX_CHUNK_SIZE = 20000;
/** A word of ordinary weight (1.0 × 24); positions are listed under a weight marker of -(weight + 1). */
const DEFAULT_WEIGHT = 24;
const WEIGHT_MULTIPLIER = 24;
const WEIGHT_MAX = 10;

export interface BundleRecord {
  url: string;
  content: string;
  meta: Readonly<Record<string, string>>;
  filters: Readonly<Record<string, readonly string[]>>;
}

export interface BundleFile {
  /** Path inside the bundle folder, e.g. "fragment/en_1a2b3c4.pf_fragment". */
  path: string;
  /** Written gzip-compressed after Pagefind's signature. */
  data: Uint8Array;
}

export interface Bundle {
  language: string;
  /** Pages indexed (records with no words are left out, as Pagefind does). */
  pages: number;
  /** Distinct index words. */
  words: number;
  /** The hash pagefind-entry.json names for the language. */
  metaHash: string;
  files: BundleFile[];
}

interface Position {
  position: number;
  weight: number;
  original: string | null;
}
interface MetaPosition {
  field: number;
  position: number;
  original: string | null;
}
interface PackedPage {
  page: number;
  locs: number[];
  metaLocs: number[];
}
interface PackedWord {
  word: string;
  pages: PackedPage[];
  variants: { form: string; pages: PackedPage[] }[];
}

/** Each distinct word's index words, worked out once per bundle (news text repeats its words a lot). */
export type WordCache = Map<string, { found: readonly IndexableWord[]; parts: number }>;

/** Pagefind's sentinel words, which change the weight of what follows (or mark an anchor). */
const SENTINEL = "___";

/** The words of a record's content with their positions and weights, and the content as Pagefind stores it. */
export function digest(text: string, stem: Stemmer | null, cache: WordCache = new Map()): { content: string; words: Map<string, Position[]>; wordCount: number } {
  const words = new Map<string, Position[]>();
  const pieces: string[] = [];
  const weights = [DEFAULT_WEIGHT];
  let index = 0;
  let maxIndex = 0;
  for (const raw of text.split(WHITESPACE)) {
    if (raw === "") continue;
    if (raw.startsWith(SENTINEL) && sentinel(raw, weights)) continue;
    const word = raw.includes("\u200b") ? raw.replaceAll("\u200b", "") : raw;
    if (word === "") continue;
    pieces.push(word);
    const weight = weights[weights.length - 1] ?? 1;
    let cached = cache.get(word);
    if (cached === undefined) {
      const found = indexableWords(word, stem);
      let parts = 0;
      for (const w of found) if (w.isCompoundPart) parts++;
      cache.set(word, (cached = { found, parts }));
    }
    const { found, parts: compoundParts } = cached;
    // Rust's u8 division: the compound count is capped at 255.
    const partWeight = compoundParts > 0 && weight > 0 ? Math.max(1, Math.floor(weight / Math.min(compoundParts, 255))) : 0;
    for (const w of found) {
      const entry: Position = { position: index, weight: w.isCompoundPart ? partWeight : weight, original: w.original };
      const list = words.get(w.stemmed);
      if (list === undefined) words.set(w.stemmed, [entry]);
      else list.push(entry);
    }
    maxIndex = index;
    index++;
  }
  return { content: pieces.join(" "), words, wordCount: maxIndex + 1 };
}

/** Handles a Pagefind sentinel word; false if the word is ordinary text. */
function sentinel(word: string, weights: number[]): boolean {
  if (word.startsWith("___PAGEFIND_ANCHOR___")) return true;
  if (word.startsWith("___PAGEFIND_WEIGHT___")) {
    const weight = parseWeight(word.replace("___PAGEFIND_WEIGHT___", ""));
    weights.push(weight <= 0 ? 0 : Math.max(1, Math.trunc(Math.min(Math.max(weight, 0), WEIGHT_MAX) * WEIGHT_MULTIPLIER)));
    return true;
  }
  if (word.startsWith("___PAGEFIND_AUTO_WEIGHT___")) {
    if (weights.length === 1) weights.push(Math.trunc(Math.min(Math.max(parseWeight(word.replace("___PAGEFIND_AUTO_WEIGHT___", "")), 0), WEIGHT_MAX) * WEIGHT_MULTIPLIER));
    else weights.push(weights[weights.length - 1] ?? 0);
    return true;
  }
  if (word.startsWith("___END_PAGEFIND_WEIGHT___")) {
    weights.pop();
    return true;
  }
  return false;
}

function parseWeight(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : 1;
}

const PRIVATE_SENTINEL = /___PAGEFIND_\S+\s?/g;

/** Meta words by field (fields in sorted order), positions counted in whitespace-separated words. */
function metaWords(meta: Readonly<Record<string, string>>, fields: readonly string[], stem: Stemmer | null): Map<string, MetaPosition[]> {
  const words = new Map<string, MetaPosition[]>();
  fields.forEach((field, fieldIndex) => {
    const value = meta[field];
    if (value === undefined) return;
    let position = 0;
    for (const raw of value.split(WHITESPACE)) {
      if (raw === "") continue;
      for (const w of indexableWords(raw, stem)) {
        const entry: MetaPosition = { field: fieldIndex, position, original: w.original };
        const list = words.get(w.stemmed);
        if (list === undefined) words.set(w.stemmed, [entry]);
        else list.push(entry);
      }
      position++;
    }
  });
  return words;
}

function packPositions(positions: Position[]): number[] {
  const sorted = positions
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.weight === 25 ? 0 : a.p.weight) - (b.p.weight === 25 ? 0 : b.p.weight) || a.p.position - b.p.position || a.i - b.i);
  let weight = 25;
  let last = 0;
  const locs: number[] = [];
  for (const { p } of sorted) {
    if (p.weight !== weight) {
      locs.push(-p.weight - 1, p.position);
      weight = p.weight;
    } else {
      locs.push(p.position - last);
    }
    last = p.position;
  }
  return locs;
}

function packMetaPositions(positions: MetaPosition[]): number[] {
  const sorted = [...positions].sort((a, b) => a.field - b.field || a.position - b.position);
  let field = -1;
  let last = 0;
  const locs: number[] = [];
  for (const p of sorted) {
    if (p.field !== field) {
      locs.push(-(p.field + 1));
      field = p.field;
      last = 0;
    }
    locs.push(p.position - last);
    last = p.position;
  }
  return locs;
}

/** Rust's byte-wise string order (code point order), which JS's `<` gets wrong only around surrogates. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const xs = x <= 0xdfff;
      const ys = y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Pagefind's file hash: SHA-1 in hex, each byte without its leading zero (Rust's `{:x?}`). */
export function fullHash(data: Uint8Array | string): string {
  const digest = createHash("sha1").update(data).digest();
  let hex = "";
  for (const byte of digest) hex += byte.toString(16);
  return hex;
}

/** A short hash, `<language>_` and 7 hex digits, one digit longer on each clash with a name already taken. */
function shortName(language: string, hash: string, taken: { has(name: string): boolean }): string {
  const full = `${language}_${hash}`;
  let length = language.length + 8;
  let name = full.slice(0, length);
  while (taken.has(name) && length < full.length) name = full.slice(0, ++length);
  return name;
}

function encodeWord(writer: CborWriter, word: PackedWord): void {
  const pages = (list: PackedPage[]): void => {
    writer.array(list.length);
    let last = 0;
    for (const p of list) {
      writer.array(3).int(p.page - last).ints(p.locs).ints(p.metaLocs);
      last = p.page;
    }
  };
  writer.array(3).text(word.word);
  pages(word.pages);
  writer.array(word.variants.length);
  for (const v of word.variants) {
    writer.array(2).text(v.form);
    pages(v.pages);
  }
}

function addPage(list: PackedPage[], page: number): PackedPage {
  const last = list[list.length - 1];
  if (last !== undefined && last.page === page) return last;
  const created: PackedPage = { page, locs: [], metaLocs: [] };
  list.push(created);
  return created;
}

/**
 * Builds the bundle for records of one language. `stem` is that language's stemmer, or null for none
 * (Pagefind's "unknown"). Records keep their order as page numbers.
 */
export function buildBundle(records: readonly BundleRecord[], language: string, stem: Stemmer | null): Bundle {
  const files: BundleFile[] = [];
  const words = new Map<string, PackedWord>();
  const filters = new Map<string, Map<string, number[]>>();
  const fragmentNames = new Set<string>();
  const pages: [string, number, string][] = [];

  // Meta field numbers are bundle-wide, so the fields are gathered before any page is packed.
  const metaFields = new Set<string>();
  for (const record of records) for (const key of Object.keys(record.meta)) metaFields.add(key);
  const fieldOrder = [...metaFields].sort(compareUtf8);
  const cache: WordCache = new Map();

  // Each record is digested and packed in turn, so only one page's positions are alive at a time.
  let pageNumber = 0;
  for (const record of records) {
    const d = digest(record.content, stem, cache);
    if (d.words.size === 0) continue;
    const meta: Record<string, string> = {};
    for (const key of Object.keys(record.meta).sort(compareUtf8)) meta[key] = record.meta[key]!.replace(PRIVATE_SENTINEL, "");
    const recordFilters: Record<string, string[]> = {};
    for (const key of Object.keys(record.filters).sort(compareUtf8)) recordFilters[key] = record.filters[key]!.map((v) => v.replace(PRIVATE_SENTINEL, ""));
    packPage({ record, ...d, meta, filters: recordFilters }, pageNumber++);
  }

  function packPage(page: { record: BundleRecord; content: string; words: Map<string, Position[]>; wordCount: number; meta: Record<string, string>; filters: Record<string, string[]> }, pageNumber: number): void {
    const entryOf = (word: string): PackedWord => {
      let packed = words.get(word);
      if (packed === undefined) words.set(word, (packed = { word, pages: [], variants: [] }));
      return packed;
    };
    const variantOf = (packed: PackedWord, form: string): PackedPage[] => {
      let variant = packed.variants.find((v) => v.form === form);
      if (variant === undefined) packed.variants.push((variant = { form, pages: [] }));
      return variant.pages;
    };
    for (const [word, positions] of page.words) {
      const packed = entryOf(word);
      const plain: Position[] = [];
      const byForm = new Map<string, Position[]>();
      for (const p of positions) {
        if (p.original === null) plain.push(p);
        else {
          const list = byForm.get(p.original);
          if (list === undefined) byForm.set(p.original, [p]);
          else list.push(p);
        }
      }
      if (plain.length > 0) packed.pages.push({ page: pageNumber, locs: packPositions(plain), metaLocs: [] });
      for (const form of [...byForm.keys()].sort(compareUtf8)) {
        variantOf(packed, form).push({ page: pageNumber, locs: packPositions(byForm.get(form)!), metaLocs: [] });
      }
    }
    // Field numbers are the page's own order of its fields, mapped to the bundle's.
    const pageFields = Object.keys(page.meta);
    const fieldIds = pageFields.map((field) => fieldOrder.indexOf(field));
    for (const [word, positions] of metaWords(page.meta, pageFields, stem)) {
      const packed = entryOf(word);
      const plain: MetaPosition[] = [];
      const byForm = new Map<string, MetaPosition[]>();
      for (const p of positions) {
        const mapped = { ...p, field: fieldIds[p.field]! };
        if (mapped.original === null) plain.push(mapped);
        else {
          const list = byForm.get(mapped.original);
          if (list === undefined) byForm.set(mapped.original, [mapped]);
          else list.push(mapped);
        }
      }
      if (plain.length > 0) addPage(packed.pages, pageNumber).metaLocs = packMetaPositions(plain);
      for (const form of [...byForm.keys()].sort(compareUtf8)) {
        addPage(variantOf(packed, form), pageNumber).metaLocs = packMetaPositions(byForm.get(form)!);
      }
    }
    for (const [filter, values] of Object.entries(page.filters)) {
      let byValue = filters.get(filter);
      if (byValue === undefined) filters.set(filter, (byValue = new Map()));
      for (const value of values) {
        const list = byValue.get(value);
        if (list === undefined) byValue.set(value, [pageNumber]);
        else list.push(pageNumber);
      }
    }
    const fragment = JSON.stringify({ url: page.record.url, content: page.content, word_count: page.wordCount, filters: page.filters, meta: page.meta, anchors: [] });
    const name = shortName(language, fullHash(fragment), fragmentNames);
    fragmentNames.add(name);
    files.push({ path: `fragment/${name}.pf_fragment`, data: Buffer.from(fragment) });
    pages.push([name, page.wordCount, ""]);
  }

  const filterEntries: [string, string][] = [];
  const filterNames = new Set<string>();
  for (const filter of [...filters.keys()].sort(compareUtf8)) {
    const byValue = filters.get(filter)!;
    const values = [...byValue.keys()].sort(compareUtf8).map((value): CborValue => [value, byValue.get(value)!]);
    const data = encodeCbor([filter, values]);
    const name = shortName(language, fullHash(data), filterNames);
    filterNames.add(name);
    files.push({ path: `filter/${name}.pf_filter`, data });
    filterEntries.push([filter, name]);
  }

  const sorted = [...words.values()].sort((a, b) => compareUtf8(a.word, b.word));
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  for (const word of sorted) {
    for (const p of word.pages) size += p.locs.length + p.metaLocs.length + 1;
    for (const v of word.variants) for (const p of v.pages) size += p.locs.length + p.metaLocs.length + 1;
    chunk.push(word);
    if (size >= INDEX_CHUNK_SIZE) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  const ranges = chunkRanges(chunks);
  const indexNames = new Set<string>();
  chunks.forEach((words, i) => {
    const writer = new CborWriter().array(1).array(words.length);
    for (const word of words) encodeWord(writer, word);
    const data = writer.finish();
    const name = shortName(language, fullHash(data), indexNames);
    indexNames.add(name);
    files.push({ path: `index/${name}.pf_index`, data });
    ranges[i]![2] = name;
  });

  const meta = encodeCbor([PAGEFIND_FORMAT_VERSION, pages, ranges, filterEntries, [], fieldOrder]);
  const metaHash = `${language}_${fullHash(meta).slice(0, language.length + 8)}`;
  files.push({ path: `pagefind.${metaHash}.pf_meta`, data: meta });
  return { language, pages: pages.length, words: words.size, metaHash, files };
}

/** Each chunk's first and last word, cut to the shortest prefixes that still tell neighbours apart. */
function chunkRanges(chunks: PackedWord[][]): [string, string, string][] {
  const ranges: [string, string, string][] = chunks.map((c) => [c[0]?.word ?? "", c[c.length - 1]?.word ?? "", ""]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = [...ranges[i]![1]];
    const b = [...ranges[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join("");
    const bPrefix = b.slice(0, common + 1).join("");
    if (compareUtf8(aPrefix, ranges[i]![0]) >= 0) ranges[i]![1] = aPrefix;
    ranges[i + 1]![0] = bPrefix;
  }
  return ranges;
}

/** pagefind-entry.json for bundles written here. */
export function entryJson(bundles: readonly Pick<Bundle, "language" | "metaHash" | "pages">[], wasmLanguages: ReadonlySet<string>): string {
  const languages: Record<string, { hash: string; wasm: string | null; page_count: number }> = {};
  for (const b of bundles) languages[b.language] = { hash: b.metaHash, wasm: wasmLanguages.has(b.language) ? b.language : null, page_count: b.pages };
  return JSON.stringify({ version: PAGEFIND_FORMAT_VERSION, languages, include_characters: INCLUDE_CHARACTERS });
}
