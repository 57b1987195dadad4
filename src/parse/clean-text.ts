// Small text clean-ups shared by the parse steps: control characters, whitespace, comparisons.

// Vertical tab (Word's manual line break) and form feed (page break) end a line; other control
// characters and noncharacters are not allowed in HTML at all
// (https://html.spec.whatwg.org/#preprocessing-the-input-stream).
const LINE_BREAK_CONTROLS_RE = /[\u000b\u000c]/g;
const FORBIDDEN_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}]/gu;
// Only runs that are not already a single space: replacing every space is ten times slower.
const ODD_WHITESPACE_RE = /\s{2,}|[^\S ]/g;
const NOT_ALPHANUMERIC_RE = /[^\p{L}\p{N}]+/gu;

// A quick scan by code unit for anything the two expressions above could change (surrogates stand
// for the noncharacters outside the BMP): almost no article has any, and the Unicode-aware scan is slow.
const MAYBE_FORBIDDEN_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;

/** Removes the control characters and noncharacters HTML forbids; tabs and line breaks stay. */
export function removeControlCharacters(text: string): string {
  if (!MAYBE_FORBIDDEN_RE.test(text)) return text;
  return text.replace(LINE_BREAK_CONTROLS_RE, "\n").replace(FORBIDDEN_RE, "");
}

// The whitespace `\s` matches besides the space and Latin-1's: a one-byte string holds none of it,
// so V8 answers this test without looking.
const WIDE_WHITESPACE_RE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether ODD_WHITESPACE_RE would find anything. Most paragraphs have nothing for it, and these
 * substring searches cost less than replace() finding nothing (parse took a quarter less time).
 */
function hasOddWhitespace(text: string): boolean {
  return text.includes("  ") || text.includes("\n") || text.includes("\t") || text.includes("\r") ||
    text.includes("\v") || text.includes("\f") || text.includes("\u00a0") || WIDE_WHITESPACE_RE.test(text);
}

/** Trims and collapses every run of whitespace (line breaks included) to one space. */
export function collapseWhitespace(text: string): string {
  return (hasOddWhitespace(text) ? text.replace(ODD_WHITESPACE_RE, " ") : text).trim();
}

function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC_RE, "");
}

/** The code of an ASCII letter or digit in lower case, 0 for other ASCII, -1 past ASCII. */
function asciiKey(code: number): number {
  if (code >= 0x80) return -1;
  if (code >= 0x41 && code <= 0x5a) return code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? code : 0;
}

/**
 * Compares the comparable forms of `a` and `b` character by character while both are ASCII: null
 * when a non-ASCII character comes before the answer does. Most comparisons are of a headline
 * with a paragraph that differs in its first letters, where lowering whole paragraphs was waste.
 */
function sameAscii(a: string, b: string): boolean | null {
  let i = 0;
  let j = 0;
  let empty = true;
  for (;;) {
    let x = 0;
    while (i < a.length && (x = asciiKey(a.charCodeAt(i))) === 0) i++;
    let y = 0;
    while (j < b.length && (y = asciiKey(b.charCodeAt(j))) === 0) j++;
    if (x === -1 || y === -1) return null;
    const aDone = i >= a.length;
    const bDone = j >= b.length;
    if (aDone || bDone) return aDone && bDone && !empty;
    if (x !== y) return false;
    empty = false;
    i++;
    j++;
  }
}

/**
 * Whether two lines say the same, ignoring case, spacing and punctuation, so that "Nation s
 * plan" matches "Nation’s plan" whether or not its apostrophe has been repaired yet.
 */
export function sameText(a: string, b: string): boolean {
  const ascii = sameAscii(a, b);
  if (ascii !== null) return ascii;
  const key = comparable(a);
  return key !== "" && key === comparable(b);
}
