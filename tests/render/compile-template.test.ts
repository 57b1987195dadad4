// The compiled templates must print what Nunjucks prints, byte for byte, and leave to Nunjucks what
// they do not handle.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileTemplate, Unsupported, type CompiledTemplate } from "../../src/render/compile-template.ts";
import { createNunjucksEnvironment, createTemplates } from "../../src/render/templates.ts";
import { REPO, makeTempDir, removeTempDirs } from "../helpers/temp.ts";

let dir: string;
let count = 0;
afterAll(removeTempDirs);
beforeAll(async () => {
  dir = await makeTempDir("compile-template");
});

/** Writes `files` into a fresh templates folder; gives its Nunjucks environment and the first file's name. */
function templates(files: Record<string, string>): { env: nunjucks.Environment; root: string; name: string } {
  const root = path.join(dir, String(count++));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return { env: createNunjucksEnvironment(root), root, name: Object.keys(files)[0]! };
}

function compiled(env: nunjucks.Environment, name: string): CompiledTemplate {
  const result = compileTemplate(env, name);
  if (typeof result !== "function") throw new Error(`not compiled: ${result.notCompiled}`);
  return result;
}

/** Renders `view` both ways and expects the same text; gives it. */
function same(files: Record<string, string>, view: unknown): string {
  const { env, name } = templates(files);
  const expected = env.render(name, { view });
  expect(compiled(env, name)(view)).toBe(expected);
  return expected;
}

const markSafe = (nunjucks.runtime as unknown as { markSafe(value: string): object }).markSafe;
const hostile = `</p><script>alert("x" + 'y')</script> & \\ done`;

describe("compileTemplate", () => {
  it("escapes printed values as Nunjucks does, and prints `| safe` ones as they are", () => {
    const text = same({ "t.njk": "<p>{{ view.a }}|{{ view.a | safe }}|{{ view.n }}|{{ view.b }}|{{ view.undef }}|{{ view.nil }}|{{ view.list }}|{{ view.object }}</p>\n" }, {
      a: hostile,
      n: 0,
      b: false,
      nil: null,
      list: [1, "<2>"],
      object: { toString: () => "<obj>" },
    });
    expect(text).toContain("&lt;/p&gt;&lt;script&gt;");
  });

  it("prints values Nunjucks already marked safe as they are", () => {
    same({ "t.njk": "{{ view.html }}{{ view.html | safe }}{{ view.missing | safe }}" }, { html: markSafe("<b>bold</b>") });
  });

  it("looks members up on anything, and missing ones as nothing", () => {
    same({ "t.njk": "{{ view.a.b.c }}{{ view.list.length }}{{ view.s.length }}{{ view['k'] }}{{ view.list[1] }}{% if view.missing.deeper %}no{% endif %}" }, {
      a: { b: { c: "deep" } },
      list: ["x", "y"],
      s: "four",
      k: "key",
    });
  });

  it("follows if, elif and else with JavaScript's truth and loose comparisons", () => {
    const template = {
      "t.njk": [
        "{% if view.n == 1 %}one{% elif view.n > 1 and not view.off %}more{% else %}none{% endif %}",
        "{% if view.s != view.n %}differ{% endif %}{% if view.s === view.n %}strict{% endif %}",
        "{% if view.empty %}an empty list is true{% endif %}{% if view.zero or view.blank %}no{% else %}falsy{% endif %}",
        "{% if not view.n == 1 %}precedence as Nunjucks emits it{% endif %}{% if (view.n <= 2) and (view.n >= 0) %}in range{% endif %}",
        "{% if view.n < 10 < 5 %}chained{% endif %}{% if view.t == true %}yes{% endif %}{% if view.nil == none %}none{% endif %}",
      ].join("\n"),
    };
    for (const n of [0, 1, "1", 2, 3]) same(template, { n, s: "1", empty: [], zero: 0, blank: "", off: false, t: true, nil: null });
    same(template, {});
  });

  it("loops over arrays, with else for empty or missing lists, and scopes the loop variable", () => {
    const template = {
      "t.njk": [
        "{% for item in view.items %}",
        "<li>{{ item.title }}{% for tag in item.tags %} [{{ tag }}]{% else %} (no tags){% endfor %}</li>",
        "{% else %}",
        "<p>nothing</p>",
        "{% endfor %}",
        "{% for view2 in view.items %}{% endfor %}{{ view.items.length }}",
      ].join("\n"),
    };
    same(template, { items: [{ title: "a<", tags: ["x", "y"] }, { title: "b", tags: [] }, { title: "c" }] });
    same(template, { items: [] });
    same(template, {});
    same(template, { items: null });
  });

  it("keeps whitespace control, trimBlocks and lstripBlocks", () => {
    same({ "t.njk": "<p>\n  {%- if view.a %}\n    {{ view.a -}}\n  {% endif %}\n  {% for x in view.list %}\n    <i>{{ x }}</i>\n  {% endfor %}\n</p>\n" }, { a: "A", list: [1, 2] });
  });

  it("renders extends chains with the nearest block, nested blocks and blocks left empty", () => {
    const files = {
      "page.njk": "{# a page #}\n{% extends \"layouts/list.njk\" %}\ntext outside blocks is dropped\n{% block intro %}<p>{{ view.intro }}</p>{% endblock %}\n{% block unused %}never{% endblock %}",
      "layouts/list.njk": "{% extends \"layouts/base.njk\" %}{% block content %}<h1>{{ view.title }}</h1>{% block intro %}default intro{% endblock %}{% block outro %}{% endblock %}{% endblock %}",
      "layouts/base.njk": "<html><title>{{ view.title }}</title><main>{% block content %}base content{% endblock %}</main>{% block foot %}<footer>{{ view.title }}</footer>{% endblock %}</html>\n",
    };
    expect(same(files, { title: "T&", intro: "I" })).toBe("<html><title>T&amp;</title><main><h1>T&amp;</h1><p>I</p></main><footer>T&amp;</footer></html>\n");
    const { env } = templates(files);
    expect(compiled(env, "layouts/list.njk")({ title: "L" })).toBe(env.render("layouts/list.njk", { view: { title: "L" } }));
  });

  it("keeps a set at the top of a block to that block", () => {
    same(
      {
        "t.njk": "{% extends \"b.njk\" %}{% block content %}{% set article = view.article %}{{ article.title }}{% for x in article.list %}{{ x }}{{ article.title }}{% endfor %}{% endblock %}",
        "b.njk": "{% block content %}{% endblock %}|{% block other %}{{ view.article.title }}{% endblock %}",
      },
      { article: { title: "<t>", list: ["a", "b"] } },
    );
  });

  it("renders every template Broadsheet ships (those its own renderer uses)", () => {
    const env = createNunjucksEnvironment(path.join(REPO, "templates"));
    for (const name of ["article.njk", "listing.njk", "archive.njk", "archive-index.njk", "collection.njk", "collection-index.njk", "search-page.njk"]) {
      expect(typeof compileTemplate(env, name), name).toBe("function");
    }
  });

  it("leaves what it does not handle to Nunjucks, and says why", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ "t.njk": "{% for x in view.list %}{{ loop.index }}{% endfor %}" }, /"loop"/],
      [{ "t.njk": "{{ view.a | upper }}" }, /filter "upper"/],
      [{ "t.njk": "{{ other }}" }, /the name "other"/],
      [{ "t.njk": "{% include \"u.njk\" %}", "u.njk": "x" }, /Include/],
      [{ "t.njk": "{% set x = 1 %}{{ x }}" }, /set outside the top of a block/],
      [{ "t.njk": "{% extends \"b.njk\" %}{% set x = 1 %}", "b.njk": "" }, /outside the blocks/],
      [{ "t.njk": "{% extends view.layout %}" }, /not fixed/],
      [{ "t.njk": "{% macro m() %}{% endmacro %}" }, /Macro/],
      [{ "t.njk": "{{ view.a + 1 }}" }, /Add/],
      [{ "t.njk": "{% for k, v in view.o %}{% endfor %}" }, /pairs/],
      [{ "t.njk": "{% block a %}{% set view = 1 %}{% endblock %}" }, /"view"/],
      [{ "t.njk": "{% block a %}{% set range = 1 %}{{ range }}{% endblock %}" }, /"range"/],
      [{ "t.njk": "{% for x in view.l %}{% block a %}{% endblock %}{% endfor %}" }, /where variables are set/],
    ];
    for (const [files, why] of cases) {
      const { env, name } = templates(files);
      const result = compileTemplate(env, name);
      expect(typeof result === "function" ? "compiled" : result.notCompiled, JSON.stringify(files)).toMatch(why);
    }
  });

  it("throws Unsupported for a loop over something that is not an array, and the renderer asks Nunjucks", () => {
    const files = { "t.njk": "{% for x in view.items %}<{{ x }}>{% else %}none{% endfor %}" };
    const { env, root, name } = templates(files);
    expect(() => compiled(env, name)({ items: "abc" })).toThrow(Unsupported);
    expect(() => compiled(env, name)({ items: new Set(["a"]) })).toThrow(Unsupported);
    const renderer = createTemplates(root);
    for (const items of ["abc", new Set(["a", "b"]), 5, { length: 2 }, ["x"]]) {
      expect(renderer.render(name, { items })).toBe(env.render(name, { view: { items } }));
    }
  });
});
