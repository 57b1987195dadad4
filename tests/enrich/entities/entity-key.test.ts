import slugify from "@sindresorhus/slugify";
import { describe, expect, it } from "vitest";
import { entityKey } from "../../../src/enrich/entities/index.ts";

const slug = (name: string): string => slugify(name, { decamelize: false });

describe("entityKey", () => {
  it("slugs names in ASCII, without splitting inner capitals", () => {
    expect(entityKey("Nobuo Kishi")).toBe("nobuo-kishi");
    expect(entityKey("BioNTech")).toBe("biontech");
    expect(entityKey("U.S. Justice Department")).toBe("u-s-justice-department");
    expect(entityKey("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(entityKey("Workers' Party")).toBe("workers-party");
  });

  it("gives what slugify gives for every name its shortcut takes", () => {
    const names = [
      "Ferdinand Marcos Jr.", "N. Chandrababu Naidu", "Rolls-Royce", "COVID-19", "A.B.C.", "-x-", "...", "", " a ", "G7  Summit",
      "Amara O'Brien", "Workers' Party", "Sangamon County Public Defender's Office", "Don't Look Up", "'s", "x's't", "It's 5't",
    ];
    for (const name of names) expect(entityKey(name), name).toBe(slug(name));
    // Every string of up to four characters from letters, digits, spaces, full stops, hyphens and apostrophes.
    const alphabet = [..."sT09 .'-"];
    const strings = (length: number): string[] => (length === 0 ? [""] : strings(length - 1).flatMap((start) => alphabet.map((char) => start + char)));
    for (let length = 0; length <= 4; length++) {
      for (const name of strings(length)) expect(entityKey(name), JSON.stringify(name)).toBe(slug(name));
    }
  });
});
