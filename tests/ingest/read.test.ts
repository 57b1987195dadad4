import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSource } from "../../src/ingest/read.ts";
import type { SourceFile } from "../../src/types.ts";

const isRoot = process.getuid?.() === 0;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "bs-ingest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Uint8Array | string): Promise<SourceFile> {
  await writeFile(path.join(dir, name), bytes);
  return { path: path.join(dir, name), source: `news/${name}`, format: "text" };
}

describe("readSource", () => {
  it("reads a good file into text with its encoding", async () => {
    const file = await fileWith("good.txt", "\ufeffHeadline\r\n\r\nBody text.\r\n");
    expect(await readSource(file)).toEqual({ ok: true, value: { file, text: "Headline\n\nBody text.\n", encoding: "UTF-8" } });
  });

  it("reads a UTF-16 file although its bytes contain NULs", async () => {
    const file = await fileWith("wide.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Wide news", "utf16le")]));
    expect(await readSource(file)).toMatchObject({ ok: true, value: { text: "Wide news", encoding: "UTF-16LE" } });
  });

  it("skips an empty file", async () => {
    const file = await fileWith("empty.txt", "");
    expect(await readSource(file)).toEqual({ ok: false, skip: { source: "news/empty.txt", reason: "empty file" } });
  });

  it("skips a file that is only whitespace", async () => {
    const file = await fileWith("blank.md", " \r\n\t\n\u00a0\n");
    expect(await readSource(file)).toEqual({ ok: false, skip: { source: "news/blank.md", reason: "blank file: no text" } });
  });

  it("skips a binary file", async () => {
    const file = await fileWith("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(await readSource(file)).toEqual({
      ok: false, skip: { source: "news/image.txt", reason: "binary file (contains NUL bytes); not an article" },
    });
  });

  it("skips a UTF-16 file whose text contains NUL characters", async () => {
    const file = await fileWith("wide-binary.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("ab\u0000cd", "utf16le").swap16()]));
    expect(await readSource(file)).toMatchObject({ ok: false, skip: { reason: expect.stringMatching(/^binary file/) } });
  });

  it("skips an undecodable file with decode's reason", async () => {
    const file = await fileWith("garbage.txt", Buffer.from([0x01, 0x02, 0x83, 0x04, 0x05, 0xff, 0x10, 0x9b, 0x1f, 0xc3]));
    expect(await readSource(file)).toMatchObject({
      ok: false, skip: { source: "news/garbage.txt", reason: expect.stringMatching(/^not valid UTF-8 and not recognisable as legacy text/) },
    });
  });

  it("skips a file that cannot be read, naming the system error", async () => {
    await mkdir(path.join(dir, "folder.txt"));
    const result = await readSource({ path: path.join(dir, "folder.txt"), source: "folder.txt", format: "text" });
    expect(result).toEqual({ ok: false, skip: { source: "folder.txt", reason: "cannot read file: illegal operation on a directory (EISDIR)" } });
    const missing = await readSource({ path: path.join(dir, "gone.txt"), source: "gone.txt", format: "text" });
    expect(missing).toMatchObject({ ok: false, skip: { reason: expect.stringContaining("(ENOENT)") } });
  });

  it.skipIf(isRoot)("skips a file it may not read", async () => {
    const file = await fileWith("locked.txt", "Secret");
    await chmod(file.path, 0o000);
    expect(await readSource(file)).toEqual({ ok: false, skip: { source: "news/locked.txt", reason: "cannot read file: permission denied (EACCES)" } });
  });
});
