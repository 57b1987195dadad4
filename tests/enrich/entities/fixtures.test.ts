import { describe, expect, it } from "vitest";
import { evaluate, formatScores, readFixtures } from "./evaluate.ts";

describe("labeled entity fixtures", () => {
  const fixtures = readFixtures();

  it("holds at least 12 articles, each labeled with all three types", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const fixture of fixtures) {
      expect(Object.keys(fixture.gold).sort(), fixture.name).toEqual(["organization", "person", "place"]);
    }
  });

  it("reaches precision 0.9 and recall 0.8 for every type", () => {
    const scores = evaluate(fixtures);
    console.log(`Entity extraction over ${fixtures.length} labeled articles (micro-averaged):\n${formatScores(scores)}`);
    for (const score of scores) {
      expect(score.precision, `${score.type} precision; false positives: ${score.falsePositives.join(", ")}`).toBeGreaterThanOrEqual(0.9);
      expect(score.recall, `${score.type} recall; missed: ${score.falseNegatives.join(", ")}`).toBeGreaterThanOrEqual(0.8);
    }
  });
});
