// Which quotations hold a word: each quotation's words filed once per text, so that a
// heading's echo reads only the body's quotations that hold its rarest word (lendEchoedSpeakers)
// instead of every quotation below it, and a text of many echoes and many quotations costs
// about their sum, not their product. An echo is found only in a quotation holding every one
// of its words, so the quotations holding any one of them are all it needs to read.
import type { Work } from "./work";

export class WordHolders {
  private readonly holders = new Map<string, number[]>();

  /** Files quotation `k`'s words (wordsOf's form, split), called in increasing order of `k`. */
  add(k: number, words: readonly string[], work: Work): void {
    work.add(words.length);
    for (const w of words) {
      if (w === "") continue;
      let list = this.holders.get(w);
      if (!list) {
        list = [];
        this.holders.set(w, list);
      }
      if (list.at(-1) !== k) list.push(k);
    }
  }

  /**
   * The quotations, in text order, holding the one of `words` that the fewest hold (none when
   * one is held by none): every quotation holding all of them is among these.
   */
  holdingRarest(words: readonly string[], work: Work): readonly number[] {
    work.add(words.length);
    let rarest: readonly number[] | undefined;
    for (const w of words) {
      if (w === "") continue;
      const list = this.holders.get(w) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? [];
  }
}

/** The first position in an increasing list whose value is at least `k` (the list's length if none): a binary search. */
export function firstAtLeast(list: readonly number[], k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
