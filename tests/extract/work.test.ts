// The extractor's cost on the worst inputs we know (issue 14), measured deterministically:
// the extractor counts its steps (src/extract/work.ts), so these tests compare counts, not
// times. Times are the benchmark's business (scripts/bench-extract.ts).
import { describe, expect, it } from "vitest";
import seedArticle from "../../content/putin-offer-to-negotiate/article.txt?raw";
import { analyse } from "../../src/extract/analyse";
import { draftPositions } from "../../src/extract/draft";
import { TooComplex, WORK_PER_CHAR, Work } from "../../src/extract/work";
import { worstShapes } from "./shapes";

const KIB = 1024;

/** Steps per character that drafting `text` takes. */
function draftCost(text: string): number {
  const work = new Work();
  draftPositions(text, work);
  return work.steps / text.length;
}

/** How a cost behaves: per character against an ordinary article, and as the input doubles. */
function bounds(cost: (text: string) => number, shape: (bytes: number) => string, normal: number) {
  const small = cost(shape(16 * KIB));
  const large = cost(shape(32 * KIB));
  return { vsNormal: large / normal, doubling: (large * 2) / small };
}

const WITHIN = { vsNormal: 10, doubling: 2.5 };
const within = (b: { vsNormal: number; doubling: number }) => b.vsNormal <= WITHIN.vsNormal && b.doubling <= WITHIN.doubling;

describe("the extractor's work on the worst shapes", () => {
  const normal = draftCost(seedArticle);

  it("takes a few steps per character of an ordinary article", () => {
    expect(normal).toBeGreaterThan(1);
    // Under half the budget: marks, quotation pieces, names and new members are charged what
    // they cost later (src/extract/work.ts), which a short article of many people feels most.
    expect(normal).toBeLessThan(WORK_PER_CHAR / 2);
  });

  for (const { name } of worstShapes(KIB, seedArticle)) {
    it(`${name}: at most 10x an ordinary article's steps per character, and doubling the input at most doubles them (x2.5)`, () => {
      const shape = (bytes: number) => worstShapes(bytes, seedArticle).find((s) => s.name === name)!.text;
      const b = bounds(draftCost, shape, normal);
      expect(b.vsNormal).toBeLessThanOrEqual(WITHIN.vsNormal);
      expect(b.doubling).toBeLessThanOrEqual(WITHIN.doubling);
    });
  }

  it("fails a quadratic step counted the same way (negative control)", () => {
    // The check above, applied to the old way of telling quoted words: every word tested
    // against every quotation (quoteRanges.some), on the shape that made it quadratic.
    const quadratic = (text: string) => {
      const work = new Work();
      const a = analyse(text, work);
      const ranges = a.quotes.flatMap((q) => q.q.pieces);
      for (const w of a.words) ranges.some((r) => (work.add(), r.start < w.start && w.end <= r.end));
      return work.steps / text.length;
    };
    const shape = (bytes: number) => worstShapes(bytes, seedArticle).find((s) => s.name === "ok-one-paragraph")!.text;
    const b = bounds(quadratic, shape, normal);
    expect(within(b)).toBe(false);
    expect(b.doubling).toBeGreaterThan(WITHIN.doubling);
  });

  it("stops with TooComplex past its budget", () => {
    const text = worstShapes(8 * KIB, seedArticle)[0]!.text;
    expect(() => draftPositions(text, new Work(1000))).toThrow(TooComplex);
    expect(() => draftPositions(text, Work.forText(text.length))).not.toThrow();
  });
});
