// Runs a batch of article tasks: the same code in-process and in a worker thread.
import type { Templates } from "../render/index.ts";
import type { SiteView } from "../render/views.ts";
import type { SourceFile } from "../types.ts";
import { createPageWriter } from "../write/index.ts";
import type { BodyStore } from "./body-store.ts";
import { readArticle, renderArticle, type ReadOutcome, type RenderJob } from "./tasks.ts";

export function readArticles(files: readonly SourceFile[], language: string, bodies: BodyStore, progress: () => void): ReadOutcome[] {
  return files.map((file) => {
    const outcome = readArticle(file, language, bodies);
    progress();
    return outcome;
  });
}

export function writeArticles(jobs: readonly RenderJob[], dir: string, bodies: BodyStore, templates: Templates, site: SiteView, progress: () => void): number {
  const writer = createPageWriter(dir);
  for (const job of jobs) {
    writer.write(renderArticle(job, bodies, templates, site));
    progress();
  }
  return writer.written;
}
