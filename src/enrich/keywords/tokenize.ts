// Finds the words of a text in one pass over its characters, for keywords and fingerprints alike.

/**
 * Called once per word with its span, whether only spaces separate it from the word before, and a
 * 32-bit hash of the word with ASCII letters in lower case (FNV-1a), so callers need no string.
 */
export type WordVisitor = (start: number, end: number, spaced: boolean, hash: number) => void;

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
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

function isWordChar(code: number): boolean {
  if (code < 128) return ASCII[code] !== 0;
  // Surrogate halves are not tested one by one: letters outside the BMP are rare in news text.
  return (code < 0xd800 || code > 0xdfff) && LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Folds ASCII capitals to lower case and ’ to ', so "Japan’s" and "japan's" hash alike. */
const fold = (code: number): number => (code < 128 ? ASCII[code] || code : code === RIGHT_QUOTE ? APOSTROPHE : code);

/**
 * Words are letters and digits joined by inner apostrophes and hyphens ("O'Brien", "long-awaited"),
 * dotted acronyms keep their dots ("U.S."), and digit groups stay whole ("1,200", "3.5"). A regex
 * match-all allocated a string per word; this loop allocates nothing (see src/enrich/count-words.ts).
 */
export function forEachWord(text: string, visit: WordVisitor): void {
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    if (isAcronymAt(text, i)) {
      for (; isAcronymPairAt(text, i); i += 2) hash = Math.imul(Math.imul(hash ^ fold(text.charCodeAt(i)), FNV_PRIME) ^ PERIOD, FNV_PRIME);
    } else {
      for (;;) {
        hash = Math.imul(hash ^ fold(code), FNV_PRIME);
        code = text.charCodeAt(++i);
        if (isWordChar(code)) continue;
        const next = text.charCodeAt(i + 1);
        const joins = code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN
          ? isWordChar(next)
          : (code === PERIOD || code === COMMA) && isDigit(text.charCodeAt(i - 1)) && isDigit(next);
        if (!joins) break;
        hash = Math.imul(hash ^ fold(code), FNV_PRIME);
        code = text.charCodeAt(++i);
      }
    }
    visit(start, i, previousEnd >= 0 && onlySpaces(text, previousEnd, start), hash >>> 0);
    previousEnd = i;
  }
}

/** "U.S." or "U.K.": a letter and a dot, at least twice, not inside a longer word. */
const isAcronymPairAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return text.charCodeAt(at + 1) === PERIOD && isWordChar(code) && !isDigit(code) && !isWordChar(text.charCodeAt(at - 1) || 32);
};
const isAcronymAt = (text: string, at: number): boolean => text.charCodeAt(at + 1) === PERIOD && isAcronymPairAt(text, at) && isAcronymPairAt(text, at + 2);

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}
