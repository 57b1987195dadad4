// End to end: the facts cache (src/cache/facts-cache.ts). A rebuild reuses the facts of unchanged
// articles, finds them again for a changed one, and builds exactly the site a build without a cache does.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.ts";
import { silentLog, type Log } from "../../src/log.ts";
import { resolveSettings } from "../../src/settings.ts";
import { hashTree } from "../helpers/site-files.ts";
import { makeTempDir, removeTempDirs } from "../helpers/temp.ts";

let root: string;
let input: string;

const STORIES: Record<string, string> = {
  "2021-03-01-kishi.txt": "Kishi to visit Washington\n\nDefense Minister Nobuo Kishi will meet Lloyd Austin in Washington next week, the ministry said.\n\nKishi said Japan and the United States would deepen ties.",
  "2021-03-02-austin.txt": "Austin welcomes Kishi\n\nLloyd Austin said on Tuesday he looked forward to meeting Nobuo Kishi, as Japan and the United States discuss China.",
  "2021-03-03-markets.txt": "Markets rise in Tokyo\n\nShares in Tokyo rose on Wednesday as investors weighed the outlook for exports to China and Europe.",
  "2021-03-04-rain.txt": "Heavy rain in Osaka\n\nHeavy rain hit Osaka on Thursday, and officials warned of floods across western Japan.",
};

/** Builds `input` into `out` on `threads` threads (2 forces the worker path even for four articles), collecting warnings. */
async function buildTo(out: string, cache: string | false, threads: number): Promise<{ warnings: string[]; files: Map<string, string>; reused: number }> {
  const warnings: string[] = [];
  const log: Log = { ...silentLog, warn: (message) => warnings.push(message) };
  const settings = resolveSettings({ input, output: out, cache, search: false }, root, { values: {}, dir: root });
  const result = await build(settings, { log, threads, cwd: root });
  return { warnings, files: await hashTree(out), reused: result.factsReused };
}

beforeAll(async () => {
  root = await makeTempDir("facts-cache-e2e");
  input = path.join(root, "articles");
  await mkdir(input);
  await Promise.all(Object.entries(STORIES).map(([name, text]) => writeFile(path.join(input, name), text)));
});
afterAll(removeTempDirs);

describe("facts cache", () => {
  for (const threads of [0, 2]) {
    it(`reuses unchanged articles' facts and finds a changed one's again (${threads === 0 ? "in-process" : "on two threads"})`, async () => {
      const cache = path.join(root, `cache-${threads}`);
      await Promise.all(Object.entries(STORIES).map(([name, text]) => writeFile(path.join(input, name), text)));
      const cold = await buildTo(path.join(root, `cold-${threads}`), cache, threads);
      expect(cold.reused).toBe(0);
      expect(cold.warnings).toEqual([]);

      const warm = await buildTo(path.join(root, `warm-${threads}`), cache, threads);
      expect(warm.reused).toBe(4);
      expect(warm.files).toEqual(cold.files);

      // One article now names someone else: its facts are found again, and the site shows it.
      await writeFile(path.join(input, "2021-03-04-rain.txt"), "Heavy rain in Osaka\n\nHeavy rain hit Osaka on Thursday, and Antony Blinken, the Secretary of State, sent condolences to western Japan.");
      const edited = await buildTo(path.join(root, `edited-${threads}`), cache, threads);
      const uncached = await buildTo(path.join(root, `uncached-${threads}`), false, threads);
      expect(edited.reused).toBe(3);
      expect(uncached.reused).toBe(0);
      expect([...edited.files.keys()]).toContain("people/antony-blinken/index.html");
      expect(edited.files).toEqual(uncached.files);
    }, 60_000);
  }
});
