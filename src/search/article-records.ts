// What the search index gets of each article: its text (kept on the thread that read it until now),
// metadata, and filters by year and by the people, places, organizations and topics it is listed under.
import type { Article, CollectionKind, Discovery } from "../types.ts";
import type { SearchFilters, SearchRecord } from "./types.ts";

/** Articles whose texts are fetched from the threads at once. */
const BATCH = 500;

/**
 * One record per article in front-page order, near-copies left out (a search would show the story
 * twice; the original is indexed). `texts(sources)` gives the plain texts of a batch, as UTF-8.
 */
export async function* articleRecords(
  articles: readonly Article[],
  discovery: Discovery,
  texts: (sources: readonly string[]) => Promise<(Uint8Array | undefined)[]>,
): AsyncGenerator<SearchRecord> {
  const indexed = articles.flatMap((article, i) => (discovery.byArticle[i]!.original === null ? [i] : []));
  for (let start = 0; start < indexed.length; start += BATCH) {
    const batch = indexed.slice(start, start + BATCH);
    const contents = await texts(batch.map((i) => articles[i]!.source));
    for (let k = 0; k < batch.length; k++) {
      const i = batch[k]!;
      const article = articles[i]!;
      const content = contents[k];
      if (content === undefined) throw new Error(`no text kept for ${article.source}: the search stage asked a thread that did not read it`);
      yield articleRecord(article, content, discovery, i);
    }
  }
}

export function articleRecord(article: Article, content: string | Uint8Array, discovery: Discovery, index: number): SearchRecord {
  const filters: SearchFilters = {};
  if (article.date !== null) filters.year = [article.date.day.slice(0, 4)];
  const byKind: Partial<Record<CollectionKind, string[]>> = {};
  for (const c of discovery.byArticle[index]!.collections) {
    const { kind, name } = discovery.collections[c]!;
    (byKind[kind] ??= []).push(name);
  }
  Object.assign(filters, byKind);
  const meta: Record<string, string> = {};
  if (article.author !== null) meta["author"] = article.author;
  if (article.publisher !== null) meta["publisher"] = article.publisher;
  return { url: article.path, title: article.title, content, language: article.lang, date: article.date?.day ?? null, filters, meta };
}
