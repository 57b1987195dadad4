// Resolves the build's Settings from defaults, an optional config file and CLI flags (flags win).
// The defaults need no config at all.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, UsageError } from "./errors.ts";
import type { Settings } from "./types.ts";

export const CONFIG_FILE = "broadsheet.config.json";
// Set by bin/compile.js in the bundle, which does not live in src/; from source, src/'s parent.
declare const __BROADSHEET_ROOT__: string | undefined;
export const PACKAGE_ROOT = typeof __BROADSHEET_ROOT__ === "string" ? __BROADSHEET_ROOT__ : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What a user may set, by flag or config file key. */
export interface SettingsInput {
  input?: string;
  output?: string;
  templates?: string;
  title?: string;
  description?: string;
  language?: string;
  baseUrl?: string;
  pageSize?: number | string;
  report?: string;
  strict?: boolean;
  quiet?: boolean;
  discovery?: boolean;
  search?: boolean;
  /** Folder for the facts cache, or false for none (--no-cache). */
  cache?: string | boolean;
}

const DEFAULTS = {
  input: "seeds",
  output: "dist",
  templates: path.join(PACKAGE_ROOT, "templates"),
  title: "Broadsheet",
  description: "An archive of news articles.",
  language: "en",
  pageSize: 20,
  cache: ".broadsheet-cache",
};

const KEYS = new Set(["input", "output", "templates", "title", "description", "language", "baseUrl", "pageSize", "discovery", "search", "cache"]);

/** Reads the config file named by --config, else ./broadsheet.config.json if there is one. */
export function readConfigFile(cwd: string, configPath?: string): { values: SettingsInput; dir: string } {
  const file = configPath === undefined ? path.join(cwd, CONFIG_FILE) : path.resolve(cwd, configPath);
  if (configPath === undefined && !existsSync(file)) return { values: {}, dir: cwd };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    const why = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `is not valid JSON (${(cause as Error).message})`;
    throw new ConfigError(file, `the config file ${why}; fix it or remove --config`, { cause });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(file, "the config file must hold a JSON object such as {\"title\": \"My archive\"}");
  }
  for (const key of Object.keys(parsed)) {
    if (!KEYS.has(key)) throw new ConfigError(file, `unknown setting "${key}"; known settings: ${[...KEYS].join(", ")}`);
  }
  return { values: parsed as SettingsInput, dir: path.dirname(file) };
}

function text(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`${name} must be non-empty text`);
  return value.trim();
}

export function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url "${value}" is not an absolute URL; write it like https://example.org/news/`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`--base-url "${value}" must start with http:// or https://`);
  if (url.search || url.hash) throw new UsageError(`--base-url "${value}" must not have a ?query or #fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

function language(value: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`--language "${value}" is not a language tag; use one like en, fr or pt-BR`);
}

function pageSize(value: number | string): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--page-size must be a whole number from 1 to 1000, not "${value}"`);
  return n;
}

/** On unless turned off (--no-discovery, "search": false). */
function flag(value: unknown, name: string): boolean {
  if (value === undefined) return true;
  if (typeof value !== "boolean") throw new UsageError(`${name} must be true or false, not ${JSON.stringify(value)}`);
  return value;
}

/** --cache DIR, --no-cache, or "cache": "dir" / false in the config file; by default .broadsheet-cache where the build runs. */
function cacheDir(flag: string | boolean | undefined, config: { values: SettingsInput; dir: string }, cwd: string): string | null {
  const check = (value: unknown, from: string): string | null => {
    if (value === false) return null;
    if (value === true) return path.resolve(cwd, DEFAULTS.cache);
    if (typeof value !== "string" || value.trim() === "") throw new UsageError(`cache must be a folder or false, not ${JSON.stringify(value)}`);
    return path.resolve(from, value);
  };
  if (flag !== undefined) return check(flag, cwd);
  if (config.values.cache !== undefined) return check(config.values.cache, config.dir);
  return path.resolve(cwd, DEFAULTS.cache);
}

/** Flags win over the config file, which wins over defaults. Paths resolve against where they were written. */
export function resolveSettings(flags: SettingsInput, cwd: string, config: { values: SettingsInput; dir: string }): Settings {
  const pick = <K extends keyof SettingsInput>(key: K) => flags[key] ?? config.values[key];
  const pathOf = (key: "input" | "output" | "templates") =>
    flags[key] !== undefined ? path.resolve(cwd, flags[key]) : config.values[key] !== undefined ? path.resolve(config.dir, config.values[key]) : path.resolve(cwd, DEFAULTS[key]);
  const baseUrl = pick("baseUrl");
  const report = flags.report;
  return {
    input: pathOf("input"),
    output: pathOf("output"),
    templates: pathOf("templates"),
    site: {
      title: text(pick("title") ?? DEFAULTS.title, "title"),
      description: text(pick("description") ?? DEFAULTS.description, "description"),
      language: language(pick("language") ?? DEFAULTS.language),
      baseUrl: baseUrl === undefined ? null : normaliseBaseUrl(baseUrl),
    },
    pageSize: pageSize(pick("pageSize") ?? DEFAULTS.pageSize),
    discovery: flag(pick("discovery"), "discovery"),
    search: flag(pick("discovery"), "discovery") && flag(pick("search"), "search"),
    cache: cacheDir(flags.cache, config, cwd),
    strict: flags.strict ?? false,
    quiet: flags.quiet ?? false,
    report: report === undefined ? null : path.resolve(cwd, report),
  };
}
