// Wires Eleventy up to render templates/pages with data prepared in TypeScript; no logic lives here.

import { join, relative, sep } from "node:path";
import type { Environment } from "nunjucks";
import { siteData } from "../render/site-data.ts";
import { siteView } from "../render/site-view.ts";
import { createNunjucksEnvironment } from "../render/templates.ts";
import type { SiteData } from "../render/views.ts";

/** The part of Eleventy's configuration API Broadsheet uses (Eleventy ships no TypeScript types). */
export interface EleventyConfigApi {
  setInputDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  setDataFileSuffixes(suffixes: string[]): void;
  setUseGitIgnore(enabled: boolean): void;
  setQuietMode(quiet: boolean): void;
  ignores: Set<string>;
  setLibrary(engine: "njk", environment: Environment): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
}

/**
 * Configuration for the pages Eleventy renders from templates/pages (front page, 404, robots.txt),
 * whose only data is the global `broadsheet` (a SiteData).
 */
export function eleventyConfig(templatesDir: string, data: SiteData): (config: EleventyConfigApi) => void {
  return (config) => {
    config.setInputDirectory(join(templatesDir, "pages"));
    // Eleventy's includes folder must lie inside the input folder (one above it would hide every page),
    // so instead Eleventy gets our Nunjucks environment: includes and extends resolve from templates/.
    config.setLibrary("njk", createNunjucksEnvironment(templatesDir));
    config.setTemplateFormats(["njk"]);
    // No template or folder data files, and no .gitignore from whatever folder the build runs in.
    config.setDataFileSuffixes([]);
    config.setUseGitIgnore(false);
    config.setQuietMode(true);
    config.addGlobalData("broadsheet", data);
    // Eleventy matches ignores as globs relative to the working folder.
    if (!data.site.search) config.ignores.add(relative(process.cwd(), join(templatesDir, "pages", "search.njk")).split(sep).join("/"));
    config.addPassthroughCopy({ [join(templatesDir, "assets")]: "assets" });
  };
}

/** Data for an empty archive with placeholder settings: enough to preview the templates (see .eleventy.js). */
export function defaultSiteData(): SiteData {
  const site = siteView({ title: "Broadsheet", description: "A news archive.", language: "en", baseUrl: null });
  return siteData([], site, 20);
}
