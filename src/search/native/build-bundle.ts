// Builds one Pagefind 1.6 bundle's index files from custom records, in this process: what Pagefind's
// addCustomRecord + writeFiles produce (its index/mod.rs build_indexes), the same bytes before
// compression. Pure: records in, file contents out (uncompressed and without Pagefind's "pagefind_dcd"
// signature; write-bundle.ts adds both). tests/search/native/conformance.test.ts holds it to Pagefind.
import { createHash } from "node:crypto";
import { CborWriter, encodeCbor, type CborValue } from "./cbor.ts";
import { addVariant, createWordCache, FIELD_SCALE, metaWords, partWeight, POSITION_SCALE, scanContent, type CachedToken, type WordCache } from "./digest.ts";
import { INCLUDE_CHARACTERS, type Stemmer } from "./indexable-words.ts";

/** The Pagefind version whose format this writes, and whose browser code must read it. */
export const PAGEFIND_FORMAT_VERSION = "1.6.0";
/** Pagefind's default: a word index chunk closes once it holds this many locations. */
const INDEX_CHUNK_SIZE = 20000;
/** Pagefind's private markers, removed from metadata and filter values. */
const PRIVATE_SENTINEL = /___PAGEFIND_\S+\s?/g;

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

/**
 * One index word's pages, flat: for each page, its number, the count and list of its locations, then
 * the count and list of its meta locations. `size` is Pagefind's chunking measure of it.
 */
interface WordEntry {
  word: string;
  data: number[];
  variants: { form: string; data: number[] }[] | null;
  size: number;
  /** The page being read, and this word's positions on it so far (the array is reused page after page). */
  page: number;
  codes: number[];
}

/**
 * A page's locations for one word as Pagefind lists them: grouped by weight (most words' weight first),
 * ascending within a group, each group after a marker -(weight + 1), each position as the step from the
 * one before. Pushed onto `out` after their count.
 */
function pushLocations(out: number[], codes: readonly number[]): number {
  const countAt = out.length;
  out.push(0);
  if (codes.length > 0) {
    const first = codes[0]! % POSITION_SCALE;
    let uniform = true;
    for (let i = 1; i < codes.length && uniform; i++) if (codes[i]! % POSITION_SCALE !== first) uniform = false;
    // Pagefind sorts by weight (25 counting as 0), then position; codes arrive in position order.
    const ordered = uniform ? codes : [...codes].sort((a, b) => weightKey(a) - weightKey(b) || a - b);
    let weight = 25;
    let last = 0;
    for (let i = 0; i < ordered.length; i++) {
      const code = ordered[i]!;
      const w = code % POSITION_SCALE;
      const position = (code - w) / POSITION_SCALE;
      if (w !== weight) {
        out.push(-w - 1, position);
        weight = w;
      } else {
        out.push(position - last);
      }
      last = position;
    }
  }
  const count = out.length - countAt - 1;
  out[countAt] = count;
  return count;
}

function weightKey(code: number): number {
  const weight = code % POSITION_SCALE;
  return weight === 25 ? 0 : weight;
}

/** Meta locations: by field, each field after a marker -(field + 1), positions as steps within the field. */
function pushMetaLocations(out: number[], codes: readonly number[] | undefined): number {
  if (codes === undefined) {
    out.push(0);
    return 0;
  }
  const sorted = codes.length > 1 ? [...codes].sort((a, b) => a - b) : codes;
  const countAt = out.length;
  out.push(0);
  let field = -1;
  let last = 0;
  for (const code of sorted) {
    const position = code % FIELD_SCALE;
    const f = (code - position) / FIELD_SCALE;
    if (f !== field) {
      out.push(-(f + 1));
      field = f;
      last = 0;
    }
    out.push(position - last);
    last = position;
  }
  const count = out.length - countAt - 1;
  out[countAt] = count;
  return count;
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

function encodeWord(writer: CborWriter, entry: WordEntry): void {
  const pages = (data: readonly number[]): void => {
    let count = 0;
    for (let i = 0; i < data.length; i += 3 + data[i + 1]! + data[i + 2 + data[i + 1]!]!) count++;
    writer.array(count);
    let last = 0;
    let i = 0;
    while (i < data.length) {
      const page = data[i]!;
      const locs = data[i + 1]!;
      writer.array(3).int(page - last).intRun(data, i + 2, locs);
      const metas = data[i + 2 + locs]!;
      writer.intRun(data, i + 3 + locs, metas);
      last = page;
      i += 3 + locs + metas;
    }
  };
  writer.array(3).text(entry.word);
  pages(entry.data);
  const variants = entry.variants ?? [];
  writer.array(variants.length);
  for (const v of variants) {
    writer.array(2).text(v.form);
    pages(v.data);
  }
}

/**
 * Builds the bundle for records of one language. `stem` is that language's stemmer, or null for none
 * (Pagefind's "unknown"). Records keep their order as page numbers.
 */
export function buildBundle(records: readonly BundleRecord[], language: string, stem: Stemmer | null): Bundle {
  const builder = createBundleBuilder(language, stem, metaFieldsOf(records));
  for (const record of records) builder.add(record);
  return builder.finish();
}

/** Every metadata field the records use: a bundle numbers them once for all its pages. */
export function metaFieldsOf(records: Iterable<Pick<BundleRecord, "meta">>): string[] {
  const fields = new Set<string>();
  for (const record of records) for (const key of Object.keys(record.meta)) fields.add(key);
  return [...fields];
}

export interface BundleBuilder {
  /** Indexes one record as the next page (a record with no words is left out, as Pagefind does). */
  add(record: BundleRecord): void;
  /** The bundle's files (without the fragments, if they were emitted as made); the builder is spent. */
  finish(): Bundle;
}

/**
 * A bundle built a record at a time (so a caller can yield between records). `metaFields` must hold
 * every metadata field the records will use. `cache` may be shared by bundles of the same language.
 */
export function createBundleBuilder(
  language: string,
  stem: Stemmer | null,
  metaFields: readonly string[],
  options: { cache?: WordCache; emitFragment?: (file: BundleFile) => void } = {},
): BundleBuilder {
  const cache = options.cache ?? createWordCache();
  const files: BundleFile[] = [];
  /** Fragments go to the caller as they are made when it asks (a shard's add up to tens of MB), else with the rest. */
  const emitFragment = options.emitFragment ?? ((file: BundleFile) => files.push(file));
  const words = new Map<string, WordEntry>();
  const filters = new Map<string, Map<string, number[]>>();
  const fragmentNames = new Set<string>();
  const pages: [string, number, string][] = [];

  const fieldOrder = [...new Set(metaFields)].sort(compareUtf8);
  const fieldIds = new Map(fieldOrder.map((field, i) => [field, i]));

  const entryOf = (word: string): WordEntry => {
    let entry = words.get(word);
    if (entry === undefined) words.set(word, (entry = { word, data: [], variants: null, size: 0, page: -1, codes: [] }));
    return entry;
  };

  const variantOf = (entry: WordEntry, form: string): number[] => {
    entry.variants ??= [];
    let variant = entry.variants.find((v) => v.form === form);
    if (variant === undefined) entry.variants.push((variant = { form, data: [] }));
    return variant.data;
  };

  // Each record is scanned and packed in turn: a word's positions on the page collect in its entry's
  // reused array, and are packed onto its page list when the page is done.
  let page = 0;
  let touched: WordEntry[] = [];
  /** Words with diacritics on this page: index word → form → positions (rare, so kept simple). */
  let variants = new Map<string, Map<string, number[]>>();
  /** Marks the index entries this bundle attached to cached tokens (a cache may outlive the bundle). */
  const owner = {};
  /** The tokens it attached them to: let go at the end, or a shared cache would keep every bundle's index. */
  const attached: CachedToken[] = [];
  const visit = (token: CachedToken, weight: number, position: number): void => {
    const { found } = token;
    let slots = token.owner === owner ? (token.slots as (WordEntry | null)[]) : null;
    if (slots === null) {
      slots = found.map((w) => (w.original === null ? entryOf(w.stemmed) : null));
      token.slots = slots;
      token.owner = owner;
      attached.push(token);
    }
    const base = position * POSITION_SCALE;
    const parts = token.parts === 0 ? 0 : partWeight(token, weight);
    for (let i = 0; i < found.length; i++) {
      const w = found[i]!;
      const code = base + (w.isCompoundPart ? parts : weight);
      const entry = slots[i]!;
      if (entry === null) {
        addVariant(variants, w.stemmed, w.original!, code);
        continue;
      }
      if (entry.page !== page) {
        entry.page = page;
        entry.codes.length = 0;
        touched.push(entry);
      }
      entry.codes.push(code);
    }
  };

  const add = (record: BundleRecord): void => {
    touched = [];
    variants = new Map();
    const scanned = scanContent(record.content, stem, cache, visit);
    // No words: Pagefind leaves the record out, and its page number goes to the next one.
    if (touched.length === 0 && variants.size === 0) return;
    const unknown = Object.keys(record.meta).find((key) => !fieldIds.has(key));
    if (unknown !== undefined) throw new Error(`record ${record.url} has the metadata field "${unknown}", which the bundle was not told of`);
    const meta: Record<string, string> = {};
    for (const key of Object.keys(record.meta).sort(compareUtf8)) meta[key] = record.meta[key]!.replace(PRIVATE_SENTINEL, "");
    const recordFilters: Record<string, string[]> = {};
    for (const key of Object.keys(record.filters).sort(compareUtf8)) recordFilters[key] = record.filters[key]!.map((v) => v.replace(PRIVATE_SENTINEL, ""));

    const m = metaWords(meta, fieldIds, stem, cache);
    for (const entry of touched) {
      const metaCodes = m.plain.get(entry.word);
      if (metaCodes !== undefined) m.plain.delete(entry.word);
      entry.data.push(page);
      entry.size += pushLocations(entry.data, entry.codes) + pushMetaLocations(entry.data, metaCodes) + 1;
    }
    for (const [word, forms] of variants) {
      const entry = entryOf(word);
      const metaForms = m.variants.get(word);
      for (const form of [...forms.keys()].sort(compareUtf8)) {
        const metaCodes = metaForms?.get(form);
        if (metaCodes !== undefined) metaForms!.delete(form);
        const into = variantOf(entry, form);
        into.push(page);
        entry.size += pushLocations(into, forms.get(form)!) + pushMetaLocations(into, metaCodes) + 1;
      }
    }
    // Words found only in the metadata.
    for (const [word, codes] of m.plain) {
      const entry = entryOf(word);
      entry.data.push(page);
      entry.size += pushLocations(entry.data, []) + pushMetaLocations(entry.data, codes) + 1;
    }
    for (const [word, forms] of m.variants) {
      if (forms.size === 0) continue;
      const entry = entryOf(word);
      for (const form of [...forms.keys()].sort(compareUtf8)) {
        const into = variantOf(entry, form);
        into.push(page);
        entry.size += pushLocations(into, []) + pushMetaLocations(into, forms.get(form)!) + 1;
      }
    }

    for (const [filter, values] of Object.entries(recordFilters)) {
      let byValue = filters.get(filter);
      if (byValue === undefined) filters.set(filter, (byValue = new Map()));
      for (const value of values) {
        const list = byValue.get(value);
        if (list === undefined) byValue.set(value, [page]);
        else list.push(page);
      }
    }
    const fragment = JSON.stringify({ url: record.url, content: scanned.content, word_count: scanned.wordCount, filters: recordFilters, meta, anchors: [] });
    const name = shortName(language, fullHash(fragment), fragmentNames);
    fragmentNames.add(name);
    emitFragment({ path: `fragment/${name}.pf_fragment`, data: Buffer.from(fragment) });
    pages.push([name, scanned.wordCount, ""]);
    page++;
  };

  const finish = (): Bundle => {
    for (const token of attached) {
      token.slots = null;
      token.owner = null;
    }
    attached.length = 0;
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
    const chunks: WordEntry[][] = [];
    let chunk: WordEntry[] = [];
    let size = 0;
    for (const entry of sorted) {
      size += entry.size;
      chunk.push(entry);
      if (size >= INDEX_CHUNK_SIZE) {
        chunks.push(chunk);
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length > 0) chunks.push(chunk);
    const ranges = chunkRanges(chunks);
    const indexNames = new Set<string>();
    chunks.forEach((entries, i) => {
      const writer = new CborWriter().array(1).array(entries.length);
      for (const entry of entries) encodeWord(writer, entry);
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
  };
  return { add, finish };
}

/** Each chunk's first and last word, cut to the shortest prefixes that still tell neighbours apart. */
function chunkRanges(chunks: WordEntry[][]): [string, string, string][] {
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
