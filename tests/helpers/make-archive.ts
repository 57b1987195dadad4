// Builds the fixture archive in a temp folder: the text fixtures from disk plus the cases git cannot keep (bytes, encodings, symlinks, hidden folders).
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO, makeTempDir } from "./temp.ts";

export const FIXTURE_ARCHIVE = path.join(REPO, "tests/fixtures/archive");

/** Text that only hidden files contain: it must appear nowhere in the site. */
export const HIDDEN_MARKER = "hidden-marker-5c1e9d";
/** Text that only the file outside the input folder contains: a symlink must not leak it. */
export const OUTSIDE_MARKER = "outside-marker-a41f07";

export interface Archive {
  /** Temp folder holding `archive/` and `outside/`. */
  root: string;
  /** The input folder to build. */
  input: string;
}

/** Each bad input and what its skip reason must talk about. */
export const EXPECTED_SKIPS: Readonly<Record<string, RegExp[]>> = {
  "bad/empty.txt": [/empty/i],
  "bad/blank.txt": [/blank|empty|no text|whitespace/i],
  "bad/binary.txt": [/binary|NUL/i],
  "bad/undecodable.txt": [/decod|encoding|UTF-8|charset/i],
  "bad/notes.docx": [/unsupported|extension|\.txt|\.md/i],
  "bad/leak.txt": [/symbolic link|symlink/i, /outside/i],
};

/** Bad inputs that are still built, and the warning the report must give for each (issue #2: "skipped or built with a warning"). */
export const EXPECTED_WARNINGS: Readonly<Record<string, RegExp>> = {
  "bad/invalid-yaml.md": /front matter is not valid YAML \(line \d+/,
};

/** Paths that must never show up in the report. */
export const HIDDEN_SOURCES = [".hidden.txt", ".git/x.txt", "drafts/.private/note.txt"];

const PARAGRAPHS = [
  "The announcement came after a long meeting that ran late into the evening, and officials said further details would follow next week.",
  "Residents who want to comment can write to the council office or attend the public session on the first Monday of the month.",
];

/**
 * A paragraph of its own for each generated article, so that no two of them are near-duplicates (which
 * would make one the other's copy, issue #3) except the one pair meant to be.
 */
const OWN: Readonly<Record<string, string>> = {
  ferry: "Ferries to the island will leave every forty minutes instead of every half hour, and the last crossing moves to ten past eleven.",
  buses: "Six night routes will stop at the cathedral again once the roadworks on the bridge are finished, the transport company said.",
  cafe: "Café owners may now place up to four tables on the pavement if they leave two metres free for prams and wheelchairs.",
  tram: "The extension adds three stops along the lake shore and is expected to carry nine thousand passengers a day by spring.",
  lodz: "Graduates of the film school include several directors whose work won prizes at festivals in Cannes, Berlin and Venice.",
};

/** The shared opening and closing paragraphs around an article's own paragraph. */
const paragraphs = (own: string): string[] => [PARAGRAPHS[0]!, OWN[own] ?? own, PARAGRAPHS[1]!];

/** Sources of the intentional near-duplicate pair: the wire copy repeats the ferry story under another headline. */
export const DUPLICATE_PAIR = { original: "2021-10-10-ferry-crlf.txt", copy: "wire/2021-10-12-ferry-copy.txt" } as const;

export async function makeArchive(): Promise<Archive> {
  const root = await makeTempDir("archive");
  const input = path.join(root, "archive");
  await cp(FIXTURE_ARCHIVE, input, { recursive: true });
  const put = async (source: string, bytes: Uint8Array | string): Promise<void> => {
    const file = path.join(input, source);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  };

  await put("2021-10-10-ferry-crlf.txt", ["Ferry timetable changes from Monday", "", ...paragraphs("ferry").flatMap((p) => [p, ""])].join("\r\n"));
  await put("2021-10-11-buses-cr.txt", ["Night buses return to the city centre", "", ...paragraphs("buses").flatMap((p) => [p, ""])].join("\r"));
  await put(DUPLICATE_PAIR.copy, article("Island ferries to run every forty minutes", "ferry"));
  await put("encodings/utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article("Café owners welcome new pavement rules", "cafe"), "utf8")]));
  await put("encodings/utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article("Zürich extends tram line to the lake", "tram"), "utf16le")]));
  await put("encodings/utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(article("Łódź film school celebrates its anniversary", "lodz"))]));
  await put("encodings/windows-1252.txt", windows1252());

  await put(".hidden.txt", article(`Hidden file ${HIDDEN_MARKER}`));
  await put(".git/x.txt", article(`Hidden folder ${HIDDEN_MARKER}`));
  await put("drafts/.private/note.txt", article(`Hidden nested folder ${HIDDEN_MARKER}`));

  await put("bad/empty.txt", "");
  await put("bad/blank.txt", "   \n\n \t \n\r\n   ");
  await put("bad/binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0x00, 0x10]));
  // Invalid UTF-8 (lone continuation bytes, a truncated sequence) mixed with C0 control characters but no NUL.
  await put("bad/undecodable.txt", Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xc3, 0x28, 0x80, 0xbf, 0x1b, 0x02, 0x07, 0xe2, 0x82, 0x1f, 0xfe, 0x0a]));
  await put("bad/notes.docx", Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.from(article("Notes for the editor"), "utf8")]));

  const outside = path.join(root, "outside");
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, "secret.txt"), article(`Secret outside ${OUTSIDE_MARKER}`));
  await symlink(path.join("..", "..", "outside", "secret.txt"), path.join(input, "bad", "leak.txt"));
  return { root, input };
}

function article(title: string, own: string = title): string {
  return [title, "", ...paragraphs(own)].join("\n\n") + "\n";
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const low = bytes[i]!;
    bytes[i] = bytes[i + 1]!;
    bytes[i + 1] = low;
  }
  return bytes;
}

/** Windows-1252 bytes: 0x93/0x94 curly double quotes, 0x92 right single quote, 0xE9 é, 0x80 €. */
function windows1252(): Buffer {
  const map: Record<string, number> = { "“": 0x93, "”": 0x94, "’": 0x92, é: 0xe9, "€": 0x80 };
  const text = [
    "Café prices rise by €2 as “crisis” deepens",
    "",
    "The owner of the café on the market square said the price of a coffee would rise by €2 from Monday, blaming what she called a “crisis” in the cost of beans and milk.",
    "",
    "“We held out as long as we could,” she said. “Our regulars understand, but it’s the tourists who will notice.” The café has been open since the 1950s.",
    "",
  ].join("\n");
  return Buffer.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}
