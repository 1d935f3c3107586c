// A count of the extractor's steps, so that an article cannot make it run on: every loop
// whose length depends on the input adds what it visits, and past the limit the analysis
// stops with TooComplex. The count is deterministic, so tests can compare shapes by it.

/**
 * Steps allowed per character of text. Ordinary news prose takes about 10 per character
 * (12 for the seed article, short and full of people), no PolNeAR article more than 24, and
 * shapes made of quotation marks, quotations or new names 30 to 90, which the charges below
 * make them pay before the work (tests/extract/shapes.ts, measured by
 * tests/extract/work.test.ts). Past it a draft stops rather than run on. With the floor,
 * a 200 KiB text may take about 35 per character.
 */
export const WORK_PER_CHAR = 30;
/**
 * What a quotation piece, a name, each word of a name and each new member of the cast
 * cost after they are found, in steps: classifying, attributing, filing in the cast,
 * drafting and verifying each one, work that the loops doing it do not count one by one.
 * A step is about 60 ns of CPU in Node on ordinary prose; these are roughly the extra CPU
 * each costs on the shapes made of them (tests/extract/shapes.ts, scripts/bench-extract.ts:
 * a quotation piece about 17 µs, a new member about 30 µs) at that rate. Charged as soon
 * as each is found, so that a text made of them is refused before the work, not after.
 */
export const QUOTE_PIECE_STEPS = 300;
/** A double quotation mark, whatever it turns out to be: about 2.4 µs to find and pair, twice (draft and verifier). */
export const MARK_STEPS = 40;
export const NAME_STEPS = 60;
export const NAME_WORD_STEPS = 30;
export const MEMBER_STEPS = 300;
/** Steps allowed whatever the length, so that a short text is never refused. */
export const WORK_FLOOR = 1_000_000;

export class TooComplex extends Error {
  constructor(
    readonly steps: number,
    readonly limit: number,
  ) {
    super(`too complex to draft: the article would take more than ${limit} steps; send a shorter or plainer text`);
    this.name = "TooComplex";
  }
}

export class Work {
  steps = 0;

  constructor(readonly limit: number = Infinity) {}

  /** A budget for a text of `chars` characters. */
  static forText(chars: number): Work {
    return new Work(WORK_FLOOR + WORK_PER_CHAR * chars);
  }

  add(n = 1): void {
    this.steps += n;
    if (this.steps > this.limit) throw new TooComplex(this.steps, this.limit);
  }
}
