// The pages' intervals (scripts/lib/page-interval.ts): a resample of whole pages must carry the
// spread between pages, shrink as pages are added, and repeat exactly from its seed.
import { describe, expect, it } from "vitest";
import { pageInterval } from "../../scripts/lib/page-interval";
import { emptyTally, namedSpeakerAccuracy, quoteF1, sumTallies, type Tally } from "../../scripts/lib/page-score";

/** A page of `named` quotations whose gold names a speaker, `right` of them attributed rightly. */
const page = (named: number, right: number): Tally => ({
  ...emptyTally(),
  gold: named,
  found: named,
  predicted: named,
  speakerRight: right,
  named,
  namedRight: right,
});
/** `n` pages, half with every speaker right and half with none. */
const split = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? page(4, 0) : page(4, 4)));
const width = ([low, high]: [number, number]) => high - low;

describe("95% intervals by resampling pages", () => {
  it("sums the pages' counts", () => {
    expect(sumTallies([page(4, 3), page(2, 1)])).toMatchObject({ gold: 6, found: 6, named: 6, namedRight: 4 });
  });

  it("is a single point when every page is the same", () => {
    expect(pageInterval([page(4, 3), page(4, 3), page(4, 3)], namedSpeakerAccuracy)).toEqual([0.75, 0.75]);
    expect(pageInterval([page(4, 3), page(4, 3)], quoteF1)).toEqual([1, 1]);
  });

  it("spreads when pages differ, holds the figure, and narrows as pages are added", () => {
    const few = pageInterval(split(8), namedSpeakerAccuracy);
    const many = pageInterval(split(200), namedSpeakerAccuracy);
    expect(namedSpeakerAccuracy(sumTallies(split(200)))).toBe(0.5);
    for (const [low, high] of [few, many]) {
      expect(low).toBeLessThan(0.5);
      expect(high).toBeGreaterThan(0.5);
    }
    // Negative control: the same 800 quotations on 200 pages give a far narrower interval than
    // on 8 pages of 100 quotations each, though the quotations' own tally is the same.
    const heavy = Array.from({ length: 8 }, (_, i) => (i % 2 ? page(100, 0) : page(100, 100)));
    expect(width(pageInterval(heavy, namedSpeakerAccuracy))).toBeGreaterThan(3 * width(many));
    expect(width(few)).toBeGreaterThan(2 * width(many));
  });

  it("repeats exactly from its seed, and draws differently from another", () => {
    const pages = [page(4, 1), page(3, 3), page(5, 2), page(2, 0), page(6, 6)];
    expect(pageInterval(pages, namedSpeakerAccuracy, 500, 7)).toEqual(pageInterval(pages, namedSpeakerAccuracy, 500, 7));
    // One draw a seed is one resample: were the seed ignored (or the draws not random), twenty
    // seeds would give one value.
    const single = new Set(Array.from({ length: 20 }, (_, seed) => pageInterval(pages, namedSpeakerAccuracy, 1, seed)[0]));
    expect(single.size).toBeGreaterThan(1);
  });

  it("refuses to resample no pages", () => {
    expect(() => pageInterval([], quoteF1)).toThrow(/no pages/);
  });
});
