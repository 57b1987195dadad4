// Turns parsed YAML into Broadsheet's front matter keys: text trimmed, tags a clean list, and a
// warning for each value of the wrong kind.
import type { FrontMatter } from "../types.ts";
import { collapseWhitespace } from "./clean-text.ts";

type TextKey = "title" | "date" | "source" | "lang" | "summary" | "id" | "slug";
const TEXT_KEYS: readonly TextKey[] = ["title", "date", "source", "lang", "summary", "id", "slug"];

const TAG_SEPARATOR = ",";

/** A scalar as text ("" when empty), or null when the value is not text at all. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return collapseWhitespace(value);
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "bigint") {
    return String(value);
  }
  return null;
}

/** The texts of a list, or of one value; entries that are not text are reported and dropped. */
function listOf(key: string, value: unknown, warnings: string[]): string[] | null {
  if (!Array.isArray(value)) {
    const text = textOf(value);
    return text === null ? null : [text];
  }
  const texts: string[] = [];
  for (const entry of value) {
    const text = textOf(entry);
    if (text === null) warnings.push(`front matter "${key}" has an entry that is not text; ignored it`);
    else if (text !== "") texts.push(text);
  }
  return texts;
}

/** Tags trimmed, empty ones dropped, repeats (in any case) dropped; the first spelling wins. */
function uniqueTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of values) {
    const clean = collapseWhitespace(tag);
    const key = clean.toLowerCase();
    if (clean === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(clean);
  }
  return tags;
}

/** Reads the keys Broadsheet knows from a YAML mapping; unknown keys are ignored. */
export function normalizeFrontMatter(data: Readonly<Record<string, unknown>>): {
  frontMatter: FrontMatter;
  warnings: string[];
} {
  const warnings: string[] = [];
  const frontMatter: FrontMatter = { tags: [] };
  for (const key of TEXT_KEYS) {
    if (!Object.hasOwn(data, key)) continue;
    const text = textOf(data[key]);
    if (text === null) warnings.push(`front matter "${key}" is not text; ignored`);
    else if (text !== "") frontMatter[key] = text;
  }
  if (Object.hasOwn(data, "author")) {
    const authors = listOf("author", data["author"], warnings)?.filter((author) => author !== "");
    if (!authors) warnings.push('front matter "author" is not text; ignored');
    else if (authors.length > 0) frontMatter.author = authors.join(", ");
  }
  if (Object.hasOwn(data, "tags")) {
    // "tags: a, b" is one text to split; in a YAML list, "Washington, D.C." is one tag.
    const value = data["tags"];
    const tags = typeof value === "string" ? value.split(TAG_SEPARATOR) : listOf("tags", value, warnings);
    if (!tags) warnings.push('front matter "tags" is not a list or text; ignored');
    else frontMatter.tags = uniqueTags(tags);
  }
  if (Object.hasOwn(data, "permalink")) {
    warnings.push('front matter "permalink" is not supported and was ignored; use "slug"');
  }
  return { frontMatter, warnings };
}
