// The two markdown-it instances, created once per process: one reads Markdown, the other only
// links URLs and sets typography in plain text, so that nothing in a .txt file acts as markup.
import MarkdownIt from "markdown-it";
import type { RenderRule } from "markdown-it/lib/renderer.mjs";
import { safeLinks } from "./links.ts";
import { literalTags } from "./literal-tags.ts";
import { plainRuns } from "./plain-run.ts";
import { typography } from "./typography.ts";

const OPTIONS = { html: false, xhtmlOut: false, linkify: true, typographer: true } as const;

// The page template prints the title as the one <h1>, so an <h1> left in the body becomes <h2>.
const demoteH1: RenderRule = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token?.tag === "h1") token.tag = "h2";
  return self.renderToken(tokens, idx, options);
};

function createMarkdownParser(): MarkdownIt {
  // "default" is CommonMark plus GFM tables and strikethrough; raw HTML stays off.
  const md = new MarkdownIt("default", OPTIONS).use(safeLinks).use(literalTags).use(typography);
  md.renderer.rules["heading_open"] = demoteH1;
  md.renderer.rules["heading_close"] = demoteH1;
  return md;
}

function createTextParser(): MarkdownIt {
  // "zero" enables only the `text` inline rule: no emphasis, entities, escapes, links or code.
  // `literalTags` only stops typography inside tag-like text.
  return new MarkdownIt("zero", OPTIONS)
    .enable(["linkify", "smartquotes"])
    .use(safeLinks)
    .use(literalTags)
    .use(plainRuns)
    .use(typography);
}

/** Markdown (.md, .markdown): CommonMark, bare URLs linked, typographic quotes and dashes. */
export const markdownParser = createMarkdownParser();

/** Plain text (.txt), one paragraph at a time through `renderInline`: URLs and typography only. */
export const textParser = createTextParser();
