// Finds the people, places and organisations one article names, merged and counted: tokenize, find runs, read, resolve, sort.
import type { Entity } from "./entity.ts";
import { compareEntities } from "./compare-entities.ts";
import { entityKey } from "./entity-key.ts";
import { findRuns } from "./find-runs.ts";
import { matchHeadline } from "./match-headline.ts";
import { readRun } from "./read-run.ts";
import { resolveMentions } from "./resolve-mentions.ts";
import { tokenize } from "./tokenize.ts";

/**
 * Entities of one article, most mentioned first, then by name. `text` is the plain body, paragraphs
 * separated by "\n\n"; the headline only adds mentions of names the body or the gazetteer knows.
 */
export function extractEntities(title: string, text: string): Entity[] {
  const found = resolveMentions(findRuns(tokenize(text)).flatMap(readRun));
  matchHeadline(title, found);
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
