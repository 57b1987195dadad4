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

/** Trims and collapses every run of whitespace (line breaks included) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(ODD_WHITESPACE_RE, " ").trim();
}

function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC_RE, "");
}

/**
 * Whether two lines say the same, ignoring case, spacing and punctuation, so that "Nation s
 * plan" matches "Nation’s plan" whether or not its apostrophe has been repaired yet.
 */
export function sameText(a: string, b: string): boolean {
  const key = comparable(a);
  return key !== "" && key === comparable(b);
}
