// Whether a capitalised word is an ordinary English word ("Critics", "Top"), by wink-nlp's English lexicon.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * Only the lexicon is used: no document is ever read, so wink's cache never grows. Its POS tagger doubled
 * the time and tags a sentence's first word as a proper noun ("Critics", "Officials") as often as not,
 * which is the one place capitals say nothing; whether the lowercase word is in the lexicon is a better
 * and much cheaper test. Loading the model takes about 0.35 s and 15 MB per thread.
 */
const lexicon = winkNLP(model, []).readDoc("");

/** Whether a word's lowercase form is an ordinary English word in wink's lexicon ("Critics", not "Kishi"). */
export const isCommonWord = (word: string): boolean => !lexicon.isOOV(word.toLowerCase());
