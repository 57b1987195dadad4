// The search stage: a Pagefind index of article text, sharded, merged again in the browser.
export { buildSearchIndex, DEFAULT_LIMITS, MANIFEST, type SearchIndexOptions } from "./build-index.ts";
export { indexLanguage, toCustomRecord } from "./to-custom-record.ts";
export type { SearchFilters, SearchIndexResult, SearchManifest, SearchRecord, SearchShard, ShardLimits } from "./types.ts";
