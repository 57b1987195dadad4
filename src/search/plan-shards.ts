// Deals records into shards: one language per shard (Pagefind loads one language per bundle), no shard
// bigger than Pagefind can index in bounded memory (its peak grows with records and text), and, when
// the number of records is known, shards of even size in a multiple of the writers.
import { recordBytes } from "./to-custom-record.ts";
import type { SearchShard, ShardLimits, ShardRecord } from "./types.ts";

export interface PlannedShard extends SearchShard {
  items: ShardRecord[];
}

export interface ShardPlanner {
  /** Takes one record; returns the shards it closed (none, usually). */
  add(record: ShardRecord): PlannedShard[];
  /** Closes and returns every shard still open, in the order they were opened. */
  finish(): PlannedShard[];
}

/** How many records are coming, and how many shards are written at once. */
export interface ShardBalance {
  total: number;
  writers: number;
}

export interface PlannerOptions {
  /**
   * Bounds what waits in memory across languages: past it the biggest open shard is closed early, so an
   * archive in many languages cannot hold a nearly full shard for each. Default: four shards' bytes.
   */
  maxOpenBytes?: number;
  /** When given, shards are made even (see balancedShards). */
  balance?: ShardBalance;
}

/** Records whose sizes are averaged before the number of shards is set: the first batch of texts. */
export const BALANCE_SAMPLE = 500;
/** Shards of the sample's average size still differ by a few percent: this keeps them under the byte limit. */
const BALANCE_HEADROOM = 1.05;

/**
 * How many shards an archive that needs more than one is dealt into: the fewest within the limits, rounded
 * up to a multiple of the writers; null when one shard holds it all. Each then gets an even share of the
 * records. Filled up to the limits instead, the last shard is whatever is left and runs by itself: at
 * the benchmark's 10,000 articles, shards of 4,582, 4,583 and 835 records, the third on one core after the
 * first two (search stage 19.1–19.4 s; as four shards of 2,500, 18.3–18.9 s).
 */
export function balancedShards(limits: ShardLimits, balance: ShardBalance, bytesPerRecord: number): number | null {
  const needed = Math.max(
    Math.ceil(balance.total / limits.maxRecords),
    Math.ceil((balance.total * bytesPerRecord * BALANCE_HEADROOM) / limits.maxBytes),
  );
  if (needed <= 1) return null;
  const writers = Math.max(1, balance.writers);
  return Math.ceil(needed / writers) * writers;
}

export function createShardPlanner(limits: ShardLimits, options: PlannerOptions = {}): ShardPlanner {
  const maxOpenBytes = options.maxOpenBytes ?? limits.maxBytes * 4;
  const { balance } = options;
  const open = new Map<string, PlannedShard>();
  const counts = new Map<string, number>();
  let openBytes = 0;
  /** Records taken before the current one, and their bytes until the sample is complete. */
  let added = 0;
  let sampleBytes = 0;
  /** The number of shards to deal into, once the sample has set it; null: fill each up to the limits. */
  let shards: number | null = null;
  let started = 0;
  /** Each open shard's record count at which it closes, and where it started (records and shards before it). */
  const targets = new Map<PlannedShard, { records: number; recordsBefore: number; shardsBefore: number }>();

  const targetOf = (recordsBefore: number, shardsBefore: number): number => {
    const left = (balance?.total ?? 0) - recordsBefore;
    if (shards === null || left <= 0) return limits.maxRecords;
    return Math.min(limits.maxRecords, Math.ceil(left / Math.max(1, shards - shardsBefore)));
  };
  const close = (shard: PlannedShard): PlannedShard => {
    open.delete(shard.language);
    targets.delete(shard);
    openBytes -= shard.bytes;
    return shard;
  };
  const start = (language: string): PlannedShard => {
    const n = counts.get(language) ?? 0;
    counts.set(language, n + 1);
    const shard: PlannedShard = { path: `${language}-${n}/`, language, records: 0, bytes: 0, items: [] };
    open.set(language, shard);
    targets.set(shard, { records: targetOf(added, started), recordsBefore: added, shardsBefore: started });
    started++;
    return shard;
  };
  const sampled = (bytes: number): void => {
    if (balance === undefined || added >= BALANCE_SAMPLE) return;
    sampleBytes += bytes;
    if (added + 1 !== Math.min(BALANCE_SAMPLE, balance.total)) return;
    shards = balancedShards(limits, balance, sampleBytes / (added + 1));
    // The shards opened while sampling get their share now.
    for (const target of targets.values()) target.records = targetOf(target.recordsBefore, target.shardsBefore);
  };

  return {
    add(record) {
      const bytes = recordBytes(record);
      const closed: PlannedShard[] = [];
      let shard = open.get(record.language);
      if (shard !== undefined && shard.bytes + bytes > limits.maxBytes) closed.push(close(shard));
      shard = open.get(record.language) ?? start(record.language);
      shard.items.push(record);
      shard.records++;
      shard.bytes += bytes;
      openBytes += bytes;
      sampled(bytes);
      added++;
      // More records than announced: the shares no longer add up, so the rest fill up to the limits.
      if (balance !== undefined && added > balance.total) shards = null;
      if (shard.records >= (shards === null ? limits.maxRecords : targets.get(shard)!.records)) closed.push(close(shard));
      while (openBytes > maxOpenBytes) closed.push(close(biggest(open.values())));
      return closed;
    },
    finish() {
      const rest = [...open.values()];
      open.clear();
      targets.clear();
      openBytes = 0;
      return rest;
    },
  };
}

function biggest(shards: Iterable<PlannedShard>): PlannedShard {
  let best: PlannedShard | undefined;
  for (const shard of shards) if (best === undefined || shard.bytes > best.bytes) best = shard;
  if (best === undefined) throw new Error("no open shard to close");
  return best;
}
