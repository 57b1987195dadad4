// Counts the names a headline repeats; headlines are too often in Title Case or capitals to find new people in.
import type { Found } from "./resolve-mentions.ts";
import { KNOWN, MAX_KNOWN_WORDS } from "./lexicon.ts";

const WORD_RE = /[\p{L}\p{N}]+(?:[.&'][\p{L}\p{N}]+)*\.?/gu;
/** In a headline in capitals "US", "WHO" or "AP" may be plain words. */
const SHORT_ACRONYM_RE = /^[A-Z]{1,3}$/;

function headlineWords(title: string): string[] {
  const words: string[] = [];
  for (const [match] of title.replaceAll("’", "'").matchAll(WORD_RE)) {
    const word = match.replace(/'s$/i, "");
    // Keep the full stop of "U.S." but not of a word ending a sentence.
    words.push(word.endsWith(".") && !/\..*\.$|^\p{L}\.$/u.test(word) ? word.slice(0, -1) : word);
  }
  return words;
}

/** Adds one mention for each name in the headline: the article's own, or a known place or organisation. */
export function matchHeadline(title: string, found: Found[]): void {
  const capitals = !/\p{Ll}/u.test(title);
  const fold = (text: string): string => (capitals ? text.toUpperCase() : text);
  const bySurface = new Map<string, Found>();
  for (const entity of found) {
    for (const surface of entity.surfaces) {
      if (!(capitals && SHORT_ACRONYM_RE.test(surface))) bySurface.set(fold(surface), entity);
    }
  }
  const words = headlineWords(title);
  for (let at = 0; at < words.length; at++) {
    for (let length = Math.min(MAX_KNOWN_WORDS, words.length - at); length >= 1; length--) {
      const phrase = words.slice(at, at + length).join(" ");
      const entity = bySurface.get(fold(phrase)) ?? knownEntity(phrase, capitals, found);
      if (!entity) continue;
      entity.mentions++;
      at += length - 1;
      break;
    }
  }
}

function knownEntity(phrase: string, capitals: boolean, found: Found[]): Found | undefined {
  if (capitals || !/^\p{Lu}/u.test(phrase)) return undefined;
  const known = KNOWN.get(phrase);
  if (!known) return undefined;
  const entity: Found = { type: known.type, name: known.name, mentions: 0, surfaces: [phrase] };
  found.push(entity);
  return entity;
}
