// Nunjucks over templates/: the environment both renderers use (ours for articles, Eleventy's for the rest).

import { join } from "node:path";
import nunjucks from "nunjucks";
import { TemplateError } from "../errors.ts";
import { speedUpNunjucks } from "./nunjucks-speed.ts";

const nunjucksOptions: nunjucks.ConfigureOptions = {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
};

/**
 * A Nunjucks environment loading from `templatesDir`, so `{% extends "layouts/base.njk" %}` names the same
 * file wherever a template is rendered. Eleventy is handed one too (src/eleventy/config.ts).
 */
export function createNunjucksEnvironment(templatesDir: string): nunjucks.Environment {
  speedUpNunjucks();
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), nunjucksOptions);
}

export interface Templates {
  /** Renders templates/`name` with the view as the variable `view`. */
  render(name: string, view: object): string;
}

/** Templates from `templatesDir`, compiled once and cached for the life of the build. */
export function createTemplates(templatesDir: string): Templates {
  const env = createNunjucksEnvironment(templatesDir);
  return {
    render(name, view) {
      try {
        return env.render(name, { view });
      } catch (cause) {
        throw templateError(join(templatesDir, name), cause);
      }
    },
  };
}

function templateError(file: string, cause: unknown): TemplateError {
  // Nunjucks repeats the file name and wraps messages in "Template render error: … Error: …".
  const detail = (cause instanceof Error ? cause.message : String(cause))
    .replaceAll(`(${file})`, "")
    .replace(/Template render error:|\bError:/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const hint = /template not found/i.test(detail)
    ? "Check that it and every template it extends or includes exist in the templates folder."
    : "Check the template's syntax near the line named, and that it only uses fields of `view` (see src/render/views.ts).";
  return new TemplateError(file, `could not be rendered: ${detail}. ${hint}`, { cause });
}
