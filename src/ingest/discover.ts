// Finds the article files under the input folder, and says why each other file there is left out.
import type { Dirent } from "node:fs";
import { readdir, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.ts";
import type { Skip, SourceFile, SourceFormat } from "../types.ts";
import { describeFsError } from "./read.ts";

export interface Discovery {
  files: SourceFile[];
  skipped: Skip[];
}

const FORMATS = new Map<string, SourceFormat>([[".txt", "text"], [".md", "markdown"], [".markdown", "markdown"]]);
const NOT_ARTICLE = "not an article file: only .txt, .md and .markdown are read";
const SPECIAL = "not a regular file or folder (a device, socket or pipe); not read";

export async function discover(input: string): Promise<Discovery> {
  const root = path.resolve(input);
  const found: Walk = { rootReal: await openInput(root), files: [], skipped: [] };
  await walkFolder(found, root, "", [found.rootReal]);
  return { files: found.files.sort(bySource), skipped: found.skipped.sort(bySource) };
}

interface Walk extends Discovery {
  rootReal: string;
}

async function openInput(root: string): Promise<string> {
  const stats = await stat(root).catch((error: unknown) => {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const what = missing ? "no such folder" : `cannot open the folder: ${describeFsError(error)}`;
    throw new InputError(root, `${what}. Check --input: it should name the folder of articles.`, { cause: error });
  });
  if (!stats.isDirectory()) throw new InputError(root, "is a file, not a folder. Check --input: it should name the folder of articles.");
  return realpath(root);
}

/** `ancestors` are the real paths of the folders being walked, so a symlink back to one of them is a loop. */
async function walkFolder(walk: Walk, dir: string, folder: string, ancestors: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (folder === "") throw new InputError(dir, `cannot read the folder: ${describeFsError(error)}. Check its permissions.`, { cause: error });
    walk.skipped.push({ source: `${folder}/`, reason: `cannot read folder: ${describeFsError(error)}; check its permissions` });
    return;
  }
  const real = ancestors[ancestors.length - 1]!;
  await Promise.all(entries.map(async (entry) => {
    if (entry.name.startsWith(".")) return;
    const full = path.join(dir, entry.name);
    const source = (folder === "" ? entry.name : `${folder}/${entry.name}`).normalize("NFC");
    if (entry.isDirectory()) return walkFolder(walk, full, source, [...ancestors, path.join(real, entry.name)]);
    if (entry.isFile()) return addFile(walk, full, source);
    if (entry.isSymbolicLink()) return followLink(walk, full, source, ancestors);
    walk.skipped.push({ source, reason: SPECIAL });
  }));
}

async function followLink(walk: Walk, link: string, source: string, ancestors: string[]): Promise<void> {
  const skip = (reason: string): void => void walk.skipped.push({ source, reason });
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return skip(`cannot follow symbolic link: ${describeFsError(error)}`);
    const points = await readlink(link).catch(() => "?");
    return skip(`broken symbolic link: its target (${points}) does not exist; not followed`);
  }
  const relative = path.relative(walk.rootReal, target);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return skip(`symbolic link points outside the input folder (${target}); not followed`);
  }
  const stats = await stat(target).catch((error: unknown) => error as Error);
  if (stats instanceof Error) return skip(`cannot follow symbolic link: ${describeFsError(stats)}`);
  if (stats.isFile()) return addFile(walk, target, source);
  if (!stats.isDirectory()) return skip(SPECIAL);
  if (ancestors.includes(target)) return skip("symbolic link loops back to a folder that contains it; not followed");
  return walkFolder(walk, target, source, [...ancestors, target]);
}

function addFile(walk: Walk, file: string, source: string): void {
  const format = FORMATS.get(path.extname(source).toLowerCase());
  if (format) walk.files.push({ path: file, source, format });
  else walk.skipped.push({ source, reason: NOT_ARTICLE });
}

function bySource(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}
