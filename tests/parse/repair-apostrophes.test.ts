import { describe, expect, it } from "vitest";
import { repairApostrophes } from "../../src/parse/repair-apostrophes.ts";
import { readFixtures } from "./fixtures.ts";

describe("repairApostrophes", () => {
  for (const fixture of readFixtures("apostrophes.txt")) {
    it(fixture.name, () => {
      const inputs = fixture.input.trimEnd().split("\n");
      const expected = fixture.expected.trimEnd().split("\n");
      expect(inputs.map((line) => repairApostrophes(line).text)).toEqual(expected);
    });
  }

  it("counts each apostrophe it puts back", () => {
    expect(repairApostrophes("The nation s plan: don t worry, it s fine.")).toEqual({
      text: "The nation’s plan: don’t worry, it’s fine.",
      count: 3,
    });
  });

  it("counts nothing and returns the same text when nothing was lost", () => {
    const text = "Russia's invasion; the U.S. says so; a s; the letter s.";
    expect(repairApostrophes(text)).toEqual({ text, count: 0 });
  });

  it("repairs across lines and at the very start and end", () => {
    expect(repairApostrophes("it s\ndon t")).toEqual({ text: "it’s\ndon’t", count: 2 });
  });
});
