// Test helper: runs extraction over the labeled fixtures and scores it per entity type against the gold labels.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { entityKey, extractEntities } from "../../../src/enrich/entities/index.ts";
import type { EntityType } from "../../../src/enrich/entities/index.ts";

export const FIXTURES = join(import.meta.dirname, "../../fixtures/entities");
export const TYPES: readonly EntityType[] = ["person", "place", "organization"];

export type Gold = Record<EntityType, string[]>;

export interface Fixture {
  name: string;
  title: string;
  text: string;
  gold: Gold;
}

export interface Score {
  type: EntityType;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
  precision: number;
  recall: number;
}

/** Each fixture: the headline is the first line, the body everything after the first blank line. */
export function readFixtures(dir = FIXTURES): Fixture[] {
  return readdirSync(dir).filter((file) => file.endsWith(".txt")).sort().map((file) => {
    const raw = readFileSync(join(dir, file), "utf8").replace(/\r\n/g, "\n").trim();
    const split = raw.indexOf("\n\n");
    const name = file.slice(0, -".txt".length);
    const gold = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Gold;
    return { name, title: raw.slice(0, split), text: raw.slice(split + 2), gold };
  });
}

/** Micro-averaged precision and recall per type, matching distinct entities per article by canonical key. */
export function evaluate(fixtures: readonly Fixture[]): Score[] {
  const scores = TYPES.map((type): Score => ({ type, truePositives: 0, falsePositives: [], falseNegatives: [], precision: 0, recall: 0 }));
  for (const fixture of fixtures) {
    const found = extractEntities(fixture.title, fixture.text);
    for (const score of scores) {
      const gold = new Set(fixture.gold[score.type].map(entityKey));
      const got = new Set(found.filter((entity) => entity.type === score.type).map((entity) => entity.key));
      for (const key of got) {
        if (gold.has(key)) score.truePositives++;
        else score.falsePositives.push(`${fixture.name}: ${key}`);
      }
      for (const key of gold) if (!got.has(key)) score.falseNegatives.push(`${fixture.name}: ${key}`);
    }
  }
  for (const score of scores) {
    score.precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives.length);
    score.recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives.length);
  }
  return scores;
}

export function formatScores(scores: readonly Score[]): string {
  const rows = scores.map((s) =>
    `${s.type.padEnd(13)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives.length).padStart(4)} ${String(s.falseNegatives.length).padStart(4)}`);
  return [`${"type".padEnd(13)} precision  recall   tp   fp   fn`, ...rows].join("\n");
}
