// Related stories and near-duplicates (issue #3): a summary of each article's text in the worker
// threads, then duplicate groups and related articles over all summaries on the main thread.
export { findDuplicates } from "./find-duplicates.ts";
export type { DuplicateCandidate, DuplicateGroup, DuplicateOptions } from "./find-duplicates.ts";
export { findRelated } from "./find-related.ts";
export type { RelatedOptions } from "./find-related.ts";
export { FINGERPRINT_SIZE, estimateJaccard, fingerprint } from "./fingerprint.ts";
export { summarizeText, unpackSummary } from "./summarize-text.ts";
export type { TextSummary, UnpackedSummary } from "./summarize-text.ts";
