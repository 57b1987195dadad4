// Writes an article's description: its summary, else its first sentences, at most about 160
// characters and cut at a word boundary (what search engines and social cards show).

import { collapseWhitespace } from "../parse/clean-text.ts";

export const DESCRIPTION_LIMIT = 160;

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });
const words = new Intl.Segmenter("en", { granularity: "word" });

/** Cuts text to at most `limit` characters at a word boundary, adding an ellipsis when cut. */
export function truncate(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  let end = 0;
  for (const { index, segment } of words.segment(text.slice(0, limit))) {
    // Stop before the word that would not fit whole.
    if (index + segment.length > limit - 1) break;
    end = index + segment.length;
  }
  const cut = (end > 0 ? text.slice(0, end) : text.slice(0, limit - 1)).replace(/[\s,;:–—-]+$/u, "");
  return `${cut}…`;
}

export function describe(text: string, summary: string | undefined, limit = DESCRIPTION_LIMIT): string {
  // collapseWhitespace is `.replace(/\s+/g, " ").trim()`, skipping the replace when it has nothing to do.
  const given = summary === undefined ? undefined : collapseWhitespace(summary);
  if (given) return truncate(given, limit);
  // Only the opening matters: a sentence that ends within the limit is found with 60 characters
  // to look ahead; segmenting the whole article would waste time at 100,000 articles.
  const opening = collapseWhitespace(text.slice(0, limit + 60));
  return sentencesWithin(opening, limit).trim() || truncate(opening, limit);
}

/**
 * The opening's first whole sentences that fit in `limit` characters (trailing space aside), or "".
 * Asks the segmenter only for the sentence at the limit and those after it that still fit: walking
 * every sentence from the start made more objects and took twice as long (11 µs against 5 µs).
 */
function sentencesWithin(opening: string, limit: number): string {
  if (opening.length <= limit) return opening;
  const segments = sentences.segment(opening);
  // Every sentence that ends by the limit fits; so may the one around it, if only spaces stick out.
  const around = segments.containing(limit);
  if (around === undefined) return "";
  let end = around.index;
  for (let next = segments.containing(end); next !== undefined; next = segments.containing(end)) {
    const after = next.index + next.segment.length;
    if (opening.slice(0, after).trimEnd().length > limit) break;
    end = after;
  }
  return opening.slice(0, end);
}
