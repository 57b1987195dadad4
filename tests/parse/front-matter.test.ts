import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/parse/front-matter.ts";
import { normalizeFrontMatter } from "../../src/parse/normalize-front-matter.ts";

describe("splitFrontMatter", () => {
  it("reads the known keys and hands on the text after the closing line", () => {
    const split = splitFrontMatter(
      "---\ntitle: '  Port   expands '\ndate: 2022-04-21\nauthor: Maria Okafor\nsource: The Gazette\n" +
        "lang: en-GB\nsummary: >\n  Two lines\n  folded.\nid: 007\nslug: port\nlayout: ignored\n---\nBody\n",
    );
    expect(split).toEqual({
      present: true,
      frontMatter: {
        title: "Port expands",
        date: "2022-04-21",
        author: "Maria Okafor",
        source: "The Gazette",
        lang: "en-GB",
        summary: "Two lines folded.",
        id: "007",
        slug: "port",
        tags: [],
      },
      body: "Body\n",
      warnings: [],
    });
  });

  it("keeps numbers and dates as written", () => {
    const { frontMatter } = splitFrontMatter("---\ndate: 2022\nid: 12345678901234567890\nslug: 1.50\n---\nx");
    expect(frontMatter).toEqual({ date: "2022", id: "12345678901234567890", slug: "1.50", tags: [] });
  });

  it("leaves text without a first --- line alone", () => {
    const text = "Headline\n---\ntitle: x\n---\n";
    expect(splitFrontMatter(text)).toEqual({ present: false, frontMatter: { tags: [] }, body: text, warnings: [] });
  });

  it("does not take ---- or --- with text after it for front matter", () => {
    expect(splitFrontMatter("----\ntitle: x\n---\nBody").present).toBe(false);
    expect(splitFrontMatter("--- yaml\ntitle: x\n---\nBody").present).toBe(false);
  });

  it("accepts empty front matter and front matter of only comments", () => {
    expect(splitFrontMatter("---\n---\nBody")).toEqual({ present: true, frontMatter: { tags: [] }, body: "Body", warnings: [] });
    expect(splitFrontMatter("---\n# note\n---\nBody").body).toBe("Body");
  });

  it("builds without front matter that is not valid YAML, naming the line", () => {
    const split = splitFrontMatter("---\ntitle: ok\nauthor: a: b\n---\nBody");
    expect(split.frontMatter).toEqual({ tags: [] });
    expect(split.body).toBe("Body");
    expect(split.warnings).toEqual([
      "front matter is not valid YAML (line 3: bad indentation of a mapping entry); built without it",
    ]);
  });

  it("builds without front matter that is not a mapping", () => {
    for (const block of ["- a\n- b", "just a sentence"]) {
      const split = splitFrontMatter(`---\n${block}\n---\nBody`);
      expect(split).toEqual({
        present: true,
        frontMatter: { tags: [] },
        body: "Body",
        warnings: ['front matter is not a list of "key: value" lines; built without it'],
      });
    }
  });

  it("reads the rest of the file as text when the front matter is never closed", () => {
    expect(splitFrontMatter("---\nHeadline\n\nBody")).toEqual({
      present: false,
      frontMatter: { tags: [] },
      body: "Headline\n\nBody",
      warnings: ['front matter has no closing "---" line; read the rest of the file as article text'],
    });
  });

  it("refuses duplicate keys as invalid YAML", () => {
    expect(splitFrontMatter("---\ntitle: a\ntitle: b\n---\nx").warnings[0]).toMatch(/^front matter is not valid YAML \(line 3: /);
  });
});

describe("normalizeFrontMatter", () => {
  it("makes tags a trimmed list without empty entries or repeats, from a list or from text", () => {
    expect(normalizeFrontMatter({ tags: ["  Japan ", "", "defence", "japan", "North   Korea"] }).frontMatter.tags).toEqual([
      "Japan",
      "defence",
      "North Korea",
    ]);
    expect(normalizeFrontMatter({ tags: "Japan, defence,, japan ,  " }).frontMatter.tags).toEqual(["Japan", "defence"]);
    expect(normalizeFrontMatter({ tags: ["Washington, D.C."] }).frontMatter.tags).toEqual(["Washington, D.C."]);
    expect(normalizeFrontMatter({ tags: null }).frontMatter.tags).toEqual([]);
  });

  it("joins a list of authors", () => {
    expect(normalizeFrontMatter({ author: ["Sam Lee", " Maria Okafor ", ""] }).frontMatter.author).toBe("Sam Lee, Maria Okafor");
  });

  it("ignores values that are not text, with a warning each", () => {
    const { frontMatter, warnings } = normalizeFrontMatter({
      title: { text: "x" },
      date: true,
      author: { name: "x" },
      tags: { a: 1 },
      summary: ["a"],
    });
    expect(frontMatter).toEqual({ tags: [] });
    expect(warnings).toEqual([
      'front matter "title" is not text; ignored',
      'front matter "date" is not text; ignored',
      'front matter "summary" is not text; ignored',
      'front matter "author" is not text; ignored',
      'front matter "tags" is not a list or text; ignored',
    ]);
  });

  it("drops list entries that are not text, with a warning", () => {
    const { frontMatter, warnings } = normalizeFrontMatter({ tags: ["a", { b: 1 }], author: ["x", ["y"]] });
    expect(frontMatter).toEqual({ author: "x", tags: ["a"] });
    expect(warnings).toEqual([
      'front matter "author" has an entry that is not text; ignored it',
      'front matter "tags" has an entry that is not text; ignored it',
    ]);
  });

  it("accepts a date given as a number and treats empty values as missing", () => {
    expect(normalizeFrontMatter({ date: 2022, title: "   ", summary: null }).frontMatter).toEqual({ date: "2022", tags: [] });
  });

  it("warns that permalink is not supported, and ignores other unknown keys silently", () => {
    const { frontMatter, warnings } = normalizeFrontMatter({ permalink: "/x/", layout: "post", draft: true });
    expect(frontMatter).toEqual({ tags: [] });
    expect(warnings).toEqual(['front matter "permalink" is not supported and was ignored; use "slug"']);
  });

  it("keeps HTML in values as plain text, for templates to escape", () => {
    expect(normalizeFrontMatter({ title: "</title><script>alert(1)</script>" }).frontMatter.title).toBe(
      "</title><script>alert(1)</script>",
    );
  });
});
