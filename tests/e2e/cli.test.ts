// End to end: the CLI as a process: exit codes, --strict, --quiet, failed builds leaving old output alone, determinism and URL stability.
import { cp, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, runCli, sharedBuild } from "../helpers/build-fixture.ts";
import type { BuiltSite, CliResult } from "../helpers/build-fixture.ts";
import { FIXTURE_ARCHIVE, makeArchive } from "../helpers/make-archive.ts";
import type { Archive } from "../helpers/make-archive.ts";
import { hashTree } from "../helpers/site-files.ts";
import { makeTempDir, removeTempDirs } from "../helpers/temp.ts";

let archive: Archive;
let site: BuiltSite;

beforeAll(async () => {
  archive = await makeArchive();
  site = await sharedBuild({ input: archive.input });
}, 240_000);

afterAll(removeTempDirs);

const show = (result: CliResult): string => `exit ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

/** A small archive that builds without skips or warnings. */
async function cleanArchive(): Promise<string> {
  const input = path.join(await makeTempDir("clean"), "archive");
  await cp(path.join(FIXTURE_ARCHIVE, "2021"), path.join(input, "2021"), { recursive: true });
  await cp(path.join(FIXTURE_ARCHIVE, "2022-01-05-budget.txt"), path.join(input, "2022-01-05-budget.txt"));
  return input;
}

/** An output folder holding a previous Broadsheet build, to check that a failed build leaves it alone. */
async function previousBuild(): Promise<{ root: string; out: string }> {
  const previous = await buildSite({ input: await cleanArchive() });
  return { root: path.dirname(previous.out), out: previous.out };
}

describe.concurrent("a failed build", () => {
  it("with --strict and bad input exits 1, says why, and leaves the previous site untouched", async ({ expect }) => {
    const { root, out } = await previousBuild();
    const before = await hashTree(out);
    const result = await runCli(["build", "--input", archive.input, "--output", out, "--strict"], { cwd: root });
    expect(result.code, show(result)).toBe(1);
    expect(result.stderr, show(result)).toMatch(/strict|skipped/i);
    expect(result.stderr, "a user error prints no stack trace").not.toMatch(STACK_LINE);
    expect(await hashTree(out)).toEqual(before);
    // The facts cache (kept where the build runs) is saved even when the build then fails: the facts hold all the same.
    expect((await readdir(root)).sort(), "no staging folder left behind").toEqual([".broadsheet-cache", "out"]);
  }, 120_000);

  it("with a missing input folder exits 1, names the folder, and leaves the previous site untouched", async ({ expect }) => {
    const { root, out } = await previousBuild();
    const before = await hashTree(out);
    const missing = path.join(root, "no-such-archive");
    const result = await runCli(["build", "--input", missing, "--output", out], { cwd: root });
    expect(result.code, show(result)).toBe(1);
    expect(result.stderr, show(result)).toContain("no-such-archive");
    expect(result.stderr, "a user error prints no stack trace").not.toMatch(STACK_LINE);
    expect(await hashTree(out)).toEqual(before);
    expect(await readdir(root), "no staging folder left behind").toEqual(["out"]);
  }, 120_000);

  it("into a non-empty folder that Broadsheet did not make exits 1 and leaves it untouched", async ({ expect }) => {
    const root = await makeTempDir("foreign");
    const out = path.join(root, "out");
    await mkdir(path.join(out, "photos"), { recursive: true });
    await writeFile(path.join(out, "index.html"), "<!doctype html><title>someone else's site</title>");
    await writeFile(path.join(out, "photos", "keep.txt"), "not part of any build");
    const before = await hashTree(out);
    const result = await runCli(["build", "--input", archive.input, "--output", out], { cwd: root });
    expect(result.code, show(result)).toBe(1);
    expect(result.stderr, show(result)).toContain(out);
    expect(await hashTree(out)).toEqual(before);
    expect(await readdir(root)).toEqual(["out"]);
  }, 120_000);
});

describe.concurrent("usage errors", () => {
  const cases: Array<[string, string[]]> = [
    ["an unknown flag", ["build", "--no-such-flag"]],
    ["an unknown command", ["frobnicate"]],
    ["a flag without its value", ["build", "--input"]],
    ["no command", []],
  ];
  for (const [name, args] of cases) {
    it(`exit 2 for ${name}, with a one-line message and nothing written`, async ({ expect }) => {
      const cwd = await makeTempDir("usage");
      const result = await runCli(args, { cwd });
      expect(result.code, show(result)).toBe(2);
      expect(result.stderr.trim(), show(result)).not.toBe("");
      expect(result.stderr, "no stack trace for a usage error").not.toMatch(STACK_LINE);
      expect(await readdir(cwd), "nothing written to the working folder").toEqual([]);
    });
  }
});

describe("--strict on a clean archive", () => {
  it("builds and exits 0", async () => {
    const built = await buildSite({ input: await cleanArchive(), extraArgs: ["--strict"] });
    expect(built.report.skipped).toEqual([]);
    expect(built.report.articles).toHaveLength(5);
  }, 120_000);
});

describe("the build's process", () => {
  it("keeps a heap limit the user set, and says so when the build runs out of it, leaving nothing behind", async () => {
    const input = await cleanArchive();
    const root = await makeTempDir("heap");
    const run = (out: string, limitMb: number) => runCli(["build", "--input", input, "--output", path.join(root, out), "--no-cache"], { cwd: root, env: { NODE_OPTIONS: `--max-old-space-size=${limitMb}` } });
    const roomy = await run("roomy", 512);
    expect(roomy.code, show(roomy)).toBe(0);
    const starved = await run("starved", 16);
    expect(starved.code, show(starved)).toBe(1);
    expect(starved.stderr).toMatch(/^broadsheet: ran out of memory \(its heap is limited by your --max-old-space-size\); for a bigger archive allow more/m);
    expect((await readdir(root)).sort()).toEqual(["roomy"]);
  }, 120_000);
});

describe("the benchmark's stats line", () => {
  it("with BROADSHEET_BENCH_STATS=1 holds the stage times, peak memory and CPU time, Pagefind's processes' apart", async () => {
    const input = await cleanArchive();
    const out = path.join(await makeTempDir("stats"), "out");
    const result = await runCli(["build", "--input", input, "--output", out, "--no-cache", "--quiet"], { env: { BROADSHEET_BENCH_STATS: "1" } });
    expect(result.code, show(result)).toBe(0);
    const stats = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { seconds: number; maxRssMB: number; cpuSeconds: { self: number; children: number | null }; stages: Record<string, number> };
    expect(Object.keys(stats.stages)).toEqual(["start", "ingest", "read", "order", "discover", "render", "search", "write"]);
    expect(stats.maxRssMB).toBeGreaterThan(20);
    expect(stats.cpuSeconds.self).toBeGreaterThan(0.05);
    if (process.platform === "linux") {
      // Pagefind's process takes a tick or two for five articles (maybe none); a field misread would be far larger.
      expect(stats.cpuSeconds.children).toBeGreaterThanOrEqual(0);
      expect(stats.cpuSeconds.children).toBeLessThan(stats.seconds * 4);
    }
  }, 120_000);
});

describe("the facts cache", () => {
  it("is kept in .broadsheet-cache where the build runs, or in --cache DIR, and not at all with --no-cache", async () => {
    const input = await cleanArchive();
    const cwd = await makeTempDir("cache-cwd");
    const run = (out: string, ...extra: string[]) => runCli(["build", "--input", input, "--output", path.join(cwd, out), ...extra], { cwd });
    const none = await run("none", "--no-cache");
    expect(none.code, show(none)).toBe(0);
    expect(await readdir(cwd)).toEqual(["none"]);
    const first = await run("first");
    expect(first.code, show(first)).toBe(0);
    expect(await readdir(path.join(cwd, ".broadsheet-cache"))).toEqual(["facts.v8"]);
    expect(first.stdout).not.toMatch(/kept from the last build/);
    const second = await run("second");
    expect(second.stdout).toMatch(/\(what was found in 5 unchanged articles was kept from the last build\)\.$/m);
    const elsewhere = await run("elsewhere", "--cache", "elsewhere-cache");
    expect(elsewhere.stdout).not.toMatch(/kept from the last build/);
    expect(await readdir(path.join(cwd, "elsewhere-cache"))).toEqual(["facts.v8"]);
  }, 120_000);
});

describe("determinism", () => {
  it("two builds of the same archive are byte-identical, and --quiet prints nothing", async () => {
    // Both builds run at once, so they see the same templates even while someone edits them.
    const [first, again] = await Promise.all([buildSite({ input: archive.input }), buildSite({ input: archive.input, extraArgs: ["--quiet"] })]);
    expect(again.stdout, "stdout with --quiet").toBe("");
    expect(again.stderr, "stderr with --quiet on a build without errors").toBe("");
    const [a, b] = await Promise.all([hashTree(first.out), hashTree(again.out)]);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
    expect(differing, "files that differ between two builds").toEqual([]);
    expect(a.size).toBeGreaterThan(25);
    expect(again.report).toEqual(first.report);
  }, 120_000);
});

describe("URL stability", () => {
  it("adding articles, including one with an existing headline, changes no existing article's URL", async () => {
    const input = path.join(await makeTempDir("grown"), "archive");
    await cp(archive.input, input, { recursive: true });
    const add = async (source: string, text: string): Promise<void> => {
      await mkdir(path.dirname(path.join(input, source)), { recursive: true });
      await writeFile(path.join(input, source), text);
    };
    await add("2021/05/31/storm.txt", "Storm batters coast\n\nThe first storm of the season reached the coast on Monday evening.\n");
    await add("0-first.txt", "Museum reopens its east wing\n\nThe museum's east wing reopened after repairs to the roof.\n");
    await add("2023-03-03-newest.txt", "Newest article in the archive\n\nThis article is newer than every other one.\n");
    const grown = await buildSite({ input });
    const before = Object.fromEntries(site.report.articles.map((a) => [a.source, a.url]));
    const after = Object.fromEntries(grown.report.articles.filter((a) => a.source in before).map((a) => [a.source, a.url]));
    expect(after).toEqual(before);
    const added = grown.report.articles.filter((a) => !(a.source in before));
    expect(added.map((a) => a.source).sort()).toEqual(["0-first.txt", "2021/05/31/storm.txt", "2023-03-03-newest.txt"]);
    const urls = grown.report.articles.map((a) => a.url);
    expect(new Set(urls).size, "URLs stay unique").toBe(urls.length);
  }, 120_000);
});
