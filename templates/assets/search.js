// The search page: runs Pagefind over every bundle listed in pagefind/shards.json (one per language
// and size-bounded shard, merged with mergeIndex), reads ?q= and the filters from the address, and
// shows linked titles, dates and highlighted excerpts. No other hosts, no innerHTML.

/** This file lives at <root>/assets/search.js, so the site root is found wherever the site is served. */
const root = new URL("../", import.meta.url);
const FILTERS = ["year", "person", "place", "organization", "topic"];
const PAGE_SIZE = 20;
/** Beyond this many values a filter lists only the most frequent (plus the chosen one). */
const MAX_OPTIONS = 100;

const form = document.querySelector("[data-search-form]");
const input = form?.querySelector('input[name="q"]');
const filterBox = form?.querySelector("[data-search-filters]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");

let pagefind = null;
let searchId = 0;
let shown = [];
let typingTimer = 0;

if (form && input && status && list && more) start();

function start() {
  // The page says search needs JavaScript until this runs.
  for (const el of document.querySelectorAll("[data-search-nojs]")) el.hidden = true;
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) setOptions(name, {}, value);
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    run();
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(run, 300);
  });
  input.addEventListener("focus", () => void load().catch(() => {}), { once: true });
  filterBox?.addEventListener("change", () => run());
  more.addEventListener("click", () => showMore().catch((error) => setStatus(`More results could not be loaded: ${error.message}.`)));
  if (input.value.trim() !== "" || FILTERS.some((name) => params.get(name))) run();
}

/** Loads Pagefind once: the shard matching the page's language is the primary, the rest are merged in. */
function load() {
  pagefind ??= (async () => {
    // Revalidated on every visit: shard names repeat from build to build, their contents do not.
    const response = await fetch(new URL("pagefind/shards.json", root), { cache: "no-cache" });
    if (!response.ok) throw new Error(`the search index is missing (${response.status})`);
    const { shards } = await response.json();
    if (shards.length === 0) return null;
    const pageLanguage = (document.documentElement.lang || "").toLowerCase().split("-")[0];
    const primary = shards.find((s) => s.language === pageLanguage) ?? biggestLanguage(shards);
    const api = await import(new URL(`pagefind/${primary.path}pagefind.js`, root).href);
    const baseUrl = root.pathname;
    await api.options({ baseUrl, excerptLength: 30 });
    await api.init();
    await Promise.all(
      shards.filter((s) => s !== primary).map((s) => api.mergeIndex(`${baseUrl}pagefind/${s.path}`, { baseUrl, language: s.language })),
    );
    // Searches count only the filters already loaded; this loads them all.
    await api.filters();
    return api;
  })();
  return pagefind;
}

function biggestLanguage(shards) {
  const totals = new Map();
  for (const s of shards) totals.set(s.language, (totals.get(s.language) ?? 0) + s.records);
  const [language] = [...totals].sort((a, b) => b[1] - a[1])[0];
  return shards.find((s) => s.language === language);
}

function chosenFilters() {
  const chosen = {};
  for (const name of FILTERS) {
    const value = form.elements[name]?.value;
    if (value) chosen[name] = value;
  }
  return chosen;
}

async function run() {
  const id = ++searchId;
  const term = input.value.trim();
  const filters = chosenFilters();
  updateAddress(term, filters);
  if (term === "" && Object.keys(filters).length === 0) {
    clear("");
    return;
  }
  let api;
  try {
    setStatus("Searching…");
    api = await load();
  } catch (error) {
    clear(`Search is not available: ${error.message}.`);
    return;
  }
  if (api === null) {
    clear("There are no articles to search yet.");
    return;
  }
  try {
    const response = await api.search(term === "" ? null : term, { filters });
    if (id !== searchId) return;
    for (const name of FILTERS) setOptions(name, response.filters?.[name] ?? {}, filters[name] ?? "");
    shown = response.results;
    list.replaceChildren();
    await showMore(id);
  } catch (error) {
    if (id === searchId) clear(`The search failed: ${error.message}. Try again.`);
    return;
  }
  if (id !== searchId) return;
  const count = shown.length;
  const what = term === "" ? "" : ` for “${term}”`;
  setStatus(count === 0 ? `No articles found${what}.` : `${count === 1 ? "1 article" : `${count} articles`} found${what}.`);
}

/** Adds the next page of results: each needs its fragment fetched. */
async function showMore(id = searchId) {
  const start = list.children.length;
  const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
  if (id !== searchId) return;
  list.append(...page.map(resultItem));
  more.hidden = list.children.length >= shown.length;
}

function resultItem(data) {
  const item = element("li", { class: "story search-result" });
  const heading = element("h2", { class: "story-title" });
  const link = element("a", { href: data.url });
  link.textContent = data.meta?.title || data.url;
  heading.append(link);
  item.append(heading);
  const date = data.meta?.date;
  const meta = element("p", { class: "story-meta" });
  if (date) {
    const time = element("time", { datetime: date });
    time.textContent = displayDate(date);
    meta.append(time);
  } else {
    meta.append(element("span", { class: "undated" }, "Undated"));
  }
  item.append(meta);
  const excerpt = element("p", { class: "story-description search-excerpt" });
  excerpt.append(...highlighted(data.excerpt ?? ""));
  item.append(excerpt);
  return item;
}

/**
 * Pagefind's excerpt is the record's plain text with <mark> around matches; everything else is
 * text, so it becomes text nodes and <mark> elements, never parsed HTML.
 */
function highlighted(excerpt) {
  const nodes = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part !== "") nodes.push(marked ? element("mark", {}, part) : document.createTextNode(part));
  }
  return nodes;
}

function displayDate(iso) {
  const lang = document.documentElement.lang || "en";
  // Bare "en" means US order; the site prints day-month-year (src/render/format.ts).
  const locale = lang.toLowerCase() === "en" ? "en-GB" : lang;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}

/** Fills one filter's <select> with the values the current results have, most frequent first. */
function setOptions(name, counts, chosen) {
  const select = form.elements[name];
  if (!select) return;
  const values = Object.entries(counts).filter(([, n]) => n > 0);
  values.sort(name === "year" ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const kept = values.slice(0, MAX_OPTIONS);
  if (chosen && !kept.some(([value]) => value === chosen)) kept.unshift([chosen, counts[chosen] ?? 0]);
  const any = select.options[0];
  select.replaceChildren(any, ...kept.map(([value, n]) => element("option", { value }, n > 0 ? `${value} (${n})` : value)));
  select.value = chosen;
  select.closest("[data-search-filter]").hidden = kept.length === 0;
  if (filterBox) filterBox.hidden = FILTERS.every((f) => form.elements[f]?.closest("[data-search-filter]").hidden ?? true);
}

function updateAddress(term, filters) {
  const params = new URLSearchParams();
  if (term !== "") params.set("q", term);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const query = params.toString();
  history.replaceState(null, "", `${location.pathname}${query === "" ? "" : `?${query}`}`);
}

function clear(message) {
  shown = [];
  list.replaceChildren();
  more.hidden = true;
  setStatus(message);
}

function setStatus(message) {
  status.textContent = message;
}

function element(tag, attributes, text) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}
