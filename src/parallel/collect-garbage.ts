// One full garbage collection, now, on the calling thread. gc() exists when bin/broadsheet.js started
// the process (--expose-gc, which also reaches worker threads); elsewhere (tests) this does nothing.
//
// The build runs V8 with --single-threaded-gc (bin/child-flags.js): no background marking gives an idle
// heap's garbage back on its own, so the build collects where a thread stops allocating for a while.
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
