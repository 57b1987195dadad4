// In a real browser (Debian chromium through playwright-core): navigation, console errors, accessibility (axe), small screens, no JavaScript, and a sub-path.
import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBuild } from "../helpers/build-fixture.ts";
import type { BuiltSite } from "../helpers/build-fixture.ts";
import { makeArchive } from "../helpers/make-archive.ts";
import { serveStatic } from "../helpers/static-server.ts";
import type { StaticServer } from "../helpers/static-server.ts";
import { removeTempDirs } from "../helpers/temp.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** The little of the DOM these tests read inside the page (the project compiles without the DOM library). */
interface BrowserWindow {
  document: { scrollingElement: { scrollWidth: number } | null; styleSheets: ArrayLike<{ cssRules: { length: number } }> };
}

const chromiumMissing = !existsSync(CHROMIUM);
const skip = chromiumMissing && !process.env.CI;
if (skip) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing. Install it (apt-get install chromium) to run them; under CI (CI set) this is a failure.`);

describe.skipIf(skip)("the site in a browser", () => {
  let browser: Browser;
  let built: BuiltSite;
  let underBase: BuiltSite;
  let site: StaticServer;
  let news: StaticServer;

  beforeAll(async () => {
    if (chromiumMissing) throw new Error(`${CHROMIUM} is missing; CI must install it (see .ci/run).`);
    const archive = await makeArchive();
    [built, underBase, browser] = await Promise.all([
      sharedBuild({ input: archive.input }),
      sharedBuild({ input: archive.input, baseUrl: "https://example.org/news/", extraArgs: ["--page-size", "5"] }),
      chromium.launch({ executablePath: CHROMIUM, args: ARGS }),
    ]);
    [site, news] = await Promise.all([serveStatic(built.out, "/"), serveStatic(underBase.out, "/news/")]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await news?.close();
    await removeTempDirs();
  });

  /** A page that records console errors, uncaught exceptions, failed requests and error responses. */
  async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const source = message.location().url;
      // The 404 page itself is meant to answer 404, and Chromium logs that as an error.
      if (source === page.url() && /\/no\/such\//.test(source) && /status of 404/.test(message.text())) return;
      const hint = /\/favicon\.ico$/.test(source) ? " (the browser asked for /favicon.ico because no page declares an icon: add <link rel=\"icon\">)" : "";
      problems.push(`console error on ${page.url()}: ${message.text()} [${source}]${hint}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
    page.on("requestfailed", (request) => {
      // Chromium cancels an icon or search-index fetch still in flight when the test navigates on; that is not a site fault.
      if (request.failure()?.errorText === "net::ERR_ABORTED" && request.resourceType() !== "document" && /\/favicon\.svg$|\/pagefind\//.test(request.url())) return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
    });
    page.on("response", (response) => {
      // The 404 page itself is meant to answer 404; anything it loads is not.
      const isMissingPage = response.request().isNavigationRequest() && response.status() === 404 && /\/no\/such\//.test(response.url());
      if (response.status() >= 400 && !isMissingPage) problems.push(`HTTP ${response.status()} for ${response.url()}`);
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

  const titleOf = (report: BuiltSite, pathname: string): string | undefined => report.report.articles.find((a) => a.url === pathname)?.title;

  /** One of each page type issue #3 adds (the search page with a query that finds something). */
  const DISCOVERY_PAGES = ["archive/", "archive/2021/", "archive/2021/10/", "archive/undated/", "people/", "people/nobuo-kishi/", "places/", "places/japan/", "organizations/", "topics/", "topics/storm/", "search/?q=storm"];

  for (const [label, which] of [["at the root", () => ({ server: site, built })], ["under /news/", () => ({ server: news, built: underBase })]] as const) {
    it(`finds an article by a phrase from the search box and opens it, ${label}`, async () => {
      const { server, built: b } = which();
      const target = b.report.articles.find((a) => a.source === "2021/06/02/storm.txt")!;
      await withContext({}, async (context) => {
        const { page, problems } = await watchedPage(context);
        const first = await searchFromBox(page, server.url, "flooding the promenade");
        expect(new URL((await first.getAttribute("href"))!, page.url()).pathname).toBe(target.url);
        await first.click();
        await page.waitForURL((url) => url.pathname === target.url);
        expect(await headline(page)).toBe(target.title);
        expect(problems).toEqual([]);
      });
    }, 60_000);
  }

  it("finds an article by a word only its headline has (the index takes the title as well as the text)", async () => {
    const target = built.report.articles.find((a) => a.source === "2021/06/02/storm.txt")!;
    expect(target.title).toBe("Storm batters coast");
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context);
      const first = await searchFromBox(page, site.url, "batters");
      expect(new URL((await first.getAttribute("href"))!, page.url()).pathname).toBe(target.url);
      expect(problems).toEqual([]);
    });
  }, 60_000);

  /** Searches from the box on the page at `url`; returns the first result's link once it is shown. */
  async function searchFromBox(page: Page, url: string, query: string): Promise<Locator> {
    await page.goto(url);
    await page.locator("form[role='search'] input[name='q']").fill(query);
    await page.locator("form[role='search'] button[type='submit']").click();
    await page.waitForURL(/\/search\/\?q=/);
    const first = page.locator("[data-search-results] a").first();
    await first.waitFor({ timeout: 20_000 });
    return first;
  }

  /** Article links on the current page, in document order, as absolute URLs without duplicates. */
  async function articleLinks(page: Page): Promise<string[]> {
    const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => (a as unknown as { href: string }).href));
    return [...new Set(hrefs.filter((href) => /\/articles\/[^/]+\/(index\.html)?$/.test(href)))];
  }

  async function headline(page: Page): Promise<string> {
    return ((await page.locator("h1").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }

  it("goes from the front page to the first article and on to the next, changing URL and headline", async () => {
    await withContext({ colorScheme: "light" }, async (context) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(site.url);
      const order = await articleLinks(page);
      expect(order.length).toBeGreaterThan(2);
      await page.locator("a[href*='articles/']").first().click();
      await page.waitForURL(order[0]!);
      const first = new URL(page.url()).pathname;
      expect(await headline(page)).toBe(titleOf(built, first));
      await page.locator('a[rel~="next"]').first().click();
      await page.waitForURL((url) => url.pathname !== first);
      expect(page.url(), "rel=next leads to the second article of the front page").toBe(order[1]);
      expect(await headline(page)).toBe(titleOf(built, new URL(page.url()).pathname));
      await page.locator('a[rel~="prev"]').first().click();
      await page.waitForURL(order[0]!);
      expect(await headline(page)).toBe(titleOf(built, first));
      expect(problems).toEqual([]);
    });
  }, 60_000);

  it("shows no console errors, exceptions or failed requests on any page", async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context);
      const urls = [
        site.url,
        `${site.url}page/2/`,
        ...built.report.articles.map((a) => new URL(a.url, site.url).href),
        ...DISCOVERY_PAGES.map((path) => new URL(path, site.url).href),
        `${site.url}no/such/page/`,
      ];
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(url.includes("/no/such/") ? 404 : 200);
      }
      const sheets = await page.evaluate(() => Array.from((globalThis as unknown as BrowserWindow).document.styleSheets, (s) => s.cssRules.length));
      expect(sheets.some((n) => n > 0), "the 404 page has its stylesheet").toBe(true);
      expect(problems).toEqual([]);
    });
  }, 120_000);

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on the front page and article pages in ${colorScheme} mode`, async () => {
      await withContext({ colorScheme }, async (context) => {
        const { page, problems } = await watchedPage(context);
        const sources = ["markdown/full-front-matter.md", "000_ec386b1c77c78933.txt", "2021/03/28/東京.txt", "wire/2021-10-12-ferry-copy.txt"];
        const urls = [
          site.url,
          ...sources.map((source) => new URL(built.report.articles.find((a) => a.source === source)!.url, site.url).href),
          ...DISCOVERY_PAGES.map((path) => new URL(path, site.url).href),
        ];
        const violations: string[] = [];
        for (const url of urls) {
          await page.goto(url);
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations) {
            violations.push(`${new URL(url).pathname} [${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join("\n    ")}`);
          }
        }
        expect(violations, violations.join("\n")).toEqual([]);
        expect(problems).toEqual([]);
      });
    }, 120_000);
  }

  it("never scrolls sideways at 320px wide, on the front page or any article", async () => {
    await withContext({ viewport: { width: 320, height: 640 } }, async (context) => {
      const page = await context.newPage();
      const wide: string[] = [];
      for (const url of [site.url, ...built.report.articles.map((a) => new URL(a.url, site.url).href)]) {
        await page.goto(url);
        const width = await page.evaluate(() => (globalThis as unknown as BrowserWindow).document.scrollingElement!.scrollWidth);
        if (width > 320) wide.push(`${new URL(url).pathname}: scrollWidth ${width}`);
      }
      expect(wide).toEqual([]);
    });
  }, 120_000);

  it("works without JavaScript: the front page links to articles that show their text", async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(site.url);
      const links = await page.locator("a[href*='articles/']").count();
      expect(links).toBeGreaterThan(0);
      await page.locator("a[href*='articles/']").first().click();
      await page.waitForURL(/\/articles\//);
      expect(await page.locator("h1").isVisible()).toBe(true);
      expect(await headline(page)).toBe(titleOf(built, new URL(page.url()).pathname));
      const paragraph = page.locator("article p").first();
      expect(await paragraph.isVisible()).toBe(true);
      expect(((await paragraph.textContent()) ?? "").trim().length).toBeGreaterThan(20);
    });
  }, 60_000);

  it("navigates under the /news/ base path: front page, article, next article, pages and back home", async () => {
    await withContext({}, async (context) => {
      const { page, problems } = await watchedPage(context);
      await page.goto(news.url);
      const sheets = await page.evaluate(() => Array.from((globalThis as unknown as BrowserWindow).document.styleSheets, (s) => s.cssRules.length));
      expect(sheets.some((n) => n > 0), "stylesheet loaded under /news/").toBe(true);
      const order = await articleLinks(page);
      expect(order).toHaveLength(5);
      for (const url of order) expect(url.startsWith(`${news.url}articles/`), url).toBe(true);
      await page.locator("a[href*='articles/']").first().click();
      await page.waitForURL(order[0]!);
      expect(await headline(page)).toBe(titleOf(underBase, new URL(page.url()).pathname));
      await page.locator('a[rel~="next"]').first().click();
      await page.waitForURL(order[1]!);
      expect(await headline(page)).toBe(titleOf(underBase, new URL(page.url()).pathname));
      const home = await page.$$eval("a[href]", (links) => links.map((a) => (a as unknown as { href: string }).href));
      expect(home, "article page links back to the front page").toContain(news.url);
      await page.goto(`${news.url}page/2/`);
      const second = await articleLinks(page);
      expect(second).toHaveLength(5);
      expect(second.filter((url) => order.includes(url)), "page 2 lists other articles than page 1").toEqual([]);
      expect(problems).toEqual([]);
    });
  }, 60_000);
});
