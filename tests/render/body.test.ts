import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse/index.ts";
import { renderBody } from "../../src/render/body.ts";
import type { SourceFormat } from "../../src/types.ts";
import { readFixtures } from "../parse/fixtures.ts";

function render(text: string, format: SourceFormat): string {
  const result = parse({ file: { path: `/in/a`, source: "a", format }, text, encoding: "UTF-8" });
  if (!result.ok) throw new Error(`skipped: ${result.skip.reason}`);
  return renderBody(result.value);
}

describe("renderBody for plain text", () => {
  for (const fixture of readFixtures("text-render.txt")) {
    it(fixture.name, () => {
      expect(render(fixture.input, "text")).toBe(fixture.expected);
    });
  }
});

describe("renderBody for Markdown", () => {
  for (const fixture of readFixtures("markdown-render.txt")) {
    it(fixture.name, () => {
      expect(render(fixture.input, "markdown")).toBe(fixture.expected);
    });
  }
});
