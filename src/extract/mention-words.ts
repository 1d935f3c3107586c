// What single words, and the gaps between them, say about a mention: whether two words are joined,
// a word is a speaker's noun, an office, a title or a possessive; and one many-word reading, whether a
// description only says where unnamed people are from (isOriginDescription). The type of a mention lives here too.
// Separate because every reader of mentions asks these, and they ask nothing of runs or phrases.
import {
  CONTRACTED_VERBS,
  COUNT_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EXTRA_SPEAKER_NOUNS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  MEDIA_NOUNS,
  OFFICE_STEPS,
  ORGANISATION_NOUNS,
  PARTY_MEMBERS,
  PEOPLE_BY_ROLE,
  PERSONAL_PRONOUNS,
  PLATFORM_MEDIA,
  PLATFORMS,
  PREPOSITIONS,
  SPEAKER_NOUNS,
  TITLES,
} from "./lexicon";
import { isGivenName, isPlace } from "./names";
import { APOSTROPHE_S, isCapitalised, isLowerCase, isTitleKey, type Word } from "./text";
import { rx } from "./unicode-regexps";

export type MentionKind = "name" | "pronoun" | "nominal" | "relative";

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** First and last word index in the word list it was parsed from. */
  first: number;
  last: number;
}

/** The longest a personal pronoun with a verb run on to it is written: `they’re`. */
const PRONOUN_MAX_CHARS = 7;
/** A word that is a shorter word and a tail run on by an apostrophe (`She’d`, `I’m`, `they're`). */
const RUN_ON = rx.u`^(\p{L}+)[’'](\p{L}{1,2})$`;

/**
 * The personal pronoun a word is, less a verb run on to it (`She’d`, `I’m`, `We’ve`, `it’s`: a
 * tail of CONTRACTED_VERBS): its text, the pronoun's own length; or undefined. Read whole, a
 * capitalised `She’d` opening a sentence was taken for a name, and `he’s` was no `he`.
 */
export function personalPronoun(w: Word): string | undefined {
  // Asked of nearly every word read as a phrase: past `they’re`'s length, none is one.
  if (w.text.length > PRONOUN_MAX_CHARS) return undefined;
  if (w.text.includes("’") || w.text.includes("'")) {
    const run = RUN_ON.exec(w.text);
    if (!run || !CONTRACTED_VERBS.has(run[2]!.toLowerCase())) return undefined;
    return PERSONAL_PRONOUNS.has(run[1]!.toLowerCase()) ? run[1] : undefined;
  }
  return PERSONAL_PRONOUNS.has(w.key) ? w.text : undefined;
}

/**
 * The speaker nouns, the extra ones, the people by role and the plurals of the first (`officials`) in one set:
 * asked of nearly every word, one look-up, where cutting an `s` made a new string to look up.
 */
const SPEAKER_NOUN_FORMS = new Set([
  ...SPEAKER_NOUNS,
  ...EXTRA_SPEAKER_NOUNS,
  ...PEOPLE_BY_ROLE,
  ...[...SPEAKER_NOUNS].map((noun) => `${noun}s`),
]);

/** Whether a word (lower case, no final full stop) is a title or its step of office: `prime`, `minister`, `designate`. */
export function isOfficeWord(key: string): boolean {
  return TITLES.has(key) || OFFICE_STEPS.has(key);
}

export function isSpeakerNoun(key: string): boolean {
  if (SPEAKER_NOUN_FORMS.has(key)) return true;
  // Asked of nearly every word: both readings below need a hyphen, looked for once here.
  return key.includes("-") && (isPersonByAge(key) || isHyphenatedOffice(key));
}

/**
 * The heads a description makes a body, a writing or an outlet of (`firm`, `union`, `police`,
 * `report`), though many are speakers' nouns: the sets kindOfDescription (./newly-described)
 * reads, read here too because that file reads this one.
 */
const NOT_PERSON_HEADS = new Set([...DOCUMENT_NOUNS, ...GOVERNMENT_NOUNS, ...MEDIA_NOUNS, ...ORGANISATION_NOUNS]);

/**
 * A noun for a person (lower case): a speaker's noun or a title (`resident`, `spokesperson`,
 * `premier`, `62-year-old`), not one a body, a writing or an outlet goes by (`firm`, `union`).
 */
export function isPersonNoun(key: string): boolean {
  return (isSpeakerNoun(key) || TITLES.has(key)) && !NOT_PERSON_HEADS.has(key);
}

/**
 * `the deputy-mayor said`, `the co-owner says`, `premier-designate Jane Roe`, `the
 * president-elect`: an office or a person's noun with a hyphenated step of rank before it
 * (`co-`, `vice-`, `deputy-`, `acting-`, `interim-`) or a step of office after it (`-elect`,
 * `-designate`) is still a person. Only the singular, as PEOPLE_BY_ROLE. Asked only of a
 * hyphenated word (isSpeakerNoun looks for the hyphen).
 */
function isHyphenatedOffice(key: string): boolean {
  const m = HYPHENATED_OFFICE.exec(key);
  const office = m && (m[1] ?? m[2])!;
  return !!office && (SPEAKER_NOUN_FORMS.has(office) || TITLES.has(office)) && !office.endsWith("s");
}

const HYPHENATED_OFFICE = /^(?:co|vice|deputy|acting|interim)-([a-z]+)$|^([a-z]+)-(?:elect|designate)$/;

/** `the 62-year-old`, `the mother-of-two`: a person the text has named, described by age or family. */
export function isPersonByAge(key: string): boolean {
  // Asked of nearly every word: only a hyphenated one can be an age or a family, so the rest skip the expression.
  return key.includes("-") && AGE_DESCRIPTION.test(key);
}

const AGE_DESCRIPTION = /^(?:\d{1,3}-year-old|(?:mother|father|mum|dad|grandmother|grandfather)-of-(?:one|two|three|four|five|six|\d))$/;

/** Whether a name mention is a social-media handle: one word straight after `@` (`@JaneRoe`). */
export function isHandle(text: string, m: Mention): boolean {
  return m.kind === "name" && m.first === m.last && m.start > 0 && text.charCodeAt(m.start - 1) === 64;
}

/**
 * Whether only spaces separate two words (no comma, bracket, dash or quotation mark), or one
 * slash joins an initialism to a capitalised word: `OSSTF/FEESO`, `CBC/Radio-Canada`, one body's
 * names in two languages or two bodies' joined, run on into a title as one name does.
 */
export function joined(text: string, a: Word, b: Word): boolean {
  // Equal only where text.ts split a verb glued to a name (`saidCameco`): joined as by a space.
  if (b.start < a.end) return false;
  // Asked for nearly every pair of words: a loop over the (usually one) space, not a slice.
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 47 && b.start === a.end + 1) return INITIALISM.test(a.text) && isCapitalised(b.text);
    // ASCII answers at once (a tab, vertical tab or form feed is a space; a line break, comma or
    // any other character is not); only the rest of Unicode (`\u00a0`, `”`) asks the expression.
    if (c < 128) {
      if (c === 9 || c === 11 || c === 12) continue;
      return false;
    }
    if (!SPACE.test(text[i]!)) return false;
  }
  return true;
}

const SPACE = /\s/;

/** An initialism of two capitals or more, as one word: `OSSTF`, `CBC`. */
export const INITIALISM = rx.u`^\p{Lu}{2,}$`;

/** `Putin's`, `officials’`: read from the last two characters; a regular expression tested with `$` cost a scan per word. */
export function isPossessive(w: Word): boolean {
  // By character code: a character read as a string is made anew past Latin-1 (`’`).
  const t = w.text;
  // A word of one letter has no ending of two.
  if (t.length < 2) return false;
  const a = t.charCodeAt(t.length - 2);
  const b = t.charCodeAt(t.length - 1);
  // ' is 0x27, ’ 0x2019, s 0x73.
  return ((a === 0x27 || a === 0x2019) && b === 0x73) || (a === 0x73 && (b === 0x27 || b === 0x2019));
}

export function isTitle(w: Word): boolean {
  return isCapitalised(w.text) && isTitleKey(w.key);
}

/**
 * An office a person holds (`minister`, `leader`, `officer`), not a rank that opens a name
 * (`Dr.`), a portfolio (`Health`) nor a party (`Tennessee Republican` is a member, no office).
 */
export function isOffice(key: string): boolean {
  return TITLES.has(key) && isSpeakerNoun(key) && !PARTY_MEMBERS.has(key);
}

/** A nationality's form (`Canadian`, `Chinese`, `British`, `Israeli`), ending as most do. */
const NATIONALITY = rx.u`^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$`;

/**
 * `Canadian woman`, `Regina man`: a nationality or a place, then one lower-case noun, says
 * only where someone is from; it names no one, as `French officials` does not. Not a given
 * name (`Brian`) nor a party's member (`Republican senator`).
 */
export function onlyOrigin(words: string[]): boolean {
  const [origin, head] = words;
  if (words.length !== 2 || !origin || !head || !rx.u`^\p{Ll}+$`.test(head)) return false;
  if (isPlace([origin.toLowerCase()])) return true;
  return NATIONALITY.test(origin) && !isGivenName(origin) && !PARTY_MEMBERS.has(origin.toLowerCase());
}

/** A place's name joined to a word that says something is there: `Calgary-based`, `Toronto-area`. */
const LOCATING_COMPOUND = rx.u`^(\p{Lu}[\p{L}.'’]*)-(?:based|area|headquartered)$`;

/** Whether a capitalised word only says where something is: a place (`Montreal`), or one joined to `-based` or `-area` (`Calgary-based`). */
export function onlyPlaces(word: string): boolean {
  const place = LOCATING_COMPOUND.exec(word)?.[1] ?? word;
  return isPlace([place.toLowerCase()]);
}

/**
 * `Montreal private school`, `Calgary-based law firm`: a place, then words in lower case only,
 * which a new description (`a …`) gives to say where an unnamed body or person is, never which one.
 */
export function onlyPlaced(words: string[]): boolean {
  return words.length > 1 && onlyPlaces(words[0]!) && words.slice(1).every((w) => isLowerCase(w));
}

/** Words before a place that only narrow it or count people from it: `Central Alberta`, `Two Hamilton …`. */
const PLACE_MODIFIERS = new Set(["central", "northern", "southern", "eastern", "western", "rural"]);

/**
 * `Nova Scotia woman`, `Central Alberta homeowner`, `Three Calgary police officers`: a person's
 * noun in lower case after a place (its own lower-case words between, `city`, `police`) or a
 * nationality, with at most a count or a region's word before it. A body's noun (`Hamilton
 * police`) names the body, and is no person's noun. The many-word form of onlyOrigin; keys are the
 * words in lower case without a final stop.
 */
export function isOriginDescription(words: string[], keys: string[]): boolean {
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
  return isPlace(keys.slice(from, from + origin.length)) || (origin.length === 1 && onlyOrigin([origin[0]!, keys.at(-1)!]));
}

/**
 * `the Crown corporation`, `the Crown Corporation`, `a Crown agency`: Canada's word for a
 * state-owned body, before a body's noun (keys `crown` and `next`), makes a kind of body, no
 * name: like `the company`, it stands for the body the text named. Not `the Crown` alone (the
 * prosecution), nor before a lawyer's noun (`Crown attorney Jane Roe`).
 */
export function isCrownBody(key: string | undefined, next: string | undefined): boolean {
  return key === "crown" && next !== undefined && CROWN_BODY_NOUNS.has(next);
}

/** The nouns of a body `Crown` makes a state-owned one (isCrownBody). */
const CROWN_BODY_NOUNS = new Set(["corporation", "corporations", "corp", "agency", "agencies", "company", "entity"]);

/** A lower-case word (hyphens allowed), compiled once: tested for every role word. */
export const LOWER_WORD = rx.u`^\p{Ll}[\p{Ll}-]+$`;

/** A plural noun's ending: an `s` after anything but another `s` or an apostrophe (`nurses`, not `boss` or `Roe's`). */
export const PLURAL_ENDING = /[^s']s$/;

/**
 * `Bombers’ head coach`, `Higgs’ comments`: a word ending in `s` and then a bare apostrophe is a
 * possessive too (a word ends at a letter, so the apostrophe stands outside it), and only spaces
 * may lie between it and the next word: `‘…Higgs’, said` closes a quotation instead. The team's
 * role words still run on to the person's name.
 */
export function pluralPossessiveBefore(text: string, a: Word, b: Word): boolean {
  const c = text[a.end];
  if ((c !== "'" && c !== "’") || !a.text.endsWith("s")) return false;
  return joined(text, { ...a, end: a.end + 1 }, b);
}

/** Two words of one description: `the upbeat Flames’ interim head coach` runs on over the plural's apostrophe. */
/**
 * Whether the name whose last word is word k modifies a lower-case noun joined after it, no
 * possessive between (`a Leduc rally`, `a German user`, `one Trump confidant`), or a platform's
 * page or account (`the Edmonton Oilers Facebook page`): it names a thing of the person's or a
 * kind of people, not the person.
 */
export function nameModifiesNoun(text: string, ws: Word[], k: number): boolean {
  const w = ws[k]!;
  const next = ws[k + 1];
  if (!next || APOSTROPHE_S.test(w.text) || !joined(text, w, next)) return false;
  // `the Edmonton Oilers Facebook page`: a platform and what it holds, after the name (a platform closes no name: mention-names.ts).
  if (PLATFORMS.has(next.key)) return PLATFORM_MEDIA.has(ws[k + 2]?.key ?? "") && joined(text, next, ws[k + 2]!);
  return isLowerCase(next.text) && !FUNCTION_WORDS.has(next.key) && !PREPOSITIONS.has(next.key);
}

export function joinedInDescription(text: string, a: Word, b: Word): boolean {
  return joined(text, a, b) || pluralPossessiveBefore(text, a, b);
}
