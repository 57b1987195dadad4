// A worker thread of the article pool: answers the build's requests (protocol.ts), reading, rendering,
// writing search shards and running the archive-wide steps on words.
import { parentPort, workerData } from "node:worker_threads";
import { discoverWords } from "../enrich/discover.ts";
import { BroadsheetError } from "../errors.ts";
import { createTemplates } from "../render/index.ts";
import type { SitePagesInput } from "../render/site-pages.ts";
import type { Reply, ReplyBody, Request, WorkerOptions } from "./protocol.ts";
import { readArticles, writeArticles, writeSitePages } from "./run-tasks.ts";
import { closeKept, createKept, takeTexts } from "./tasks.ts";
import { getHeapStatistics } from "node:v8";
import { collectGarbage } from "./collect-garbage.ts";

const options = workerData as WorkerOptions;
const templates = createTemplates(options.templates);
/** Bodies and texts of the articles this thread read, until it writes their pages. */
const kept = createKept(options.spillDir);
/** The listed articles and collections page jobs and site pages refer to, once sent. */
let listing: SitePagesInput | null = null;
const listed = (): SitePagesInput => {
  if (listing === null) throw new Error("a page job came before the listed articles and collections it refers to");
  return listing;
};
const port = parentPort;
if (port === null) throw new Error("src/parallel/worker.ts must run in a worker thread");

/**
 * Heap in use after a search shard above which this thread collects: the native writer of a 5,000-record
 * shard keeps about 80 MB and leaves more as garbage, which V8 would rather grow the heap for than
 * collect (100,000 articles, before the threads let go of the listing: 250-460 MB in use after a shard).
 */
const SHARD_GC_BYTES = 320 * 2 ** 20;

/** Progress is sent in steps, not per article: a message per article would cost more than the work. */
const STEP = 100;

port.on("message", (request: Request) => {
  const reply = (body: ReplyBody, transfer: ArrayBuffer[] = []): void => port.postMessage({ id: request.id, ...body } satisfies Reply, transfer);
  const fail = (error: unknown): void => {
    const e = error instanceof Error ? error : new Error(String(error));
    reply({ kind: "error", code: error instanceof BroadsheetError ? error.code : null, message: e.message, stack: e.stack ?? "" });
  };
  if (request.kind === "shard") {
    // Asynchronous, unlike the rest: the native writer yields between records (so this thread still answers
    // for texts), and a Pagefind shard runs in a process of its own, which this thread drives.
    import("../search/write-shard.ts")
      .then(({ writeShard }) => writeShard(request.shard, request.dir))
      .then(({ fallback }) => {
        // A shard indexed here leaves its garbage in this heap, which V8 would rather grow than collect.
        if (getHeapStatistics().used_heap_size > SHARD_GC_BYTES) collectGarbage();
        reply({ kind: "shard", fallback });
      }, fail);
    return;
  }
  if (request.kind === "front") {
    // Asynchronous too: Eleventy renders while the build's own thread finds what the archive holds.
    import("../eleventy/render-site.ts")
      .then(({ renderSite }) => renderSite(options.templates, request.dir, request.data))
      .then(({ written }) => reply({ kind: "front", written }), fail);
    return;
  }
  let done = 0;
  const progress = () => {
    if (++done % STEP === 0) reply({ kind: "progress", done: STEP });
  };
  const flush = () => reply({ kind: "progress", done: done % STEP });
  try {
    if (request.kind === "read") {
      const batch = readArticles(request.files, request.cachedKeys, options, kept, progress);
      flush();
      reply({ kind: "read", ...batch });
    } else if (request.kind === "words") {
      reply({ kind: "words", found: discoverWords(request.input, request.options) });
    } else if (request.kind === "collect") {
      collectGarbage();
      reply({ kind: "collected" });
    } else if (request.kind === "close") {
      closeKept(kept);
      reply({ kind: "closed" });
    } else if (request.kind === "texts") {
      const texts = takeTexts(request.sources, kept);
      // Moved, not copied: the buffer is this thread's no longer.
      reply({ kind: "texts", texts }, [texts.bytes.buffer as ArrayBuffer]);
    } else if (request.kind === "list") {
      listing = request.input;
      // Let go of (null): what it held goes now, before the search shards fill this heap again.
      if (listing === null) collectGarbage();
      reply({ kind: "listed" });
    } else if (request.kind === "site") {
      reply({ kind: "site", ...writeSitePages(listed(), request.units, request.dir, templates) });
    } else {
      const written = writeArticles(request.jobs, listed(), options.discovery, request.dir, kept, templates, progress);
      flush();
      reply({ kind: "write", written });
    }
  } catch (error) {
    fail(error);
  }
});
