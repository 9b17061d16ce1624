import { describe, expect, it } from "vitest";
import { KeyPager, pagesFor, visibleRows } from "./window";

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


/** A source of `n` numbered rows, paged by key (the last row's number). */
function source(n: number) {
  const asked: (number | null)[] = [];
  const fetch = async (after: number | null, limit: number) => {
    asked.push(after);
    const from = after === null ? 0 : after + 1;
    const rows = Array.from({ length: Math.max(0, Math.min(limit, n - from)) }, (_, k) => from + k);
    return { rows, next: rows.length === limit ? rows[rows.length - 1]! : null };
  };
  return { fetch, asked };
}

describe("KeyPager", () => {
  it("fetches a deep page after the pages before it, each once, by their keys", async () => {
    const s = source(1000);
    const pager = new KeyPager(s.fetch, 100);
    await pager.want([3]);
    expect(s.asked).toEqual([null, 99, 199, 299]);
    expect(pager.row(350)).toBe(350);
    await pager.want([2, 3]);
    expect(s.asked).toHaveLength(4);
  });

  it("asks the same page once while it is on its way", async () => {
    const s = source(1000);
    const pager = new KeyPager(s.fetch, 100);
    await Promise.all([pager.want([0, 1]), pager.want([1])]);
    expect(s.asked).toEqual([null, 99]);
  });

  it("stops at the last page", async () => {
    const s = source(250);
    const pager = new KeyPager(s.fetch, 100);
    await pager.want([5]);
    expect(s.asked).toEqual([null, 99, 199]);
    expect(pager.row(249)).toBe(249);
    expect(pager.row(250)).toBeUndefined();
  });

  it("jumps straight to a page when the source can seek", async () => {
    const asked: (number | null)[] = [];
    const fetch = async (after: number | null, limit: number) => {
      asked.push(after);
      const from = after ?? 0;
      return { rows: Array.from({ length: limit }, (_, k) => from + k), next: from + limit };
    };
    const pager = new KeyPager(fetch, 200, (page) => page * 200);
    await pager.want([499]);
    expect(asked).toEqual([99_800]);
    expect(pager.row(99_801)).toBe(99_801);
    expect(pager.row(0)).toBeUndefined();
  });

  it("tells when a page arrived", async () => {
    const s = source(300);
    let told = 0;
    const pager = new KeyPager(s.fetch, 100, undefined, () => told++);
    await pager.want([0, 1]);
    expect(told).toBe(2);
  });
});
