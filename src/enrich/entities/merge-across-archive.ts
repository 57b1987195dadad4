// Merges people across the archive: a surname seen alone ("Kishi") joins the one full name that ends with it.
import type { Entity } from "./entity.ts";
import { compareEntities } from "./compare-entities.ts";
import { entityKey } from "./entity-key.ts";

/** What merging the archive's people found: applied to each article's entities with `applyArchiveMerge`. */
export interface ArchiveMerge {
  /** Key of a person named only by a surname → key of the full name it stands for: "kishi" → "nobuo-kishi". */
  canonical: Map<string, string>;
  /** Key → display name of every full name in `canonical`'s values: "nobuo-kishi" → "Nobuo Kishi". */
  names: Map<string, string>;
}

const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

function surnameKey(name: string): string {
  const words = name.split(" ");
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return entityKey(words[words.length - 1] ?? "");
}

/**
 * An article that names someone only by surname ("Kishi said…") gets the person another article names
 * in full, when exactly one full name in the whole archive ends in that surname. With two ("Nobuo Kishi",
 * "Ingrid Kishi") the surname stays apart: guessing would merge two people. Only people are merged.
 */
export function mergeAcrossArchive(perArticle: Iterable<readonly Entity[]>): ArchiveMerge {
  const bare = new Set<string>();
  const fullBySurname = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  // A full name recurs across the archive: its surname is found once.
  const surnames = new Map<string, string>();
  for (const entities of perArticle) {
    for (const entity of entities) {
      if (entity.type !== "person") continue;
      if (!entity.name.includes(" ")) {
        bare.add(entity.key);
        continue;
      }
      let surname = surnames.get(entity.name);
      if (surname === undefined) surnames.set(entity.name, (surname = surnameKey(entity.name)));
      const keys = fullBySurname.get(surname) ?? new Set<string>();
      keys.add(entity.key);
      fullBySurname.set(surname, keys);
      if (!names.has(entity.key)) names.set(entity.key, entity.name);
    }
  }
  const canonical = new Map<string, string>();
  for (const key of bare) {
    const full = fullBySurname.get(key);
    if (full?.size === 1) canonical.set(key, [...full][0] ?? key);
  }
  const used = new Set(canonical.values());
  for (const key of names.keys()) if (!used.has(key)) names.delete(key);
  return { canonical, names };
}

/**
 * One article's entities with the archive's merges applied, merged again and sorted as `extractEntities`
 * sorts. `entities` are as it gives them (one per type and key, sorted): so where the article names
 * nobody the archive merges, they are returned as they are. Most articles are such (at 100,000 articles,
 * copying every list made a million objects on the build's busiest thread).
 */
export function applyArchiveMerge(entities: readonly Entity[], merge: ArchiveMerge): readonly Entity[] {
  if (!entities.some((entity) => entity.type === "person" && merge.canonical.has(entity.key))) return entities;
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const key = entity.type === "person" ? merge.canonical.get(entity.key) ?? entity.key : entity.key;
    const name = key === entity.key ? entity.name : merge.names.get(key) ?? entity.name;
    const id = `${entity.type}|${key}`;
    const same = byId.get(id);
    if (same) same.mentions += entity.mentions;
    else byId.set(id, { type: entity.type, name, key, mentions: entity.mentions });
  }
  return [...byId.values()].sort(compareEntities);
}
