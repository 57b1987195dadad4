// The search page in real Chromium, over a hand-made site and its sharded index, at the root and under
// /news/: phrase search, following the result, filters, other languages, axe, no JavaScript, and the
// Nu Html Checker on the page as served and as the script leaves it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../helpers/static-server.ts";
import type { StaticServer } from "../helpers/static-server.ts";
import { REPO, makeTempDir, removeTempDirs } from "../helpers/temp.ts";
import { buildSearchSite, searchPageHtml } from "./search-site.ts";
import type { SearchSite } from "./search-site.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const VNU = path.join(REPO, "node_modules/vnu-jar/build/dist/vnu.jar");
/** A phrase from the second storm article only; the first shares "storm", "coast" and the headline. */
const PHRASE = "flooding the promenade";

const chromiumMissing = !existsSync(CHROMIUM);
const skip = chromiumMissing && !process.env.CI;
if (skip) console.warn(`Skipping the search page tests: ${CHROMIUM} is missing. Install it (apt-get install chromium) to run them.`);

describe.skipIf(skip)("the search page in a browser", () => {
  let browser: Browser;
  let site: SearchSite;
  let atRoot: StaticServer;
  let underNews: StaticServer;

  beforeAll(async () => {
    if (chromiumMissing) throw new Error(`${CHROMIUM} is missing; CI must install it.`);
    [site, browser] = await Promise.all([buildSearchSite(await makeTempDir("search-site")), chromium.launch({ executablePath: CHROMIUM, args: ARGS })]);
    [atRoot, underNews] = await Promise.all([serveStatic(site.dir, "/"), serveStatic(site.dir, "/news/")]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await atRoot?.close();
    await underNews?.close();
    await removeTempDirs();
  });

  /** Console errors, uncaught exceptions, failed requests, error responses and requests to other hosts. */
  async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) problems.push(`request to another host: ${request.url()}`);
    });
    page.on("requestfailed", (request) => {
      // Chromium cancels an icon fetch still in flight when the test navigates on; that is not a site fault.
      if (request.failure()?.errorText === "net::ERR_ABORTED" && /\/favicon\.svg$/.test(request.url())) return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    return { page, problems };
  }

  async function withContext<T>(options: BrowserContextOptions, run: (context: BrowserContext) => Promise<T>): Promise<T> {
    const context = await browser.newContext(options);
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  }

  const resultLinks = (page: Page) => page.locator("[data-search-results] .story-title a");
  const statusText = (page: Page) => page.locator("[data-search-status]");

  async function searchFor(page: Page, base: string, query: string): Promise<void> {
    await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => statusText(page).textContent(), { timeout: 15_000 }).toMatch(/found/);
  }

  for (const [where, server] of [["at the root", () => atRoot], ["under /news/", () => underNews]] as const) {
    it(`finds an article by a phrase and opens it from the first result, ${where}`, async () => {
      await withContext({}, async (context) => {
        const base = server().url;
        const { page, problems } = await watchedPage(context, server().origin);
        await searchFor(page, base, `"${PHRASE}"`);
        const first = resultLinks(page).first();
        expect(await first.textContent()).toBe("Storm batters coast");
        expect(await first.getAttribute("href")).toBe(`${new URL(base).pathname}articles/storm-batters-coast-3a4b5c6d/`);
        expect(await page.locator("[data-search-results] mark").first().textContent()).toMatch(/flooding|promenade/i);
        await first.click();
        await page.waitForURL(`${base}articles/storm-batters-coast-3a4b5c6d/`);
        expect(await page.locator("main h1").textContent()).toBe("Storm batters coast");
        expect(await page.locator("main").textContent()).toContain(PHRASE);
        expect(problems).toEqual([]);
      });
    }, 60_000);

    it(`goes from any page's search box to the search page and its results, ${where}`, async () => {
      await withContext({}, async (context) => {
        const base = server().url;
        const { page, problems } = await watchedPage(context, server().origin);
        await page.goto(`${base}articles/city-sets-record-budget-1a2b3c4d/`);
        await page.getByRole("searchbox", { name: "Search the archive" }).fill("harbour bridge refit");
        await page.getByRole("searchbox", { name: "Search the archive" }).press("Enter");
        await page.waitForURL(`${base}search/?q=harbour+bridge+refit`);
        await expect.poll(() => statusText(page).textContent(), { timeout: 15_000 }).toMatch(/found for “harbour bridge refit”/);
        expect(await page.locator("#search-q").inputValue()).toBe("harbour bridge refit");
        expect(await resultLinks(page).first().textContent()).toBe("Harbour bridge reopens after two-year refit");
        expect(problems).toEqual([]);
      });
    }, 60_000);
  }

  it("searches the other languages' bundles too: Japanese, Greek and Russian", async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context, atRoot.origin);
      for (const [query, title] of [["満開", "東京で桜が満開に"], ["επιστήμονες", "Η Αθήνα φιλοξενεί διεθνές συνέδριο για το κλίμα"], ["метро", "Москва открывает новую линию метро"]]) {
        await searchFor(page, atRoot.url, query!);
        expect(await resultLinks(page).first().textContent(), query).toBe(title);
      }
      await resultLinks(page).first().click();
      await page.waitForURL(/\/articles\/moscow-metro-1c2d3e4f\/$/);
      const tokyo = site.records.find((r) => r.language === "ja")!;
      await searchFor(page, atRoot.url, "桜");
      await resultLinks(page).first().click();
      await page.waitForURL(new URL(tokyo.url, atRoot.url).href);
      expect(await page.locator("main h1").textContent()).toBe(tokyo.title);
      expect(problems).toEqual([]);
    });
  }, 60_000);

  it("narrows results with the filters Pagefind reports, and keeps them in the address", async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context, atRoot.origin);
      await searchFor(page, atRoot.url, "storm coast");
      expect(await resultLinks(page).count()).toBe(2);
      const year = page.getByLabel("Year");
      expect(await year.isVisible()).toBe(true);
      expect(await year.locator("option").allTextContents()).toEqual(["Any year", "2021 (2)"]);
      const topic = page.getByLabel("Topic");
      expect(await topic.locator("option").allTextContents()).toEqual(["Any topic", "weather (2)"]);
      expect(await page.getByLabel("Person").isVisible(), "no person values among the results").toBe(false);
      await searchFor(page, atRoot.url, "council");
      await page.getByLabel("Topic").selectOption("schools");
      await expect.poll(() => page.url()).toBe(`${atRoot.url}search/?q=council&topic=schools`);
      await expect.poll(() => resultLinks(page).allTextContents()).toEqual(["City sets record budget for schools"]);
      await page.goto(`${atRoot.url}search/?q=coast&year=2019`);
      await expect.poll(() => statusText(page).textContent(), { timeout: 15_000 }).toBe("No articles found for “coast”.");
      expect(await page.getByLabel("Year").inputValue()).toBe("2019");
      expect(problems).toEqual([]);
    });
  }, 60_000);

  it("says when nothing matches, and shows nothing for an empty query", async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context, atRoot.origin);
      await searchFor(page, atRoot.url, "zzyzx");
      expect(await statusText(page).textContent()).toBe("No articles found for “zzyzx”.");
      expect(await resultLinks(page).count()).toBe(0);
      await page.goto(`${atRoot.url}search/`);
      expect(await page.locator("#search-q").isVisible()).toBe(true);
      expect(await statusText(page).textContent()).toBe("");
      expect(problems).toEqual([]);
    });
  }, 60_000);

  it("without JavaScript, says search needs it; the header box still goes to search/?q=", async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${underNews.url}articles/city-sets-record-budget-1a2b3c4d/`);
      await page.getByRole("searchbox", { name: "Search the archive" }).fill("storm");
      await page.getByRole("searchbox", { name: "Search the archive" }).press("Enter");
      await page.waitForURL(`${underNews.url}search/?q=storm`);
      expect(await page.getByText("Search needs JavaScript").isVisible()).toBe(true);
      expect(await page.locator("[data-search-form]").isVisible()).toBe(false);
    });
  }, 60_000);

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on the search page with results and filters, in ${colorScheme} mode`, async () => {
      await withContext({ colorScheme }, async (context) => {
        const { page, problems } = await watchedPage(context, atRoot.origin);
        await searchFor(page, atRoot.url, "the");
        expect(await resultLinks(page).count()).toBeGreaterThan(1);
        const result = await new AxeBuilder({ page }).analyze();
        const violations = result.violations.map((v) => `[${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
        expect(violations, violations.join("\n")).toEqual([]);
        expect(problems).toEqual([]);
      });
    }, 60_000);
  }

  it("passes the Nu Html Checker as served and as the script leaves it after a search", async () => {
    if (!existsSync(VNU)) throw new Error(`vnu.jar missing at ${VNU}: run npm ci`);
    const dir = await makeTempDir("search-vnu");
    const served = path.join(dir, "served.html");
    const rendered = path.join(dir, "rendered.html");
    await writeFile(served, searchPageHtml());
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await searchFor(page, atRoot.url, "storm coast");
      await writeFile(rendered, `<!doctype html>\n${await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { outerHTML: string } } }).document.documentElement.outerHTML)}`);
    });
    const { code, output } = await runVnu([served, rendered]);
    expect(output, output).not.toMatch(/"type":"error"/);
    expect(code).toBe(0);
  }, 120_000);
});

function runVnu(files: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
