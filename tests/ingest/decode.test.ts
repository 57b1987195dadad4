import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/ingest/decode.ts";

const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();
const bytes = (...parts: (number[] | Buffer | string)[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

describe("decode", () => {
  it("reads UTF-8 without a byte order mark", () => {
    expect(decode(Buffer.from("Grüße aus Köln — “quoted”", "utf8"))).toEqual({
      ok: true, text: "Grüße aus Köln — “quoted”", encoding: "UTF-8",
    });
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], Buffer.from("café", "utf8")))).toEqual({ ok: true, text: "café", encoding: "UTF-8" });
  });

  it("rejects bytes after a UTF-8 byte order mark that are not UTF-8", () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf], [0x63, 0x61, 0x66, 0xe9]));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/byte order mark.*not valid UTF-8/) });
  });

  it("reads UTF-16LE and UTF-16BE with a byte order mark", () => {
    const text = "Straße 𝄞 “news”";
    expect(decode(bytes([0xff, 0xfe], Buffer.from(text, "utf16le")))).toEqual({ ok: true, text, encoding: "UTF-16LE" });
    expect(decode(bytes([0xfe, 0xff], utf16be(text)))).toEqual({ ok: true, text, encoding: "UTF-16BE" });
  });

  it("rejects truncated or damaged UTF-16", () => {
    const odd = bytes([0xff, 0xfe], Buffer.from("abc", "utf16le"), [0x64]);
    const loneSurrogate = bytes([0xfe, 0xff], [0xd8, 0x34, 0x00, 0x41]);
    for (const input of [odd, loneSurrogate]) {
      expect(decode(input)).toMatchObject({ ok: false, reason: expect.stringMatching(/^UTF-16 text is truncated or damaged/) });
    }
  });

  it("rejects UTF-32 rather than misreading its byte order mark as UTF-16", () => {
    const utf32le = bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]);
    expect(decode(utf32le)).toMatchObject({ ok: false, reason: expect.stringContaining("UTF-32") });
  });

  it("names UTF-32 without a byte order mark instead of misreading it", () => {
    const utf32le = Buffer.alloc(16);
    [..."café"].forEach((c, i) => utf32le.writeUInt32LE(c.codePointAt(0)!, i * 4));
    expect(decode(utf32le)).toMatchObject({ ok: false, reason: expect.stringMatching(/^looks like UTF-32LE without a byte order mark/) });
  });

  it("reads windows-1252: curly quotes, euro sign, accented letters", () => {
    const input = bytes("The ", [0x93], "caf", [0xe9], [0x94], " charged 5 ", [0x80], " for a coffee, said the mayor.");
    expect(decode(input)).toEqual({ ok: true, text: "The “café” charged 5 € for a coffee, said the mayor.", encoding: "windows-1252" });
  });

  it("falls back to windows-1252 when the sample is too short to guess", () => {
    expect(decode(bytes("Caf", [0xe9]))).toEqual({ ok: true, text: "Café", encoding: "windows-1252" });
  });

  it("does not take a few accented words for a Central European encoding", () => {
    expect(decode(bytes("caf", [0xe9], " na", [0xef], "ve"))).toEqual({ ok: true, text: "café naïve", encoding: "windows-1252" });
  });

  it("reads a paragraph in another single-byte encoding", () => {
    const russian = "Правительство объявило сегодня о новых мерах по поддержке экономики. Министр заявил, что рост продолжится.";
    expect(decode(iconv.encode(russian, "windows-1251"))).toEqual({ ok: true, text: russian, encoding: "windows-1251" });
  });

  it("reads Latin-1 text", () => {
    const result = decode(Buffer.from("Le café était très agréable, à côté de la rivière.", "latin1"));
    expect(result).toEqual({ ok: true, text: "Le café était très agréable, à côté de la rivière.", encoding: "ISO-8859-1" });
  });

  it("reads a legacy multi-byte encoding when the detector is sure", () => {
    expect(decode(iconv.encode("これは日本語のニュース記事です。", "Shift_JIS"))).toEqual({ ok: true, text: "これは日本語のニュース記事です。", encoding: "Shift_JIS" });
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(decode(Buffer.from("one\r\ntwo\rthree\n\r\nfour", "utf8"))).toMatchObject({ ok: true, text: "one\ntwo\nthree\n\nfour" });
    expect(decode(bytes("caf", [0xe9], "\r\nna", [0xef], "ve\r"))).toMatchObject({ ok: true, text: "café\nnaïve\n" });
  });

  it("normalises to NFC", () => {
    const decomposed = "cafe\u0301";
    const result = decode(Buffer.from(decomposed, "utf8"));
    expect(result).toEqual({ ok: true, text: "caf\u00e9", encoding: "UTF-8" });
  });

  it("rejects bytes that are neither UTF-8 nor legacy text", () => {
    const garbage = bytes([0x01, 0x02, 0x83, 0x04, 0x05, 0xff, 0x10, 0x9b, 0x1f, 0xc3]);
    const result = decode(garbage);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid UTF-8.*re-save it as UTF-8/) });
  });

  it("keeps tab and form feed in legacy text", () => {
    expect(decode(bytes("a\tb\fc ", [0xe9]))).toMatchObject({ ok: true, text: "a\tb\fc é" });
  });

  it("normalises to NFC text that mixes typographic punctuation with combining marks", () => {
    expect(decode(Buffer.from("“Cafe\u0301” – n\u0303", "utf8"))).toMatchObject({ ok: true, text: "“Café” – ñ" });
    expect(decode(Buffer.from("\u2000 \u212b", "utf8"))).toMatchObject({ ok: true, text: "\u2002 \u00c5" });
  });

  // decode skips normalize() for text made only of these ranges; that is right only if no character
  // in them can change under NFC, alone or beside another: none is a combining mark or a Hangul jamo,
  // and each is NFC by itself (UAX #15: quick check "yes" and combining class 0 throughout).
  it("skips NFC only for characters that are NFC whatever surrounds them", () => {
    const ranges = [[0x0000, 0x02ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0]] as const;
    const unsafe: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        if (/\p{M}/u.test(c) || (code >= 0x1100 && code <= 0x11ff) || c.normalize("NFC") !== c) unsafe.push(code.toString(16));
      }
    }
    expect(unsafe).toEqual([]);
  });
});
