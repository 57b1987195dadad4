// Reads the words around a run for what it names: "Tanaka said" (a person), "a small city" (a place), "chipmaker Nvidia".
import type { Tokens } from "./tokenize.ts";
import { KNOWN } from "./lexicon.ts";

/**
 * "person": "said Smith", "Smith, a lawyer", "project manager Shinichiro Sakai", "Biden administration";
 * "speaker": "Smith said", which a company may be too; "place" and "organization" from the nouns around it.
 */
export type RunContext = "speaker" | "person" | "place" | "organization" | null;

const SPEECH_AFTER = new Set([
  "said", "says", "told", "added", "wrote", "argued", "noted", "explained", "asked", "warned", "stated",
  "tweeted", "testified", "recalled", "insisted", "replied", "acknowledged", "admitted", "urged",
]);
/** "said Tanaka"; not "told Sky Sports", where the name is the one listening. */
const SPEECH_BEFORE = new Set(["said", "says", "added", "wrote", "explained", "noted"]);
/** Titles in lower case before a name or in an apposition: "project manager Shinichiro Sakai". */
const PERSON_NOUNS = new Set([
  "who", "whose", "chief", "head", "director", "spokesman", "spokeswoman", "spokesperson", "president",
  "minister", "secretary", "chairman", "chairwoman", "professor", "analyst", "economist", "senior",
  "former", "deputy", "executive", "lawyer", "attorney", "coach", "founder", "author", "leader",
  "glaciologist", "scientist", "researcher", "official", "member", "mayor", "governor", "ambassador",
  "manager", "campaigner", "judge", "billionaire", "actor", "singer", "striker", "midfielder", "player",
]);
/** Titles of people who speak for an organisation: "Arsenal manager Mikel Arteta", "Fujitsu Europe director". */
const OFFICER_NOUNS = new Set([
  "chief", "director", "spokesman", "spokeswoman", "spokesperson", "manager", "coach", "chairman",
  "chairwoman", "president", "executive", "attorney", "lawyer", "official", "officials", "leader",
]);
const PLACE_NOUNS = new Set([
  "city", "town", "village", "country", "nation", "region", "province", "state", "district", "county",
  "island", "port", "suburb", "neighbourhood", "neighborhood", "capital", "municipality", "area", "prefecture",
]);
/** Nouns that describe an organisation, before or after its name: "chipmaker Nvidia", "Georgian Dream party". */
const ORG_NOUNS = new Set([
  "party", "company", "firm", "group", "unit", "subsidiary", "agency", "bank", "airline", "carmaker",
  "automaker", "retailer", "lender", "insurer", "broadcaster", "newspaper", "militia", "movement",
  "conglomerate", "startup", "manufacturer", "regulator", "ministry", "chipmaker", "insurer", "club",
  "giant", "operator", "developer", "publisher", "brewer", "drugmaker", "miner", "exchange", "charity",
]);
const RELATIVES = new Set(["who", "whose"]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "across"]);
const ARTICLES = new Set(["a", "an", "the"]);
const CAPITAL_RE = /^\p{Lu}/u;
/** "Smith, 45, said": an age. */
const AGE_RE = /^\d{1,3}$/;

const DESCRIPTORS = new Set([...ORG_NOUNS, ...PERSON_NOUNS, ...PLACE_NOUNS]);
/** Nouns that describe the name next to them; capitalised at the start of a sentence they are still not names. */
export const isDescriptor = (word: string): boolean => DESCRIPTORS.has(word.toLowerCase());

/** The word at `at`, or "" outside the text: reading words[-1] made V8 read every later word at that place the slow way. */
export const wordAt = (words: readonly string[], at: number): string => (at >= 0 ? words[at] ?? "" : "");

export function contextOf(tokens: Tokens, start: number, end: number): RunContext {
  const { words } = tokens;
  const before = wordAt(words, start - 1).toLowerCase();
  const after = words[end] ?? "";
  const next = words[end + 1] ?? "";
  if (after === "administration") return "person";
  if (after === "," && AGE_RE.test(next) && words[end + 2] === ",") return "person";
  if (ORG_NOUNS.has(after) || ORG_NOUNS.has(before)) return "organization";
  if (OFFICER_NOUNS.has(after) && CAPITAL_RE.test(next)) return "organization";
  if (PLACE_NOUNS.has(after) || (before === "of" && PLACE_NOUNS.has(wordAt(words, start - 2)))) return "place";
  if (after === "," && ARTICLES.has(next)) {
    // ", a small city on the Rio Grande", ", a lawyer for the family": look a few words on for the noun.
    for (let at = end + 2; at < end + 5; at++) {
      const word = words[at] ?? "";
      if (PLACE_NOUNS.has(word)) return "place";
      if (PERSON_NOUNS.has(word)) return "person";
    }
  }
  // "said Smith", "project manager Shinichiro Sakai", "Smith, a lawyer", "Egypt's foreign minister, Sameh Shoukry".
  if (SPEECH_BEFORE.has(before) || PERSON_NOUNS.has(before) || (after === "," && PERSON_NOUNS.has(next) && !RELATIVES.has(next))) return "person";
  if (before === "," && PERSON_NOUNS.has(wordAt(words, start - 2))) return "person";
  // "Smith said", "Smith, who": a company speaks too, and "who" may be about the name before.
  if (SPEECH_AFTER.has(after) || (after === "," && RELATIVES.has(next))) return "speaker";
  // "Springfield, Illinois", "Newark, New Jersey"
  if (after === "," && (KNOWN.get(next)?.type === "place" || KNOWN.get(`${next} ${words[end + 2] ?? ""}`)?.type === "place")) return "place";
  if (PLACE_PREPOSITIONS.has(before)) return "place";
  return null;
}
