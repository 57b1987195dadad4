import { describe, expect, it } from "vitest";
import { identify, slugifyText, slugOf } from "../../src/enrich/identify.ts";

describe("identify", () => {
  it("makes a readable slug from the headline plus a suffix from the source path", () => {
    const id = identify({ source: "000_ec386b1c77c78933.txt", title: "Japan defense minister to visit U.S. in May" });
    expect(id.slug).toMatch(/^japan-defense-minister-to-visit-u-s-in-may-[0-9a-f]{8}$/);
    expect(id.path).toBe(`articles/${id.slug}/`);
    expect(id.warnings).toEqual([]);
  });

  it("depends only on the article itself", () => {
    const a = identify({ source: "x/a.txt", title: "Same headline" });
    expect(identify({ source: "x/a.txt", title: "Same headline" })).toEqual(a);
    const b = identify({ source: "x/b.txt", title: "Same headline" });
    expect(b.path).not.toBe(a.path);
  });

  it("uses the front matter id for the id and the suffix, so renaming the file keeps the URL", () => {
    const a = identify({ source: "old/name.md", title: "T", frontMatterId: "story-42" });
    const b = identify({ source: "new/place.md", title: "T", frontMatterId: "story-42" });
    expect(a.id).toBe("story-42");
    expect(a.path).toBe(b.path);
  });

  it("never gives an empty slug for non-Latin headlines and transliterates where it can", () => {
    expect(identify({ source: "a.txt", title: "日本の防衛相が訪米" }).slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(identify({ source: "a.txt", title: "Путин и Зеленский" }).slug).toMatch(/^putin-i-zelenskiy-/);
  });

  it("bounds the slug length at a word boundary", () => {
    const slug = slugOf("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(72);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it("makes a front matter slug safe: it can only name one folder under articles/", () => {
    const escape = identify({ source: "a.md", title: "T", frontMatterSlug: "../../etc/passwd" });
    expect(escape.path).toBe("articles/etc-passwd/");
    expect(escape.warnings[0]).toMatch(/made safe/);
    expect(identify({ source: "a.md", title: "T", frontMatterSlug: "my-story" })).toMatchObject({ path: "articles/my-story/", warnings: [] });
    const empty = identify({ source: "a.md", title: "Title here", frontMatterSlug: "../.." });
    expect(empty.path).toMatch(/^articles\/title-here-[0-9a-f]{8}\/$/);
    expect(empty.warnings[0]).toMatch(/no usable characters/);
  });
});

describe("slugifyText", () => {
  it("gives the same slug as @sindresorhus/slugify for ASCII headlines", async () => {
    const { default: slugify } = await import("@sindresorhus/slugify");
    const headlines = [
      "Japan defense minister to visit U.S. in May", "Russia's war: don't panic, it's 'fine'", "AT&T buys X & Y", "50% rise -- in \"prices\"",
      "  --Hello__World--  ", "C++ & C# 2.0", "e-mail @ home", "UPPER case IPhone APIs", "a'b 't' x's 1990's", "", "---", "Q&A: 5 things",
      "Tom's, Ann's and O'Brien's", "back\\slash/path", "tabs\tand~tilde`quote",
    ];
    for (const headline of headlines) expect(slugifyText(headline), headline).toBe(slugify(headline, { decamelize: false }));
  });

  it("gives the same slug as @sindresorhus/slugify for headlines with typographic quotes, dashes and ellipses", async () => {
    const { default: slugify } = await import("@sindresorhus/slugify");
    const headlines = [
      "Russia’s war: don’t panic, it’s ‘fine’", "“Quoted” – and — dashed…", "Nation’S PLAN", "AT&T’s “deal”", "a^b ‘c’", "back`tick — x",
      "O’Brien’s 1990’s", "’t ’s", "–", "“”", "x’ty", "It’S",
    ];
    for (const headline of headlines) expect(slugifyText(headline), headline).toBe(slugify(headline, { decamelize: false }));
    const atoms = ["a", "B", "t", "s", "T", "S", "1", " ", "'", "’", "‘", "“", "”", "–", "—", "…", "&", "^", "`", "-", "_", ".", "\\", "/", "Don"];
    let state = 3;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 5_000; n++) {
      let headline = "’";
      for (let k = Math.floor(next() * 12); k > 0; k--) headline += atoms[Math.floor(next() * atoms.length)];
      expect(slugifyText(headline), headline).toBe(slugify(headline, { decamelize: false }));
    }
  });

  it("keeps its own slugs for printable ASCII where slugify would now drop \"^\" and \"`\"", () => {
    expect(slugifyText("a^b c`d")).toBe("a-b-c-d");
  });

  it("transliterates what is not ASCII", () => {
    expect(slugifyText("Café “quoted” — dash")).toBe("cafe-quoted-dash");
    expect(slugifyText("Đà Nẵng news")).toBe("da-nang-news");
  });
});
