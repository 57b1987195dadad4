// A JSON Feed 1.1 writer (https://www.jsonfeed.org/version/1.1/), one item a line: faster than JSON.stringify of the whole feed.

/** The top-level fields Broadsheet writes, named as in the spec. */
export interface JsonFeed {
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: readonly JsonFeedItem[];
}

/** An item; an optional field that is undefined is left out. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  /** An item needs content_text or content_html; "" counts. */
  content_text: string;
  summary?: string | undefined;
  /** RFC 3339 date-time. */
  date_published?: string | undefined;
  authors?: readonly { name: string }[] | undefined;
  tags?: readonly string[] | undefined;
  language?: string | undefined;
}

/** The feed as JSON text, ending in a newline. */
export function writeJsonFeed(feed: JsonFeed): string {
  let json =
    `{\n  "version": "https://jsonfeed.org/version/1.1",\n` +
    `  "title": ${string(feed.title)},\n` +
    `  "home_page_url": ${string(feed.home_page_url)},\n` +
    `  "feed_url": ${string(feed.feed_url)},\n` +
    `  "language": ${string(feed.language)},\n` +
    `  "items": [`;
  feed.items.forEach((item, n) => {
    json += `${n === 0 ? "" : ","}\n    ${writeItem(item)}`;
  });
  return `${json}${feed.items.length === 0 ? "" : "\n  "}]\n}\n`;
}

function writeItem(item: JsonFeedItem): string {
  const content = string(item.content_text);
  const url = string(item.url);
  let json = `{"id": ${item.id === item.url ? url : string(item.id)}, "url": ${url}, "title": ${string(item.title)}, "content_text": ${content}`;
  if (item.summary !== undefined) json += `, "summary": ${item.summary === item.content_text ? content : string(item.summary)}`;
  if (item.date_published !== undefined) json += `, "date_published": ${string(item.date_published)}`;
  if (item.authors !== undefined) json += `, "authors": [${item.authors.map((author) => `{"name": ${string(author.name)}}`).join(", ")}]`;
  if (item.tags !== undefined) json += `, "tags": [${item.tags.map(string).join(", ")}]`;
  if (item.language !== undefined) json += `, "language": ${string(item.language)}`;
  return `${json}}`;
}

// Most strings need no escaping: they are quoted as they are. The rest go through JSON.stringify, without
// lone surrogates: JSON.stringify would write them as \u escapes, which strict parsers (Rust's serde_json,
// for one) refuse. The `u` flag makes the class match only unpaired ones.
const PLAIN = /^[^"\\\0-\x1F\uD800-\uDFFF]*$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

const string = (value: string): string => (PLAIN.test(value) ? `"${value}"` : JSON.stringify(value.replace(LONE_SURROGATE, "")));
