// The ingest stage: find the article files under the input folder and read them into text.
export { discover } from "./discover.ts";
export type { Discovery } from "./discover.ts";
export { decode } from "./decode.ts";
export type { DecodeResult } from "./decode.ts";
export { readSource } from "./read.ts";
