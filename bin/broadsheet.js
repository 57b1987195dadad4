#!/usr/bin/env node
// Entry point: compiles the TypeScript sources (see compile.js) and runs the CLI, in a child process
// with --expose-gc; its main-thread heap is held to HEAP_MB unless the user set a limit of their own.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "./compile.js";

/**
 * With a machine's memory free, V8 lets the main thread's garbage grow to gigabytes before collecting
 * it: a 100,000-article build peaked at 3.0 GB, and at 1.6 GB with this limit, in the same time.
 */
const HEAP_MB = 1024;

/** Lets the build collect once between its stages (src/build.ts, collectGarbage). */
const EXPOSE_GC = "--expose-gc";

const limited = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) => arg.startsWith("--max-old-space-size"));
if (process.env.BROADSHEET_CHILD === "1") {
  // Stack traces of bugs point into src/*.ts.
  process.setSourceMapsEnabled(true);
  const dir = await compile();
  const { main } = await import(pathToFileURL(path.join(dir, "cli.js")).href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const heap = limited ? [] : [`--max-old-space-size=${HEAP_MB}`];
  const child = spawn(process.execPath, [...heap, EXPOSE_GC, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BROADSHEET_CHILD: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (signal === "SIGABRT" || code === 134) {
      const limit = limited ? "by your --max-old-space-size" : `to ${HEAP_MB} MB`;
      process.stderr.write(`broadsheet: ran out of memory (its heap is limited ${limit}); for a bigger archive allow more, e.g. NODE_OPTIONS=--max-old-space-size=4096\n`);
      process.exitCode = 1;
    } else if (signal !== null) {
      // End the way the child ended, as a shell expects (our forwarding handler must not catch it).
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else {
      process.exitCode = code ?? 1;
    }
  });
}
