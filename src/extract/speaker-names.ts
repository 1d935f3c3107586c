// Whether a speaker's name names anyone: the last check before a quotation's speaker is given out.
// Apart because the members it refuses come by many roads (a name mention, a pronoun read back to
// a description, a capital that only opens a sentence), and one invariant at the end holds for
// them all: a date or a description of someone unnamed is no speaker's name. (A place alone is
// left as it is: most often it stands for the place's government or a body named after it,
// `Alberta` for the Alberta government, which its name still points to.)
import type { CastMember } from "./actors";
import { ABBREVIATIONS, COUNT_WORDS, DETERMINERS, NOT_NAMES, TITLES } from "./lexicon";
import { isPersonNoun, onlyOrigin } from "./mention-words";
import { isPlace } from "./names";
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
  // `B.C.` is an abbreviation too, but a place's, left as places are.
  const key = keys[0]!;
  if (keys.length === 1)
    return NOT_NAMES.has(key) || (ABBREVIATIONS.has(key) && !TITLES.has(key) && !isPlace(keys) && words[0]!.endsWith("."));
  return isOriginDescription(words, keys);
}

/** Words before a place that only narrow it or count people from it: `Central Alberta`, `Two Hamilton …`. */
const PLACE_MODIFIERS = new Set(["central", "northern", "southern", "eastern", "western", "rural"]);

/**
 * `Nova Scotia woman`, `Central Alberta homeowner`, `Three Calgary police officers`: a person's
 * noun in lower case after a place (its own lower-case words between, `city`, `police`) or a
 * nationality, with at most a count or a region's word before it. A body's noun (`Hamilton
 * police`) names the body, and is no person's noun.
 */
function isOriginDescription(words: string[], keys: string[]): boolean {
  const head = words.at(-1)!;
  if (head !== head.toLowerCase() || !isPersonNoun(keys.at(-1)!)) return false;
  let from = 0;
  while (from < keys.length - 1 && (DETERMINERS.has(keys[from]!) || COUNT_WORDS.has(keys[from]!) || PLACE_MODIFIERS.has(keys[from]!)))
    from++;
  const between = words.slice(from, -1);
  const cut = between.findIndex((w) => w === w.toLowerCase());
  const origin = cut < 0 ? between : between.slice(0, cut);
  // After the place, only its own lower-case words: `Hamilton city councillors`.
  if (origin.length === 0 || between.slice(origin.length).some((w) => w !== w.toLowerCase())) return false;
  const place = origin.map((w) => w.toLowerCase().replace(FINAL_STOP, ""));
  return isPlace(place) || (origin.length === 1 && onlyOrigin([origin[0]!, keys.at(-1)!]));
}
