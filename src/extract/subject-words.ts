// What single words, and the gaps between them, say about the subject of a verb: an adverb in
// -ly between a subject and its verb, a verb in the past that opens a predicate, a lone
// capitalised word that is no subject (`Smiling broadly,`). The clause that every reader of a
// subject reads lives here too. Separate because every reader of a subject asks these, and they
// ask nothing of phrases.
import type { Analysis } from "./analysis";
import { PREPOSITIONS, SPEECH_VERBS, TIME_WORDS } from "./lexicon";
import { joined, type Mention } from "./mention-words";
import type { Range } from "./spans";
import { isLyAdverb, isSpaceAt, type Word } from "./text";
import { rx } from "./unicode-regexps";

/** What a reader of subjects reads of an article: its text, its words, which are quoted, and the work it counts. */
export type Clause = Pick<Analysis, "text" | "words" | "work" | "quoted">;

// Compiled once: a regular expression literal makes a new object each time it is evaluated,
// and these are tested for every verb of an article (issue 14).
export const ONLY_SPACES = /^\s+$/;
/** A comma and the space after it, alone between two words: what sets off a phrase (`In a statement, she …`, `…, signed by`). */
export const COMMA_BETWEEN = /^,\s+$/;
export const ONLY_BLANKS = /^ +$/;

/**
 * Whether only blanks (ONLY_BLANKS) stand between x and y. A module function, not a closure in the
 * readers that ask it for every subject: keepNames wraps a named closure on every call.
 */
export function blanksBetween(text: string, x: Range, y: Range): boolean {
  return ONLY_BLANKS.test(text.slice(x.end, y.start));
}
export const COMMA = /,/;
export const STOP_OR_MARK = /[.;:!?”"]/;

/**
 * Whether text[from, to) holds a comma (COMMA), read by character: asked of the gap between two
 * words (a character or two) for every word a subject is read back over, where cutting the gap
 * out to test it cost more than the test.
 */
export function commaIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** Whether text[from, to) is white space only and not empty (ONLY_SPACES), read by character as commaIn is. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/**
 * Whether words i and i + 1 are joined by a plural's possessive apostrophe (`the Ontario Nurses’
 * Association`): a name's words all the same, though a name run stops at the apostrophe.
 */
export function joinedByPluralPossessive(a: Clause, i: number): boolean {
  const before = a.words[i];
  const after = a.words[i + 1];
  return !!before && !!after && before.text.endsWith("s") && PLURAL_POSSESSIVE_GAP.test(a.text.slice(before.end, after.start));
}

const PLURAL_POSSESSIVE_GAP = /^['’]\s+$/;

/** A verb in the past tense: regular, or one of the irregular verbs of gesture and movement that precede speech. */
export const REGULAR_PAST = rx.u`^\p{Ll}{2,}ed$`;
export const IRREGULAR_PAST = new Set([
  "took",
  "stood",
  "shook",
  "rose",
  "got",
  "went",
  "came",
  "held",
  "gave",
  "sat",
  "left",
  "met",
  "ran",
  "threw",
  "drew",
  "broke",
  "struck",
  "began",
  "made",
  "put",
  "read",
]);

/** Any lower-case word ending in `ed`, read as a past (`testified`, `led`): looser than REGULAR_PAST. */
export const ED_PAST = rx.u`^\p{Ll}+ed$`;

/** Participles of putting out or passing on a writing that ED_PAST misses: `sent by`, `written by`. */
const IRREGULAR_AGENT_PARTICIPLES = new Set(["sent", "written", "seen"]);

/**
 * Whether word `j` is a past participle with its agent's `by` straight after it (`an email
 * forwarded by`, `a letter sent by`): it opens a phrase on the noun before it, which stays the
 * head; who the agent is to a writing is the documents' rule to say (its author, or for
 * `forwarded` or `obtained`, no one).
 */
export function opensAgentPhrase(t: { text: string; words: Word[]; quoted: boolean[] }, j: number): boolean {
  return !t.quoted[j] && !t.quoted[j + 1] && isAgentParticiple(t, j);
}

/** opensAgentPhrase's test on the words alone, for readers that know nothing of quotations (npForward). */
export function isAgentParticiple(t: { text: string; words: Word[] }, j: number): boolean {
  const w = t.words[j]!;
  const by = t.words[j + 1];
  return by?.key === "by" && (ED_PAST.test(w.text) || IRREGULAR_AGENT_PARTICIPLES.has(w.text)) && joined(t.text, w, by);
}

/** Whether a word opens a predicate: a verb in the past (`revealed`, `said`), as no appositive opens. */
export function opensPredicate(w: Word): boolean {
  return ED_PAST.test(w.text) || SPEECH_VERBS.has(w.key);
}

const PARTICIPLE = rx.u`^\p{Lu}\p{Ll}+ing$`;

/**
 * A lone capitalised word is no subject when its place shows it is not a name: a participle
 * opening the sentence (`Smiling broadly, …`), a place after a preposition (`Here in Columbia,`),
 * or a word followed by a preposition, an adverb or a time (`Appearing before …`, `Early one evening`).
 */
export function notASubject(a: Clause, m: Mention, lo: number): boolean {
  if (m.kind !== "name" || m.first !== m.last) return false;
  const w = a.words[m.first]!;
  const before = a.words[m.first - 1];
  const after = a.words[m.first + 1];
  if (PARTICIPLE.test(w.text)) return true;
  if (before && m.first - 1 >= lo && blanksBetween(a.text, before, w) && PREPOSITIONS.has(before.text)) return true;
  return (
    !!after && blanksBetween(a.text, w, after) && (PREPOSITIONS.has(after.text) || isLyAdverb(after.text) || TIME_WORDS.has(after.text))
  );
}
