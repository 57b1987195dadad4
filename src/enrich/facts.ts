// What a read thread learns from an article's text for the archive-wide steps: its term summary and
// its entities (issue #3), about 1.2 ms an article, so they are kept between builds by content hash
// (src/cache/facts-cache.ts) and only found again for an article whose title or text changed.
import { createHash } from "node:crypto";
import type { ArticleFacts } from "../types.ts";
import { extractEntities } from "./entities/index.ts";
import { summarizeText } from "./similarity/index.ts";

/** The content hash facts are kept under: of exactly what they are found from, the title and the plain text. */
export function factsKey(title: string, text: string): string {
  return createHash("sha256").update(title).update("\u0000").update(text).digest("base64url").slice(0, 32);
}

/**
 * The facts of an article, unless `cachedKey` (the key of facts kept from an earlier build) says they
 * were found from this same title and text: then only the key, and the caller uses the kept ones.
 */
export function findFacts(title: string, text: string, cachedKey: string | null): { fromCache: true; key: string } | { fromCache: false; key: string; facts: ArticleFacts } {
  const key = factsKey(title, text);
  if (cachedKey === key) return { fromCache: true, key };
  return { fromCache: false, key, facts: { key, summary: summarizeText(title, text), entities: extractEntities(title, text) } };
}
