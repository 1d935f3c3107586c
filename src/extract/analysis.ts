// What one pass over an article knows, shared by every later step, and the position
// indexes into it: which paragraph, sentence or word an offset falls in, by binary search.
import type { Cast, CastMember } from "./actors";
import type { QuoteKind } from "./classify";
import type { Mention } from "./mention-words";
import type { Quotation } from "./quotes";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import type { Range, Tokens, Word } from "./text";

/**
 * The attribution patterns of news prose that find a quotation's own speaker (speakers.ts).
 * `speaker-any-verb`: a name and a past-tense verb outside the verb lists after the quotation (`“…,” Jane Roe retaliated`).
 * `possessed-saying`: the possessor of a noun of saying whose `that` clause holds the quotation (`Roe's comments that … “…”`).
 */
export type AttributionRule =
  | "dash"
  | "according-to"
  | "possessed-saying"
  | "verb-speaker"
  | "speaker-verb"
  | "speaker-any-verb"
  | "head-verb"
  | "colon"
  | "headline";
/** The fallbacks that lend a quotation without an attribution a neighbour's speaker (attribute.ts). */
export type FallbackRule =
  | "previous-quote"
  | "next-quote"
  | "previous-sentence"
  | "previous-paragraph"
  | "next-sentence"
  | "paragraph-topic"
  | "sentence-subject"
  | "next-paragraph"
  | "echoed-quote"
  | "heading-role";
export type Rule = AttributionRule | FallbackRule;

export interface Attribution {
  mention: Mention;
  /** Which pattern found it, for debugging and tests. */
  how: AttributionRule;
  /** The stretch of text outside the quotation that carries the attribution. */
  clause: Range;
  /** The mention names no one (`said Libe` cut off by the page's end): the quotation is attributed, to no speaker. */
  nobody?: true;
}

export interface QuoteInfo {
  q: Quotation;
  kind: QuoteKind;
  paragraph: number;
  /**
   * Whether it opens the first line with a colon after it (`‘Utterly absurd’: Minister rebuffs …`):
   * classify's headsLineWithColon, read once for the rules that ask it.
   */
  colonHead: boolean;
  attribution: Attribution | null;
  /** Who said it, when found; `how` names the rule that found it. */
  speaker: { mention: Mention | null; member: CastMember | null; how: Rule } | null;
}

export interface SpeechEvent {
  /** Offset of the speech verb. */
  at: number;
  verb: Word;
  mention: Mention;
  member: CastMember | null;
}

export interface Analysis extends Tokens {
  paragraphs: Range[];
  /** Sentences, each inside one paragraph, in order; quotations never end a sentence inside them. */
  sentences: Range[];
  /** Whether each word lies inside a quotation. */
  quoted: boolean[];
  /** Whether each word is a lower-case verb of saying or stance: read once, as three passes ask it of every word. */
  speechVerbs: boolean[];
  /** Whether the first paragraph is a headline. */
  headline: boolean;
  quotes: QuoteInfo[];
  /** Quotations in single marks that a double quotation holds, in text order (nested-quotations.ts). */
  inner: Quotation[];
  cast: Cast;
  /** Name mentions outside quotations, in text order. */
  names: { mention: Mention; member: CastMember }[];
  /** Every speech or stance verb outside quotations with its subject, in text order. */
  events: SpeechEvent[];
}

/** The sentence at `at`, or the first after it, or the whole text when there is none. */
export function sentenceOf(a: Pick<Analysis, "sentences" | "text">, at: number): Range {
  const i = lastAtOrBefore(startsOf(a.sentences), at);
  const s = a.sentences[i];
  if (s && at < s.end) return s;
  return a.sentences[i + 1] ?? { start: 0, end: a.text.length };
}

/** The index of the paragraph at `at` or the first after it; the last paragraph past the end. */
export function paragraphIndexAt(paragraphs: Range[], at: number): number {
  const i = firstAtOrAfter(endsOf(paragraphs), at + 1);
  return i < paragraphs.length ? i : paragraphs.length - 1;
}

/** The index of the first word that starts at or after `at`. */
export function wordIndexAt(a: Pick<Analysis, "words">, at: number): number {
  return firstAtOrAfter(startsOf(a.words), at);
}

// Offsets of each list, computed once per list: the lists never change after analyse().
const starts = new WeakMap<Range[], number[]>();
const ends = new WeakMap<Range[], number[]>();

export function startsOf(ranges: Range[]): number[] {
  let s = starts.get(ranges);
  if (!s) starts.set(ranges, (s = ranges.map((r) => r.start)));
  return s;
}

function endsOf(ranges: Range[]): number[] {
  let e = ends.get(ranges);
  if (!e) ends.set(ranges, (e = ranges.map((r) => r.end)));
  return e;
}
