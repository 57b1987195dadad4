// Reading a built site from disk: file lists, content hashes, and parsed pages by URL.
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import type { CheerioAPI } from "cheerio";

/** Every file under `dir` (symlinks not followed), as sorted "/"-separated relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Relative path → sha256 of the file's bytes. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  const hashes = await Promise.all(files.map(async (file) => createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex")));
  return new Map(files.map((file, i) => [file, hashes[i]!]));
}

/** "/news/articles/x/" with base path "/news/" → "articles/x/index.html". */
export function fileForUrl(url: string, basePath = "/"): string {
  if (!url.startsWith(basePath)) throw new Error(`URL ${url} is not under ${basePath}`);
  const rest = url.slice(basePath.length);
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}

export interface LoadedPage {
  file: string;
  html: string;
  $: CheerioAPI;
}

export async function loadPage(out: string, file: string): Promise<LoadedPage> {
  const html = await readFile(path.join(out, file), "utf8");
  return { file, html, $: cheerio.load(html) };
}

/** The site path of a file: "articles/x/index.html" → "/articles/x/". */
export function urlForFile(file: string, basePath = "/"): string {
  return basePath + file.replace(/(^|\/)index\.html$/, "$1");
}

/** Resolves an href found on the page at site path `from` into a site path without query, fragment or trailing "index.html". */
export function resolveHref(href: string, from: string): string {
  const url = new URL(href, `http://site.invalid${from}`);
  return url.origin === "http://site.invalid" ? url.pathname.replace(/(^|\/)index\.html$/, "$1") : url.href;
}
