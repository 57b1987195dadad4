// Words that keep their full stop: "Mr.", "Inc.", "Jan.", "Ill."; a full stop after any other word ends the sentence.

/**
 * The abbreviations in wink-nlp's English lexicon (wink-eng-lite-web-model 1.8.1), which tokenized
 * Broadsheet's text before and whose choices the rules were tuned on; each counts in lower case,
 * Capitalised and in CAPITALS. Some are ordinary words too ("in.", "no.", "ill.", "Wash."): a sentence
 * that ends in one runs on, as it always has. Letters with full stops ("U.S.", "e.g.", "S.") need no entry.
 */
export const ABBREVIATIONS: readonly string[] = [
  "ala", "anon", "approx", "apr", "apt", "ariz", "ark", "assoc", "aug", "ave", "brig", "calif", "capt", "co",
  "col", "colo", "conn", "corp", "ct", "dec", "del", "doz", "dr", "eg", "esq", "etc", "feb", "fig", "figs", "fla",
  "fri", "ft", "ga", "gal", "gen", "gov", "ha", "hon", "ie", "ill", "in", "inc", "ind", "jan", "jos", "jr", "jul",
  "jun", "kan", "kans", "kn", "ky", "la", "lb", "llp", "lt", "ltd", "mar", "mass", "md", "messrs", "mgmt", "mi",
  "mich", "minn", "miss", "mo", "mon", "mont", "mr", "mrs", "ms", "mt", "neb", "nebr", "nev", "no", "nos", "nov",
  "oct", "okla", "ore", "oz", "pa", "pct", "pp", "prof", "pt", "pty", "qt", "rd", "rep", "reps", "rs", "sat", "sen",
  "sep", "sept", "sgt", "shri", "smt", "sr", "st", "ste", "sun", "tbsp", "tenn", "tex", "thu", "tsp", "tue", "va",
  "viz", "vs", "vt", "wash", "wed", "wisc", "wyo", "yd",
];
