// Gives each article its topics: its front-matter tags, plus the terms it uses often that few other
// articles use (TF-IDF). A term becomes a topic only when at least two articles share it, unless a
// tag names it (issue #3).
import { shortHash, slugOf } from "../identify.ts";
import { termKey } from "./count-terms.ts";
import { compareStrings } from "./index-terms.ts";
import type { TermIndex } from "./index-terms.ts";
import { nameKeywords } from "./name-keywords.ts";
import { pickKeywords } from "./pick-keywords.ts";
import type { KeywordOptions } from "./pick-keywords.ts";

export interface Topic {
  /** URL segment: /topics/<slug>/. */
  slug: string;
  /** Display name: the tag as most often written, else the keyword as the articles spell it most. */
  name: string;
  /** How many articles have the topic. */
  articles: number;
  /** True when some article's front matter tags it. */
  tagged: boolean;
}

export interface Topics {
  /** Sorted by slug. */
  topics: Topic[];
  /** Topic slugs of each article in index order: its tags first, then its keywords, best first. */
  byArticle: string[][];
}

const MIN_ARTICLES = 2;

/** Tags and keywords meet by term key, so the tag "Elections" and the keyword "election" are one topic. */
export function findTopics(index: TermIndex, tags: readonly (readonly string[])[], options: KeywordOptions = {}): Topics {
  const tagSpellings = new Map<string, number>();
  const tagKeys = index.keys.map((_, article) => (tags[article] ?? []).flatMap((written) => {
    const tag = written.trim();
    if (tag === "") return [];
    tagSpellings.set(tag, (tagSpellings.get(tag) ?? 0) + 1);
    return [termKey(tag)];
  }));
  const tagged = new Set(tagKeys.flat());
  const keywords = nameKeywords(index, pickKeywords(index, options));
  // A tag's spelling was chosen by a person: it names the topic wherever it exists.
  const names = new Map(keywords.names);
  for (const [key, name] of commonestTags(tagSpellings)) names.set(key, name);
  const slugs = new Map([...names].map(([key, name]) => [key, slugOf(name) || `topic-${shortHash(key)}`]));
  const byArticle = index.keys.map((_, article) => {
    const slugsOfArticle: string[] = [];
    const add = (key: string): void => {
      const slug = slugs.get(key) as string;
      if (!slugsOfArticle.includes(slug)) slugsOfArticle.push(slug);
    };
    for (const key of tagKeys[article] ?? []) add(key);
    for (const key of keywords.keys[article] ?? []) if (tagged.has(key) || (keywords.picked.get(key) ?? 0) >= MIN_ARTICLES) add(key);
    return slugsOfArticle;
  });
  return { topics: topicsOf(slugs, names, tagged, byArticle), byArticle };
}

function topicsOf(slugs: Map<string, string>, names: Map<string, string>, tagged: Set<string>, byArticle: string[][]): Topic[] {
  const topics = new Map<string, Topic>();
  for (const [key, slug] of [...slugs].sort(([a], [b]) => compareStrings(a, b))) {
    const topic = topics.get(slug);
    // Two keys with one slug ("e-mail", "e mail") are one topic, named after a tagged key, else the first.
    if (topic === undefined || (tagged.has(key) && !topic.tagged)) topics.set(slug, { slug, name: names.get(key) as string, articles: 0, tagged: tagged.has(key) });
  }
  for (const slugsOfArticle of byArticle) for (const slug of slugsOfArticle) (topics.get(slug) as Topic).articles++;
  return [...topics.values()].filter((t) => t.articles > 0).sort((a, b) => compareStrings(a.slug, b.slug));
}

/** Each tagged key's commonest spelling; a tie goes to the spelling that sorts first. */
function commonestTags(spellings: Map<string, number>): Map<string, string> {
  const best = new Map<string, [string, number]>();
  for (const [spelling, count] of spellings) {
    const key = termKey(spelling);
    const current = best.get(key);
    if (current === undefined || count > current[1] || (count === current[1] && compareStrings(spelling, current[0]) < 0)) best.set(key, [spelling, count]);
  }
  return new Map([...best].map(([key, [spelling]]) => [key, spelling]));
}
