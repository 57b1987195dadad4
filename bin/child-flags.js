// The V8 flags the CLI's build process runs with (bin/broadsheet.js starts it): limits for the main
// thread's heap unless the user set their own, and --expose-gc.

/**
 * With a machine's memory free, V8 lets the main thread's garbage grow to gigabytes before collecting
 * it: a 100,000-article build peaked at 3.0 GB, and at 1.6 GB with this limit, in the same time.
 */
export const HEAP_MB = 1024;

/**
 * The main thread's semi-space, twice V8's 16 MB: it takes in what the threads read and runs the
 * archive-wide steps, allocating a few GB of short-lived objects beside a heap of up to 800 MB, and
 * each scavenge costs 10–30 ms there. At 100,000 articles without search (two pairs of builds):
 * 130.1 → 116.4 s and 120.0 → 113.2 s, peak 1,672–1,675 → 1,771–1,791 MB; with 64 MB the peak
 * passed 2 GB. The threads keep V8's default (src/parallel/pool.ts).
 */
export const SEMI_SPACE_MB = 32;

/**
 * `userFlags`: the node flags the user gave (process.execArgv and NODE_OPTIONS). `limited`: whether
 * they hold the heap limit, so that running out of memory is theirs to raise.
 */
export function childFlags(userFlags) {
  // Node takes V8's flags with dashes or underscores.
  const userSet = new Set(userFlags.map((arg) => arg.split("=")[0].replaceAll("_", "-")));
  const limited = userSet.has("--max-old-space-size");
  const flags = [
    ...(limited ? [] : [`--max-old-space-size=${HEAP_MB}`]),
    ...(userSet.has("--max-semi-space-size") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]),
    // Lets the build collect once between its stages (src/build.ts, collectGarbage).
    "--expose-gc",
  ];
  return { flags, limited };
}
