// A description met for the first time (`the victim’s mother`, `the NSC spokesperson`): the
// member it becomes, of the kind its head noun says, and whether its words name anyone. Its
// own room because every rule that reads a description back (a pronoun's, a body's, a
// writing's owner's) ends, when nothing before it fits, by making one.
import type { CastMember } from "./actors";
import type { Context } from "./antecedents";
import { DETERMINERS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, INDEFINITE_OPENERS, MEDIA_NOUNS, ORGANISATION_NOUNS, TITLES } from "./lexicon";
import { isCrownBody, isOffice, type Mention, onlyPlaces } from "./mention-words";
import { isDateWord, isPlace } from "./names";
import { APOSTROPHE_S, isCapitalised, type Word } from "./text";

/**
 * A member met for the first time as a description (`the victim’s mother`), whoever the text
 * named before. Only a proper name in it (`the NSC spokesperson`, `a spokesperson for Acme`)
 * names anyone: common nouns alone (`the band`, `a controversial motion`, `The community`
 * opening a sentence) are nobody's name, though the member stands for whoever they describe.
 */
export function newlyDescribed(c: Context, m: Mention, kind: CastMember["kind"] = "person"): CastMember {
  // `according to the Ministry of the Harbour Master's website`: a description read up to a
  // possessive names its owner, whose name holds no `'s` (never `Ministry of the Harbour Master's`).
  const name = c.text
    .slice(m.start, m.end)
    .replace(/^(the|a|an|one|another|this|that)\s+/i, "")
    .replace(APOSTROPHE_S, "");
  const member = c.cast.described(name.charAt(0).toUpperCase() + name.slice(1), kind, null, m.start);
  const span = c.words.slice(m.first, m.last + 1);
  if (!namesSomeone(c, span, kind) && !namesALevel(span)) member.unnamed = true;
  return member;
}

/** The levels of government whose own government a description names: `the federal government`. */
const LEVELS_OF_GOVERNMENT = new Set(["federal", "provincial", "territorial"]);

/**
 * `the federal government said`, `The provincial government says`: with no government of that
 * level named before (those rules come first), a level names its government as a name would: a
 * country has one federal government, and an article's provincial one is its province's. Common
 * nouns otherwise (`the government`) name no one.
 */
function namesALevel(span: Word[]): boolean {
  const n = span.length;
  return n >= 2 && span[n - 1]!.key === "government" && LEVELS_OF_GOVERNMENT.has(span[n - 2]!.key);
}

/**
 * Whether the description's word i is one of a Crown body's two words (isCrownBody). Hoisted out
 * of namesSomeone: keepNames wraps a named closure on every call of the function holding it.
 */
function crownAt(span: Word[], i: number): boolean {
  return isCrownBody(span[i]!.key, span[i + 1]?.key) || isCrownBody(span[i - 1]?.key, span[i]!.key);
}

/**
 * Whether a description holds a proper name (`the NSC spokesperson`, `a spokesperson for Acme`),
 * which says whom it speaks for. A place before a body's noun names the body (`Hamilton police`);
 * before people's nouns it only describes them (`French officials`), as does a first word
 * capitalised to open its sentence (`The community`, `Officials`). One word capitalised within
 * a sentence is a name (`Republicans`).
 */
export function namesSomeone(c: Context, span: Word[], kind: CastMember["kind"]): boolean {
  // `says Premier on floods`, `The Prime Minister said`: an office capitalised as titles are
  // written, with nothing but titles before it, names no holder; the text must name one.
  if (isOffice(span.at(-1)!.key) && span.every((w) => !isCapitalised(w.text) || DETERMINERS.has(w.key) || TITLES.has(w.key))) return false;
  // `a report released Wednesday afternoon`, `a notice posted in March`: a day's or a month's name
  // dates a description and says whom it speaks for no more than `last night` would.
  // `the Crown Corporation`: a kind of body (isCrownBody), whose capitals name none.
  if (span.some((w, i) => i > 0 && isCapitalised(w.text) && !isDateWord(w.text) && !onlyLocates(span, w) && !crownAt(span, i))) return true;
  const first = span[0];
  if (!first || !isCapitalised(first.text) || DETERMINERS.has(first.key)) return false;
  const body = kind !== "person" && kind !== "group";
  // `Roe’s office`: a body its owner's name names, wherever it stands; `Roe’s strategist` is someone else.
  if (body && APOSTROPHE_S.test(first.text)) return true;
  if (!body && span.length > 1) return false;
  // Opening a sentence, only a place is known to be a name (`Halifax police posted …`).
  return c.sentenceOf(first.start).start !== first.start || isPlace([first.key]);
}

/**
 * Whether capitalised word `w` of a description only says where what it describes is: a place
 * joined to `-based` (`The Calgary-based company`), or a place after `a` or `an` (`a Montreal
 * private school`), whose words say which kind of body, never which one.
 */
function onlyLocates(span: Word[], w: Word): boolean {
  return (INDEFINITE_OPENERS.has(span[0]!.key) || w.text.includes("-")) && onlyPlaces(w.text);
}

/** The kind of member a description's head noun makes: `the ministry` a government, `the newspaper` an outlet. */
export function kindOfDescription(head: string | undefined): CastMember["kind"] {
  if (!head) return "person";
  if (DOCUMENT_NOUNS.has(head)) return "institution";
  if (GOVERNMENT_NOUNS.has(head)) return "government";
  if (MEDIA_NOUNS.has(head)) return "outlet";
  if (ORGANISATION_NOUNS.has(head)) return "institution";
  return "person";
}
