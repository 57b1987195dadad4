// Finds a title or role in a run and splits it off: "U.S. Secretary of State Antony Blinken" → U.S. | title | Antony Blinken.
import {
  GIVEN, KNOWN, ORG_TAIL, PLACE_TAIL, PORTFOLIO, ROLE_HEAD, ROLE_MODIFIER, WEAK_ROLE_HEAD,
} from "./lexicon.ts";

export interface RoleSplit {
  /** Words before the title: a place, a demonym or an organisation ("U.S.", "Bank of Japan"). */
  prefix: string[];
  /** The title: ["Secretary", "of", "State"], ["Chief", "Executive"]. */
  title: string[];
  /** The person's name after the title; empty when the title stands alone ("the Defense Minister said"). */
  rest: string[];
  /** A place named inside the title: "Ukraine" in "President of Ukraine". */
  of: string | null;
}

/** Words that continue a title after its first head word: "Chief Executive Officer", "Attorney General". */
const CONTINUATIONS = new Set(["Executive", "Officer", "General", "Minister", "Secretary", "Director", "President", "Chief", "Justice", "Judge", "Marshal"]);

const INITIAL_RE = /^\p{Lu}\.$/u;
const isTitleWord = (word: string): boolean => ROLE_MODIFIER.has(word) || PORTFOLIO.has(word);

/**
 * Where the title starts: modifiers and portfolios before the head, unless they are a known name
 * ("Bank of Japan Governor"); a known name made of title words is a portfolio ("Treasury Secretary").
 */
function titleStart(words: readonly string[], head: number): number {
  for (let from = 0; from < head; from++) {
    const before = words.slice(from, head);
    if (KNOWN.has(before.join(" ")) && !before.every(isTitleWord)) return head;
  }
  let start = head;
  while (start > 0 && isTitleWord(words[start - 1] ?? "")) start--;
  return start;
}

/** Where the title ends: further head words, then "of [the] Foreign Affairs" or "of Ukraine". */
function titleEnd(words: readonly string[], head: number): { end: number; of: string | null } {
  // To the last head word of the title: "Chief Cabinet Secretary", "Chief Executive Officer".
  let end = head + 1;
  for (let at = head + 1; at < words.length; at++) {
    const word = words[at] ?? "";
    if (ROLE_HEAD.has(word) || CONTINUATIONS.has(word)) end = at + 1;
    else if (!isTitleWord(word)) break;
  }
  const link = words[end];
  if (link !== "of" && link !== "for") return { end, of: null };
  let after = end + 1;
  if (words[after] === "the") after++;
  let portfolio = after;
  while (portfolio < words.length && (PORTFOLIO.has(words[portfolio] ?? "") || words[portfolio] === "and")) portfolio++;
  if (portfolio > after) return { end: portfolio, of: null };
  for (let last = words.length; last > after; last--) {
    const place = KNOWN.get(words.slice(after, last).join(" "));
    if (place?.type === "place") return { end: last, of: place.name };
  }
  return { end, of: null };
}

export function stripRole(words: readonly string[]): RoleSplit | null {
  const head = words.findIndex((word) => ROLE_HEAD.has(word));
  if (head === -1) return null;
  const start = titleStart(words, head);
  const { end, of } = titleEnd(words, head);
  const prefix = words.slice(0, start);
  let rest = words.slice(end);
  const headWord = words[head] ?? "";
  if (rest.length === 0) {
    // "Stephen King", "the National Guard": a name that ends in a title word.
    if (WEAK_ROLE_HEAD.has(headWord) || GIVEN.has(prefix[prefix.length - 1] ?? "")) return null;
  } else {
    const last = rest[rest.length - 1] ?? "";
    // "Justice Department", "Prince Edward Island": the title word is part of another name.
    if (KNOWN.has(rest.join(" ")) || ORG_TAIL.has(last) || PLACE_TAIL.has(last)) return null;
    // After a lone title word that also starts other names, a person's name must follow: "King Abdullah II",
    // "Justice Thomas", but not "Major League Baseball". "Chief Executive" is a title whatever follows.
    const lone = end - start === 1 && WEAK_ROLE_HEAD.has(headWord);
    if (lone && rest.length > 1 && !GIVEN.has(rest[0] ?? "") && !INITIAL_RE.test(rest[0] ?? "")) return null;
    while (rest.length > 1 && ROLE_HEAD.has(rest[0] ?? "")) rest = rest.slice(1);
  }
  return { prefix, title: words.slice(start, end), rest, of };
}
