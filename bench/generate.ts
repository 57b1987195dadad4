// Writes a deterministic synthetic news archive in the seed format, and reuses one already on disk for the same inputs.

import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FILES_PER_FOLDER, composeArticle } from "./compose-article.ts";
import { forEachLimit } from "./for-each-limit.ts";

/** Bump when the generated text changes, so cached archives are rebuilt. */
export const GENERATOR_VERSION = 1;
export const ARCHIVE_MARKER = ".bench-archive.json";
const WRITES_IN_FLIGHT = 64;

export interface ArchiveMarker {
  generator: number;
  count: number;
  seed: number;
  /** False while files are being written: an interrupted run is never mistaken for a finished one. */
  complete: boolean;
}

export async function readArchiveMarker(dir: string): Promise<ArchiveMarker | null> {
  try {
    return JSON.parse(await readFile(join(dir, ARCHIVE_MARKER), "utf8")) as ArchiveMarker;
  } catch {
    return null;
  }
}

export async function isArchiveCurrent(dir: string, count: number, seed: number): Promise<boolean> {
  const marker = await readArchiveMarker(dir);
  return marker !== null && marker.complete &&
    marker.generator === GENERATOR_VERSION && marker.count === count && marker.seed === seed;
}

export async function generateArchive(dir: string, count: number, seed = 1): Promise<void> {
  if (await isArchiveCurrent(dir, count, seed)) return;
  await clearArchiveDir(dir);
  const marker: ArchiveMarker = { generator: GENERATOR_VERSION, count, seed, complete: false };
  await writeFile(join(dir, ARCHIVE_MARKER), JSON.stringify(marker) + "\n");
  for (let folder = 0; folder * FILES_PER_FOLDER < count; folder++) {
    await mkdir(join(dir, String(folder).padStart(4, "0")));
  }
  await forEachLimit(count, WRITES_IN_FLIGHT, async (index) => {
    const article = composeArticle(index, seed);
    await writeFile(join(dir, article.path), article.text);
  });
  await writeFile(join(dir, ARCHIVE_MARKER), JSON.stringify({ ...marker, complete: true }) + "\n");
}

/** Only ever empties a folder that is missing, empty, or an earlier archive of ours: never someone's real files. */
async function clearArchiveDir(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0 && (await readArchiveMarker(dir)) === null) {
    throw new Error(`${dir} is not empty and holds no ${ARCHIVE_MARKER}: refusing to overwrite it. Choose an empty folder.`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}
