// Times the feed and sitemap writers at the build's scale: node --import tsx bench/feeds-speed.ts [feeds=2000] [urls=300000].
// 100,000 articles make 20,000–30,000 feed pairs and a sitemap of about 300,000 URLs. Prints times and memory; asserts nothing.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe } from "../src/enrich/describe.ts";
import { order } from "../src/enrich/order.ts";
import { feedSize, renderFeeds } from "../src/render/feeds.ts";
import { renderSitemaps, type SitemapUrl } from "../src/render/sitemap.ts";
import { siteView } from "../src/render/site-view.ts";
import type { Article, ArticleDate } from "../src/types.ts";
import { composeArticle } from "./compose-article.ts";
import { createRandom, type Random } from "./random.ts";
import { AUTHORS, TOPIC_NAMES } from "./vocabulary.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const feedCount = Number(process.argv[2] ?? 2_000);
const urlCount = Number(process.argv[3] ?? 300_000);
const rounds = 3;
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

// The writers these replaced (the `feed` package, xml-js inside, and the `sitemap` package's streams), measured
// the same way on the same data and machine before they were removed: figures, not code.
const before = { msPerFeedPair: 4.0, sitemapSeconds: 3.8, sitemapMB: 165 };

const settings = { title: "The Example Archive", description: "News.", language: "en" };
const withBase = siteView({ ...settings, baseUrl: "https://example.org/news/" });
const noBase = siteView({ ...settings, baseUrl: null });

/**
 * The best of `rounds` runs of `run`, in milliseconds of this process's CPU time: on a shared machine wall time
 * measures the neighbours, and the least disturbed run is the fairest figure. The work is on one thread, so its
 * CPU time is about the time it takes alone (plus whatever the garbage collector's helper threads do).
 */
function best(run: () => void): number {
  let fastest = Infinity;
  for (let round = 0; round < rounds; round++) {
    gc();
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    fastest = Math.min(fastest, (used.user + used.system) / 1000);
  }
  return fastest;
}

function dateOf(rng: Random, index: number): ArticleDate | null {
  if (rng.chance(0.1)) return null;
  const day = new Date(Date.UTC(2004, 0, 1) + index * 6 * 3_600_000).toISOString().slice(0, 10);
  if (rng.chance(0.1)) return { iso: `${day}T09:30:00+09:00`, day, precision: "time", from: "front-matter" };
  return { iso: day, day, precision: "day", from: "file-name" };
}

function syntheticArticle(index: number): Article {
  const composed = composeArticle(index, 1);
  const rng = createRandom(1, index, 99);
  const slug = `story-${index}`;
  return {
    id: slug,
    source: composed.path,
    format: "text",
    slug,
    path: `articles/${slug}/`,
    title: composed.headline,
    description: describe(composed.text.split("\n\n").slice(2).join(" "), undefined),
    words: composed.words,
    readingMinutes: Math.ceil(composed.words / 230),
    date: dateOf(rng, index),
    author: rng.chance(0.7) ? rng.pick(AUTHORS) : null,
    publisher: null,
    tags: Array.from({ length: rng.int(1, 4) }, () => rng.pick(TOPIC_NAMES)),
    lang: rng.chance(0.03) ? "fr" : "en",
    repairs: 0,
    warnings: [],
  };
}

/** The sitemap of `urlCount` URLs, timed first, while the process is still small enough for its peak to show. */
function measureSitemap(): void {
  // Articles, then archive and collection pages; a third of them dated, in each of the forms Broadsheet writes.
  const forms = [(day: string) => day, (day: string) => day.slice(0, 7), (day: string) => `${day}T23:30:00-04:00`];
  const urls: SitemapUrl[] = Array.from({ length: urlCount }, (_, n) => {
    const day = new Date(Date.UTC(2004, 0, 1) + n * 3_600_000).toISOString().slice(0, 10);
    const lastmod = n % 3 === 0 ? forms[n % 9 === 0 ? 1 : n % 2]!(day) : null;
    return { path: n % 3 === 0 ? `articles/story-${n}/` : `topics/topic-${n}/`, lastmod };
  });
  gc();
  const rssBefore = process.memoryUsage().rss;
  const first = process.cpuUsage();
  const sitemaps = renderSitemaps(urls, withBase);
  const firstUsed = process.cpuUsage(first);
  // maxRSS is in KiB.
  const peak = process.resourceUsage().maxRSS * 1024 - rssBefore;
  const fastest = Math.min((firstUsed.user + firstUsed.system) / 1000, best(() => void renderSitemaps(urls, withBase)));
  const bytes = sitemaps.reduce((sum, page) => sum + page.content.length, 0);
  console.log(
    `[sitemap]  ${urlCount.toLocaleString("en")} URLs in ${(fastest / 1000).toFixed(2)} s (best of ${rounds + 1}), was ${before.sitemapSeconds} s with the \`sitemap\` package; ` +
      `${sitemaps.length} files, ${mb(bytes)} MB of XML; the process grew by at most ${mb(Math.max(peak, 0))} MB (was ${before.sitemapMB} MB)`,
  );
}

/** `feedCount` feeds of 50 articles from a pool of 10,000, with and without a base URL. */
function measureFeeds(): void {
  // Each article is in about 10 feeds, as one at 100,000 sits in the site's feed and those of its topics, people,
  // places and organizations.
  const pool = Array.from({ length: 10_000 }, (_, index) => syntheticArticle(index));
  const pick = createRandom(1, 0, 7);
  const sources = Array.from({ length: feedCount }, (_, n) => ({
    title: `Topic ${n} – The Example Archive`,
    path: `topics/topic-${n}/`,
    articles: order(Array.from({ length: feedSize }, () => pool[pick.int(0, pool.length - 1)]!)),
  }));
  // Each feed is dropped once rendered, as the build writes it and moves on. With `flatten`, its UTF-8 size is
  // taken too, which joins the pieces the string was built from into one, as writing it would.
  const renderAll = (site: typeof withBase, flatten: boolean) => {
    for (const source of sources) for (const page of renderFeeds(source, site)) if (flatten) Buffer.byteLength(page.content);
  };
  renderAll(withBase, true); // warm up the JIT
  const pairs = best(() => renderAll(withBase, false)) / feedCount;
  const flattened = best(() => renderAll(withBase, true)) / feedCount;
  const atomOnly = best(() => renderAll(noBase, false)) / feedCount;
  console.log(`[feeds]    ${feedCount.toLocaleString("en")} feeds of ${feedSize} entries, best of ${rounds}:`);
  console.log(`           ${pairs.toFixed(3)} ms per Atom + JSON Feed pair (${flattened.toFixed(3)} ms flattened as for writing), was ~${before.msPerFeedPair} ms with the \`feed\` package`);
  console.log(`           ${atomOnly.toFixed(3)} ms per Atom feed without a base URL (urn:uuid ids, no JSON Feed)`);
  console.log(`           25,000 pairs: ${((pairs * 25_000) / 1000).toFixed(1)} s, was ~${((before.msPerFeedPair * 25_000) / 1000).toFixed(0)} s`);
}

measureSitemap();
measureFeeds();
