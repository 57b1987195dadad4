// The synthetic benchmark archive: byte-identical for a seed, shaped like the seed article, bounded per folder.

import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILES_PER_FOLDER, MAX_WORDS, MIN_WORDS, articlePath, headlineOf } from "../../bench/compose-article.ts";
import { ARCHIVE_MARKER, generateArchive } from "../../bench/generate.ts";

const COUNT = 30;
let root: string;

async function readArchive(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".txt")).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), "utf8")] as const)));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "broadsheet-bench-"));
  await Promise.all(["a", "b"].map((name) => generateArchive(join(root, name), COUNT, 7)));
  await generateArchive(join(root, "other-seed"), COUNT, 8);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("generateArchive", () => {
  it("writes byte-identical archives for the same seed and different ones for another seed", async () => {
    const [a, b, other] = await Promise.all(["a", "b", "other-seed"].map((name) => readArchive(join(root, name))));
    expect(a?.size).toBe(COUNT);
    expect([...(b ?? [])]).toEqual([...(a ?? [])]);
    expect(other?.get([...(a?.keys() ?? [])][0] ?? "")).toBeUndefined();
  });

  it("puts front matter on every third article and keeps the headline-twice layout", async () => {
    const archive = await readArchive(join(root, "a"));
    const withFrontMatter = [...archive.values()].filter((text) => text.startsWith("---\n"));
    expect(withFrontMatter).toHaveLength(COUNT / 3);
    for (const text of withFrontMatter) {
      expect(text).toMatch(/^---\ntitle: ".+"\ndate: 20(1[5-9]|2[0-4])-\d\d-\d\d\nauthor: .+\ntags: \[[a-z]+, [a-z-]+\]\n---\n/);
    }
    for (const [file, text] of archive) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
      const [headline, repeated, ...paragraphs] = body.split("\n\n");
      expect(repeated, file).toBe(headline);
      const words = paragraphs.join(" ").split(/\s+/).length;
      expect(words, file).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words, file).toBeLessThanOrEqual(MAX_WORDS);
    }
  });

  it("keeps every folder within the per-folder bound", async () => {
    for (const folder of (await readdir(join(root, "a"), { withFileTypes: true })).filter((e) => e.isDirectory())) {
      expect((await readdir(join(root, "a", folder.name))).length).toBeLessThanOrEqual(FILES_PER_FOLDER);
    }
    const perFolder = new Map<string, number>();
    for (let index = 0; index < 2500; index++) {
      const folder = articlePath(index, "x").split("/")[0] ?? "";
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    expect([...perFolder.values()]).toEqual([1000, 1000, 500]);
  });

  it("reuses a complete archive instead of writing it again", async () => {
    const dir = join(root, "a");
    const [first] = await readdir(join(dir, "0000"));
    const before = (await stat(join(dir, "0000", first ?? ""))).mtimeMs;
    await generateArchive(dir, COUNT, 7);
    expect((await stat(join(dir, "0000", first ?? ""))).mtimeMs).toBe(before);
    expect(JSON.parse(await readFile(join(dir, ARCHIVE_MARKER), "utf8"))).toMatchObject({ count: COUNT, seed: 7, complete: true });
  });
});

describe("headlineOf", () => {
  it("repeats an earlier headline for about 2% of articles", () => {
    const seen = new Set<string>();
    let repeats = 0;
    for (let index = 0; index < 3000; index++) {
      const headline = headlineOf(index, 1);
      if (seen.has(headline)) repeats++;
      seen.add(headline);
    }
    expect(repeats / 3000).toBeGreaterThan(0.01);
    expect(repeats / 3000).toBeLessThan(0.04);
  });
});
