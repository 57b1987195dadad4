// Reads one run of capitalised words into mentions: splits it, strips titles, and classifies what is left.
import type { Run } from "./find-runs.ts";
import type { Mention } from "./mention.ts";
import { classifySegment } from "./classify-segment.ts";
import { segmentRun } from "./segment-run.ts";
import { stripRole } from "./strip-role.ts";
import { COMPASS_WORD, CORPORATE_ROLE, KNOWN } from "./lexicon.ts";

function readSegment(words: string[], at: number, the: boolean): Mention[] {
  const split = stripRole(words);
  if (!split) return classifySegment(words, at, the);
  const mentions: Mention[] = [];
  if (split.prefix.length > 0) {
    for (const mention of classifySegment(split.prefix, at, the)) {
      // "Tesla CEO Elon Musk": an unknown word before a company officer's title is the company.
      if (mention.kind === "unknown" && mention.words.length === 1 && split.title.some((word) => CORPORATE_ROLE.has(word))) {
        mentions.push({ kind: "entity", type: "organization", name: mention.words[0] ?? "", at });
      } else if (mention.kind !== "unknown") {
        mentions.push(mention);
      }
    }
  }
  if (split.of !== null) {
    const place = KNOWN.get(split.of);
    if (place) mentions.push({ kind: "entity", type: place.type, name: place.name, at });
  }
  if (split.rest.length > 0) mentions.push({ kind: "person", words: split.rest, at: at + words.length - split.rest.length, titled: true });
  return mentions;
}

/** "East and South China Seas": the first compass word shares the name that follows. */
function shareCoordinatedName(segments: string[][]): string[][] {
  if (segments.length === 1) return segments;
  return segments.map((segment, index) => {
    const next = segments[index + 1] ?? [];
    const [word = ""] = segment;
    return segment.length === 1 && COMPASS_WORD.has(word) && COMPASS_WORD.has(next[0] ?? "") && next.length > 1 ? [word, ...next.slice(1)] : segment;
  });
}

export function readRun(run: Run): Mention[] {
  const mentions: Mention[] = [];
  let at = run.start;
  let the = run.the;
  for (const segment of shareCoordinatedName(segmentRun(run.words))) {
    for (const mention of readSegment(segment, at, the)) mentions.push(mention);
    at += segment.length;
    the = false;
  }
  // The context speaks for every name of a run that only has names nothing else settled: "in Fuzhou and Xiamen".
  if (mentions.every((mention) => mention.kind === "unknown")) {
    for (const mention of mentions) if (mention.kind === "unknown") mention.context = run.context;
  }
  // Not mentions[-1] when there are none, which made V8 read every later mention here the slow way.
  const last = mentions.length > 0 ? mentions[mentions.length - 1] : undefined;
  if (last && run.acronym !== null && (last.kind === "entity" || last.kind === "unknown")) last.acronym = run.acronym;
  return mentions;
}
