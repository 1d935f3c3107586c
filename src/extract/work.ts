// A count of the extractor's steps, so that an article cannot make it run on: every loop
// whose length depends on the input adds what it visits, and past the limit the analysis
// stops with TooComplex. The count is deterministic, so tests can compare shapes by it.

/**
 * Steps allowed per character of text. Ordinary news prose takes about 7 per character, no
 * PolNeAR article more than 20, and the worst shapes we know at most 12 and 50 (a pronoun
 * after hundreds of speakers it cannot mean, tests/extract/shapes.ts), measured by
 * tests/extract/work.test.ts. Past it a draft stops rather than run on.
 */
export const WORK_PER_CHAR = 40;
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
