// Reads a Markdown article: the title (front matter, else the first level-1 heading, which leaves
// the body so the page has one <h1>) and the plain text. Authors wrote what they meant: no repairs.
import { collapseWhitespace, sameText } from "./clean-text.ts";
import { markdownParser } from "./parsers.ts";
import { textBlocks, typographText } from "./plain-text.ts";
import type { TextBlock } from "./plain-text.ts";
import { ONLY_A_HEADLINE } from "./text.ts";
import type { ArticleText } from "./text.ts";

const NO_TITLE = "no title found; used the first line";

const LEADING_BLANK_LINES_RE = /^(?:[^\S\n]*\n)+/;

function isTitleHeading(block: TextBlock): boolean {
  return block.kind === "heading" && block.level === 1 && block.topLevel;
}

/** A first block that is only a line long can be a headline; a longer one stays in the body. */
function isHeadlineLike(block: TextBlock): boolean {
  return block.topLevel && (block.kind === "heading" || (block.kind === "paragraph" && !block.text.includes("\n")));
}

/** The Markdown source without the title's lines; a blank line keeps its neighbours apart. */
function withoutLines(source: string, lines: readonly [number, number] | undefined): string {
  if (!lines) return source.replace(LEADING_BLANK_LINES_RE, "").trimEnd();
  const all = source.split("\n");
  all.splice(lines[0], lines[1] - lines[0], "");
  return all.join("\n").replace(LEADING_BLANK_LINES_RE, "").trimEnd();
}

/** Reads a .md body; returns null when it has no text at all (e.g. only a rule). */
export function readMarkdown(body: string, frontMatterTitle?: string): ArticleText | null {
  const blocks = textBlocks(markdownParser.parse(body, {}));
  const first = blocks[0];
  if (!first) return null;
  const warnings: string[] = [];
  let title: string;
  let removed: TextBlock | undefined;
  if (frontMatterTitle !== undefined) {
    title = typographText(frontMatterTitle);
    if (isTitleHeading(first) && sameText(first.text, frontMatterTitle)) removed = first;
  } else {
    removed = blocks.find(isTitleHeading);
    if (removed) {
      title = collapseWhitespace(removed.text);
    } else {
      title = collapseWhitespace(first.text.split("\n", 1)[0] ?? "");
      warnings.push(NO_TITLE);
      if (isHeadlineLike(first)) removed = first;
    }
  }
  const kept = blocks.filter((block) => block !== removed);
  if (kept.length === 0) warnings.push(ONLY_A_HEADLINE);
  return {
    title,
    body: withoutLines(body, removed?.lines),
    text: kept.map((block) => collapseWhitespace(block.text)).join("\n\n"),
    repairs: 0,
    warnings,
  };
}
