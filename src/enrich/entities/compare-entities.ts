// The order of every entity list: most mentioned first, then by name, then by type.
import type { Entity } from "./entity.ts";

export function compareEntities(a: Entity, b: Entity): number {
  if (a.mentions !== b.mentions) return b.mentions - a.mentions;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}
