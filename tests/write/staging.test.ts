import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputError } from "../../src/errors.ts";
import { checkOutput, createPageWriter, createStaging, MARKER, safeOutputPath } from "../../src/write/index.ts";

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "bs-write-"));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("staging", () => {
  it("swaps the new site in and removes the old one", async () => {
    const out = path.join(tmp, "dist");
    const first = await createStaging(out);
    await writeFile(path.join(first.dir, "old.html"), "old");
    await first.commit();
    const second = await createStaging(out);
    await writeFile(path.join(second.dir, "new.html"), "new");
    await second.commit();
    expect((await readdir(out)).sort()).toEqual([MARKER, "new.html"]);
    expect(await readdir(tmp)).toEqual(["dist"]);
  });

  it("leaves the previous output untouched when discarded", async () => {
    const out = path.join(tmp, "dist");
    await mkdir(out);
    await writeFile(path.join(out, MARKER), "");
    await writeFile(path.join(out, "index.html"), "previous");
    const staging = await createStaging(out);
    await writeFile(path.join(staging.dir, "index.html"), "half-built");
    await staging.discard();
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe("previous");
    expect(await readdir(tmp)).toEqual(["dist"]);
  });
});

describe("checkOutput", () => {
  it("refuses outputs that would destroy input or foreign files", async () => {
    const input = path.join(tmp, "in");
    await mkdir(input);
    await expect(checkOutput(tmp, input, "/")).rejects.toThrow(/contains the input folder/);
    await expect(checkOutput(path.join(input, "site"), input, "/")).rejects.toThrow(/inside the input folder/);
    await expect(checkOutput(tmp, path.join(os.tmpdir(), "elsewhere"), path.join(tmp, "x"))).rejects.toThrow(/contains the current folder/);
    const foreign = path.join(tmp, "docs");
    await mkdir(foreign);
    await writeFile(path.join(foreign, "thesis.doc"), "precious");
    await expect(checkOutput(foreign, input, "/")).rejects.toThrow(OutputError);
    await expect(checkOutput(path.join(tmp, "new"), input, "/")).resolves.toBeUndefined();
  });
});

describe("page writer", () => {
  it("writes nested pages and counts them", async () => {
    const writer = createPageWriter(tmp);
    await writer.write({ outputPath: "articles/a/index.html", content: "<p>a</p>" });
    await writer.write({ outputPath: "articles/b/index.html", content: "<p>b</p>" });
    expect(writer.written).toBe(2);
    expect(await readFile(path.join(tmp, "articles/b/index.html"), "utf8")).toBe("<p>b</p>");
  });

  it("never writes outside the output folder", () => {
    for (const bad of ["../x.html", "/etc/x", "a/../../x", "a//b", "a\\..\\b", "./x"]) {
      expect(() => safeOutputPath(tmp, bad), bad).toThrow(OutputError);
    }
    expect(safeOutputPath(tmp, "a/b/index.html")).toBe(path.join(tmp, "a", "b", "index.html"));
  });
});
