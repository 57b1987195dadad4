// Two hot spots of Nunjucks 3.2.4, replaced by versions with identical results, and the harm its
// loading does to every string method of the thread undone (restoreStringPrototype). Measured on a
// collection page (20 stories, the shared layout): Frame.set split every name on "." again, seven
// times per loop iteration ("loop.index", "loop.first", …), about half of the render time; escape
// ran a regex replace on every printed value, though most contain nothing to escape. At 100,000
// articles the site has over 100,000 list pages, so this is tens of seconds.
import nunjucks from "nunjucks";

interface Frame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): Frame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

const runtime = nunjucks.runtime as unknown as { Frame: { prototype: Frame } };
const lib = nunjucks.lib as unknown as { escape(value: string): string };

/** Names a template sets are few (its variables and loop fields): their parts are worth keeping. */
const partsOf = new Map<string, string[]>();

/** Frame.prototype.set as in nunjucks/src/runtime.js, with the split of `name` cached. */
function set(this: Frame, name: string, value: unknown, resolveUp?: boolean): void {
  let parts = partsOf.get(name);
  if (parts === undefined) partsOf.set(name, (parts = name.split(".")));
  if (resolveUp) {
    const frame = this.resolve(parts[0]!, true);
    if (frame) {
      frame.set(name, value);
      return;
    }
  }
  let object = this.variables;
  for (let i = 0; i < parts.length - 1; i++) {
    const id = parts[i]!;
    if (!object[id]) object[id] = {};
    object = object[id] as Record<string, unknown>;
  }
  object[parts[parts.length - 1]!] = value;
}

/**
 * Nunjucks makes its SafeString with `Object.create(String.prototype)` when it loads, and V8 then keeps
 * String.prototype's properties as a dictionary (as it does for an object newly made a prototype): every
 * string method the thread calls is looked up the slow way. Where the sources run through tsx (the tests,
 * bench/ scripts such as bench/per-article.ts), entity extraction took 178 µs an article instead of 101
 * once Nunjucks was loaded, and markdown-it's render 98 µs instead of 38. The CLI's esbuild bundle was
 * not hurt: something else in it already turns the prototype fast again (%HasFastProperties was true in
 * the reading threads of a build before this function existed, and builds took as long with it as
 * without, three alternated pairs at 100,000 articles). This does it on purpose, wherever Nunjucks runs:
 * storing a property on an object that inherits from String.prototype has V8 make the prototype fast. The
 * state is the thread's, and Nunjucks does its Object.create once, so once after it loads is enough;
 * tests/render/nunjucks-speed.test.ts checks it with V8's %HasFastProperties.
 */
function restoreStringPrototype(): void {
  const heir = Object.create(String.prototype) as { restored?: boolean };
  heir.restored = true;
}

// This module's imports, Nunjucks among them, have run by now.
restoreStringPrototype();

const needsEscape = /[&"'<>\\]/;
const originalEscape = lib.escape;

let applied = false;

/** Applies both replacements once per process (Nunjucks is shared by Broadsheet's renderer and Eleventy's). */
export function speedUpNunjucks(): void {
  if (applied) return;
  applied = true;
  runtime.Frame.prototype.set = set;
  lib.escape = (value: string): string => (needsEscape.test(value) ? originalEscape(value) : value);
}
