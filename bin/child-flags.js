// The V8 flags the CLI's build process runs with (bin/broadsheet.js starts it): limits for the main
// thread's heap and the young generation, the heaps' starting size, garbage collection on the
// collecting thread only, each unless the user set their own, and --expose-gc.

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
 * passed 2 GB. The flag reaches the worker threads too: with 16 MB (and single-threaded GC) their
 * read stage slowed, 104 → 114–117 s at 100,000 articles without search, peak 1,916 → 1,705 MB.
 */
export const SEMI_SPACE_MB = 32;

/**
 * Where each heap starts: V8 begins small and marks the whole heap again each time it grows, while the
 * build's heaps only grow through the read stage (the main thread keeps what the threads read, each
 * thread the words it has met). At 100,000 articles without search the main thread went through two
 * full collections while reading instead of six to eight, and three alternated pairs of builds took
 * 31.4/33.3/33.0 s against 33.6/32.9/33.9 s (CPU 61.4/64.6/64.1 s against 65.5/64.3/65.7 s), their
 * peak 1,523–1,568 MB against 1,436–1,496 MB.
 */
export const INITIAL_OLD_SPACE_MB = 256;

/**
 * The build keeps both cores busy with its own threads (and Pagefind's processes), so V8's background
 * GC tasks only compete with them: at 10,000 articles without search (three pairs) the build's CPU went
 * from 36.0/35.8/35.6 to 33.8/32.7/31.4 s, at 100,000 (two pairs) from 226.5/208.5 to 196.2/180.4 s
 * and the wall time from 119.9/110.4 to 104.4/96.0 s. The heap then gives back less on its own, so
 * the build collects where a thread goes idle (src/parallel/collect-garbage.ts).
 */
export const GC_FLAG = "--single-threaded-gc";

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
    ...(userSet.has("--initial-old-space-size") ? [] : [`--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`]),
    ...(userSet.has(GC_FLAG) || userSet.has(GC_FLAG.replace("--", "--no-")) ? [] : [GC_FLAG]),
    // Lets the build and its threads collect where they go idle (src/parallel/collect-garbage.ts).
    "--expose-gc",
  ];
  return { flags, limited };
}
