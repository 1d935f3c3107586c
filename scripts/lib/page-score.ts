// Scores extracted quotations against pages annotated by hand (`npm run eval:pages`). The pages
// are third-party news text and stay outside the repository; this is only the matching rule.
//
// A set is a folder: pages/NN.txt, the page's text, and gold.json, each page's quotations in
// order: {"NN.txt": [{"quote": the words between the marks, "speaker": a name or null,
// "mixed": true when the words sit inside a reported clause}]}. Quotations match as
// ../shared/eval/score_quotes.py matches them (each covers 0.8 of the other, marks and spaces
// trimmed). A speaker is judged by name, a stricter test than the shared scorer's, which also
// accepts an overlapping mention (`he`, `the premier`).
import * as z from "zod";

export const PageGold = z.record(
  z.string().regex(/\.txt$/),
  z.array(z.strictObject({ quote: z.string().min(1), speaker: z.string().min(1).nullable(), mixed: z.boolean().optional() })),
);
export type PageGold = z.infer<typeof PageGold>;

/** What the extractor gives for one quotation: where its words are, and whom it names. */
export interface Predicted {
  start: number;
  end: number;
  speaker: string | null;
}

export interface Tally {
  /** Gold quotations counted, and how many of them a prediction matched. */
  gold: number;
  found: number;
  /** Predictions counted, and how many matched no gold quotation. */
  predicted: number;
  falsePositives: number;
  /** Matched quotations whose speaker is right, of all matched, and of those whose gold names someone. */
  speakerRight: number;
  named: number;
  namedRight: number;
  errors: string[];
}

export const emptyTally = (): Tally => ({
  gold: 0,
  found: 0,
  predicted: 0,
  falsePositives: 0,
  speakerRight: 0,
  named: 0,
  namedRight: 0,
  errors: [],
});

/** The counts a tally adds up (its errors are lines to print, not counts). */
const COUNTS = ["gold", "found", "predicted", "falsePositives", "speakerRight", "named", "namedRight"] as const;

/** The sum of pages' tallies, counts only. */
export function sumTallies(pages: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const t of pages) for (const k of COUNTS) total[k] += t[k];
  return total;
}

const MIN_OVERLAP = 0.8;
const EDGE = /[\s"“”‘’'.,;:!?]/;

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return [s, e];
}

const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const nameKey = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The same person or body by name: equal, one inside the other (`Toronto police`, `Toronto Police Service`), or the same surname. */
export function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const p = nameKey(predicted);
  const g = nameKey(gold);
  if (!p || !g) return false;
  return p === g || p.includes(g) || g.includes(p) || p.split(" ").at(-1) === g.split(" ").at(-1);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where gold words sit in a page, from `from` on: the first place they stand as whole words
 * (`confidence` the word, not inside `non-confidence`), else the first place at all; -1 if none.
 */
function locate(text: string, words: string, from: number): number {
  const opensWord = WORD.test(words[0]!);
  const closesWord = WORD.test(words.at(-1)!);
  const whole = (at: number) => !(opensWord && WORD.test(text[at - 1] ?? "")) && !(closesWord && WORD.test(text[at + words.length] ?? ""));
  let first = -1;
  for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
    if (whole(at)) return at;
    if (first < 0) first = at;
  }
  return first;
}

/**
 * Adds one page to the tally. With `openingOnly`, mixed quotations count neither way, as in the
 * shared scorer, whose direct quotations open with their mark. A page cut off inside a quotation
 * (a stored excerpt) leaves that quotation out: the cut, not the extractor, ends it.
 */
export function scorePage(
  name: string,
  text: string,
  gold: PageGold[string],
  predicted: Predicted[],
  tally: Tally,
  openingOnly = false,
): void {
  // Gold lists a page's quotations in order, so each is looked for after the one before it: the
  // same words quoted twice are the successive occurrences, and words a headline left out of the
  // gold carries first (`‘an honour’` above the body's “an honour”) are not taken for the body's.
  // A quotation nested in the one before (listed after it) is found inside it, when not after it.
  let after = 0;
  let inside = 0;
  const golds = gold.map((q) => {
    let at = locate(text, q.quote, after);
    if (at < 0) at = locate(text, q.quote, inside);
    if (at < 0) throw new Error(`${name}: gold quote not in the page: ${q.quote.slice(0, 60)}`);
    after = at + q.quote.length;
    inside = at + 1;
    return { ...q, span: trimmed(text, at, at + q.quote.length) };
  });
  const cut = text.trimEnd().length;
  const closed = /[”"’']\s*$/.test(text);
  const preds = predicted.filter((p) => closed || p.end < cut - 1).map((p) => ({ ...p, span: trimmed(text, p.start, p.end) }));
  const matchOf = new Map<number, number>();
  const matched = new Set<number>();
  golds.forEach((g, gi) => {
    const gl = g.span[1] - g.span[0];
    const pi = preds.findIndex((p, i) => {
      const pl = p.span[1] - p.span[0];
      const o = overlap(p.span, g.span);
      return !matched.has(i) && gl > 0 && pl > 0 && o / gl >= MIN_OVERLAP && o / pl >= MIN_OVERLAP;
    });
    if (pi >= 0) {
      matched.add(pi);
      matchOf.set(pi, gi);
    }
  });
  const goldOfPrediction = new Map([...matchOf].map(([pi, gi]) => [gi, pi]));
  golds.forEach((g, gi) => {
    if (openingOnly && g.mixed) return;
    tally.gold++;
    const pi = goldOfPrediction.get(gi);
    if (pi === undefined) {
      tally.errors.push(`${name} MISSED «${g.quote.slice(0, 90)}» (${g.speaker})`);
      return;
    }
    tally.found++;
    const right = sameSpeaker(preds[pi]!.speaker, g.speaker);
    if (right) tally.speakerRight++;
    if (g.speaker !== null) {
      tally.named++;
      if (right) tally.namedRight++;
    }
    if (!right) tally.errors.push(`${name} SPEAKER «${g.quote.slice(0, 70)}» gold=${g.speaker} got=${preds[pi]!.speaker}`);
  });
  preds.forEach((p, pi) => {
    const gi = matchOf.get(pi);
    if (gi !== undefined) {
      if (!(openingOnly && golds[gi]!.mixed)) tally.predicted++;
      return;
    }
    // Under --opening-only a prediction over a mixed quotation is neither right nor wrong.
    if (openingOnly && golds.some((g) => g.mixed && overlap(p.span, g.span) > 0)) return;
    tally.predicted++;
    tally.falsePositives++;
    tally.errors.push(`${name} FALSE «${text.slice(p.start, p.end).slice(0, 90)}» (${p.speaker})`);
  });
}

const precision = (t: Tally) => (t.predicted - t.falsePositives) / (t.predicted || 1);
const recall = (t: Tally) => t.found / (t.gold || 1);

/** Quote F1: the harmonic mean of the tally's precision and recall. */
export function quoteF1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return (2 * p * r) / (p + r || 1);
}

/** Speaker accuracy on matched quotations whose gold names a speaker. */
export function namedSpeakerAccuracy(t: Tally): number {
  return t.namedRight / (t.named || 1);
}

/** One line of figures: quote F1 (P / R), speakers right of matched, and of those the gold names. */
export function summary(label: string, t: Tally): string {
  const p = precision(t);
  const r = recall(t);
  const f1 = quoteF1(t);
  const named = namedSpeakerAccuracy(t);
  return `${label}: quote F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; gold ${t.gold}, predicted ${t.predicted}) speaker ${t.speakerRight}/${t.found}, gold names a speaker ${t.namedRight}/${t.named} (${named.toFixed(3)})`;
}
