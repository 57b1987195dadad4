// What the fixture archive (tests/fixtures/archive plus tests/helpers/make-archive.ts) must turn into: one entry per article.

export interface ExpectedArticle {
  title: string;
  /** Report date "YYYY-MM-DD", or null when undated. */
  date: string | null;
  /** <time datetime> value; defaults to `date`. */
  datetime?: string;
}

export const EXPECTED_ARTICLES: Readonly<Record<string, ExpectedArticle>> = {
  "000_ec386b1c77c78933.txt": { title: "Japan defense minister to visit U.S. in May", date: null },
  "2019-07-01-athens.txt": { title: "Η Αθήνα φιλοξενεί διεθνές συνέδριο για το κλίμα", date: "2019-07-01" },
  "2020/03/council-elections-postponed.txt": { title: "Council elections postponed until autumn", date: "2020-03-01", datetime: "2020-03" },
  "2021-10-10-ferry-crlf.txt": { title: "Ferry timetable changes from Monday", date: "2021-10-10" },
  "2021-10-11-buses-cr.txt": { title: "Night buses return to the city centre", date: "2021-10-11" },
  "2021/03/28/東京.txt": { title: "東京で桜が満開に", date: "2021-03-28" },
  "2021/04/15/harbour-bridge-reopens.txt": { title: "Harbour bridge reopens after two-year refit", date: "2021-04-15" },
  "2021/06/01/storm.txt": { title: "Storm batters coast", date: "2021-06-01" },
  "2021/06/02/storm.txt": { title: "Storm batters coast", date: "2021-06-02" },
  "2022-01-05-budget.txt": { title: "City sets record budget for schools", date: "2022-01-05" },
  "cyrillic.txt": { title: "Москва открывает новую линию метро", date: null },
  "encodings/utf16be-bom.txt": { title: "Łódź film school celebrates its anniversary", date: null },
  "encodings/utf16le-bom.txt": { title: "Zürich extends tram line to the lake", date: null },
  "encodings/utf8-bom.txt": { title: "Café owners welcome new pavement rules", date: null },
  "encodings/windows-1252.txt": { title: "Café prices rise by €2 as “crisis” deepens", date: null },
  "markdown/full-front-matter.md": { title: "Port authority approves container terminal expansion", date: "2022-04-21" },
  "markdown/heading-title.md": { title: "Library extends weekend opening hours", date: null },
  "markdown/hostile-title.md": { title: "</title><script>alert(1)</script>", date: "2021-05-05" },
  "markdown/javascript-link.md": { title: "Readers report suspicious links", date: "2021-09-09" },
  "markdown/market-report.markdown": { title: "Weekly market report: grain prices steady", date: "2021-11-30" },
  "markdown/permalink.md": { title: "Permalink cannot escape the site", date: "2021-02-02" },
  "markdown/slug.md": { title: "Slug cannot escape the site", date: "2021-02-03" },
  "markup-characters.txt": { title: "Markup characters: <b>bold</b> & *stars* stay literal", date: null },
  "text-with-front-matter.txt": { title: "Tram drivers vote to accept pay offer", date: "2021-08-20" },
  "wire/2021-10-12-ferry-copy.txt": { title: "Island ferries to run every forty minutes", date: "2021-10-12" },
};

/** Front matter of markdown/full-front-matter.md that must reach the page. */
export const FULL_FRONT_MATTER = {
  source: "markdown/full-front-matter.md",
  author: "Maria Okafor",
  publisher: "The Harbour Gazette",
  tags: ["shipping", "economy"],
  lang: "en-GB",
  summary: "The port authority has approved a new container terminal that will double the port's capacity by 2026.",
};
