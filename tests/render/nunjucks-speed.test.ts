import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { speedUpNunjucks } from "../../src/render/nunjucks-speed.ts";

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
