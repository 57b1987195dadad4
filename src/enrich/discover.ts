// The archive-wide half of enrich (issue #3): once every article is read and ordered, merge the
// entities across the archive, find topics, near-duplicates and related stories, and give each
// article its links. Pure: the per-article facts come from the read threads.
import type { Article, ArticleFacts, ArticleLinks, Collection, CollectionKind, Discovery, DuplicateSet } from "../types.ts";
import { applyArchiveMerge, mergeAcrossArchive, type Entity } from "./entities/index.ts";
import { findTopics, indexTerms, type Topics } from "./keywords/index.ts";
import { compareStrings } from "./keywords/index-terms.ts";
import { findDuplicates, findRelated, unpackSummary, type TextSummary } from "./similarity/index.ts";

/** The folder of each kind's pages. */
export const collectionFolders: Record<CollectionKind, string> = {
  person: "people",
  place: "places",
  organization: "organizations",
  topic: "topics",
};

export interface DiscoverOptions {
  /** Related stories per article, at most. Default 5. */
  related?: number;
}

/** What the archive-wide steps on words need of each article, in the order of the ordered articles. */
export interface WordsInput {
  /** Source paths: unique and stable, the tie-breaker of every ranking. */
  keys: string[];
  /** "YYYY-MM-DD" or null: the earliest copy of a story is its original. */
  dates: (string | null)[];
  tags: string[][];
  summaries: TextSummary[];
}

/** Topics, near-duplicates and related stories: what the words of the archive give, by article index. */
export interface WordsFound {
  topics: Topics;
  duplicates: DuplicateSet[];
  /** Each article's related stories, most similar first. */
  related: number[][];
}

/** `facts[i]` belongs to `ordered[i]`. */
export function discover(ordered: readonly Article[], facts: readonly ArticleFacts[], options: DiscoverOptions = {}): Discovery {
  if (facts.length !== ordered.length) throw new RangeError(`discover: ${ordered.length} articles but ${facts.length} facts`);
  return joinDiscovery(discoverNames(facts.map((f) => f.entities)), discoverWords(wordsInput(ordered, facts), options));
}

export function wordsInput(ordered: readonly Article[], facts: readonly ArticleFacts[]): WordsInput {
  return { keys: ordered.map((a) => a.source), dates: ordered.map((a) => a.date?.day ?? null), tags: ordered.map((a) => a.tags), summaries: facts.map((f) => f.summary) };
}

/**
 * The half of the archive-wide steps that reads words: topics, near-duplicates and related stories.
 * It needs no entities, so a thread can run it while the build merges them (discoverNames).
 */
export function discoverWords(input: WordsInput, options: DiscoverOptions = {}): WordsFound {
  const terms = input.summaries.map(unpackSummary);
  const index = indexTerms(input.keys.map((key, i) => ({ key, terms: terms[i]! })));
  const topics = findTopics(index, input.tags);
  const articleOf = new Map(input.keys.map((key, i) => [key, i]));
  const at = (key: string): number => articleOf.get(key)!;
  const groups = findDuplicates(input.keys.map((key, i) => ({ key, date: input.dates[i] ?? null, fingerprint: terms[i]!.fingerprint })), { rank: index.rank });
  const related = findRelated(index, groups, { limit: options.related ?? 5 });
  return { topics, duplicates: groups.map((g) => ({ original: at(g.original), copies: g.copies.map(at) })), related: related.map((keys) => keys.map(at)) };
}

/** The half that reads names: each article's entities merged across the archive, and their collections. */
export interface NamesFound {
  /** Each article's entities after the merge. */
  entities: (readonly Entity[])[];
  collections: Collected;
}

/** `found[i]`: the entities found in article i (ArticleFacts.entities). */
export function discoverNames(found: readonly Entity[][]): NamesFound {
  const merge = mergeAcrossArchive(found);
  const entities = found.map((list) => applyArchiveMerge(list, merge));
  return { entities, collections: collectEntities(entities) };
}

/** Both halves as each article's links. */
export function joinDiscovery(names: NamesFound, words: WordsFound): Discovery {
  const { topics, duplicates, related } = words;
  const entityCollections = names.collections;
  const tagged = new Set(topics.topics.filter((t) => t.tagged).map((t) => t.slug));
  // A keyword that names one of the article's own people, places or organisations is already linked as one.
  const topicSlugs = topics.byArticle.map((slugs, i) => {
    const named = names.entities[i]!;
    return slugs.filter((slug) => tagged.has(slug) || !named.some((e) => e.key === slug));
  });
  const topicCollections = collectTopics(topicSlugs, new Map(topics.topics.map((t) => [t.slug, t.name])), tagged);

  const collections = [...entityCollections.collections, ...topicCollections.collections];
  const topicOffset = entityCollections.collections.length;
  const byArticle: ArticleLinks[] = names.entities.map((_, i) => ({
    collections: [...entityCollections.byArticle[i]!, ...topicCollections.byArticle[i]!.map((c) => c + topicOffset)],
    related: related[i]!,
    original: null,
    copies: [],
  }));
  for (const set of duplicates) {
    byArticle[set.original]!.copies = set.copies;
    for (const copy of set.copies) byArticle[copy]!.original = set.original;
  }
  return { collections, byArticle, duplicates };
}

interface Collected {
  collections: Collection[];
  /** Each article's collections, as indexes into `collections`. */
  byArticle: number[][];
}

/** One collection per type and key, named by the spelling most articles use; each article's in its entities' order. */
function collectEntities(perArticle: readonly (readonly Entity[])[]): Collected {
  // By type, then key: a million mentions at 100,000 articles, so no string is made per mention.
  const found = new Map<CollectionKind, Map<string, Found>>();
  const refs = perArticle.map((entities, article) =>
    entities.map((entity) => {
      let ofType = found.get(entity.type);
      if (ofType === undefined) found.set(entity.type, (ofType = new Map()));
      let entry = ofType.get(entity.key);
      if (entry === undefined) ofType.set(entity.key, (entry = new Found(entity.type, entity.key, entity.name)));
      entry.spelled(entity.name);
      if (entry.articles.at(-1) !== article) entry.articles.push(article);
      return entry;
    }),
  );
  const sorted = [...found.values()].flatMap((ofType) => [...ofType.values()]).sort((a, b) => compareStrings(a.id, b.id));
  sorted.forEach((entry, i) => (entry.position = i));
  const collections = sorted.map((e): Collection => ({ kind: e.kind, name: e.commonest(), path: `${collectionFolders[e.kind]}/${e.key}/`, articles: e.articles }));
  return { collections, byArticle: refs.map((entries) => entries.map((e) => e.position)) };
}

/** An entity across the archive while it is collected: its articles and how often each spelling names it. */
class Found {
  readonly id: string;
  readonly articles: number[] = [];
  position = -1;
  /** Most entities have one spelling: a map is made only for a second. */
  private first: string;
  private firstCount = 0;
  private others: Map<string, number> | null = null;

  constructor(
    readonly kind: CollectionKind,
    readonly key: string,
    spelling: string,
  ) {
    // Collections sort by this, as they always have.
    this.id = `${kind}|${key}`;
    this.first = spelling;
  }

  spelled(spelling: string): void {
    if (spelling === this.first) this.firstCount++;
    else (this.others ??= new Map()).set(spelling, (this.others.get(spelling) ?? 0) + 1);
  }

  /** The spelling with the highest count; a tie goes to the one that sorts first. */
  commonest(): string {
    let best = this.first;
    let bestCount = this.firstCount;
    for (const [spelling, count] of this.others ?? []) {
      if (count > bestCount || (count === bestCount && compareStrings(spelling, best) < 0)) {
        best = spelling;
        bestCount = count;
      }
    }
    return best;
  }
}

/** A topic gets a page when two articles share it, or when a tag names it (issue #3). */
function collectTopics(perArticle: readonly string[][], names: Map<string, string>, tagged: Set<string>): Collected {
  const articles = new Map<string, number[]>();
  perArticle.forEach((slugs, article) => {
    for (const slug of slugs) {
      const list = articles.get(slug);
      if (list === undefined) articles.set(slug, [article]);
      else list.push(article);
    }
  });
  const kept = [...articles].filter(([slug, list]) => list.length >= 2 || tagged.has(slug)).sort(([a], [b]) => compareStrings(a, b));
  const position = new Map(kept.map(([slug], i) => [slug, i]));
  const collections = kept.map(([slug, list]): Collection => ({ kind: "topic", name: names.get(slug) ?? slug, path: `${collectionFolders.topic}/${slug}/`, articles: list }));
  const byArticle = perArticle.map((slugs) => slugs.flatMap((slug) => (position.has(slug) ? [position.get(slug)!] : [])));
  return { collections, byArticle };
}
