// Whether a speaker's name names anyone: the last check before a quotation's speaker is given out.
// Apart because the members it refuses come by many roads (a name mention, a pronoun read back to
// a description, a capital that only opens a sentence), and one invariant at the end holds for
// them all: a date or a description of someone unnamed is no speaker's name. (A place alone is
// left as it is: most often it stands for the place's government or a body named after it,
// `Alberta` for the Alberta government, which its name still points to.)
import type { CastMember } from "./actors";
import { NOT_NAMES } from "./lexicon";
import { isOriginDescription } from "./mention-words";
import { isDateWord } from "./names";
import { FINAL_STOP } from "./text";

/**
 * `Aug.`, `September`: a date, or a word that only opens a sentence; `Nova Scotia woman`, `Two Hamilton city councillors`: where
 * unnamed people are from, and what they are. None names the person or body who spoke, and
 * no speaker is better than a wrong one (the convention of the annotated news: a description
 * is not a name).
 */
export function namesNoSpeaker(member: CastMember): boolean {
  const words = member.name.split(/\s+/);
  const keys = words.map((w) => w.toLowerCase().replace(FINAL_STOP, ""));
  // A month abbreviated (`Aug.`), a date's first word; not every abbreviation: `Mass.` and `Wash.`
  // are places, left as places are; nor `Jan` with no stop, a given name (isDateWord).
  const key = keys[0]!;
  if (keys.length === 1) return NOT_NAMES.has(key) || isDateWord(words[0]!);
  return isOriginDescription(words, keys);
}
