// `broadsheet serve`: builds the site, serves it with Eleventy's dev server and rebuilds with a
// live reload whenever an article or a template changes.
import { watch } from "node:fs";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { build } from "./build.ts";
import { BroadsheetError } from "./errors.ts";
import type { Log } from "./log.ts";
import type { Settings } from "./types.ts";

/** Waits for a burst of saves to settle before rebuilding. */
const SETTLE_MS = 150;

export async function serve(settings: Settings, options: { log: Log; port: number; cwd: string }): Promise<void> {
  const { log } = options;
  const rebuild = async () => {
    try {
      const result = await build(settings, { log, cwd: options.cwd });
      log.summary(`Built ${result.articles} articles (${result.skipped} skipped) in ${result.seconds.toFixed(1)} seconds.`);
      return true;
    } catch (error) {
      if (!(error instanceof BroadsheetError)) throw error;
      log.summary(`broadsheet: ${error.message} (still serving the previous build)`);
      return false;
    }
  };
  await rebuild();
  const basePath = settings.site.baseUrl ? new URL(settings.site.baseUrl).pathname : "/";
  const server = EleventyDevServer.getServer("broadsheet", settings.output, { pathPrefix: basePath, domDiff: false, showVersion: false });
  server.serve(options.port);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (await rebuild()) server.reload({ files: [] });
      });
    }, SETTLE_MS);
  };
  const watchers = [settings.input, settings.templates].map((dir) => watch(dir, { recursive: true }, schedule));
  log.stage("serve", `watching ${settings.input} and ${settings.templates}; press Ctrl+C to stop`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      for (const w of watchers) w.close();
      void server.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
