// How a word is written: capitalised as names are ("Kishi", "al-Hawa"), or in capitals ("TOKYO").

const CAPITAL_RE = /^(?:\p{Lu}|(?:al|el|ad|as|an|ar|ash|at|az|abu|bin|ibn)-\p{Lu})/u;
const SHOUTED_RE = /^\p{Lu}{3,}$/u;
const HYPHEN = 45;

const isCapital = (code: number): boolean => code >= 65 && code <= 90;
const isSmall = (code: number): boolean => code >= 97 && code <= 122;

export const isCapitalised = (word: string): boolean => CAPITAL_RE.test(word);

/**
 * isCapitalised(text.slice(start, end)), settled by the first letters where they can tell: the tokenizer asks
 * this of every token while its text is at hand, since asking the tokens later cost a fifth of finding runs
 * (V8 meets token strings in so many representations that it stops inlining their charCodeAt).
 */
export function isCapitalisedAt(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (isCapital(code)) return true;
  // Only "al-", "abu-" and the like put a capital after a small letter.
  const hyphenated = (end - start > 2 && text.charCodeAt(start + 2) === HYPHEN) || (end - start > 3 && text.charCodeAt(start + 3) === HYPHEN);
  return (code >= 128 || hyphenated) && isCapitalised(text.slice(start, end));
}

/** Three capitals or more and nothing else ("NATO", "TOKYO"), for text.slice(start, end). */
export function isShoutedAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (end - start < 3 || isSmall(first) || isSmall(text.charCodeAt(start + 1)) || (first < 128 && !isCapital(first))) return false;
  return SHOUTED_RE.test(text.slice(start, end));
}
