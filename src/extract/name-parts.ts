// A name mention split into its titles and the name proper: `Russia's President Putin` is the
// president Putin, `Ontario Premier Doug Ford` the premier Doug Ford, `Conservative Michelle
// Rempel` Michelle Rempel. Separate from the cast (./actors) because it reads only the mention's
// own words, never the members the text has named, and the cast reads each distinct mention once.
import {
  COMPANY_SUFFIXES,
  FIRM_NOUNS,
  FIRM_WORDS,
  MODALS_GIVEN_AS_NAMES,
  NAME_PARTICLES,
  NOT_NAMES,
  OFFICE_STEPS,
  ORG_WORDS,
  PEOPLE_BY_ROLE,
  PERSON_ONLY_TITLES,
  SPEAKER_NOUNS,
  SURNAME_BODY_WORDS,
  TITLES,
} from "./lexicon";
import { isSpeakerNoun } from "./mention-words";
import { isGivenName, isPlace, SURNAMELESS_TITLES } from "./names";
import { APOSTROPHE_S, isSpaceAt, isTitleKey, startsUpper } from "./text";

/**
 * Titles a park or a field is named for with the person (`Lord Roberts Park`, `Chief Whitecap
 * Park`, `Governor Simcoe Park`): before a park's name they make no person (nameParts).
 */
const NAMESAKE_TITLES = new Set([...SURNAMELESS_TITLES, "lord", "chief", "governor", "gov", "sir"]);

export interface NameParts {
  titles: string[];
  words: string[];
  /** A role no title list holds stood before the name (`Coach Tavita New York`): a person's all the same. */
  roled?: boolean;
}

/** The suffix of a title whose holder has not yet taken office: `President-elect`, `Premier-designate` (a word's key). */
export const NOT_YET_IN_OFFICE = /-(?:elect|designate)$/;

/** An age as one hyphenated word: `Forty-eight-year-old`, `62-year-old`. */
const AGE_WORD = /-years?-old$/i;

/** Splits a name mention into its titles and the name proper; `Russia's President Putin` -> President, Putin. */
export function nameParts(mention: string): NameParts {
  let ws = wordsOf(mention);
  // The last possessive before the last word: read from the end, where the first one found is it.
  let lastPossessive = -1;
  for (let i = ws.length - 2; i >= 0 && lastPossessive < 0; i--) if (APOSTROPHE_S.test(ws[i]!)) lastPossessive = i;
  if (lastPossessive >= 0 && !namesAnOffice(ws, lastPossessive) && !namesAPlace(ws) && !namesACompany(ws, lastPossessive))
    ws = ws.slice(lastPossessive + 1);
  // The last word's possessive ending dropped, in place (`ws` is this call's own array): the
  // expression is asked only of a word that ends as it can match, in `s` or an apostrophe.
  const lastWord = ws[ws.length - 1];
  if (lastWord !== undefined && mayEndPossessive(lastWord)) ws[ws.length - 1] = lastWord.replace(/['’]s?$/, "");
  const titles: string[] = [];
  // `Ontario Premier Doug Ford`, `Pensioner Margaret Booth`: a place, an organisation or a
  // description before a title or role, then a full name: the name is the last two or more words.
  // `President-elect`, `Premier-designate`: the title of an office not yet taken is the office's title.
  // Each word's key made once, beside it: the tests below ask it of every word, some twice.
  // Pushed, not mapped: a mapped array is of another kind to the engine than those it is sliced
  // from and compared with below, and the compiled nameParts was thrown away again and again
  // for it, running the rest of each pass uncompiled.
  let keys: string[] = [];
  for (const w of ws) keys.push(keyOf(w));
  // `Queen Ada Park`, `St. Olaf Field`: a royal or a saint bears no surname, so the title, a given
  // name and `Park` name the park, whole (isParkName); the title is no person's. So too after
  // `the` (`the St. Louis Blues`), which the mention holds before a title.
  const saintAt = keys[0] === "the" ? 1 : 0;
  if (SURNAMELESS_TITLES.has(keys[saintAt]!) && isPlace(saintAt ? keys.slice(saintAt) : keys)) return { titles, words: ws.slice(saintAt) };
  // `Retailer Sears plans …`: a firm's noun opening a sentence before a one-word name is no part
  // of it (see mention-firm-nouns.ts); not a place so named (`Bank Street`), nor before one.
  if (ws.length === 2 && FIRM_NOUNS.has(keys[0]!) && !isPlace(keys) && !isPlace([keys[1]!])) {
    ws = ws.slice(1);
    keys = keys.slice(1);
  }
  let lastRole = -1;
  for (let i = 0; i <= ws.length - 3; i++) {
    const k = keys[i]!;
    if (isTitleKey(k) || SPEAKER_NOUNS.has(k) || PEOPLE_BY_ROLE.has(k)) lastRole = i;
  }
  // Not `Ontario Ministry of Housing`: a name after a role starts with a capital, not with `of`.
  const nameAfterRole = lastRole >= 0 && startsUpper(ws[lastRole + 1]!);
  // A title after the role (`Foreign Affairs Minister Roe`) makes the role a part of the office;
  // the last word is the surname all the same, even one that is a title (`Staff-Sgt. Cheryl King`).
  let roled = false;
  if (nameAfterRole && !officeRunsOn(keys, lastRole + 1)) {
    if (isTitleKey(keys[lastRole]!)) titles.push(keys[lastRole]!);
    // `Coach Tavita New York`, `head coach …`: one person's role (not `Workers`) before the name, as a title is.
    else roled = ONE_PERSON_ROLES.has(keys[lastRole]!) && !namesAThing(keys[lastRole + 1]!);
    ws = ws.slice(lastRole + 1);
    keys = keys.slice(lastRole + 1);
  }
  const named = ws;
  const namedKeys = keys;
  // `Interior Health`, a health authority: title words alone, the last an organisation's word,
  // name the body; read as titles they left `Health` a person titled `interior`.
  // So too a firm's word after title words (`General Motors`, `General Electric`), a firm being
  // named so where a person is not; never after a person's own title (`Dr. Homes`).
  // The last word's look-up first: nearly no name ends in such a word, and skips the walk.
  const lastKey = keys[keys.length - 1]!;
  const body =
    (ORG_WORDS.has(lastKey) && keys.every((k) => TITLES.has(k))) ||
    (FIRM_WORDS.has(lastKey) && keys.slice(0, -1).every((k) => TITLES.has(k) && !PERSON_ONLY_TITLES.has(k)));
  // The titles opening the name, counted and then cut off at once.
  let from = 0;
  const titledBefore = titles.length;
  while (
    ws.length - from > 1 &&
    !body &&
    (isTitleKey(keys[from]!) ||
      officeNotYetTaken(keys[from]!, ws.length - from, titles.length > 0) ||
      (TITLE_QUALIFIERS.has(keys[from]!) && isTitleKey(keys[from + 1]!)))
  ) {
    if (isTitleKey(keys[from]!)) titles.push(keys[from]!);
    from++;
  }
  // `Independent Investigation Unit`, `Independent Review Office`: a title word before words no
  // person bears (no given name) that end in an organisation's word opens the body's own name.
  if (from > 0 && ws.length - from >= 2 && ORG_WORDS.has(lastKey) && !keys.slice(from).some((k) => isGivenName(k))) {
    titles.length = titledBefore;
    from = 0;
  }
  if (from > 0) {
    ws = ws.slice(from);
    keys = keys.slice(from);
  }
  // `Health Canada`, `Defence Ministry`: a title word before a place names a department, not a person.
  // `Prince George`, `St. Albert`: a town named for a titled person is the town. Not after a
  // title that opens only a person's name (`Premier Houston`, `Councillor Vaughan`). Asked as
  // titled: `Dr. Field`, `Nurse Ilka Field` are no playing field (isPlace); not by a title parks
  // and fields are named for (`Lord Roberts Park`, `Chief Whitecap Park`, NAMESAKE_TITLES).
  const titled = !titles.every((t) => NAMESAKE_TITLES.has(t));
  if (titles.length > 0 && (isPlace(namedKeys, titled) || (isPlace(keys, titled) && !titles.every((t) => PERSON_ONLY_TITLES.has(t))))) {
    titles.length = 0;
    ws = named;
  }
  // `Will Osler`: mentions.ts let the modal open the name only where it is a given name.
  while (ws.length > 1) {
    const first = ws[0]!.toLowerCase();
    if (!NOT_NAMES.has(first) || MODALS_GIVEN_AS_NAMES.has(first) || newOpensPartyName(first, ws[1]!.toLowerCase())) break;
    ws = ws.slice(1);
  }
  // `Forty-eight-year-old Ghomeshi`: an age spelled out to open a sentence describes, never names.
  while (ws.length > 1 && AGE_WORD.test(ws[0]!)) ws = ws.slice(1);
  return roled ? { titles, words: fromGivenName(ws), roled } : { titles, words: fromGivenName(ws) };
}

/** Words that `New` opens a party's name with: `New Democratic Party`, `New Democrat MP`. */
const NEW_PARTY_WORDS = new Set(["democrat", "democrats", "democratic"]);

/**
 * `the New Democratic Party`, `New Democrats`: `New`, of NOT_NAMES (`New data shows`), opens the
 * party's name (keys, in lower case); cut off, it left `Democratic` a title and the party `Party`.
 */
export function newOpensPartyName(key: string, nextKey: string): boolean {
  return key === "new" && NEW_PARTY_WORDS.has(nextKey);
}

/**
 * Whether a word ends as a possessive may (`s`, `'`, `’`): read from its last character, where an
 * expression was run on the last word of every mention parsed.
 */
function mayEndPossessive(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 115 || c === 39 || c === 0x2019;
}

/**
 * `Premier Designate Jane Roe`: an office not yet taken, written apart after its title, is the
 * title's too, not the person's first name; so too where the title was read as a place's or a
 * body's (`Manitoba Premier Designate Jane Roe` cut to `Designate Jane Roe`) before a full name.
 * `left`: how many words are left once the titles before the word are taken off; `titled`:
 * whether a title was taken off already. At module level, not a closure in nameParts:
 * keepNames wraps a named closure on every call.
 */
function officeNotYetTaken(key: string, left: number, titled: boolean): boolean {
  return OFFICE_STEPS.has(key) && (titled || left > 2);
}

/**
 * Roles written before a person's name as a title is (`Coach Tavita New York`, `Pastor Ada
 * Corvale`): see NameParts.roled. A closed list of one person's roles, never a body's word
 * (`Union`, `Party`, `Team`, `Office`, which SPEAKER_NOUNS holds for `the union said`), nor a
 * role that opens many a body's name (`Nurse Practitioners …`, `Student Housing …`, `Parent Voices …`).
 */
const ONE_PERSON_ROLES = new Set([
  "coach",
  "pastor",
  "goalie",
  "goaltender",
  "rabbi",
  "imam",
  "deacon",
  "skipper",
  "chef",
  "quarterback",
  "pitcher",
  "defenceman",
  "striker",
  "priest",
  // Sport's and music's one-person roles that open no body's name (not `Director`, `Directors Guild`).
  "manager",
  "referee",
  "umpire",
  "linesman",
  "trainer",
  "captain",
  "goalkeeper",
  "keeper",
  "netminder",
  "defenseman",
  "winger",
  "midfielder",
  "catcher",
  "shortstop",
  "conductor",
]);

/** A plural (`Voices`) or a gerund (`Housing`) after the role: a body's name goes on, no person's. */
function namesAThing(key: string): boolean {
  return /(?:s|ing)$/.test(key) && !isGivenName(key);
}

/**
 * A word's key as nameParts reads it: lower case, no final full stop, no `-elect` or `-designate`.
 * Each expression asked only of a word with its full stop or hyphen.
 */
function keyOf(w: string): string {
  const lower = w.toLowerCase();
  const bare = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return bare.includes("-") ? bare.replace(NOT_YET_IN_OFFICE, "") : bare;
}

/** Whether the keys from `from` on hold a title before the last word, or an organisation's word anywhere. */
function officeRunsOn(keys: string[], from: number): boolean {
  for (let i = from; i < keys.length; i++) {
    if ((TITLES.has(keys[i]!) && i < keys.length - 1) || ORG_WORDS.has(keys[i]!)) return true;
  }
  return false;
}

/** A mention's words: its runs of characters other than white space, as `split(/\s+/)` without the empty ends. */
function wordsOf(mention: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= mention.length; i++) {
    const space = i === mention.length || isSpaceAt(mention, i);
    if (space && start >= 0) {
      out.push(mention.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/** Words that qualify the title after them and are no name: `Grand Chief Wilson` is Chief Wilson. */
const TITLE_QUALIFIERS = new Set(["grand", "acting", "interim"]);

/**
 * `Conservative Michelle Rempel`, `Spaniard Marc Gasol`, `Minister of Public Safety Ralph
 * Goodale`: capitalised words that are no name (a party, a nationality, a portfolio after its
 * office) before a full name that opens with a known given name describe the person; the name
 * starts at the given name. Only when no earlier word is a given name or a name's particle
 * (`Pierre Elliott Trudeau`, `Eileen de Villa`), and the rest is no place (`Prince Edward Island`).
 */
function fromGivenName(ws: string[]): string[] {
  if (ws.length < 3) return ws;
  for (let p = 0; p <= ws.length - 2; p++) {
    const key = ws[p]!.toLowerCase();
    if (NAME_PARTICLES.has(key)) return ws;
    // A given name is capitalised: the `des` of `Centrale des syndicats du Québec` is no `Des`.
    if (startsUpper(ws[p]!) && isGivenName(ws[p]!)) {
      if (p === 0) return ws;
      const rest = ws.slice(p).map((w) => w.toLowerCase().replace(/\.$/, ""));
      // `Traveller Tom Court`: a body's word that is also a surname, after the given name alone, ends the person's name
      // when a speaker's noun stands before it; `St. Paul Church`, `Cathedral Grace Church` are bodies.
      const surname = rest.length === 2 && SURNAME_BODY_WORDS.has(rest[1]!) && isSpeakerNoun(ws[p - 1]!.toLowerCase());
      return isPlace(rest) || (!surname && rest.some((k) => ORG_WORDS.has(k))) ? ws : ws.slice(p);
    }
    if (!(startsUpper(ws[p]!) || key === "of" || key === "the")) return ws;
  }
  return ws;
}

/**
 * `the Prime Minister's Office`, `the Attorney General's office`: an organisation's word alone
 * after a person's possessive is that person's office, named by the whole phrase, where
 * `Russia's President Putin` or `Canada's Health Ministry` (a place's possessive) name what follows.
 */
function namesAnOffice(ws: string[], possessive: number): boolean {
  const rest = ws.slice(possessive + 1);
  const owner = ws[possessive]!.toLowerCase().replace(APOSTROPHE_S, "");
  return rest.length === 1 && ORG_WORDS.has(rest[0]!.toLowerCase()) && !isPlace([owner]);
}

/**
 * `Hudson's Bay Co.`, `McDonald's Corp.`, `The Hudson's Bay Company`: a possessive opening a name
 * a company's suffix closes is a word of the company's name, named whole, where `Toronto's Acme
 * Inc.` (a place's possessive) names what follows it.
 */
function namesACompany(ws: string[], possessive: number): boolean {
  if (possessive !== 0 || !COMPANY_SUFFIXES.has(keyOf(ws.at(-1)!))) return false;
  return !isPlace([ws[0]!.toLowerCase().replace(APOSTROPHE_S, "")]);
}

/**
 * `Queen's Park`, `St. John's`: a place whose name holds a possessive is named whole, where
 * `Russia's President Putin` names what follows the possessive. Asked only of names with one.
 */
function namesAPlace(ws: string[]): boolean {
  return isPlace(ws.map((w) => w.toLowerCase().replace(/\.$/, "")));
}
