// Says what a name without a title is: a known place or organisation, one by its cue words, a person, or not yet known.
import type { Mention } from "./mention.ts";
import { knownEnd } from "./segment-run.ts";
import {
  COMPASS_WORD, DEMONYM_PLACE, GIVEN, KNOWN, LAW_WORD, LEGAL, NOT_NAME, ORG_HEAD, ORG_TAIL, PLACE_HEAD, PLACE_TAIL,
} from "./lexicon.ts";

const LINKS = new Set(["of", "for", "on"]);
const PLURAL_RE = /[^su]s$/;

/** "Toyota Motor Corp." → "Toyota Motor"; a name that is only a legal form stays as it is. */
function withoutLegalForm(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 1 && LEGAL.has(words[end - 1] ?? "")) end--;
  return words.slice(0, end);
}

const SHOUTED_RE = /^\p{Lu}{4,}$/u;
// Module-level, not inline: esbuild (bin/compile.js) turns a literal with \p{…} into `new RegExp(…)`, built on every call.
const CAPITAL_RE = /^\p{Lu}/u;
const INITIAL_RE = /^\p{Lu}\.$/u;
const SMALL_RE = /^\p{Ll}/u;

/** A small second letter settles most names without the regular expression. */
const isShouted = (name: string): boolean => !(name.charCodeAt(1) >= 97 && name.charCodeAt(1) <= 122) && SHOUTED_RE.test(name);

function fromKnown(name: string, at: number, the: boolean): Mention | null {
  // "LONDON (Reuters) -": a dateline in capitals.
  const known = KNOWN.get(name) ?? (isShouted(name) ? KNOWN.get(name[0] + name.slice(1).toLowerCase()) : undefined);
  if (!known) return null;
  // "the Amazon" is the river, "Amazon" the company.
  const chosen = known.other && (known.type === "place") !== the ? known.other : known;
  return { kind: "entity", type: chosen.type, name: chosen.name, at };
}

const organisation = (words: readonly string[], at: number, the: boolean): Mention => {
  const bare = withoutLegalForm(words).join(" ");
  return fromKnown(bare, at, the) ?? { kind: "entity", type: "organization", name: bare, at };
};

/** An organisation by its words: "Liberal Democratic Party", "Bank of Japan", "Turkish Red Crescent". */
function isOrganisation(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? "";
  if (ORG_TAIL.has(last) || LEGAL.has(last)) return true;
  if (words.some((word, index) => ORG_HEAD.has(word) && LINKS.has(words[index + 1] ?? ""))) return true;
  return words.some((_, index) => index > 0 && KNOWN.get(words.slice(index).join(" "))?.type === "organization");
}

function isPlace(words: readonly string[]): boolean {
  const [first = "", second = ""] = words;
  if (PLACE_TAIL.has(words[words.length - 1] ?? "") || (PLACE_HEAD.has(first) && (LINKS.has(second) || CAPITAL_RE.test(second)))) return true;
  return COMPASS_WORD.has(first) && KNOWN.get(words.slice(1).join(" "))?.type === "place";
}

/** Classifies one segment of a run; `the` says whether "the" came before it. */
export function classifySegment(words: readonly string[], at: number, the: boolean): Mention[] {
  if (words.length === 0) return [];
  const first = words[0] ?? "";
  // Most segments are one word, which needs no join().
  const name = words.length === 1 ? first : words.join(" ");
  const last = words[words.length - 1] ?? "";
  // "South China Seas" is the South China Sea.
  const singular = words.length > 1 && PLACE_TAIL.has(last.slice(0, -1)) ? fromKnown(name.slice(0, -1), at, the) : null;
  const known = fromKnown(name, at, the) ?? singular;
  if (known) return [known];
  const demonym = DEMONYM_PLACE.get(name);
  if (demonym) return [{ kind: "demonym", place: demonym, at }];
  if (words.length === 1) return NOT_NAME.has(first) ? [] : hyphenated(first, at);
  // "Senate Bill 4", "Paris Agreement": a law or treaty is not marked, nor the names inside it.
  if (LAW_WORD.has(last)) return [];
  if (isOrganisation(words)) return [organisation(words, at, the)];
  if (isPlace(words)) return [{ kind: "entity", type: "place", name, at }];
  // "Jordan Poole", and "N. Chandrababu Naidu": a given name or an initial first.
  if ((GIVEN.has(first) || INITIAL_RE.test(first)) && words.length <= 5 && words.slice(1).every((w) => CAPITAL_RE.test(w) || w.length <= 4)) {
    return [{ kind: "person", words: [...words], at, titled: false }];
  }
  // A team: a city and a plural ("Boston Celtics"), or three capitalised words ending in one ("Golden State Warriors").
  const city = KNOWN.get(words.slice(0, -1).join(" "))?.type === "place";
  if (PLURAL_RE.test(last) && (city || (words.length >= 3 && words.every((w) => CAPITAL_RE.test(w))))) {
    return [{ kind: "entity", type: "organization", name, at }];
  }
  // A known name with more around it: "Tokyo Olympics" → Tokyo, and the rest read again. Inside a short name a
  // known word is part of it ("Metro Manila", "Fujitsu Europe"); only a long run is read in pieces.
  for (let from = 0; from < (words.length >= 4 ? words.length : 1); from++) {
    const end = knownEnd(words, from);
    if (end === from) continue;
    const before = from > 0 ? classifySegment(words.slice(0, from), at, the) : [];
    return [...before, ...classifySegment(words.slice(from, end), at + from, from === 0 && the), ...classifySegment(words.slice(end), at + end, false)];
  }
  return [{ kind: "unknown", words: [...words], at, context: null }];
}

/** "U.S.-Japan" and "China-Australia" name both; "California-based" names California. */
function hyphenated(word: string, at: number): Mention[] {
  if (word.includes("-")) {
    const parts = word.split("-");
    const [head = ""] = parts;
    if (parts.every((part) => KNOWN.has(part) || DEMONYM_PLACE.has(part))) return parts.flatMap((part) => classifySegment([part], at, false));
    if ((KNOWN.has(head) || DEMONYM_PLACE.has(head)) && parts.slice(1).every((part) => SMALL_RE.test(part))) return classifySegment([head], at, false);
  }
  return [{ kind: "unknown", words: [word], at, context: null }];
}
