// A count of the extractor's steps, so that an article cannot make it run on: every loop
// whose length depends on the input adds what it visits, and past the limit the analysis
// stops with TooComplex. The count is deterministic, so tests can compare shapes by it.

/**
 * Steps allowed per character of text. Ordinary news prose takes about 30 per character with
 * the survey's charges (the seed article 33; no PolNeAR article more than 57, the densest of
 * them short), and shapes made of quotation marks, quotations or new names far more, which
 * the charges below make them pay before the work (tests/extract/shapes.ts, measured by
 * tests/extract/work.test.ts). Past it, or past WORK_MAX, a draft stops rather than run on.
 */
export const WORK_PER_CHAR = 80;
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
/** A double quotation mark, whatever it turns out to be: found and paired twice (draft and verifier), about 2.5 µs on a loaded machine in a text of marks and stops (dots-and-marks). */
export const MARK_STEPS = 250;
export const NAME_STEPS = 60;
export const NAME_WORD_STEPS = 30;
export const MEMBER_STEPS = 300;
/**
 * A verb of saying or stance outside quotations, once the words are known: its subject is
 * parsed backwards, resolved and noted as a speaker (speechEvents, attributeAll), about 1.5 µs
 * each, and the survey cannot tell these words from others. Without it a text of little but
 * such verbs (speech-verb-chains: `they said and said and`) paid only its words' charge and
 * was drafted up to 150 KiB in 40-70 ms; with it, up to about 80 KiB. Ordinary news has one
 * in some 160 characters (about 1.3 steps a character).
 */
export const VERB_STEPS = 200;
/** Steps allowed whatever the length, so that a short text is never refused. */
export const WORK_FLOOR = 1_000_000;
/**
 * Steps allowed whatever the length: an absolute budget, so that a long text of cheap steps
 * cannot run on either. Calibrated on scripts/bench-extract.ts: ordinary prose, the costliest
 * per step of the drafted texts with the survey's charges, runs about 3,000,000 steps in
 * 35-40 ms of Node CPU at idle (about 100 KiB of it, ~12 ns a step). The most any PolNeAR
 * article counts is 1,570,000 (the largest is 34 KiB), 60 KiB of ordinary prose 2,000,000
 * (with VERB_STEPS; 1,535,000 and 1,926,000 without).
 * Past it a draft is refused (422 too_complex); the survey below refuses most such texts
 * before any costly stage runs.
 */
export const WORK_MAX = 3_000_000;
/**
 * What the survey (a cheap first pass) charges, in steps, for what the costly stages later do
 * with each thing it counts, so that the charges predicting the cost are paid first: a word
 * (tokens, lexicon look-ups, noun phrases), a capitalised word (a name candidate: the name
 * parser, the cast, resolving pronouns and titles to it), a single mark, a paragraph
 * (sentences, the verifier's paragraphs). Marks and marks before a letter are charged
 * MARK_STEPS and QUOTE_PIECE_STEPS. Calibrated on an idle machine with the worst shapes swept
 * from 10 to 200 KiB (`BENCH_SIZES=30,120 npx tsx scripts/bench-extract.ts`): marks, single
 * marks and paragraphs were charged too little for shapes of 30–100 KiB that are made of them.
 */
export const WORD_STEPS = 70;
export const CAPITAL_STEPS = 300;
export const SINGLE_MARK_STEPS = 160;
export const PARAGRAPH_STEPS = 150;

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

  /** A budget for a text of `chars` characters: per character, and at most WORK_MAX. */
  static forText(chars: number): Work {
    return new Work(Math.min(WORK_MAX, WORK_FLOOR + WORK_PER_CHAR * chars));
  }

  /**
   * Charges what a survey of the text predicts, and refuses at once, before any costly stage,
   * if that and a step per character (what analyse certainly counts next) pass the limit.
   */
  charge(s: Survey): void {
    const n =
      MARK_STEPS * s.marks +
      QUOTE_PIECE_STEPS * s.marksBeforeLetter +
      WORD_STEPS * s.words +
      CAPITAL_STEPS * s.capitalised +
      SINGLE_MARK_STEPS * s.singles +
      PARAGRAPH_STEPS * s.paragraphs;
    if (this.steps + n + s.chars > this.limit) throw new TooComplex(this.steps + n + s.chars, this.limit);
    this.add(n);
  }

  /** Charges `n` verbs of saying or stance (VERB_STEPS each), before their subjects are sought. */
  chargeVerbs(n: number): void {
    this.add(VERB_STEPS * n);
  }

  add(n = 1): void {
    this.steps += n;
    if (this.steps > this.limit) throw new TooComplex(this.steps, this.limit);
  }
}

/** What a cheap first pass over a text counts: what the costly stages' work grows with. */
export interface Survey {
  chars: number;
  words: number;
  /** Words that begin with a capital letter: candidates for names, each a possible member of the cast. */
  capitalised: number;
  /** Double quotation marks (" “ ” „ « »), and those of them before a letter, which open or reopen a quotation. */
  marks: number;
  marksBeforeLetter: number;
  /** Single marks (' ‘ ’), paired or apostrophes. */
  singles: number;
  /** Non-empty lines: paragraphs. */
  paragraphs: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** One linear pass over `text`, character codes only (a Unicode test only past ASCII). */
export function survey(text: string): Survey {
  const s: Survey = { chars: text.length, words: 0, capitalised: 0, marks: 0, marksBeforeLetter: 0, singles: 0, paragraphs: 0 };
  let inWord = false;
  let inLine = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ld: boolean;
    if (c < 0x80) {
      const l = c | 0x20;
      ld = (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39);
      if (ld && !inWord && c >= 0x41 && c <= 0x5a) s.capitalised++;
    } else {
      ld = LETTER_OR_DIGIT.test(text[i]!);
      if (ld && !inWord && UPPER.test(text[i]!)) s.capitalised++;
    }
    if (ld) {
      if (!inWord) s.words++;
      inWord = true;
      if (!inLine) s.paragraphs++;
      inLine = true;
      continue;
    }
    inWord = false;
    if (c === 0x0a || c === 0x0d) {
      inLine = false;
      continue;
    }
    if (c === 0x27 || c === 0x2018 || c === 0x2019) s.singles++;
    else if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) {
      s.marks++;
      if (c !== 0x201d && c !== 0xbb && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) s.marksBeforeLetter++;
        else if (next >= 0x80 && LETTER.test(text[i + 1]!)) s.marksBeforeLetter++;
      }
    }
  }
  return s;
}

const LETTER = /\p{L}/u;
