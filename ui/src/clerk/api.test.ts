import { describe, expect, it } from "vitest";
import { monthsBack } from "./api";

describe("monthsBack", () => {
  it.each([
    ["2026-11-22", 23, "2024-12-01"],
    ["2026-01-05", 1, "2025-12-01"],
    ["2026-03-31", 0, "2026-03-01"],
  ])("%s minus %d months", (iso, n, want) => {
    expect(monthsBack(iso, n)).toBe(want);
  });
});
