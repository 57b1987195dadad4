// Character classes for scan-text: ASCII by table and arithmetic, everything else by Unicode property, which is rare.

const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
const LINE = 8;
/** The class of each ASCII character. */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return (/[A-Za-z]/.test(char) ? LETTER : 0) | (/\d/.test(char) ? DIGIT : 0) | (/\s/.test(char) ? SPACE : 0) | (/[\n\r]/.test(char) ? LINE : 0);
});
const ALNUM_RE = /[\p{L}\p{M}\p{N}]/uy;
const SPACE_RE = /\s/uy;

const classOf = (code: number): number => (code < 128 ? (ASCII[code] ?? 0) : 0);
export const isAsciiLetter = (code: number): boolean => classOf(code) === LETTER;
export const isDigit = (code: number): boolean => classOf(code) === DIGIT;
export const isLineBreak = (code: number): boolean => (classOf(code) & LINE) !== 0;

/** Code units of the character at `at`: two for a surrogate pair. */
export const width = (text: string, at: number): number => ((text.charCodeAt(at) & 0xfc00) === 0xd800 ? 2 : 1);

/** A letter, mark or digit of any script at `at`; false past the end. */
export function isAlnum(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (classOf(code) & (LETTER | DIGIT)) !== 0;
  if (Number.isNaN(code)) return false;
  ALNUM_RE.lastIndex = at;
  return ALNUM_RE.test(text);
}

export function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (classOf(code) & SPACE) !== 0;
  SPACE_RE.lastIndex = at;
  return SPACE_RE.test(text);
}

/** Letters, marks and digits from `at`; this loop sees every letter of the text, so ASCII is tested inline. */
export function alnumEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const code = text.charCodeAt(end);
    if (code < 128) {
      const lower = code | 32;
      if ((lower < 97 || lower > 122) && (code < 48 || code > 57)) return end;
      end++;
    } else if (isAlnum(text, end)) {
      end += width(text, end);
    } else {
      return end;
    }
  }
}
