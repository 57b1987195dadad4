// Messages between the build and its worker threads.
import type { DiscoverOptions, WordsFound, WordsInput } from "../enrich/discover.ts";
import type { SitePagesInput } from "../render/site-pages.ts";
import type { PlannedShard } from "../search/build-index.ts";
import type { SiteData, SiteView } from "../render/views.ts";
import type { SourceFile } from "../types.ts";
import type { PackedTexts } from "./body-store.ts";
import type { ReadBatch, RenderJob } from "./tasks.ts";

export interface WorkerOptions {
  language: string;
  discovery: boolean;
  search: boolean;
  templates: string;
  site: SiteView;
  /** Where threads keep the bodies and texts they read until used (body-store.ts); null keeps them in memory. */
  spillDir: string | null;
}

/** Every request carries an id, echoed by its replies (a thread may answer out of order: shards are asynchronous). */
export type Request = { id: number } & RequestBody;

export type RequestBody =
  | { kind: "read"; files: SourceFile[]; cachedKeys: (string | null)[] }
  | { kind: "write"; jobs: RenderJob[]; dir: string }
  | { kind: "list"; input: SitePagesInput | null }
  | { kind: "site"; units: number[]; dir: string }
  | { kind: "texts"; sources: string[] }
  | { kind: "close" }
  | { kind: "collect" }
  | { kind: "shard"; shard: PlannedShard; dir: string }
  | { kind: "front"; data: SiteData; dir: string }
  | { kind: "words"; input: WordsInput; options: DiscoverOptions };

export type Reply = { id: number } & ReplyBody;

export type ReplyBody =
  | { kind: "progress"; done: number }
  | ({ kind: "read" } & ReadBatch)
  | { kind: "write"; written: number }
  | { kind: "site"; units: [number, string[]][]; written: number }
  | { kind: "texts"; texts: PackedTexts }
  | { kind: "shard"; fallback: string | null }
  | { kind: "front"; written: number }
  | { kind: "words"; found: WordsFound }
  | { kind: "listed" }
  | { kind: "closed" }
  | { kind: "collected" }
  | { kind: "error"; code: string | null; message: string; stack: string };
