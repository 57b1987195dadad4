// Folds English plurals onto their singular ("elections" → "election", "policies" → "policy") and
// nothing more: a full stemmer (Porter) also merges words that differ in meaning ("university",
// "universe" → "univers"), which a topic page must not do. After Harman's S-stemmer (JASIS 1991).

/** Words ending in "s" that are not plurals, or whose singular is another word. */
const KEEP = new Set(["news", "series", "species", "means", "lens", "alias", "bias", "gas", "atlas", "christmas"]);

export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */ || KEEP.has(word)) return word;
  if (word.endsWith("ies") && n > 4 && !word.endsWith("eies") && !word.endsWith("aies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s")) return word;
  if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) return word.slice(0, -2);
  return word.slice(0, -1);
}
