// The search stage: feeds article text and metadata (never page chrome) to Pagefind as custom
// records, one bundle per language and size-bounded shard under pagefind/, and lists them in
// pagefind/shards.json for the search page, which merges them in the browser (issue #3).
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { OutputError } from "../errors.ts";
import { silentLog, type Log } from "../log.ts";
import { createShardPlanner, type PlannedShard } from "./plan-shards.ts";

export type { PlannedShard };
import { toCustomRecord } from "./to-custom-record.ts";
import type { SearchIndexResult, SearchManifest, SearchRecord, SearchShard, ShardLimits } from "./types.ts";
import { writeShard } from "./write-shard.ts";

export const MANIFEST = "shards.json";

/**
 * Pagefind 1.6's process peaks while writing at about 80 KB a record plus 36 bytes a byte of text:
 * one index of 10,000 synthetic articles peaked at 1.8 GB, of 30,000 at 5.3 GB. These limits keep
 * each shard's process under 1 GB (bench/search-scale.ts: 100,000 articles, 23 shards, 931 MB).
 */
export const DEFAULT_LIMITS: ShardLimits = { maxRecords: 5000, maxBytes: 16 * 2 ** 20 };

/**
 * Writes one shard into `dir` (by default here, through writeShard; the build hands shards to its threads),
 * and may say why it had to fall back to Pagefind's own indexer (ShardWritten); the build warns once.
 */
export type ShardWriter = (shard: PlannedShard, dir: string) => Promise<ShardWritten | void>;

export interface ShardWritten {
  /** Why the shard went to Pagefind's own indexer though Broadsheet writes its language itself, or null. */
  fallback: string | null;
}

export interface SearchIndexOptions {
  limits?: Partial<ShardLimits>;
  /** Where shards are written, and how many at once (each in its own Pagefind process). Default: here, one at a time. */
  writer?: { write: ShardWriter; concurrency: number };
  log?: Log;
  /** How many records are coming, for the progress bar and for shards of even size; leave out when unknown. */
  total?: number;
}

export async function buildSearchIndex(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  outputDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const started = performance.now();
  const log = options.log ?? silentLog;
  const dir = path.join(outputDir, "pagefind");
  await prepare(dir);
  const { write: writeOne, concurrency } = options.writer ?? { write: writeShard, concurrency: 1 };
  const balance = options.total === undefined ? undefined : { total: options.total, writers: concurrency };
  const planner = createShardPlanner({ ...DEFAULT_LIMITS, ...options.limits }, { balance });
  const shards: SearchShard[] = [];
  /** Shards planned and waiting for a writer: the next one starts the moment a writer is free, not once its records are gathered. */
  const ready: PlannedShard[] = [];
  const writing = new Set<Promise<void>>();
  /** Set once a shard failed or planning ended: no shard starts after that. */
  let stopped = false;
  let count = 0;
  let indexed = 0;
  let warnedFallback = false;
  const startReady = (): void => {
    while (!stopped && writing.size < concurrency && ready.length > 0) {
      const shard = ready.shift()!;
      const done: Promise<void> = writeOne(shard, path.join(dir, shard.path)).then(
        (written) => {
          writing.delete(done);
          if (written?.fallback != null && !warnedFallback) {
            warnedFallback = true;
            log.warn(written.fallback);
          }
          log.progress((indexed += shard.records), Math.max(options.total ?? count, indexed));
          startReady();
        },
        (error: unknown) => {
          // Stays in `writing`, so that whoever waits on it hears of the failure; nothing more is started.
          stopped = true;
          throw error;
        },
      );
      done.catch(() => {}); // Reported by the race below or by allSettled at the end, not as unhandled.
      writing.add(done);
    }
  };
  const plan = async (planned: PlannedShard[]): Promise<void> => {
    for (const shard of planned) {
      // The manifest lists shards in the order planned, whichever finishes first.
      const { items: _items, ...entry } = shard;
      shards.push(entry);
      ready.push(shard);
    }
    startReady();
    // Planning runs at most one shard a writer ahead, which bounds the records held in memory.
    while (ready.length > concurrency) await Promise.race(writing);
  };
  try {
    for await (const record of records) {
      count++;
      await plan(planner.add(toCustomRecord(record)));
    }
    await plan(planner.finish());
    while (ready.length > 0) await Promise.race(writing);
  } finally {
    stopped = true;
    // Even when one shard failed, the others finish before the error is reported (no process is left behind).
    const results = await Promise.allSettled(writing);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failure !== undefined) throw failure.reason;
  }
  await writeManifest(dir, shards);
  return { records: count, shards, dir, seconds: (performance.now() - started) / 1000 };
}

/** Shards are never mixed with an earlier index: a stale bundle would be merged into every search. */
async function prepare(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0) throw new OutputError(dir, "already holds files; the search index is written into an empty folder, so remove it first");
  await mkdir(dir, { recursive: true });
}

async function writeManifest(dir: string, shards: SearchShard[]): Promise<void> {
  const first = shards[0];
  const entry = first === undefined ? null : (JSON.parse(await readFile(path.join(dir, first.path, "pagefind-entry.json"), "utf8")) as { version: string });
  const manifest: SearchManifest = { version: 1, pagefind: entry?.version ?? null, shards };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}
