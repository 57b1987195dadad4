// Character classes for scan-text: one table for the Basic Multilingual Plane, each entry found by Unicode
// property the first time the character is met, so a text in any script is read without a regular expression.

const KNOWN = 1;
const LETTER = 2;
const DIGIT = 4;
/** A letter, mark or digit of any script. */
const ALNUM = 8;
const SPACE = 16;
const LINE = 32;
const classes = new Uint8Array(0x10000);
const ALNUM_RE = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/u;
// Letters outside the BMP are two code units: only a regular expression at the text itself reads them.
const ASTRAL_ALNUM_RE = /[\p{L}\p{M}\p{N}]/uy;

function learn(code: number): number {
  const char = String.fromCharCode(code);
  const isSurrogate = (code & 0xf800) === 0xd800;
  let kind = KNOWN;
  if (/[A-Za-z]/.test(char)) kind |= LETTER;
  if (/\d/.test(char)) kind |= DIGIT;
  if (!isSurrogate && ALNUM_RE.test(char)) kind |= ALNUM;
  if (!isSurrogate && SPACE_RE.test(char)) kind |= SPACE;
  if (/[\n\r]/.test(char)) kind |= LINE;
  classes[code] = kind;
  return kind;
}
for (let code = 0; code < 128; code++) learn(code);

/** The class of the code unit; 0 past the end of the text (NaN), which must not index the table: that made every lookup slow. */
const classOf = (code: number): number => (code < 0x10000 ? classes[code] || learn(code) : 0);

export const isAsciiLetter = (code: number): boolean => code < 128 && (classOf(code) & LETTER) !== 0;
export const isDigit = (code: number): boolean => code < 128 && (classOf(code) & DIGIT) !== 0;
export const isLineBreak = (code: number): boolean => (classOf(code) & LINE) !== 0;

/** Code units of the character at `at`: two for a surrogate pair. */
export const width = (text: string, at: number): number => ((text.charCodeAt(at) & 0xfc00) === 0xd800 ? 2 : 1);

/** A letter, mark or digit of any script at `at`; false past the end. */
export function isAlnum(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code & 0xf800) !== 0xd800) return (classOf(code) & ALNUM) !== 0;
  ASTRAL_ALNUM_RE.lastIndex = at;
  return ASTRAL_ALNUM_RE.test(text);
}

/** A letter, mark or digit of the Basic Multilingual Plane; never half of a surrogate pair, nor past the end (NaN). Also keywords/tokenize.ts's test. */
export const isBmpAlnum = (code: number): boolean => (classOf(code) & ALNUM) !== 0;

export const isSpace = (text: string, at: number): boolean => (classOf(text.charCodeAt(at)) & SPACE) !== 0;

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
