// Remembers what each spelling of a word is, keyed by the tokenizer's hash and checked against the
// text itself, so a word met before costs no string: it made counting terms over twice as fast.

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
/** Emptied when half full: probe runs stay short, and memory stays bounded in a long build. */
const FULL = SLOTS >> 1;
/** Room for the spellings' characters, about eight each; emptied with the rest when full. */
const POOL = 1 << 18;
/** Longer "words" (a run of digits, a web address) are made anew each time rather than kept. */
const LONGEST_KEPT = 100;

export interface WordCache<T> {
  /** The value for text.slice(start, end), made by `make` the first time that spelling is seen; `units` are the text's code units. */
  get(text: string, units: Uint16Array, start: number, end: number, hash: number): T;
  /** How many times the cache was emptied: until it is again, one spelling has one value. */
  readonly generation: number;
}

export function createWordCache<T>(make: (word: string) => T): WordCache<T> {
  return new HashedWords(make);
}

/**
 * Open addressing over typed arrays, each spelling's characters kept in one pool of code units: checking
 * a word against the text then reads no string. V8 meets the cached strings in several representations
 * and stops inlining their charCodeAt(), which made each lookup take half as long again.
 */
class HashedWords<T> implements WordCache<T> {
  readonly #make: (word: string) => T;
  /** Slot → entry, or -1. */
  readonly #slots = new Int32Array(SLOTS).fill(-1);
  /** Three numbers an entry, side by side so one read of memory brings them: the word's hash, where its characters start in the pool, and how many. */
  readonly #entries = new Int32Array(3 * FULL);
  #values: T[] = [];
  readonly #pool = new Uint16Array(POOL);
  #used = 0;
  #pooled = 0;
  generation = 0;

  constructor(make: (word: string) => T) {
    this.#make = make;
  }

  get(text: string, units: Uint16Array, start: number, end: number, hash: number): T {
    const slots = this.#slots;
    const entries = this.#entries;
    const pool = this.#pool;
    const length = end - start;
    // FNV's low bits cluster for short words: spread them before using them as a slot.
    let slot = spread(hash) & MASK;
    for (let entry = slots[slot] as number; entry !== -1; entry = slots[slot] as number) {
      if (entries[3 * entry] === (hash | 0) && entries[3 * entry + 2] === length) {
        const from = entries[3 * entry + 1] as number;
        let same = 0;
        while (same < length && pool[from + same] === units[start + same]) same++;
        if (same === length) return this.#values[entry] as T;
      }
      slot = (slot + 1) & MASK;
    }
    return this.#add(text, units, start, end, hash, slot);
  }

  #add(text: string, units: Uint16Array, start: number, end: number, hash: number, free: number): T {
    const length = end - start;
    // A slice of 13 characters or more is a view that would keep the whole text alive: copy it.
    const slice = text.slice(start, end);
    const value = this.#make(length < 13 ? slice : slice.split("").join(""));
    if (length > LONGEST_KEPT) return value;
    let slot = free;
    if (this.#used === FULL || this.#pooled + length > POOL) {
      this.#slots.fill(-1);
      this.#values = [];
      this.#used = 0;
      this.generation++;
      this.#pooled = 0;
      slot = spread(hash) & MASK;
    }
    const entry = this.#used++;
    this.#slots[slot] = entry;
    this.#entries.set([hash | 0, this.#pooled, length], 3 * entry);
    this.#values[entry] = value;
    this.#pool.set(units.subarray(start, end), this.#pooled);
    this.#pooled += length;
    return value;
  }
}

/** Murmur3's finaliser. */
function spread(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
