// Pagefind's Node API drives one Pagefind process per thread; these watch it, so that a process that
// dies (killed for memory, say) fails the shard instead of leaving the API's promises unsettled forever.
import type { ChildProcess } from "node:child_process";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Writable } from "node:stream";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { OutputError } from "../errors.ts";

/** How long a shard waits for its Pagefind process to end once told to close, before going on without it. */
const EXIT_WAIT_MS = 5000;

/**
 * Waits for the closed process to end, at most EXIT_WAIT_MS. The timer holds the event loop open
 * meanwhile: the Node API unrefs its process, and with nothing else pending Node would exit mid-build.
 */
export async function untilExited(exited: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, EXIT_WAIT_MS)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Creates an index, and watches the process the Node API starts for it: if that process dies (killed
 * for memory, say) the API's promises never settle, so `ended` rejects instead.
 */
export async function startIndex(dir: string): Promise<{ index: PagefindIndex; ended: Promise<never>; exited: Promise<void>; input: Writable | null }> {
  let child: ChildProcess | undefined;
  const spawned = (message: unknown): void => {
    child ??= (message as { process: ChildProcess }).process;
  };
  // The Node API spawns its process synchronously inside createIndex when none is running.
  subscribe("child_process", spawned);
  let created: ReturnType<typeof pagefind.createIndex>;
  try {
    created = pagefind.createIndex({});
  } finally {
    unsubscribe("child_process", spawned);
  }
  const ended = new Promise<never>((_, reject) => {
    child?.once("exit", (code, signal) => reject(new Error(`its process ended with ${signal ?? `exit code ${code}`}`)));
  });
  // The normal close() ends the process too: `exited` waits for that, whatever the outcome. (The listener
  // above went on in the same tick as the spawn, so no exit can have been missed.)
  const exited: Promise<void> = child === undefined ? Promise.resolve() : ended.catch(() => {});
  const { index, errors } = await Promise.race([created, ended]);
  if (index === undefined) throw new OutputError(dir, `Pagefind could not start an index: ${errors.join("; ")}`);
  return { index, ended, exited, input: child?.stdin ?? null };
}

