// The named values handed from stage to stage: SourceFile → Source → ParsedArticle → Article (+ ArticleFacts)
// → Discovery → Page.
import type { Entity } from "./enrich/entities/entity.ts";
import type { TextSummary } from "./enrich/similarity/summarize-text.ts";

/** Everything the build is told from outside: CLI flags, config file, defaults. */
export interface Settings {
  /** Absolute path of the folder of articles. */
  input: string;
  /** Absolute path of the folder the site is written to. */
  output: string;
  /** Absolute path of the templates folder (layouts, pages, assets). */
  templates: string;
  site: SiteSettings;
  /** Articles per front-page page. */
  pageSize: number;
  /** Date archive, people, places, organizations, topics, related stories, duplicates, feeds, sitemap (issue #3). */
  discovery: boolean;
  /** The Pagefind search index and page; only with discovery. */
  search: boolean;
  /** Absolute path of the folder that keeps each article's facts between builds (src/cache/facts-cache.ts), or null for none. */
  cache: string | null;
  strict: boolean;
  quiet: boolean;
  /** Absolute path of the JSON report to write, or null. */
  report: string | null;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** BCP 47 language of the site and the default for articles, e.g. "en". */
  language: string;
  /** Absolute base URL ending in "/", e.g. "https://example.org/news/", or null. */
  baseUrl: string | null;
}

// ---- ingest ----------------------------------------------------------------

export type SourceFormat = "text" | "markdown";

/** A file found under the input folder. */
export interface SourceFile {
  /** Absolute path on disk. */
  path: string;
  /** Path relative to the input folder, "/"-separated: the article's identity in the report. */
  source: string;
  format: SourceFormat;
}

/** A file read and decoded to text. */
export interface Source {
  file: SourceFile;
  /** Decoded text: no BOM, line endings normalised to "\n". */
  text: string;
  /** Encoding the bytes were decoded from, e.g. "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
}

/** A file that did not become an article, and why. */
export interface Skip {
  source: string;
  reason: string;
}

/** What reading one file gives: text, or a reason it was skipped. */
export type ReadResult = { ok: true; value: Source } | { ok: false; skip: Skip };

// ---- parse -----------------------------------------------------------------

/** Front matter keys Broadsheet understands, validated and normalised. */
export interface FrontMatter {
  title?: string;
  /** As written, e.g. "2022-04-21" or "2022-04-21T09:30:00+09:00"; validated in enrich. */
  date?: string;
  author?: string;
  source?: string;
  tags: string[];
  lang?: string;
  summary?: string;
  id?: string;
  slug?: string;
}

/** An article's text taken apart: metadata, headline and body, not yet rendered. */
export interface ParsedArticle {
  file: SourceFile;
  frontMatter: FrontMatter;
  /** Headline as plain text (typography applied, apostrophes repaired). */
  title: string;
  /**
   * Body after front matter and headline are removed. For text: paragraphs joined by "\n\n",
   * each paragraph on one line, repairs applied. For markdown: the markdown source.
   */
  body: string;
  /** Plain text of the body, paragraphs separated by "\n\n": for descriptions, counts, search. */
  text: string;
  /** How many lost apostrophes were restored (title and body). */
  repairs: number;
  /** Problems that did not stop the article from being built. */
  warnings: string[];
}

// ---- enrich ----------------------------------------------------------------

export interface ArticleDate {
  /** Machine-readable value for <time datetime> and JSON-LD: "2022-04", "2022-04-21" or a full ISO date-time. */
  iso: string;
  /** "YYYY-MM-DD" used for sorting and the report (the 1st for month precision). */
  day: string;
  precision: "month" | "day" | "time";
  /** Where the date came from. */
  from: "front-matter" | "file-name" | "folder";
}

/** An article with everything known about it: the unit the site is made of. */
export interface Article {
  /** Stable id: front matter id, else derived from the source path. */
  id: string;
  source: string;
  format: SourceFormat;
  slug: string;
  /** Site path without leading slash, ending in "/": "articles/<slug>/". */
  path: string;
  title: string;
  description: string;
  words: number;
  readingMinutes: number;
  date: ArticleDate | null;
  author: string | null;
  /** Publication the article came from (front matter `source`). */
  publisher: string | null;
  tags: string[];
  lang: string;
  repairs: number;
  warnings: string[];
}

/** What list pages (archive, collections, front page) and feeds show of an article. */
export type ListedArticle = Pick<Article, "path" | "title" | "lang" | "date" | "description" | "author" | "tags">;

/** What an article's own page shows of it: what lists show, and a few details more. */
export type PageArticle = ListedArticle & Pick<Article, "words" | "readingMinutes" | "publisher">;

/** What a read thread learns from an article's text for the archive-wide steps (issue #3). */
export interface ArticleFacts {
  /** Content hash of the title and text they were found from (src/enrich/facts.ts): they are reused while it matches. */
  key: string;
  /** Term counts and fingerprint: topics, related stories, duplicates. */
  summary: TextSummary;
  /** People, places and organisations it names, before the archive-wide merge. */
  entities: Entity[];
}

export type CollectionKind = "person" | "place" | "organization" | "topic";

/** Articles that share a person, place, organisation or topic: one paginated page of the site. */
export interface Collection {
  kind: CollectionKind;
  /** Display name: "Nobuo Kishi", "United States", "Elections". */
  name: string;
  /** Site path: "people/nobuo-kishi/", "topics/elections/". */
  path: string;
  /** Indexes into the ordered articles, in that order (newest first). */
  articles: number[];
}

/** What the archive-wide steps found for one article; numbers are indexes into the ordered articles or collections. */
export interface ArticleLinks {
  /** Its entities' collections (most mentioned first), then its topics' (tags first). */
  collections: number[];
  /** Up to 5 related articles, most similar first. */
  related: number[];
  /** The original this article is a near-copy of (its rel=canonical), or null. */
  original: number | null;
  /** Its near-copies, when it is an original. */
  copies: number[];
}

export interface DuplicateSet {
  original: number;
  copies: number[];
}

/** The archive-wide part of enrich: collections, and each article's links into them and to other articles. */
export interface Discovery {
  /** Entities (people, places, organisations) then topics, each kind sorted by path. */
  collections: Collection[];
  /** In the order of the ordered articles. */
  byArticle: ArticleLinks[];
  duplicates: DuplicateSet[];
}

// ---- render / write --------------------------------------------------------

/** One file of the site, ready to write. */
export interface Page {
  /** Path relative to the output folder, "/"-separated, e.g. "articles/x/index.html". */
  outputPath: string;
  content: string;
}

// ---- report ----------------------------------------------------------------

export interface ReportArticle {
  source: string;
  url: string;
  title: string;
  date: string | null;
  words: number;
  warnings: string[];
}

/** Near-duplicates: the copies point rel=canonical to the original. Paths as in `source`. */
export interface ReportDuplicates {
  original: string;
  copies: string[];
}

export interface BuildReport {
  articles: ReportArticle[];
  skipped: Skip[];
  duplicates: ReportDuplicates[];
}

export interface BuildResult {
  report: BuildReport;
  articles: number;
  skipped: number;
  pagesWritten: number;
  seconds: number;
  repairs: number;
  /** Articles whose facts (entities, term summary) came from the cache of an earlier build. */
  factsReused: number;
  /** Seconds each stage took, by stage name, in order. */
  stages: Record<string, number>;
}
