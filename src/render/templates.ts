// Nunjucks over templates/: the environment both renderers use (ours for articles, Eleventy's for the rest).

import { join } from "node:path";
import nunjucks from "nunjucks";
import { TemplateError } from "../errors.ts";
import { compileTemplate, type CompiledTemplate } from "./compile-template.ts";
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

/**
 * Templates from `templatesDir`, compiled once and cached for the life of the build: to plain functions
 * where they keep to the part of Nunjucks that compile-template.ts handles, else by Nunjucks.
 */
export function createTemplates(templatesDir: string): Templates {
  const env = createNunjucksEnvironment(templatesDir);
  const compiled = new Map<string, CompiledTemplate | null>();
  return {
    render(name, view) {
      let fast = compiled.get(name);
      if (fast === undefined) {
        const result = compileOrNot(env, name);
        compiled.set(name, (fast = typeof result === "function" ? result : null));
      }
      if (fast !== null) {
        try {
          return fast(view);
        } catch {
          // A value the compiled template leaves to Nunjucks, or an error Nunjucks reports better.
        }
      }
      try {
        return env.render(name, { view });
      } catch (cause) {
        throw templateError(join(templatesDir, name), cause);
      }
    },
  };
}

/** A template Nunjucks cannot load or parse is left to Nunjucks, which reports it with its file and line. */
function compileOrNot(env: nunjucks.Environment, name: string): ReturnType<typeof compileTemplate> {
  try {
    return compileTemplate(env, name);
  } catch (error) {
    return { notCompiled: error instanceof Error ? error.message : String(error) };
  }
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
