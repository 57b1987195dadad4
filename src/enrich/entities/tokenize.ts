// Splits text into words and marks where sentences start: "." and line breaks end one, quotes and dashes open one.
import { isCapitalisedAt, isShoutedAt } from "./letter-case.ts";
import { scanText } from "./scan-text.ts";

const CAPITALISED = 1;
const SHOUTED = 2;

/** An article's tokens and where its sentences start, built by tokenize(). */
export class Tokens {
  /** Token text, with hyphenated compounds whole: "Rolls-Royce", "Secretary-General", "al-Hawa". */
  readonly words: string[];
  /** Sentence number of each token; a sentence ends at ".", "!", "?", "…" or a line break. */
  readonly sentence: number[];
  /** Whether a token starts a sentence or a quotation, where capitals say nothing about names. */
  readonly initial: boolean[];
  /** How each token is written (CAPITALISED, SHOUTED), found by letter-case.ts while the text was scanned. */
  readonly #letterCase: number[];
  #count = 0;

  /**
   * Room for about as many tokens as the text will have: growing four arrays a token at a time took a
   * fifth of tokenizing. One token in five characters is typical; a denser text grows them as usual.
   */
  constructor(text: string) {
    const room = Math.ceil(text.length / 5) + 16;
    this.words = new Array(room);
    this.sentence = new Array(room);
    this.initial = new Array(room);
    this.#letterCase = new Array(room);
  }

  add(word: string, sentence: number, initial: boolean, letterCase: number): void {
    const at = this.#count++;
    this.words[at] = word;
    this.sentence[at] = sentence;
    this.initial[at] = initial;
    this.#letterCase[at] = letterCase;
  }

  /** Gives back the room not used; call once, when all tokens are added. */
  trim(): void {
    for (const list of [this.words, this.sentence, this.initial, this.#letterCase]) list.length = this.#count;
  }

  /** isCapitalised(words[at]); false past the end. */
  isCapitalised(at: number): boolean {
    return ((this.#letterCase[at] ?? 0) & CAPITALISED) !== 0;
  }

  /** Written in capitals: "NATO", "TOKYO". */
  isShouted(at: number): boolean {
    return ((this.#letterCase[at] ?? 0) & SHOUTED) !== 0;
  }
}

const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-"]);
const ENDERS = new Set([".", "!", "?", "...", "…"]);
/** "U.S.", "Inc." or "no." (kept whole) may end a sentence too; "Mr." or "S." (an initial) may not. */
const MAY_END_RE = /^(?:\p{Lu}\.){2,}$|^(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$|^\p{Ll}+\.$/u;

/**
 * The tokens of an article's plain text. It makes the cuts wink-nlp's tokenizer made, which the rules
 * were tuned on, in every labeled fixture and 3,000 generated articles, at a tenth of the cost; it differs
 * where wink was inconsistent or depended on what it had read before: a possessive is always split off
 * ("Britain's." and, once seen so, "Japan's" were one word), and a line break ends a sentence (wink kept
 * line breaks as tokens, and a sentence ran on into the next paragraph).
 */
export function tokenize(text: string): Tokens {
  // Split and joined, not replaceAll(), whose string of pieces every later read of a character had to walk.
  const straight = text.split("’").join("'");
  const tokens = new Tokens(straight);
  let sentence = 0;
  let opens = true;
  scanText(straight, (start, end, kind, lineBefore) => {
    if (lineBefore && !opens) {
      sentence++;
      opens = true;
    }
    const token = straight.slice(start, end);
    const letterCase = (isCapitalisedAt(straight, start, end) ? CAPITALISED : 0) | (isShoutedAt(straight, start, end) ? SHOUTED : 0);
    tokens.add(token, sentence, opens, letterCase);
    if (kind === "word") {
      opens = false;
    } else if (kind === "stopped") {
      opens = MAY_END_RE.test(token);
    } else if (ENDERS.has(token)) {
      sentence++;
      opens = true;
    } else if (OPENERS.has(token)) {
      opens = true;
    }
  });
  tokens.trim();
  return tokens;
}
