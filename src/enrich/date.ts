// Finds an article's date: front matter, else a YYYY-MM-DD in the file name, else a YYYY/MM/DD or
// YYYY/MM folder path. Never file times: an article with none of these is undated.
import type { ArticleDate } from "../types.ts";

export interface DateFinding {
  date: ArticleDate | null;
  warnings: string[];
}

const FRONT_MATTER = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;
const IN_NAME = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function isCalendarDate(year: number, month: number, day = 1): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

function dayDate(year: number, month: number, day: number, from: ArticleDate["from"]): ArticleDate {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { iso, day: iso, precision: "day", from };
}

function monthDate(year: number, month: number, from: ArticleDate["from"]): ArticleDate {
  return { iso: `${year}-${pad(month)}`, day: `${year}-${pad(month)}-01`, precision: "month", from };
}

/** Parses a front matter date; null when it is not one. */
export function parseFrontMatterDate(value: string): ArticleDate | null {
  const m = FRONT_MATTER.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (!isCalendarDate(year, month, day)) return null;
  if (day === undefined) return monthDate(year, month, "front-matter");
  if (m[4] === undefined) return dayDate(year, month, day, "front-matter");
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = m[7] === undefined ? "" : m[7] === "Z" ? "Z" : m[7].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const iso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
  return { iso, day: iso.slice(0, 10), precision: "time", from: "front-matter" };
}

/** Date from the source path: file name first, then the deepest YYYY/MM(/DD) folders. */
export function dateFromPath(source: string): ArticleDate | null {
  const parts = source.split("/");
  const name = parts.pop() ?? "";
  const m = IN_NAME.exec(name);
  if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return dayDate(Number(m[1]), Number(m[2]), Number(m[3]), "file-name");
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const [y, mo, d] = [parts[i], parts[i + 1], parts[i + 2]];
    if (!/^\d{4}$/.test(y ?? "") || !/^\d{2}$/.test(mo ?? "")) continue;
    if (d !== undefined && /^\d{2}$/.test(d) && isCalendarDate(Number(y), Number(mo), Number(d))) {
      return dayDate(Number(y), Number(mo), Number(d), "folder");
    }
    if (isCalendarDate(Number(y), Number(mo))) return monthDate(Number(y), Number(mo), "folder");
  }
  return null;
}

export function findDate(source: string, frontMatterDate: string | undefined): DateFinding {
  const warnings: string[] = [];
  if (frontMatterDate !== undefined) {
    const date = parseFrontMatterDate(frontMatterDate);
    if (date) return { date, warnings };
    warnings.push(`front matter "date" ${JSON.stringify(frontMatterDate)} is not a date; write it as YYYY-MM-DD`);
  }
  return { date: dateFromPath(source), warnings };
}
