// The arithmetic of a virtualized list: which rows a scroll position shows,
// and which pages of rows must be fetched for them. Kept apart from the
// component so it can be unit-tested.

export interface RowWindow {
  /** First row index rendered. */
  start: number;
  /** One past the last row index rendered. */
  end: number;
}

/** Rows visible at `scrollTop` in a viewport of `height`, plus `overscan` on each side. */
export function visibleRows(
  scrollTop: number,
  height: number,
  rowHeight: number,
  total: number,
  overscan = 10,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(height / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start, end) };
}

/** The page numbers (of `pageSize` rows) that cover rows `start..end`. */
export function pagesFor(w: RowWindow, pageSize: number): number[] {
  if (w.end <= w.start) return [];
  const first = Math.floor(w.start / pageSize);
  const last = Math.floor((w.end - 1) / pageSize);
  const out: number[] = [];
  for (let p = first; p <= last; p++) out.push(p);
  return out;
}
