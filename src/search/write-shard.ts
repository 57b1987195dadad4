// Writes one shard as a Pagefind bundle: natively on this thread for the languages native/ writes (the
// same files, a third of the CPU), otherwise through Pagefind's Node API, in a Pagefind process of its own.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { OutputError } from "../errors.ts";
import type { ShardWritten } from "./build-index.ts";
import { writeNativeShard, writesNatively } from "./native/write-bundle.ts";
import { startIndex, untilExited } from "./pagefind-process.ts";
import type { PlannedShard } from "./plan-shards.ts";
import type { ShardRecord } from "./types.ts";

/**
 * Records written to Pagefind's input at once, in one system call: written one by one, each woke both
 * processes. One shard of 5,000 records, four alternating pairs: this process's CPU 1.67/1.70/1.57/1.79
 * → 1.54/1.26/1.29/1.50 s; Pagefind's 18.8/18.4/19.6 → 17.8/18.2/18.5 s (a one-off probe; noisy).
 */
const BATCH = 32;
/** Batches sent before waiting for the oldest one's answers: Pagefind works on the next meanwhile. */
const BATCHES_IN_FLIGHT = 2;

/** Pagefind's own search interfaces, written into every bundle; the search page uses only pagefind.js. */
const UNUSED_FILES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

const utf8 = new TextDecoder();

/** Writes the shard; `fallback` says why Pagefind's own indexer wrote one that Broadsheet writes natively. */
export async function writeShard(shard: PlannedShard, dir: string): Promise<ShardWritten> {
  let fallback: string | null = null;
  if (writesNatively(shard.language)) {
    try {
      const native = await writeNativeShard(shard, dir);
      if (native.written) return { fallback: null };
      fallback = `${native.why}: Pagefind's own indexer writes the search index instead, with about three times the CPU`;
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new OutputError(dir, `could not write the search index for ${shard.records} records (${message})`, { cause });
    }
  }
  let exited: Promise<void> = Promise.resolve();
  try {
    const started = await startIndex(dir);
    exited = started.exited;
    const { index, ended, input } = started;
    await Promise.race([addRecords(index, shard, dir, ended, input), ended]);
    const written = await Promise.race([index.writeFiles({ outputPath: dir }), ended]);
    if (written.errors.length > 0) throw new OutputError(dir, `Pagefind could not write the search index: ${written.errors.join("; ")}`);
  } catch (cause) {
    if (cause instanceof OutputError) throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new OutputError(dir, `Pagefind failed while indexing ${shard.records} records (${message}); if its process ran out of memory, lower the shard limits`, { cause });
  } finally {
    // Pagefind's memory peaks while writing and is only given back when its process ends, so each
    // shard gets a fresh one (the Node API starts it again on the next call). The shard ends with its
    // process: its memory is back before the next one starts, and its CPU time is counted in this
    // process's children's time (which the benchmark reports).
    await pagefind.close();
    await untilExited(exited);
  }
  await Promise.all(UNUSED_FILES.map((file) => rm(path.join(dir, file), { force: true })));
  return { fallback };
}

/**
 * Sends the shard's records in corked batches (the Node API writes each request synchronously), at most
 * BATCHES_IN_FLIGHT batches unanswered. `input` is the Pagefind process's stdin, or null if it was not seen.
 */
async function addRecords(index: PagefindIndex, shard: PlannedShard, dir: string, ended: Promise<never>, input: Writable | null): Promise<void> {
  // After a failure no batch may call the API again: a call after close() would start a new process.
  let failed = false;
  ended.catch(() => (failed = true));
  const added = async (record: ShardRecord): Promise<void> => {
    const { content } = record;
    const { errors } = await index.addCustomRecord({ ...record, content: typeof content === "string" ? content : utf8.decode(content) });
    if (errors.length > 0) throw new OutputError(dir, `Pagefind refused the search record for ${record.url}: ${errors.join("; ")}`);
  };
  const unanswered: Promise<void>[] = [];
  for (let start = 0; start < shard.items.length && !failed; start += BATCH) {
    input?.cork();
    let batch: Promise<void>;
    try {
      batch = Promise.all(shard.items.slice(start, start + BATCH).map(added)).then(() => {});
    } finally {
      input?.uncork();
    }
    batch.catch(() => (failed = true));
    unanswered.push(batch);
    if (unanswered.length >= BATCHES_IN_FLIGHT) await unanswered.shift();
  }
  await Promise.all(unanswered);
}
