// Whether a capitalised word is an ordinary English word ("Critics", "Top"), by wink-nlp's English lexicon.
import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";

// Both packages are CommonJS, so they can be required on first use, synchronously.
const require = createRequire(import.meta.url);

/**
 * Only the lexicon is used: no document is ever read, so wink's cache never grows. Its POS tagger doubled
 * the time and tags a sentence's first word as a proper noun ("Critics", "Officials") as often as not,
 * which is the one place capitals say nothing; whether the lowercase word is in the lexicon is a better
 * and much cheaper test. Loading the model takes about 0.35 s and 15 MB per thread, so it is loaded on
 * first use: a build with --no-discovery never pays for it.
 */
let lexicon: ReturnType<ReturnType<typeof winkNLP>["readDoc"]> | undefined;

/** Answers already given: the same few hundred capitalised words open most sentences, and asking wink costs more than a lookup. */
const answers = new Map<string, boolean>();
/** Forgotten when this many, so a long build's names do not pile up. */
const MAX_ANSWERS = 50_000;

/** Whether a word's lowercase form is an ordinary English word in wink's lexicon ("Critics", not "Kishi"). */
export function isCommonWord(word: string): boolean {
  let common = answers.get(word);
  if (common === undefined) {
    lexicon ??= (require("wink-nlp") as typeof winkNLP)(require("wink-eng-lite-web-model"), []).readDoc("");
    common = !lexicon.isOOV(word.toLowerCase());
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(word, common);
  }
  return common;
}
