// What the build keeps of an article's text for topics, related stories and duplicates: computed in
// the worker thread that reads the article, sent to the main thread, and held there for 100,000
// articles until the archive steps run: about 760 bytes, in one byte array.
import { countTerms } from "../keywords/count-terms.ts";
import type { TermCounts } from "../keywords/count-terms.ts";
import { FINGERPRINT_SIZE, createShingler } from "./fingerprint.ts";

/**
 * The term counts, fingerprint and terms of one article, packed in bytes (read it with unpackSummary):
 * no string and no object of its own, so that 100,000 of them, many views into a few buffers (see
 * src/cache/facts-cache.ts), cost the main thread's garbage collector nothing to keep and copy. Its
 * length is a multiple of 4, so summaries laid end to end each start where a Uint32Array may.
 */
export type TextSummary = Uint8Array;

export interface UnpackedSummary extends TermCounts {
  /** MinHash of the body's wording (fingerprint.ts); empty when the body has no words. */
  fingerprint: Uint8Array;
}

/** [term count, fingerprint length, terms' UTF-8 length] [key hashes…] [counts…] [fingerprint…] [terms…], each part padded to 4 bytes. */
const HEAD = 12;
const padded = (bytes: number): number => (bytes + 3) & ~3;

/** `text` is the plain body without the headline (ParsedArticle.text). */
export function summarizeText(title: string, text: string): TextSummary {
  // One pass over the words feeds both the term counts and the fingerprint.
  const shingler = createShingler();
  const { terms, keys, counts } = countTerms(title, text, { bodyWords: shingler });
  const fingerprint = shingler.finish();
  const termBytes = Buffer.byteLength(terms);
  const at = layout(keys.length, fingerprint.length);
  const summary = new Uint8Array(at.terms + padded(termBytes));
  const numbers = new Uint32Array(summary.buffer, 0, 3 + keys.length);
  numbers.set([keys.length, fingerprint.length, termBytes]);
  numbers.set(keys, 3);
  summary.set(counts, at.counts);
  summary.set(fingerprint, at.fingerprint);
  Buffer.from(summary.buffer).write(terms, at.terms);
  return summary;
}

/** Where each part starts. */
function layout(size: number, fingerprintSize: number): { counts: number; fingerprint: number; terms: number } {
  const counts = HEAD + 4 * size;
  const fingerprint = counts + padded(size);
  return { counts, fingerprint, terms: fingerprint + padded(fingerprintSize) };
}

/** Views into the summary, no copies but the terms' string. */
export function unpackSummary(summary: TextSummary): UnpackedSummary {
  // A summary another build or a test put at an odd offset is moved to where its numbers can be read.
  const bytes = summary.byteOffset % 4 === 0 ? summary : summary.slice();
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 3);
  const [size, fingerprintSize, termBytes] = [head[0]!, head[1]!, head[2]!];
  const at = layout(size, fingerprintSize);
  if (bytes.byteLength < at.terms + termBytes) throw new RangeError(`a term summary of ${bytes.byteLength} bytes is cut short: it says it holds ${at.terms + termBytes}`);
  return {
    terms: Buffer.from(bytes.buffer, bytes.byteOffset + at.terms, termBytes).toString("utf8"),
    keys: new Uint32Array(bytes.buffer, bytes.byteOffset + HEAD, size),
    counts: bytes.subarray(at.counts, at.counts + size),
    fingerprint: bytes.subarray(at.fingerprint, at.fingerprint + Math.min(fingerprintSize, FINGERPRINT_SIZE)),
  };
}
