// Merges an article's mentions into its entities: surnames into full names, acronyms into what they stand for, demonyms into places.
import type { EntityType } from "./entity.ts";
import type { Mention } from "./mention.ts";
import { absorbShortForms, indexShortForms } from "./short-forms.ts";
import { PersonRegistry } from "./person-registry.ts";
import { isCommonWord } from "./is-common-word.ts";
import { DEMONYM_PLACE, KNOWN, NOT_NAME, ORG_TAIL, PLACE_TAIL, SURFACES, isVocabulary } from "./lexicon.ts";

/** An entity of one article, with the words that name it there (for finding it again in the headline). */
export interface Found {
  type: EntityType;
  name: string;
  mentions: number;
  surfaces: string[];
}

const NAME_WORD_RE = /^\p{Lu}[\p{L}'.-]*$/u;
const isNameLike = (words: readonly string[]): boolean =>
  words.length >= 2 && words.length <= 3 && words.every((word) =>
    NAME_WORD_RE.test(word) && !NOT_NAME.has(word) && !KNOWN.has(word) && !ORG_TAIL.has(word) && !PLACE_TAIL.has(word) && !DEMONYM_PLACE.has(word));

const lastWord = (words: readonly string[]): string => words[words.length - 1] ?? "";

/**
 * An article's entities by type and name, in the order first found. A map a type, not one map by
 * "type|name": building and hashing that key for every mention took a third of resolving them.
 */
class FoundEntities {
  readonly #byType = new Map<EntityType, Map<string, Found>>([["person", new Map()], ["place", new Map()], ["organization", new Map()]]);
  readonly #inOrder: Found[] = [];

  get(type: EntityType, name: string): Found | undefined {
    return this.#byType.get(type)?.get(name);
  }

  /** One more mention of the entity, which is added the first time. */
  count(type: EntityType, name: string): Found {
    let entity = this.get(type, name);
    if (!entity) this.set((entity = { type, name, mentions: 0, surfaces: SURFACES.get(name) ?? [name] }));
    entity.mentions++;
    return entity;
  }

  /** Adds the entity, or puts it in the place of the one of the same type and name. */
  set(entity: Found): void {
    const byName = this.#byType.get(entity.type) as Map<string, Found>;
    const same = byName.get(entity.name);
    if (same) this.#inOrder[this.#inOrder.indexOf(same)] = entity;
    else this.#inOrder.push(entity);
    byName.set(entity.name, entity);
  }

  values(): Found[] {
    return this.#inOrder;
  }
}

export function resolveMentions(mentions: readonly Mention[]): Found[] {
  const people = new PersonRegistry();
  const found = new FoundEntities();
  const aliases = new Map<string, Found>();

  // First the full names, so "Kishi" finds Nobuo Kishi wherever he is first named in full. Two or three
  // unknown words are a person's name when the last of them is used alone too: "Pep Guardiola" … "Guardiola".
  const aloneWords = new Set<string>();
  for (const m of mentions) {
    if ((m.kind === "person" || m.kind === "unknown") && m.words.length === 1) aloneWords.add(m.words[0] ?? "");
  }
  for (const m of mentions) {
    if (m.kind === "person" && m.words.length > 1) people.add(m.words, m.at);
    const speaks = m.kind === "unknown" && (m.context === "speaker" || m.context === "person" || aloneWords.has(lastWord(m.words)));
    if (m.kind === "unknown" && speaks && isNameLike(m.words)) people.add(m.words, m.at);
  }
  // Then surnames with no full name: "Mr Smith", "said Smith", "Smith, a lawyer".
  for (const m of mentions) {
    const single = m.kind === "person" || (m.kind === "unknown" && m.context === "person" && !isVocabulary(m.words[0] ?? ""));
    if (single && m.words.length === 1 && !people.findByWord(m.words[0] ?? "", m.at)) people.add(m.words, m.at);
  }

  const later: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === "entity") {
      // "Austin" after "Lloyd Austin" is the person, not the city.
      const person = !m.name.includes(" ") && people.hasSurname(m.name) ? people.findByWord(m.name, m.at) : undefined;
      if (person) person.mentions++;
      else {
        const entity = found.count(m.type, m.name);
        if (m.acronym) aliases.set(m.acronym, entity);
      }
    } else if (m.kind === "person") {
      const person = m.words.length > 1 ? people.add(m.words, m.at) : people.findByWord(m.words[0] ?? "", m.at);
      if (person) person.mentions++;
    } else if (m.kind === "unknown" && m.words.length > 1) {
      const person = people.findByWords(m.words);
      if (person) person.mentions++;
      else if (m.acronym || m.context === "organization") {
        const organisation = found.count("organization", m.words.join(" "));
        if (m.acronym) aliases.set(m.acronym, organisation);
      } else if (m.context === "place") {
        found.count("place", m.words.join(" "));
      }
    } else {
      later.push(m);
    }
  }

  // Then single words, which need everything else: "OBR", "Celtics", "Kishi", "Japanese".
  const shortForms = indexShortForms(found.values());
  for (const m of later) {
    if (m.kind === "demonym") {
      const place = found.get("place", m.place);
      if (place) place.mentions++;
    } else if (m.kind === "unknown") {
      const word = m.words[0] ?? "";
      const known = people.findByWord(word, m.at) ?? aliases.get(word) ?? shortForms.get(word);
      if (known) known.mentions++;
      else if (m.context === "organization" && !isVocabulary(word)) found.count("organization", word);
      // "in Decatur" is a place, "in Physics" is not: a place found only by its context is no ordinary word.
      else if (m.context === "place" && !isVocabulary(word) && !isCommonWord(word)) found.count("place", word);
    }
  }

  for (const person of people.people) {
    if (person.mentions === 0) continue;
    found.set({ type: "person", name: person.name, mentions: person.mentions, surfaces: [person.name, lastWord(person.words)] });
  }
  for (const [acronym, entity] of aliases) entity.surfaces = [...entity.surfaces, acronym];
  return absorbShortForms([...found.values()]);
}
