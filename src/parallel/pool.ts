// Spreads per-article work over worker threads (one per core) in chunks, so both cores of a small
// machine work on a big archive; a small archive is done in-process, where threads would only add
// start-up. Each thread keeps the bodies it rendered, so every page is written by the thread that read it.
import { Worker } from "node:worker_threads";
import { discoverWords, type DiscoverOptions, type WordsFound, type WordsInput } from "../enrich/discover.ts";
import { BroadsheetError, type ErrorCode } from "../errors.ts";
import { createTemplates } from "../render/index.ts";
import type { SourceFile } from "../types.ts";
import type { Reply, Request, RequestBody, WorkerOptions } from "./protocol.ts";
import { allSiteUnits, siteUnitBatches, type SitePagesInput } from "../render/site-pages.ts";
import type { SiteData } from "../render/views.ts";
import type { ShardWriter } from "../search/build-index.ts";
import { readArticles, writeArticles, writeSitePages } from "./run-tasks.ts";
import { unpackTexts } from "./body-store.ts";
import { closeKept, createKept, takeTexts, unpackBatch, type ReadBatch, type ReadOutcome, type RenderJob } from "./tasks.ts";
import { createSharedFacts, type SharedFacts } from "../cache/facts-cache.ts";

/** Old-generation heap of each thread, in MB: what it keeps (half the bodies and texts of 100,000 articles) fits with room to spare. */
const THREAD_HEAP_MB = 1024;

/**
 * Articles per request: large enough to amortise messages, small enough to balance the threads. A thread
 * holds a request's outcomes until it answers, and its young-generation collections copy them: at 100,000
 * articles without search, requests of 200 made the read stage 17.6–18.8 s against 18.8–19.5 s with 500.
 */
const CHUNK = 200;

/**
 * Requests each thread holds at once: it starts on the next chunk while this thread takes in its answer
 * to the last (the facts of 200 articles, or a pause to collect garbage), instead of waiting for it.
 */
const IN_FLIGHT = 2;

/** Site pages a thread is given at a time: about 50 ms of work, so the threads finish within that of each other. */
const SITE_BATCH_PAGES = 500;

/** Runs `lane` IN_FLIGHT times at once: each takes chunks until none is left. */
async function inFlight(lane: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
}

export interface ArticlePool {
  read(files: readonly SourceFile[], progress: (done: number) => void, facts?: FactsCacheHooks): Promise<ReadOutcome[]>;
  /**
   * Sends every thread the listed articles and collections (once), which page jobs and site pages refer
   * to; null, once the pages are written, has them let go of it (and collect).
   */
  list(input: SitePagesInput | null): Promise<void>;
  write(jobs: readonly RenderJob[], dir: string, progress: (done: number) => void): Promise<number>;
  /** Writes search index shards: on the threads, as many at once as there are threads (each its own Pagefind process). */
  readonly shards: { write: ShardWriter; concurrency: number };
  /** The plain texts of `sources` as UTF-8 (kept when reading with `search` on), each given once. */
  texts(sources: readonly string[]): Promise<(Uint8Array | undefined)[]>;
  /**
   * Makes, renders and writes the site pages (archive, collections, indexes, their feeds) from what
   * `list` sent, dealt out in units to every thread; resolves with each unit's HTML page paths and the
   * number of files written.
   */
  site(dir: string): Promise<{ units: [number, string[]][][]; written: number }>;
  /**
   * Renders the front page and its pages, the search page, 404.html and robots.txt through Eleventy
   * (src/eleventy/render-site.ts), on a thread when there are threads; resolves with the files written.
   */
  front(data: SiteData, dir: string): Promise<number>;
  /**
   * Topics, near-duplicates and related stories (discoverWords), on the first thread when there are
   * threads, while the build's thread merges the entities; the input is copied to the thread at once.
   */
  words(input: WordsInput, options: DiscoverOptions): Promise<WordsFound>;
  /** Has every thread collect its garbage now, before it waits idle (see collect-garbage.ts). */
  collect(): Promise<void>;
  close(): Promise<void>;
}

/** How reading meets the facts cache (src/cache/facts-cache.ts). */
export interface FactsCacheHooks {
  /** The content hash of the facts cached for an article, so a thread can say they still hold. */
  cachedKey(source: string): string | null;
  /** Each chunk of facts found this build, as a thread sent it (in the cache's format). */
  found(chunk: Uint8Array): void;
}

const noCache: FactsCacheHooks = { cachedKey: () => null, found: () => {} };

export function createArticlePool(threads: number, options: WorkerOptions): ArticlePool {
  return threads < 1 ? inProcessPool(options) : workerPool(threads, options);
}

function inProcessPool(options: WorkerOptions): ArticlePool {
  const templates = createTemplates(options.templates);
  const kept = createKept(options.spillDir);
  // Eleventy takes 0.7 s to load: loaded while the articles are read.
  const eleventy = import("../eleventy/render-site.ts");
  eleventy.catch(() => {}); // A failure to load is reported by front().
  let listing: SitePagesInput | null = null;
  const listed = (): SitePagesInput => {
    if (listing === null) throw new Error("pages were asked for before list() sent what they refer to");
    return listing;
  };
  return {
    read: async (files, progress, facts = noCache) => received(readArticles(files, files.map((f) => facts.cachedKey(f.source)), options, kept, () => progress(1)), facts),
    list: async (input) => void (listing = input),
    write: async (jobs, dir, progress) => writeArticles(jobs, listed(), options.discovery, dir, kept, templates, () => progress(1)),
    texts: async (sources) => unpackTexts(takeTexts(sources, kept)),
    // Loaded on first use, as on the threads: builds without search never need Pagefind's module.
    shards: { write: async (shard, dir) => (await import("../search/write-shard.ts")).writeShard(shard, dir), concurrency: 1 },
    site: async (dir) => {
      const { units, written } = writeSitePages(listed(), allSiteUnits(listed()), dir, templates);
      return { units: [units], written };
    },
    front: async (data, dir) => (await eleventy).renderSite(options.templates, dir, data).then(({ written }) => written),
    words: async (input, discoverOptions) => discoverWords(input, discoverOptions),
    // No threads: the build's own thread collects where src/build.ts says.
    collect: async () => {},
    close: async () => closeKept(kept),
  };
}

/** A read batch's outcomes, its found facts put back, after its chunk of facts went to the cache. */
function received(batch: ReadBatch, facts: FactsCacheHooks, shared?: SharedFacts): ReadOutcome[] {
  if (batch.found !== null) facts.found(batch.found);
  return unpackBatch(batch, shared);
}

function chunked<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  return chunks;
}

// From the bundle (bin/compile.js) the worker's entry sits in parallel/ beside it; from source (tests),
// a thread must load tsx before it can import TypeScript.
const WORKER_ENTRY = import.meta.url.endsWith(".ts") ? new URL("./worker-boot.js", import.meta.url) : new URL("./parallel/worker.js", import.meta.url);

function workerPool(threads: number, options: WorkerOptions): ArticlePool {
  // A thread's heap is held to THREAD_HEAP_MB: with the machine's memory free, V8 would otherwise let the
  // garbage of 100,000 pages pile up (one process peaked at 3.2 GB) before collecting it.
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_ENTRY, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } }));
  /** What list() last sent the threads. */
  let listing: SitePagesInput | null = null;
  /** Which thread read (and holds the body of) each article, by source path. */
  const owner = new Map<string, number>();
  const shardsWaiting = workers.map(() => 0);

  const asks = new Map(workers.map((worker) => [worker, connect(worker)]));
  /** Sends one request to a worker and waits for its answer, passing progress on. */
  const ask = (worker: Worker, body: RequestBody, progress: (done: number) => void): Promise<Reply> => asks.get(worker)!(body, progress);

  return {
    async read(files, progress, facts = noCache) {
      const chunks = chunked(files);
      const results: ReadOutcome[][] = new Array(chunks.length);
      // The entities' names are kept once for the whole archive, not once a chunk.
      const shared = createSharedFacts();
      let next = 0;
      // Whichever thread is free takes the next chunk; results keep the input order.
      await Promise.all(
        workers.map((worker, w) =>
          inFlight(async () => {
            while (next < chunks.length) {
              const index = next++;
              const chunk = chunks[index]!;
              const reply = await ask(worker, { kind: "read", files: chunk, cachedKeys: chunk.map((f) => facts.cachedKey(f.source)) }, progress);
              const outcomes = reply.kind === "read" ? received(reply, facts, shared) : [];
              for (const o of outcomes) if ("article" in o) owner.set(o.article.source, w);
              results[index] = outcomes;
            }
          }),
        ),
      );
      return results.flat();
    },
    async write(jobs, dir, progress) {
      const counts = await Promise.all(
        workers.map(async (worker, w) => {
          const chunks = chunked(jobs.filter((job) => owner.get(job.source) === w));
          let [next, written] = [0, 0];
          await inFlight(async () => {
            while (next < chunks.length) {
              const reply = await ask(worker, { kind: "write", jobs: chunks[next++]!, dir }, progress);
              if (reply.kind === "write") written += reply.written;
            }
          });
          return written;
        }),
      );
      return counts.reduce((sum, n) => sum + n, 0);
    },
    shards: {
      concurrency: workers.length,
      // Whichever thread has the fewest shards waiting takes the next; each runs one Pagefind process at a time.
      write: async (shard, dir) => {
        const w = shardsWaiting.indexOf(Math.min(...shardsWaiting));
        shardsWaiting[w]!++;
        try {
          const reply = await ask(workers[w]!, { kind: "shard", shard, dir }, () => {});
          return { fallback: reply.kind === "shard" ? reply.fallback : null };
        } finally {
          shardsWaiting[w]!--;
        }
      },
    },
    async texts(sources) {
      // Each thread is asked for the texts it kept; the answers are put back in the order asked.
      const byWorker = workers.map(() => [] as number[]);
      sources.forEach((source, i) => byWorker[owner.get(source) ?? 0]!.push(i));
      const texts: (Uint8Array | undefined)[] = new Array(sources.length);
      await Promise.all(
        workers.map(async (worker, w) => {
          const mine = byWorker[w]!;
          if (mine.length === 0) return;
          const reply = await ask(worker, { kind: "texts", sources: mine.map((i) => sources[i]!) }, () => {});
          if (reply.kind === "texts") unpackTexts(reply.texts).forEach((text, k) => (texts[mine[k]!] = text));
        }),
      );
      return texts;
    },
    async list(input) {
      listing = input;
      await Promise.all(workers.map((worker) => ask(worker, { kind: "list", input }, () => {})));
    },
    async site(dir) {
      if (listing === null) throw new Error("site pages were asked for before list() sent what they refer to");
      // Whichever thread is free takes the next batch of units, between its page jobs (a thread handles
      // messages in the order sent): the thread with fewer articles to write makes more of the site pages.
      const batches = siteUnitBatches(listing, SITE_BATCH_PAGES);
      const units: [number, string[]][][] = [];
      let [next, written] = [0, 0];
      await Promise.all(
        workers.map(async (worker) => {
          while (next < batches.length) {
            const reply = await ask(worker, { kind: "site", units: batches[next++]!, dir }, () => {});
            if (reply.kind === "site") {
              units.push(reply.units);
              written += reply.written;
            }
          }
        }),
      );
      return { units, written };
    },
    async front(data, dir) {
      // A thread of its own, which ends when Eleventy is done: what Eleventy keeps (about 300 MB at
      // 100,000 articles) goes with it, instead of staying in a thread that still has pages to write.
      const worker = new Worker(WORKER_ENTRY, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
      const askIt = connect(worker);
      try {
        const reply = await askIt({ kind: "front", data, dir });
        return reply.kind === "front" ? reply.written : 0;
      } finally {
        await askIt({ kind: "close" }).catch(() => {});
        await worker.terminate();
      }
    },
    async words(input, discoverOptions) {
      // The first reading thread, idle until render: a thread of its own would cost the build another
      // isolate (about 60 MB) at its busiest moment for memory.
      const reply = await ask(workers[0]!, { kind: "words", input, options: discoverOptions }, () => {});
      if (reply.kind !== "words") throw new Error(`a thread answered ${reply.kind} to the archive-wide steps on words`);
      // Their garbage (a few hundred MB at 100,000 articles) goes before the thread renders pages.
      ask(workers[0]!, { kind: "collect" }, () => {}).catch(() => {});
      return reply.found;
    },
    async collect() {
      await Promise.all(workers.map((worker) => ask(worker, { kind: "collect" }, () => {})));
    },
    close: async () => {
      // The threads close their spill files first: a file a thread opened stays open after it ends.
      await Promise.all(workers.map((worker) => ask(worker, { kind: "close" }, () => {}).catch(() => {})));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Sends a request to one thread and waits for its answer, passing progress on. */
type Ask = (body: RequestBody, progress?: (done: number) => void) => Promise<Reply>;

/** Listens to `worker`'s replies, errors and exit, and gives the function that asks it. */
function connect(worker: Worker): Ask {
  // Replies name the request they answer: a thread may answer out of order (shards are asynchronous).
  interface Waiting {
    resolve: (reply: Reply) => void;
    reject: (error: Error) => void;
    progress: (done: number) => void;
  }
  const waiting = new Map<number, Waiting>();
  /** Once the thread has ended (after an error, say), asking it would wait forever. */
  let ended = false;
  let nextId = 0;
  worker.on("message", (reply: Reply) => {
    const request = waiting.get(reply.id);
    if (reply.kind === "progress") return request?.progress(reply.done);
    waiting.delete(reply.id);
    if (reply.kind === "error") request?.reject(rebuildError(reply));
    else request?.resolve(reply);
  });
  worker.on("error", (error) => {
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  });
  worker.on("exit", (code) => {
    ended = true;
    for (const request of waiting.values()) request.reject(new Error(`a worker thread ended (exit code ${code}) before it answered`));
    waiting.clear();
  });
  return (body, progress = () => {}) =>
    new Promise<Reply>((resolve, reject) => {
      if (ended) return reject(new Error("the worker thread has ended"));
      const id = nextId++;
      waiting.set(id, { resolve, reject, progress });
      worker.postMessage({ id, ...body } satisfies Request);
    });
}

/** A user-facing error from a worker stays one (one line, no stack); a bug keeps its stack. */
function rebuildError(reply: Extract<Reply, { kind: "error" }>): Error {
  if (reply.code !== null) return new BroadsheetError(reply.code as ErrorCode, reply.message);
  const error = new Error(reply.message);
  error.stack = reply.stack;
  return error;
}
