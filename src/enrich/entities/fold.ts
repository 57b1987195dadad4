// Latin letters with diacritics folded to their base letters, so that a name is one name whether the copy
// writes it with its accents or without: wire copy has "Zurich", "Sao Paulo" and "Malmo" where other
// sources have "Zürich", "São Paulo" and "Malmö". Used for the word lists' lookups and for entity keys.

/** Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese): where marked Latin letters are. */
const LATIN_MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const LATIN_MARKED_ALL = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const MARKS = /\p{M}+/gu;

/** Whether `text` has a letter that foldLatin could change: most words have none, and are left alone at once. */
export const hasLatinMarks = (text: string): boolean => LATIN_MARKED.test(text);

/**
 * "Zürich" → "Zurich", "Kraków" → "Krakow", "Ångström" → "Angstrom". Only the combining marks a letter
 * decomposes into are dropped: letters that are letters of their own ("Ł", "Ø", "ß", "Æ") stay as they are
 * (slugify spells them out for keys), and other scripts are not touched ("й" stays "й").
 */
export function foldLatin(text: string): string {
  if (!hasLatinMarks(text)) return text;
  return text.replace(LATIN_MARKED_ALL, (letter) => letter.normalize("NFD").replace(MARKS, ""));
}

/**
 * A word list's lookup table that finds a key written with or without diacritics. `withFoldedKeys` adds
 * the folded spelling of each key it was given ("São Paulo" is also "Sao Paulo"); a lookup of a marked
 * spelling that is not in the table tries its folded spelling ("Zürich" finds "Zurich").
 */
export class FoldingMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    const value = super.get(key);
    return value !== undefined || !hasLatinMarks(key) ? value : super.get(foldLatin(key));
  }

  override has(key: string): boolean {
    return super.has(key) || (hasLatinMarks(key) && super.has(foldLatin(key)));
  }

  /** Adds the folded spelling of every key that has one not already in the table, with the same value. */
  withFoldedKeys(): this {
    for (const [key, value] of [...this]) {
      const folded = foldLatin(key);
      if (folded !== key && !super.has(folded)) this.set(folded, value);
    }
    return this;
  }
}

/** The Set counterpart of FoldingMap: both spellings of each word it is made with, and folded lookups. */
export class FoldingSet extends Set<string> {
  constructor(words: Iterable<string>) {
    super();
    for (const word of words) {
      this.add(word);
      this.add(foldLatin(word));
    }
  }

  override has(word: string): boolean {
    return super.has(word) || (hasLatinMarks(word) && super.has(foldLatin(word)));
  }
}
