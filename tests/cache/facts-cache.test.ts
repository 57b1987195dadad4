import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeVersion, createFactsCacheWriter, createSharedFacts, factsChunk, loadFactsCache, readFactsChunk } from "../../src/cache/facts-cache.ts";
import { findFacts } from "../../src/enrich/facts.ts";
import type { ArticleFacts } from "../../src/types.ts";
import { makeTempDir, removeTempDirs } from "../helpers/temp.ts";

afterAll(removeTempDirs);

function factsOf(title: string, text: string): ArticleFacts {
  const found = findFacts(title, text, null);
  if (found.fromCache) throw new Error("no key was given");
  return found.facts;
}

/** A whole cache written at once: no chunks from threads, only kept facts. */
const saveFactsCache = (dir: string, entries: Iterable<[string, ArticleFacts]>, warn: (m: string) => void): Promise<void> =>
  createFactsCacheWriter(dir, warn).finish(entries);

const kishi = factsOf("Kishi to visit Washington", "Defense Minister Nobuo Kishi will meet Lloyd Austin in Washington, the ministry said.");

describe("facts: content hash", () => {
  it("are reused only for the same title and text", () => {
    expect(findFacts("Kishi to visit Washington", "Defense Minister Nobuo Kishi will meet Lloyd Austin in Washington, the ministry said.", kishi.key)).toEqual({ fromCache: true, key: kishi.key });
    const edited = findFacts("Kishi to visit Washington", "Defense Minister Nobuo Kishi will meet Antony Blinken in Washington, the ministry said.", kishi.key);
    expect(edited.fromCache).toBe(false);
    if (!edited.fromCache) expect(edited.facts.entities.map((e) => e.name)).toContain("Antony Blinken");
    expect(findFacts("Kishi to visit Tokyo", "Defense Minister Nobuo Kishi will meet Lloyd Austin in Washington, the ministry said.", kishi.key).fromCache).toBe(false);
    // Title and text are not simply run together: moving words between them changes the key.
    expect(factsOf("a b", "c").key).not.toBe(factsOf("a", "b c").key);
  });
});

describe("facts cache file", () => {
  it("gives back what was saved, typed arrays included, in chunks", async () => {
    const dir = await makeTempDir("facts-cache");
    const entries = new Map(Array.from({ length: 12_345 }, (_, i): [string, ArticleFacts] => [`a/${i}.txt`, i % 2 === 0 ? kishi : factsOf(`Story ${i}`, `Text ${i} about Japan.`)]));
    const warnings: string[] = [];
    await saveFactsCache(dir, entries, (m) => warnings.push(m));
    const loaded = await loadFactsCache(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(loaded.size).toBe(12_345);
    expect(loaded.get("a/0.txt")).toEqual(kishi);
    expect(loaded.get("a/12343.txt")).toEqual(entries.get("a/12343.txt"));
    expect(loaded.get("a/0.txt")!.summary).toBeInstanceOf(Uint8Array);
  });

  it("holds the chunks the threads sent and then the facts kept from the last build", async () => {
    const dir = await makeTempDir("facts-cache");
    const story = (i: number) => factsOf(`Story ${i}`, `Text ${i} about Japan and Lloyd Austin.`);
    const sent = factsChunk([["a.txt", story(1)], ["b.txt", story(2)]]);
    // A chunk is what a thread sends: the main thread reads its facts from it without a copy of its own.
    const read = readFactsChunk(sent);
    expect(read).toEqual([["a.txt", story(1)], ["b.txt", story(2)]]);
    // The summaries share one buffer of their own: a view into the chunk would keep all of it alive.
    const [a, b] = [read[0]![1].summary, read[1]![1].summary];
    expect(a.buffer).toBe(b.buffer);
    expect(a.buffer).not.toBe(sent.buffer);
    expect(a.buffer.byteLength).toBe(a.byteLength + b.byteLength);
    const warnings: string[] = [];
    const writer = createFactsCacheWriter(dir, (m) => warnings.push(m));
    writer.add(sent);
    writer.add(factsChunk([["c.txt", story(3)]]));
    await writer.finish(new Map([["d.txt", kishi]]));
    const loaded = await loadFactsCache(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect([...loaded.keys()].sort()).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]);
    expect(loaded.get("c.txt")).toEqual(story(3));
    expect(loaded.get("d.txt")).toEqual(kishi);
  });

  it("is left as it was when the build fails before the facts are complete", async () => {
    const dir = await makeTempDir("facts-cache");
    await saveFactsCache(dir, new Map([["a.txt", kishi]]), () => {});
    const writer = createFactsCacheWriter(dir, () => {});
    writer.add(factsChunk([["b.txt", kishi]]));
    await writer.discard();
    expect(await readdir(dir)).toEqual(["facts.v8"]);
    expect([...(await loadFactsCache(dir, () => {})).keys()]).toEqual(["a.txt"]);
  });

  it("is empty, silently, when there is none", async () => {
    const warnings: string[] = [];
    expect((await loadFactsCache(path.join(await makeTempDir("facts-cache"), "none"), (m) => warnings.push(m))).size).toBe(0);
    expect(warnings).toEqual([]);
  });

  it("is ignored when other code wrote it", async () => {
    const dir = await makeTempDir("facts-cache");
    const { serialize } = await import("node:v8");
    const chunk = (value: unknown) => {
      const body = serialize(value);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      return Buffer.concat([head, body]);
    };
    const write = (header: object) => writeFile(path.join(dir, "facts.v8"), Buffer.concat([chunk(header), factsChunk([["a.txt", kishi]])]));
    await write({ format: 3, version: "another" });
    const warnings: string[] = [];
    expect((await loadFactsCache(dir, (m) => warnings.push(m))).size).toBe(0);
    // Nor is a file of an earlier layout (1: summaries serialized with the entries; 2: entities as objects) read.
    for (const format of [1, 2]) {
      await write({ format, version: codeVersion() });
      expect((await loadFactsCache(dir, (m) => warnings.push(m))).size).toBe(0);
    }
    expect(warnings).toEqual([]);
    // The same file with this code's version and format is read.
    await write({ format: 3, version: codeVersion() });
    expect((await loadFactsCache(dir, () => {})).get("a.txt")).toEqual(kishi);
  });

  it("says so when damaged, and the build goes on without it", async () => {
    const dir = await makeTempDir("facts-cache");
    await saveFactsCache(dir, new Map([["a.txt", kishi]]), () => {});
    const file = path.join(dir, "facts.v8");
    const { readFile } = await import("node:fs/promises");
    const whole = await readFile(file);
    await writeFile(file, whole.subarray(0, whole.length - 10));
    const warnings: string[] = [];
    expect((await loadFactsCache(dir, (m) => warnings.push(m))).size).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/facts\.v8: the facts cache is damaged \(it ends inside a chunk\); finding every article's facts again/)]);
  });

  it("warns, and does not fail, when it cannot be saved", async () => {
    const dir = await makeTempDir("facts-cache");
    const blocked = path.join(dir, "file");
    await writeFile(blocked, "not a folder");
    const warnings: string[] = [];
    await saveFactsCache(path.join(blocked, "cache"), new Map([["a.txt", kishi]]), (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringMatching(/could not save the facts cache .*the next build finds every article's facts again/)]);
  });
});

describe("facts chunks read by one reader", () => {
  it("share one copy of each entity's name, key and type, and one frozen object of each entity", () => {
    const story = (i: number) => factsOf(`Story ${i}`, `Defense Minister Nobuo Kishi met Lloyd Austin in Washington on day ${i}.`);
    const shared = createSharedFacts();
    const [[, first]] = readFactsChunk(factsChunk([["a.txt", story(1)]]), shared) as [[string, ArticleFacts]];
    const [[, second]] = readFactsChunk(factsChunk([["b.txt", story(2)]]), shared) as [[string, ArticleFacts]];
    expect(second.entities).toEqual(first.entities);
    expect(first.entities.length).toBeGreaterThan(1);
    // Identical strings are one string: V8 does not say, but a Map keyed by them does (SameValueZero) and the
    // reader's table holds one entry per distinct text.
    const distinct = new Set(first.entities.flatMap((e) => [e.type, e.name, e.key]));
    expect(shared.strings.size).toBe(distinct.size);
    // The same entity named as often is one object, which nothing can change.
    second.entities.forEach((entity, i) => expect(entity).toBe(first.entities[i]));
    expect(Object.isFrozen(first.entities[0])).toBe(true);
    // Named another number of times, it is another object.
    const more = factsOf("Story 3", "Nobuo Kishi spoke. Nobuo Kishi left. Lloyd Austin stayed in Washington.");
    const [[, third]] = readFactsChunk(factsChunk([["c.txt", more]]), shared) as [[string, ArticleFacts]];
    const kishi = (facts: ArticleFacts) => facts.entities.find((e) => e.key === "nobuo-kishi")!;
    expect(kishi(third).mentions).not.toBe(kishi(first).mentions);
    expect(kishi(third)).not.toBe(kishi(first));
    expect(kishi(third).name).toBe(kishi(first).name);
  });

  it("say so when an entity names a string the chunk does not hold, or the lists run short", async () => {
    const { serialize } = await import("node:v8");
    const framed = (meta: object) => {
      const body = serialize(meta);
      const head = Buffer.alloc(8);
      head.writeUInt32LE(body.length, 0);
      return Buffer.concat([head, body]);
    };
    const meta = { sources: ["a.txt"], keys: ["k"], strings: ["person", "Nobuo Kishi"], entityCounts: [1], summaryLengths: [0] };
    expect(() => readFactsChunk(framed({ ...meta, entities: [0, 1, 2, 3] }))).toThrow("an entity in it names a string its chunk does not hold");
    expect(() => readFactsChunk(framed({ ...meta, entities: [0, 1, 1] }))).toThrow("its entry for a.txt runs past the end of its chunk");
    expect(readFactsChunk(framed({ ...meta, entities: [0, 1, 1, 3] }))).toEqual([
      ["a.txt", { key: "k", summary: new Uint8Array(0), entities: [{ type: "person", name: "Nobuo Kishi", key: "Nobuo Kishi", mentions: 3 }] }],
    ]);
  });
});
