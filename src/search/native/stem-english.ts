// The Snowball 3.0 English stemmer ("Porter2"), as Pagefind 1.6 stems English text when it indexes and
// when it searches (pagefind_stem, english.rs). A search only finds a word if the index holds the same stem
// the browser computes, so this must agree with it exactly: tests/search/native-conformance.test.ts
// compares it with Pagefind's own index. It follows the generated code step by step; the byte-level
// pre-checks that code makes before each `among` lookup are left out, since the lookup decides the same.

/** Snowball's string cursor, as the generated code drives it (UTF-16 offsets; whole characters only). */
class Env {
  current: string;
  cursor = 0;
  limit: number;
  limitBackward = 0;
  bra = 0;
  ket: number;

  constructor(word: string) {
    this.current = word;
    this.limit = word.length;
    this.ket = word.length;
  }

  private charAt(at: number): number {
    return this.current.codePointAt(at)!;
  }
  nextChar(): void {
    const code = this.current.charCodeAt(this.cursor);
    this.cursor += code >= 0xd800 && code <= 0xdbff && this.cursor + 1 < this.current.length ? 2 : 1;
  }
  previousChar(): void {
    const code = this.current.charCodeAt(this.cursor - 1);
    this.cursor -= code >= 0xdc00 && code <= 0xdfff && this.cursor - 2 >= 0 ? 2 : 1;
  }
  hop(count: number): boolean {
    const start = this.cursor;
    for (let n = 0; n < count; n++) {
      if (this.cursor >= this.limit) {
        this.cursor = start;
        return false;
      }
      this.nextChar();
    }
    return true;
  }
  hopBack(count: number): boolean {
    const start = this.cursor;
    for (let n = 0; n < count; n++) {
      if (this.cursor <= this.limitBackward) {
        this.cursor = start;
        return false;
      }
      this.previousChar();
    }
    return true;
  }
  eqS(s: string): boolean {
    if (this.cursor >= this.limit || !this.current.startsWith(s, this.cursor)) return false;
    this.cursor += s.length;
    return true;
  }
  eqSB(s: string): boolean {
    if (this.cursor - this.limitBackward < s.length || !this.current.startsWith(s, this.cursor - s.length)) return false;
    this.cursor -= s.length;
    return true;
  }
  private inSet(set: Grouping, ch: number): boolean {
    if (ch > set.max || ch < set.min) return false;
    const bit = ch - set.min;
    return (set.bits[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }
  /** Whether the character at the cursor is in the set (the cursor stays). */
  inSetAt(set: Grouping): boolean {
    return this.cursor < this.limit && this.inSet(set, this.charAt(this.cursor));
  }
  inGroupingB(set: Grouping): boolean {
    if (this.cursor <= this.limitBackward) return false;
    const c = this.cursor;
    this.previousChar();
    if (this.inSet(set, this.charAt(this.cursor))) return true;
    this.cursor = c;
    return false;
  }
  outGroupingB(set: Grouping): boolean {
    if (this.cursor <= this.limitBackward) return false;
    const c = this.cursor;
    this.previousChar();
    if (!this.inSet(set, this.charAt(this.cursor))) return true;
    this.cursor = c;
    return false;
  }
  /** Moves forward to the first character in the set (true), or to the limit (false). */
  goOutGrouping(set: Grouping): boolean {
    while (this.cursor < this.limit) {
      if (this.inSet(set, this.charAt(this.cursor))) return true;
      this.nextChar();
    }
    return false;
  }
  /** Moves forward to the first character not in the set (true), or to the limit (false). */
  goInGrouping(set: Grouping): boolean {
    while (this.cursor < this.limit) {
      if (!this.inSet(set, this.charAt(this.cursor))) return true;
      this.nextChar();
    }
    return false;
  }
  /** Moves back to just after the nearest character in the set (true), or to the backward limit (false). */
  goOutGroupingB(set: Grouping): boolean {
    while (this.cursor > this.limitBackward) {
      const c = this.cursor;
      this.previousChar();
      if (this.inSet(set, this.charAt(this.cursor))) {
        this.cursor = c;
        return true;
      }
    }
    return false;
  }
  sliceFrom(s: string): void {
    const { bra, ket } = this;
    const adjustment = s.length - (ket - bra);
    this.current = this.current.slice(0, bra) + s + this.current.slice(ket);
    this.limit += adjustment;
    if (this.cursor >= ket) this.cursor += adjustment;
    else if (this.cursor > bra) this.cursor = bra;
    this.ket = bra + s.length;
  }
  sliceDel(): void {
    this.sliceFrom("");
  }
  /** The longest entry that starts at the cursor; moves past it and returns its result, or returns 0. */
  findAmong(among: Among): number {
    let best: AmongEntry | undefined;
    for (const entry of among) {
      const [s] = entry;
      if (this.cursor + s.length <= this.limit && this.current.startsWith(s, this.cursor) && (best === undefined || s.length > best[0].length)) best = entry;
    }
    if (best === undefined) return 0;
    this.cursor += best[0].length;
    return best[1];
  }
  /** The longest entry that ends at the cursor; moves before it and returns its result, or returns 0. */
  findAmongB(among: Among): number {
    let best: AmongEntry | undefined;
    for (const entry of among) {
      const [s] = entry;
      if (this.cursor - s.length >= this.limitBackward && this.current.startsWith(s, this.cursor - s.length) && (best === undefined || s.length > best[0].length)) best = entry;
    }
    if (best === undefined) return 0;
    this.cursor -= best[0].length;
    return best[1];
  }
}

interface Grouping {
  min: number;
  max: number;
  bits: readonly number[];
}
type AmongEntry = readonly [string, number];
type Among = readonly AmongEntry[];

const A_0: Among = [["arsen", -1], ["commun", -1], ["emerg", -1], ["gener", -1], ["inter", -1], ["later", -1], ["organ", -1], ["past", -1], ["univers", -1]];
const A_1: Among = [["'", 1], ["'s'", 1], ["'s", 1]];
const A_2: Among = [["ied", 2], ["s", 3], ["ies", 2], ["sses", 1], ["ss", -1], ["us", -1]];
const A_3: Among = [["succ", 1], ["proc", 1], ["exc", 1]];
const A_4: Among = [["even", 2], ["cann", 2], ["inn", 2], ["earr", 2], ["herr", 2], ["out", 2], ["y", 1]];
const A_5: Among = [["", -1], ["ed", 2], ["eed", 1], ["ing", 3], ["edly", 2], ["eedly", 1], ["ingly", 2]];
const A_6: Among = [
  ["", 3], ["bb", 2], ["dd", 2], ["ff", 2], ["gg", 2], ["bl", 1], ["mm", 2], ["nn", 2], ["pp", 2], ["rr", 2], ["at", 1], ["tt", 2], ["iz", 1],
];
const A_7: Among = [
  ["anci", 3], ["enci", 2], ["ogi", 14], ["li", 16], ["bli", 12], ["abli", 4], ["alli", 8], ["fulli", 9], ["lessli", 15], ["ousli", 10],
  ["entli", 5], ["aliti", 8], ["biliti", 12], ["iviti", 11], ["tional", 1], ["ational", 7], ["alism", 8], ["ation", 7], ["ization", 6],
  ["izer", 6], ["ator", 7], ["iveness", 11], ["fulness", 9], ["ousness", 10], ["ogist", 13],
];
const A_8: Among = [["icate", 4], ["ative", 6], ["alize", 3], ["iciti", 4], ["ical", 4], ["tional", 1], ["ational", 2], ["ful", 5], ["ness", 5]];
const A_9: Among = [
  ["ic", 1], ["ance", 1], ["ence", 1], ["able", 1], ["ible", 1], ["ate", 1], ["ive", 1], ["ize", 1], ["iti", 1], ["al", 1], ["ism", 1],
  ["ion", 2], ["er", 1], ["ous", 1], ["ant", 1], ["ent", 1], ["ment", 1], ["ement", 1],
];
const A_10: Among = [["e", 1], ["l", 2]];
const A_11: Among = [
  ["andes", -1], ["atlas", -1], ["bias", -1], ["cosmos", -1], ["early", 6], ["gently", 4], ["howe", -1], ["idly", 3], ["news", -1],
  ["only", 7], ["singly", 8], ["skies", 2], ["skis", 1], ["sky", -1], ["ugly", 5],
];

const G_aeo: Grouping = { min: 97, max: 111, bits: [17, 64] };
const G_v: Grouping = { min: 97, max: 121, bits: [17, 65, 16, 1] };
const G_v_WXY: Grouping = { min: 89, max: 121, bits: [1, 17, 65, 208, 1] };
const G_valid_LI: Grouping = { min: 99, max: 116, bits: [55, 141, 2] };

interface Context {
  yFound: boolean;
  p1: number;
  p2: number;
}

function prelude(env: Env, ctx: Context): void {
  ctx.yFound = false;
  const v1 = env.cursor;
  env.bra = env.cursor;
  if (env.eqS("'")) {
    env.ket = env.cursor;
    env.sliceDel();
  }
  env.cursor = v1;
  env.bra = env.cursor;
  if (env.eqS("y")) {
    env.ket = env.cursor;
    env.sliceFrom("Y");
    ctx.yFound = true;
  }
  env.cursor = v1;
  // Every y after a vowel becomes Y.
  for (;;) {
    const v4 = env.cursor;
    let found = false;
    for (;;) {
      const v5 = env.cursor;
      if (env.inSetAt(G_v)) {
        env.nextChar();
        env.bra = env.cursor;
        if (env.eqS("y")) {
          env.ket = env.cursor;
          env.cursor = v5;
          found = true;
          break;
        }
      }
      env.cursor = v5;
      if (env.cursor >= env.limit) break;
      env.nextChar();
    }
    if (!found) {
      env.cursor = v4;
      break;
    }
    env.sliceFrom("Y");
    ctx.yFound = true;
  }
  env.cursor = v1;
}

function markRegions(env: Env, ctx: Context): void {
  ctx.p1 = env.limit;
  ctx.p2 = env.limit;
  const v1 = env.cursor;
  done: {
    const v2 = env.cursor;
    if (env.findAmong(A_0) === 0) {
      env.cursor = v2;
      if (!env.goOutGrouping(G_v)) break done;
      env.nextChar();
      if (!env.goInGrouping(G_v)) break done;
      env.nextChar();
    }
    ctx.p1 = env.cursor;
    if (!env.goOutGrouping(G_v)) break done;
    env.nextChar();
    if (!env.goInGrouping(G_v)) break done;
    env.nextChar();
    ctx.p2 = env.cursor;
  }
  env.cursor = v1;
}

function shortV(env: Env): boolean {
  const v1 = env.limit - env.cursor;
  if (env.outGroupingB(G_v_WXY) && env.inGroupingB(G_v) && env.outGroupingB(G_v)) return true;
  env.cursor = env.limit - v1;
  if (env.outGroupingB(G_v) && env.inGroupingB(G_v) && env.cursor <= env.limitBackward) return true;
  env.cursor = env.limit - v1;
  return env.eqSB("past");
}

function step1a(env: Env): boolean {
  const v1 = env.limit - env.cursor;
  env.ket = env.cursor;
  if (env.findAmongB(A_1) === 0) {
    env.cursor = env.limit - v1;
  } else {
    env.bra = env.cursor;
    env.sliceDel();
  }
  env.ket = env.cursor;
  const amongVar = env.findAmongB(A_2);
  if (amongVar === 0) return false;
  env.bra = env.cursor;
  switch (amongVar) {
    case 1:
      env.sliceFrom("ss");
      break;
    case 2: {
      const v2 = env.limit - env.cursor;
      if (env.hopBack(2)) {
        env.sliceFrom("i");
      } else {
        env.cursor = env.limit - v2;
        env.sliceFrom("ie");
      }
      break;
    }
    case 3:
      if (env.cursor <= env.limitBackward) return false;
      env.previousChar();
      if (!env.goOutGroupingB(G_v)) return false;
      env.previousChar();
      env.sliceDel();
      break;
  }
  return true;
}

function step1b(env: Env, ctx: Context): boolean {
  env.ket = env.cursor;
  let amongVar = env.findAmongB(A_5);
  env.bra = env.cursor;
  const v1 = env.limit - env.cursor;
  // `handled`: the ending was dealt with above (or there was none), so the rest of the step is skipped.
  let handled = true;
  switch (amongVar) {
    case 1: {
      const v2 = env.limit - env.cursor;
      if (ctx.p1 <= env.cursor) {
        const v3 = env.limit - env.cursor;
        // "succeed", "proceed", "exceed" keep their ending.
        const kept = env.findAmongB(A_3) !== 0 && env.cursor <= env.limitBackward;
        if (!kept) {
          env.cursor = env.limit - v3;
          env.sliceFrom("ee");
        }
      }
      env.cursor = env.limit - v2;
      break;
    }
    case 2:
      handled = false;
      break;
    case 3: {
      amongVar = env.findAmongB(A_4);
      if (amongVar === 0) {
        handled = false;
        break;
      }
      if (amongVar === 1) {
        const v4 = env.limit - env.cursor;
        if (!env.outGroupingB(G_v) || env.cursor > env.limitBackward) {
          handled = false;
          break;
        }
        env.cursor = env.limit - v4;
        env.bra = env.cursor;
        env.sliceFrom("ie");
      } else if (env.cursor > env.limitBackward) {
        handled = false;
      }
      break;
    }
  }
  if (handled) return true;
  env.cursor = env.limit - v1;
  const v5 = env.limit - env.cursor;
  if (!env.goOutGroupingB(G_v)) return false;
  env.previousChar();
  env.cursor = env.limit - v5;
  env.sliceDel();
  env.ket = env.cursor;
  env.bra = env.cursor;
  const v6 = env.limit - env.cursor;
  amongVar = env.findAmongB(A_6);
  switch (amongVar) {
    case 1:
      env.sliceFrom("e");
      return false;
    case 2: {
      const v7 = env.limit - env.cursor;
      if (env.inGroupingB(G_aeo) && env.cursor <= env.limitBackward) return false;
      env.cursor = env.limit - v7;
      break;
    }
    case 3: {
      if (env.cursor !== ctx.p1) return false;
      const v8 = env.limit - env.cursor;
      if (!shortV(env)) return false;
      env.cursor = env.limit - v8;
      env.sliceFrom("e");
      return false;
    }
  }
  env.cursor = env.limit - v6;
  env.ket = env.cursor;
  if (env.cursor <= env.limitBackward) return false;
  env.previousChar();
  env.bra = env.cursor;
  env.sliceDel();
  return true;
}

function step1c(env: Env): boolean {
  env.ket = env.cursor;
  const v1 = env.limit - env.cursor;
  if (!env.eqSB("y")) {
    env.cursor = env.limit - v1;
    if (!env.eqSB("Y")) return false;
  }
  env.bra = env.cursor;
  if (!env.outGroupingB(G_v)) return false;
  if (env.cursor <= env.limitBackward) return false;
  env.sliceFrom("i");
  return true;
}

const STEP_2: Record<number, string> = {
  1: "tion", 2: "ence", 3: "ance", 4: "able", 5: "ent", 6: "ize", 7: "ate", 8: "al", 9: "ful", 10: "ous", 11: "ive", 12: "ble", 13: "og", 15: "less",
};

function step2(env: Env, ctx: Context): boolean {
  env.ket = env.cursor;
  const amongVar = env.findAmongB(A_7);
  if (amongVar === 0) return false;
  env.bra = env.cursor;
  if (ctx.p1 > env.cursor) return false;
  if (amongVar === 14) {
    if (!env.eqSB("l")) return false;
    env.sliceFrom("og");
  } else if (amongVar === 16) {
    if (!env.inGroupingB(G_valid_LI)) return false;
    env.sliceDel();
  } else {
    env.sliceFrom(STEP_2[amongVar]!);
  }
  return true;
}

function step3(env: Env, ctx: Context): boolean {
  env.ket = env.cursor;
  const amongVar = env.findAmongB(A_8);
  if (amongVar === 0) return false;
  env.bra = env.cursor;
  if (ctx.p1 > env.cursor) return false;
  switch (amongVar) {
    case 1: env.sliceFrom("tion"); break;
    case 2: env.sliceFrom("ate"); break;
    case 3: env.sliceFrom("al"); break;
    case 4: env.sliceFrom("ic"); break;
    case 5: env.sliceDel(); break;
    case 6:
      if (ctx.p2 > env.cursor) return false;
      env.sliceDel();
      break;
  }
  return true;
}

function step4(env: Env, ctx: Context): boolean {
  env.ket = env.cursor;
  const amongVar = env.findAmongB(A_9);
  if (amongVar === 0) return false;
  env.bra = env.cursor;
  if (ctx.p2 > env.cursor) return false;
  if (amongVar === 2) {
    const v1 = env.limit - env.cursor;
    if (!env.eqSB("s")) {
      env.cursor = env.limit - v1;
      if (!env.eqSB("t")) return false;
    }
  }
  env.sliceDel();
  return true;
}

function step5(env: Env, ctx: Context): boolean {
  env.ket = env.cursor;
  const amongVar = env.findAmongB(A_10);
  if (amongVar === 0) return false;
  env.bra = env.cursor;
  if (amongVar === 1) {
    if (ctx.p2 > env.cursor) {
      if (ctx.p1 > env.cursor) return false;
      const v1 = env.limit - env.cursor;
      if (shortV(env)) return false;
      env.cursor = env.limit - v1;
    }
    env.sliceDel();
  } else {
    if (ctx.p2 > env.cursor) return false;
    if (!env.eqSB("l")) return false;
    env.sliceDel();
  }
  return true;
}

const EXCEPTION_1: Record<number, string> = { 1: "ski", 2: "sky", 3: "idl", 4: "gentl", 5: "ugli", 6: "earli", 7: "onli", 8: "singl" };

function exception1(env: Env): boolean {
  env.bra = env.cursor;
  const amongVar = env.findAmong(A_11);
  if (amongVar === 0) return false;
  env.ket = env.cursor;
  if (env.cursor < env.limit) return false;
  const replacement = EXCEPTION_1[amongVar];
  if (replacement !== undefined) env.sliceFrom(replacement);
  return true;
}

function postlude(env: Env, ctx: Context): void {
  if (!ctx.yFound) return;
  for (;;) {
    const v1 = env.cursor;
    let found = false;
    for (;;) {
      const v2 = env.cursor;
      env.bra = env.cursor;
      if (env.eqS("Y")) {
        env.ket = env.cursor;
        env.cursor = v2;
        found = true;
        break;
      }
      env.cursor = v2;
      if (env.cursor >= env.limit) break;
      env.nextChar();
    }
    if (!found) {
      env.cursor = v1;
      return;
    }
    env.sliceFrom("y");
  }
}

/** Stems one lower-cased English word as Pagefind does. */
export function stemEnglish(word: string): string {
  const env = new Env(word);
  const ctx: Context = { yFound: false, p1: 0, p2: 0 };
  const v1 = env.cursor;
  if (exception1(env)) return env.current;
  env.cursor = v1;
  if (!env.hop(3)) return env.current;
  env.cursor = v1;
  prelude(env, ctx);
  markRegions(env, ctx);
  env.limitBackward = env.cursor;
  env.cursor = env.limit;
  const steps: ((env: Env, ctx: Context) => boolean)[] = [step1a, step1b, step1c, step2, step3, step4, step5];
  for (const step of steps) {
    const v = env.limit - env.cursor;
    step(env, ctx);
    env.cursor = env.limit - v;
  }
  env.cursor = env.limitBackward;
  postlude(env, ctx);
  return env.current;
}
