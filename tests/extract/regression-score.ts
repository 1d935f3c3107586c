// Scores the extractor on the regression corpus, kind by kind: quotes by their words,
// speakers by name, content ends where a case gives one.
import { type ExtractedQuote, extractQuotes } from "../../src/extract";
import type { ErrorKind, RegressionCase } from "./regressions";

export interface KindScore {
  predicted: number;
  expected: number;
  /** Predicted quotes that are an expected one (words, speaker and, where given, content end). */
  right: number;
  precision: number;
  recall: number;
  /** What went wrong, one line per miss or false quote, to show when a check fails. */
  errors: string[];
}

type Extract = (text: string) => ExtractedQuote[];

function matches(text: string, q: ExtractedQuote, e: RegressionCase["quotes"][number]): boolean {
  if (q.text !== e.text || q.speaker !== e.speaker) return false;
  return e.endsWith === undefined || text.slice(q.content.start, q.content.end).endsWith(e.endsWith);
}

export function scoreByKind(cases: RegressionCase[], extract: Extract = extractQuotes): Map<ErrorKind, KindScore> {
  const scores = new Map<ErrorKind, KindScore>();
  for (const c of cases) {
    const s = scores.get(c.kind) ?? { predicted: 0, expected: 0, right: 0, precision: 1, recall: 1, errors: [] };
    const got = extract(c.text);
    const unmatched = [...c.quotes];
    for (const q of got) {
      const i = unmatched.findIndex((e) => matches(c.text, q, e));
      if (i >= 0) {
        unmatched.splice(i, 1);
        s.right++;
      } else
        s.errors.push(
          `false or wrong: ${JSON.stringify([q.text, q.speaker, c.text.slice(q.content.start, q.content.end)])} in ${JSON.stringify(c.text)}`,
        );
    }
    for (const e of unmatched) s.errors.push(`missed: ${JSON.stringify(e)} in ${JSON.stringify(c.text)}`);
    s.predicted += got.length;
    s.expected += c.quotes.length;
    s.precision = s.predicted ? s.right / s.predicted : 1;
    s.recall = s.expected ? s.right / s.expected : 1;
    scores.set(c.kind, s);
  }
  return scores;
}
