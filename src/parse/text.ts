// Reads a plain-text article: the headline, the paragraphs and the apostrophes the archive lost.
// Nothing in the text is markup; rendering shows it as written.
import { collapseWhitespace, sameText } from "./clean-text.ts";
import { typographText } from "./plain-text.ts";
import { repairApostrophes } from "./repair-apostrophes.ts";

/** What reading an article's body gives, before the front matter is joined to it. */
export interface ArticleText {
  title: string;
  body: string;
  text: string;
  repairs: number;
  warnings: string[];
}

export const ONLY_A_HEADLINE = "no article text; only a headline";

// One or more blank lines (lines of only spaces count) end a paragraph.
const PARAGRAPH_BREAK_RE = /\n[^\S\n]*\n/;
const NON_BLANK_RE = /\S/;

/** Paragraphs of `text`, each on one line with its spacing collapsed. */
function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH_BREAK_RE).map(collapseWhitespace).filter((paragraph) => paragraph !== "");
}

/**
 * Reads a .txt body. The headline is the first non-blank line, or the front matter title (then a
 * first line saying the same is dropped); a paragraph repeating the headline right after it is
 * dropped too. Returns null when there is no text.
 */
export function readText(body: string, frontMatterTitle?: string): ArticleText | null {
  const start = body.search(NON_BLANK_RE);
  if (start === -1) return null;
  const newline = body.indexOf("\n", start);
  const lineEnd = newline === -1 ? body.length : newline;
  const firstLine = collapseWhitespace(body.slice(start, lineEnd));
  let headline: string;
  let repairs = 0;
  let rest = body.slice(lineEnd);
  if (frontMatterTitle === undefined) {
    ({ text: headline, count: repairs } = repairApostrophes(firstLine));
  } else {
    // The front matter was written on purpose: its title is not repaired.
    headline = frontMatterTitle;
    if (!sameText(firstLine, headline)) rest = body.slice(start);
  }
  const paragraphs = paragraphsOf(rest);
  while (paragraphs[0] !== undefined && sameText(paragraphs[0], headline)) paragraphs.shift();
  const repaired = paragraphs.map(repairApostrophes);
  const text = repaired.map((paragraph) => paragraph.text).join("\n\n");
  return {
    title: typographText(headline),
    body: text,
    // Plain text stays as written (repairs aside): curling quotes in 600 words costs more than the
    // rest of parsing, and only the description shows it (enrich sets that one's typography).
    text,
    repairs: repairs + repaired.reduce((sum, paragraph) => sum + paragraph.count, 0),
    warnings: paragraphs.length === 0 ? [ONLY_A_HEADLINE] : [],
  };
}
