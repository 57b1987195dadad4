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
