// Takes the README screenshot: an article page of a built site, 1200x900, light mode, into docs/screenshot.png.
// Usage: node --import tsx scripts/screenshot.ts <built-site-folder> [article-path] [--out FILE]
// Build into a temp folder first, e.g. `node bin/broadsheet.js build --output /tmp/site`; never point it at a dist/ you care about.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { serveStatic } from "../tests/helpers/static-server.ts";

const REPO = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function screenshot(site: string, articlePath: string | undefined, file: string): Promise<string> {
  if (!existsSync(path.join(site, "index.html"))) throw new Error(`${site} has no index.html: build the site into it first`);
  const server = await serveStatic(site, "/");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: "light", deviceScaleFactor: 1 });
    const page = await context.newPage();
    const target = articlePath === undefined ? await firstArticle(page, server.url) : new URL(articlePath.replace(/^\//, ""), server.url).href;
    const response = await page.goto(target, { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`${target} answered ${response?.status() ?? "nothing"}`);
    await mkdir(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, type: "png" });
    return target.replace(server.url, "/");
  } finally {
    await browser.close();
    await server.close();
  }
}

async function firstArticle(page: Page, front: string): Promise<string> {
  await page.goto(front);
  const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => (a as unknown as { href: string }).href));
  const first = hrefs.find((href) => /\/articles\/[^/]+\/$/.test(href));
  if (first === undefined) throw new Error(`the front page ${front} links to no article`);
  return first;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
  const [site, articlePath] = positionals;
  if (site === undefined) throw new Error("usage: node --import tsx scripts/screenshot.ts <built-site-folder> [article-path] [--out FILE]");
  const file = path.resolve(values.out ?? path.join(REPO, "docs", "screenshot.png"));
  const page = await screenshot(path.resolve(site), articlePath, file);
  console.log(`Saved ${path.relative(process.cwd(), file)} (${page}, 1200x900, light).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
