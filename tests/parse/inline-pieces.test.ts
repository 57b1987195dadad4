import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { composeArticle } from "../../bench/compose-article.ts";
import { inlinePieces, piecesHtml, piecesText } from "../../src/parse/inline-pieces.ts";
import { parse } from "../../src/parse/index.ts";
import { textParser } from "../../src/parse/parsers.ts";
import { inlineText, typographText } from "../../src/parse/plain-text.ts";
import { readFixtures } from "./fixtures.ts";

// inlinePieces stands in for markdown-it's text parser (parsers.ts) on every .txt paragraph and
// headline: here both read the same lines and must agree to the byte.

/** What markdown-it makes of a line: the HTML renderBody wrote and the text typographText gave. */
function markdownIt(line: string): { html: string; text: string } {
  const [inline] = textParser.parseInline(line, {});
  return { html: textParser.renderInline(line), text: inlineText(inline?.children ?? []) };
}

function pieces(line: string): { html: string; text: string } {
  const found = inlinePieces(line);
  if (found === null) throw new Error(`no pieces for ${JSON.stringify(line)}`);
  return { html: piecesHtml(found), text: piecesText(found) };
}

/** Lines that differ, as [line, markdown-it, pieces]; [] when all agree. */
function disagreements(lines: Iterable<string>): [string, unknown, unknown][] {
  const found: [string, unknown, unknown][] = [];
  for (const line of lines) {
    const expected = markdownIt(line);
    const actual = pieces(line);
    if (expected.html !== actual.html || expected.text !== actual.text) found.push([line, expected, actual]);
  }
  return found;
}

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function randomLines(atoms: readonly string[], count: number, maxAtoms: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let line = "";
    for (let n = 1 + Math.floor(next() * maxAtoms); n > 0; n--) line += atoms[Math.floor(next() * atoms.length)];
    return line;
  });
}

function paragraphsOfFile(path: string): string[] {
  const result = parse({ file: { path, source: path, format: "text" }, text: readFileSync(path, "utf8"), encoding: "UTF-8" });
  return result.ok ? [result.value.title, ...result.value.body.split("\n\n")] : [];
}

const ADVERSARIAL = [
  "a", "word", "Nation", " ", " ", "  ", "\t", "\n", "'", "'", '"', '"', "''", '""', "-", "--", "---", "----", " - ", "...", "..", "....", ".",
  ",", ";", ":", "!", "?", "'90s", "'s", "don't", '1"', "5'", "(", ")", "[", "]", "*", "_", "#", "`", "~", "&", "&amp;", "&copy;", "<",
  ">", "<b>", "</b>", '<a href="x">', "</a>", "<!-- c -->", "<!DOCTYPE html>", "<?php ?>", "<br/>", "<3", "a<b", "<em class='x'>",
  "http://example.com", "https://example.org/path?q=1&r=2", "http://x.com/a_(b)", "www.example.com", "WWW.Example.org", "www.example", "ftp://x.com",
  "mailto:a@b.com", "a@b.com", "//x.com", "javascript:alert(1)", "http://ex.com.", "http://ex.com,", "(http://ex.com)", '"http://ex.com"',
  "'www.ex.org/a'", "https://xn--80ak6aa92e.com", "http://пример.рф/путь", "http://a.com/%20x", "https://a.com/'q'", "http://a.com/--x",
  "é", "ß", "Ελλάδα", "日本語", "“", "”", "‘", "’", "–", "—", "…", "\u00a0", "\u2009", "\u3000", "😀", "𠀋", "\u0301", "1", "90", "1990",
  "$", "%", "+", "=", "/", "\\", "|", "^", "{", "}", "@",
];
// Few characters, short lines: every pairing of quotes, digits, tags and links turns up.
const DENSE = ["a", "1", " ", "'", '"', "-", ".", "<b>", "<", "(", ")", "!", "http://x.co", "www.a.org", "’", "é", "\u00a0", "—", "s", "9"];

describe("inlinePieces agrees with markdown-it's text parser", () => {
  it("on the plain-text render fixtures, the seeds and the fixture archive", () => {
    const lines = readFixtures("text-render.txt").flatMap((fixture) => fixture.input.split(/\n+/));
    const files = ["seeds/", "tests/fixtures/archive/"].map((dir) => fileURLToPath(new URL(`../../${dir}`, import.meta.url))).flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt")).map((f) => dir + f));
    expect(disagreements([...lines, ...files.flatMap(paragraphsOfFile)])).toEqual([]);
  });

  it("on the paragraphs of 100 synthetic articles", () => {
    const lines = Array.from({ length: 100 }, (_, i) => composeArticle(i, 1).text.split("\n\n")).flat();
    expect(disagreements(lines)).toEqual([]);
  });

  // Millions more were compared while writing inline-pieces.ts; these keep the test a few seconds long.
  it("on 10,000 lines of tags, entities, URLs, quotes, dashes, emphasis marks and other scripts", () => {
    expect(disagreements(randomLines(ADVERSARIAL, 5_000, 30, 1))).toEqual([]);
    expect(disagreements(randomLines(DENSE, 5_000, 12, 2))).toEqual([]);
  });

  it("curls no quote at all past markdown-it's limit of open quotes, as markdown-it", () => {
    for (const opened of [999, 1000, 1001]) {
      expect(disagreements([`${'"a '.repeat(opened)}b" it's <b>"y"</b>`])).toEqual([]);
    }
  });

  it("leaves text with carriage returns or NUL to markdown-it, which normalises them first", () => {
    expect(inlinePieces("a\r\nb")).toBeNull();
    expect(inlinePieces("a\0b")).toBeNull();
    expect(typographText("it's\r\"x\"")).toBe(markdownIt("it's\r\"x\"").text);
  });
});
