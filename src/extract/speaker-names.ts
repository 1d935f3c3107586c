// Whether a speaker's name names anyone: the last check before a quotation's speaker is given out.
// Apart because the members it refuses come by many roads (a name mention, a pronoun read back to
// a description, a capital that only opens a sentence), and one invariant at the end holds for
// them all: a date or a description of someone unnamed is no speaker's name. (A place alone is
// left as it is: most often it stands for the place's government or a body named after it,
// `Alberta` for the Alberta government, which its name still points to.)
import type { CastMember } from "./actors";
import { COUNT_WORDS, DESCRIPTION_LINKS, NAME_PARTICLES, NOT_NAMES, ORGANISATION_NOUNS, TITLE_SMALL_WORDS } from "./lexicon";
import { isOriginDescription, isPersonNoun, PLURAL_ENDING } from "./mention-words";
import { isDateWord, isGivenName } from "./names";
import { APOSTROPHE_S, FINAL_STOP, isLowerCase } from "./text";
import { rx } from "./unicode-regexps";

/**
 * `Heads of Vale's emergency wards`, `Spokesman for committee members`: a person's noun and a
 * link, the description the text gave (`the heads of …`) taken whole as a name, with no name after
 * the link (a word in lower case past the article). It names no one. (`Spokesperson for the Acme
 * Board`, `Governor of Ohio`: a noun linked to a name is left as it is, the office or the one
 * spoken for named.)
 */
function unnamedLinkedDescription(words: string[]): boolean {
  if (words.length < 3 || !DESCRIPTION_LINKS.has(words[1]!)) return false;
  const head = words[0]!.toLowerCase();
  if (!isPersonNoun(head) && !isPersonNoun(head.replace(/s$/, ""))) return false;
  const rest = words[2]!.toLowerCase() === "the" ? words.slice(3) : words.slice(2);
  // A name's own lower-case words are no description's: a particle (`Anne de Villiers`, `Université
  // de Tolland`), a body's noun (`Tolland police`), a possessor (`the province's Ministry of …`).
  return rest.some((w) => {
    const k = w.toLowerCase();
    return isLowerCase(w) && !TITLE_SMALL_WORDS.has(k) && !NAME_PARTICLES.has(k) && !ORGANISATION_NOUNS.has(k) && !APOSTROPHE_S.test(w);
  });
}

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
  // `Seven children … said they were “very happy”`: a count opening its sentence, read alone, says how many spoke.
  if (keys.length === 1)
    return (
      NOT_NAMES.has(key) || COUNT_WORDS.has(key) || isDateWord(words[0]!) || PLURAL_INITIALISM.test(words[0]!) || bareOffice(words, keys)
    );
  return (
    isOriginDescription(words, keys) ||
    countedPeople(words, keys) ||
    unownedMedium(words, keys) ||
    unnamedLinkedDescription(words) ||
    bareOffice(words, keys)
  );
}

/**
 * `Multiple MPs`, `Several senators`, `Two councillors`: a count or a rough number opening a
 * plural of people (capitalised to open a headline's clause) says how many spoke, never who.
 * Only a person's noun in the plural at the end: `Three Rivers`, `Seven Oaks` are places. So
 * too initials in the plural after words that only qualify them (`Conservative MPs`, `Toronto
 * MPPs`, read from `several Conservative MPs said`): a kind of people, as `MPs` alone is. Not
 * after a link (`Association of MPs` is a body).
 */
function countedPeople(words: string[], keys: string[]): boolean {
  const last = words.at(-1)!;
  if (PLURAL_INITIALISM.test(last)) return !keys.some((k) => DESCRIPTION_LINKS.has(k));
  const counted = COUNT_WORDS.has(keys[0]!) || MORE_ROUGH_COUNTS.has(keys[0]!);
  return counted && isLowerCase(last) && PLURAL_ENDING.test(last) && isPersonNoun(keys.at(-1)!);
}

/**
 * Rough numbers besides COUNT_WORDS that open a headline's group (`Multiple MPs`, `Numerous
 * residents`): not among the lexicon's QUANTIFIERS, which make quoted words after them a counted
 * noun's (`numerous “in-kind gifts,”` is a speaker's own words as often).
 */
const MORE_ROUGH_COUNTS = new Set(["multiple", "numerous"]);

/**
 * `MPs`, `NGOs`, `AGIs`: initials in the plural name a kind of people or things (the page's
 * `Above Guideline Increases (AGIs)`), never one body or person that spoke.
 */
const PLURAL_INITIALISM = rx.u`^\p{Lu}{2,}s$`;

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

/** Titles held only with a portfolio before them (`Defence Minister`, `Press Secretary`); as a surname only after a given name. */
const PORTFOLIO_TITLES = new Set(["minister", "secretary"]);

/**
 * `Oakvale's Fisheries Minister is weighing …`: a portfolio and its title, capitalised as a name is,
 * is the office without its holder; the text names no one by it. (`Minister of Defence` and the
 * like, an office's or ministry's name with a link, are left as they are.) The title's word alone,
 * capitalised, is the same office with its portfolio or rank left out of the name (`Minister` read
 * from `Pellworth's Prime Minister`, `Secretary` from `Health Secretary`). Asked here of every
 * speaker, and by the resolver, whose `the minister` is then the office's holder (Descriptions.holderOfOfficeAlone).
 */
export function isOfficeAlone(member: CastMember): boolean {
  // The title's word first: asked of names met in a walk back, nearly none of which ends in one.
  if (!PORTFOLIO_TITLES.has(member.tokens.at(-1) ?? "")) return false;
  const words = member.name.split(/\s+/);
  return bareOffice(
    words,
    words.map((w) => w.toLowerCase().replace(FINAL_STOP, "")),
  );
}

/** isOfficeAlone's test on a name's words and their keys, as namesNoSpeaker has split them. */
function bareOffice(words: string[], keys: string[]): boolean {
  if (!PORTFOLIO_TITLES.has(keys.at(-1)!) || isLowerCase(words.at(-1)!) || keys.some((k) => DESCRIPTION_LINKS.has(k))) return false;
  // `said Kit Minister, a deckhand`: a given name and the title's word alone are a person's names.
  return !(words.length === 2 && isGivenName(words[0]!));
}

/**
 * `… shortly after U.S. President Jane Ro` closing the page: a name that is the text's last words,
 * with no stop after them, ending a line of prose, whose last word the text writes nowhere else as
 * a whole word, may be cut off mid-word by the page's end (`Ro` for `Roe`, its other mentions the
 * whole `Roe` read as it): it is not known to be anyone's name. Not on a line with a signature or
 * credit's dash (`— Insp. Jane Roe`), which ends with a whole name and no stop. Reads the text once, only when
 * it ends with the name (index.ts asks once per member).
 */
export function cutByTextEnd(text: string, member: CastMember): boolean {
  const end = text.trimEnd().length;
  // `said Oren Das Jr.`: a name closed by its own stop (`Jr.`, `Inc.`) ends whole.
  if (!text.endsWith(member.name, end) || FINAL_STOP.test(member.name)) return false;
  const line = text.slice(text.lastIndexOf("\n", end - 1) + 1, end).trim();
  if (SIGNATURE_DASH.test(line) || line.split(/\s+/).length < CUT_LINE_MIN_WORDS) return false;
  const last = member.name.slice(member.name.lastIndexOf(" ") + 1);
  for (let at = text.indexOf(last); at >= 0 && at < end - last.length; at = text.indexOf(last, at + 1))
    if (!WORD_CHAR.test(text[at + last.length] ?? "") && !WORD_CHAR.test(text[at - 1] ?? "")) return false;
  return true;
}

const WORD_CHAR = rx.u`[\p{L}\p{N}]`;

/** A dash set off by space (`― Jane Roe`, `— Insp. Jane Roe`), as a signature or credit opens with. */
const SIGNATURE_DASH = /(?:^|\s)[-–—―]+\s/u;

/** The fewest words of a last line read as prose the page's end cuts off: a credit, byline or signature is shorter. */
const CUT_LINE_MIN_WORDS = 10;

/** How far either way from a mention its line is read for page chrome's separators. */
const CHROME_LINE_CHARS = 300;
/** The fewest lower-case words (past a title's small words) that make a barred segment prose, no menu label. */
const CHROME_MAX_PROSE_WORDS = 2;

/**
 * `Home WebMail Sunday, May 4 | Dunmere | 12°C | Regions Advertise Login |`: a name met only on
 * lines split by bars is the site's navigation or status bar, menu labels run together, no one's
 * name. Reads a bounded stretch around each of the member's mentions (index.ts asks once per member).
 */
export function onlyOnChromeLines(text: string, member: CastMember): boolean {
  if (member.seen.length === 0) return false;
  // The mention's own segment, between bars or the line's ends, read at most CHROME_LINE_CHARS
  // either way: a menu label is the whole segment (`| Dunmere |`); a headline's sentence before
  // `| Site | News` is prose, whose name is someone's.
  return member.seen.every((at) => {
    let from = at;
    while (from > 0 && at - from < CHROME_LINE_CHARS && text[from - 1] !== "\n" && text[from - 1] !== "|") from--;
    let to = at;
    while (to < text.length && to - at < CHROME_LINE_CHARS && text[to] !== "\n" && text[to] !== "|") to++;
    if (text[from - 1] !== "|" && text[to] !== "|") return false;
    const prose = text
      .slice(from, to)
      .split(/\s+/)
      .filter((w) => isLowerCase(w) && !TITLE_SMALL_WORDS.has(w));
    return prose.length < CHROME_MAX_PROSE_WORDS;
  });
}
