import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse/index.ts";
import type { ParseResult } from "../../src/parse/index.ts";
import type { ParsedArticle } from "../../src/types.ts";

const SEED = readFileSync(new URL("../../seeds/000_ec386b1c77c78933.txt", import.meta.url), "utf8");
const FILE = { path: "/in/a.txt", source: "a.txt", format: "text" } as const;

function parseText(text: string): ParseResult {
  return parse({ file: FILE, text, encoding: "UTF-8" });
}

function article(text: string): ParsedArticle {
  const result = parseText(text);
  if (!result.ok) throw new Error(`skipped: ${result.skip.reason}`);
  return result.value;
}

describe("parse: the seed article", () => {
  const seed = article(SEED);
  const paragraphs = seed.body.split("\n\n");

  it("takes the first line as the headline and drops its repetition", () => {
    expect(seed.title).toBe("Japan defense minister to visit U.S. in May");
    expect(paragraphs[0]).toMatch(/^Defense Minister Nobuo Kishi plans/);
  });

  // Ten paragraphs once the repeated headline is dropped: the headline and nine in the body.
  it("keeps the nine body paragraphs, each on one line", () => {
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs.every((paragraph) => paragraph !== "" && !paragraph.includes("\n"))).toBe(true);
    expect(paragraphs[8]).toMatch(/^The nation’s .* by the end of the year\.$/);
  });

  it("repairs the lost apostrophe and counts it", () => {
    expect(seed.body).toContain("The nation’s war-renouncing Constitution");
    expect(seed.body).not.toContain("nation s");
    expect(seed.repairs).toBe(1);
  });

  it("keeps the body and plain text as written, but for the repaired apostrophes", () => {
    expect(seed.body).toContain("due to Russia's invasion");
    expect(seed.text).toContain("due to Russia's invasion");
    expect(seed.text).toContain("The nation’s war-renouncing Constitution");
    expect(seed.text.split("\n\n")).toHaveLength(9);
  });

  it("has no front matter and no warnings", () => {
    expect(seed.frontMatter).toEqual({ tags: [] });
    expect(seed.warnings).toEqual([]);
    expect(seed.file).toBe(FILE);
  });
});

describe("parse: plain text", () => {
  it("collapses the headline's whitespace and applies repairs and typography to it", () => {
    const parsed = article("\n\n   The  nation s \"new\" plan -- at last\nBody.");
    expect(parsed.title).toBe("The nation’s “new” plan – at last");
    expect(parsed.body).toBe("Body.");
    expect(parsed.repairs).toBe(1);
  });

  it("splits paragraphs at lines of only whitespace and joins line breaks with a space", () => {
    expect(article("H\n\none\ntwo\n \t \nthree").body).toBe("one two\n\nthree");
  });

  it("turns vertical tabs into line breaks and drops characters HTML forbids", () => {
    expect(article("H\n\na\u000bb\u0000c\u001bd\u0085e\ufdd0f\u{10ffff}g").body).toBe("a bcdefg");
  });

  it("takes the title from front matter and starts the body at the first line when it differs", () => {
    const parsed = article("---\ntitle: Tram drivers vote\ntags: [transport]\n---\nTOKYO (Kyodo)\nDrivers voted.");
    expect(parsed.title).toBe("Tram drivers vote");
    expect(parsed.body).toBe("TOKYO (Kyodo) Drivers voted.");
    expect(parsed.frontMatter.tags).toEqual(["transport"]);
  });

  it("drops a first line that repeats the front matter title, even before its repair", () => {
    const parsed = article("---\ntitle: The nation’s plan\n---\nThe nation s plan\n\nThe nation s plan\n\nBody.");
    expect(parsed.title).toBe("The nation’s plan");
    expect(parsed.body).toBe("Body.");
  });

  it("does not repair the front matter title", () => {
    expect(article("---\ntitle: it s written so\n---\nBody.").title).toBe("it s written so");
  });

  it("builds a headline without text, with a warning", () => {
    expect(article("Only a headline\n")).toMatchObject({
      title: "Only a headline",
      body: "",
      text: "",
      warnings: ["no article text; only a headline"],
    });
  });

  it("builds with bad YAML, with a warning naming the line", () => {
    const parsed = article("---\ntitle: Good\ndate: [2021\n---\nHeadline\n\nBody.");
    expect(parsed.title).toBe("Headline");
    expect(parsed.body).toBe("Body.");
    expect(parsed.warnings).toHaveLength(1);
    // js-yaml notices the unclosed "[" where the block ends: line 4, the closing "---".
    expect(parsed.warnings[0]).toMatch(/^front matter is not valid YAML \(line 4: unexpected end of the stream within a flow collection\); built without it$/);
  });

  it("warns about permalink and carries front matter warnings before the text's", () => {
    expect(article("---\npermalink: /x/\n---\nHeadline").warnings).toEqual([
      'front matter "permalink" is not supported and was ignored; use "slug"',
      "no article text; only a headline",
    ]);
  });

  it("skips a file with no text after its front matter", () => {
    for (const text of ["---\ntitle: T\n---\n", "---\ntitle: T\n---\n \n\t\n", "---\n---"]) {
      expect(parseText(text)).toEqual({ ok: false, skip: { source: "a.txt", reason: "no article text after front matter" } });
    }
  });

  it("skips a file with no text at all", () => {
    for (const text of ["", " \n\n\t", "\u0000\u0001"]) {
      expect(parseText(text)).toEqual({ ok: false, skip: { source: "a.txt", reason: "no article text" } });
    }
  });
});
