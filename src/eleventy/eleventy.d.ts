// Types for the part of Eleventy's programmatic API Broadsheet calls; Eleventy ships no TypeScript types.

declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    quietMode?: boolean;
    /** A config file path, or false for none (not even an eleventy.config.js in the working folder). */
    configPath?: string | false;
    config?: (config: never) => void | Promise<void>;
  }

  /** One passthrough copy entry: how many files it copied (undefined entries are possible). */
  export interface CopyResult {
    count?: number;
  }

  /** One template output; `outputPath` is false for a template with `permalink: false`. */
  export interface TemplateResult {
    outputPath: string | false;
    url?: string | false;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Silences Eleventy's console output, including its closing "Wrote N files" line. */
    disableLogger(): void;
    write(): Promise<[(CopyResult | undefined)[], TemplateResult[]]>;
  }
}
