// Counts words and reading time. Chinese, Japanese and Korean text has no spaces between words,
// so each ideograph, kana or hangul syllable counts as one word and is read at its own pace.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+|(?<=\d),\d{3})*/gu;

/** Words a minute for spaced scripts, characters a minute for CJK. */
const WORDS_PER_MINUTE = 230;
const CJK_PER_MINUTE = 500;

export interface WordCount {
  words: number;
  readingMinutes: number;
}

export function countWords(text: string): WordCount {
  const cjk = text.match(CJK)?.length ?? 0;
  const spaced = cjk === 0 ? text : text.replace(CJK, " ");
  const latin = spaced.match(WORD)?.length ?? 0;
  const minutes = latin / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE;
  return { words: latin + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}
