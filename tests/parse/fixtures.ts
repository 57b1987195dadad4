// Reads fixture files in markdown-it's format: a line naming the case, then the input and the
// expected output, each followed by a line holding only ".".
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Fixture {
  name: string;
  input: string;
  expected: string;
}

const FIXTURES = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const DELIMITER = ".";

/** The cases in tests/fixtures/parse/<file>; input and expected end with a newline, as written. */
export function readFixtures(file: string): Fixture[] {
  const lines = readFileSync(FIXTURES + file, "utf8").split("\n");
  const fixtures: Fixture[] = [];
  let i = 0;
  const section = (): string => {
    const start = i;
    while (i < lines.length && lines[i] !== DELIMITER) i++;
    if (i === lines.length) throw new Error(`${file}: a case is not closed with "${DELIMITER}"`);
    const text = lines.slice(start, i++).join("\n");
    return text === "" ? "" : `${text}\n`;
  };
  while (i < lines.length) {
    const name = lines[i++] ?? "";
    if (name.trim() === "") continue;
    if (lines[i++] !== DELIMITER) throw new Error(`${file}: "${name}" is not followed by "${DELIMITER}"`);
    fixtures.push({ name, input: section(), expected: section() });
  }
  if (fixtures.length === 0) throw new Error(`${file}: no cases`);
  return fixtures;
}
