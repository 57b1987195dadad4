// What the build tells the person running it: one line per stage, a progress bar on a terminal,
// plain lines otherwise, and a closing summary. Everything but the summary goes to stderr.

export interface Log {
  stage(name: string, message: string): void;
  progress(done: number, total: number): void;
  warn(message: string): void;
  summary(message: string): void;
}

export const silentLog: Log = { stage() {}, progress() {}, warn() {}, summary() {} };

/** How many problems are printed before the rest are left to the report. */
const WARN_LIMIT = 20;

export function createLog(options: { quiet: boolean; tty: boolean; err?: NodeJS.WritableStream; out?: NodeJS.WritableStream }): Log {
  if (options.quiet) return silentLog;
  const err = options.err ?? process.stderr;
  const out = options.out ?? process.stdout;
  let warned = 0;
  let bar = false;
  let lastPercent = -1;
  const clearBar = () => {
    if (bar) err.write("\r\x1b[K");
    bar = false;
  };
  return {
    stage(name, message) {
      clearBar();
      lastPercent = -1;
      err.write(`[broadsheet] ${name.padEnd(7)} ${message}\n`);
    },
    progress(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      if (options.tty) {
        const width = 30;
        const filled = Math.round((percent / 100) * width);
        err.write(`\r  [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent}% ${done}/${total}`);
        bar = true;
        if (done === total) clearBar();
      } else if (percent % 25 === 0 && total >= 1000) {
        err.write(`  ${percent}% (${done}/${total})\n`);
      }
    },
    warn(message) {
      warned++;
      if (warned > WARN_LIMIT) return;
      clearBar();
      err.write(warned === WARN_LIMIT ? `  warning: ${message}\n  (further warnings are only in the report: use --report FILE)\n` : `  warning: ${message}\n`);
    },
    summary(message) {
      clearBar();
      out.write(`${message}\n`);
    },
  };
}
