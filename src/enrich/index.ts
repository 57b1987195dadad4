// The enrich stage: turns a parsed article into an Article with everything the site shows about it.
import type { Article, ParsedArticle } from "../types.ts";
import { countWords } from "./count-words.ts";
import { findDate } from "./date.ts";
import { describe } from "./describe.ts";
import { identify } from "./identify.ts";
import { ownCopy } from "./own-copy.ts";
import { typographText } from "../parse/plain-text.ts";

export { order, resolveCollisions } from "./order.ts";

export interface EnrichOptions {
  /** Site language: the default for articles that do not name theirs. */
  language: string;
}

export function enrich(parsed: ParsedArticle, options: EnrichOptions): Article {
  const { file, frontMatter } = parsed;
  const identity = identify({
    source: file.source,
    title: parsed.title,
    frontMatterId: frontMatter.id,
    frontMatterSlug: frontMatter.slug,
  });
  const { date, warnings: dateWarnings } = findDate(file.source, frontMatter.date);
  const { words, readingMinutes } = countWords(parsed.text);
  return {
    id: identity.id,
    source: file.source,
    format: file.format,
    slug: identity.slug,
    path: identity.path,
    // Copies, not slices of the article's text (own-copy.ts).
    title: ownCopy(parsed.title),
    // Plain-text articles keep straight quotes in `text`; the description shows them curled.
    description: ownCopy(file.format === "text" && frontMatter.summary === undefined ? typographText(describe(parsed.text, undefined)) : describe(parsed.text, frontMatter.summary)),
    words,
    readingMinutes,
    date,
    author: frontMatter.author ?? null,
    publisher: frontMatter.source ?? null,
    tags: frontMatter.tags,
    lang: frontMatter.lang ?? options.language,
    repairs: parsed.repairs,
    warnings: [...parsed.warnings, ...identity.warnings, ...dateWarnings],
  };
}
