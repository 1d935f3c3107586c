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
import { APOSTROPHE_S, FINAL_STOP, isLowerCase } from "./text";

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
  if (keys.length === 1) return NOT_NAMES.has(key) || isDateWord(words[0]!) || PLURAL_INITIALISM.test(words[0]!);
  return isOriginDescription(words, keys) || unownedMedium(words, keys);
}

/**
 * `MPs`, `NGOs`, `AGIs`: initials in the plural name a kind of people or things (the page's
 * `Above Guideline Increases (AGIs)`), never one body or person that spoke.
 */
const PLURAL_INITIALISM = /^\p{Lu}{2,}s$/u;

/**
 * A web page's nouns: what a page's own label (`This Oakvale Gazette page is …`) calls it. Not the
 * medium nouns of a body's voice (`the Harbour Watch group`, `the City of Oakvale notice`, an
 * account or a feed), which the medium path gives to their owner.
 */
const PAGE_NOUNS = new Set(["page", "website", "site"]);

/** A plural's possessive (`the Hawks' page`). */
const PLURAL_POSSESSIVE = /s['’]$/;

/**
 * `This Oakvale Gazette page is kept as part of an archive`: a page or site named by the outlet it
 * belongs to, with no owner's possessive (`the Gazette's front page` speaks for the Gazette), is
 * the page itself, whose label says nothing anyone said. Only the page's nouns (PAGE_NOUNS): a
 * group, a notice or an account speaks for whoever runs it.
 */
function unownedMedium(words: string[], keys: string[]): boolean {
  const last = words.length - 1;
  if (!isLowerCase(words[last]!) || !PAGE_NOUNS.has(keys[last]!)) return false;
  return !words.some((w) => APOSTROPHE_S.test(w) || PLURAL_POSSESSIVE.test(w));
}
