// Named-entity extraction for the enrich stage: people, places and organisations in an article, merged across the archive.
export type { Entity, EntityType } from "./entity.ts";
export type { ArchiveMerge } from "./merge-across-archive.ts";
export { entityKey } from "./entity-key.ts";
export { extractEntities } from "./extract-entities.ts";
export { compareEntities } from "./compare-entities.ts";
export { applyArchiveMerge, mergeAcrossArchive } from "./merge-across-archive.ts";
