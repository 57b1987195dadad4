import { describe, expect, it } from "vitest";
import { countTerms, termKey } from "../../../src/enrich/keywords/count-terms.ts";
import { stem } from "../../../src/enrich/keywords/stem.ts";

const counted = (title: string, text: string, limit?: number): Record<string, number> => {
  const { terms, counts } = countTerms(title, text, limit === undefined ? {} : { limit });
  return Object.fromEntries(terms.split("\n").filter((t) => t !== "").map((term, i) => [term, counts[i] as number]));
};

describe("countTerms", () => {
  it("never counts stop words, reporting words, numbers or single letters", () => {
    expect(counted("", "The budget, he said on Monday, was 2022's 1,200th. I think a budget is x 3.5 percent and 1990s.")).toEqual({ budget: 2 });
  });

  it("folds plurals onto one term, spelt as the writer does mid-sentence", () => {
    expect(counted("", "Elections matter. Elections cost. The election was close: a policy and policies."))
      .toEqual({ election: 3, policy: 2, matter: 1, cost: 1, close: 1 });
    expect(counted("", "Storms rose. Storms fell. Storms again.")).toEqual({ Storms: 3, rose: 1, fell: 1 });
  });

  it("counts two capitalised words as one name, but not the pairs inside longer runs", () => {
    const terms = counted("", "North Korea fired a missile. Officials in North Korea's capital met Defense Minister Nobuo Kishi. Kishi left.");
    expect(terms["North Korea"]).toBe(2);
    expect(terms).not.toHaveProperty("North");
    expect(terms).not.toHaveProperty("Minister Nobuo");
    expect(terms.Kishi).toBe(2);
    expect(terms.Officials).toBeUndefined();
  });

  it("counts headline words twice, and a headline pair as a name only when the body uses it", () => {
    expect(counted("Drought Hits Farms", "The drought is the worst in years.")).toEqual({ drought: 3, Hits: 2, Farms: 2, worst: 1 });
    expect(counted("World Bank Warns", "The World Bank warned of a World Bank loss.")).toEqual({ "World Bank": 4, Warns: 2, warned: 1, loss: 1 });
  });

  it("keeps the most frequent terms, ties going to the first mentioned", () => {
    expect(Object.keys(counted("", "alpha beta gamma delta gamma", 2))).toEqual(["gamma", "alpha"]);
  });

  it("counts a spelling as one, even when the cache of words is emptied in the middle of an article", () => {
    // More distinct words than the cache holds (src/enrich/keywords/word-cache.ts) between the uses of "Election".
    const letters = (n: number): string => (n < 26 ? "" : letters(Math.floor(n / 26))) + String.fromCharCode(97 + (n % 26));
    const filler = Array.from({ length: 40_000 }, (_, i) => `zq${letters(i)}`).join(" ");
    const text = `They held the Election and the Election. ${filler}. Then the Election and the Election, the election, the election and the election.`;
    const { terms, counts } = countTerms("", text);
    // "Election" is the writer's spelling four times mid-sentence, "election" three: split in two, each half would lose.
    expect(terms.split("\n")[0]).toBe("Election");
    expect(counts[0]).toBe(7);
    // And the next article starts from nothing.
    expect(counted("", "An election.")).toEqual({ election: 1 });
  });

  it("gives every spelling of a term one key", () => {
    expect(termKey("Elections")).toBe(termKey("election"));
    expect(termKey("North Korea")).toBe("north korea");
    expect(["policies", "taxes", "churches", "news", "crisis", "bus", "class", "days"].map(stem))
      .toEqual(["policy", "tax", "church", "news", "crisis", "bus", "class", "day"]);
  });
});
