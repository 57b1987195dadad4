import { describe as group, expect, it } from "vitest";
import { countWords } from "../../src/enrich/count-words.ts";
import { describe, truncate } from "../../src/enrich/describe.ts";

group("describe", () => {
  it("takes whole first sentences within 160 characters", () => {
    const text = "Kishi plans to visit the U.S. in May. He will meet Austin. " + "Then more words follow here. ".repeat(10);
    const d = describe(text, undefined);
    expect(d.startsWith("Kishi plans to visit the U.S. in May. He will meet Austin.")).toBe(true);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith(".")).toBe(true);
  });

  it("cuts a long first sentence at a word boundary with an ellipsis", () => {
    const text = "Defense Minister Nobuo Kishi plans to visit the United States in early May for talks with his U.S. counterpart Lloyd Austin about boosting cooperation amid ongoing tensions.";
    const d = describe(text, undefined);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith("…")).toBe(true);
    expect(text.startsWith(d.slice(0, -1))).toBe(true);
    expect(text[d.length - 1]).toBe(" ");
  });

  it("prefers the summary", () => {
    expect(describe("Body text.", "  A   summary. ")).toBe("A summary.");
  });

  it("truncate leaves short text alone", () => {
    expect(truncate("short")).toBe("short");
    expect(truncate("x".repeat(200)).length).toBeLessThanOrEqual(160);
  });
});

group("countWords", () => {
  it("counts words and reading time", () => {
    expect(countWords("The nation’s war-renouncing Constitution, 2,200 civilians.")).toEqual({ words: 6, readingMinutes: 1 });
    expect(countWords("word ".repeat(690)).readingMinutes).toBe(3);
  });

  it("counts each CJK character as a word", () => {
    expect(countWords("日本の防衛相").words).toBe(6);
    expect(countWords("防衛相 Kishi 訪米").words).toBe(6);
  });
});

group("enrich: description typography", () => {
  it("curls the quotes of a plain-text article's description", async () => {
    const { enrich } = await import("../../src/enrich/index.ts");
    const file = { path: "/x/a.txt", source: "a.txt", format: "text" as const };
    const parsed = { file, frontMatter: { tags: [] }, title: "T", body: "", text: "Russia's \"war\" -- on.", repairs: 0, warnings: [] };
    expect(enrich(parsed, { language: "en" }).description).toBe("Russia’s “war” – on.");
  });
});

group("countWords: edges", () => {
  it("joins words only across inner punctuation", () => {
    expect(countWords("U.S. officials, 5 million people -- and “quotes”.").words).toBe(7);
    expect(countWords("end.Start a,b").words).toBe(2);
    expect(countWords("Ελλάδα και Κύπρος").words).toBe(3);
    expect(countWords("𠀋𠀋 and kana かな").words).toBe(6);
    expect(countWords("").words).toBe(0);
  });
});

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function randomTexts(atoms: readonly string[], count: number, maxAtoms: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let text = "";
    for (let n = Math.floor(next() * maxAtoms); n > 0; n--) text += atoms[Math.floor(next() * atoms.length)];
    return text;
  });
}

group("countWords: the same count as the plain one-pass loop", () => {
  // countWords before it read through a table and a scratch buffer, kept as the reference.
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const isWordChar = (code: number) =>
    code < 128 ? /[A-Za-z0-9]/.test(String.fromCharCode(code)) : !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
  const joiners = new Set([0x27, 0x2e, 0x2d, 0x2c, 0x2019]);
  function reference(text: string): { words: number; readingMinutes: number } {
    let latin = 0;
    let cjk = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x1100 && CJK.test(code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : (text[i] as string))) {
        cjk++;
        inWord = false;
      } else if (isWordChar(code)) {
        if (!inWord) latin++;
        inWord = true;
      } else if (!(inWord && joiners.has(code) && isWordChar(text.charCodeAt(i + 1)))) {
        inWord = false;
      }
    }
    return { words: latin + cjk, readingMinutes: Math.max(1, Math.round(latin / 230 + cjk / 500)) };
  }
  const differing = (texts: Iterable<string>) => [...texts].filter((text) => JSON.stringify(countWords(text)) !== JSON.stringify(reference(text)));

  it("for every UTF-16 code unit, alone and between letters, digits and CJK", () => {
    const texts: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      texts.push(c, `a${c}b`, `a${c}`, `${c}1`, `日${c}`, `a${c}日`);
    }
    expect(differing(texts)).toEqual([]);
  });

  it("for random Latin-1 text and random text in any script", () => {
    const latin1 = ["a", "Z", "5", " ", ".", ",", "-", "'", "é", "ß", "ª", "²", "¼", "_", "\u00a0", "\n", "..", "a.b", "1,2", "\u00ad", "×"];
    const any = [...latin1, "’", "Ω", "日", "か", "カ", "한", "𠀋", "😀", "\ud840", "\udc0b", "\u0301", "٣", "‐"];
    expect(differing(randomTexts(latin1, 20_000, 14, 1))).toEqual([]);
    expect(differing(randomTexts(any, 20_000, 14, 2))).toEqual([]);
    expect(differing(randomTexts(any, 200, 3000, 3))).toEqual([]);
  });
});

group("describe: the same description as walking every sentence", () => {
  const sentences = new Intl.Segmenter("en", { granularity: "sentence" });
  // describe before it asked the segmenter only for the sentences around the limit, kept as the reference.
  function reference(text: string, limit: number): string {
    const opening = text.slice(0, limit + 60).replace(/\s+/g, " ").trim();
    let description = "";
    for (const { segment } of sentences.segment(opening)) {
      const next = description + segment;
      if (next.trimEnd().length > limit) break;
      description = next;
    }
    return description.trim() || truncate(opening, limit);
  }
  const atoms = [
    "The", "U.S.", "Mr.", "said", "he", "2,200", "3.5", "war.", "end!", "why?", '"Yes."', "'No'", "(see below.)", "e.g.", "Dr. Smith",
    "—", "...", "…", "日本語。", "Ελλάδα.", "b.", "C.", "\n\n", "\n", " ", "  ", "\t", "É.", "1.", "www.example.com.", "!", "?", ":", ";", "“Quote.”",
  ];

  it("for random sentence soup at several limits", () => {
    // Most atoms with a space after them, some run together.
    const spaced = [...atoms.map((atom) => `${atom} `), ...atoms];
    for (const [i, text] of randomTexts(spaced, 4_000, 80, 5).entries()) {
      const limit = [160, 20, 50, 100][i % 4] as number;
      expect(describe(text, undefined, limit), text).toBe(reference(text, limit));
    }
  });
});
