import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/enrich/entities/tokenize.ts";

/** Tokens as one string: "^" marks a token that opens a sentence or quotation, "|" a sentence boundary before it. */
function show(text: string): string {
  const { words, sentence, initial } = tokenize(text);
  return words.map((word, at) => `${at > 0 && sentence[at] !== sentence[at - 1] ? "| " : ""}${initial[at] ? "^" : ""}${word}`).join(" ");
}

const words = (text: string): string[] => tokenize(text).words;

describe("tokenize", () => {
  it("splits off punctuation and marks sentences", () => {
    expect(show("Kishi met Austin. They talked!")).toBe("^Kishi met Austin . | ^They talked !");
    expect(show("“We will win,” said Smith. (OBR) said so: yes.")).toBe("^“ ^We will win , ” said Smith . | ^( ^OBR ) said so : ^yes .");
  });

  it("ends a sentence at a line break", () => {
    expect(show("By Jane Smith\n\nThe plan failed")).toBe("^By Jane Smith | ^The plan failed");
  });

  it("keeps the full stop of abbreviations, initials and letters with stops", () => {
    expect(words("Mr. Smith and Gen. Milley of Toyota Motor Corp. met in Washington, D.C. on Jan. 5.")).toEqual([
      "Mr.", "Smith", "and", "Gen.", "Milley", "of", "Toyota", "Motor", "Corp.", "met", "in", "Washington", ",", "D.C.", "on", "Jan.", "5", ".",
    ]);
    expect(words("N. Chandrababu Naidu, J.K. Rowling, e.g. the U.S.")).toEqual(["N.", "Chandrababu", "Naidu", ",", "J.K.", "Rowling", ",", "e.g.", "the", "U.S."]);
    expect(words("Amazon.com")).toEqual(["Amazon", ".", "com"]);
  });

  it("lets 'U.S.' and 'Inc.' end a sentence without splitting them", () => {
    expect(show("He flew to the U.S. Then he left.")).toBe("^He flew to the U.S. ^Then he left .");
  });

  it("keeps hyphenated compounds whole and splits at dashes", () => {
    expect(words("Rolls-Royce, Secretary-General al-Hawa, U.S.-led COVID-19 and F-35")).toEqual([
      "Rolls-Royce", ",", "Secretary-General", "al-Hawa", ",", "U.S.-led", "COVID-19", "and", "F-35",
    ]);
    expect(show("Beijing–Washington ties - a dash")).toBe("^Beijing – ^Washington ties - ^a dash");
  });

  it("splits possessives always and the contractions of pronouns", () => {
    expect(words("Russia's army, Britain's. Japan’s, the Workers' Party")).toEqual([
      "Russia", "'s", "army", ",", "Britain", "'s", ".", "Japan", "'s", ",", "the", "Workers", "'", "Party",
    ]);
    expect(words("they're sure it's O'Brien's, didn't he?")).toEqual(["they", "'re", "sure", "it", "'s", "O'Brien", "'s", ",", "didn't", "he", "?"]);
  });

  it("reads numbers with their separators and suffixes", () => {
    expect(words("2,200 people, 4.5% of $74.9bn in 2020-21, the 1990s and '90s, 5th, -5 and 5G")).toEqual([
      "2,200", "people", ",", "4.5", "%", "of", "$", "74.9", "bn", "in", "2020-21", ",", "the", "1990s", "and", "'90s", ",", "5th", ",", "-5", "and", "5", "G",
    ]);
  });

  it("keeps words in any script whole, and web addresses", () => {
    expect(words("Recep Tayyip Erdoğan in Gdańsk and Москва")).toEqual(["Recep", "Tayyip", "Erdoğan", "in", "Gdańsk", "and", "Москва"]);
    expect(words("See https://example.com/a?b=1. Then www.example.org.")).toEqual(["See", "https://example.com/a?b=1", ".", "Then", "www.example.org", "."]);
  });

  it("finds nothing in empty text", () => {
    expect(tokenize("")).toEqual({ words: [], sentence: [], initial: [] });
    expect(tokenize("  \n\n ")).toEqual({ words: [], sentence: [], initial: [] });
  });
});
