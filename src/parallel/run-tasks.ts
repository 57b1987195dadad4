// Runs a batch of article tasks: the same code in-process and in a worker thread.
import type { Templates } from "../render/index.ts";
import { writeSiteUnits, type SitePagesInput } from "../render/site-pages.ts";
import type { SourceFile } from "../types.ts";
import { createPageWriter } from "../write/index.ts";
import { packBatch, readArticle, renderArticle, type Kept, type ReadBatch, type ReadOptions, type RenderJob } from "./tasks.ts";

/** `cachedKeys[i]`: the content hash of the facts cached for `files[i]`, or null. */
export function readArticles(files: readonly SourceFile[], cachedKeys: readonly (string | null)[], options: ReadOptions, kept: Kept, progress: () => void): ReadBatch {
  const outcomes = files.map((file, i) => {
    const outcome = readArticle(file, options, kept, cachedKeys[i] ?? null);
    progress();
    return outcome;
  });
  return packBatch(outcomes);
}

/** Makes, renders and writes these units of the site pages (archive, people, topics, feeds, …); returns their paths by unit. */
export function writeSitePages(input: SitePagesInput, units: readonly number[], dir: string, templates: Templates): { units: [number, string[]][]; written: number } {
  const writer = createPageWriter(dir);
  const paths = writeSiteUnits(input, units, templates, (page) => writer.write(page));
  return { units: paths, written: writer.written };
}

/** `listing`: what the jobs' indexes point into; `archive`: link each article's month (discovery on). */
export function writeArticles(jobs: readonly RenderJob[], listing: SitePagesInput, archive: boolean, dir: string, kept: Kept, templates: Templates, progress: () => void): number {
  const writer = createPageWriter(dir);
  for (const job of jobs) {
    writer.write(renderArticle(job, listing, archive, kept, templates));
    progress();
  }
  return writer.written;
}
