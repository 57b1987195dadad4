// Writes pages into the staging folder, many at a time, never outside it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OutputError } from "../errors.ts";
import type { Page } from "../types.ts";

export interface PageWriter {
  /** Synchronous, like reading (see src/ingest/read.ts): thread-pool round trips cost more than the writes. */
  write(page: Page): void;
  readonly written: number;
}

/** Rejects any path that could land outside the output folder, whatever produced it. */
export function safeOutputPath(root: string, outputPath: string): string {
  const parts = outputPath.split("/");
  if (outputPath.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\") || p.includes("\0"))) {
    throw new OutputError(outputPath, "refusing to write a page outside the output folder (unsafe path); this is a bug in Broadsheet, please report it");
  }
  return path.join(root, ...parts);
}

export function createPageWriter(root: string): PageWriter {
  const made = new Set<string>();
  let written = 0;
  return {
    get written() {
      return written;
    },
    write(page) {
      const file = safeOutputPath(root, page.outputPath);
      const dir = path.dirname(file);
      try {
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(file, page.content);
      } catch (cause) {
        throw new OutputError(file, `cannot write the page (${(cause as Error).message}); check free disk and permissions`, { cause });
      }
      written++;
    },
  };
}
