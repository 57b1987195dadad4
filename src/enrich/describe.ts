// Writes an article's description: its summary, else its first sentences, at most about 160
// characters and cut at a word boundary (what search engines and social cards show).

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
  const given = summary?.replace(/\s+/g, " ").trim();
  if (given) return truncate(given, limit);
  // Only the opening matters: a sentence that ends within the limit is found with 60 characters
  // to look ahead; segmenting the whole article would waste time at 100,000 articles.
  const opening = text.slice(0, limit + 60).replace(/\s+/g, " ").trim();
  let description = "";
  for (const { segment } of sentences.segment(opening)) {
    const next = description + segment;
    if (next.trimEnd().length > limit) break;
    description = next;
  }
  return description.trim() || truncate(opening, limit);
}
