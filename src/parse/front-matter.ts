// Splits the YAML front matter off an article: gray-matter finds the block, `yaml` reads it.
import matter from "@11ty/gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Tags } from "yaml";
import type { FrontMatter } from "../types.ts";
import { normalizeFrontMatter } from "./normalize-front-matter.ts";

export interface FrontMatterSplit {
  /** Whether the text started with a closed front matter block (valid or not). */
  present: boolean;
  frontMatter: FrontMatter;
  /** The text after the front matter; all of it when there is none. */
  body: string;
  warnings: string[];
}

const OPENING_RE = /^---[ \t]*\n/;
const CLOSING = "\n---";

// gray-matter caches by content unless given options, which would keep every article in memory;
// its engine only hands the block on, so that `yaml` parses it (and its errors stay ours).
const MATTER_OPTIONS = {
  language: "yaml",
  engines: { yaml: { parse: (source: string) => ({ source }) } },
};

// The core schema, so dates stay text, without its number tags, so "id: 007" and long numbers
// stay as written: every value Broadsheet reads is text.
const NUMBER_TAGS = new Set(["tag:yaml.org,2002:int", "tag:yaml.org,2002:float"]);
const YAML_OPTIONS = {
  logLevel: "error",
  customTags: (tags: Tags): Tags =>
    tags.filter((tag) => typeof tag === "string" || Array.isArray(tag) || !NUMBER_TAGS.has(tag.tag)),
} as const;

const LINE_SUFFIX_RE = / at line \d+, column \d+:?$/;

function none(): FrontMatter {
  return { tags: [] };
}

function describeYamlError(error: unknown): string {
  if (error instanceof YAMLParseError && error.linePos) {
    const reason = error.message.split("\n", 1)[0]?.replace(LINE_SUFFIX_RE, "");
    return `line ${error.linePos[0].line}: ${reason}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the front matter at the top of `text`, if the first line is "---"; pure. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const opening = OPENING_RE.exec(text);
  if (!opening) return { present: false, frontMatter: none(), body: text, warnings: [] };
  if (!text.includes(CLOSING, opening[0].length - 1)) {
    const warning = 'front matter has no closing "---" line; read the rest of the file as article text';
    return { present: false, frontMatter: none(), body: text.slice(opening[0].length), warnings: [warning] };
  }
  const file = matter(text, MATTER_OPTIONS);
  const body = file.content;
  const source: unknown = file.data["source"];
  if (typeof source !== "string") return { present: true, frontMatter: none(), body, warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(source, YAML_OPTIONS);
  } catch (error) {
    const warning = `front matter is not valid YAML (${describeYamlError(error)}); built without it`;
    return { present: true, frontMatter: none(), body, warnings: [warning] };
  }
  if (data === null) return { present: true, frontMatter: none(), body, warnings: [] };
  if (!isMapping(data)) {
    const warning = 'front matter is not a list of "key: value" lines; built without it';
    return { present: true, frontMatter: none(), body, warnings: [warning] };
  }
  const { frontMatter, warnings } = normalizeFrontMatter(data);
  return { present: true, frontMatter, body, warnings };
}
