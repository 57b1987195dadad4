// Messages between the build and its worker threads.
import type { PageJob } from "../render/site-pages.ts";
import type { SiteView } from "../render/views.ts";
import type { SourceFile } from "../types.ts";
import type { ReadOutcome, RenderJob } from "./tasks.ts";

export interface WorkerOptions {
  language: string;
  discovery: boolean;
  search: boolean;
  templates: string;
  site: SiteView;
}

export type Request =
  | { kind: "read"; files: SourceFile[] }
  | { kind: "write"; jobs: RenderJob[]; dir: string }
  | { kind: "pages"; jobs: PageJob[]; dir: string }
  | { kind: "texts"; sources: string[] };

export type Reply =
  | { kind: "progress"; done: number }
  | { kind: "read"; outcomes: ReadOutcome[] }
  | { kind: "write"; written: number }
  | { kind: "pages"; written: number }
  | { kind: "texts"; texts: (string | undefined)[] }
  | { kind: "error"; code: string | null; message: string; stack: string };
