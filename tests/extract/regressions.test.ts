// The regression corpus of issue 15, kind by kind: every kind of error keeps precision
// and recall at 1 on its own short texts, so a rule that breaks another kind fails here.
import { describe, expect, it } from "vitest";
import type { ExtractedQuote } from "../../src/extract";
import { scoreByKind } from "./regression-score";
import { type ErrorKind, REGRESSIONS } from "./regressions";

const KINDS: ErrorKind[] = [
  "scare quotes and lists",
  "furniture",
  "doubled marks",
  "boundaries",
  "pronoun to non-person",
  "affiliation",
  "speaker named after the quote",
  "organisation continuation",
  "introduced by a colon",
  "speech verb in another tense",
  "person named since the last speaker",
  "speaker introduced before the quote",
  "surname shared by two people",
  "partial quote in a reported clause",
  "description of a named person",
  "document for its issuer",
  "subject of the clause",
  "pronoun resolved wrongly",
  "title inside the attribution",
  "unnamed person",
];

/** The naive reading: every double-quoted span is speech, said by the next capitalised words. */
function everyQuotedSpan(text: string): ExtractedQuote[] {
  return [...text.matchAll(/[“"]([^”"\n]+)[”"]\s*([A-Z][a-z]+(?: [A-Z][a-z]+)*)?/g)].map((m, group) => {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    return {
      start,
      end,
      text: m[1]!,
      content: { start, end },
      source: null,
      speaker: m[2] ?? null,
      actor: null,
      group,
      saidTo: null,
      saidIn: null,
    };
  });
}

describe("regression corpus (issue 15)", () => {
  const scores = scoreByKind(REGRESSIONS);

  it("has texts for every kind of error", () => {
    expect([...scores.keys()].sort()).toEqual([...KINDS].sort());
  });

  for (const kind of KINDS) {
    it(`${kind}: precision and recall 1`, () => {
      const s = scores.get(kind)!;
      expect(s.errors).toEqual([]);
      expect(s.precision).toBe(1);
      expect(s.recall).toBe(1);
    });
  }

  describe("negative controls: each check can fail", () => {
    it("an extractor that finds nothing loses recall on every kind with quotes", () => {
      const none = scoreByKind(REGRESSIONS, () => []);
      for (const kind of KINDS.filter((k) => REGRESSIONS.some((c) => c.kind === k && c.quotes.length > 0))) {
        expect(none.get(kind)!.recall, kind).toBe(0);
      }
    });

    it("taking every quoted span as speech loses precision on scare quotes, lists and furniture", () => {
      const naive = scoreByKind(REGRESSIONS, everyQuotedSpan);
      expect(naive.get("scare quotes and lists")!.precision).toBeLessThan(0.5);
      expect(naive.get("furniture")!.precision).toBeLessThan(1);
    });

    it("a wrong speaker in the expectations fails precision and recall", () => {
      const wrong = REGRESSIONS.filter((c) => c.kind === "affiliation").map((c) => ({
        ...c,
        quotes: c.quotes.map((q) => ({ ...q, speaker: "Fraser Institute" })),
      }));
      const s = scoreByKind(wrong).get("affiliation")!;
      expect(s.precision).toBe(0);
      expect(s.recall).toBe(0);
    });

    it("a content end the extractor does not give fails the boundary check", () => {
      const wrong = REGRESSIONS.filter((c) => c.kind === "boundaries").map((c) => ({
        ...c,
        quotes: c.quotes.map((q) => (q.endsWith ? { ...q, endsWith: "agreed with her" } : q)),
      }));
      expect(scoreByKind(wrong).get("boundaries")!.recall).toBeLessThan(1);
    });
  });
});
