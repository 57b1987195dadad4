// The command line: `broadsheet build`, `broadsheet serve`, --help, --version.
// Exit codes: 0 built, 1 not built, 2 usage error. A user error is one line; a bug shows its stack.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { BroadsheetError, UsageError } from "./errors.ts";
import { createLog } from "./log.ts";
import { PACKAGE_ROOT, readConfigFile, resolveSettings, type SettingsInput } from "./settings.ts";

const HELP = `Usage: broadsheet <command> [options]

Commands:
  build    Build the site from a folder of articles
  serve    Build, serve on localhost and rebuild when articles or templates change

Options:
  --input DIR         Folder of articles (.txt, .md, .markdown)      [default: seeds]
  --output DIR        Folder to write the site into                  [default: dist]
  --base-url URL      Absolute URL the site is served from, e.g. https://example.org/news/
  --report FILE       Write a JSON report of every article and skipped file
  --strict            Fail the build if any file is skipped or has warnings
  --quiet             Print nothing but errors
  --title TEXT        Site title                                     [default: Broadsheet]
  --description TEXT  Site description
  --language TAG      Site language, e.g. en, fr, pt-BR              [default: en]
  --page-size N       Articles per front-page page                   [default: 20]
  --no-search         Build no search index (and no search page)
  --no-discovery      Only article pages and the front page: no archive, people, places,
                      organizations, topics, related stories, feeds, sitemap or search
  --cache DIR         Keep what is found in each article (people, places, topics…) here, so
                      a rebuild reads again only what changed   [default: .broadsheet-cache]
  --no-cache          Keep nothing between builds
  --templates DIR     Use your own copy of the templates folder
  --config FILE       Settings file                                  [default: ./broadsheet.config.json if present]
  --port N            Port for serve                                 [default: 8080]
  -h, --help          Show this help
  -v, --version       Show the version

Exit status: 0 the site was built, 1 it was not, 2 the command was used wrongly.
`;

const OPTIONS = {
  input: { type: "string" },
  output: { type: "string" },
  "base-url": { type: "string" },
  report: { type: "string" },
  strict: { type: "boolean" },
  quiet: { type: "boolean" },
  title: { type: "string" },
  description: { type: "string" },
  language: { type: "string" },
  "page-size": { type: "string" },
  search: { type: "boolean" },
  discovery: { type: "boolean" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  templates: { type: "string" },
  config: { type: "string" },
  port: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} satisfies ParseArgsConfig["options"];

function version(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    // Node's own wording is long ("To specify a positional argument starting with a '-' …"): keep the first clause.
    const message = (error as Error).message.split(/\. |\n/)[0]?.replace(/^Unknown option '([^']+)'$/, "unknown option $1");
    throw new UsageError(`${message}; see broadsheet --help`);
  }
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) return void process.stdout.write(HELP), 0;
    if (values.version) return void process.stdout.write(`${version()}\n`), 0;
    const [command, ...extra] = positionals;
    if (command === undefined) throw new UsageError("no command given; use broadsheet build or broadsheet serve (see --help)");
    if (command !== "build" && command !== "serve") throw new UsageError(`unknown command "${command}"; use build or serve (see --help)`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"; options start with -- (see --help)`);
    const flags: SettingsInput = {
      input: values.input, output: values.output, baseUrl: values["base-url"], report: values.report,
      strict: values.strict, quiet: values.quiet, title: values.title, description: values.description,
      language: values.language, pageSize: values["page-size"], templates: values.templates,
      discovery: values.discovery, search: values.search,
      // Node 20's parseArgs reads --no-cache as `cache: false` (allowNegative) once "no-cache" is an option.
      cache: values["no-cache"] === true || (values.cache as unknown) === false ? false : values.cache,
    };
    const settings = resolveSettings(flags, cwd, readConfigFile(cwd, values.config));
    // Eleventy 3 registers an ESM loader hook (on its own thread) so that watch mode can re-import changed
    // JavaScript config and data files; Broadsheet has none, and the hook slowed every later import (1.3 s a build).
    process.env["ELEVENTY_SKIP_ESM_RESOLVER"] ??= "1";
    const log = createLog({ quiet: settings.quiet, tty: Boolean(process.stderr.isTTY) });
    if (command === "serve") {
      const { serve } = await import("./serve.ts");
      await serve(settings, { log, port: values.port === undefined ? 8080 : Number(values.port), cwd });
      return 0;
    }
    // Loaded only now: it pulls in Eleventy, which --help and usage errors do not need.
    const { build } = await import("./build.ts");
    const result = await build(settings, { log, cwd });
    if (process.env["BROADSHEET_BENCH_STATS"] === "1") {
      // For `npm run bench`: one JSON line with the stage times, this process's peak memory and CPU time.
      const maxRssMB = process.resourceUsage().maxRSS / 1024;
      const { user, system } = process.cpuUsage();
      const cpuSeconds = { self: (user + system) / 1e6, children: childrenCpuSeconds() };
      process.stdout.write(`${JSON.stringify({ seconds: result.seconds, maxRssMB, cpuSeconds, stages: result.stages })}\n`);
    }
    log.summary(
      `Built ${result.articles} articles (${result.skipped} skipped, ${result.repairs} apostrophes repaired), ` +
        `wrote ${result.pagesWritten} pages to ${path.relative(cwd, settings.output) || "."} in ${result.seconds.toFixed(1)} seconds` +
        (result.factsReused > 0 ? ` (what was found in ${result.factsReused} unchanged article${result.factsReused === 1 ? "" : "s"} was kept from the last build).` : "."),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`broadsheet: ${error.message}\n`);
      return 2;
    }
    if (error instanceof BroadsheetError) {
      process.stderr.write(`broadsheet: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`broadsheet: unexpected error (a bug: please report it with this output)\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/**
 * The CPU time of the processes this one started and saw end (Pagefind's), from /proc/self/stat's
 * cutime and cstime (in USER_HZ, 100 a second on Linux); null where there is no /proc.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces), from the 3rd: cutime is the 16th, cstime the 17th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}
