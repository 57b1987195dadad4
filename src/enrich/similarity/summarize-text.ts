// What the build keeps of an article's text for topics, related stories and duplicates: computed in
// the worker thread that reads the article, sent to the main thread, and held there for 100,000
// articles until the archive steps run: a string and one typed array, about 1 KB.
import { countTerms } from "../keywords/count-terms.ts";
import type { TermCounts } from "../keywords/count-terms.ts";
import { FINGERPRINT_SIZE, createShingler } from "./fingerprint.ts";

export interface TextSummary {
  /** The candidate terms as written, "\n"-separated (TermCounts.terms). */
  terms: string;
  /**
   * Term key hashes, counts and fingerprint in one array: three typed arrays cost 1.4 KB an
   * article after a structured clone, one costs 1 KB. Read it with unpackSummary().
   */
  packed: Uint32Array;
}

export interface UnpackedSummary extends TermCounts {
  /** MinHash of the body's wording (fingerprint.ts); empty when the body has no words. */
  fingerprint: Uint8Array;
}

/** `text` is the plain body without the headline (ParsedArticle.text). */
export function summarizeText(title: string, text: string): TextSummary {
  // One pass over the words feeds both the term counts and the fingerprint.
  const shingler = createShingler();
  const { terms, keys, counts } = countTerms(title, text, { bodyWords: shingler });
  const fingerprint = shingler.finish();
  // [term count, fingerprint length] [key hashes…] [counts, four a word…] [fingerprint, four a word…]
  const packed = new Uint32Array(2 + keys.length + Math.ceil(keys.length / 4) + fingerprint.length / 4);
  packed.set([keys.length, fingerprint.length]);
  packed.set(keys, 2);
  const bytes = new Uint8Array(packed.buffer);
  bytes.set(counts, (2 + keys.length) * 4);
  bytes.set(fingerprint, (2 + keys.length + Math.ceil(keys.length / 4)) * 4);
  return { terms, packed };
}

/** Views into the summary's array, no copies. */
export function unpackSummary({ terms, packed }: TextSummary): UnpackedSummary {
  const [size = 0, fingerprintSize = 0] = packed;
  const countsAt = (2 + size) * 4;
  const fingerprintAt = (2 + size + Math.ceil(size / 4)) * 4;
  return {
    terms,
    keys: packed.subarray(2, 2 + size),
    counts: new Uint8Array(packed.buffer, packed.byteOffset + countsAt, size),
    fingerprint: new Uint8Array(packed.buffer, packed.byteOffset + fingerprintAt, Math.min(fingerprintSize, FINGERPRINT_SIZE)),
  };
}
