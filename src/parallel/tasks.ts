// The two things done once per article: reading it (ingest → parse → enrich, and its body rendered
// to HTML) and writing its page (render the template with its neighbours → write). Run in-process
// for small archives and in worker threads for big ones.
import { enrich } from "../enrich/index.ts";
import { readSource } from "../ingest/index.ts";
import { parse } from "../parse/index.ts";
import { renderBody } from "../render/body.ts";
import { articleView, renderArticlePage, type Neighbour, type Templates } from "../render/index.ts";
import type { SiteView } from "../render/views.ts";
import type { Article, Page, Skip, SourceFile } from "../types.ts";
import type { BodyStore } from "./body-store.ts";

export type ReadOutcome = { article: Article } | { skip: Skip };

/** An article page to render, with the neighbours its previous/next links point to (only what a link needs: jobs are copied to threads). */
export interface RenderJob {
  article: Article;
  previous: Neighbour | null;
  next: Neighbour | null;
}


export function readArticle(file: SourceFile, language: string, bodies: BodyStore): ReadOutcome {
  const read = readSource(file);
  const parsed = read.ok ? parse(read.value) : read;
  if (!parsed.ok) return { skip: parsed.skip };
  bodies.put(file.source, renderBody(parsed.value));
  return { article: enrich(parsed.value, { language }) };
}

export function renderArticle(job: RenderJob, bodies: BodyStore, templates: Templates, site: SiteView): Page {
  const body = bodies.take(job.article.source);
  if (body === undefined) throw new Error(`no body kept for ${job.article.source}: the page job went to a thread that did not read it`);
  const view = articleView(job.article, body, { previous: job.previous, next: job.next }, site);
  return renderArticlePage(templates, view);
}
