// The write stage: the only place that writes files.
export { checkOutput, createStaging, MARKER, type Staging } from "./staging.ts";
export { createPageWriter, safeOutputPath, type PageWriter } from "./write-pages.ts";
export { writeReport } from "./report.ts";
