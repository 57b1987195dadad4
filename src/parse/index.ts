// The parse stage: takes each article's text apart into front matter, headline, body and plain
// text, or says why the file is skipped. Pure: no I/O, nothing rendered yet.
import type { ParsedArticle, Skip, Source } from "../types.ts";
import { removeControlCharacters } from "./clean-text.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { readMarkdown } from "./markdown.ts";
import { readText } from "./text.ts";

export type ParseResult = { ok: true; value: ParsedArticle } | { ok: false; skip: Skip };

const NON_BLANK_RE = /\S/;

function skip(source: Source, reason: string): ParseResult {
  return { ok: false, skip: { source: source.file.source, reason } };
}

/** Parses one article: .txt as plain text (never markup), .md as CommonMark. */
export function parse(source: Source): ParseResult {
  const { file } = source;
  const split = splitFrontMatter(removeControlCharacters(source.text));
  const read = file.format === "markdown" ? readMarkdown : readText;
  const content = NON_BLANK_RE.test(split.body) ? read(split.body, split.frontMatter.title) : null;
  if (!content) {
    return skip(source, split.present ? "no article text after front matter" : "no article text");
  }
  return {
    ok: true,
    value: {
      file,
      frontMatter: split.frontMatter,
      title: content.title,
      body: content.body,
      text: content.text,
      repairs: content.repairs,
      warnings: [...split.warnings, ...content.warnings],
    },
  };
}
