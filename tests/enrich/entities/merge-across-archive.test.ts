import { describe, expect, it } from "vitest";
import { applyArchiveMerge, mergeAcrossArchive } from "../../../src/enrich/entities/index.ts";
import type { Entity, EntityType } from "../../../src/enrich/entities/index.ts";

const entity = (type: EntityType, name: string, key: string, mentions = 1): Entity => ({ type, name, key, mentions });

describe("mergeAcrossArchive", () => {
  it("maps a surname seen alone to the one full name that ends with it", () => {
    const merge = mergeAcrossArchive([
      [entity("person", "Kishi", "kishi", 2)],
      [entity("person", "Nobuo Kishi", "nobuo-kishi", 3), entity("place", "Japan", "japan")],
    ]);
    expect(merge.canonical).toEqual(new Map([["kishi", "nobuo-kishi"]]));
    expect(merge.names).toEqual(new Map([["nobuo-kishi", "Nobuo Kishi"]]));
  });

  it("leaves a surname apart when two full names end with it", () => {
    const merge = mergeAcrossArchive([
      [entity("person", "Tanaka", "tanaka")],
      [entity("person", "Ines Tanaka", "ines-tanaka")],
      [entity("person", "Elena Tanaka", "elena-tanaka")],
    ]);
    expect(merge.canonical.size).toBe(0);
  });

  it("looks past Jr. and the like for the surname", () => {
    const merge = mergeAcrossArchive([[entity("person", "Ferdinand Marcos Jr.", "ferdinand-marcos-jr")], [entity("person", "Marcos", "marcos")]]);
    expect(merge.canonical.get("marcos")).toBe("ferdinand-marcos-jr");
  });

  it("merges only people", () => {
    const merge = mergeAcrossArchive([[entity("place", "Jordan", "jordan")], [entity("person", "Michael Jordan", "michael-jordan")]]);
    expect(merge.canonical.size).toBe(0);
  });
});

describe("applyArchiveMerge", () => {
  const merge = mergeAcrossArchive([
    [entity("person", "Jordan", "jordan", 2), entity("place", "Jordan", "jordan", 4)],
    [entity("person", "Michael Jordan", "michael-jordan", 5)],
  ]);

  it("renames the surname to the full name and keeps a place of the same key", () => {
    expect(applyArchiveMerge([entity("person", "Jordan", "jordan", 2), entity("place", "Jordan", "jordan", 4)], merge)).toEqual([
      entity("place", "Jordan", "jordan", 4),
      entity("person", "Michael Jordan", "michael-jordan", 2),
    ]);
  });

  it("adds up mentions that now name the same person, and sorts again", () => {
    const merged = applyArchiveMerge([entity("place", "Amman", "amman", 2), entity("person", "Jordan", "jordan", 1), entity("person", "Michael Jordan", "michael-jordan", 2)], merge);
    expect(merged).toEqual([entity("person", "Michael Jordan", "michael-jordan", 3), entity("place", "Amman", "amman", 2)]);
  });

  it("gives back, uncopied, the list of an article that names nobody the archive merges", () => {
    const list = [entity("person", "Michael Jordan", "michael-jordan", 2), entity("place", "Jordan", "jordan", 4)];
    expect(applyArchiveMerge(list, merge)).toBe(list);
  });
});
