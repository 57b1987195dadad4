// The shape of a named entity found in an article: a person, place or organisation and how often it is mentioned.

export type EntityType = "person" | "place" | "organization";

export interface Entity {
  type: EntityType;
  /** Canonical display name: "Nobuo Kishi", "United States", "United Nations". */
  name: string;
  /** ASCII slug of the canonical name, the same whatever the type: "nobuo-kishi". */
  key: string;
  /** How many times the article names it, headline included. */
  mentions: number;
}
