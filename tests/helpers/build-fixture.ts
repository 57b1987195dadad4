// Runs the real CLI in a child process into a fresh temp folder, and shares one build per (input, base URL, flags) in a test file.
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { BuildReport } from "../../src/types.ts";
import { REPO, makeTempDir } from "./temp.ts";

export const CLI = path.join(REPO, "bin", "broadsheet.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BuildOptions {
  input: string;
  /** Passed as --base-url. */
  baseUrl?: string;
  /** Appended after the standard flags, e.g. ["--strict"]. */
  extraArgs?: string[];
}

export interface BuiltSite extends CliResult {
  /** Fresh temp folder that holds `site/out` and `report.json`, and nothing else unless the build misbehaves. */
  root: string;
  /** The output folder (root/site/out). */
  out: string;
  report: BuildReport;
}

/** Runs `node bin/broadsheet.js ...args` with a working directory outside the repository. */
export function runCli(args: readonly string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[test harness] killed after ${timeoutMs} ms`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Builds `input` into a new temp folder; rejects with the CLI's output if it does not exit 0 with a report. */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const root = await makeTempDir("build");
  const out = path.join(root, "site", "out");
  await mkdir(path.dirname(out));
  const reportFile = path.join(root, "report.json");
  const args = ["build", "--input", options.input, "--output", out, "--report", reportFile];
  if (options.baseUrl !== undefined) args.push("--base-url", options.baseUrl);
  args.push(...(options.extraArgs ?? []));
  const result = await runCli(args, { cwd: root });
  const describe = (): string => `node bin/broadsheet.js ${args.join(" ")}\nexit code: ${result.code}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
  if (result.code !== 0) throw new Error(`The build failed.\n${describe()}`);
  let report: BuildReport;
  try {
    report = JSON.parse(await readFile(reportFile, "utf8")) as BuildReport;
  } catch (error) {
    throw new Error(`The build exited 0 but wrote no readable report (${String(error)}).\n${describe()}`);
  }
  return { root, out, report, ...result };
}

const shared = new Map<string, Promise<BuiltSite>>();

/** Like buildSite, but one build per (input, baseUrl, extraArgs) for the whole test file; call it from beforeAll. */
export function sharedBuild(options: BuildOptions): Promise<BuiltSite> {
  const key = JSON.stringify([options.input, options.baseUrl ?? null, options.extraArgs ?? []]);
  let build = shared.get(key);
  if (!build) {
    build = buildSite(options);
    shared.set(key, build);
  }
  return build;
}
