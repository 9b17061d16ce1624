import { describe, expect, it } from "vitest";
import table from "../../../crates/jalga-core/tests/cases/typed-days.tsv?raw";
import { formatDay, isStoredDay, parseTypedDay } from "./dates";
import type { Lang } from "../bindings/Lang";

// The core's case table: the field and the core read a typed day alike.
const rows = table
  .split("\n")
  .filter((l) => l !== "" && !l.startsWith("#"))
  .map((l) => l.split("\t"));

describe("a typed day, as the core's typed_day reads it", () => {
  it("runs the whole table", () => expect(rows.length).toBeGreaterThanOrEqual(20));

  it.each(rows.map((r) => [r[0]!, r[1]!, r.slice(2)] as const))("%j gives %s", (typed, want, shown) => {
    const got = parseTypedDay(typed);
    if (/^\d{4}-/.test(want)) {
      expect(got).toEqual({ ok: want });
      (["kk", "ru", "en"] as Lang[]).forEach((lang, i) => {
        expect(formatDay(want, lang)).toBe(shown[i]);
        expect(parseTypedDay(shown[i]!)).toEqual({ ok: want });
      });
      expect(isStoredDay(want)).toBe(true);
    } else {
      expect(got).toEqual({ err: want });
    }
  });
});
