// Throughput of entity extraction on generated ~600-word articles: `npx vitest bench --run tests/enrich/entities`.
import { bench, describe } from "vitest";
import { composeArticle } from "../../../bench/compose-article.ts";
import { extractEntities } from "../../../src/enrich/entities/index.ts";

/** Headline and body of a generated article, front matter and the repeated headline left out as the parser does. */
const articles = Array.from({ length: 200 }, (_, index) => {
  const [headline = "", , ...paragraphs] = composeArticle(index, 1).text.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n\n");
  return { title: headline, text: paragraphs.join("\n\n") };
});

describe("extractEntities", () => {
  let next = 0;
  bench("one generated article", () => {
    const article = articles[next++ % articles.length] ?? { title: "", text: "" };
    extractEntities(article.title, article.text);
  }, { time: 3000 });
});
