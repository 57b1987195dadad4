// Short forms of an article's organisations: "Celtics" and "FTC" for the names they shorten, "Boston" for the team.
import type { Found } from "./resolve-mentions.ts";
import { KNOWN, ORG_TAIL } from "./lexicon.ts";

const PLURAL_RE = /[^su]s$/;
const AMBIGUOUS: Found = { type: "organization", name: "", mentions: 0, surfaces: [] };
const CAPITAL_RE = /^\p{Lu}/u;

/**
 * Single words that stand for one of the article's organisations of two words or more: the last word
 * ("Celtics" for "Boston Celtics") and the initials ("FTC" for "Federal Trade Commission"). A word that
 * could stand for two of them stands for neither.
 */
export function indexShortForms(found: Iterable<Found>): Map<string, Found | null> {
  const index = new Map<string, Found | null>();
  const put = (word: string, entity: Found): void => {
    const existing = index.get(word);
    index.set(word, existing === undefined || existing === entity ? entity : null);
  };
  for (const entity of found) {
    if (entity.type !== "organization" || !entity.name.includes(" ")) continue;
    const words = entity.name.split(" ");
    const last = words[words.length - 1] ?? "";
    if (!ORG_TAIL.has(last)) put(last, entity);
    const initials = words.filter((word) => CAPITAL_RE.test(word)).map((word) => word[0]).join("");
    if (initials.length >= 2) put(initials, entity);
  }
  return index;
}

/**
 * Counts an entity named by a shorter form of another into the longer: "Justice Department" into
 * "U.S. Justice Department", and the city of a team ("Boston") into the team ("Boston Celtics").
 */
export function absorbShortForms(found: Found[]): Found[] {
  const longer = new Map<string, Found>();
  for (const entity of found) {
    if (entity.type !== "organization" || !entity.name.includes(" ")) continue;
    const words = entity.name.split(" ");
    for (let split = 1; split < words.length; split++) {
      if (KNOWN.get(words.slice(0, split).join(" "))?.type === "place") longer.set(`organization|${words.slice(split).join(" ")}`, entity);
    }
    const last = words[words.length - 1] ?? "";
    if (PLURAL_RE.test(last)) longer.set(`place|${words.slice(0, -1).join(" ")}`, entity);
    // "Congress" after "Indian National Congress"; two such names and it stays apart.
    const id = `organization|${last}`;
    if (!ORG_TAIL.has(last) || KNOWN.get(last)?.type === "organization") longer.set(id, longer.has(id) && longer.get(id) !== entity ? AMBIGUOUS : entity);
  }
  if (longer.size === 0) return found;
  return found.filter((entity) => {
    const into = longer.get(`${entity.type}|${entity.name}`);
    if (!into || into === entity || into === AMBIGUOUS) return true;
    into.mentions += entity.mentions;
    into.surfaces = [...into.surfaces, ...entity.surfaces];
    return false;
  });
}
