import { describe, expect, it } from "vitest";
import type { CustomRecord } from "pagefind";
import { createShardPlanner } from "../../src/search/plan-shards.ts";
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
    const planner = createShardPlanner({ maxRecords: 100, maxBytes: 1000 }, 45);
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
