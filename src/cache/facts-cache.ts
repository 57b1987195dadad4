// Keeps every article's facts (term summary and entities, src/enrich/facts.ts) between builds, so a
// rebuild finds them again only for articles whose title or text changed. One file, by source path;
// each entry carries the content hash it was found from, which the reading thread checks, and the
// file names the version of the code that found them: a different Broadsheet ignores it.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { PACKAGE_ROOT } from "../settings.ts";
import type { Entity, EntityType } from "../enrich/entities/entity.ts";
import type { ArticleFacts } from "../types.ts";

const FILE = "facts.v8";
/** 3: term summaries raw, after each chunk's serialized entries, whose names are numbers into a table. */
const FORMAT = 3;
/** Entries serialized at a time: bounds the buffer a 100,000-article save needs. */
const CHUNK = 5000;

interface Header {
  format: number;
  version: string;
}

/**
 * The cached facts in `dir` by source path; empty when there are none, or they were found by other
 * code. A damaged cache is reported through `warn` and ignored: it never fails a build.
 */
export async function loadFactsCache(dir: string, warn: (message: string) => void): Promise<Map<string, ArticleFacts>> {
  const file = path.join(dir, FILE);
  const facts = new Map<string, ArticleFacts>();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") warn(`${file}: could not read the facts cache (${(error as Error).message}); finding every article's facts again`);
    return facts;
  }
  try {
    const { header, end } = readHeader(bytes);
    if (header?.format !== FORMAT || header.version !== codeVersion()) return facts;
    for (const chunk of readChunks(bytes.subarray(end), createSharedFacts())) for (const [source, entry] of chunk) facts.set(source, entry);
  } catch (error) {
    warn(`${file}: the facts cache is damaged (${(error as Error).message}); finding every article's facts again, and writing a new cache`);
    facts.clear();
  }
  return facts;
}

/**
 * A new cache for `dir`, written beside the old one while the build reads: `add` appends chunks as the
 * threads send them (already in this file's format, so the main thread never serializes facts found
 * this build); `finish` adds the facts kept from the last build and renames it into place.
 */
export interface FactsCacheWriter {
  /** One chunk of entries, from factsChunk. */
  add(chunk: Uint8Array): void;
  /** Appends `reused` (facts kept from the last build and still holding) and replaces the cache with the new file. */
  finish(reused: Iterable<[string, ArticleFacts]>): Promise<void>;
  /** Deletes the new file: the build failed before the facts were complete. */
  discard(): Promise<void>;
}

export function createFactsCacheWriter(dir: string, warn: (message: string) => void): FactsCacheWriter {
  const file = path.join(dir, FILE);
  // Unique to this writer: two builds in one process may share a cache folder.
  const temp = `${file}.tmp-${process.pid}-${randomUUID()}`;
  // Writes run one after another on this chain; the first failure skips the rest and is reported once.
  let failure: Error | null = null;
  let handle: FileHandle | null = null;
  let chain: Promise<void> = (async () => {
    await mkdir(dir, { recursive: true });
    handle = await open(temp, "w");
    await handle.write(chunk({ format: FORMAT, version: codeVersion() } satisfies Header));
  })().catch(fail);
  function fail(error: unknown): void {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  const append = (bytes: Uint8Array): void => {
    chain = chain.then(async () => {
      if (failure === null && handle !== null) await handle.write(bytes);
    }).catch(fail);
  };
  const close = async (): Promise<void> => {
    await chain;
    await handle?.close().catch(fail);
    handle = null;
  };
  return {
    add: append,
    async finish(reused) {
      let batch: [string, ArticleFacts][] = [];
      for (const entry of reused) {
        batch.push(entry);
        if (batch.length === CHUNK) {
          append(factsChunk(batch));
          batch = [];
        }
      }
      if (batch.length > 0) append(factsChunk(batch));
      await close();
      if (failure === null) await rename(temp, file).catch(fail);
      if (failure !== null) {
        await rm(temp, { force: true }).catch(() => {});
        warn(`${file}: could not save the facts cache (${failure.message}); the next build finds every article's facts again`);
      }
    },
    async discard() {
      await close();
      await rm(temp, { force: true }).catch(() => {});
    },
  };
}

/**
 * Entries (source path, facts) as one chunk of the cache file, made by the thread that found them: the
 * keys and entities serialized, then the term summaries laid end to end, raw. The main thread reads the
 * summaries as views into one copy of that part: 100,000 summaries as objects and strings of their own,
 * decoded and collected there while the threads read, made the read stage 1.3–2.2 s longer. The
 * entities go as numbers into a table of the chunk's strings: 200 articles name about 3,000 entities
 * but only a few hundred distinct names, each then read (and looked up in SharedStrings) once.
 */
export function factsChunk(entries: readonly [string, ArticleFacts][]): Uint8Array {
  let summaryBytes = 0;
  for (const [source, facts] of entries) {
    if (facts.summary.byteLength % 4 !== 0) throw new RangeError(`${source}: a term summary of ${facts.summary.byteLength} bytes, not a multiple of 4, cannot be laid end to end`);
    summaryBytes += facts.summary.byteLength;
  }
  const strings: string[] = [];
  const numbered = new Map<string, number>();
  const numberOf = (text: string): number => {
    let number = numbered.get(text);
    if (number === undefined) {
      number = strings.push(text) - 1;
      numbered.set(text, number);
    }
    return number;
  };
  const entities: number[] = [];
  for (const [, facts] of entries) {
    for (const entity of facts.entities) entities.push(numberOf(entity.type), numberOf(entity.name), numberOf(entity.key), entity.mentions);
  }
  const meta = serialize({
    sources: entries.map(([source]) => source),
    keys: entries.map(([, facts]) => facts.key),
    strings,
    entityCounts: entries.map(([, facts]) => facts.entities.length),
    entities,
    summaryLengths: entries.map(([, facts]) => facts.summary.byteLength),
  } satisfies Meta);
  const bytes = Buffer.allocUnsafe(8 + meta.length + summaryBytes);
  bytes.writeUInt32LE(meta.length, 0);
  bytes.writeUInt32LE(summaryBytes, 4);
  meta.copy(bytes, 8);
  let at = 8 + meta.length;
  for (const [, facts] of entries) {
    bytes.set(facts.summary, at);
    at += facts.summary.byteLength;
  }
  return bytes;
}

/** What a chunk serializes of its entries, each list in the entries' order. */
interface Meta {
  sources: string[];
  keys: string[];
  /** Each distinct entity type, name and key of the chunk, once. */
  strings: string[];
  /** How many entities each entry has. */
  entityCounts: number[];
  /** Four numbers an entity, entry after entry: its type, name and key as indexes into `strings`, and its mentions. */
  entities: number[];
  /** The byte length of each entry's summary. */
  summaryLengths: number[];
}

/**
 * What one reader (a build's read stage, a cache load) has read so far, kept once: 100,000 articles name
 * about 1.5 million entities, most of them the same few thousand.
 * - `strings`: each entity name, key and type. Kept once, they took the main thread's heap at the end of
 *   the read stage from about 440 MB to about 260 MB at 100,000 articles, and the build's peak from
 *   1,681–1,707 MB to 1,566–1,608 MB.
 * - `entities`: each distinct entity (type, name, key and mentions) as one frozen object, by key. Made for
 *   each article, the objects were copied twice by young-generation collections as the read stage went on,
 *   and marked again by each full one.
 */
export interface SharedFacts {
  strings: Map<string, string>;
  entities: Map<string, Entity[]>;
}

export const createSharedFacts = (): SharedFacts => ({ strings: new Map(), entities: new Map() });

/** The entries of one chunk made by factsChunk; `shared`: what was read from earlier chunks, which it adds to. */
export function readFactsChunk(bytes: Uint8Array, shared: SharedFacts = createSharedFacts()): [string, ArticleFacts][] {
  const chunks = readChunks(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), shared);
  const entries = chunks.next().value;
  if (entries === undefined || !chunks.next().done) throw new Error("a facts chunk must hold exactly one chunk");
  return entries;
}

/** A length-prefixed serialized value. */
function chunk(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}

/** The header (chunk()) at the start of a cache file. */
function readHeader(bytes: Buffer): { header: Partial<Header> | undefined; end: number } {
  if (bytes.length < 4) throw new Error("it ends inside its header");
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) throw new Error("it ends inside its header");
  return { header: deserialize(bytes.subarray(4, 4 + length)) as Partial<Header> | undefined, end: 4 + length };
}

/** The facts chunks (factsChunk()) of `bytes`, each as its entries. */
function* readChunks(bytes: Buffer, shared: SharedFacts): Generator<[string, ArticleFacts][]> {
  const one = (text: string): string => {
    const kept = shared.strings.get(text);
    if (kept !== undefined) return kept;
    shared.strings.set(text, text);
    return text;
  };
  /** The one object of this entity; its strings are `one`'s, so they compare by identity. */
  const entityOf = (type: EntityType, name: string, key: string, mentions: number): Entity => {
    let same = shared.entities.get(key);
    if (same === undefined) shared.entities.set(key, (same = []));
    for (const entity of same) if (entity.mentions === mentions && entity.name === name && entity.type === type) return entity;
    const entity = Object.freeze({ type, name, key, mentions });
    same.push(entity);
    return entity;
  };
  for (let at = 0; at < bytes.length; ) {
    if (at + 8 > bytes.length) throw new Error("it ends inside a chunk header");
    const metaLength = bytes.readUInt32LE(at);
    const summaryBytes = bytes.readUInt32LE(at + 4);
    const end = at + 8 + metaLength + summaryBytes;
    if (end > bytes.length) throw new Error("it ends inside a chunk");
    const meta = deserialize(bytes.subarray(at + 8, at + 8 + metaLength)) as Meta;
    const strings = meta.strings.map(one);
    const text = (number: number | undefined): string => {
      const found = number === undefined ? undefined : strings[number];
      if (found === undefined) throw new Error("an entity in it names a string its chunk does not hold");
      return found;
    };
    // One copy of the summaries, in a buffer of their own: a view into `bytes` would keep it all alive.
    const summaries = new Uint8Array(bytes.subarray(at + 8 + metaLength, end));
    let [offset, next] = [0, 0];
    const { entities: numbers } = meta;
    yield meta.sources.map((source, i): [string, ArticleFacts] => {
      const length = meta.summaryLengths[i] ?? 0;
      const count = meta.entityCounts[i] ?? 0;
      const key = meta.keys[i];
      if (key === undefined || offset + length > summaries.byteLength || next + 4 * count > numbers.length) throw new Error(`its entry for ${source} runs past the end of its chunk`);
      const summary = summaries.subarray(offset, (offset += length));
      const entities: Entity[] = new Array(count);
      for (let k = 0; k < count; k++, next += 4) {
        entities[k] = entityOf(text(numbers[next]) as EntityType, text(numbers[next + 1]), text(numbers[next + 2]), numbers[next + 3]!);
      }
      return [source, { key, summary, entities }];
    });
    at = end;
  }
}

let version: string | undefined;

/**
 * The version of the code facts come from: a hash of src/enrich/ (where they are found) and of the
 * lexicon package it reads, so any change there makes the cache stale, and nothing else does.
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash("sha256");
  const root = path.join(PACKAGE_ROOT, "src", "enrich");
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update("\u0000").update(readFileSync(file)).update("\u0000");
  // Resolved as the entity code requires them (src/enrich/entities/is-common-word.ts), wherever npm put them.
  const require = createRequire(import.meta.url);
  for (const name of ["wink-eng-lite-web-model", "wink-nlp"]) hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  version = hash.digest("base64url").slice(0, 22);
  return version;
}

