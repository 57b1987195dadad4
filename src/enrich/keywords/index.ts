// Topics from the text (issue #3): term counts per article in the worker threads, then the
// archive's term index and each article's tags and distinctive keywords on the main thread.
export { CANDIDATE_TERMS, countTerms } from "./count-terms.ts";
export type { CountOptions, TermCounts } from "./count-terms.ts";
export { findTopics } from "./find-topics.ts";
export type { Topic, Topics } from "./find-topics.ts";
export { indexTerms } from "./index-terms.ts";
export type { IndexedArticle, TermIndex } from "./index-terms.ts";
export type { KeywordOptions } from "./pick-keywords.ts";
