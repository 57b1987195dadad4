// Times the bundled templates rendered by their compiled functions (src/render/compile-template.ts) and by
// Nunjucks itself, on an article page and a collection page of 20 stories, and checks that both print
// the same: node --import tsx bench/templates-speed.ts [pages=20000]. Prints microseconds a page.
import path from "node:path";
import { articleView } from "../src/render/article-view.ts";
import { collectionPageViews } from "../src/render/collection-views.ts";
import { compileTemplate } from "../src/render/compile-template.ts";
import { feedLinks } from "../src/render/feeds.ts";
import { siteView } from "../src/render/site-view.ts";
import { createNunjucksEnvironment } from "../src/render/templates.ts";
import type { Article, ArticleDate, ListedArticle } from "../src/types.ts";

const pages = Number(process.argv[2] ?? 20_000);
const env = createNunjucksEnvironment(path.join(import.meta.dirname, "..", "templates"));
const site = siteView({ title: "Bench", description: "Template speed", language: "en", baseUrl: "https://example.org/" }, { discovery: true, search: true });

const date: ArticleDate = { day: "2021-03-04", iso: "2021-03-04", precision: "day", from: "front-matter" };
const link = (i: number) => ({ title: `Some headline number ${i} about things & more`, path: `articles/story-${i}/` });
const article: Article = {
  id: "x", source: "a/x.txt", format: "text", slug: "x", path: "articles/x/", title: "A headline with an ampersand & a quote \"here\"",
  description: "A description of the story that goes on.", words: 600, readingMinutes: 3, date, author: "A. Writer", publisher: null,
  tags: ["elections"], lang: "en", repairs: 0, warnings: [],
} as unknown as Article;
const context = {
  previous: link(1), next: link(2), month: { title: "March 2021", path: "archive/2021/03/" },
  collections: Array.from({ length: 16 }, (_, i) => ({ kind: (["person", "place", "organization", "topic"] as const)[i % 4], ...link(i + 10) })),
  related: Array.from({ length: 5 }, (_, i) => ({ ...link(i + 20), date, lang: "en" })), original: null, copies: [],
};
const body = `<p>${"word ".repeat(600)}</p>`;
const listed: ListedArticle[] = Array.from({ length: 40 }, (_, i) => ({ ...link(i), lang: "en", date, description: `Story ${i} <in> brief.`, author: null, tags: [] }));
const collection = { kind: "person" as const, name: "Nobuo Kishi", path: "people/nobuo-kishi/", articles: listed.map((_, i) => i) };

const cases: [string, object][] = [
  ["article.njk", articleView(article, body, context as never, site)],
  ["collection.njk", [...collectionPageViews(collection, listed, site, 20, feedLinks({ title: "Nobuo Kishi", path: collection.path }, site, ""))][0]!],
];

for (const [name, view] of cases) {
  const compiled = compileTemplate(env, name);
  if (typeof compiled !== "function") throw new Error(`${name} is not compiled: ${compiled.notCompiled}`);
  if (compiled(view) !== env.render(name, { view })) throw new Error(`${name}: the compiled template prints something else than Nunjucks`);
  const time = (render: () => string): number => {
    let length = 0;
    const started = performance.now();
    for (let i = 0; i < pages; i++) length += render().length;
    if (length === 0) throw new Error("nothing rendered");
    return ((performance.now() - started) * 1000) / pages;
  };
  // The second round of each is the one printed: the first warms up the JIT.
  const nunjucks = [time(() => env.render(name, { view })), time(() => env.render(name, { view }))][1]!;
  const fast = [time(() => compiled(view)), time(() => compiled(view))][1]!;
  console.log(`${name.padEnd(16)} Nunjucks ${nunjucks.toFixed(1)} µs a page, compiled ${fast.toFixed(1)} µs (${(nunjucks / fast).toFixed(1)}× faster)`);
}
