// Keeps every article's facts (term summary and entities, src/enrich/facts.ts) between builds, so a
// rebuild finds them again only for articles whose title or text changed. One file, by source path;
// each entry carries the content hash it was found from, which the reading thread checks, and the
// file names the version of the code that found them: a different Broadsheet ignores it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
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

/** Replaces the cache in `dir` with `entries` (source path, facts); written beside and renamed into place. */
export async function saveFactsCache(dir: string, entries: Iterable<[string, ArticleFacts]>, warn: (message: string) => void): Promise<void> {
  const file = path.join(dir, FILE);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, "w");
    try {
      await handle.write(chunk({ format: FORMAT, version: codeVersion() } satisfies Header));
      let batch: [string, ArticleFacts][] = [];
      for (const entry of entries) {
        batch.push(entry);
        if (batch.length === CHUNK) {
          await handle.write(chunk(batch));
          batch = [];
        }
      }
      if (batch.length > 0) await handle.write(chunk(batch));
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    warn(`${file}: could not save the facts cache (${(error as Error).message}); the next build finds every article's facts again`);
  }
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
    yield deserialize(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
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

