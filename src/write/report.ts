// Writes the JSON build report (issue #2): every input file once, as an article or a skip.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "../errors.ts";
import type { BuildReport } from "../types.ts";

export async function writeReport(file: string, report: BuildReport): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  } catch (cause) {
    throw new OutputError(file, `cannot write the build report (${(cause as Error).message}); check --report`, { cause });
  }
}
