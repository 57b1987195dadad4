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

describe("entityKey with diacritics", () => {
  it("gives a name written with or without its accents one key", () => {
    const pairs = [["Zürich", "Zurich"], ["São Paulo", "Sao Paulo"], ["Malmö", "Malmo"], ["José Álvarez", "Jose Alvarez"], ["Nguyễn Phú Trọng", "Nguyen Phu Trong"]];
    for (const [marked, plain] of pairs) expect(entityKey(marked!), marked).toBe(entityKey(plain!));
    expect(entityKey("Malmö")).toBe("malmo");
    expect(entityKey("Nguyễn Phú Trọng")).toBe("nguyen-phu-trong");
  });

  it("still spells out letters that are letters of their own", () => {
    expect(entityKey("Łódź")).toBe("lodz");
    expect(entityKey("Søren Kierkegaard")).toBe("soren-kierkegaard");
    expect(entityKey("Straße")).toBe("strasse");
    expect(entityKey("Ærø")).toBe("aero");
    // Other scripts are slugify's as before: nothing in them is a Latin mark.
    expect(entityKey("Владимир Путин")).toBe(slug("Владимир Путин"));
  });
});
