// The people of one article, so a later "Kishi" or "Mr. Kishi" is counted as Nobuo Kishi.
import { FAMILY_FIRST, GIVEN, PARTICLE } from "./lexicon.ts";

export interface Person {
  name: string;
  words: string[];
  mentions: number;
  /** Token index of the first full mention. */
  at: number;
}

const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);
const INITIAL_RE = /^\p{Lu}\.?$/u;

const surnameOf = (words: readonly string[]): string => {
  let end = words.length;
  while (end > 1 && SUFFIXES.has(words[end - 1] ?? "")) end--;
  return words[end - 1] ?? "";
};

export class PersonRegistry {
  readonly people: Person[] = [];
  readonly #bySurname = new Map<string, Person[]>();
  /** Other words of a name a later mention may use alone: "Lula" of "Luiz Inácio Lula da Silva", "Xi" of "Xi Jinping". */
  readonly #byOtherWord = new Map<string, Person[]>();

  /** Adds a full name (two words or more), or counts it again when the article already has it. */
  add(words: readonly string[], at: number): Person {
    const first = words[0] ?? "";
    const surname = surnameOf(words);
    const same = this.#bySurname.get(surname)?.find((person) => person.words[0] === first);
    if (same) return same;
    const person: Person = { name: words.join(" "), words: [...words], mentions: 0, at };
    this.people.push(person);
    push(this.#bySurname, surname, person);
    words.forEach((word, index) => {
      if (word === surname || PARTICLE.has(word) || INITIAL_RE.test(word) || SUFFIXES.has(word)) return;
      if (index > 0 || FAMILY_FIRST.has(word) || !GIVEN.has(word)) push(this.#byOtherWord, word, person);
    });
    return person;
  }

  hasSurname(word: string): boolean {
    return this.#bySurname.has(word);
  }

  /** The person a single word names: by surname (the latest named before `at`), else by another unambiguous word. */
  findByWord(word: string, at: number): Person | undefined {
    const bySurname = this.#bySurname.get(word);
    if (bySurname) return bySurname.filter((person) => person.at <= at).pop() ?? bySurname[0];
    const byOther = this.#byOtherWord.get(word);
    return byOther?.length === 1 ? byOther[0] : undefined;
  }

  /** The one person whose name contains all these words ("Lula da Silva"), if exactly one does. */
  findByWords(words: readonly string[]): Person | undefined {
    const matches = this.people.filter((person) => words.every((word) => person.words.includes(word)));
    return matches.length === 1 ? matches[0] : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
