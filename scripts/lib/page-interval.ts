// How sure a figure on annotated pages is: a 95% interval by resampling whole pages (a
// percentile bootstrap). Pages, not quotations, are resampled because the quotations of one
// page share its style and its speakers, so they are not independent draws; an interval over
// quotations would be too narrow. The draws are seeded, so a run can be repeated exactly.
import { sumTallies, type Tally } from "./page-score";

/** Mulberry32: a small seeded generator, enough to draw page indexes. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 2.5th and 97.5th percentiles of `statistic` over `draws` resamples of the pages. */
export function pageInterval(pages: readonly Tally[], statistic: (t: Tally) => number, draws = 2000, seed = 1): [number, number] {
  if (pages.length === 0) throw new Error("pageInterval: no pages to resample");
  const random = seeded(seed);
  const values: number[] = [];
  const sample: Tally[] = new Array(pages.length);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < pages.length; i++) sample[i] = pages[Math.floor(random() * pages.length)]!;
    values.push(statistic(sumTallies(sample)));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(0.025 * (draws - 1))]!, values[Math.ceil(0.975 * (draws - 1))]!];
}
