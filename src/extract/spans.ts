// Position indexes over an article, so that "which paragraph, sentence or word is at this
// offset" and "does any quotation cover this offset" take a binary search, not a rescan.
/** [start, end) offsets into an article. */
export interface Range {
  start: number;
  end: number;
}

/** The index of the last of `starts` (ascending) that is <= at, or -1. */
export function lastAtOrBefore(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The index of the first of `starts` (ascending) that is >= at; starts.length when none. */
export function firstAtOrAfter(starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where `at` goes in the ascending `offsets`, after any equal offset. Offsets mostly arrive in
 * text order, as a reader meets them, so the end is tried before a binary search.
 */
export function insertionIndex(offsets: ArrayLike<number>, at: number): number {
  const n = offsets.length;
  return n === 0 || offsets[n - 1]! <= at ? n : lastAtOrBefore(offsets, at) + 1;
}

/**
 * Inserts `value` at index `i` of `list`: a push when `i` is its end, as it mostly is (see
 * insertionIndex). A splice at every insert cost a few per cent of a draft of a long text of
 * quotations, and made each insert O(n) where it need not be.
 */
export function insertAt<T>(list: T[], i: number, value: T): void {
  if (i === list.length) list.push(value);
  else list.splice(i, 0, value);
}

/**
 * Ranges that may overlap or nest, asked which reach over an offset: sorted by start, with
 * the furthest end among each prefix, so "does a range that starts at or before x reach
 * past y" is one binary search.
 */
export class Reach {
  private readonly starts: number[];
  private readonly furthest: number[];

  constructor(ranges: Range[]) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    this.furthest = [];
    let max = -Infinity;
    for (const r of sorted) this.furthest.push((max = Math.max(max, r.end)));
  }

  /** The furthest end among ranges starting at or before `at`; -Infinity when none. */
  furthestEnd(at: number): number {
    const i = lastAtOrBefore(this.starts, at);
    return i < 0 ? -Infinity : this.furthest[i]!;
  }

  /**
   * For each of `ranges`, given in ascending order of start, whether a range starting at or before
   * its start reaches its end (furthestEnd(r.start) >= r.end): one walk over both, where a search
   * for each of an article's words was most of the asking.
   */
  coversEach(ranges: readonly Range[]): boolean[] {
    const out: boolean[] = [];
    let i = -1;
    for (const r of ranges) {
      while (i + 1 < this.starts.length && this.starts[i + 1]! <= r.start) i++;
      out.push(i >= 0 && this.furthest[i]! >= r.end);
    }
    return out;
  }
}
