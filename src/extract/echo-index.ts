// The body's quotations as a heading's echo reads them (lendEchoedSpeakers): each one's text in
// lower case and its words, read when an echo first needs them, and, once the echoes have
// scanned more quotations than a linear allowance, which quotations hold each word, so that
// an echo reads only the quotations holding its rarest word. An echo is found only in a
// quotation holding every one of its words, so those holding any one of them are all it needs
// to read; a text of many echoes and many quotations then costs about their sum, not their
// product, while an article's echo or two scans its few dozen quotations as cheaply as ever.
import { CONTRACTED_VERBS } from "./lexicon";
import { rx } from "./unicode-regexps";
import type { Work } from "./work";

export const WORD_RUN = rx.gu`[\p{L}\p{N}]+`;

/**
 * A text's words in lower case, contractions spelled out (`we’re` as `we are`), with a space at
 * each end, so that one echo's words are found in another's by `includes` as whole words.
 */
export function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(WORD_RUN) ?? []).map(spelledOut).join(" ")} `;
}

/**
 * A word with a contraction's tail spelled out where it is certain (`re` of `we’re` → `are`,
 * CONTRACTED_VERBS), so that `‘We’re ready’` echoes `“We are ready …”`.
 */
function spelledOut(word: string): string {
  return CONTRACTED_VERBS.get(word) || word;
}

/**
 * How many quotations, for each quotation of the text, the echoes may scan one by one before
 * the index is built: an article's few echoes each scan all the quotations below them more
 * cheaply than indexing them, and the allowance keeps the scanning linear in the quotations.
 */
const SCANS_PER_QUOTATION = 8;

/**
 * How many of the quotations holding its rarest word an echo reads once the index is built:
 * the nearest below it. In a text whose every quotation holds every word of the echoes, out of
 * order (`“Spring again sail will ferries harbour the”` over `“The harbour ferries will sail
 * again in spring”`), the rarest word's list is the whole body, and each echo reading all of it
 * made the search grow with echoes times quotations. A body quotes a heading's words again
 * near the top, so the nearest holders are where an echo is found; and the index is built only
 * for a text of very many echoes and quotations, past what an article holds.
 */
const HOLDERS_READ = 32;

export class BodyQuotations {
  private readonly lowers: string[] = [];
  private readonly words: string[] = [];
  private readonly splits: string[][] = [];
  /** For each word (wordsOf's form), the quotations holding it, in text order: built once, when the scans' allowance is spent. */
  private holders: Map<string, number[]> | undefined;
  private scanned = 0;

  /** `texts`: the quotations' texts, charged by the caller (see charged). */
  constructor(
    private readonly texts: readonly string[],
    private readonly work: Work,
  ) {}

  /** The index over `texts`, each charged to `work` by its length, as building them read it. */
  static charged(texts: readonly string[], work: Work): BodyQuotations {
    for (const text of texts) work.add(text.length);
    return new BodyQuotations(texts, work);
  }

  /** Quotation k's text. */
  text(k: number): string {
    return this.texts[k]!;
  }

  /** Quotation k's text in lower case. */
  lower(k: number): string {
    this.lowers[k] ??= this.texts[k]!.toLowerCase();
    return this.lowers[k]!;
  }

  /** Quotation k's words as wordsOf gives them. */
  wordsOf(k: number): string {
    this.words[k] ??= wordsOf(this.lower(k));
    return this.words[k]!;
  }

  /** Quotation k's words as a list, split once and charged then: each echo tried against it reads the list, never the text again. */
  split(k: number): string[] {
    if (!this.splits[k]) {
      this.work.add(this.wordsOf(k).length);
      this.splits[k] = this.wordsOf(k).split(" ");
    }
    return this.splits[k]!;
  }

  /**
   * The quotations from `from` on that an echo of `echoWords` (wordsOf's form, split) must read,
   * in text order: all of them while the scans stay within their allowance, then only the first
   * HOLDERS_READ of those holding the echo's word the fewest hold.
   */
  toRead(echoWords: readonly string[], from: number): readonly number[] {
    const n = this.texts.length;
    if (!this.holders && this.scanned + n - from <= SCANS_PER_QUOTATION * n) {
      this.scanned += n - from;
      const all: number[] = [];
      for (let k = from; k < n; k++) all.push(k);
      return all;
    }
    this.holders ??= this.index();
    this.work.add(echoWords.length);
    let rarest: readonly number[] | undefined;
    for (const w of echoWords) {
      if (w === "") continue;
      const list = this.holders.get(w) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const start = firstAtLeast(rarest ?? [], from);
    const read = (rarest ?? []).slice(start, start + HOLDERS_READ);
    this.work.add(read.length);
    return read;
  }

  /** Which quotations hold each word: every quotation's words read once. */
  private index(): Map<string, number[]> {
    const holders = new Map<string, number[]>();
    for (let k = 0; k < this.texts.length; k++) {
      const words = this.lower(k).match(WORD_RUN) ?? [];
      this.work.add(words.length);
      for (const word of words) {
        const w = spelledOut(word);
        let list = holders.get(w);
        if (!list) {
          list = [];
          holders.set(w, list);
        }
        if (list.at(-1) !== k) list.push(k);
      }
    }
    return holders;
  }
}

/** The first position in an increasing list whose value is at least `k` (the list's length if none): a binary search. */
function firstAtLeast(list: readonly number[], k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
