// Keeps each article's body HTML (and plain text) between the read pass and the pass that uses it,
// packed as UTF-8 into large slabs: 100,000 separate 4 KB buffers cost far more memory (allocator
// overhead and fragmentation across threads) than the text itself. With a spill folder, every full
// slab goes to a temporary file and only the one being filled stays in memory: at 100,000 articles
// the threads kept about 1 GB of slabs, which held the build's process above 2 GB.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { OutputError } from "../errors.ts";

const SLAB_BYTES = 8 * 1024 * 1024;

/** Bytes in memory (`bytes`), or, once spilled, at `fileAt` in the spill file. */
interface Slab {
  bytes: Buffer | null;
  used: number;
  fileAt: number;
}

interface Entry {
  slab: Slab;
  start: number;
  end: number;
}

/**
 * Several kept texts as UTF-8 in one buffer, which can be moved to another thread without a copy. The texts
 * follow one another: text k ends at `ends[k]` and starts where the last text before it ended (or at 0);
 * `ends[k]` is -1 when none was kept for source k. unpackTexts() gives them back.
 */
export interface PackedTexts {
  bytes: Uint8Array;
  ends: Int32Array;
}

export interface BodyStore {
  put(source: string, html: string): void;
  /** Returns the body and forgets it; undefined when none was kept. */
  take(source: string): string | undefined;
  /** Like take() for each of `sources`, as UTF-8 bytes packed in one fresh buffer. */
  takeAll(sources: readonly string[]): PackedTexts;
  readonly size: number;
  /** Closes and deletes the spill file, if any. The store is empty afterwards. */
  close(): void;
}

/**
 * `spillDir`: where full slabs are written (a file of their own, deleted when the store closes, and
 * at once where the system allows: then it goes with the process however that ends). Without one,
 * all slabs stay in memory (small archives, tests).
 */
export function createBodyStore(spillDir: string | null = null): BodyStore {
  const entries = new Map<string, Entry>();
  let current: Slab | null = null;
  const spill = spillDir === null ? null : openSpillFile(spillDir);
  let spilled = 0;

  const writeOut = (slab: Slab): void => {
    if (spill === null || slab.bytes === null) return;
    try {
      writeSync(spill.fd, slab.bytes, 0, slab.used, spilled);
    } catch (cause) {
      throw new OutputError(spill.file, `could not keep article bodies in this temporary file (${(cause as Error).message}); free some space there, or point TMPDIR at a folder with room`, { cause });
    }
    slab.fileAt = spilled;
    spilled += slab.used;
    slab.bytes = null;
  };

  /** The entry kept for `source`, forgotten. */
  const takeEntry = (source: string): Entry | undefined => {
    const entry = entries.get(source);
    entries.delete(source);
    return entry;
  };

  /** Copies an entry's bytes into `target` at `at`, from its slab in memory or from the spill file. */
  const copyOut = ({ slab, start, end }: Entry, target: Uint8Array, at: number): void => {
    if (slab.bytes !== null) target.set(slab.bytes.subarray(start, end), at);
    else readSync((spill as SpillFile).fd, target, at, end - start, slab.fileAt + start);
  };

  return {
    put(source, html) {
      const length = Buffer.byteLength(html);
      if (current === null || current.used + length > (current.bytes as Buffer).length) {
        if (current !== null) writeOut(current);
        current = { bytes: Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, length)), used: 0, fileAt: -1 };
      }
      (current.bytes as Buffer).write(html, current.used, length, "utf8");
      entries.set(source, { slab: current, start: current.used, end: current.used + length });
      current.used += length;
    },
    take(source) {
      const entry = takeEntry(source);
      if (entry === undefined) return undefined;
      const { slab, start, end } = entry;
      // From memory, decoded where it lies; from the file, read first.
      if (slab.bytes !== null) return slab.bytes.toString("utf8", start, end);
      const bytes = Buffer.allocUnsafe(end - start);
      copyOut(entry, bytes, 0);
      return bytes.toString("utf8");
    },
    takeAll(sources) {
      const found = sources.map(takeEntry);
      const bytes = new Uint8Array(found.reduce((sum, entry) => sum + (entry === undefined ? 0 : entry.end - entry.start), 0));
      const ends = new Int32Array(found.length);
      let at = 0;
      found.forEach((entry, k) => {
        if (entry === undefined) {
          ends[k] = -1;
          return;
        }
        copyOut(entry, bytes, at);
        at += entry.end - entry.start;
        ends[k] = at;
      });
      return { bytes, ends };
    },
    get size() {
      return entries.size;
    },
    close() {
      entries.clear();
      current = null;
      if (spill !== null) spill.close();
    },
  };
}

interface SpillFile {
  fd: number;
  file: string;
  close(): void;
}

function openSpillFile(spillDir: string): SpillFile {
  let dir: string;
  try {
    dir = mkdtempSync(path.join(spillDir, "broadsheet-"));
  } catch (cause) {
    throw new OutputError(spillDir, `could not make a temporary folder for article bodies (${(cause as Error).message}); point TMPDIR at a writable folder`, { cause });
  }
  const file = path.join(dir, "kept");
  const fd = openSync(file, "w+", 0o600);
  // Unlinked while open where the system allows (not Windows): nothing is left behind even if the process is killed.
  let removed = false;
  try {
    unlinkSync(file);
    rmSync(dir, { recursive: true, force: true });
    removed = true;
  } catch {
    // Removed on close instead.
  }
  return {
    fd,
    file,
    close() {
      closeSync(fd);
      if (!removed) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The texts of a PackedTexts, as views into its buffer (no copies); undefined where none was kept. */
export function unpackTexts({ bytes, ends }: PackedTexts): (Uint8Array | undefined)[] {
  let start = 0;
  return Array.from(ends, (end) => {
    if (end < 0) return undefined;
    const text = bytes.subarray(start, end);
    start = end;
    return text;
  });
}
