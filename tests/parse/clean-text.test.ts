import { describe, expect, it } from "vitest";
import { collapseWhitespace, removeControlCharacters, sameText } from "../../src/parse/clean-text.ts";

describe("sameText", () => {
  it("ignores case, spacing and punctuation", () => {
    expect(sameText("Nation s plan", "Nation’s  PLAN!")).toBe(true);
    expect(sameText("Nation s plan", "Nation s plans")).toBe(false);
    expect(sameText("---", "...")).toBe(false);
    expect(sameText("Ελλάδα", "ΕΛΛΆΔΑ")).toBe(true);
  });

  // The ASCII comparison must answer as comparing the lowered, letters-and-digits-only texts would.
  it("agrees with comparing whole comparable forms, on random ASCII and non-ASCII lines", () => {
    const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    const reference = (a: string, b: string) => comparable(a) !== "" && comparable(a) === comparable(b);
    const atoms = ["a", "A", "b", "1", " ", "’", "'", "-", ".", "é", "É", "İ", "K", "ß", "Σ", "ΑΣ", "日", "_", "\n"];
    let state = 9;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const line = () => Array.from({ length: Math.floor(next() * 8) }, () => atoms[Math.floor(next() * atoms.length)]).join("");
    for (let n = 0; n < 20_000; n++) {
      const a = line();
      const b = next() < 0.5 ? line() : next() < 0.5 ? a.toUpperCase() : a.replaceAll(" ", "");
      expect(sameText(a, b), JSON.stringify([a, b])).toBe(reference(a, b));
    }
  });
});

describe("collapseWhitespace and removeControlCharacters", () => {
  it("collapse what `.replace(/\\s{2,}|[^\\S ]/g, \" \").trim()` does, for every UTF-16 code unit", () => {
    const reference = (text: string) => text.replace(/\s{2,}|[^\S ]/g, " ").trim();
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, `a ${c}b`, `${c}`]) if (collapseWhitespace(text) !== reference(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("collapse every run of whitespace and drop what HTML forbids", () => {
    expect(collapseWhitespace("  a \n\t b\u00a0\u3000c  ")).toBe("a b c");
    expect(removeControlCharacters("a\u0007b\u000bc\ufdd0d")).toBe("ab\ncd");
  });
});
