// The plain floor: the least work that turns the archive into HTML pages, the yardstick the build is timed against.
// Run as a child: node --import tsx bench/floor.ts <inputDir> <outputDir>; prints one JSON line of stats.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import slugify from "@sindresorhus/slugify";
import MarkdownIt from "markdown-it";

export interface FloorStats {
  seconds: number;
  maxRssMB: number;
  files: number;
}

const md = new MarkdownIt();

/** Front matter is cut off unread and the first paragraph is the headline: nothing more than a page needs. */
function renderFloorPage(text: string): string {
  const body = text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 3) + 5) : text;
  const paragraphs = body.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== "");
  const headline = paragraphs[0] ?? "";
  const rest = paragraphs[1] === headline ? paragraphs.slice(2) : paragraphs.slice(1);
  const title = md.utils.escapeHtml(headline);
  return `<!doctype html><html lang=en><head><meta charset=utf-8><title>${title}</title></head>` +
    `<body><h1>${title}</h1>${md.render(rest.join("\n\n"))}</body></html>`;
}

/**
 * Synchronous file calls, as the build uses: on Node 20, fs.promises.readFile costs four thread-pool
 * round trips a file and was ten times slower here than readFileSync, so an async floor would be a
 * lower bar than the plain script the issue describes.
 */
function floor(inputDir: string, outputDir: string): FloorStats {
  const started = performance.now();
  const files = readdirSync(inputDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt")).sort();
  for (const file of files) {
    const html = renderFloorPage(readFileSync(join(inputDir, file), "utf8"));
    const dir = join(outputDir, slugify(basename(file, ".txt")));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), html);
  }
  return {
    seconds: (performance.now() - started) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    files: files.length,
  };
}

const [inputDir, outputDir] = process.argv.slice(2);
if (inputDir === undefined || outputDir === undefined) {
  console.error("Usage: node --import tsx bench/floor.ts <inputDir> <outputDir>");
  process.exit(2);
}
console.log(JSON.stringify(floor(inputDir, outputDir)));
