// The named values of the search stage: SearchRecord in, SearchShard folders and a manifest out.
import type { CustomRecord } from "pagefind";

/** The filters Pagefind can narrow results by; each holds the record's values for that kind. */
export interface SearchFilters {
  year?: string[];
  person?: string[];
  place?: string[];
  organization?: string[];
  topic?: string[];
}

/** One article as search sees it: its text and metadata, no page chrome. */
export interface SearchRecord {
  /** Site path without a leading slash, as Article.path: "articles/foo-1a2b3c4d/". */
  url: string;
  title: string;
  /**
   * Plain article text, paragraphs separated by blank lines: a string, or its UTF-8 bytes as the reading
   * threads keep them (the build's main thread then holds them outside its heap until a shard is written).
   */
  content: string | Uint8Array;
  /** BCP 47 tag, e.g. "en", "pt-BR", "ja". */
  language: string;
  /** "YYYY-MM-DD", or null for an undated article. */
  date: string | null;
  filters: SearchFilters;
  /** Shown with a result, e.g. { author: "…", publisher: "…" }; title and date are added from the fields above. */
  meta?: Record<string, string>;
}

/** A record as shards hold it: Pagefind's custom record, its content perhaps still UTF-8 bytes (decoded when sent). */
export type ShardRecord = Omit<CustomRecord, "content"> & { content: string | Uint8Array };

export interface ShardLimits {
  /** A shard is closed when it holds this many records. */
  maxRecords: number;
  /** …or this many bytes of UTF-8 text (content, title and metadata). */
  maxBytes: number;
}

/** One Pagefind bundle: a folder under pagefind/ holding one language's records, or a slice of them. */
export interface SearchShard {
  /** Folder under pagefind/, with a trailing slash, e.g. "en-0/". */
  path: string;
  /** Primary language subtag Pagefind indexed it under, e.g. "en", or "unknown". */
  language: string;
  records: number;
  /** UTF-8 bytes of text fed to Pagefind for it. */
  bytes: number;
}

/** pagefind/shards.json: what the search page reads to find every bundle. */
export interface SearchManifest {
  version: 1;
  /** The Pagefind version that wrote the bundles (its browser code must match); null with no records. */
  pagefind: string | null;
  shards: SearchShard[];
}

export interface SearchIndexResult {
  records: number;
  shards: SearchShard[];
  /** Absolute path of the pagefind/ folder. */
  dir: string;
  seconds: number;
}
