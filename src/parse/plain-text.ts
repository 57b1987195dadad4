// Plain text out of markdown-it tokens: for titles, descriptions, word counts and search.
import type { Token } from "markdown-it";
import { inlinePieces, piecesText } from "./inline-pieces.ts";
import { textParser } from "./parsers.ts";

/** Text of inline tokens: text, code and image descriptions; line breaks become "\n". */
export function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const token of children) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
    else if (token.type === "image" && token.children) text += inlineText(token.children);
  }
  return text;
}

/** One line of plain text with quotes, apostrophes, dashes and ellipses set typographically. */
export function typographText(line: string): string {
  const pieces = inlinePieces(line);
  if (pieces !== null) return piecesText(pieces);
  const [inline] = textParser.parseInline(line, {});
  return inline?.children ? inlineText(inline.children) : line;
}

/** A block of a Markdown document as plain text, with the source lines it came from. */
export interface TextBlock {
  /** Lines of the block's text, joined with "\n"; never empty. */
  text: string;
  /** [first line, line after the last] in the Markdown source. */
  lines: [number, number];
  /** "heading", "paragraph", "code" … from the opening token's type. */
  kind: string;
  /** Heading level 1–6, or 0. */
  level: number;
  /** Whether the block sits at the top of the document, not inside a list or quote. */
  topLevel: boolean;
}

/** The text blocks of a parsed Markdown document, in order; blocks without text are left out. */
export function textBlocks(tokens: readonly Token[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let opener: Token | undefined;
  // The cells of a table row make one block, so a row reads as a line of text.
  let row: TextBlock | undefined;
  for (const token of tokens) {
    if (token.nesting === 1) opener = token;
    if (token.type === "tr_open") row = undefined;
    let text = "";
    if (token.type === "inline") text = inlineText(token.children ?? []);
    else if (token.type === "fence" || token.type === "code_block") text = token.content;
    text = text.trim();
    if (text === "") continue;
    const source = token.type === "inline" && opener ? opener : token;
    const isCell = source.type === "th_open" || source.type === "td_open";
    if (isCell && row) {
      row.text += ` ${text}`;
      continue;
    }
    const block: TextBlock = {
      text,
      lines: source.map ?? [0, 0],
      kind: source.type.endsWith("_open") ? source.type.slice(0, -"_open".length) : source.type,
      level: source.type === "heading_open" ? Number(source.tag.slice(1)) : 0,
      topLevel: source.level === 0,
    };
    if (isCell) row = block;
    blocks.push(block);
  }
  return blocks;
}
