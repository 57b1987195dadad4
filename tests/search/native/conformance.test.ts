// The native bundle writer against Pagefind 1.6 itself: the same records through Pagefind's Node API and
// through buildBundle must give the same files. Every index file is named by a hash of its contents and
// the meta file lists them all, so equal names mean byte-equal contents; the decoded words are compared
// too, so a failure says which word differs.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeArticle } from "../../../bench/compose-article.ts";
import { buildBundle, PAGEFIND_FORMAT_VERSION, type BundleRecord } from "../../../src/search/native/build-bundle.ts";
import { decodeCbor, type CborValue } from "../../../src/search/native/cbor.ts";
import { stemEnglish } from "../../../src/search/native/stem-english.ts";
import { makeTempDir, removeTempDirs } from "../../helpers/temp.ts";

afterAll(async () => {
  await pagefind.close();
  await removeTempDirs();
});

/** Words that take each path of Pagefind's splitting: compounds, dots, case, digits, diacritics, emoji, scripts. */
const TRICKY = [
  "It's don't O'Brien’s rock’n’roll naïve Straße søren Łódź æther façade İstanbul ΣΟΦΟΣ résumé resume Résumé CAFÉ Zürich zurich",
  "ǅemal ﬁne x² next\u0085word nbsp\u00a0sep 3rd 1990s COVID-19 e.g. a.b.c.d ... — – -x- \u3000 ideographic\u2028line\r\nwindows\tline\vvertical\fform carriage\rreturn",
  "U.S.A. U.S. Ph.D. 3.14 v1.2.3 www.example.com J.R.R. ab.cd.ef mp3-player F-35A B-52s iPhone McDonald’s McDonald's U.S.-China",
  "9/11 24/7 1,000 $5.5bn HTTPServer XMLHttpRequest abc_DEF-ghi Jean-Luc G20 G-20 Covid19-related ÉCOLE-normale NATO's (Reuters)",
  "\"quoted\" U.N.-backed ABCdef abcDEF X1Y2 MiXeD ÀB a--b _x_y_ hello.World ThreeAntelopes www.example.org/it /../../etc/x",
  "xx.yy-zz.ww aa.bb:cc:dd aa.b/c/dd xx.yy.zz.yy ©.x x-© 🌦️ only-emoji 👋👨‍👩‍👧‍👦 東京で桜が満開に。 generous generously skies dying",
  // Each ending the English stemmer knows (Snowball 3.0), and its exceptions.
  "biologist geologist relational conditional valenci hesitancy digitizer conformably radically differently analogous vilely",
  "sensitivity formality sensibility triplicate formative formalize electricity electrical hopeful goodness revival allowance",
  "inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologous activate",
  "angularity effective bowdlerize probate rate cease controlling rolled agreed feed bled hoping hopping tanned falling hissing",
  "fizzed failing filing luxuriating happy past pasted emerged generate universal organization interesting later even evening",
  "cannily inning outing herring earring proceeding exceedingly succeeded cried ties gas gaps kiwis howe news andes skis idly",
  "Yesterday's players' yelling boys' y'all 'quoted' sayings enjoying employed",
  "inning innings proceed exceed succeed earring communism arsenal yes yyy",
].join("\n\n");

/** Text with Pagefind's sentinels and zero-width spaces, which change what is stored (a slower path). */
const SENTINELS = "Before ___weird zw\u200bsp \u200b ___PAGEFIND_WEIGHT___2 boosted words ___END_PAGEFIND_WEIGHT___ after ___PAGEFIND_WEIGHT___0 hidden ___END_PAGEFIND_WEIGHT___ end";

function records(): BundleRecord[] {
  const list: BundleRecord[] = [
    { url: "tricky/", content: TRICKY, meta: { title: "Title's Here — Café", author: "Jane O'Neil", zeta: "last field", date: "2020-05-01" }, filters: { topic: ["b", "a"], year: ["2020"] } },
    { url: "sentinels/", content: SENTINELS, meta: { title: "Sentinels ___PAGEFIND_x here" }, filters: { topic: ["___PAGEFIND_y a"] } },
    { url: "empty/", content: "  \n ", meta: { title: "Empty" }, filters: {} },
    { url: "zero-width-only/", content: "\u200b \u200b", meta: { title: "Nothing" }, filters: {} },
    { url: "meta-only-words/", content: "Body text.", meta: { title: "Naïve résumé, naive resume" }, filters: { topic: ["a"] } },
  ];
  for (let i = 0; i < 60; i++) {
    const a = composeArticle(i, 1);
    list.push({
      url: `articles/a${i}/`,
      content: a.text.slice(a.text.lastIndexOf(`${a.headline}\n\n`) + a.headline.length + 2),
      meta: { title: a.headline, date: `2021-0${(i % 9) + 1}-15` },
      filters: { year: ["2021"], person: ["John Smith", "Ann Lee"], topic: [`topic ${i % 5}`] },
    });
  }
  return list;
}

interface Decoded {
  files: string[];
  meta: CborValue;
  words: Map<string, string>;
  fragments: Map<string, string>;
}

function decode(files: Map<string, Uint8Array>): Decoded {
  const words = new Map<string, string>();
  const fragments = new Map<string, string>();
  let meta: CborValue = [];
  for (const [file, data] of files) {
    if (file.endsWith(".pf_fragment")) fragments.set(file, Buffer.from(data).toString());
    else if (file.endsWith(".pf_meta")) meta = decodeCbor(data);
    else if (file.endsWith(".pf_index")) for (const word of (decodeCbor(data) as CborValue[][])[0] as CborValue[][]) words.set(word[0] as string, JSON.stringify(word));
  }
  return { files: [...files.keys()].sort(), meta, words, fragments };
}

/** Pagefind's bundle files, ungzipped and without the signature. */
async function pagefindFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const file of (await readdir(dir, { recursive: true })) as string[]) {
    if (!/\.pf_(fragment|index|filter|meta)$/.test(file)) continue;
    const data = gunzipSync(await readFile(path.join(dir, file)));
    expect(data.subarray(0, 12).toString()).toBe("pagefind_dcd");
    files.set(file.split(path.sep).join("/"), data.subarray(12));
  }
  return files;
}

describe("native search bundles: the same files as Pagefind 1.6", () => {
  it("follows the Pagefind that is installed (package.json pins it; an upgrade must pass this file again)", async () => {
    const main = fileURLToPath(import.meta.resolve("pagefind"));
    const installed = JSON.parse(await readFile(path.join(path.dirname(main), "..", "package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(PAGEFIND_FORMAT_VERSION);
  });

  let expected: Decoded;
  let actual: Decoded;

  beforeAll(async () => {
    const dir = await makeTempDir("native-conformance");
    const { index, errors } = await pagefind.createIndex({});
    expect(errors).toEqual([]);
    // One by one, so Pagefind numbers the pages in this order.
    for (const record of records()) {
      const added = await index!.addCustomRecord({ ...record, meta: { ...record.meta }, filters: Object.fromEntries(Object.entries(record.filters).map(([k, v]) => [k, [...v]])), language: "en" });
      expect(added.errors).toEqual([]);
    }
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
    expected = decode(await pagefindFiles(dir));
    const bundle = buildBundle(records(), "en", stemEnglish);
    actual = decode(new Map(bundle.files.map((f) => [f.path, f.data])));
  }, 60_000);

  it("indexes every word under the same key, page, position, weight and variant", () => {
    const differing = [...new Set([...expected.words.keys(), ...actual.words.keys()])].filter((w) => expected.words.get(w) !== actual.words.get(w));
    expect(differing.map((w) => ({ word: w, pagefind: expected.words.get(w), native: actual.words.get(w) }))).toEqual([]);
    expect(actual.words.size).toBeGreaterThan(1000);
  });

  it("stores the same fragments", () => {
    expect([...actual.fragments].sort()).toEqual([...expected.fragments].sort());
  });

  it("writes the same meta index and the same files, byte for byte (each is named by its hash)", () => {
    expect(actual.meta).toEqual(expected.meta);
    expect(actual.files).toEqual(expected.files);
  });
});
