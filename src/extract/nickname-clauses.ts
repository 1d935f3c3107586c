// Whether the clause before a given name has a verb of saying or addressing in it: `Mara Lind
// told her son Bret “come home”`, `said to Bret “go home”`, `shouted at Bret “…”`. Such a clause
// says the quoted words to the person named, so they are speech however they sit in the name;
// only a clause with no such verb may hold a nickname (`will honour boxer Bret “the Hammer”
// Brand`). Separate from ./classify because it reads a clause back, not the words by the marks.
import { SPEECH_VERBS } from "./lexicon";

/** How far back the clause is read, in characters: past it the clause is taken to hold such a verb. */
const CLAUSE_CHARS = 200;

/** Verbs that address words to someone and that SPEECH_VERBS does not hold (`greeted Bret “…”`). */
const ADDRESSING_VERBS = new Set(["greeted", "addressed", "begged", "urged", "ordered", "messaged", "emailed", "texted"]);

/**
 * A clause's start: a sentence's end (a stop, not a short title's, `Mr.`, `St.`, and a space),
 * a line's end, a semicolon or a comma (`…, among them retired boxer Bret “the Hammer” Brand`).
 */
const CLAUSE_START = /(?:[\n;,]|(?<!\b\p{Lu}\p{Ll}{0,2})[.?!]["”’]?\s)/gu;

/**
 * Whether a verb of saying or addressing stands in the clause that ends at `at` (the given name's
 * start), read back to the clause's start within CLAUSE_CHARS; true when that start is farther,
 * as the words may then be said to the name all the same.
 */
export function saidOrAddressedBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - CLAUSE_CHARS);
  const window = text.slice(from, at);
  let start = -1;
  for (const m of window.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  if (start < 0 && from > 0) return true;
  for (const word of window
    .slice(Math.max(0, start))
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (SPEECH_VERBS.has(word) || ADDRESSING_VERBS.has(word)) return true;
  }
  return false;
}
