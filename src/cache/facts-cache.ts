// Keeps every article's facts (term summary and entities, src/enrich/facts.ts) between builds, so a
// rebuild finds them again only for articles whose title or text changed. One file, by source path;
// each entry carries the content hash it was found from, which the reading thread checks, and the
// file names the version of the code that found them: a different Broadsheet ignores it.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { DefaultDeserializer, serialize } from "node:v8";
import { PACKAGE_ROOT } from "../settings.ts";
import type { ArticleFacts } from "../types.ts";

const FILE = "facts.v8";
const FORMAT = 1;
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
    const chunks = readChunks(bytes);
    const header = chunks.next().value as Header | undefined;
    if (header?.format !== FORMAT || header.version !== codeVersion()) return facts;
    for (const chunk of chunks) for (const [source, entry] of chunk as [string, ArticleFacts][]) facts.set(source, entry);
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

/** Entries (source path, facts) as one chunk of the cache file: made by the thread that found them. */
export function factsChunk(entries: readonly [string, ArticleFacts][]): Uint8Array {
  return chunk(entries);
}

/** The entries of one chunk made by factsChunk. */
export function readFactsChunk(bytes: Uint8Array): [string, ArticleFacts][] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [entries, ...rest] = [...readChunks(buffer)];
  if (entries === undefined || rest.length > 0) throw new Error("a facts chunk must hold exactly one chunk");
  return entries as [string, ArticleFacts][];
}

/** A length-prefixed serialized value. */
function chunk(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}

function* readChunks(bytes: Buffer): Generator<unknown> {
  for (let at = 0; at < bytes.length; ) {
    if (at + 4 > bytes.length) throw new Error("it ends inside a chunk header");
    const length = bytes.readUInt32LE(at);
    if (at + 4 + length > bytes.length) throw new Error("it ends inside a chunk");
    yield ownCopies(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
}

/**
 * Deserializes `bytes` with every typed array in a buffer of its own. Node's deserialize makes them views
 * into `bytes`, so one small array kept (a term summary) would keep a whole chunk alive: about 230 MB
 * at 100,000 articles, held until the archive-wide steps end.
 */
function ownCopies(bytes: Buffer): unknown {
  const deserializer = new CopyingDeserializer(bytes);
  deserializer.readHeader();
  return deserializer.readValue();
}

/** Node's hook for typed arrays (lib/v8.js), which its type declarations leave out. */
type HostObject = NodeJS.TypedArray | DataView;
const NodeDeserializer = DefaultDeserializer as unknown as new (buffer: Buffer) => DefaultDeserializer & { _readHostObject(): HostObject };

class CopyingDeserializer extends NodeDeserializer {
  override _readHostObject(): HostObject {
    const view = super._readHostObject();
    return view instanceof DataView ? new DataView(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength)) : view.slice();
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

