// Renders an article's body to HTML: plain text as escaped paragraphs with links and typography,
// Markdown as CommonMark without raw HTML. The only HTML in a page that comes from article text.
import type { ParsedArticle } from "../types.ts";
import { inlinePieces, piecesHtml } from "../parse/inline-pieces.ts";
import { markdownParser, textParser } from "../parse/parsers.ts";

const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * A paragraph as `textParser.renderInline` writes it, made from Broadsheet's own inline pieces:
 * markdown-it's state, tokens, rule chains and renderer made it three times the work (about 100 µs
 * against 30 µs a 600-word article). tests/parse/inline-pieces.test.ts checks they agree to the byte.
 */
function renderParagraph(paragraph: string): string {
  const pieces = inlinePieces(paragraph);
  return pieces === null ? textParser.renderInline(paragraph) : piecesHtml(pieces);
}

function renderText(body: string): string {
  if (body === "") return "";
  let html = "";
  for (const paragraph of body.split(PARAGRAPH_SEPARATOR)) html += `<p>${renderParagraph(paragraph)}</p>\n`;
  return html;
}

/** The body of an article as HTML; pure. */
export function renderBody(article: ParsedArticle): string {
  return article.file.format === "markdown"
    ? markdownParser.render(article.body)
    : renderText(article.body);
}
