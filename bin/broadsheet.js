#!/usr/bin/env node
// Entry point: compiles the TypeScript sources (see compile.js) and runs the CLI, in a child process
// with the V8 flags of child-flags.js.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { childFlags, HEAP_MB } from "./child-flags.js";
import { compile } from "./compile.js";

if (process.env.BROADSHEET_CHILD === "1") {
  // Stack traces of bugs point into src/*.ts.
  process.setSourceMapsEnabled(true);
  const dir = await compile();
  const { main } = await import(pathToFileURL(path.join(dir, "cli.js")).href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { flags, limited } = childFlags([...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)]);
  const child = spawn(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
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
