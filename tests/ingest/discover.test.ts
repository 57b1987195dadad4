import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.ts";
import { discover } from "../../src/ingest/discover.ts";

const NOT_ARTICLE = "not an article file: only .txt, .md and .markdown are read";
const isRoot = process.getuid?.() === 0;

let tmp: string;
let input: string;
let outside: string;

/** Writes each file (creating its folders) with some text. */
async function tree(root: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), `Text of ${file}\n`);
  }
}

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), "bs-ingest-")));
  input = path.join(tmp, "input");
  outside = path.join(tmp, "outside");
  await tree(outside, ["secret.txt"]);
  await tree(input, [
    "a.txt", "B.MD", "notes.Markdown", "photo.jpg", "cafe\u0301.txt", "2024/01/story.txt", "2024/README",
    "nested/deep/er/x.md", ".hidden.txt", ".git/config.txt", "drafts/.wip/draft.md", "loop/inner.txt",
  ]);
  await symlink("2024/01/story.txt", path.join(input, "inside-link.txt"));
  await symlink("2024/01", path.join(input, "inside-dir"));
  await symlink(path.join(outside, "secret.txt"), path.join(input, "outside-file.txt"));
  await symlink(outside, path.join(input, "outside-dir"));
  await symlink(outside, path.join(input, ".outside-hidden"));
  await symlink("nowhere.txt", path.join(input, "broken.txt"));
  await symlink("..", path.join(input, "loop/back"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("discover", () => {
  it("lists article files at any depth, in code-unit order, with their format", async () => {
    const { files } = await discover(input);
    expect(files.map((f) => [f.source, f.format])).toEqual([
      ["2024/01/story.txt", "text"],
      ["B.MD", "markdown"],
      ["a.txt", "text"],
      ["café.txt", "text"],
      ["inside-dir/story.txt", "text"],
      ["inside-link.txt", "text"],
      ["loop/inner.txt", "text"],
      ["nested/deep/er/x.md", "markdown"],
      ["notes.Markdown", "markdown"],
    ]);
  });

  it("gives absolute paths on disk, through followed links to the real file", async () => {
    const { files } = await discover(path.relative(process.cwd(), input));
    const byName = new Map(files.map((f) => [f.source, f.path]));
    expect(byName.get("nested/deep/er/x.md")).toBe(path.join(input, "nested/deep/er/x.md"));
    expect(byName.get("café.txt")).toBe(path.join(input, "cafe\u0301.txt"));
    expect(byName.get("inside-link.txt")).toBe(path.join(input, "2024/01/story.txt"));
  });

  it("reports every other file, and links it does not follow, with a reason", async () => {
    const { skipped } = await discover(input);
    expect(skipped).toEqual([
      { source: "2024/README", reason: NOT_ARTICLE },
      { source: "broken.txt", reason: "broken symbolic link: its target (nowhere.txt) does not exist; not followed" },
      { source: "loop/back", reason: "symbolic link loops back to a folder that contains it; not followed" },
      { source: "outside-dir", reason: `symbolic link points outside the input folder (${outside}); not followed` },
      { source: "outside-file.txt", reason: `symbolic link points outside the input folder (${path.join(outside, "secret.txt")}); not followed` },
      { source: "photo.jpg", reason: NOT_ARTICLE },
    ]);
  });

  it("ends when symbolic links between folders form a cycle", async () => {
    const root = path.join(tmp, "cycle");
    await tree(root, ["a/x.txt", "b/y.txt"]);
    await symlink("../b", path.join(root, "a/to-b"));
    await symlink("../a", path.join(root, "b/to-a"));
    const { files, skipped } = await discover(root);
    expect(files.map((f) => f.source)).toEqual(["a/to-b/y.txt", "a/x.txt", "b/to-a/x.txt", "b/y.txt"]);
    expect(skipped.map((s) => s.source)).toEqual(["a/to-b/to-a", "b/to-a/to-b"]);
  });

  it("throws an InputError when the input folder is missing or is a file", async () => {
    const missing = path.join(tmp, "no-such-folder");
    await expect(discover(missing)).rejects.toThrow(InputError);
    await expect(discover(missing)).rejects.toThrow(`${missing}: no such folder. Check --input`);
    await expect(discover(path.join(input, "a.txt"))).rejects.toThrow(/is a file, not a folder\. Check --input/);
  });

  it.skipIf(isRoot)("reports a folder it may not read and goes on", async () => {
    const root = path.join(tmp, "locked");
    await tree(root, ["open/a.txt", "closed/b.txt"]);
    await chmod(path.join(root, "closed"), 0o000);
    try {
      const { files, skipped } = await discover(root);
      expect(files.map((f) => f.source)).toEqual(["open/a.txt"]);
      expect(skipped).toEqual([{ source: "closed/", reason: "cannot read folder: permission denied (EACCES); check its permissions" }]);
    } finally {
      await chmod(path.join(root, "closed"), 0o755);
    }
  });
});
