// A small Atom 1.0 writer (RFC 4287): string building with XML escaping, for the tens of thousands of feeds a build writes.

/** An Atom feed with every value already resolved: ids, URLs (absolute or relative to the feed) and dates. */
export interface AtomFeed {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** BCP 47 language of the feed's text (`xml:lang`). */
  language: string;
  /** Author of every entry that names none (RFC 4287 §4.1.1: each entry needs one, its own or the feed's). */
  author: string;
  /** The page the feed belongs to (rel="alternate"). */
  alternate: string;
  /** The feed's own URL (rel="self"). */
  self: string;
  entries: readonly AtomEntry[];
}

export interface AtomEntry {
  id: string;
  /** Plain text. */
  title: string;
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** RFC 3339 date-time, or null when unknown. */
  published: string | null;
  /** Null or "" for none: the feed's author stands in. */
  author: string | null;
  /** Plain text; "" for none. */
  summary: string;
  categories: readonly string[];
  /** `xml:lang` of the entry where it differs from the feed's, else null. */
  language: string | null;
}

/** The feed as an Atom document. */
export function writeAtom(feed: AtomFeed): string {
  let xml =
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attribute(feed.language)}">\n` +
    `  <id>${text(feed.id)}</id>\n` +
    `  <title type="html">${html(feed.title)}</title>\n` +
    `  <updated>${feed.updated}</updated>\n` +
    `  <generator>Broadsheet</generator>\n` +
    `  <author><name>${text(feed.author)}</name></author>\n` +
    `  <link rel="alternate" type="text/html" href="${attribute(feed.alternate)}"/>\n` +
    `  <link rel="self" type="application/atom+xml" href="${attribute(feed.self)}"/>\n`;
  for (const entry of feed.entries) xml += writeEntry(entry);
  return `${xml}</feed>\n`;
}

function writeEntry(entry: AtomEntry): string {
  let xml =
    (entry.language === null ? "  <entry>\n" : `  <entry xml:lang="${attribute(entry.language)}">\n`) +
    `    <id>${text(entry.id)}</id>\n` +
    `    <title type="html">${html(entry.title)}</title>\n` +
    `    <link rel="alternate" type="text/html" href="${attribute(entry.link)}"/>\n` +
    `    <updated>${entry.updated}</updated>\n`;
  if (entry.published !== null) xml += `    <published>${entry.published}</published>\n`;
  if (entry.author !== null && entry.author !== "") xml += `    <author><name>${text(entry.author)}</name></author>\n`;
  if (entry.summary !== "") xml += `    <summary type="html">${html(entry.summary)}</summary>\n`;
  for (const term of entry.categories) xml += `    <category term="${attribute(term)}"/>\n`;
  return `${xml}  </entry>\n`;
}

// Titles and summaries are written as type="html" holding the escaped text: a reader that (wrongly) treats every
// title as HTML then still shows the text and builds no elements from it. Such a value is escaped twice: for
// HTML, then for XML.

// Quotes need escaping only in attributes (https://www.w3.org/TR/xml/#syntax); left as they are in text, the
// apostrophes of half of all headlines cost nothing. Characters XML 1.0 does not allow at all
// (https://www.w3.org/TR/xml/#charsets) are dropped: C0 controls other than tab, newline and carriage return,
// U+FFFE, U+FFFF, and lone surrogates. In text a carriage return is written as a reference, which parsers keep
// where they would turn a raw one into a newline. In attributes tabs and line breaks are written as the spaces
// parsers would make of them (https://www.w3.org/TR/xml/#AVNormalize): not every feed reader decodes "&#9;" there.
//
// Most values have nothing to escape: an anchored negated class finds that (faster in V8 than searching for a
// special character) and the value is returned as it is; one with a tab or newline goes on to `replace`, which
// keeps them in text. Without the `u` flag a surrogate pair (an emoji) fails
// that test too, which only sends the value on to `replace`, whose `u` flag matches lone surrogates alone.
const PLAIN_TEXT = /^[^&<>\0-\x1F\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const PLAIN_ATTRIBUTE = /^[^&<>"'\0-\x1F\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const SPECIAL_IN_TEXT = /[&<>\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const SPECIAL_IN_ATTRIBUTE = /[&<>"'\t\n\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...XML_ESCAPES, "\t": " ", "\n": " ", "\r": " " };
const HTML_THEN_XML_ESCAPES: Record<string, string> = { "&": "&amp;amp;", "<": "&amp;lt;", ">": "&amp;gt;", "\r": "&#13;" };

/** `value` as XML character data. */
const text = (value: string): string =>
  PLAIN_TEXT.test(value) ? value : value.replace(SPECIAL_IN_TEXT, (char) => XML_ESCAPES[char] ?? "");

/** `value` inside a double-quoted XML attribute. */
const attribute = (value: string): string =>
  PLAIN_ATTRIBUTE.test(value) ? value : value.replace(SPECIAL_IN_ATTRIBUTE, (char) => ATTRIBUTE_ESCAPES[char] ?? "");

/** Plain `value` as the XML character data of a type="html" Atom text construct (RFC 4287 §3.1.1.2). */
const html = (value: string): string =>
  PLAIN_TEXT.test(value) ? value : value.replace(SPECIAL_IN_TEXT, (char) => HTML_THEN_XML_ESCAPES[char] ?? "");
