// A tiny static site made by hand for the search tests: fixture articles as pages, the search page
// from the real partials and script, and a Pagefind index of the same articles.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createNunjucksEnvironment } from "../../src/render/templates.ts";
import { buildSearchIndex } from "../../src/search/index.ts";
import type { SearchIndexResult, SearchRecord, ShardLimits } from "../../src/search/index.ts";
import { REPO } from "../helpers/temp.ts";

const TEMPLATES = path.join(REPO, "templates");
const ARCHIVE = path.join(REPO, "tests/fixtures/archive");

interface FixtureArticle {
  file: string;
  slug: string;
  language: string;
  date: string | null;
  filters: SearchRecord["filters"];
}

/** Four English articles (two about storms, so ranking matters), and Greek, Japanese and Russian ones. */
export const ARTICLES: readonly FixtureArticle[] = [
  { file: "2022-01-05-budget.txt", slug: "city-sets-record-budget-1a2b3c4d", language: "en", date: "2022-01-05", filters: { place: ["City Hall"], topic: ["budget", "schools"] } },
  { file: "2021/04/15/harbour-bridge-reopens.txt", slug: "harbour-bridge-reopens-5e6f7a8b", language: "en-GB", date: "2021-04-15", filters: { topic: ["transport"] } },
  { file: "2021/06/01/storm.txt", slug: "storm-batters-coast-9c0d1e2f", language: "en", date: "2021-06-01", filters: { topic: ["weather"] } },
  { file: "2021/06/02/storm.txt", slug: "storm-batters-coast-3a4b5c6d", language: "en", date: "2021-06-02", filters: { topic: ["weather"] } },
  { file: "2019-07-01-athens.txt", slug: "athens-climate-7e8f9a0b", language: "el", date: "2019-07-01", filters: { place: ["Αθήνα"] } },
  { file: "2021/03/28/東京.txt", slug: "東京", language: "ja", date: "2021-03-28", filters: { place: ["東京"] } },
  { file: "cyrillic.txt", slug: "moscow-metro-1c2d3e4f", language: "ru", date: null, filters: { place: ["Москва"] } },
];

/** Title is the first line, the rest is the text, as Broadsheet reads a plain .txt file. */
export async function fixtureRecords(): Promise<SearchRecord[]> {
  return Promise.all(
    ARTICLES.map(async (a) => {
      const [title = "", ...rest] = (await readFile(path.join(ARCHIVE, a.file), "utf8")).trim().split("\n");
      const content = rest.join("\n").trim();
      return { url: `articles/${a.slug}/`, title, content, language: a.language, date: a.date, filters: a.filters };
    }),
  );
}

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A minimal valid page with the real header search box, as every page of the site has one. */
function page(root: string, lang: string, title: string, main: string): string {
  // The header's search form exactly as the layout has it (inline in base.njk: an include would cost every article page).
  const layout = readFileSync(path.join(TEMPLATES, "layouts/base.njk"), "utf8");
  const form = /<form class="search-box"[\s\S]*?<\/form>/.exec(layout)?.[0];
  if (form === undefined) throw new Error("templates/layouts/base.njk has no <form class=\"search-box\">");
  const box = createNunjucksEnvironment(TEMPLATES).renderString(form, { view: { root } });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}assets/style.css">
</head>
<body>
<header class="masthead"><p class="masthead-title"><a href="${root || "./"}">Search test</a></p>
${box}</header>
<main id="main" class="page">
${main}
</main>
</body>
</html>
`;
}

export function searchPageHtml(): string {
  const env = createNunjucksEnvironment(TEMPLATES);
  const body = env.render("search-page.njk", { view: { root: "../" } });
  return page("../", "en", "Search", `<h1 class="listing-heading">Search</h1>\n${body}`);
}

export interface SearchSite {
  dir: string;
  records: SearchRecord[];
  index: SearchIndexResult;
}

/** Writes the site into `dir`; small shard limits make the English articles span two shards. */
export async function buildSearchSite(dir: string, limits: Partial<ShardLimits> = { maxRecords: 2 }): Promise<SearchSite> {
  const records = await fixtureRecords();
  await mkdir(path.join(dir, "assets"), { recursive: true });
  await mkdir(path.join(dir, "search"), { recursive: true });
  for (const asset of ["search.js", "style.css", "favicon.svg"]) await copyFile(path.join(TEMPLATES, "assets", asset), path.join(dir, "assets", asset));
  for (const record of records) {
    await mkdir(path.join(dir, record.url), { recursive: true });
    const text = typeof record.content === "string" ? record.content : new TextDecoder().decode(record.content);
    const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join("\n");
    const main = `<article lang="${record.language}">\n<h1>${escape(record.title)}</h1>\n${paragraphs}\n</article>`;
    await writeFile(path.join(dir, record.url, "index.html"), page("../../", "en", record.title, main));
  }
  const links = records.map((r) => `<li><a href="${r.url}">${escape(r.title)}</a></li>`).join("\n");
  await writeFile(path.join(dir, "index.html"), page("", "en", "Search test", `<h1>Articles</h1>\n<ul>\n${links}\n</ul>`));
  await writeFile(path.join(dir, "search", "index.html"), searchPageHtml());
  const index = await buildSearchIndex(records, dir, { limits });
  return { dir, records, index };
}
