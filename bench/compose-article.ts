// Composes one synthetic article in the seed format from (index, seed) alone, so any article can be made in any order.

import { createRandom } from "./random.ts";
import type { Random } from "./random.ts";
import { composeHeadline, composeSentence } from "./sentences.ts";
import type { Cast, SentenceContext } from "./sentences.ts";
import {
  AUTHORS, COMPANIES, FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PLACES, ROLES, TOPIC_NAMES,
} from "./vocabulary.ts";

export const FILES_PER_FOLDER = 1000;
export const MIN_WORDS = 400;
export const MAX_WORDS = 800;
/** Share of articles whose headline repeats an earlier one, as wire copy and weather updates do. */
export const REPEATED_HEADLINE_SHARE = 0.02;

export interface ComposedArticle {
  /** Relative to the archive folder, e.g. "0000/000123_9f86d081884c7d65.txt". */
  path: string;
  text: string;
  headline: string;
  frontMatter: boolean;
  /** Words in the body, headlines and front matter excluded. */
  words: number;
}

/** Independent random streams per article, so changing one part of the text does not reshuffle the others. */
const enum Stream { Cast = 1, Headline, Repeat, Body, Meta, Name }

export function articlePath(index: number, name: string): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, "0");
  return `${folder}/${String(index).padStart(6, "0")}_${name}.txt`;
}

export const hasFrontMatter = (index: number): boolean => index % 3 === 0;

export function composeArticle(index: number, seed: number): ComposedArticle {
  const headline = headlineOf(index, seed);
  const rng = createRandom(seed, index, Stream.Body);
  const context: SentenceContext = { rng, cast: castOf(index, seed), mentioned: new Set() };
  const target = rng.int(MIN_WORDS, MAX_WORDS - 30);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences: string[] = [];
    for (let n = rng.int(1, 3); n > 0 && words < target; n--) {
      const sentence = composeSentence(context);
      const count = countWords(sentence);
      if (words + count > MAX_WORDS) break;
      sentences.push(sentence);
      words += count;
    }
    if (sentences.length === 0) break;
    paragraphs.push(sentences.join(" "));
  }
  const frontMatter = hasFrontMatter(index);
  const header = frontMatter ? composeFrontMatter(index, seed, headline, context.cast) : "";
  const text = `${header}${headline}\n\n${headline}\n\n${paragraphs.join("\n\n")}`;
  const name = createRandom(seed, index, Stream.Name);
  const hash = [name.int(0, 0xffffffff), name.int(0, 0xffffffff)].map((n) => n.toString(16).padStart(8, "0")).join("");
  return { path: articlePath(index, hash), text, headline, frontMatter, words };
}

/** About 2% of articles reuse the headline of an earlier one; follow the chain back to the original. */
export function headlineOf(index: number, seed: number): string {
  let source = index;
  for (;;) {
    const repeat = createRandom(seed, source, Stream.Repeat);
    if (source === 0 || !repeat.chance(REPEATED_HEADLINE_SHARE)) break;
    source = repeat.int(0, source - 1);
  }
  const rng = createRandom(seed, source, Stream.Headline);
  return composeHeadline({ rng, cast: castOf(source, seed), mentioned: new Set() });
}

function castOf(index: number, seed: number): Cast {
  const rng = createRandom(seed, index, Stream.Cast);
  const people = Array.from({ length: rng.int(2, 3) }, () => {
    const last = rng.pick(LAST_NAMES);
    const name = `${rng.pick(FIRST_NAMES)} ${last}`;
    return { full: rng.chance(0.7) ? `${rng.pick(ROLES)} ${name}` : name, short: last };
  });
  return {
    topic: rng.pick(TOPIC_NAMES),
    people,
    places: distinct(rng, PLACES, 2),
    organisations: distinct(rng, ORGANISATIONS, 2),
    company: rng.pick(COMPANIES),
  };
}

function composeFrontMatter(index: number, seed: number, headline: string, cast: Cast): string {
  const rng = createRandom(seed, index, Stream.Meta);
  const date = [rng.int(2015, 2024), rng.int(1, 12), rng.int(1, 28)]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
  const place = (cast.places[0] ?? "world").toLowerCase().replaceAll(" ", "-");
  // JSON strings are valid YAML double-quoted scalars, so any headline survives.
  return `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nauthor: ${rng.pick(AUTHORS)}\ntags: [${cast.topic}, ${place}]\n---\n`;
}

/** Sentences are built with single spaces, so counting them is enough and much cheaper than split(). */
function countWords(sentence: string): number {
  let count = 1;
  for (let at = sentence.indexOf(" "); at !== -1; at = sentence.indexOf(" ", at + 1)) count++;
  return count;
}

function distinct<T>(rng: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(rng.pick(items));
  return [...chosen];
}
