// Sentence and headline templates for the synthetic archive: newsy English with names, numbers and quotes.

import type { Random } from "./random.ts";
import {
  ADJECTIVES, COMPANIES, GENERIC_NOUNS, MONTHS, NATION_WORDS, ORGANISATIONS, PLACES, QUOTES, TIME_REFERENCES,
  TOPICS, TRENDS, UNITS, VERBS, WEEKDAYS,
} from "./vocabulary.ts";
import type { Topic } from "./vocabulary.ts";

export interface Person {
  /** First mention, e.g. "Defense Minister Nobuo Kishi". */
  full: string;
  /** Later mentions, e.g. "Kishi". */
  short: string;
}

/** The people, places and organisations one article keeps coming back to. */
export interface Cast {
  topic: Topic;
  people: readonly Person[];
  places: readonly string[];
  organisations: readonly string[];
  company: string;
}

export interface SentenceContext {
  rng: Random;
  cast: Cast;
  /** Full names already used, so later mentions use the surname as newspapers do. */
  mentioned: Set<string>;
}

type Template = (c: SentenceContext) => string;

/** Damaged apostrophes ("nation s") turn up in real archives; keep a few so the build has to cope. */
const DAMAGED_APOSTROPHE = 0.1;

const person = (c: SentenceContext): string => {
  const p = c.rng.pick(c.cast.people);
  if (c.mentioned.has(p.full)) return p.short;
  c.mentioned.add(p.full);
  return p.full;
};
const place = (c: SentenceContext): string => (c.rng.chance(0.8) ? c.rng.pick(c.cast.places) : c.rng.pick(PLACES));
const org = (c: SentenceContext): string =>
  c.rng.chance(0.8) ? c.rng.pick(c.cast.organisations) : c.rng.pick(ORGANISATIONS);
/** Two different places, so no sentence has Istanbul signing an agreement with Istanbul. */
const placePair = (c: SentenceContext): [string, string] => {
  const first = place(c);
  let second = place(c);
  while (second === first) second = c.rng.pick(PLACES);
  return [first, second];
};
const noun = (c: SentenceContext): string => c.rng.pick(TOPICS[c.cast.topic]);
const generic = (c: SentenceContext): string => c.rng.pick(GENERIC_NOUNS);
const adj = (c: SentenceContext): string => c.rng.pick(ADJECTIVES);
const withArticle = (phrase: string): string => (/^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`);
const verb = (c: SentenceContext): string => c.rng.pick(VERBS)[0];
const past = (c: SentenceContext): string => c.rng.pick(VERBS)[1];
const possessive = (c: SentenceContext, word: string): string =>
  c.rng.chance(DAMAGED_APOSTROPHE) ? `${word} s` : `${word}'s`;
const year = (c: SentenceContext): number => c.rng.int(1990, 2014);
const small = (c: SentenceContext): number => c.rng.int(2, 90);
const big = (c: SentenceContext): string =>
  c.rng.chance(0.5) ? String(c.rng.int(100, 999)) : `${c.rng.int(1, 99)},${String(c.rng.int(0, 999)).padStart(3, "0")}`;
const percent = (c: SentenceContext): string => `${c.rng.int(1, 40)}.${c.rng.int(0, 9)}`;
const money = (c: SentenceContext): string =>
  c.rng.chance(0.5)
    ? `$${c.rng.int(1, 99)}.${c.rng.int(1, 9)} billion`
    : `${c.rng.int(10, 900)} million ${c.rng.pick(["euros", "yen", "dollars", "pounds"])}`;

const SENTENCES: readonly Template[] = [
  (c) => `${person(c)} said on ${c.rng.pick(WEEKDAYS)} that ${org(c)} would ${verb(c)} the ${noun(c)} in ${place(c)}.`,
  (c) => `"${c.rng.pick(QUOTES)}," ${person(c)} told reporters in ${place(c)}.`,
  (c) => `${org(c)} described the ${noun(c)} as '${adj(c)} and ${adj(c)}', according to a statement released ${c.rng.pick(TIME_REFERENCES)}.`,
  (c) => `More than ${big(c)} people have been affected by the ${noun(c)}, ${org(c)} said.`,
  (c) => `The ${possessive(c, c.rng.pick(NATION_WORDS))} ${noun(c)} has ${c.rng.pick(TRENDS)} by ${percent(c)} percent since ${year(c)}, official data showed.`,
  (c) => `${placePair(c).join(" and ")} are expected to sign an agreement on the ${noun(c)} ${c.rng.pick(TIME_REFERENCES)}, sources familiar with the matter said.`,
  (c) => `Critics, including ${person(c)}, argue that the ${noun(c)} will ${verb(c)} ${possessive(c, place(c))} ${generic(c)}.`,
  (c) => `Analysts at ${org(c)} expect spending on the ${noun(c)} to reach ${money(c)} by ${c.rng.int(2025, 2035)}.`,
  (c) => `"We will not ${verb(c)} the ${noun(c)}," said ${person(c)}, who ${past(c)} a similar ${generic(c)} in ${year(c)}.`,
  (c) => `${c.cast.company} has ${past(c)} its ${noun(c)} plans, putting ${money(c)} of investment at risk.`,
  (c) => `${person(c)} is expected to meet ${person(c)} in ${place(c)} in ${c.rng.pick(MONTHS)} to discuss the ${noun(c)} and the ${generic(c)}.`,
  (c) => `According to ${org(c)}, ${big(c)} ${c.rng.pick(UNITS)} were recorded in the first ${c.rng.int(2, 11)} months of the year.`,
  (c) => `It's the first time ${place(c)} has ${past(c)} such ${withArticle(adj(c))} ${generic(c)} since ${year(c)}.`,
  (c) => `The ${generic(c)} didn't go as planned, ${person(c)} said, adding that ${org(c)} would review it ${c.rng.pick(TIME_REFERENCES)}.`,
  (c) => `Officials in ${place(c)} said ${small(c)} people were injured and ${small(c)} remained missing.`,
  (c) => `Shares of ${c.rng.pick(COMPANIES)} fell ${percent(c)} percent in ${place(c)} trading on ${c.rng.pick(WEEKDAYS)}.`,
  (c) => `The decision comes ${c.rng.int(2, 9)} weeks after ${person(c)} ${past(c)} the ${generic(c)} put forward by ${org(c)}.`,
  (c) => `${person(c)} said the ${possessive(c, c.rng.pick(NATION_WORDS))} ${noun(c)} was '${adj(c)}' but warned that more needed to be done.`,
  (c) => `The ${noun(c)} has been the subject of a lot of debate ahead of ${withArticle(adj(c))} ${generic(c)} by the end of the year.`,
  (c) => `The ${adj(c)} ${generic(c)} is expected to cost about ${money(c)}, ${withArticle(place(c))} official said on condition of anonymity.`,
];

const ROLE_WORDS = ["minister", "governor", "mayor", "senator", "spokesperson", "official", "chief"] as const;

// Every headline has enough slots (millions of combinations) that chance repeats stay rare next to the deliberate 2%.
const HEADLINES: readonly Template[] = [
  (c) => {
    const [from, to] = placePair(c);
    const role = c.rng.pick(["defense minister", "foreign minister", "prime minister", "trade minister"]);
    return `${from} ${role} to visit ${to} in ${c.rng.pick(MONTHS)} for ${noun(c)} talks`;
  },
  (c) => `${org(c)} warns ${noun(c)} could cost ${place(c)} ${money(c)}`,
  (c) => `${c.rng.pick(c.cast.people).short} says ${place(c)} will not ${verb(c)} ${noun(c)} before ${c.rng.int(2015, 2030)}`,
  (c) => {
    const [first, second] = placePair(c);
    return `${first} ${past(c)} ${adj(c)} ${noun(c)} after ${c.rng.pick(WEEKDAYS)} talks with ${second}`;
  },
  (c) => `${c.cast.company} to ${verb(c)} ${money(c)} ${noun(c)} in ${place(c)}`,
  (c) => `${big(c)} hurt in ${place(c)} as ${noun(c)} protest turns violent on ${c.rng.pick(WEEKDAYS)}`,
  (c) => `'${c.rng.pick(QUOTES)}', says ${c.rng.pick(ROLE_WORDS)} ${c.rng.pick(c.cast.people).short} of ${place(c)} ${noun(c)}`,
  (c) => `${possessive(c, place(c))} ${noun(c)} ${c.rng.pick(TRENDS)} ${percent(c)} percent in ${c.rng.pick(MONTHS)}`,
];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const composeSentence = (c: SentenceContext): string => capitalise(c.rng.pick(SENTENCES)(c));

export const composeHeadline = (c: SentenceContext): string => capitalise(c.rng.pick(HEADLINES)(c));
