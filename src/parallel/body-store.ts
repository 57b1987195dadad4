// Keeps each article's body HTML between the read pass and the write pass, packed as UTF-8 into
// large slabs: 100,000 separate 4 KB buffers cost far more memory (allocator overhead and
// fragmentation across threads) than the 420 MB of text itself.

const SLAB_BYTES = 8 * 1024 * 1024;

/** A slab is freed by the garbage collector once no entry refers to it and it is no longer the current one. */
interface Slab {
  bytes: Buffer;
  used: number;
}

interface Entry {
  slab: Slab;
  start: number;
  end: number;
}

export interface BodyStore {
  put(source: string, html: string): void;
  /** Returns the body and forgets it; undefined when none was kept. */
  take(source: string): string | undefined;
  readonly size: number;
}

export function createBodyStore(): BodyStore {
  const entries = new Map<string, Entry>();
  let current: Slab | null = null;
  return {
    put(source, html) {
      const length = Buffer.byteLength(html);
      if (current === null || current.used + length > current.bytes.length) {
        current = { bytes: Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, length)), used: 0 };
      }
      current.bytes.write(html, current.used, length, "utf8");
      entries.set(source, { slab: current, start: current.used, end: current.used + length });
      current.used += length;
    },
    take(source) {
      const entry = entries.get(source);
      if (entry === undefined) return undefined;
      entries.delete(source);
      return entry.slab.bytes.toString("utf8", entry.start, entry.end);
    },
    get size() {
      return entries.size;
    },
  };
}
