// Deals records into shards: one language per shard (Pagefind loads one language per bundle), and
// no shard bigger than Pagefind can index in bounded memory (its peak grows with records and text).
import type { CustomRecord } from "pagefind";
import { recordBytes } from "./to-custom-record.ts";
import type { SearchShard, ShardLimits } from "./types.ts";

export interface PlannedShard extends SearchShard {
  items: CustomRecord[];
}

export interface ShardPlanner {
  /** Takes one record; returns the shards it closed (none, usually). */
  add(record: CustomRecord): PlannedShard[];
  /** Closes and returns every shard still open, in the order they were opened. */
  finish(): PlannedShard[];
}

/**
 * `maxOpenBytes` bounds what waits in memory across languages: past it the biggest open shard is
 * closed early, so an archive in many languages cannot hold a nearly full shard for each.
 */
export function createShardPlanner(limits: ShardLimits, maxOpenBytes = limits.maxBytes * 4): ShardPlanner {
  const open = new Map<string, PlannedShard>();
  const counts = new Map<string, number>();
  let openBytes = 0;

  const close = (shard: PlannedShard): PlannedShard => {
    open.delete(shard.language);
    openBytes -= shard.bytes;
    return shard;
  };
  const start = (language: string): PlannedShard => {
    const n = counts.get(language) ?? 0;
    counts.set(language, n + 1);
    const shard: PlannedShard = { path: `${language}-${n}/`, language, records: 0, bytes: 0, items: [] };
    open.set(language, shard);
    return shard;
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
      if (shard.records >= limits.maxRecords) closed.push(close(shard));
      while (openBytes > maxOpenBytes) closed.push(close(biggest(open.values())));
      return closed;
    },
    finish() {
      const rest = [...open.values()];
      open.clear();
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
