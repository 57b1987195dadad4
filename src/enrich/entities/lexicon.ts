// The curated word lists as lookup tables, built once per process: surface form → known entity, and the cue sets.
import type { EntityType } from "./entity.ts";
import { CITIES } from "./data/cities.ts";
import { COMPANIES } from "./data/companies.ts";
import { COUNTRIES } from "./data/countries.ts";
import { COMPASS, LEGAL_SUFFIXES, NAME_PARTICLES, ORG_HEAD_CUES, ORG_TAIL_CUES, PLACE_HEAD_CUES, PLACE_TAIL_CUES } from "./data/cues.ts";
import { DEMONYMS } from "./data/demonyms.ts";
import { FAMILY_FIRST_NAMES, GIVEN_NAMES } from "./data/given-names.ts";
import { INSTITUTIONS } from "./data/institutions.ts";
import { MONTHS, NOT_NAMES, WEEKDAYS } from "./data/never.ts";
import { PORTFOLIOS, ROLE_HEADS, ROLE_MODIFIERS, WEAK_ROLE_HEADS } from "./data/roles.ts";
import { REGIONS } from "./data/regions.ts";
import { FoldingMap, FoldingSet } from "./fold.ts";

export interface Known {
  type: EntityType;
  name: string;
  /** The other reading of a name that is both a place and an organisation ("Amazon"). */
  other?: Known;
}

/** Surface form (words joined by single spaces, no leading "the") → the entity it names; found with or without diacritics. */
export const KNOWN = new FoldingMap<Known>();
/** Canonical name → every surface form of it, for finding known names in headlines. */
export const SURFACES = new Map<string, string[]>();

function addAll(table: readonly (readonly string[])[], type: EntityType): void {
  for (const [name, ...aliases] of table) {
    if (name === undefined) continue;
    const entity: Known = { type, name };
    for (const surface of [name, ...aliases]) {
      const form = surface.replace(/^the /i, "");
      const existing = KNOWN.get(form);
      if (existing && existing.type !== type) existing.other = entity;
      else if (!existing) KNOWN.set(form, entity);
      const surfaces = SURFACES.get(name);
      if (surfaces) surfaces.push(form);
      else SURFACES.set(name, [form]);
    }
  }
}
addAll(COUNTRIES, "place");
addAll(REGIONS, "place");
addAll(CITIES, "place");
addAll(INSTITUTIONS, "organization");
addAll(COMPANIES, "organization");
KNOWN.withFoldedKeys();

/** The most words any known surface form has. */
export const MAX_KNOWN_WORDS = Math.max(...Array.from(KNOWN.keys(), (form) => form.split(" ").length));
/** First word of a known name of two words or more → the most words such a name has. */
export const KNOWN_FIRST_WORD = new FoldingMap<number>();
for (const form of KNOWN.keys()) {
  const words = form.split(" ");
  if (words.length > 1) KNOWN_FIRST_WORD.set(words[0] ?? "", Math.max(KNOWN_FIRST_WORD.get(words[0] ?? "") ?? 0, words.length));
}

export const DEMONYM_PLACE = new FoldingMap<string>(DEMONYMS).withFoldedKeys();
export const FAMILY_FIRST = new FoldingSet(FAMILY_FIRST_NAMES);
export const GIVEN = new FoldingSet([...GIVEN_NAMES, ...FAMILY_FIRST_NAMES]);
export const ROLE_HEAD = new Set(ROLE_HEADS);
export const WEAK_ROLE_HEAD = new Set(WEAK_ROLE_HEADS);
export const ROLE_MODIFIER = new Set(ROLE_MODIFIERS);
export const PORTFOLIO = new Set(PORTFOLIOS);
export const ORG_TAIL = new Set(ORG_TAIL_CUES);
export const ORG_HEAD = new Set(ORG_HEAD_CUES);
export const LEGAL = new Set(LEGAL_SUFFIXES);
export const PLACE_TAIL = new Set(PLACE_TAIL_CUES);
export const PLACE_HEAD = new Set(PLACE_HEAD_CUES);
export const COMPASS_WORD = new Set(COMPASS);
export const PARTICLE = new Set(NAME_PARTICLES);
export const WEEKDAY = new Set(WEEKDAYS);
export const MONTH = new Set(MONTHS);
/** Weekdays and months together: one lookup clears most capitalised words of both. */
export const DATE_WORD = new Set([...WEEKDAYS, ...MONTHS]);
export const NOT_NAME = new Set(NOT_NAMES);
/** Last words of the names of laws and treaties, which are not marked: "Senate Bill 4", "Paris Agreement". */
export const LAW_WORD = new Set(["Bill", "Act", "Treaty", "Agreement", "Accord", "Accords", "Protocol", "Convention", "Amendment", "Doctrine"]);
/** Months that are also names ("Theresa May"), kept when a name or title comes right before them. */
export const NAME_MONTH = new Set(["May", "June", "April", "August"]);
/** Titles of companies' officers: an unknown word before one is the company ("Tesla CEO Elon Musk"). */
export const CORPORATE_ROLE = new Set(["CEO", "CFO", "COO", "CTO", "Executive", "Chairman", "Chairwoman", "Founder", "Officer"]);

/** Title and cue words: never a name by themselves, whatever the words around them say ("Opposition leader", "Ministry spokesperson"). */
const VOCABULARY = new Set([
  ...ROLE_HEAD, ...ROLE_MODIFIER, ...PORTFOLIO, ...ORG_TAIL, ...PLACE_TAIL, ...NOT_NAME, ...COMPASS_WORD, ...DEMONYM_PLACE.keys(),
]);
export const isVocabulary = (word: string): boolean => VOCABULARY.has(word);
