// Builds into a fresh folder beside the output and swaps it into place only when everything
// succeeded, so a failed build leaves the previous output untouched.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "../errors.ts";

/** Marks a folder as Broadsheet's, so a build never replaces a folder it did not make. */
export const MARKER = ".broadsheet";
const MARKER_TEXT = "Built by Broadsheet. This whole folder is replaced on every build.\n";

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /** Swaps the staging folder into place as the output. */
  commit(): Promise<void>;
  /** Removes the staging folder; the output is left as it was. */
  discard(): Promise<void>;
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** Refuses outputs that would destroy input or unrelated files. */
export async function checkOutput(output: string, input: string, cwd: string): Promise<void> {
  if (inside(input, output)) throw new OutputError(output, "the output folder contains the input folder and would replace it; choose another --output");
  if (inside(cwd, output)) throw new OutputError(output, "the output folder contains the current folder and would replace it; choose another --output");
  if (inside(output, input)) throw new OutputError(output, "the output folder is inside the input folder, so its files would be read as articles; choose another --output");
  if (!existsSync(output)) return;
  const info = await stat(output);
  if (!info.isDirectory()) throw new OutputError(output, "exists and is not a folder; remove it or choose another --output");
  const entries = await readdir(output);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new OutputError(output, `exists, is not empty and was not made by Broadsheet (no ${MARKER} file); remove it or choose another --output`);
  }
}

export async function createStaging(output: string): Promise<Staging> {
  const parent = path.dirname(output);
  const base = path.basename(output);
  const tag = `${process.pid}-${randomBytes(3).toString("hex")}`;
  const dir = path.join(parent, `.${base}.tmp-${tag}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, MARKER), MARKER_TEXT);
  } catch (cause) {
    throw new OutputError(parent, `cannot create a folder to build in (${(cause as Error).message}); check permissions and free disk`, { cause });
  }
  return {
    dir,
    async commit() {
      const old = path.join(parent, `.${base}.old-${tag}`);
      const hadOutput = existsSync(output);
      try {
        if (hadOutput) await rename(output, old);
        await rename(dir, output);
      } catch (cause) {
        if (hadOutput && !existsSync(output) && existsSync(old)) await rename(old, output);
        throw new OutputError(output, `cannot replace the output folder (${(cause as Error).message}); is it open in another program?`, { cause });
      }
      if (hadOutput) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
