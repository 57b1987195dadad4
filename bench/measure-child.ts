// Runs one stage as a child process and measures it from outside: wall time around spawn, memory from /proc.

import { spawn } from "node:child_process";
import { watchMemory } from "./watch-memory.ts";
import type { MemoryPeak } from "./watch-memory.ts";

export interface ChildRun {
  seconds: number;
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  memory: MemoryPeak;
}

export interface ChildOptions {
  cwd: string;
  env?: Record<string, string>;
}

/** Keeps only the tail of a chatty child's output: enough to show an error, bounded for huge runs. */
const OUTPUT_LIMIT = 1 << 20;

export function measureChild(command: string, args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid === undefined) {
      child.once("error", reject);
      return;
    }
    const watch = watchMemory(child.pid);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout = (stdout + chunk).slice(-OUTPUT_LIMIT)));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-OUTPUT_LIMIT)));
    child.once("error", (error) => {
      watch.stop();
      reject(error);
    });
    child.once("close", (exitCode, signal) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ seconds, exitCode, signal, stdout, stderr, memory: watch.stop() });
    });
  });
}
