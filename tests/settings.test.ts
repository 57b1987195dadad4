import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, UsageError } from "../src/errors.ts";
import { normaliseBaseUrl, readConfigFile, resolveSettings } from "../src/settings.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "bs-settings-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const none = { values: {}, dir: "/nowhere" };

describe("resolveSettings", () => {
  it("needs no config at all", () => {
    const s = resolveSettings({}, "/work/site", none);
    expect(s).toMatchObject({ input: "/work/site/seeds", output: "/work/site/dist", pageSize: 20, strict: false, report: null });
    expect(s.site).toEqual({ title: "Broadsheet", description: "An archive of news articles.", language: "en", baseUrl: null });
  });

  it("lets flags win over the config file, whose paths resolve from its own folder", () => {
    const config = { values: { input: "articles", title: "From file", pageSize: 5 }, dir: "/cfg" };
    const s = resolveSettings({ title: "From flag" }, "/cwd", config);
    expect(s.input).toBe("/cfg/articles");
    expect(s.site.title).toBe("From flag");
    expect(s.pageSize).toBe(5);
  });

  it("keeps the facts cache in .broadsheet-cache where the build runs, elsewhere, or nowhere", () => {
    expect(resolveSettings({}, "/work/site", none).cache).toBe("/work/site/.broadsheet-cache");
    expect(resolveSettings({ cache: "tmp/c" }, "/work/site", none).cache).toBe("/work/site/tmp/c");
    expect(resolveSettings({ cache: false }, "/work/site", none).cache).toBeNull();
    expect(resolveSettings({}, "/cwd", { values: { cache: "cache" }, dir: "/cfg" }).cache).toBe("/cfg/cache");
    expect(resolveSettings({}, "/cwd", { values: { cache: false }, dir: "/cfg" }).cache).toBeNull();
    expect(resolveSettings({ cache: "here" }, "/cwd", { values: { cache: false }, dir: "/cfg" }).cache).toBe("/cwd/here");
    expect(() => resolveSettings({}, "/cwd", { values: { cache: 3 as never }, dir: "/cfg" })).toThrow(/cache must be a folder or false, not 3/);
  });

  it("rejects bad values with a usage error that says what to write", () => {
    expect(() => resolveSettings({ pageSize: "0" }, "/", none)).toThrow(/--page-size must be a whole number/);
    expect(() => resolveSettings({ pageSize: "2.5" }, "/", none)).toThrow(UsageError);
    expect(() => resolveSettings({ language: "not a tag!" }, "/", none)).toThrow(/--language/);
    expect(() => resolveSettings({ baseUrl: "example.org/news" }, "/", none)).toThrow(/not an absolute URL/);
    expect(() => resolveSettings({ baseUrl: "ftp://example.org/" }, "/", none)).toThrow(/http/);
  });
});

describe("normaliseBaseUrl", () => {
  it("ends the path with a slash", () => {
    expect(normaliseBaseUrl("https://example.org/news")).toBe("https://example.org/news/");
    expect(normaliseBaseUrl("https://example.org")).toBe("https://example.org/");
  });
});

describe("readConfigFile", () => {
  it("is optional, and strict about what it holds", async () => {
    expect(readConfigFile(tmp)).toEqual({ values: {}, dir: tmp });
    await writeFile(path.join(tmp, "broadsheet.config.json"), JSON.stringify({ title: "Archive", baseUrl: "https://x.org/" }));
    expect(readConfigFile(tmp).values).toEqual({ title: "Archive", baseUrl: "https://x.org/" });
    await writeFile(path.join(tmp, "bad.json"), "{ title: nope }");
    expect(() => readConfigFile(tmp, "bad.json")).toThrow(ConfigError);
    await writeFile(path.join(tmp, "typo.json"), JSON.stringify({ titel: "x" }));
    expect(() => readConfigFile(tmp, "typo.json")).toThrow(/unknown setting "titel"/);
    expect(() => readConfigFile(tmp, "missing.json")).toThrow(/does not exist/);
  });
});
