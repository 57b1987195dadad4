// Remembers what each spelling of a word is, keyed by the tokenizer's hash and checked against the
// text itself, so a word met before costs no string: it made counting terms over twice as fast.

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
/** Emptied when half full: linear probing stays short, and memory stays bounded in a long build. */
const FULL = SLOTS >> 1;

export interface WordCache<T> {
  /** The value for text.slice(start, end), made by `make` the first time that spelling is seen. */
  get(text: string, start: number, end: number, hash: number): T;
}

export function createWordCache<T>(make: (word: string) => T): WordCache<T> {
  let words = new Array<string | undefined>(SLOTS);
  let values = new Array<T>(SLOTS);
  let used = 0;
  return {
    get(text, start, end, hash) {
      let slot = hash & MASK;
      for (let word = words[slot]; word !== undefined; word = words[slot]) {
        if (word.length === end - start && same(word, text, start)) return values[slot] as T;
        slot = (slot + 1) & MASK;
      }
      if (used === FULL) {
        [words, values, used] = [new Array<string | undefined>(SLOTS), new Array<T>(SLOTS), 0];
        slot = hash & MASK;
      }
      // A slice of 13 characters or more is a view that would keep the whole text alive: copy it.
      const slice = text.slice(start, end);
      const word = slice.length < 13 ? slice : slice.split("").join("");
      const value = make(word);
      words[slot] = word;
      values[slot] = value;
      used++;
      return value;
    },
  };
}

/** A loop beats startsWith() for words this short. */
function same(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
