// One line of plain text as the text parser (parsers.ts) reads it, without markdown-it's general
// machinery: runs of text and tag-like text, bare URLs linked, dashes, ellipses and quotes set.
// Each step is the markdown-it rule it names, on plain objects; markdown-it took about 100 µs a
// 600-word article, this 30 µs. tests/parse/inline-pieces.test.ts checks the two agree to the byte.
import { tagAt } from "./literal-tags.ts";
import { textParser } from "./parsers.ts";
import { smartQuotes, withContent } from "./smart-quotes.ts";
import { replacePunctuation } from "./typography.ts";

/**
 * markdown-it's inline tokens for plain text: "text", "tag" (its `text_special`, kept as written)
 * and the "open" and "close" of a linked URL, whose text is one level deeper.
 */
export interface InlinePiece {
  kind: "text" | "tag" | "open" | "close";
  /** The text; "" for "open" and "close". */
  content: string;
  level: number;
  /** The link target of an "open". */
  href?: string;
}

const HTTP_RE = /^http:\/\//;
const MAILTO_RE = /^mailto:/;
const MAILTO_I_RE = /^mailto:/i;

/** “”‘’ unless configured otherwise; every markdown-it preset sets it. */
const QUOTES = textParser.options.quotes ?? "\u201c\u201d\u2018\u2019";

const text = (content: string, level = 0): InlinePiece => ({ kind: "text", content, level });

/** The pieces of `line`, or null when it needs markdown-it's own normalisation first. */
export function inlinePieces(line: string): InlinePiece[] | null {
  // markdown-it's `normalize` rule turns these into "\n" and U+FFFD first; parsed text never has them.
  // (includes() is several times faster than a regular expression here.)
  if (line.includes("\r") || line.includes("\0")) return null;
  let pieces = splitTags(line);
  if (textParser.linkify.pretest(line)) pieces = linkify(pieces);
  pieces = setPunctuation(pieces);
  // Smart quotes only ever look for quotes in a line that has one.
  return line.includes("'") || line.includes('"') ? smartQuotes(pieces, QUOTES) : pieces;
}

/** The `plain_run` and `literal_tag` inline rules: text up to each "<" that opens tag-like text. */
function splitTags(line: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let start = 0;
  for (let at = line.indexOf("<"); at !== -1; at = line.indexOf("<", at + 1)) {
    const tag = tagAt(line, at);
    if (tag === null) continue;
    if (at > start) pieces.push(text(line.slice(start, at)));
    pieces.push({ kind: "tag", content: tag, level: 0 });
    start = at + tag.length;
    at = start - 1;
  }
  if (start < line.length) pieces.push(text(line.slice(start)));
  return pieces;
}

/** markdown-it's `linkify` core rule (lib/rules_core/linkify.mjs) over the text pieces. */
function linkify(pieces: readonly InlinePiece[]): InlinePiece[] {
  const md = textParser;
  const out: InlinePiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as InlinePiece;
    if (piece.kind !== "text" || !md.linkify.test(piece.content)) {
      out.push(piece);
      continue;
    }
    const content = piece.content;
    let links = md.linkify.match(content) ?? [];
    // As markdown-it: a URL straight after an escape (here: tag-like text) is not linked.
    if (links.length > 0 && links[0]?.index === 0 && i > 0 && pieces[i - 1]?.kind === "tag") links = links.slice(1);
    let lastPos = 0;
    for (const link of links) {
      const href = md.normalizeLink(link.url);
      if (!md.validateLink(href)) continue;
      let urlText = link.text;
      if (!link.schema) urlText = md.normalizeLinkText(`http://${urlText}`).replace(HTTP_RE, "");
      else if (link.schema === "mailto:" && !MAILTO_I_RE.test(urlText)) urlText = md.normalizeLinkText(`mailto:${urlText}`).replace(MAILTO_RE, "");
      else urlText = md.normalizeLinkText(urlText);
      if (link.index > lastPos) out.push(text(content.slice(lastPos, link.index), piece.level));
      out.push({ kind: "open", content: "", level: piece.level, href });
      out.push(text(urlText, piece.level + 1));
      out.push({ kind: "close", content: "", level: piece.level });
      lastPos = link.lastIndex;
    }
    if (lastPos < content.length) out.push(text(content.slice(lastPos), piece.level));
  }
  return out;
}

/** The `typography` rule (typography.ts): dashes and ellipses in text, not in linked URLs. */
function setPunctuation(pieces: InlinePiece[]): InlinePiece[] {
  let inLink = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as InlinePiece;
    if (piece.kind === "open") inLink = true;
    else if (piece.kind === "close") inLink = false;
    else if (piece.kind === "text" && !inLink) {
      const content = replacePunctuation(piece.content);
      if (content !== piece.content) pieces[i] = withContent(piece, content);
    }
  }
  return pieces;
}

const { escapeHtml } = textParser.utils;

/** markdown-it's escapeHtml, after four substring searches that are faster than its regular expression. */
function escapeText(text: string): string {
  return text.includes("&") || text.includes("<") || text.includes(">") || text.includes('"') ? escapeHtml(text) : text;
}

/** The pieces as markdown-it's renderer writes them. */
export function piecesHtml(pieces: readonly InlinePiece[]): string {
  let html = "";
  for (const piece of pieces) {
    if (piece.kind === "open") html += `<a href="${escapeHtml(piece.href ?? "")}">`;
    else if (piece.kind === "close") html += "</a>";
    else html += escapeText(piece.content);
  }
  return html;
}

/** The pieces as plain text: what `inlineText` (plain-text.ts) reads from markdown-it's tokens. */
export function piecesText(pieces: readonly InlinePiece[]): string {
  let plain = "";
  for (const piece of pieces) plain += piece.content;
  return plain;
}
