import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { speedUpNunjucks } from "../../src/render/nunjucks-speed.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

speedUpNunjucks();
const env = new nunjucks.Environment(null, { autoescape: true });

describe("speedUpNunjucks", () => {
  it("keeps loop variables, nested sets and scoping as Nunjucks defines them", () => {
    const out = env.renderString(
      "{% set a = 1 %}{% for x in xs %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ x }}|{% set a = a + 1 %}{% endfor %}{{ a }}" +
        "{% for k, v in obj %}{{ k }}={{ v }};{% endfor %}{% macro m(p) %}[{{ p }}]{% endmacro %}{{ m('q') }}",
      { xs: ["a", "b"], obj: { one: 1, two: 2 } },
    );
    // As unpatched Nunjucks 3.2.4 renders it (checked in a process without the patch): a `set` inside a loop reaches the outer `a`.
    expect(out).toBe("102truefalse2a|211falsetrue2b|3one=1;two=2;[q]");
  });

  it("escapes exactly the characters Nunjucks escapes, and leaves other text as it is", () => {
    const hostile = `</title><script>alert("x" + 'y') & \\ </script>`;
    expect(env.renderString("{{ v }}", { v: hostile })).toBe("&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp; &#92; &lt;/script&gt;");
    expect(env.renderString("{{ v }}", { v: "Plain text – with “quotes” and 東京" })).toBe("Plain text – with “quotes” and 東京");
    expect(env.renderString("{{ v | safe }}", { v: "<b>x</b>" })).toBe("<b>x</b>");
  });
});

/**
 * V8's own answer, in a process of its own (the test's process has loaded Nunjucks already, and the
 * `%` syntax needs a flag): whether String.prototype keeps fast properties after `imports` load.
 */
function stringPrototypeFastAfter(imports: string[]): boolean {
  const script = `${imports.map((m) => `await import(${JSON.stringify(m)});`).join("\n")}\nprocess.stdout.write(String(%HasFastProperties(String.prototype)));`;
  const out = execFileSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script], { cwd: repo, encoding: "utf8" });
  return JSON.parse(out) as boolean;
}

describe("restoreStringPrototype", () => {
  it("undoes what loading Nunjucks does to String.prototype, in every thread that renders", () => {
    // The harm itself, so this test notices the day Nunjucks stops doing it.
    expect(stringPrototypeFastAfter(["nunjucks"])).toBe(false);
    expect(stringPrototypeFastAfter(["nunjucks", "./src/render/templates.ts"])).toBe(true);
    // What a reading thread loads, and the build's own thread (Eleventy loads Nunjucks as well).
    expect(stringPrototypeFastAfter(["./src/parallel/tasks.ts"])).toBe(true);
    expect(stringPrototypeFastAfter(["./src/build.ts", "@11ty/eleventy"])).toBe(true);
  }, 60_000);
});
