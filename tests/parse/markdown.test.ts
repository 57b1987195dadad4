import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse/index.ts";
import type { ParseResult } from "../../src/parse/index.ts";
import type { ParsedArticle } from "../../src/types.ts";

const FILE = { path: "/in/a.md", source: "a.md", format: "markdown" } as const;

function parseMarkdown(text: string): ParseResult {
  return parse({ file: FILE, text, encoding: "UTF-8" });
}

function article(text: string): ParsedArticle {
  const result = parseMarkdown(text);
  if (!result.ok) throw new Error(`skipped: ${result.skip.reason}`);
  return result.value;
}

describe("parse: Markdown titles", () => {
  it("takes the first # heading as the title, as plain text, and removes it from the body", () => {
    const parsed = article("# Library *extends* \"weekend\" hours\n\nText.\n\n## More\n");
    expect(parsed.title).toBe("Library extends “weekend” hours");
    expect(parsed.body).toBe("Text.\n\n## More");
    expect(parsed.warnings).toEqual([]);
  });

  it("takes a setext heading, removing both of its lines", () => {
    const parsed = article("Library hours\n=============\nText.\n");
    expect(parsed.title).toBe("Library hours");
    expect(parsed.body).toBe("Text.");
  });

  it("takes the first top-level h1 even after other text, leaving a blank line in its place", () => {
    const parsed = article("> # Quoted\n\nIntro\n# Title\nText\n");
    expect(parsed.title).toBe("Title");
    expect(parsed.body).toBe("> # Quoted\n\nIntro\n\nText");
  });

  it("prefers the front matter title and keeps a different first heading", () => {
    const parsed = article("---\ntitle: From front matter\n---\n# In the text\n\nBody.");
    expect(parsed.title).toBe("From front matter");
    expect(parsed.body).toBe("# In the text\n\nBody.");
  });

  it("removes a first heading that says the same as the front matter title", () => {
    const parsed = article("---\ntitle: Port expands\n---\n\n#  Port  expands!\n\nBody.");
    expect(parsed.body).toBe("Body.");
    expect(parsed.text).toBe("Body.");
  });

  it("falls back to the first line with a warning, removing a one-line first paragraph", () => {
    const parsed = article("**Weekly** market report\n\nGrain prices held steady.");
    expect(parsed.title).toBe("Weekly market report");
    expect(parsed.body).toBe("Grain prices held steady.");
    expect(parsed.warnings).toEqual(["no title found; used the first line"]);
  });

  it("falls back to the first line of a longer paragraph, which stays in the body", () => {
    const parsed = article("First line\nsecond line.\n\nMore.");
    expect(parsed.title).toBe("First line");
    expect(parsed.body).toBe("First line\nsecond line.\n\nMore.");
    expect(parsed.warnings).toEqual(["no title found; used the first line"]);
  });

  it("builds a file of only a heading, with a warning", () => {
    expect(article("# Only a headline\n")).toMatchObject({
      title: "Only a headline",
      body: "",
      text: "",
      warnings: ["no article text; only a headline"],
    });
  });
});

describe("parse: Markdown text", () => {
  it("gives plain text: no markup, paragraphs apart, line breaks as spaces, table rows as lines", () => {
    const parsed = article(
      "# T\n\nSome *em* and [a link](https://example.org) and `code`\nnext line.\n\n" +
        "- one\n- two ![alt text](x.png)\n\n```\nfenced\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(parsed.text).toBe(
      "Some em and a link and code next line.\n\none\n\ntwo alt text\n\nfenced\n\na b\n\n1 2",
    );
  });

  it("keeps what the author wrote: no apostrophe repairs", () => {
    const parsed = article("# T\n\nThe nation s plan.");
    expect(parsed.body).toBe("The nation s plan.");
    expect(parsed.repairs).toBe(0);
  });

  it("skips a file whose body has no text", () => {
    expect(parseMarkdown("---\ntitle: T\n---\n\n***\n")).toEqual({
      ok: false,
      skip: { source: "a.md", reason: "no article text after front matter" },
    });
    expect(parseMarkdown("***\n")).toEqual({ ok: false, skip: { source: "a.md", reason: "no article text" } });
  });
});
