// Reads one discovered file into text, or says in one sentence why it is not an article.
import { readFileSync } from "node:fs";
import { getSystemErrorMap } from "node:util";
import type { ReadResult, SourceFile } from "../types.ts";
import { decode } from "./decode.ts";

/**
 * Synchronous on purpose: fs.promises.readFile takes four thread-pool round trips a file and was
 * ten times slower here (214 µs against 23 µs a 4 KB article); the build has nothing else to do meanwhile.
 */
export function readSource(file: SourceFile): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    return skip(file, `cannot read file: ${describeFsError(error)}`);
  }
  if (bytes.length === 0) return skip(file, "empty file");
  // UTF-16 text is full of NUL bytes by nature; its byte order mark tells it apart from binary data.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return skip(file, BINARY);
  const decoded = decode(bytes);
  if (!decoded.ok) return skip(file, decoded.reason);
  if (decoded.text.includes("\u0000")) return skip(file, BINARY);
  if (decoded.text.trim() === "") return skip(file, "blank file: no text");
  return { ok: true, value: { file, text: decoded.text, encoding: decoded.encoding } };
}

const BINARY = "binary file (contains NUL bytes); not an article";

function skip(file: SourceFile, reason: string): ReadResult {
  return { ok: false, skip: { source: file.source, reason } };
}

/** "permission denied (EACCES)": the system's words for a failed file operation, without the path. */
export function describeFsError(error: unknown): string {
  if (error instanceof Error && "errno" in error && typeof error.errno === "number") {
    const entry = getSystemErrorMap().get(error.errno);
    if (entry) return `${entry[1]} (${entry[0]})`;
  }
  return error instanceof Error ? error.message : String(error);
}
