import { describe, expect, it } from "vitest";
import { byField, msg, parseNumber } from "./landlord";

describe("the landlord screens' helpers", () => {
  it.each([
    ["45", 45],
    ["45,5", 45.5],
    ["1 250.75", 1250.75],
    ["", NaN],
    ["abc", NaN],
  ])("reads %j as a number", (text, n) => {
    expect(parseNumber(text)).toEqual(n);
  });

  it("puts a core message into words with its arguments", () => {
    const m = { id: "norm-glance", args: [["counted", 3], ["capacity", 4], ["per", 11.2]] as [string, number][] };
    expect(msg("en", m)).toBe("3 of 4 allowed, 11.2 m² per person");
    expect(msg("ru", m)).toContain("3 из 4");
  });

  it("keeps the first violation of each field", () => {
    const v = (path: string, code: string) => ({ path, code, message: { id: "v-required", args: [] } });
    const f = byField([v("city", "a"), v("city", "b"), v("owners[0].iin_bin", "c")]);
    expect(Object.keys(f)).toEqual(["city", "owners[0].iin_bin"]);
    expect(f.city!.code).toBe("a");
  });
});
