import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse/index.ts";
import { textParser } from "../../src/parse/parsers.ts";
import { renderBody } from "../../src/render/body.ts";
import type { SourceFormat } from "../../src/types.ts";
import { readFixtures } from "../parse/fixtures.ts";

function render(text: string, format: SourceFormat): string {
  const result = parse({ file: { path: `/in/a`, source: "a", format }, text, encoding: "UTF-8" });
  if (!result.ok) throw new Error(`skipped: ${result.skip.reason}`);
  return renderBody(result.value);
}

describe("renderBody for plain text", () => {
  for (const fixture of readFixtures("text-render.txt")) {
    it(fixture.name, () => {
      expect(render(fixture.input, "text")).toBe(fixture.expected);
    });
  }
});

describe("renderBody for Markdown", () => {
  for (const fixture of readFixtures("markdown-render.txt")) {
    it(fixture.name, () => {
      expect(render(fixture.input, "markdown")).toBe(fixture.expected);
    });
  }
});

describe("renderBody for plain text, against markdown-it", () => {
  // What renderBody did before inline-pieces.ts: each paragraph through markdown-it's text parser.
  const byMarkdownIt = (body: string): string =>
    body === "" ? "" : body.split("\n\n").map((paragraph) => `<p>${textParser.renderInline(paragraph)}</p>\n`).join("");
  const atoms = [
    "The", "nation s", "don't", " ", " ", "\n", "\n\n", "\n \n", '"', "'", "--", "-", "...", "<b>", "</b>", "<!-- x -->", "a < b", "&",
    "http://example.com/a_(b).", "www.example.org", "“", "’", "—", "日本", "1990s", "'90s", "*", "_", "#", "`",
  ];

  it("writes the same HTML for 500 articles of markup-like text", () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let article = 0; article < 500; article++) {
      let text = "Headline\n\n";
      for (let n = Math.floor(next() * 200); n > 0; n--) text += atoms[Math.floor(next() * atoms.length)];
      const result = parse({ file: { path: "/in/a", source: "a", format: "text" }, text, encoding: "UTF-8" });
      if (!result.ok) continue;
      expect(renderBody(result.value), text).toBe(byMarkdownIt(result.value.body));
    }
  });
});
