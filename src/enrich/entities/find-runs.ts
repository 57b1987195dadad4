// Finds runs of capitalised words (with the small words names contain) that may name people, places or organisations.
import type { RunContext } from "./run-context.ts";
import type { Tokens } from "./tokenize.ts";
import { contextOf, isDescriptor, wordAt } from "./run-context.ts";
import { knownEnd } from "./segment-run.ts";
import { isCommonWord } from "./is-common-word.ts";
import { isCapitalised } from "./letter-case.ts";
import {
  COMPASS_WORD, DATE_WORD, DEMONYM_PLACE, GIVEN, KNOWN, NAME_MONTH, NOT_NAME, ORG_TAIL, PARTICLE, PORTFOLIO, ROLE_HEAD,
  ROLE_MODIFIER,
} from "./lexicon.ts";

export interface Run {
  /** The run's words, connectors included: ["Bank", "of", "Japan"]. */
  words: string[];
  /** Token index of the first word, and of the token after the last. */
  start: number;
  end: number;
  /** "the" comes right before the run ("the Amazon"). */
  the: boolean;
  /** The acronym in parentheses right after the run: "(OBR)". */
  acronym: string | null;
  /** What the words around the run suggest it names. */
  context: RunContext;
}

const ACRONYM_RE = /^[A-Z][A-Z0-9&.-]{1,9}$/;
const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/;
/** The words that join two names, and the particles inside one ("de", "van", "bin"). */
const CONNECTORS = new Set(["of", "for", "on", "and", "&", ...PARTICLE]);
/** Words a sentence may start with that still belong to a name, whatever the tagger says: one set, not seven lookups. */
const NAMEISH = new Set([
  ...KNOWN.keys(), ...GIVEN, ...ROLE_HEAD, ...ROLE_MODIFIER, ...PORTFOLIO, ...COMPASS_WORD, ...DEMONYM_PLACE.keys(),
]);
const isNameish = (word: string): boolean => NAMEISH.has(word);

/** Where a run may start. At the start of a sentence an ordinary word ("Critics", "Top") is skipped when a name follows it. */
function canStart(tokens: Tokens, at: number): boolean {
  const { words } = tokens;
  const word = words[at] ?? "";
  if (!tokens.isCapitalised(at) || DATE_WORD.has(word)) return false;
  if (!tokens.initial[at]) return true;
  if (NOT_NAME.has(word)) return false;
  if (isNameish(word) || knownEnd(words, at) > at) return true;
  // "Chipmaker Zentrix said": a noun describing the name, whether or not the lexicon knows it.
  if (isDescriptor(word)) return false;
  if (!isCommonWord(word)) return true;
  return !(tokens.isCapitalised(at + 1) && tokens.sentence[at + 1] === tokens.sentence[at]);
}

/** A capitalised word that continues a run; a month only where it is a name ("Theresa May"). */
function canContinue(tokens: Tokens, at: number, previous: string): boolean {
  const word = tokens.words[at] ?? "";
  if (!tokens.isCapitalised(at)) return false;
  if (!DATE_WORD.has(word)) return true;
  return NAME_MONTH.has(word) && (GIVEN.has(previous) || ROLE_HEAD.has(previous));
}

/** Connectors ("of the", "for the 5th", "and", particles) between two capitalised words: how many tokens they take. */
function connectorLength(tokens: Tokens, at: number): number {
  const { words, sentence } = tokens;
  const word = words[at] ?? "";
  if (!CONNECTORS.has(word)) return 0;
  let next = at + 1;
  if (words[next] === "the" && word !== "and" && word !== "&") next++;
  if (ORDINAL_RE.test(words[next] ?? "")) next++;
  if (sentence[next] !== sentence[at] || !canContinue(tokens, next, "")) return 0;
  return next - at;
}

/** "Workers' Party", "Public Defender's Office": a possessive inside an organisation's name, not after a known name. */
function possessiveNameEnd(tokens: Tokens, run: readonly string[], at: number): number {
  const { words } = tokens;
  const mark = words[at];
  if (mark !== "'s" && mark !== "'") return 0;
  // Only the words after the run's last connector can own it: "Megan Ortiz of the Sangamon County Public Defender's Office".
  let from = run.length - 1;
  while (from > 0 && isCapitalised(run[from - 1] ?? "")) from--;
  const owner = run.slice(from);
  // The owner is an ordinary noun ("Workers", "Children"); "Bolsonaro's Liberal Party" is two names.
  if (KNOWN.has(owner.join(" ")) || GIVEN.has(owner[0] ?? "") || !isCommonWord(owner[owner.length - 1] ?? "")) return 0;
  let end = at + 1;
  while (end < words.length && canContinue(tokens, end, "")) end++;
  return end > at + 1 && ORG_TAIL.has(words[end - 1] ?? "") ? end : 0;
}

/** Sentences written in capitals ("IN BRIEF: PM KISHIDA MEETS BIDEN"), where only known names are read. */
function shoutedSentences(tokens: Tokens): Set<number> {
  const counts = new Map<number, number>();
  for (let at = 0; at < tokens.words.length; at++) {
    if (tokens.isShouted(at) && !KNOWN.has(tokens.words[at] ?? "")) counts.set(tokens.sentence[at] ?? 0, (counts.get(tokens.sentence[at] ?? 0) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 3).map(([sentence]) => sentence));
}

/** No name is longer; a longer run is a line in Title Case, read in pieces ("Ministry of Land, Infrastructure…" has commas). */
const MAX_RUN = 12;

/** Extends a run over capitalised words, connectors and possessives inside names; returns the token after it. */
function extendRun(tokens: Tokens, run: string[], start: number): number {
  const { words } = tokens;
  let end = start + 1;
  while (run.length < MAX_RUN) {
    const next = words[end] ?? "";
    if (tokens.sentence[end] === tokens.sentence[start] && canContinue(tokens, end, words[end - 1] ?? "")) {
      run.push(next);
      end++;
      continue;
    }
    const owner = possessiveNameEnd(tokens, run, end);
    if (owner > 0) {
      run[run.length - 1] += next;
      run.push(...words.slice(end + 1, owner));
      end = owner;
      continue;
    }
    const skip = connectorLength(tokens, end);
    if (skip === 0) return end;
    run.push(...words.slice(end, end + skip));
    end += skip;
  }
  return end;
}

/** In a sentence in capitals, only a known name: "TOKYO" is Tokyo. Returns the token after it, or `start` if none. */
function knownShoutedEnd(words: readonly string[], start: number): number {
  const end = knownEnd(words, start);
  const word = words[start] ?? "";
  return end === start && KNOWN.has(word[0] + word.slice(1).toLowerCase()) ? start + 1 : end;
}

const isThe = (word: string): boolean => word.length === 3 && word.toLowerCase() === "the";

export function findRuns(tokens: Tokens): Run[] {
  const { words } = tokens;
  const runs: Run[] = [];
  const shouted = shoutedSentences(tokens);
  for (let start = 0; start < words.length; start++) {
    if (!canStart(tokens, start)) continue;
    const run = [words[start] ?? ""];
    let end: number;
    if (shouted.has(tokens.sentence[start] ?? 0)) {
      end = knownShoutedEnd(words, start);
      if (end === start) continue;
      run.push(...words.slice(start + 1, end));
    } else {
      end = extendRun(tokens, run, start);
    }
    const after = words[end] ?? "";
    const acronym = after === "(" && words[end + 2] === ")" && ACRONYM_RE.test(words[end + 1] ?? "") ? (words[end + 1] ?? null) : null;
    runs.push({ words: run, start, end, the: isThe(wordAt(words, start - 1)), acronym, context: contextOf(tokens, start, end) });
    // "(OBR)" names the run again; it is not a mention of its own.
    start = acronym === null ? end - 1 : end + 2;
  }
  return runs;
}
