// End to end: every page of the fixture build is valid HTML (Nu Html Checker), has no broken internal links (linkinator), and loads nothing from other hosts.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { LinkChecker, LinkState } from "linkinator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBuild } from "../helpers/build-fixture.ts";
import type { BuiltSite } from "../helpers/build-fixture.ts";
import { makeArchive } from "../helpers/make-archive.ts";
import { listFiles } from "../helpers/site-files.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { REPO, removeTempDirs } from "../helpers/temp.ts";

const VNU = path.join(REPO, "node_modules/vnu-jar/build/dist/vnu.jar");
const BASE_URL = "https://example.org/news/";

let root: BuiltSite;
let underBase: BuiltSite;

beforeAll(async () => {
  const archive = await makeArchive();
  [root, underBase] = await Promise.all([
    sharedBuild({ input: archive.input }),
    sharedBuild({ input: archive.input, baseUrl: BASE_URL, extraArgs: ["--page-size", "5"] }),
  ]);
}, 240_000);

afterAll(removeTempDirs);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu Html Checker once over all files (the JVM takes seconds to start). */
function runVnu(files: string[]): Promise<{ code: number | null; messages: VnuMessage[]; raw: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { stdio: ["ignore", "pipe", "pipe"] });
    let raw = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (raw += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (raw += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const json = raw.slice(raw.indexOf("{"), raw.lastIndexOf("}") + 1);
      try {
        resolve({ code, messages: (JSON.parse(json) as { messages: VnuMessage[] }).messages, raw });
      } catch {
        reject(new Error(`vnu printed no JSON (exit ${code}):\n${raw}`));
      }
    });
  });
}

async function htmlFiles(built: BuiltSite): Promise<string[]> {
  return (await listFiles(built.out)).filter((f) => f.endsWith(".html")).map((f) => path.join(built.out, f));
}

describe("HTML validity", () => {
  it("every page of both builds passes the Nu Html Checker with no errors", async () => {
    expect(existsSync(VNU), `vnu.jar missing at ${VNU}: run npm ci`).toBe(true);
    const files = [...(await htmlFiles(root)), ...(await htmlFiles(underBase))];
    expect(files.length).toBeGreaterThan(50);
    const { code, messages } = await runVnu(files);
    const errors = messages
      .filter((m) => m.type !== "info")
      .map((m) => {
        const file = m.url ? decodeURI(m.url.replace(/^file:/, "")).replace(root.out, "[root build]").replace(underBase.out, "[/news/ build]") : "?";
        return `${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, "↵")}` : ""}`;
      });
    expect(errors, `Nu Html Checker errors:\n${errors.join("\n")}`).toEqual([]);
    expect(code).toBe(0);
  }, 180_000);
});

describe("links", () => {
  for (const [label, prefix] of [["at the site root", "/"], ["under /news/", "/news/"]] as const) {
    it(`no internal link is broken, and every article is reachable, ${label}`, async () => {
      const built = prefix === "/" ? root : underBase;
      const server = await serveStatic(built.out, prefix);
      try {
        const checker = new LinkChecker();
        const result = await checker.check({
          path: server.url,
          recurse: true,
          concurrency: 16,
          timeout: 15_000,
          checkFragments: true,
          linksToSkip: async (link) => !link.startsWith(server.origin),
        });
        const broken = result.links
          .filter((link) => link.state === LinkState.BROKEN)
          .map((link) => `${link.status ?? "no response"} ${link.url.replace(server.origin, "")} (linked from ${link.parent?.replace(server.origin, "") ?? "?"})`);
        expect(broken, `broken links:\n${broken.join("\n")}`).toEqual([]);
        const visited = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname));
        const unreached = built.report.articles.map((a) => a.url).filter((url) => !visited.has(url));
        expect(unreached, "articles not reachable by links from the front page").toEqual([]);
        expect(visited.has(`${prefix}page/2/`), "second front page reachable").toBe(true);
      } finally {
        await server.close();
      }
    }, 120_000);
  }

  it("the 404 page and its stylesheet load from a deep missing path under /news/", async () => {
    const server = await serveStatic(underBase.out, "/news/");
    try {
      const pageUrl = `${server.url}no/such/page/`;
      const response = await fetch(pageUrl);
      expect(response.status).toBe(404);
      const $ = cheerio.load(await response.text());
      const sheets = $('link[rel~="stylesheet"]').toArray().map((el) => new URL($(el).attr("href")!, pageUrl).href);
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) expect((await fetch(sheet)).status, sheet).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe("self-contained pages", () => {
  it("no page or stylesheet loads a script, style, image or font from another host", async () => {
    const external = /^\s*(https?:)?\/\//i;
    const found: string[] = [];
    for (const built of [root, underBase]) {
      for (const file of await listFiles(built.out)) {
        const text = await readFile(path.join(built.out, file), "utf8");
        if (file.endsWith(".css")) {
          for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)) {
            const target = match[1] ?? match[2] ?? "";
            if (external.test(target)) found.push(`${file}: ${target}`);
          }
        }
        if (!file.endsWith(".html")) continue;
        const $ = cheerio.load(text);
        const resources = [
          ...$("link[href]").toArray().filter((el) => /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon|prefetch)\b/i.test($(el).attr("rel") ?? "")).map((el) => $(el).attr("href")!),
          ...$("script[src], img[src], source[src], video[src], audio[src], iframe[src], embed[src], track[src], input[src]").toArray().map((el) => $(el).attr("src")!),
          ...$("img[srcset], source[srcset]").toArray().flatMap((el) => $(el).attr("srcset")!.split(",").map((s) => s.trim().split(/\s+/)[0]!)),
          ...$("object[data]").toArray().map((el) => $(el).attr("data")!),
          ...$("video[poster]").toArray().map((el) => $(el).attr("poster")!),
          ...[...$("style").text().matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
          ...$("[style]").toArray().flatMap((el) => [...($(el).attr("style") ?? "").matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!)),
        ];
        for (const resource of resources) if (external.test(resource)) found.push(`${file}: ${resource}`);
      }
    }
    expect(found).toEqual([]);
  });
});
