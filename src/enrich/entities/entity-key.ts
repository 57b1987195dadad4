// The stable key of an entity: an ASCII slug of its canonical name, shared by every article that names it.
import slugify from "@sindresorhus/slugify";
import { foldLatin } from "./fold.ts";

/**
 * Most names are ASCII letters and digits with spaces, full stops, hyphens or apostrophes between ("U.S. Army",
 * "Amara O'Brien"), whose slug is the name in lower case with "'s" and "'t" closed up ("Workers' Party" →
 * "workers-party", "Defender's Office" → "defenders-office") and one hyphen for each run of the others, none
 * at either end: exactly what slugify returns, without its Unicode normalising, transliteration and a dozen
 * regular expressions, which took a fifth of the time of extracting an article's entities. Others go to slugify,
 * with Latin diacritics dropped first: "Zürich" and "Zurich" are one place, and "Malmö" is "malmo", not the
 * "malmoe" of slugify's German spelling-out.
 */
const PLAIN_RE = /^[A-Za-z0-9 .'-]*$/;
const CONTRACTION_RE = /([a-z\d])'([ts])(?![a-z\d])/g;
const SEPARATORS_RE = /[ .'-]+/g;
const END_HYPHENS_RE = /^-|-$/g;

/** Not split at inner capitals: "Cindy McCain" is "cindy-mccain", "BioNTech" is "biontech". */
export function entityKey(name: string): string {
  if (!PLAIN_RE.test(name)) return slugify(foldLatin(name), { decamelize: false });
  const lower = name.toLowerCase();
  const closed = lower.includes("'") ? lower.replace(CONTRACTION_RE, "$1$2") : lower;
  return closed.replace(SEPARATORS_RE, "-").replace(END_HYPHENS_RE, "");
}
