// Temp folders for tests: created under the OS temp dir, tracked, and removed together after a test file.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root, ending without a separator. */
export const REPO = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));

const created: string[] = [];

export async function makeTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `broadsheet-test-${label}-`));
  created.push(dir);
  return dir;
}

/** Removes every folder made by makeTempDir in this test file; set KEEP_TEMP=1 to keep them for debugging. */
export async function removeTempDirs(): Promise<void> {
  const dirs = created.splice(0);
  if (process.env.KEEP_TEMP) {
    if (dirs.length > 0) console.info(`KEEP_TEMP: kept ${dirs.join(", ")}`);
    return;
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
