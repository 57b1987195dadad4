// Finds the people, places and organisations one article names, merged and counted: tokenize, find runs, read, resolve, sort.
import type { Entity } from "./entity.ts";
import type { Mention } from "./mention.ts";
import { countEntities } from "./count-entities.ts";
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
  // Loops, not flatMap, which cost as much as reading the runs.
  const mentions: Mention[] = [];
  for (const run of findRuns(tokenize(text))) for (const mention of readRun(run)) mentions.push(mention);
  const found = resolveMentions(mentions);
  matchHeadline(title, found);
  return countEntities(found);
}
