// A profile in a round-up: a label line (`Jane Roe, 61, of Corvale`), one or two lines that
// describe her with no subject of their own (`Attended mission school in Pellworth`, `Now lives
// in Dunmere`), then her quotation with no attribution. Apart from attribute.ts because these are
// tests of a line's shape alone, which say whether the label may name who speaks below it.
import { isGivenName } from "./names";

/**
 * What follows the name on a profile's label: an age, a place of origin, or both, and nothing
 * else (`, 61, of Corvale`, `, 61`, `, of Corvale`, `, 61, from Port Pellworth, Ont`). Not a
 * score (`Corvale Harriers, 3, Pellworth Rovers, 1`) nor a caption's `, 64, at the gate`.
 */
const PROFILE_LABEL_REST = /^, (?:\d{1,3}(?:, (?:of|from) \p{Lu}[^,]*(?:, \p{Lu}[^,]*)?)?|(?:of|from) \p{Lu}[^,]*(?:, \p{Lu}[^,]*)?)$/u;

/** Whether `rest`, the label line's words after the name, is a profile's age and place alone. */
export function isProfileLabelRest(rest: string): boolean {
  return PROFILE_LABEL_REST.test(rest);
}

/**
 * How a line with no subject of its own opens: a verb in the past (`Attended …`, `Moved …`), a
 * verb in -s before a preposition (`Lives in …`, `Works at …`), or an adverb of time before a
 * verb in lower case (`Now lives …`, `Still teaches …`). Its first word is checked against the
 * given names apart (`Fred drove her …` has a subject).
 */
const SUBJECTLESS_OPENING =
  /^(?:\p{Lu}\p{Ll}+ed|\p{Lu}\p{Ll}+s (?:in|at|on|with|for|as|near|outside)|(?:Now|Still|Later|Also|Once|Then) \p{Ll}+)\b/u;

/**
 * Participles a page's furniture opens a line with (`Published Monday`, `Updated 3 hours ago`,
 * `Posted by`): a byline's date or credit under a name, no description of the person.
 */
const FURNITURE_PARTICIPLES = new Set(["published", "posted", "updated", "edited", "filed", "reported", "photographed", "contributed"]);

/** Whether a description line opens with a predicate and no subject (SUBJECTLESS_OPENING). */
export function opensWithoutSubject(line: string): boolean {
  const first = line.slice(0, line.indexOf(" "));
  return SUBJECTLESS_OPENING.test(line) && !isGivenName(first) && !FURNITURE_PARTICIPLES.has(first.toLowerCase());
}

/** How many description lines may stand between a profile's label and its quotation. */
export const PROFILE_DESCRIPTION_MAX_LINES = 2;
