// A day as people type and read it: the rule of the core's
// `typed_day` module (crates/jalga-domain/src/typed_day.rs), run against
// the same case table (crates/jalga-core/tests/cases/typed-days.tsv) by
// dates.test.ts. Day first in every language: 05.02.2026 in kk and ru,
// 05/02/2026 in en; typed with `.` or `/`, or as the stored 2026-02-05.
import type { Lang } from "../bindings/Lang";

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export type TypedDayError = "shape" | "no-such-day" | "out-of-range";

export function separator(lang: Lang): string {
  return lang === "en" ? "/" : ".";
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** The stored `YYYY-MM-DD` shown in `lang`; anything else as it is. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const sep = separator(lang);
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

const num = (s: string, maxLen: number) =>
  s.length > 0 && s.length <= maxLen && /^\d+$/.test(s) ? Number(s) : null;

/** A typed day as the stored `YYYY-MM-DD`, or why not. */
export function parseTypedDay(typed: string): { ok: string } | { err: TypedDayError } {
  const s = typed.trim();
  let y: number | null, m: number | null, d: number | null;
  const sep = [".", "/"].find((c) => s.includes(c));
  if (sep) {
    const parts = s.split(sep);
    if (parts.length !== 3 || parts[2]!.length !== 4) return { err: "shape" };
    [d, m, y] = [num(parts[0]!, 2), num(parts[1]!, 2), num(parts[2]!, 4)];
  } else {
    const parts = s.split("-");
    if (parts.length !== 3 || parts[0]!.length !== 4 || parts[1]!.length !== 2 || parts[2]!.length !== 2) {
      return { err: "shape" };
    }
    [y, m, d] = [num(parts[0]!, 4), num(parts[1]!, 2), num(parts[2]!, 2)];
  }
  if (y === null || m === null || d === null) return { err: "shape" };
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (m < 1 || m > 12 || d < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { err: "no-such-day" };
  }
  if (y < FIRST_YEAR || y > LAST_YEAR) return { err: "out-of-range" };
  return { ok: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` };
}

/** Whether `s` is a stored day (what a form sends to the core). */
export function isStoredDay(s: string): boolean {
  const r = parseTypedDay(s);
  return "ok" in r && r.ok === s.trim();
}

/** The pattern a person is asked to type, in `lang`'s own letters. */
export function dayPattern(lang: Lang): string {
  return { kk: "КК.АА.ЖЖЖЖ", ru: "ДД.ММ.ГГГГ", en: "DD/MM/YYYY" }[lang];
}

/** Why `typed` is not a day, in `lang`; null when it is one (or empty). */
export function dayProblem(lang: Lang, typed: string, t: (l: Lang, id: string, a?: Record<string, string>) => string): string | null {
  const found = typed.trim();
  if (found === "") return null;
  const r = parseTypedDay(found);
  if ("ok" in r) return null;
  if (r.err === "no-such-day") return t(lang, "date-no-such-day", { found });
  if (r.err === "out-of-range") {
    return t(lang, "date-out-of-range", { found, first: String(FIRST_YEAR), last: String(LAST_YEAR) });
  }
  return t(lang, "date-bad-shape", { found, pattern: dayPattern(lang) });
}
