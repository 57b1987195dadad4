import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createBodyStore, unpackTexts } from "../../src/parallel/body-store.ts";

describe("body store", () => {
  it("gives back each body once, exactly as put, across slab boundaries", () => {
    const store = createBodyStore();
    const bodies = Array.from({ length: 3000 }, (_, i) => `<p>Article ${i}: the nation’s “news” — ${"日本語 text ".repeat(i % 300)}</p>\n`);
    bodies.forEach((html, i) => store.put(`a/${i}.txt`, html));
    expect(store.size).toBe(3000);
    for (const i of [2999, 0, 1500, 1, 2998]) expect(store.take(`a/${i}.txt`)).toBe(bodies[i]);
    expect(store.take("a/0.txt")).toBeUndefined();
    expect(store.size).toBe(2995);
  });

  it("keeps a body larger than a slab", () => {
    const store = createBodyStore();
    const huge = "x".repeat(9 * 1024 * 1024);
    store.put("small", "<p>a</p>");
    store.put("huge", huge);
    expect(store.take("huge")).toBe(huge);
    expect(store.take("small")).toBe("<p>a</p>");
  });
});

describe("body store spilling to a file", () => {
  it("gives back every body exactly, from memory or from the file, and leaves no file behind", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-spill-test-"));
    try {
      const store = createBodyStore(dir);
      // About 30 MB: several slabs go to the file, the last stays in memory.
      const bodies = Array.from({ length: 6000 }, (_, i) => `<p>Article ${i}: the nation’s “news” — ${"日本語 text ".repeat(i % 400)}</p>\n`);
      bodies.forEach((html, i) => store.put(`a/${i}.txt`, html));
      expect(readdirSync(dir), "the spill file is unlinked while open").toEqual([]);
      for (const i of [5999, 0, 3000, 1, 5998, 4200]) expect(store.take(`a/${i}.txt`)).toBe(bodies[i]);
      const rest = bodies.map((_, i) => i).filter((i) => ![5999, 0, 3000, 1, 5998, 4200].includes(i));
      expect(rest.every((i) => store.take(`a/${i}.txt`) === bodies[i])).toBe(true);
      expect(store.size).toBe(0);
      store.close();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("packs texts as UTF-8 in one buffer, in the order asked, from memory and from the file, each given once", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-spill-test-"));
    try {
      const store = createBodyStore(dir);
      const texts = Array.from({ length: 6000 }, (_, i) => `Article ${i}: the nation’s “news” — ${"日本語 text ".repeat(i % 400)}`);
      texts.forEach((text, i) => store.put(`a/${i}.txt`, text));
      // 5999 is in the slab still in memory, 0 and 3000 in the file; "none" was never kept.
      const asked = ["a/5999.txt", "none", "a/0.txt", "a/3000.txt", "a/4.txt"];
      const packed = store.takeAll(asked);
      expect(packed.bytes.buffer.byteLength, "a buffer of its own, to move to another thread").toBe(packed.bytes.byteLength);
      const decoded = unpackTexts(packed).map((bytes) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes)));
      expect(decoded).toEqual([texts[5999], undefined, texts[0], texts[3000], texts[4]]);
      expect(store.takeAll(["a/0.txt", "a/1.txt"]).ends).toEqual(new Int32Array([-1, Buffer.byteLength(texts[1]!)]));
      expect(store.take("a/5999.txt")).toBeUndefined();
      expect(store.size).toBe(6000 - 5);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says which folder it could not use, and what to do", () => {
    expect(() => createBodyStore(path.join(tmpdir(), "broadsheet-no-such-dir", "deeper"))).toThrow(/broadsheet-no-such-dir\/deeper: could not make a temporary folder for article bodies .*TMPDIR/);
  });
});
