import { rx } from "./unicode-regexps";

// A count of the extractor's steps, so that an article cannot make it run on: every loop
// whose length depends on the input adds what it visits, and past the limit the analysis
// stops with TooComplex. The count is deterministic, so tests can compare shapes by it.

/**
 * Steps allowed per character of text. Ordinary news prose takes about 40-60 per character
 * with the survey's charges (PolNeAR's median 57, the seed article 59; 37 and 33 before new
 * names and quoted characters were charged; at most 160, a 157-character article well under
 * WORK_FLOOR), and shapes made of quotation marks, quotations or new names far more, which
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
/**
 * A description resolved to whom it stands for (`a spokesman for the Council`, `the spokesman`):
 * some thirty look-ups of the cast, the descriptions and the speakers seen (Resolver.nominal),
 * each counting a step or none, about 1.3 µs a description in Node (16% of the draft of the
 * descriptions shape, 1,888 of them at 30 KiB), some 200 steps at prose's rate per step. A text
 * of little but described speakers (tests/extract/shapes.ts, `descriptions`: 61 a thousand
 * characters, PolNeAR's articles 0.6) was drafted up to the budget at about 1.3 times prose's
 * time per step (best of 25, interleaved), the worst time of all the shapes.
 */
export const DESCRIPTION_STEPS = 200;
/** Steps allowed whatever the length, so that a short text is never refused. */
export const WORK_FLOOR = 1_000_000;
/**
 * Steps allowed whatever the length: an absolute budget, so that a long text of cheap steps
 * cannot run on either. Ordinary prose is the costliest per step of the drafted texts with the
 * survey's charges (about 12 ns a step at idle, 6-8 ns best of 9 on the 2-core test machine),
 * so this caps its draft at about 30 ms, leaving a loaded machine room under the 50 ms limit
 * (issue 14): 3,000,000 let 80 KiB of prose take 34-35 ms and the worst shapes 40-70 ms in
 * scripts/bench-extract.ts on a loaded machine. Now ordinary prose is drafted up to about
 * 63 KiB (as paragraphs or run together; 84 and 87 KiB before), and the most any
 * PolNeAR article counts is 1,890,000 (the largest, 34 KiB; 0.76 of its budget).
 * Past it a draft is refused (422 too_complex); the survey below refuses most such texts
 * before any costly stage runs.
 */
export const WORK_MAX = 2_500_000;
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
/**
 * Raised from 160: with it, apostrophes (`the officials' 'view' Putin’s 'talks’ `, six single
 * marks a unit) ran at 1.25-1.5 of prose's time per step at 40-60 KiB (best of 9, interleaved
 * with 50 KiB of prose, three runs), some 90 steps a mark short. PolNeAR's articles have one
 * in 183 characters, about half a step more a character.
 */
export const SINGLE_MARK_STEPS = 250;
/**
 * Raised from 150: paragraphs-one-stop (`ok then` lines, 6,400 paragraphs at 50 KiB) took
 * 42-62 ms at 50 KiB in three runs of scripts/bench-extract.ts (best of 3, load 6-8), 2.3-2.6
 * times prose's time per step in the same runs (50 KiB of prose: 12-24 ms), though best of 9
 * interleaved with prose it ran at 0.8-0.9: its cost is in the collector, which the bench's
 * order feels. 300 more a paragraph refuses it past 30 KiB (70 KiB before); PolNeAR's articles
 * have one paragraph in 223 characters, about 1.3 steps more a character.
 */
export const PARAGRAPH_STEPS = 450;
/**
 * A capitalised word not seen before in the text (by its spelling): most are new names, and a
 * new member of the cast costs far more than MEMBER_STEPS, charged only once the cast files it,
 * too late to refuse a text of new names before the work. Measured on texts of 400-1000 units
 * `Ann Leea said "we agree." ` (distinct-names, and the shapes of many presidents and many
 * organisations) against the same units with 26 names repeated, best of 9, interleaved, in one
 * run with 10-27 KiB of prose (drafted and verified, as POST /api/drafts does):
 * each new name cost 6-29 µs more (more as the cast grows), 800-3,700 steps at prose's rate in
 * that run. 2,000 over-charged real news: the PolNeAR article of most names (454 in 9.7 KiB)
 * then ran at 0.44 of prose's time per step. With 1,000 the shapes of new names run at 0.95-1.3
 * of prose's time per step and are refused from 18-25 KiB (30-40 KiB before), and that article
 * at 0.57.
 */
export const NEW_CAPITAL_STEPS = 1000;
/**
 * A character within double quotation marks (to the closing mark or the line's end): a
 * quotation's text is read whole several times over (its kind, its sentences' keys, the
 * headline test, the verifier's search), each counting one step a character or none. Measured on
 * punctuation-in-a-quote (a quotation of `!`, whose steps are almost all per character): at
 * 200 KiB it ran 1,260,000 steps at 2.4 times prose's time per step (best of 9, interleaved
 * with 50 KiB of prose), some 12 steps a character short; with this charge it is refused past
 * about 130 KiB. PolNeAR's articles are 17% quoted (median 18%), some 2 steps a character.
 */
export const QUOTED_CHAR_STEPS = 12;

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
      QUOTED_CHAR_STEPS * s.quotedChars +
      MARK_STEPS * s.marks +
      QUOTE_PIECE_STEPS * s.marksBeforeLetter +
      WORD_STEPS * s.words +
      CAPITAL_STEPS * s.capitalised +
      NEW_CAPITAL_STEPS * s.distinctCapitalised +
      SINGLE_MARK_STEPS * s.singles +
      PARAGRAPH_STEPS * s.paragraphs;
    if (this.steps + n + s.chars > this.limit) throw new TooComplex(this.steps + n + s.chars, this.limit);
    this.add(n);
  }

  /** Charges `n` verbs of saying or stance (VERB_STEPS each), before their subjects are sought. */
  chargeVerbs(n: number): void {
    this.add(VERB_STEPS * n);
  }

  /** Charges the resolving of one description (DESCRIPTION_STEPS), before its look-ups. */
  chargeDescription(): void {
    this.add(DESCRIPTION_STEPS);
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
  /** Distinct capitalised words (as spelt): each a possible new member of the cast, which costs far more than a name seen before. */
  distinctCapitalised: number;
  /** Double quotation marks (" “ ” „ « »), and those of them before a letter, which open or reopen a quotation. */
  marks: number;
  marksBeforeLetter: number;
  /** Single marks (' ‘ ’), paired or apostrophes. */
  singles: number;
  /** Non-empty lines: paragraphs. */
  paragraphs: number;
  /** Characters after an opening double mark and before its closing one or the line's end. */
  quotedChars: number;
}

const LETTER_OR_DIGIT = rx.u`[\p{L}\p{N}]`;
const UPPER = rx.u`\p{Lu}`;

/**
 * One linear pass over `text`, character codes only (a Unicode test only past ASCII), and a set
 * of the capitalised words' spellings (one look-up each).
 */
export function survey(text: string): Survey {
  const s: Survey = {
    chars: text.length,
    words: 0,
    capitalised: 0,
    distinctCapitalised: 0,
    marks: 0,
    marksBeforeLetter: 0,
    singles: 0,
    paragraphs: 0,
    quotedChars: 0,
  };
  const capitals = new Set<string>();
  /** Where the capitalised word being read began, or -1 when the word is not capitalised. */
  let capitalFrom = -1;
  let inWord = false;
  let inLine = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) s.quotedChars++;
    // A lower-case ASCII letter inside a word, most of a text, changes no other count.
    if (inWord && c >= 0x61 && c <= 0x7a) continue;
    let ld: boolean;
    let upper: boolean;
    if (c < 0x80) {
      const l = c | 0x20;
      ld = (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39);
      upper = c >= 0x41 && c <= 0x5a;
    } else {
      ld = LETTER_OR_DIGIT.test(text[i]!);
      upper = ld && !inWord && UPPER.test(text[i]!);
    }
    if (ld && !inWord && upper) {
      s.capitalised++;
      capitalFrom = i;
    }
    if (ld) {
      if (!inWord) s.words++;
      inWord = true;
      if (!inLine) s.paragraphs++;
      inLine = true;
      continue;
    }
    // A capitalised word ends here: its spelling, filed once, tells a new name from one seen.
    if (capitalFrom >= 0) capitals.add(text.slice(capitalFrom, i));
    capitalFrom = -1;
    inWord = false;
    if (c === 0x0a || c === 0x0d) {
      inLine = false;
      quoted = false;
      continue;
    }
    if (c === 0x27 || c === 0x2018 || c === 0x2019) s.singles++;
    else if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) {
      s.marks++;
      // A straight mark opens or closes; a curly or angled one says which it does.
      quoted = c === 0x22 ? !quoted : c !== 0x201d && c !== 0xbb;
      if (c !== 0x201d && c !== 0xbb && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) s.marksBeforeLetter++;
        else if (next >= 0x80 && LETTER.test(text[i + 1]!)) s.marksBeforeLetter++;
      }
    }
  }
  if (capitalFrom >= 0) capitals.add(text.slice(capitalFrom));
  s.distinctCapitalised = capitals.size;
  return s;
}

const LETTER = rx.u`\p{L}`;
