// Names the keywords picked across the archive: each gets its term key, and the spelling most of
// the articles that picked it use ("North Korea", "elections"). Reads each spelling from its
// article's terms only where it differs from the first one seen, so 500,000 picks stay cheap.
import { termKey } from "./count-terms.ts";
import { compareStrings, spellingAt } from "./index-terms.ts";
import type { TermIndex } from "./index-terms.ts";

export interface KeywordNames {
  /** The key of each pick, in the same shape as the picks. */
  keys: string[][];
  /** Per key: how many picks it has, and its commonest spelling (a tie goes to fewer capitals, then code-unit order). */
  picked: Map<string, number>;
  names: Map<string, string>;
}

interface Seen {
  spelling: string;
  key: string;
  votes: number;
}

export function nameKeywords(index: TermIndex, picks: readonly (readonly number[])[]): KeywordNames {
  const firstSeen = new Map<number, Seen>();
  const otherSpellings = new Map<string, number>();
  const picked = new Map<string, number>();
  const keys = picks.map((positions, article) => positions.map((position) => {
    const term = index.termIds[position] as number;
    const seen = firstSeen.get(term);
    let key: string;
    if (seen !== undefined && lineIs(index, article, position, seen.spelling)) {
      seen.votes++;
      key = seen.key;
    } else {
      const spelling = spellingAt(index, article, position);
      key = termKey(spelling);
      if (seen === undefined) firstSeen.set(term, { spelling, key, votes: 1 });
      else otherSpellings.set(spelling, (otherSpellings.get(spelling) ?? 0) + 1);
    }
    picked.set(key, (picked.get(key) ?? 0) + 1);
    return key;
  }));
  const best = new Map<string, [string, number]>();
  const vote = (key: string, spelling: string, votes: number): void => {
    const current = best.get(key);
    if (current === undefined || votes > current[1] || (votes === current[1] && preferred(spelling, current[0]))) best.set(key, [spelling, votes]);
  };
  for (const { key, spelling, votes } of firstSeen.values()) vote(key, spelling, votes);
  for (const [spelling, votes] of otherSpellings) vote(termKey(spelling), spelling, votes);
  return { keys, picked, names: new Map([...best].map(([key, [spelling]]) => [key, spelling])) };
}

/** Between spellings with equal votes: fewer capitals (a capital may only open a sentence), then code-unit order. */
function preferred(a: string, b: string): boolean {
  const capitals = (s: string): number => s.length - [...s].filter((c) => c === c.toLowerCase()).length;
  return capitals(a) - capitals(b) < 0 || (capitals(a) === capitals(b) && compareStrings(a, b) < 0);
}

/** Whether the term at `position` is spelled `spelling`, compared in place without a new string. */
function lineIs(index: TermIndex, article: number, position: number, spelling: string): boolean {
  const text = index.spellings[article] ?? "";
  let start = 0;
  for (let line = position - (index.offsets[article] as number); line > 0; line--) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) return false;
    start = newline + 1;
  }
  const end = start + spelling.length;
  return text.startsWith(spelling, start) && (end === text.length || text.charCodeAt(end) === 10);
}
