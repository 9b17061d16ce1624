import { describe, expect, it } from "vitest";
import { pagesFor, visibleRows } from "./window";

describe("visibleRows", () => {
  const cases: [number, number, number, number, number, { start: number; end: number }][] = [
    // scrollTop, height, rowHeight, total, overscan, expected
    [0, 320, 32, 100_000, 10, { start: 0, end: 20 }],
    [3200, 320, 32, 100_000, 10, { start: 90, end: 120 }],
    [32 * 99_995, 320, 32, 100_000, 10, { start: 99_985, end: 100_000 }],
    [0, 320, 32, 3, 10, { start: 0, end: 3 }],
    [0, 320, 32, 0, 10, { start: 0, end: 0 }],
    [-50, 320, 32, 50, 0, { start: 0, end: 10 }],
  ];
  it.each(cases)("scrollTop %d height %d row %d of %d (overscan %d)", (top, h, row, total, over, want) => {
    expect(visibleRows(top, h, row, total, over)).toEqual(want);
  });
});

describe("pagesFor", () => {
  it.each([
    [{ start: 0, end: 20 }, 200, [0]],
    [{ start: 190, end: 230 }, 200, [0, 1]],
    [{ start: 400, end: 400 }, 200, []],
    [{ start: 99_985, end: 100_000 }, 200, [499]],
  ])("%o in pages of %d", (w, size, want) => {
    expect(pagesFor(w, size)).toEqual(want);
  });
});

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
