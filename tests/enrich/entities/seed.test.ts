import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/enrich/entities/index.ts";
import type { Entity, EntityType } from "../../../src/enrich/entities/index.ts";
import { parse } from "../../../src/parse/index.ts";

const SEED = join(import.meta.dirname, "../../../seeds/000_ec386b1c77c78933.txt");

/** The seed as the build hands it on: headline and plain text from the parse stage. */
function seedEntities(): Entity[] {
  const result = parse({ file: { path: SEED, source: "000_ec386b1c77c78933.txt", format: "text" }, text: readFileSync(SEED, "utf8"), encoding: "UTF-8" });
  if (!result.ok) throw new Error(result.skip.reason);
  return extractEntities(result.value.title, result.value.text);
}

const namesOf = (entities: readonly Entity[], type: EntityType): string[] => entities.filter((e) => e.type === type).map((e) => e.name);

describe("entities of the seed article", () => {
  const entities = seedEntities();

  it("finds the four people, without their titles", () => {
    expect(namesOf(entities, "person")).toEqual(expect.arrayContaining(["Nobuo Kishi", "Lloyd Austin", "Yoshimasa Hayashi", "Antony Blinken"]));
  });

  it("finds the places, with U.S., US and the United States as one", () => {
    expect(namesOf(entities, "place")).toEqual(expect.arrayContaining(["Japan", "United States", "Russia", "Ukraine", "China", "Taiwan", "North Korea"]));
    expect(entities.find((e) => e.key === "united-states")?.mentions).toBe(5);
  });

  it("finds the United Nations as an organization", () => {
    expect(namesOf(entities, "organization")).toContain("United Nations");
  });

  it("counts Kishi and Austin alone as the people first named in full", () => {
    expect(entities.find((e) => e.key === "nobuo-kishi")).toMatchObject({ type: "person", mentions: 4 });
    expect(entities.find((e) => e.key === "lloyd-austin")).toMatchObject({ type: "person", mentions: 3 });
    expect(entities.filter((e) => e.key === "kishi" || e.key === "austin")).toEqual([]);
  });

  it("has no weekday, month, bare title or fragment", () => {
    const keys = entities.map((e) => e.key);
    for (const bad of ["thursday", "may", "january", "defense-minister", "foreign-minister", "secretary-of-state", "state-antony-blinken", "defence", "constitution"]) {
      expect(keys, bad).not.toContain(bad);
    }
    expect(keys.filter((key) => /minister|secretary|thursday|january/.test(key))).toEqual([]);
  });

  it("sorts by mentions, then by name", () => {
    const sorted = [...entities].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(entities).toEqual(sorted);
    expect(entities[0]?.name).toBe("United States");
  });
});
