// Finds the words of a text in one pass over its characters, for keywords and fingerprints alike.
import { isBmpAlnum } from "../entities/char-class.ts";

/**
 * Called once per word with its span, whether only spaces separate it from the word before, and a
 * 32-bit hash of the word with ASCII letters in lower case (FNV-1a), so callers need no string.
 * `units` are the text's UTF-16 code units, for a caller that compares the word with others.
 */
export type WordVisitor = (start: number, end: number, spaced: boolean, hash: number, units: Uint16Array) => void;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** For ASCII, a table: 0 for no word character, else the character folded to lower case. */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? code : code >= 65 && code <= 90 ? code | 32 : 0);

/** A letter, digit or mark. Surrogate halves are not: letters outside the BMP are rare in news text. */
const isWordChar = (code: number): boolean => (code < 128 ? ASCII[code] !== 0 : isBmpAlnum(code));

/** A word character as it is hashed (ASCII in lower case), or 0 for any other: one test a character. */
const foldedWordChar = (code: number): number => (code < 128 ? ASCII[code] as number : isWordChar(code) ? code : 0);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Folds ASCII capitals to lower case and ’ to ', so "Japan’s" and "japan's" hash alike. */
const fold = (code: number): number => (code < 128 ? ASCII[code] || code : code === RIGHT_QUOTE ? APOSTROPHE : code);

/**
 * The text's code units, and zeros after them so the scan may look three past the end. V8 reads a typed
 * array faster than charCodeAt(), which it stops inlining when texts come in several string representations.
 */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length + 3);
  Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, "utf16le");
  return units;
}

/**
 * Words are letters and digits joined by inner apostrophes and hyphens ("O'Brien", "long-awaited"),
 * dotted acronyms keep their dots ("U.S."), and digit groups stay whole ("1,200", "3.5"). A regex
 * match-all allocated a string per word; this loop allocates nothing (see src/enrich/count-words.ts).
 */
export function forEachWord(text: string, visit: WordVisitor): void {
  const units = codeUnits(text);
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    let folded = foldedWordChar(units[i] as number);
    if (folded === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    if (isAcronymAt(units, i)) {
      for (; isAcronymPairAt(units, i); i += 2) hash = Math.imul(Math.imul(hash ^ fold(units[i] as number), FNV_PRIME) ^ PERIOD, FNV_PRIME);
    } else {
      for (;;) {
        hash = Math.imul(hash ^ folded, FNV_PRIME);
        const code = units[++i] as number;
        folded = foldedWordChar(code);
        if (folded !== 0) continue;
        const next = units[i + 1] as number;
        const joins = code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN
          ? isWordChar(next)
          : (code === PERIOD || code === COMMA) && isDigit(units[i - 1] as number) && isDigit(next);
        if (!joins) break;
        hash = Math.imul(hash ^ fold(code), FNV_PRIME);
        // What follows a joiner is a word character.
        folded = foldedWordChar(units[++i] as number);
      }
    }
    visit(start, i, previousEnd >= 0 && onlySpaces(units, previousEnd, start), hash >>> 0, units);
    previousEnd = i;
  }
}

/** "U.S." or "U.K.": a letter and a dot, at least twice, not inside a longer word. */
const isAcronymPairAt = (units: Uint16Array, at: number): boolean => {
  const code = units[at] as number;
  return units[at + 1] === PERIOD && isWordChar(code) && !isDigit(code) && (at === 0 || !isWordChar(units[at - 1] as number));
};
const isAcronymAt = (units: Uint16Array, at: number): boolean => units[at + 1] === PERIOD && isAcronymPairAt(units, at) && isAcronymPairAt(units, at + 2);

function onlySpaces(units: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = units[i] as number;
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}
