// Turns a SearchRecord into the record Pagefind's Node API takes, checking what would break links or indexes.
import type { SearchFilters, SearchRecord, ShardRecord } from "./types.ts";

export const FILTER_KINDS = ["year", "person", "place", "organization", "topic"] as const satisfies readonly (keyof SearchFilters)[];

/**
 * URLs stay relative to the site root ("articles/x/"): the search page gives Pagefind the root it
 * was served from as `baseUrl`, so one index works at "/" and under any sub-path.
 */
export function checkUrl(url: string): void {
  if (url === "" || url.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.split("/").includes("..")) {
    throw new TypeError(`search record url must be a site path without a leading slash, like "articles/x/"; got ${JSON.stringify(url)}`);
  }
}

/**
 * Pagefind stems and segments by the primary subtag only (pagefind/src/fossick/mod.rs, get_stemmer),
 * so "en-GB" and "en" share an index. Anything that is not a language code goes to "unknown".
 */
export function indexLanguage(tag: string): string {
  const primary = /^([a-z]{2,3})(?:-|_|$)/i.exec(tag.trim())?.[1]?.toLowerCase();
  return primary === undefined || primary === "und" ? "unknown" : primary;
}

export function toCustomRecord(record: SearchRecord): ShardRecord {
  checkUrl(record.url);
  // Object.assign, not spreads with more properties: V8's slow path on Node 20 (bench/object-spread.ts).
  const meta: Record<string, string> = Object.assign({}, record.meta, { title: record.title });
  if (record.date !== null) meta.date = record.date;
  // The year filter comes from the date unless the caller set it.
  const given: SearchFilters = Object.assign({ year: record.date === null ? [] : [record.date.slice(0, 4)] }, record.filters);
  const filters: Record<string, string[]> = {};
  for (const kind of FILTER_KINDS) {
    const values = [...new Set((given[kind] ?? []).map((v) => v.trim()).filter((v) => v !== ""))];
    if (values.length > 0) filters[kind] = values;
  }
  return { url: record.url, content: record.content, language: indexLanguage(record.language), meta, filters };
}

/** What a record costs a shard: the UTF-8 bytes Pagefind will hold and index for it. */
export function recordBytes(record: ShardRecord): number {
  let bytes = typeof record.content === "string" ? Buffer.byteLength(record.content) : record.content.byteLength;
  for (const value of Object.values(record.meta ?? {})) bytes += Buffer.byteLength(value);
  return bytes;
}
