// Counts the names a headline repeats; headlines are too often in Title Case or capitals to find new people in.
import type { Found } from "./resolve-mentions.ts";
import { KNOWN, KNOWN_FIRST_WORD, MAX_KNOWN_WORDS } from "./lexicon.ts";

const WORD_RE = /[\p{L}\p{N}]+(?:[.&'][\p{L}\p{N}]+)*\.?/gu;
/** In a headline in capitals "US", "WHO" or "AP" may be plain words. */
const SHORT_ACRONYM_RE = /^[A-Z]{1,3}$/;
// Module-level, not inline: esbuild (bin/compile.js) turns a literal with \p{…} into `new RegExp(…)`, built on every call.
const STOP_KEPT_RE = /\..*\.$|^\p{L}\.$/u;
const SMALL_LETTER_RE = /\p{Ll}/u;
const CAPITAL_RE = /^\p{Lu}/u;
const POSSESSIVE_RE = /'s$/i;

function headlineWords(title: string): string[] {
  const words: string[] = [];
  for (const [match] of title.replaceAll("’", "'").matchAll(WORD_RE)) {
    const word = match.replace(POSSESSIVE_RE, "");
    // Keep the full stop of "U.S." but not of a word ending a sentence.
    words.push(word.endsWith(".") && !STOP_KEPT_RE.test(word) ? word.slice(0, -1) : word);
  }
  return words;
}

const firstWord = (phrase: string): string => {
  const space = phrase.indexOf(" ");
  return space === -1 ? phrase : phrase.slice(0, space);
};

const wordCount = (phrase: string): number => {
  let count = 1;
  for (let space = phrase.indexOf(" "); space !== -1; space = phrase.indexOf(" ", space + 1)) count++;
  return count;
};

/** Adds one mention for each name in the headline: the article's own, or a known place or organisation. */
export function matchHeadline(title: string, found: Found[]): void {
  const capitals = !SMALL_LETTER_RE.test(title);
  const fold = (text: string): string => (capitals ? text.toUpperCase() : text);
  const bySurface = new Map<string, Found>();
  /** First word of a surface → the most words a surface starting with it has: no longer phrase need be looked up. */
  const longest = new Map<string, number>();
  for (const entity of found) {
    for (const surface of entity.surfaces) {
      if (capitals && SHORT_ACRONYM_RE.test(surface)) continue;
      const folded = fold(surface);
      bySurface.set(folded, entity);
      const first = firstWord(folded);
      longest.set(first, Math.max(longest.get(first) ?? 0, wordCount(folded)));
    }
  }
  const words = headlineWords(title);
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? "";
    const most = Math.max(longest.get(fold(word)) ?? 1, capitals ? 1 : KNOWN_FIRST_WORD.get(word) ?? 1);
    for (let length = Math.min(MAX_KNOWN_WORDS, most, words.length - at); length >= 1; length--) {
      const phrase = length === 1 ? word : words.slice(at, at + length).join(" ");
      const entity = bySurface.get(fold(phrase)) ?? knownEntity(phrase, capitals, found);
      if (!entity) continue;
      entity.mentions++;
      at += length - 1;
      break;
    }
  }
}

function knownEntity(phrase: string, capitals: boolean, found: Found[]): Found | undefined {
  if (capitals || !CAPITAL_RE.test(phrase)) return undefined;
  const known = KNOWN.get(phrase);
  if (!known) return undefined;
  const entity: Found = { type: known.type, name: known.name, mentions: 0, surfaces: [phrase] };
  found.push(entity);
  return entity;
}
