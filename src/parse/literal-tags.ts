// Keeps text that looks like an HTML tag or comment exactly as written: raw HTML is never
// rendered, and smart quotes or dashes inside `<a href="x">` or `<!-- x -->` would misquote it.
import type MarkdownIt from "markdown-it";
import type { StateInline } from "markdown-it";

// A start or end tag, a comment, a declaration or a processing instruction, from `pos` on.
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[^]*?-->|<![A-Za-z][^<>]*>|<\?[^<>]*\?>/y;
const LESS_THAN = 0x3c;

/** The tag-like text that starts at `pos` in `src`, or null; also used by inline-pieces.ts. */
export function tagAt(src: string, pos: number): string | null {
  if (src.charCodeAt(pos) !== LESS_THAN) return null;
  TAG_RE.lastIndex = pos;
  return TAG_RE.exec(src)?.[0] ?? null;
}

function literalTag(state: StateInline, silent: boolean): boolean {
  const tag = tagAt(state.src, state.pos);
  if (tag === null || state.pos + tag.length > state.posMax) return false;
  if (!silent) {
    // "text_special" is skipped by the typography rules and becomes plain text after them.
    const token = state.push("text_special", "", 0);
    token.content = tag;
  }
  state.pos += tag.length;
  return true;
}

/** markdown-it plugin: tag-like text stays as written (and is escaped by the renderer). */
export function literalTags(md: MarkdownIt): void {
  md.inline.ruler.after("html_inline", "literal_tag", literalTag);
}
