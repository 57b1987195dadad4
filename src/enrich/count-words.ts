// Counts words and reading time. Chinese, Japanese and Korean text has no spaces between words,
// so each ideograph, kana or hangul syllable counts as one word and is read at its own pace.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Joiners inside a word: "nation’s", "war-renouncing", "U.S.", "2,200" (' . - , ’). */
const JOINERS = new Set([0x27, 0x2e, 0x2d, 0x2c, 0x2019]);

/** Words a minute for spaced scripts, characters a minute for CJK. */
const WORDS_PER_MINUTE = 230;
const CJK_PER_MINUTE = 500;

export interface WordCount {
  words: number;
  readingMinutes: number;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return !Number.isNaN(code) && LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * One pass over the characters: a match-all regex allocated a string a word and took half of
 * the enrich stage's time at 10,000 articles.
 */
export function countWords(text: string): WordCount {
  let latin = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x1100 && CJK.test(code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i] as string)) {
      cjk++;
      inWord = false;
    } else if (isWordChar(code)) {
      if (!inWord) latin++;
      inWord = true;
    } else if (!(inWord && JOINERS.has(code) && isWordChar(text.charCodeAt(i + 1)))) {
      inWord = false;
    }
  }
  const minutes = latin / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE;
  return { words: latin + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}
