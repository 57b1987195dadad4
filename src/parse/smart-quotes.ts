// Curls straight quotes in one line's inline pieces: markdown-it's `smartquotes` core rule
// (markdown-it 14.3, lib/rules_core/smartquotes.mjs), step for step, on Broadsheet's own pieces.
// Only the search for quotes and the character tests are faster; tests/parse/inline-pieces.test.ts
// checks the result against markdown-it's.
import type { InlinePiece } from "./inline-pieces.ts";
import { textParser } from "./parsers.ts";

/**
 * `piece` with other content, its fields written out: on Node 20 a spread followed by more properties
 * (`{ ...piece, content }`) is V8's slow path, about 0.5 µs for an object of this size in a one-off
 * run (bench/object-spread.ts measures the same pattern on a list page's view).
 */
export const withContent = (piece: InlinePiece, content: string): InlinePiece =>
  piece.href === undefined ? { kind: piece.kind, content, level: piece.level } : { kind: piece.kind, content, level: piece.level, href: piece.href };

const { isMdAsciiPunct, isPunctCharCode, isWhiteSpace } = textParser.utils;

const APOSTROPHE = "\u2019";
const DOUBLE = 0x22;
/** As in markdown-it: past this many open quotes in a line, no quote in it is curled. */
const MAX_OPENERS = 1000;

// The character tests for ASCII, from markdown-it's own functions: a table read is cheaper than a call.
const PUNCTUATION = 1;
const WHITESPACE = 2;
const ASCII = Uint8Array.from({ length: 128 }, (_, code) =>
  (isMdAsciiPunct(code) || isPunctCharCode(code) ? PUNCTUATION : 0) | (isWhiteSpace(code) ? WHITESPACE : 0));

function classOf(code: number): number {
  if (code < 128) return ASCII[code] as number;
  return (isPunctCharCode(code) ? PUNCTUATION : 0) | (isWhiteSpace(code) ? WHITESPACE : 0);
}

interface Opener {
  piece: number;
  pos: number;
  single: boolean;
  level: number;
  /** Stack index of the previous opener of the same quote, -1 if none. */
  previous: number;
}

interface Replacement {
  pos: number;
  ch: string;
}

/**
 * The character before `pos` in piece `i`, else the last of the nearest earlier piece with text; a
 * space at the start. (markdown-it also stops at a line break token; plain text has none.)
 */
function charBefore(pieces: readonly InlinePiece[], i: number, text: string, pos: number): number {
  if (pos > 0) return text.charCodeAt(pos - 1);
  for (let j = i - 1; j >= 0; j--) {
    const content = (pieces[j] as InlinePiece).content;
    if (content !== "") return content.charCodeAt(content.length - 1);
  }
  return 0x20;
}

function charAfter(pieces: readonly InlinePiece[], i: number, text: string, pos: number): number {
  if (pos + 1 < text.length) return text.charCodeAt(pos + 1);
  for (let j = i + 1; j < pieces.length; j++) {
    const content = (pieces[j] as InlinePiece).content;
    if (content !== "") return content.charCodeAt(0);
  }
  return 0x20;
}

/** The quotes still open, innermost last, and the innermost of each kind (-1 if none). */
interface Stack {
  openers: Opener[];
  single: number;
  double: number;
}

function truncate(stack: Stack, length: number): void {
  while (stack.openers.length > length) {
    const item = stack.openers.pop() as Opener;
    if (item.single) stack.single = item.previous;
    else stack.double = item.previous;
  }
}

function addReplacement(replacements: Replacement[][], piece: number, pos: number, ch: string): void {
  (replacements[piece] ??= []).push({ pos, ch });
}

/** Replaces straight quotes with `quotes` (“”‘’) and apostrophes in the text pieces; returns new pieces. */
export function smartQuotes(pieces: InlinePiece[], quotes: string | readonly string[]): InlinePiece[] {
  const stack: Stack = { openers: [], single: -1, double: -1 };
  const { openers } = stack;
  const replacements: Replacement[][] = [];

  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as InlinePiece;
    let j = openers.length - 1;
    while (j >= 0 && (openers[j] as Opener).level > piece.level) j--;
    truncate(stack, j + 1);
    if (piece.kind !== "text") continue;
    const text = piece.content;
    // The next quote of each kind, found by indexOf: a loop over every character is several times slower.
    let nextSingle = text.indexOf("'");
    let nextDouble = text.indexOf('"');
    while (nextSingle !== -1 || nextDouble !== -1) {
      const single = nextDouble === -1 || (nextSingle !== -1 && nextSingle < nextDouble);
      const at = single ? nextSingle : nextDouble;
      if (single) nextSingle = text.indexOf("'", at + 1);
      else nextDouble = text.indexOf('"', at + 1);
      const last = charBefore(pieces, i, text, at);
      const next = charAfter(pieces, i, text, at);
      const lastClass = classOf(last);
      const nextClass = classOf(next);
      const lastPunct = (lastClass & PUNCTUATION) !== 0;
      const nextPunct = (nextClass & PUNCTUATION) !== 0;
      const lastSpace = (lastClass & WHITESPACE) !== 0;
      const nextSpace = (nextClass & WHITESPACE) !== 0;

      let canOpen = !(nextSpace || (nextPunct && !(lastSpace || lastPunct)));
      let canClose = !(lastSpace || (lastPunct && !(nextSpace || nextPunct)));
      // 1"" : the first quote is an inch mark.
      if (next === DOUBLE && !single && last >= 0x30 && last <= 0x39) canClose = canOpen = false;
      if (canOpen && canClose) {
        // Quotes inside a run of punctuation are curled, quotes inside a word are not.
        canOpen = lastPunct;
        canClose = nextPunct;
      }
      if (!canOpen && !canClose) {
        if (single) addReplacement(replacements, i, at, APOSTROPHE);
        continue;
      }
      if (canClose) {
        const head = single ? stack.single : stack.double;
        const item = openers[head];
        if (item !== undefined && item.level === piece.level) {
          addReplacement(replacements, i, at, (single ? quotes[3] : quotes[1]) as string);
          addReplacement(replacements, item.piece, item.pos, (single ? quotes[2] : quotes[0]) as string);
          truncate(stack, head);
          continue;
        }
      }
      if (canOpen) {
        if (openers.length >= MAX_OPENERS) return pieces;
        openers.push({ piece: i, pos: at, single, level: piece.level, previous: single ? stack.single : stack.double });
        if (single) stack.single = openers.length - 1;
        else stack.double = openers.length - 1;
      } else if (canClose && single) {
        addReplacement(replacements, i, at, APOSTROPHE);
      }
    }
  }
  if (replacements.length === 0) return pieces;
  return pieces.map((piece, i) => {
    const list = replacements[i];
    return list === undefined ? piece : withContent(piece, applyReplacements(piece.content, list));
  });
}

function applyReplacements(text: string, list: Replacement[]): string {
  sortByPosition(list);
  let result = "";
  let from = 0;
  for (const { pos, ch } of list) {
    result += text.slice(from, pos) + ch;
    from = pos + 1;
  }
  return result + text.slice(from);
}

/**
 * In place, by insertion: a list comes almost in order (a closing quote's opener is the one added late)
 * and holds a few replacements, each at a position of its own. Array.prototype.sort allocated a work copy
 * of each list: a fifth of what parsing an article and rendering its body allocated.
 */
function sortByPosition(list: Replacement[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as Replacement;
    let j = i - 1;
    while (j >= 0 && (list[j] as Replacement).pos > item.pos) {
      list[j + 1] = list[j] as Replacement;
      j--;
    }
    list[j + 1] = item;
  }
}
