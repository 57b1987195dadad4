import { describe, expect, it } from "vitest";
import type { CustomRecord } from "pagefind";
import { balancedShards, createShardPlanner } from "../../src/search/plan-shards.ts";
import type { PlannedShard } from "../../src/search/plan-shards.ts";

/** A record of exactly `bytes` bytes (content only, empty title). */
const rec = (n: number, language = "en", bytes = 10): CustomRecord => ({ url: `articles/a${n}/`, content: "x".repeat(bytes), language, meta: { title: "" } });
const summary = (shards: PlannedShard[]) => shards.map((s) => `${s.path} ${s.items.map((r) => r.url.slice(9, -1)).join(",")}`);

describe("search: dealing records into shards", () => {
  it("keeps one shard per language while under the limits", () => {
    const planner = createShardPlanner({ maxRecords: 10, maxBytes: 1000 });
    const closed = [rec(1), rec(2, "ja"), rec(3), rec(4, "el")].flatMap((r) => planner.add(r));
    expect(closed).toEqual([]);
    expect(summary(planner.finish())).toEqual(["en-0/ a1,a3", "ja-0/ a2", "el-0/ a4"]);
  });

  it("closes a shard when it reaches the record limit, and numbers the next one", () => {
    const planner = createShardPlanner({ maxRecords: 2, maxBytes: 1000 });
    const closed = [1, 2, 3, 4, 5].flatMap((n) => planner.add(rec(n)));
    expect(summary(closed)).toEqual(["en-0/ a1,a2", "en-1/ a3,a4"]);
    expect(summary(planner.finish())).toEqual(["en-2/ a5"]);
  });

  it("closes a shard before a record would take it past the byte limit", () => {
    const planner = createShardPlanner({ maxRecords: 100, maxBytes: 25 });
    const closed = [1, 2, 3].flatMap((n) => planner.add(rec(n)));
    expect(summary(closed)).toEqual(["en-0/ a1,a2"]);
    const shard = planner.finish()[0]!;
    expect([shard.path, shard.records, shard.bytes]).toEqual(["en-1/", 1, 10]);
  });

  it("gives a record bigger than the byte limit a shard of its own", () => {
    const planner = createShardPlanner({ maxRecords: 100, maxBytes: 25 });
    const closed = [rec(1), rec(2, "en", 60), rec(3)].flatMap((r) => planner.add(r));
    expect(summary(closed)).toEqual(["en-0/ a1", "en-1/ a2"]);
    expect(summary(planner.finish())).toEqual(["en-2/ a3"]);
  });

  it("closes the biggest open shard when all languages together hold too much", () => {
    const planner = createShardPlanner({ maxRecords: 100, maxBytes: 1000 }, { maxOpenBytes: 45 });
    const closed = [rec(1), rec(2, "ja"), rec(3), rec(4, "el"), rec(5, "ja")].flatMap((r) => planner.add(r));
    expect(summary(closed)).toEqual(["en-0/ a1,a3"]);
    expect(summary(planner.finish())).toEqual(["ja-0/ a2,a5", "el-0/ a4"]);
  });

  it("reports records and bytes per shard", () => {
    const planner = createShardPlanner({ maxRecords: 100, maxBytes: 1000 });
    planner.add(rec(1, "en", 7));
    planner.add(rec(2, "en", 5));
    const [shard] = planner.finish();
    expect({ ...shard, items: undefined }).toEqual({ path: "en-0/", language: "en", records: 2, bytes: 12, items: undefined });
  });
});

describe("search: shards of even size", () => {
  const limits = { maxRecords: 5000, maxBytes: 16 * 2 ** 20 };
  const sizes = (shards: PlannedShard[]) => shards.map((s) => s.records);
  const deal = (count: number, planner: ReturnType<typeof createShardPlanner>, bytes = 10) => {
    const shards = Array.from({ length: count }, (_, n) => planner.add(rec(n, "en", bytes))).flat();
    return [...shards, ...planner.finish()];
  };

  it("deals an archive into the fewest shards the limits allow, rounded up to a multiple of the writers", () => {
    // 100,000 articles of 3,780 bytes, as the benchmark's: 22.5 shards' worth of text at 16 MB.
    expect(balancedShards(limits, { total: 100_000, writers: 2 }, 3780)).toBe(24);
    expect(balancedShards(limits, { total: 100_000, writers: 5 }, 3780)).toBe(25);
    expect(balancedShards(limits, { total: 10_000, writers: 2 }, 3780)).toBe(4);
    // Short records: the record limit decides.
    expect(balancedShards(limits, { total: 15_000, writers: 2 }, 100)).toBe(4);
    expect(balancedShards(limits, { total: 15_000, writers: 1 }, 100)).toBe(3);
    // What fits in one shard stays in one: no second bundle for the browser to load.
    expect(balancedShards(limits, { total: 2_000, writers: 2 }, 3780)).toBeNull();
  });

  it("gives each shard an even share instead of filling all but the last", () => {
    const small = { maxRecords: 600, maxBytes: 1_000_000 };
    expect(sizes(deal(2000, createShardPlanner(small)))).toEqual([600, 600, 600, 200]);
    expect(sizes(deal(2000, createShardPlanner(small, { balance: { total: 2000, writers: 2 } })))).toEqual([500, 500, 500, 500]);
    expect(sizes(deal(2001, createShardPlanner(small, { balance: { total: 2001, writers: 2 } })))).toEqual([501, 500, 500, 500]);
    expect(sizes(deal(2201, createShardPlanner(small, { balance: { total: 2201, writers: 2 } })))).toEqual([551, 550, 550, 550]);
    // A share smaller than the sample: the first shard had grown past it before its size was known; the rest make up for it.
    expect(sizes(deal(1801, createShardPlanner(small, { balance: { total: 1801, writers: 2 } })))).toEqual([500, 434, 434, 433]);
  });

  it("keeps every record, in order, within the limits", () => {
    const small = { maxRecords: 600, maxBytes: 1_000_000 };
    const shards = deal(2001, createShardPlanner(small, { balance: { total: 2001, writers: 2 } }));
    expect(shards.flatMap((s) => s.items.map((r) => r.url))).toEqual(Array.from({ length: 2001 }, (_, n) => `articles/a${n}/`));
    expect(shards.map((s) => s.path)).toEqual(["en-0/", "en-1/", "en-2/", "en-3/"]);
  });

  it("counts the bytes too, and still closes a shard at the byte limit", () => {
    // 3,000 records of 100 bytes: three shards by the record limit, but 60,000 bytes hold only 600 records
    // (five shards, six with the headroom for shards that come out a little bigger than the sample).
    const shards = deal(3000, createShardPlanner({ maxRecords: 1000, maxBytes: 60_000 }, { balance: { total: 3000, writers: 2 } }), 100);
    expect(sizes(shards)).toEqual([500, 500, 500, 500, 500, 500]);
    const uneven = createShardPlanner({ maxRecords: 1000, maxBytes: 60_000 }, { balance: { total: 3000, writers: 2 } });
    // Past the sample the records grow: the byte limit closes shards early, whatever share they were given.
    const grown = Array.from({ length: 3000 }, (_, n) => uneven.add(rec(n, "en", n < 500 ? 100 : 150))).flat().concat(uneven.finish());
    expect(Math.max(...grown.map((s) => s.bytes))).toBeLessThanOrEqual(60_000);
    expect(sizes(grown).reduce((a, b) => a + b)).toBe(3000);
  });

  it("fills shards up to the limits once more records come than were announced", () => {
    const small = { maxRecords: 300, maxBytes: 1_000_000 };
    const shards = deal(2000, createShardPlanner(small, { balance: { total: 1000, writers: 2 } }));
    expect(sizes(shards).reduce((a, b) => a + b)).toBe(2000);
    expect(Math.max(...sizes(shards))).toBeLessThanOrEqual(300);
    // The first shard closed at the limit before the sample was complete; the records past 1,000 fill shards of 300.
    expect(sizes(shards)).toEqual([300, 234, 233, 233, 300, 300, 300, 100]);
  });
});
