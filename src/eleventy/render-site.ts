// Runs Eleventy once over templates/pages into the output folder and reports how many files it wrote.

import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { TemplateError } from "../errors.ts";
import type { SiteData } from "../render/views.ts";
import { eleventyConfig } from "./config.ts";

/** Renders the front page and its pages, 404.html and robots.txt, and copies templates/assets. */
export async function renderSite(templatesDir: string, outputDir: string, data: SiteData): Promise<{ written: number }> {
  const input = join(templatesDir, "pages");
  const eleventy = new Eleventy(input, outputDir, {
    quietMode: true,
    // No eleventy.config.js or .eleventy.js from the folder the build happens to run in.
    configPath: false,
    config: eleventyConfig(templatesDir, data),
  });
  // Broadsheet prints its own status lines; errors reach the caller as a TemplateError.
  eleventy.disableLogger();
  try {
    const [copies, templates] = await eleventy.write();
    const copied = copies.reduce((sum, copy) => sum + (copy?.count ?? 0), 0);
    return { written: copied + templates.filter((page) => page.outputPath !== false).length };
  } catch (cause) {
    const hint =
      "Check the template's syntax near the line named, that every template it extends or includes exists, " +
      "and that it only uses fields of `view` and `broadsheet` (see src/render/views.ts).";
    throw new TemplateError(input, `Eleventy could not render the site pages: ${describe(cause)}. ${hint}`, { cause });
  }
}

/** Eleventy wraps the Nunjucks error (which has the line) in its own (which has the page): say both. */
function describe(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; ) {
    const message = current.message.replace(/\bError:/g, "").replace(/\s+/g, " ").trim();
    if (message !== "" && !messages.includes(message)) messages.push(message);
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.cause ?? wrapped.originalError;
  }
  return messages.length > 0 ? messages.join(": ") : String(error);
}
