// The stable key of an entity: an ASCII slug of its canonical name, shared by every article that names it.
import slugify from "@sindresorhus/slugify";

/** Not split at inner capitals: "Cindy McCain" is "cindy-mccain", "BioNTech" is "biontech". */
export function entityKey(name: string): string {
  return slugify(name, { decamelize: false });
}
