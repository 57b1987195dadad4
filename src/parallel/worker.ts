// A worker thread of the article pool: answers "read" and "write" requests from the build.
import { parentPort, workerData } from "node:worker_threads";
import { BroadsheetError } from "../errors.ts";
import { createTemplates } from "../render/index.ts";
import type { Reply, Request, WorkerOptions } from "./protocol.ts";
import { readArticles, writeArticles, writePages } from "./run-tasks.ts";
import { takeTexts } from "./tasks.ts";
import { createBodyStore } from "./body-store.ts";

const options = workerData as WorkerOptions;
const templates = createTemplates(options.templates);
/** Bodies and texts of the articles this thread read, until it writes their pages. */
const kept = { bodies: createBodyStore(), texts: createBodyStore() };
const port = parentPort;
if (port === null) throw new Error("src/parallel/worker.ts must run in a worker thread");

/** Progress is sent in steps, not per article: a message per article would cost more than the work. */
const STEP = 100;

port.on("message", (request: Request) => {
  let done = 0;
  const progress = () => {
    if (++done % STEP === 0) port.postMessage({ kind: "progress", done: STEP } satisfies Reply);
  };
  const flush = () => port.postMessage({ kind: "progress", done: done % STEP } satisfies Reply);
  try {
    if (request.kind === "read") {
      const outcomes = readArticles(request.files, options, kept, progress);
      flush();
      port.postMessage({ kind: "read", outcomes } satisfies Reply);
    } else if (request.kind === "texts") {
      port.postMessage({ kind: "texts", texts: takeTexts(request.sources, kept) } satisfies Reply);
    } else if (request.kind === "pages") {
      port.postMessage({ kind: "pages", written: writePages(request.jobs, request.dir, templates) } satisfies Reply);
    } else {
      const written = writeArticles(request.jobs, request.dir, kept, templates, options.site, progress);
      flush();
      port.postMessage({ kind: "write", written } satisfies Reply);
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ kind: "error", code: error instanceof BroadsheetError ? error.code : null, message: e.message, stack: e.stack ?? "" } satisfies Reply);
  }
});
