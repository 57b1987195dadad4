// Broadsheet renders its pages with templates compiled to plain functions (src/render/compile-template.ts).
// A site built that way must be the same, byte for byte, as one Nunjucks renders: the same templates
// with a tag the compiler leaves to Nunjucks (and that prints nothing) give the reference build.
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../../bench/generate.ts";
import { build } from "../../src/build.ts";
import { compileTemplate } from "../../src/render/compile-template.ts";
import { createNunjucksEnvironment } from "../../src/render/templates.ts";
import { resolveSettings } from "../../src/settings.ts";
import { hashTree } from "../helpers/site-files.ts";
import { REPO, makeTempDir, removeTempDirs } from "../helpers/temp.ts";

const shipped = path.join(REPO, "templates");
let root: string;
let nunjucksOnly: string;

beforeAll(async () => {
  root = await makeTempDir("compiled-templates");
  nunjucksOnly = path.join(root, "nunjucks-only");
  await cp(shipped, nunjucksOnly, { recursive: true });
  // A set outside the blocks: Nunjucks prints nothing for it, and the compiler leaves such templates alone.
  for (const entry of await readdir(nunjucksOnly, { recursive: true })) {
    if (!entry.endsWith(".njk")) continue;
    const file = path.join(nunjucksOnly, entry);
    await writeFile(file, `${await readFile(file, "utf8")}{% set _rendered_by_nunjucks = true %}\n`);
  }
}, 60_000);
afterAll(removeTempDirs);

async function buildWith(input: string, templates: string, output: string, search: boolean): Promise<Map<string, string>> {
  const settings = resolveSettings({ input, output, templates, search, cache: path.join(output, "..", `${path.basename(output)}-cache`) }, root, { values: {}, dir: root });
  await build(settings, { threads: 0, cwd: root });
  return hashTree(output);
}

describe("compiled templates", () => {
  it("are used for the shipped templates, and not for the reference copy", () => {
    expect(typeof compileTemplate(createNunjucksEnvironment(shipped), "article.njk")).toBe("function");
    expect(compileTemplate(createNunjucksEnvironment(nunjucksOnly), "article.njk")).toEqual({ notCompiled: expect.stringMatching(/Set/) });
  });

  // The templates branch on search (the search box and its script): the fixtures cover it on, the generated archive off.
  it.each([
    ["the test fixtures, with search", () => path.join(REPO, "tests", "fixtures", "archive"), true],
    ["a generated archive of 400 articles, without search", async () => {
      const input = path.join(root, "generated");
      await generateArchive(input, 400, 3);
      return input;
    }, false],
  ])("build %s into the same site as Nunjucks does", async (label, input, search) => {
    const source = await input();
    const name = label.replace(/\W+/g, "-");
    // One after the other: Pagefind's Node API drives one process per Node process.
    const compiled = await buildWith(source, shipped, path.join(root, `${name}-compiled`), search);
    const reference = await buildWith(source, nunjucksOnly, path.join(root, `${name}-nunjucks`), search);
    expect([...compiled.keys()].filter((file) => file.endsWith(".html")).length).toBeGreaterThan(20);
    expect(compiled.has("search/index.html")).toBe(search);
    expect([...compiled.entries()].filter(([file, hash]) => reference.get(file) !== hash)).toEqual([]);
    expect(compiled.size).toBe(reference.size);
  }, 120_000);
});
