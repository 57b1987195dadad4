// The distinct tokens (whitespace-separated words) of the text indexed so far, each with what it indexes
// as: looked up straight from the text, without cutting a string out of it for every word. At 100,000
// articles a thread meets 30 million tokens; a Map keyed by a fresh substring each time cost it 5.5 s of
// 13.6 in scanning, and the substrings were most of its garbage.

/** Rust's char::is_whitespace (Unicode White_Space), on which Pagefind splits text into words. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** FNV-1a's 32-bit basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of text[from, to). */
export function hashRange(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export class TokenTable<V> {
  private keys: (string | undefined)[];
  private hashes: Uint32Array;
  private values: (V | undefined)[];
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 14) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Array<string | undefined>(slots);
    this.hashes = new Uint32Array(slots);
    this.values = new Array<V | undefined>(slots);
    this.mask = slots - 1;
  }

  /** The value for text[from, to) (hashed as `hash`), or `make(token)` stored for it when it is new. */
  get(text: string, from: number, to: number, hash: number, make: (token: string) => V): V {
    const length = to - from;
    let slot = hash & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === hash && key.length === length && sameRange(key, text, from)) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const token = text.slice(from, to);
    const value = make(token);
    this.keys[slot] = token;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    if (++this.size * 2 > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const slots = (this.mask + 1) * 2;
    this.keys = new Array<string | undefined>(slots);
    this.hashes = new Uint32Array(slots);
    this.values = new Array<V | undefined>(slots);
    this.mask = slots - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i]! & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i]!;
      this.values[slot] = values[i];
    }
  }
}

function sameRange(key: string, text: string, from: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
