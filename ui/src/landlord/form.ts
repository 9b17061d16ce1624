// Form helpers shared by the landlord screens: ids for a field path, and
// the local check that a typed number is one (the core checks the rest).
import type { Lang } from "../bindings/Lang";
import type { Violation } from "../bindings/Violation";
import { t } from "../lib/i18n";
import { msg, parseNumber } from "../lib/landlord";

/** `owners[0].iin_bin` → `owners-0-iin_bin`, for element ids. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\[(\d+)\]\./g, "-$1-")}`;
}

/** The error to show for `path`: a local number problem first, then the core's. */
export function errorFor(
  lang: Lang,
  path: string,
  touched: Set<string>,
  violations: Record<string, Violation>,
  numbers: Record<string, string> = {},
): string | null {
  if (!touched.has(path)) return null;
  const typed = numbers[path];
  if (typed !== undefined && typed.trim() !== "" && Number.isNaN(parseNumber(typed))) {
    return t(lang, "landlord-bad-number", { found: typed });
  }
  const v = violations[path];
  return v ? msg(lang, v.message) : null;
}

/** A number for the core: a typed non-number becomes 0 (shown locally as an error). */
export function num(text: string): number {
  const n = parseNumber(text);
  return Number.isNaN(n) ? 0 : n;
}
