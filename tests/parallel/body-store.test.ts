import { describe, expect, it } from "vitest";
import { createBodyStore } from "../../src/parallel/body-store.ts";

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
