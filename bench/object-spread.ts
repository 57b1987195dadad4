// Why the views are not built with `{ ...base, more }`: on Node 20 (V8 11.3) an object spread followed by
// more properties takes V8's slow path, and its garbage outlives young-generation collections, so the old
// generation fills with it and needs full collections. Measures the three ways of building a list page's
// view from its shared fields (src/render/listing-views.ts) on this Node.
// Run: node --import tsx bench/object-spread.ts [objects]
import { PerformanceObserver, constants, type PerformanceEntry } from "node:perf_hooks";

const objects = Number(process.argv[2] ?? 1_000_000);

/** The shared fields of a list page, a new object each time, as listPageBase makes them. */
function base(i: number) {
  return { site: null, path: `topics/t${i & 1023}/`, root: "../../", home: "../../", pageTitle: "Topic – Archive", description: "Articles about a topic.", canonical: "/topics/t/", lang: "en", meta: [], jsonLd: "{}", feeds: [], outputPath: "topics/t/index.html" };
}

const ways: Record<string, (i: number) => { number: number }> = {
  "spread, then more properties": (i) => ({ ...base(i), heading: "Topic", kind: "topic", number: i, total: 3, items: [] }),
  "Object.assign onto the base": (i) => Object.assign(base(i), { heading: "Topic", kind: "topic", number: i, total: 3, items: [] }),
  "every field written out": (i) => {
    const b = base(i);
    return { site: b.site, path: b.path, root: b.root, home: b.home, pageTitle: b.pageTitle, description: b.description, canonical: b.canonical, lang: b.lang, meta: b.meta, jsonLd: b.jsonLd, feeds: b.feeds, outputPath: b.outputPath, heading: "Topic", kind: "topic", number: i, total: 3, items: [] };
  },
};

let majors = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
}).observe({ entryTypes: ["gc"] });

let sink = 0;
for (const [name, make] of Object.entries(ways)) {
  for (let i = 0; i < objects / 10; i++) sink += make(i).number; // warm up
  await new Promise((resolve) => setTimeout(resolve, 10));
  majors = 0;
  const started = performance.now();
  for (let i = 0; i < objects; i++) sink += make(i).number;
  const ns = ((performance.now() - started) * 1e6) / objects;
  await new Promise((resolve) => setTimeout(resolve, 10)); // lets the observer report
  console.log(`${name.padEnd(30)} ${ns.toFixed(0).padStart(6)} ns an object, ${majors} full collections`);
}
if (sink === -1) console.log(sink);
