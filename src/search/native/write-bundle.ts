// Writes one search shard as a Pagefind 1.6 bundle built on this thread (build-bundle.ts) instead of in a
// Pagefind process: the same index, at about a third of the CPU (bench/native-search-speed.ts, 5,000
// benchmark articles: 2.6 CPU-s, against 6.9 for Pagefind's process and 0.3 for feeding it). The browser
// files (pagefind.js, its worker, the WebAssembly) are Pagefind's own, taken from it once per thread.
import { writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { startIndex, untilExited } from "../pagefind-process.ts";
import type { PlannedShard } from "../plan-shards.ts";
import type { ShardRecord } from "../types.ts";
import { createBundleBuilder, entryJson, metaFieldsOf, PAGEFIND_FORMAT_VERSION, type BundleFile } from "./build-bundle.ts";
import { createWordCache, type WordCache } from "./digest.ts";
import type { Stemmer } from "./indexable-words.ts";
import { stemEnglish } from "./stem-english.ts";

/** The languages written here, with their stemmer (null: none, Pagefind's "unknown"); others go to Pagefind. */
const STEMMERS: ReadonlyMap<string, Stemmer | null> = new Map([
  ["en", stemEnglish],
  ["unknown", null],
]);

/**
 * gzip level of the index files. Pagefind uses 9; on 5,000 benchmark articles level 4 gives 13.4 MB
 * against 13.0 MB, in 0.43 CPU-s against 1.6 (level 1: 13.9 MB, 0.38 s).
 */
const GZIP_LEVEL = 4;
const SIGNATURE = Buffer.from("pagefind_dcd");
/** Records indexed between turns of the event loop, so the thread still answers the build's requests. */
const SLICE = 200;
/**
 * Distinct tokens a thread remembers the index words of, across the shards it writes, before it starts
 * afresh: a real archive's long tail (names, numbers, addresses) would otherwise grow it without end, at
 * roughly 200 bytes a token. The benchmark's 100,000 articles leave about 66,000 a thread.
 */
const CACHE_LIMIT = 250_000;

/** Pagefind's browser files: what the search page loads besides the index (not its UIs, which it does not use). */
const BROWSER_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind)$/;
/** Pagefind's WebAssembly for one language ("wasm.en.pagefind"), or for none ("wasm.unknown.pagefind"). */
const WASM_FILE = /^wasm\.([a-z]+)\.pagefind$/;

interface Assets {
  version: string;
  files: Map<string, Uint8Array>;
}

let assets: Promise<Assets> | undefined;
const caches = new Map<string, WordCache>();

/** Whether shards of this language are written here rather than by Pagefind. */
export function writesNatively(language: string): boolean {
  return STEMMERS.has(language);
}

/**
 * Pagefind's browser files, from an index of one record per native language, kept in memory, once per
 * thread. Its process is closed again, so the shard writer's own Pagefind processes start fresh. (A
 * thread writes one shard at a time, so no other shard's Pagefind process is running meanwhile.)
 */
async function browserAssets(dir: string): Promise<Assets> {
  assets ??= (async () => {
    let exited: Promise<void> = Promise.resolve();
    try {
      const started = await startIndex(dir);
      exited = started.exited;
      const { index, ended } = started;
      for (const language of STEMMERS.keys()) {
        const added = await Promise.race([index.addCustomRecord({ url: `${language}/`, content: "Broadsheet", language }), ended]);
        if (added.errors.length > 0) throw new Error(`Pagefind refused a record: ${added.errors.join("; ")}`);
      }
      const { files, errors } = await Promise.race([index.getFiles(), ended]);
      if (errors.length > 0) throw new Error(`Pagefind could not list its files: ${errors.join("; ")}`);
      const entry = files.find((f) => f.path === "pagefind-entry.json");
      const version = entry === undefined ? "unknown" : (JSON.parse(Buffer.from(entry.content).toString()) as { version: string }).version;
      return { version, files: new Map(files.filter((f) => BROWSER_FILES.test(f.path)).map((f) => [f.path, f.content])) };
    } catch (cause) {
      // Not kept: the next shard asks Pagefind again.
      assets = undefined;
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new Error(`Pagefind failed while giving its browser files (${message})`, { cause });
    } finally {
      await pagefind.close();
      await untilExited(exited);
    }
  })();
  return assets;
}

/**
 * Writes the shard into `dir` natively; or, when the installed Pagefind is not the version whose format
 * this writes, writes nothing and says why, so the caller can hand the shard to Pagefind. The shard's
 * records are taken out of it as they are indexed.
 */
export async function writeNativeShard(shard: PlannedShard, dir: string): Promise<{ written: true } | { written: false; why: string }> {
  const stem = STEMMERS.get(shard.language);
  if (stem === undefined) throw new Error(`no native search writer for the language "${shard.language}"`);
  const browser = await browserAssets(dir);
  if (browser.version !== PAGEFIND_FORMAT_VERSION) {
    return { written: false, why: `the installed Pagefind is ${browser.version}, and Broadsheet's own search indexer writes the files of Pagefind ${PAGEFIND_FORMAT_VERSION}` };
  }

  let cache = caches.get(shard.language);
  if (cache === undefined || cache.size > CACHE_LIMIT) caches.set(shard.language, (cache = createWordCache()));
  await Promise.all(["fragment", "index", "filter"].map((sub) => mkdir(path.join(dir, sub), { recursive: true })));
  // Written at once, each in one call: through fs/promises, opening, writing and closing 100,000 small files
  // cost each thread about 3 CPU-s more at 100,000 articles.
  const write = (file: BundleFile): void => {
    writeFileSync(path.join(dir, file.path), gzipSync(Buffer.concat([SIGNATURE, file.data]), { level: GZIP_LEVEL }));
  };
  const decoder = new TextDecoder();
  const builder = createBundleBuilder(shard.language, stem, metaFieldsOf(shard.items.map((r) => ({ meta: r.meta ?? {} }))), { cache, emitFragment: write });
  // Each record is let go once indexed: its text is not needed again, and a shard holds megabytes of them.
  const items: (ShardRecord | undefined)[] = shard.items;
  for (let i = 0; i < items.length; i++) {
    const record = items[i]!;
    items[i] = undefined;
    const content = typeof record.content === "string" ? record.content : decoder.decode(record.content);
    builder.add({ url: record.url, content, meta: record.meta ?? {}, filters: record.filters ?? {} });
    if ((i + 1) % SLICE === 0) await yieldToEvents();
  }
  const bundle = builder.finish();
  for (const file of bundle.files) write(file);
  const wasm = new Set([...browser.files.keys()].flatMap((name) => WASM_FILE.exec(name)?.[1] ?? []));
  wasm.delete("unknown");
  await writeFile(path.join(dir, "pagefind-entry.json"), entryJson([bundle], wasm));
  for (const [name, content] of browser.files) {
    // Each bundle carries the WebAssembly for its own language and the generic one, as Pagefind's do.
    const language = WASM_FILE.exec(name)?.[1];
    if (language !== undefined && language !== "unknown" && language !== shard.language) continue;
    await writeFile(path.join(dir, name), content);
  }
  return { written: true };
}
