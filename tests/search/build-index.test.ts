// Pagefind for real, on a handful of records: the bundles on disk, the manifest and the errors.
import type { ChildProcess } from "node:child_process";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { OutputError } from "../../src/errors.ts";
import { silentLog } from "../../src/log.ts";
import { buildSearchIndex, MANIFEST } from "../../src/search/index.ts";
import type { SearchManifest, SearchRecord } from "../../src/search/index.ts";
import { makeTempDir, removeTempDirs } from "../helpers/temp.ts";
import { fixtureRecords } from "./search-site.ts";

afterAll(removeTempDirs);

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8")) as T;

describe("search: building the Pagefind index", () => {
  it("writes one bundle per language and shard, and a manifest listing them", async () => {
    const out = await makeTempDir("search-index");
    const records = await fixtureRecords();
    const warnings: string[] = [];
    const result = await buildSearchIndex(records, out, { limits: { maxRecords: 2 }, log: { ...silentLog, warn: (m) => warnings.push(m) } });
    // The installed Pagefind is the one the native writer writes for: nothing fell back.
    expect(warnings).toEqual([]);

    const dir = path.join(out, "pagefind");
    expect(result.dir).toBe(dir);
    expect(result.records).toBe(7);
    expect(result.shards.map((s) => `${s.path} ${s.records}`)).toEqual(["en-0/ 2", "en-1/ 2", "el-0/ 1", "ja-0/ 1", "ru-0/ 1"]);
    const manifest = await readJson<SearchManifest>(path.join(dir, MANIFEST));
    expect(manifest).toEqual({ version: 1, pagefind: "1.6.0", shards: result.shards });

    for (const shard of result.shards) {
      const bundle = path.join(dir, shard.path);
      const entry = await readJson<{ version: string; languages: Record<string, { page_count: number }> }>(path.join(bundle, "pagefind-entry.json"));
      expect(Object.keys(entry.languages), shard.path).toEqual([shard.language]);
      expect(entry.languages[shard.language]?.page_count).toBe(shard.records);
      expect(existsSync(path.join(bundle, "pagefind.js"))).toBe(true);
      expect(existsSync(path.join(bundle, "pagefind-worker.js"))).toBe(true);
      expect(await readdir(path.join(bundle, "fragment"))).toHaveLength(shard.records);
      // Pagefind's own interfaces are not used by the search page, so they are not shipped.
      expect(existsSync(path.join(bundle, "pagefind-ui.js"))).toBe(false);
      expect(existsSync(path.join(bundle, "pagefind-component-ui.js"))).toBe(false);
    }
    expect(existsSync(path.join(dir, "en-0", "wasm.en.pagefind")), "English gets its stemmer").toBe(true);
  }, 60_000);

  it("takes an async iterable, as a build streaming its articles would give", async () => {
    const out = await makeTempDir("search-async");
    const records = await fixtureRecords();
    async function* stream(): AsyncGenerator<SearchRecord> {
      for (const record of records) yield record;
    }
    const result = await buildSearchIndex(stream(), out);
    expect(result.shards.map((s) => `${s.path} ${s.records}`)).toEqual(["en-0/ 4", "el-0/ 1", "ja-0/ 1", "ru-0/ 1"]);
  }, 60_000);

  it("indexes every record of a shard sent to Pagefind in several batches", async () => {
    const out = await makeTempDir("search-batches");
    // 150 records: several batches of the writer's, the last one short.
    const records: SearchRecord[] = Array.from({ length: 150 }, (_, i) => ({
      url: `articles/story-${i}/`, title: `Story ${i}`, content: `Dispatch number${i} from the harbour.`, language: "en", date: null, filters: {},
    }));
    const result = await buildSearchIndex(records, out);
    expect(result.shards.map((s) => `${s.path} ${s.records}`)).toEqual(["en-0/ 150"]);
    const bundle = path.join(out, "pagefind", "en-0");
    const entry = await readJson<{ languages: Record<string, { page_count: number }> }>(path.join(bundle, "pagefind-entry.json"));
    expect(entry.languages.en?.page_count).toBe(150);
    expect(await readdir(path.join(bundle, "fragment"))).toHaveLength(150);
  }, 60_000);

  it("takes texts as UTF-8 bytes, as the build's threads keep them, and writes the same bundles as from strings", async () => {
    const records = await fixtureRecords();
    const asBytes = records.map((r): SearchRecord => ({ ...r, content: new TextEncoder().encode(r.content as string) }));
    expect(asBytes.some((r, i) => (r.content as Uint8Array).byteLength > (records[i]!.content as string).length), "multi-byte text included").toBe(true);
    const files = async (records: SearchRecord[]): Promise<string[]> => {
      const out = await makeTempDir("search-bytes");
      const result = await buildSearchIndex(records, out, { limits: { maxRecords: 2 } });
      const listed = await Promise.all(result.shards.map(async (s) => (await readdir(path.join(out, "pagefind", s.path), { recursive: true })).map((f) => `${s.path}${f}`)));
      return listed.flat().sort();
    };
    // Pagefind names fragments and index chunks by a hash of their content: the same names, the same index.
    const [fromStrings, fromBytes] = [await files(records), await files(asBytes)];
    expect(fromBytes.filter((f) => f.includes("/fragment/")).length).toBe(7);
    expect(fromBytes).toEqual(fromStrings);
  });

  it("writes an empty manifest when there is nothing to index", async () => {
    const out = await makeTempDir("search-empty");
    const result = await buildSearchIndex([], out);
    expect(result.shards).toEqual([]);
    expect(await readJson(path.join(out, "pagefind", MANIFEST))).toEqual({ version: 1, pagefind: null, shards: [] });
  });

  it("refuses a pagefind folder that already holds files, so stale shards are never merged", async () => {
    const out = await makeTempDir("search-stale");
    await mkdir(path.join(out, "pagefind", "en-7"), { recursive: true });
    await writeFile(path.join(out, "pagefind", "en-7", "pagefind-entry.json"), "{}");
    const error = await buildSearchIndex([], out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/pagefind: already holds files/);
  });

  it("refuses a record whose url is absolute, naming it", async () => {
    const out = await makeTempDir("search-bad-url");
    const [first] = await fixtureRecords();
    await expect(buildSearchIndex([{ ...first!, url: "/articles/x/" }], out)).rejects.toThrow(/"\/articles\/x\/"/);
  });

  it.each([
    // English is written natively: the Pagefind process it starts is the one giving the browser files.
    { languages: ["en", "el", "ja", "ru"], message: /en-0\/: could not write the search index for 4 records \(Pagefind failed while giving its browser files \(its process ended with SIGKILL\)\)/ },
    { languages: ["el", "ja", "ru"], message: /el-0\/: Pagefind failed while indexing 1 records \(its process ended with SIGKILL\)/ },
  ])("fails with an error, instead of waiting forever, when Pagefind's process dies ($languages)", async ({ languages, message }) => {
    const out = await makeTempDir("search-killed");
    const killed: string[] = [];
    // Plays the kernel's out-of-memory killer on the Pagefind process this build starts.
    const kill = (event: unknown): void => {
      const child = (event as { process: ChildProcess }).process;
      child.once("spawn", () => {
        if (!/pagefind/.test(child.spawnfile)) return;
        killed.push(child.spawnfile);
        child.kill("SIGKILL");
      });
    };
    subscribe("child_process", kill);
    try {
      const records = (await fixtureRecords()).filter((r) => languages.includes(r.language.slice(0, 2)));
      // Fresh modules: a thread fetches Pagefind's browser files once, and an earlier test may have.
      vi.resetModules();
      const fresh = await import("../../src/search/index.ts");
      const { OutputError: FreshOutputError } = await import("../../src/errors.ts");
      const error = await fresh.buildSearchIndex(records, out).catch((e: unknown) => e);
      expect(killed).toHaveLength(1);
      expect(error).toBeInstanceOf(FreshOutputError);
      expect((error as Error).message).toMatch(message);
    } finally {
      unsubscribe("child_process", kill);
    }
  }, 60_000);
});

describe("search: writing shards at the same time", () => {
  it("writes up to `concurrency` shards at once and lists them in the order planned, whichever finishes first", async () => {
    const out = await makeTempDir("search-concurrent");
    const records = await fixtureRecords();
    let running = 0;
    let peak = 0;
    const finished: string[] = [];
    const write = async (shard: { path: string; records: number }, dir: string): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      // Earlier shards take longer, so they finish out of order.
      await new Promise((resolve) => setTimeout(resolve, shard.path === "en-0/" ? 120 : 20));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "pagefind-entry.json"), JSON.stringify({ version: "test" }));
      finished.push(shard.path);
      running--;
    };
    const result = await buildSearchIndex(records, out, { limits: { maxRecords: 2 }, writer: { write, concurrency: 2 } });
    expect(peak).toBe(2);
    expect(finished[0]).not.toBe("en-0/");
    const manifest = await readJson<SearchManifest>(path.join(out, "pagefind", MANIFEST));
    expect(manifest.shards.map((s) => s.path)).toEqual(["en-0/", "en-1/", "el-0/", "ja-0/", "ru-0/"]);
    expect(manifest.pagefind).toBe("test");
    expect(result.shards).toEqual(manifest.shards);
  });

  it("plans the next shard while the writers are busy, and starts it the moment one is free", async () => {
    const out = await makeTempDir("search-ahead");
    const pulled: string[] = [];
    async function* records(): AsyncGenerator<SearchRecord> {
      for (let i = 0; i < 8; i++) {
        pulled.push(`r${i}`);
        yield { url: `articles/r${i}/`, title: `R${i}`, content: `Record ${i}.`, language: "en", date: null, filters: {}, meta: {} };
      }
    }
    const events: string[] = [];
    const write = async (shard: { path: string }, dir: string): Promise<void> => {
      events.push(`start ${shard.path} after ${pulled.length} records`);
      // The first shard is written slowly: the next one is planned (its records gathered) meanwhile.
      await new Promise((resolve) => setTimeout(resolve, shard.path === "en-0/" ? 100 : 5));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "pagefind-entry.json"), JSON.stringify({ version: "test" }));
      events.push(`end ${shard.path}`);
    };
    await buildSearchIndex(records(), out, { limits: { maxRecords: 2 }, writer: { write, concurrency: 1 } });
    // One writer, so one shard at a time. While en-0 was written, en-1 waited ready and en-2 was
    // gathered; planning stopped there (one shard waiting per writer) until en-0 was done.
    expect(events).toEqual([
      "start en-0/ after 2 records", "end en-0/",
      "start en-1/ after 6 records", "end en-1/",
      "start en-2/ after 8 records", "end en-2/",
      "start en-3/ after 8 records", "end en-3/",
    ]);
  });

  it("reports a shard that failed, after the others have finished", async () => {
    const out = await makeTempDir("search-concurrent-failure");
    const records = await fixtureRecords();
    const settled: string[] = [];
    const write = async (shard: { path: string }): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      settled.push(shard.path);
      if (shard.path === "en-1/") throw new OutputError(shard.path, "the test's writer failed");
    };
    await expect(buildSearchIndex(records, out, { limits: { maxRecords: 2 }, writer: { write, concurrency: 2 } })).rejects.toThrow(/the test's writer failed/);
    expect(settled).toContain("en-0/");
  });

  it("says once, as a warning, why shards went to Pagefind's own indexer", async () => {
    const out = await makeTempDir("search-fallback");
    const records = await fixtureRecords();
    const write = async (shard: { path: string; language: string }, dir: string) => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "pagefind-entry.json"), JSON.stringify({ version: "test" }));
      return { fallback: shard.language === "en" ? `${shard.path}: the installed Pagefind is 9.9.9` : null };
    };
    const warnings: string[] = [];
    await buildSearchIndex(records, out, { limits: { maxRecords: 2 }, writer: { write, concurrency: 1 }, log: { ...silentLog, warn: (m) => warnings.push(m) } });
    // Two English shards fell back; one warning says so.
    expect(warnings).toEqual(["en-0/: the installed Pagefind is 9.9.9"]);
  });
});
