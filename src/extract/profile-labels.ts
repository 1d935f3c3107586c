// A profile in a round-up: a label line (`Jane Roe, 61, of Corvale`), one or two lines that
// describe her with no subject of their own (`Attended mission school in Pellworth`, `Now lives
// in Dunmere`), then her quotation with no attribution. Apart from attribute.ts because these are
// tests of a line's shape alone, which say whether the label may name who speaks below it.
import { isGivenName } from "./names";
import { rx } from "./unicode-regexps";

/**
 * What follows the name on a profile's label: an age, a place of origin, or both, and nothing
 * else (`, 61, of Corvale`, `, 61`, `, of Corvale`, `, 61, from Port Pellworth, Ont`). Not a
 * score (`Corvale Harriers, 3, Pellworth Rovers, 1`) nor a caption's `, 64, at the gate`.
 */
const PROFILE_LABEL_REST = rx.u`^, (?:\d{1,3}(?:, (?:of|from) \p{Lu}[^,]*(?:, \p{Lu}[^,]*)?)?|(?:of|from) \p{Lu}[^,]*(?:, \p{Lu}[^,]*)?)$`;

/** Whether `rest`, the label line's words after the name, is a profile's age and place alone. */
export function isProfileLabelRest(rest: string): boolean {
  return PROFILE_LABEL_REST.test(rest);
}

/**
 * How a line with no subject of its own opens with a verb, whatever its end: a verb in the past
 * before a lower-case word (`Attended mission school`, `Moved to`), a common irregular past
 * (`Spent eight years`, `Grew up`; not `Left`, as in `Left to right:`), or `Has`/`Had`
 * before a participle (`Has lived in …`; not `Has the province …?`). Its
 * first word is checked against the given names apart (`Fred drove her …` has a subject).
 */
const VERB_OPENING = rx.u`^(?:(?:\p{Lu}\p{Ll}+ed|Spent|Grew|Went|Taught|Came|Became|Fought|Built|Won|Lost|Made|Began|Ran|Took|Got|Met|Kept|Found|Brought|Held|Led|Wrote|Drove|Flew|Knew|Felt|Gave|Sold|Bought) \p{Ll}|(?:Has|Had) (?:been|\p{Ll}+(?:ed|en|wn|ght))\b)`;

/**
 * Openings a line with no subject shares with a sentence whose subject they are: a verb in -s or
 * a plural noun before a preposition (`Lives in …` or `Families in Pellworth still wait …`), an
 * adverb of time before a lower-case word (`Now lives …` or `Then came the fire …`), a noun before
 * `of` (`Mother of four`, `Survivor of the …` or `Friends of the park gathered …`), a past in -ed
 * before a capitalised word (`Attended Pellworth school` or `United Church of … hosted …`).
 * Such a line describes the person only when it does not end as a sentence does, with a stop:
 * a noun phrase with its own verb after it is a sentence with a subject.
 */
const FRAGMENT_OPENING = rx.u`^(?:\p{Lu}\p{Ll}+s (?:in|at|on|with|for|as|near|outside)|(?:Now|Still|Later|Also|Once|Then) \p{Ll}+|\p{Lu}\p{Ll}+ of (?:\p{Ll}|\d)|\p{Lu}\p{Ll}+ed \p{Lu})`;

/** A sentence's stop inside a line (`Grew up in Pellworth. Her son … spoke first.`): a sentence with a subject follows. */
const STOP_WITHIN = rx.u`[.?!]["”’)]?\s+\p{Lu}`;

/** A line's end as a sentence's: a full stop, question or exclamation mark, maybe before a closing mark. */
const SENTENCE_END = /[.?!]["”’)]?\s*$/u;

/**
 * Participles a page's furniture opens a line with (`Published Monday`, `Updated 3 hours ago`,
 * `Posted by`, `Submitted by the family`, `Pictured at the gate`): a byline's date, a credit or a
 * caption under a name, no description of the person.
 */
const FURNITURE_PARTICIPLES = new Set([
  "published",
  "posted",
  "updated",
  "edited",
  "filed",
  "reported",
  "photographed",
  "contributed",
  "submitted",
  "pictured",
  "supplied",
  "provided",
  "shown",
  "seen",
]);

/** Whether a description line opens with a predicate and no subject (VERB_OPENING, or FRAGMENT_OPENING on a line no stop ends), one sentence long. */
export function opensWithoutSubject(line: string): boolean {
  const first = line.slice(0, line.indexOf(" "));
  if (isGivenName(first) || FURNITURE_PARTICIPLES.has(first.toLowerCase()) || STOP_WITHIN.test(line)) return false;
  return VERB_OPENING.test(line) || (FRAGMENT_OPENING.test(line) && !SENTENCE_END.test(line));
}

/** How many description lines may stand between a profile's label and its quotation. */
export const PROFILE_DESCRIPTION_MAX_LINES = 2;
