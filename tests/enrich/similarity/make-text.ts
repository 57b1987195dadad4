// Long made-up texts for fingerprint tests: sentence n is always the same twelve words, and no two
// sentences share a run of four, so a copy's overlap is exactly the share of sentences it keeps.

const WORDS = (
  "harbour council ferry timetable storm bridge budget orchard river school clinic market station tunnel " +
  "mayor garden library museum stadium factory airport village canal forest meadow quarry castle tower " +
  "lantern window harvest festival parade carnival theatre gallery archive courthouse lighthouse reservoir " +
  "pipeline railway highway junction terminal warehouse granary brewery bakery dairy fishery vineyard"
).split(" ");

/** A small linear congruential generator: the same words on every machine. */
function wordsOf(sentence: number): string[] {
  let state = (sentence * 2654435761 + 12345) >>> 0;
  return Array.from({ length: 12 }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return WORDS[state % WORDS.length] as string;
  });
}

export function sentence(n: number): string {
  const words = wordsOf(n);
  return `${(words[0] as string).replace(/^./, (c) => c.toUpperCase())} ${words.slice(1).join(" ")}.`;
}

/** The text made of the given sentences, in order. */
export const textOf = (sentences: readonly number[]): string => sentences.map(sentence).join(" ");

export const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
