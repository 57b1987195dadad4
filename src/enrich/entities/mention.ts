// What reading one run of capitalised words yields, before mentions are merged into the article's entities.
import type { EntityType } from "./entity.ts";
import type { RunContext } from "./run-context.ts";

export type Mention =
  /** A name whose type is settled: from the gazetteer, or by a cue word ("Ministry", "Sea"). */
  | { kind: "entity"; type: EntityType; name: string; at: number; acronym?: string; alternative?: EntityType }
  /** A person's name, the title already stripped: ["Nobuo", "Kishi"], or a surname after a title: ["Kishi"]. */
  | { kind: "person"; words: string[]; at: number; titled: boolean }
  /** "Japanese": counts towards Japan only if the article names Japan itself. */
  | { kind: "demonym"; place: string; at: number }
  /** A name that only the rest of the article can settle: a surname, an acronym, a team's nickname. */
  | { kind: "unknown"; words: string[]; at: number; context: RunContext; acronym?: string };
