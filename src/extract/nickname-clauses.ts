// Whether a verb of saying or addressing takes the given name as its object: `Mara Lind told
// her son Bret “come home”`, `said to Bret “go home”`, `shouted at Bret “…”`. Such a verb says
// the quoted words to the person named, so they are speech however they sit in the name. A verb
// farther back, with a verb of its own between (`said the museum will honour retired boxer Bret
// “the Hammer” Brand`), says something else, and the name may hold a nickname. Separate from
// ./classify because it reads the words before the name, not the words by the marks.
import { SPEECH_VERBS } from "./lexicon";
import { startsUpper } from "./text";
import { rx } from "./unicode-regexps";

/** How far back the words before the given name are read, in characters (a verb and three short words). */
const READ_BACK_CHARS = 60;

/** Verbs that address words to someone and that SPEECH_VERBS does not hold (`greeted Bret “…”`). */
const ADDRESSING_VERBS = new Set(["greeted", "addressed", "begged", "urged", "ordered", "messaged", "emailed", "texted"]);

/** Words that may stand between the verb and the given name beside one object noun: `to`, `at`, a possessive. */
const LINKING_WORDS = new Set(["to", "at", "her", "his", "their", "my", "our", "your", "the", "a", "an"]);

/** How many words other than LINKING_WORDS may stand between: one, the object noun (`told her son Bret`). */
const OBJECT_NOUNS_MAX = 1;

/**
 * Whether a verb of saying or addressing stands just before `at` (the given name's start), with
 * only LINKING_WORDS and one object noun between and no punctuation; reads READ_BACK_CHARS.
 */
export function saidOrAddressedBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - READ_BACK_CHARS), at);
  const tokens = window.match(rx.gu`\p{L}+(?:['’]s)?|[^\p{L}\s]`) ?? [];
  let nouns = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]!.toLowerCase();
    if (!rx.u`^\p{L}`.test(word)) return false;
    if (SPEECH_VERBS.has(word) || ADDRESSING_VERBS.has(word)) return true;
    if (LINKING_WORDS.has(word)) continue;
    if (startsUpper(tokens[i]!) || ++nouns > OBJECT_NOUNS_MAX) return false;
  }
  return false;
}
