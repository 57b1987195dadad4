// A markdown-it inline rule for plain text: takes everything up to the next "<" as one text run.
// markdown-it's own `text` rule stops at every punctuation mark to let other rules try, which made
// rendering plain text twice as slow as rendering Markdown (no other inline rule is on for .txt).
import type MarkdownIt from "markdown-it";
import type { StateInline } from "markdown-it";

const LESS_THAN = "<";

function plainRun(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  // "<" may open tag-like text, which `literalTags` keeps as written; let it look first.
  if (state.src[start] === LESS_THAN) return false;
  const next = state.src.indexOf(LESS_THAN, start);
  const end = next === -1 || next > state.posMax ? state.posMax : next;
  if (!silent) state.pending += state.src.slice(start, end);
  state.pos = end;
  return true;
}

/** markdown-it plugin for the plain-text parser only: Markdown needs the full inline rules. */
export function plainRuns(md: MarkdownIt): void {
  md.inline.ruler.before("text", "plain_run", plainRun);
}
