// Big archives are built on worker threads: the site must be the same, byte for byte, as one built in-process.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../../bench/generate.ts";
import { build } from "../../src/build.ts";
import { resolveSettings } from "../../src/settings.ts";
import type { BuildResult } from "../../src/types.ts";
import { runCli } from "../helpers/build-fixture.ts";
import { hashTree, loadPage } from "../helpers/site-files.ts";
import { makeTempDir, removeTempDirs } from "../helpers/temp.ts";

/** Above the 1,000 files from which the CLI uses worker threads. */
const ARTICLES = 1_200;

let root: string;
let input: string;

async function buildInProcess(output: string, threads: number): Promise<BuildResult> {
  const settings = resolveSettings({ input, output }, root, { values: {}, dir: root });
  return build(settings, { threads, cwd: root });
}

beforeAll(async () => {
  root = await makeTempDir("parallel");
  input = path.join(root, "archive");
  await generateArchive(input, ARTICLES, 7);
}, 120_000);
afterAll(removeTempDirs);

describe("worker threads", () => {
  it("build the same site in-process and on two threads", async () => {
    const [single, threaded] = await Promise.all([buildInProcess(path.join(root, "single"), 0), buildInProcess(path.join(root, "threaded"), 2)]);
    expect(threaded.report).toEqual(single.report);
    expect(single.articles).toBe(ARTICLES);
    const [a, b] = await Promise.all([hashTree(path.join(root, "single")), hashTree(path.join(root, "threaded"))]);
    expect(b.size).toBeGreaterThan(ARTICLES);
    expect([...b.entries()].filter(([file, hash]) => a.get(file) !== hash)).toEqual([]);
    expect(b.size).toBe(a.size);
  }, 180_000);

  it("are what the command line uses for a big archive, from its compiled bundle", async () => {
    const out = path.join(root, "cli");
    // Run from the temporary folder, so that the facts cache it keeps is not left in the repository.
    const result = await runCli(["build", "--input", input, "--output", out], { cwd: root });
    expect(result.stderr).toMatch(/on \d+ threads/);
    expect(result.code, result.stderr).toBe(0);
    const [cli, single] = await Promise.all([hashTree(out), hashTree(path.join(root, "single"))]);
    expect([...cli.entries()].filter(([file, hash]) => single.get(file) !== hash)).toEqual([]);
    expect(cli.size).toBe(single.size);
    // Every page links its neighbours: follow "next" from the front page's first article to the third.
    const front = await loadPage(out, "index.html");
    let href = front.$(".story-title a").first().attr("href") ?? "";
    for (let step = 0; step < 2; step++) {
      const page = await loadPage(out, path.posix.join(href, "index.html"));
      expect(page.$("h1")).toHaveLength(1);
      const next = page.$("a[rel='next']").attr("href") ?? "";
      href = path.posix.join(href, next);
    }
    expect(href).toMatch(/^articles\/[^/]+\/$/);
  }, 180_000);
});
