// Turns what an article names into its entity list: keyed, merged where two names share a key, and sorted.
import type { Entity } from "./entity.ts";
import type { Found } from "./resolve-mentions.ts";
import { compareEntities } from "./compare-entities.ts";
import { entityKey } from "./entity-key.ts";

/** "U.S." and "United States" were merged already; names that differ only in accents or case are merged here. */
export function countEntities(found: readonly Found[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const { type, name, mentions } of found) {
    const key = entityKey(name);
    if (key === "" || mentions === 0) continue;
    const id = `${type}|${key}`;
    const same = byKey.get(id);
    if (same) same.mentions += mentions;
    else byKey.set(id, { type, name, key, mentions });
  }
  return [...byKey.values()].sort(compareEntities);
}
