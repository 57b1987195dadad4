// Splits a run at connectors that join two names ("Japan and Mexico") and keeps those inside one ("Bank of Japan").
import { GIVEN, KNOWN, KNOWN_FIRST_WORD, LEGAL, ORG_HEAD, ORG_TAIL, PARTICLE, PLACE_HEAD, PLACE_TAIL, ROLE_HEAD } from "./lexicon.ts";

const LINKS = new Set(["of", "for", "on"]);
const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/;

/** End (exclusive) of the longest known name starting at `from`, or `from` if none does. */
export function knownEnd(words: readonly string[], from: number): number {
  const longest = KNOWN_FIRST_WORD.get(words[from] ?? "") ?? 1;
  for (let end = Math.min(words.length, from + longest); end > from + 1; end--) {
    if (KNOWN.has(words.slice(from, end).join(" "))) return end;
  }
  return KNOWN.has(words[from] ?? "") ? from + 1 : from;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** One set for the words that join or sit inside names, so a capitalised word is cleared by one lookup. */
const CONNECTOR_WORDS = new Set([...LINKS, "and", "&", "the", ...PARTICLE]);
const isConnector = (word: string): boolean => CONNECTOR_WORDS.has(word) || (isDigit(word.charCodeAt(0)) && ORDINAL_RE.test(word));

function keepsConnector(words: readonly string[], segment: readonly string[], at: number, knownUntil: number): boolean {
  const word = words[at] ?? "";
  if (at < knownUntil || word === "&") return true;
  if (PARTICLE.has(word)) return segment.length > 0;
  // "Bank of Japan", "Secretary of State", "Court of Appeals for the 5th Circuit"; not "Eric Adams of New York City".
  if (LINKS.has(word)) {
    const previous = segment[segment.length - 1] ?? "";
    return ORG_HEAD.has(previous) || PLACE_HEAD.has(previous) || ROLE_HEAD.has(previous) || segment.some((w) => LINKS.has(w));
  }
  // "and" joins two names unless what follows ends in an organisation word and what precedes is no name by itself:
  // "Disaster and Emergency Management Authority", but not "Honda Motor Co. and Nissan Motor Co.".
  const lastOfSegment = segment[segment.length - 1] ?? "";
  if (word !== "and" || KNOWN.has(segment.join(" ")) || GIVEN.has(segment[0] ?? "")) return false;
  if (ORG_TAIL.has(lastOfSegment) || PLACE_TAIL.has(lastOfSegment) || LEGAL.has(lastOfSegment)) return false;
  let end = at + 1;
  while (end < words.length && !isConnector(words[end] ?? "")) end++;
  return ORG_TAIL.has(words[end - 1] ?? "");
}

export function segmentRun(words: readonly string[]): string[][] {
  // Most runs are a name alone ("Tokyo", "Nobuo Kishi"): one segment, and no known names to look for.
  if (words.length > 0 && !words.some(isConnector)) return [[...words]];
  const segments: string[][] = [];
  let segment: string[] = [];
  let knownUntil = knownEnd(words, 0);
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? "";
    if (!isConnector(word) || segment.length === 0) {
      if (segment.length === 0 && at >= knownUntil) knownUntil = knownEnd(words, at);
      if (!isConnector(word)) segment.push(word);
      continue;
    }
    let end = at + 1;
    while (end < words.length && isConnector(words[end] ?? "")) end++;
    if (keepsConnector(words, segment, at, knownUntil)) {
      segment.push(...words.slice(at, end));
    } else {
      segments.push(segment);
      segment = [];
    }
    at = end - 1;
  }
  if (segment.length > 0) segments.push(segment);
  return segments;
}
