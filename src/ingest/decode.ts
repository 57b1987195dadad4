// Turns the bytes of an article file into text: byte order mark, then UTF-8, then a legacy encoding.
import { TextDecoder } from "node:util";
import { analyse } from "chardet";
import iconv from "iconv-lite";

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16 = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });

/** Single-byte encodings chardet can name; any of them is a plausible old newsroom file. */
const SINGLE_BYTE = new Set<string>([
  "ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9",
  "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255",
  "windows-1256", "windows-1257", "windows-1258", "windows-874", "KOI8-R",
]);
/** Multi-byte legacy encodings, trusted only when chardet is sure: misreading them garbles every character. */
const MULTI_BYTE = new Set<string>(["Shift_JIS", "EUC-JP", "EUC-KR", "Big5", "GB18030"]);
// chardet's scores on a few accented words are noise (it calls "café naïve" ISO-8859-2 at 27);
// a paragraph of Czech or Russian scores 40 or more.
const SINGLE_BYTE_MIN = 30;
const MULTI_BYTE_MIN = 50;
/** C0 controls other than tab, LF, FF and CR: real text in a legacy encoding does not contain them. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;

const UNDECODABLE = "not valid UTF-8 and not recognisable as legacy text; re-save it as UTF-8";
const DAMAGED_UTF16 = "UTF-16 text is truncated or damaged; re-save it as UTF-8";

export function decode(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, reason: "UTF-32 text is not supported; re-save it as UTF-8" };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode(utf8, bytes.subarray(3));
    if (text === null) return { ok: false, reason: "starts with a UTF-8 byte order mark but is not valid UTF-8; re-save it as UTF-8" };
    return finish(text, "UTF-8");
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), "UTF-16LE");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(swapPairs(bytes.subarray(2)), "UTF-16BE");
  const text = tryDecode(utf8, bytes);
  return text === null ? decodeLegacy(bytes) : finish(text, "UTF-8");
}

function decodeUtf16(bytes: Uint8Array, encoding: string): DecodeResult {
  const text = bytes.length % 2 === 0 ? tryDecode(utf16, bytes) : null;
  return text === null ? { ok: false, reason: DAMAGED_UTF16 } : finish(text, encoding);
}

function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const matches = analyse(bytes);
  const best = matches[0];
  if (best && /^UTF-(16|32)/.test(best.name)) {
    return { ok: false, reason: `looks like ${best.name} without a byte order mark; re-save it as UTF-8` };
  }
  const match = matches.find(
    (m) => (SINGLE_BYTE.has(m.name) && m.confidence >= SINGLE_BYTE_MIN) || (MULTI_BYTE.has(m.name) && m.confidence >= MULTI_BYTE_MIN),
  );
  // Without a confident guess, windows-1252: what most old Western files are, a superset of Latin-1's printable characters.
  const encoding = match?.name ?? "windows-1252";
  if (!iconv.encodingExists(encoding)) return { ok: false, reason: UNDECODABLE };
  const text = iconv.decode(bytes, encoding);
  if (CONTROL.test(text)) return { ok: false, reason: UNDECODABLE };
  return finish(text, encoding);
}

// Characters that are NFC whatever surrounds them (quick check "yes", combining class 0): below
// U+0300 (where combining marks begin), and the dashes, quotes, marks and currency signs news text
// uses; tests/ingest/decode.test.ts checks the ranges against the runtime's Unicode data.
const MAYBE_NOT_NFC_RE = /[^\u0000-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;
const LINE_ENDING_RE = /\r\n?/g;

/**
 * Line endings as "\n" and the text in NFC. Each step is skipped when the text cannot need it: a
 * scan for "\r" and one regular expression (free on a one-byte string) cost almost nothing, where
 * the replacement and normalize() took 12 µs of the 20 µs a 4 KB article took to read.
 */
function finish(text: string, encoding: string): DecodeResult {
  const lines = text.includes("\r") ? text.replace(LINE_ENDING_RE, "\n") : text;
  return { ok: true, text: MAYBE_NOT_NFC_RE.test(lines) ? lines.normalize("NFC") : lines, encoding };
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  // An odd trailing byte is kept so the length check in decodeUtf16 still sees it.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}
