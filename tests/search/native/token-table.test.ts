// The native search writer's token table: every distinct token gets one value, found again from any text
// that holds it, through growth and hash collisions alike.
import { describe, expect, it } from "vitest";
import { hashRange, isWhitespace, TokenTable } from "../../../src/search/native/token-table.ts";

describe("native search: the token table", () => {
  it("gives each distinct token one value, found again from another text, after growing many times", () => {
    const table = new TokenTable<{ token: string }>(4);
    let made = 0;
    const make = (token: string) => (made++, { token });
    const tokens = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
    for (const t of tokens) table.get(t, 0, t.length, hashRange(t, 0, t.length), make);
    expect(table.size).toBe(50_000);
    expect(made).toBe(50_000);
    // The same tokens inside a longer text: found, not made again.
    const text = ` ${tokens.join("  ")} `;
    let at = 0;
    for (const t of tokens) {
      const from = text.indexOf(t, at);
      at = from + t.length;
      expect(table.get(text, from, at, hashRange(text, from, at), make).token).toBe(t);
    }
    expect(made).toBe(50_000);
  });

  it("tells tokens apart when their hashes are equal", () => {
    const table = new TokenTable<string>(4);
    const make = (token: string) => `value of ${token}`;
    // One hash for all: every lookup walks the same chain and must compare the text itself.
    for (const t of ["ab", "ba", "abc", "a", "b"]) expect(table.get(t, 0, t.length, 7, make)).toBe(`value of ${t}`);
    expect(table.get("xbay", 1, 3, 7, () => "made again")).toBe("value of ba");
    expect(table.get("abc", 0, 2, 7, () => "made again")).toBe("value of ab");
    expect(table.size).toBe(5);
  });

  it("splits on Rust's whitespace: not on U+200B or U+FEFF, but on U+0085 and U+3000", () => {
    const ws = [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    const not = [0, 8, 14, 31, 33, 0x84, 0x200b, 0x2060, 0xfeff, 0x3001];
    expect(ws.filter((c) => !isWhitespace(c))).toEqual([]);
    expect(not.filter((c) => isWhitespace(c))).toEqual([]);
  });
});
