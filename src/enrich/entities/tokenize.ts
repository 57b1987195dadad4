// Splits text into words with wink-nlp's tokenizer (loaded once per process) and marks where sentences start.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * Tokenizer only. Its POS tagger doubled the time and tags a sentence's first word as a proper noun
 * ("Critics", "Officials") as often as not, which is the one place capitals say nothing; whether the
 * lowercase word is in its lexicon is a better and much cheaper test.
 */
const nlp = winkNLP(model, []);
const its = nlp.its;
const lexicon = nlp.readDoc("");

export interface Tokens {
  /** Token text, with hyphenated compounds joined: "Rolls-Royce", "Secretary-General", "al-Hawa". */
  words: string[];
  /** Sentence number of each token; a sentence ends at ".", "!", "?" or a line break. */
  sentence: number[];
  /** Whether a token starts a sentence or a quotation, where capitals say nothing about names. */
  initial: boolean[];
}

const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-"]);
const ENDERS = new Set([".", "!", "?", "...", "…"]);
const WORD_RE = /[\p{L}\p{N}]/u;
const ENDS_IN_LETTER_RE = /[\p{L}\p{M}]$/u;
const STARTS_WITH_LETTER_RE = /^[\p{L}\p{M}]/u;
/** "U.S.", "Inc." or "no." (kept whole by the tokenizer) may end a sentence too; "Mr." or "S." (an initial) may not. */
const MAY_END_RE = /^(?:\p{Lu}\.){2,}$|^(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$|^\p{Ll}+\.$/u;

/** Whether a word's lowercase form is an ordinary English word in wink's lexicon ("Critics", not "Kishi"). */
export const isCommonWord = (word: string): boolean => !lexicon.isOOV(word.toLowerCase());

export function tokenize(text: string): Tokens {
  const doc = nlp.readDoc(text.replaceAll("’", "'"));
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const out: Tokens = { words: [], sentence: [], initial: [] };
  let sentence = 0;
  let opens = true;
  for (let at = 0; at < values.length; at++) {
    let word = values[at] ?? "";
    const space = spaces[at] ?? "";
    if (space.includes("\n") && !opens) {
      sentence++;
      opens = true;
    }
    for (;;) {
      const next = values[at + 1] ?? "";
      // The tokenizer splits words at letters outside Latin-1 ("Erdo ğ an"): join them again.
      if (spaces[at + 1] === "" && ENDS_IN_LETTER_RE.test(word) && STARTS_WITH_LETTER_RE.test(next)) {
        word += next;
        at += 1;
      } else if (next === "-" && spaces[at + 1] === "" && spaces[at + 2] === "" && WORD_RE.test(values[at + 2] ?? "")) {
        // "Rolls-Royce", "Secretary-General", "al-Hawa": one word.
        word += `-${values[at + 2]}`;
        at += 2;
      } else break;
    }
    out.initial.push(opens);
    out.words.push(word);
    out.sentence.push(sentence);
    if (ENDERS.has(word)) {
      sentence++;
      opens = true;
    } else if (word.endsWith(".") && MAY_END_RE.test(word)) {
      opens = true;
    } else if (OPENERS.has(word)) {
      opens = true;
    } else if (WORD_RE.test(word)) {
      opens = false;
    }
  }
  return out;
}
