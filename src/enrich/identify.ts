// Gives an article its stable id, slug and site path. Depends only on the article's own file and
// metadata, so adding, removing or reordering other articles never changes a URL (issue #2).
import { hash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

export interface Identity {
  id: string;
  slug: string;
  /** "articles/<slug>/" */
  path: string;
  warnings: string[];
}

const MAX_SLUG = 72;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Printable ASCII and the quotes, dashes and ellipsis that typographText sets in headlines. */
const TYPOGRAPHIC = /^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
const CONTRACTION = /([a-z\d])'([ts])(?![a-z\d])/g;
const NOT_SLUG = /[^a-z\d]+/g;
const EDGE_DASHES = /^-+|-+$/g;
// What @sindresorhus/transliterate does to the typographic set: it drops the two ASCII characters
// that are Unicode diacritics and makes every dash a hyphen; slugify then also drops a curly
// apostrophe before a final "t" or "s".
const ASCII_DIACRITICS = /[\^`]/g;
const DASHES = /[\u2013\u2014]/g;
const ANY_CONTRACTION = /([a-z\d])['\u2019]([ts])(?![a-z\d])/g;

/**
 * @sindresorhus/slugify compiles its regular expressions on every call (50 µs a headline, 5 s of a
 * 100,000-article build); for printable ASCII, and for the typographic quotes and dashes that
 * headlines often have, which need no transliteration, these are its same steps with the
 * expressions compiled once. tests/enrich/identify.test.ts checks they agree.
 */
export function slugifyText(text: string): string {
  // Kept as it was for printable ASCII (slugify itself would also drop "^" and "`"): slugs are URLs.
  if (PRINTABLE_ASCII.test(text)) {
    return text.replaceAll("&", " and ").toLowerCase().replace(CONTRACTION, "$1$2").replace(NOT_SLUG, "-").replace(EDGE_DASHES, "");
  }
  if (!TYPOGRAPHIC.test(text)) return slugify(text, { decamelize: false });
  return text.replaceAll("&", " and ").replace(ASCII_DIACRITICS, "").replace(DASHES, "-").toLowerCase()
    .replace(ANY_CONTRACTION, "$1$2").replace(NOT_SLUG, "-").replace(EDGE_DASHES, "");
}

/** Readable ASCII slug of some text, cut at a word boundary; "" when the script has no transliteration. */
export function slugOf(text: string, max = MAX_SLUG): string {
  const slug = slugifyText(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, "");
}

/** Short hex digest: the part of a URL that keeps same-headline articles apart (one-shot hash(): a third of createHash's cost). */
export function shortHash(text: string, length = 8): string {
  return hash("sha256", text, "hex").slice(0, length);
}

export function identify(input: {
  source: string;
  title: string;
  frontMatterId?: string | undefined;
  frontMatterSlug?: string | undefined;
}): Identity {
  const warnings: string[] = [];
  const id = input.frontMatterId ?? shortHash(input.source);
  let slug = "";
  if (input.frontMatterSlug !== undefined) {
    // A slug may only name one folder under articles/: "../x", "/etc/x" and "a/b" are made safe.
    slug = slugOf(input.frontMatterSlug);
    if (slug === "") warnings.push(`front matter "slug" ${JSON.stringify(input.frontMatterSlug)} has no usable characters; used the headline`);
    else if (slug !== input.frontMatterSlug) warnings.push(`front matter "slug" ${JSON.stringify(input.frontMatterSlug)} was made safe as "${slug}"`);
  }
  if (slug === "") {
    const suffix = input.frontMatterId !== undefined ? shortHash(`id:${input.frontMatterId}`) : id;
    slug = `${slugOf(input.title) || "article"}-${suffix}`;
  }
  return { id, slug, path: `articles/${slug}/`, warnings };
}
