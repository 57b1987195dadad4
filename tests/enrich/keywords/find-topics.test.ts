import { describe, expect, it } from "vitest";
import { countTerms } from "../../../src/enrich/keywords/count-terms.ts";
import { findTopics } from "../../../src/enrich/keywords/find-topics.ts";
import { indexTerms, spellingAt } from "../../../src/enrich/keywords/index-terms.ts";
import { pickKeywords } from "../../../src/enrich/keywords/pick-keywords.ts";
import { STOP_WORDS } from "../../../src/enrich/keywords/stop-words.ts";
import { THEMED } from "../similarity/themed-corpus.ts";

interface Input { key: string; title?: string; text: string; tags?: string[] }

function topicsOf(inputs: readonly Input[]) {
  const index = indexTerms(inputs.map((a) => ({ key: a.key, terms: countTerms(a.title ?? "", a.text) })));
  return { index, ...findTopics(index, inputs.map((a) => a.tags ?? [])) };
}

const themed: Input[] = THEMED.map((a) => ({ key: a.key, title: a.title, text: a.text }));
/** Stop words and reporting words repeated more often than any word the articles are about. */
const chatty: Input[] = ["budget", "harbour", "orchard"].map((word, i) => ({
  key: `chatty/${i}.txt`,
  text: `They said on Monday that they would say more. He said it would be the ${word}. She said it would not. ` +
    `They told reporters on Monday it was 40 percent of the ${word}, and they would add more today. I said a b c.`,
}));

describe("findTopics", () => {
  it("never makes a topic of a stop word, a number or a single letter", () => {
    const { topics } = topicsOf([...themed, ...chatty]);
    expect(topics.length).toBeGreaterThan(5);
    for (const topic of topics) {
      expect(STOP_WORDS.has(topic.name.toLowerCase()), topic.name).toBe(false);
      expect(topic.name).toMatch(/\p{L}\p{L}/u);
    }
  });

  it("makes a topic of a term only when two articles share it, unless a tag names it", () => {
    const only = { key: "zeppelins.txt", title: "Zeppelin returns", text: "The zeppelin flew over the zeppelin hangar at dawn." };
    const tagged = { key: "ships.txt", text: "The airship flew at dawn.", tags: ["Airships"] };
    const { topics, byArticle } = topicsOf([...themed, only, tagged]);
    const slugs = topics.map((t) => t.slug);
    expect(slugs).not.toContain("zeppelin");
    expect(byArticle[themed.length]).toEqual([]);
    expect(topics.find((t) => t.slug === "airships")).toEqual({ slug: "airships", name: "Airships", articles: 1, tagged: true });
    expect(topics.find((t) => t.slug === "inflation")).toMatchObject({ articles: 3, tagged: false });
    for (const topic of topics) expect(topic.articles >= 2 || topic.tagged, topic.slug).toBe(true);
  });

  it("ranks a word few articles use above one most articles use, though it occurs less", () => {
    const common = "The government met. The government spoke. The government left. The government ate.";
    const inputs: Input[] = [
      { key: "a.txt", text: `${common} A referendum, and another referendum.` },
      { key: "b.txt", text: `${common} The referendum and the referendum again.` },
      ...["c", "d", "e"].map((k) => ({ key: `${k}.txt`, text: `The government ${k}. The government spoke. Weather ${k}.` })),
      { key: "f.txt", text: "Weather today." },
    ];
    const { index } = topicsOf(inputs);
    const keywords = pickKeywords(index).map((positions, article) => positions.map((p) => spellingAt(index, article, p)));
    expect(keywords[0]).toEqual(["referendum", "government"]);
    expect(keywords[2]).toEqual(["government"]);
  });

  it("joins a tag and a keyword with the same key, named as the tag is written", () => {
    const inputs = themed.map((a, i) => (i === 3 ? { ...a, tags: ["Inflation", " "] } : a));
    const { topics, byArticle } = topicsOf(inputs);
    expect(topics.filter((t) => t.slug === "inflation")).toEqual([{ slug: "inflation", name: "Inflation", articles: 3, tagged: true }]);
    expect(byArticle[3]?.[0]).toBe("inflation");
    expect(byArticle[3]?.filter((slug) => slug === "inflation")).toHaveLength(1);
  });

  it("names a two-word name as written and gives it a slug", () => {
    const inputs = [1, 2].map((n) => ({ key: `${n}.txt`, text: `Officials in North Korea said North Korea tested missile ${n}.` }));
    expect(topicsOf([...themed, ...inputs]).topics).toContainEqual({ slug: "north-korea", name: "North Korea", articles: 2, tagged: false });
  });

  it("gives the same topics whatever the order of the articles", () => {
    const inputs = [...themed, ...chatty];
    const forward = topicsOf(inputs);
    const backward = topicsOf([...inputs].reverse());
    expect(backward.topics).toEqual(forward.topics);
    expect([...backward.byArticle].reverse()).toEqual(forward.byArticle);
  });
});
