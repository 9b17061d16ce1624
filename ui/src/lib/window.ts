// The arithmetic of the windowed list (components/WindowedList.svelte): which
// rows a scroll position shows, which pages cover them, and fetching pages by
// key as the core pages its lists. Kept apart from the component so it can
// be unit-tested.

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

/** One page of a list paged by key: its rows, and the key the page after it
 *  starts after (null after the last). */
export interface Page<T, K> {
  rows: T[];
  next: K | null;
}

/** The pages of a list fetched by key, as the core pages its lists: page
 *  `p` starts after the key page `p - 1` ended with, so pages are fetched in
 *  order, each once. A source that can compute a page's key (`seek`, e.g.
 *  an offset into an in-memory list) is fetched at any page directly. */
export class KeyPager<T, K> {
  private readonly pages = new Map<number, T[]>();
  /** The key page `p` starts after; page 0 starts at the first row. */
  private readonly keys = new Map<number, K | null>([[0, null]]);
  private readonly inflight = new Map<number, Promise<void>>();
  /** The first page past the end, once the last page has been read. */
  private end = Infinity;

  constructor(
    private readonly fetch: (after: K | null, limit: number) => Promise<Page<T, K>>,
    readonly pageSize: number,
    private readonly seek?: (page: number) => K | null,
    private readonly onpage?: () => void,
  ) {}

  /** Row `i`, if its page has arrived. */
  row(i: number): T | undefined {
    return this.pages.get(Math.floor(i / this.pageSize))?.[i % this.pageSize];
  }

  /** Fetches the pages `wanted` (and, paging by key, those before them). */
  async want(wanted: number[]): Promise<void> {
    await Promise.all(wanted.map((p) => this.load(p)));
  }

  private load(p: number): Promise<void> {
    if (p >= this.end || this.pages.has(p)) return Promise.resolve();
    const running = this.inflight.get(p);
    if (running) return running;
    const job = (async () => {
      if (this.seek) {
        this.keys.set(p, this.seek(p));
      } else if (!this.keys.has(p)) {
        await this.load(p - 1);
        if (p >= this.end || !this.keys.has(p)) return;
      }
      const page = await this.fetch(this.keys.get(p) ?? null, this.pageSize);
      this.pages.set(p, page.rows);
      if (page.next === null || page.rows.length < this.pageSize) this.end = Math.min(this.end, p + 1);
      else this.keys.set(p + 1, page.next);
      this.onpage?.();
    })();
    this.inflight.set(p, job);
    return job.finally(() => this.inflight.delete(p));
  }
}
