// A person and the body they belong to, read back from a verb: `Jane Doe of the Fraser Institute
// said` (the person speaks, not the institute), the full name an organisation's description or an
// office sets off (`a spokesperson for the company, Acme Boxing,`, `Saskatchewan Party MLA, Jane
// Roe,`), and where an organisation's name starts (`Center for Nonproliferation Studies`).
// Separate because they read organisations' names and the links that tie a person to one, which
// no other reader of subjects asks.
import { FIRM_WORDS, OF_HEADS, ORG_WORDS, ORGANISATION_NOUNS, PREPOSITIONS } from "./lexicon";
import { beforeJoinedOffices, holderAfterPortfolio, holdsTitledFullName } from "./mention-office-holders";
import { isOffice, isPossessive, isSpeakerNoun, isTitle, joined, type Mention } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { isGivenName, isPlace } from "./names";
import { type Clause, joinedByPluralPossessive, onlySpaces } from "./subject-words";
import { isCapitalised, isLowerCase } from "./text";

/** Links that tie a person to where they work: `Jane Doe of the Fraser Institute`. */
const AFFILIATION_LINKS = new Set(["of", "at", "from", "with"]);

/** Prepositions whose object is never the subject of the verb after it (not `of`, `for`, `at`, `from`, `with`: affiliations). */
export const OBJECT_PREPOSITIONS = new Set([...PREPOSITIONS, "about"].filter((p) => !AFFILIATION_LINKS.has(p) && p !== "for"));

/**
 * `Jane Doe of the Fraser Institute said`: the subject is the person, not the organisation
 * that ends the phrase. The name before the link is taken when only spaces join them.
 */
export function affiliatedName(a: Clause, m: Mention, lo: number): Mention | undefined {
  const ws = a.words;
  // `Assembly of Oakvale Nations National Chief Jane Roe said`: the name after `of` is a titled
  // person's, the words before it the body's name.
  if (holdsTitledFullName(a, m.first + 1, m.last)) return undefined;
  let k = organisationStart(a, m, lo) - 1;
  if (k >= lo && ws[k]!.key === "the") k--;
  if (k - 1 < lo || !AFFILIATION_LINKS.has(ws[k]!.key) || ws[k]!.text !== ws[k]!.key) return undefined;
  a.work.add(2);
  // `Jane Roe, 79, of Grand Bay-Westfield said`: an age set off by commas stands between the
  // person and where she lives.
  if (k - 2 >= lo && agedBefore(a, k)) k--;
  else if (!onlySpaces(a.text, ws[k - 1]!.end, ws[k]!.start) || a.quoted[k - 1]) return undefined;
  // `Chief Safety Officer of Transit Dr. Jane Roe said`: an office before `of` names its
  // portfolio, no person; the holder is named after it.
  if (isOffice(ws[k - 1]!.key)) {
    const holder = holderAfterPortfolio(a, k - 1);
    return holder && { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
  }
  const person = npBackward(a, k - 1);
  if (person?.kind !== "name" || person.first < lo) return undefined;
  // `Chief Jane Roe, Chippewas of Lakeview said`: the body's name through `of` is set off after the person's.
  return personBeforeBody(a, person, lo) ?? person;
}

/** An age: one to three digits. */
const AGE = /^\d{1,3}$/;

/** Whether the words before the link at `k` are a name's comma-set age (`Roe, 79, of`). */
function agedBefore(a: Clause, k: number): boolean {
  const ws = a.words;
  const age = ws[k - 1]!;
  return AGE.test(age.text) && a.text.slice(age.end, ws[k]!.start) === ", " && a.text.slice(ws[k - 2]!.end, age.start) === ", ";
}

/**
 * `Chief Jane Roe, Mississaugas of Lakeview said`: a name read back from the verb that holds
 * no title nor given name, set off by a comma after a person's full name (a title or a given
 * name opens it and a surname follows), names the body that person speaks for; the person
 * speaks. The body is written bare, as a label (`Jane Roe, the union, said` is an appositive
 * read elsewhere). Reads the two names and the comma between: a fixed window.
 */
export function personBeforeBody(a: Clause, body: Mention, lo: number, article = false): Mention | undefined {
  const ws = a.words;
  // `Jane Roe, the Lakeview Nurses Union: “…”`: a signature before a colon may give the body its article.
  let open = body.first;
  if (ws[open]!.key === "the" && article) open++;
  const at = article && ws[open - 1]?.key === "the" ? open - 1 : open;
  const before = ws[at - 1];
  if (!before || at - 1 <= lo || !/^,\s+$/.test(a.text.slice(before.end, ws[at]!.start))) return undefined;
  if (!isCapitalised(ws[open]!.text) || ws[open]!.key === "the") return undefined;
  for (let k = open; k <= body.last; k++) if (isTitle(ws[k]!) || isGivenName(ws[k]!.text)) return undefined;
  const person = npBackward(a, at - 1);
  // The person opens the clause: `After meeting Jane Roe, the union said` has the union speak.
  if (person?.kind !== "name" || person.first !== lo || person.last - person.first < 1) return undefined;
  const opener = ws[person.first]!;
  return isTitle(opener) || isGivenName(opener.text) ? person : undefined;
}

/**
 * `Jane Roe with the foundation told`: a body named again by its common noun (ws[k], after `the`)
 * after a person's full name and an affiliation's link says where the person works; the person
 * speaks, as with the body's own name (affiliatedName). The name must open with a title or a given
 * name, so a place or a body before the link (`Corvale with the union`) gives no one. A fixed window.
 */
export function personWithBodyNoun(a: Clause, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  const link = k - 2;
  if (link - 1 < lo || ws[k - 1]!.text !== "the" || !AFFILIATION_LINKS.has(ws[link]!.text)) return undefined;
  if (!ORGANISATION_NOUNS.has(ws[k]!.key) && !ORG_WORDS.has(ws[k]!.key)) return undefined;
  a.work.add(3);
  if (!onlySpaces(a.text, ws[link - 1]!.end, ws[link]!.start) || a.quoted[link - 1] || a.quoted[k]) return undefined;
  const person = npBackward(a, link - 1);
  if (person?.kind !== "name" || person.first < lo || person.last === person.first) return undefined;
  // The name opens the clause (or follows its comma): `a nurse who met Jane Roe of the union
  // said` has the nurse speak, the name being the object inside her description.
  if (person.first > lo && !/,\s*$/.test(a.text.slice(ws[person.first - 1]!.end, ws[person.first]!.start))) return undefined;
  const opener = ws[person.first]!;
  const titled = isTitle(opener);
  if (!titled && !isGivenName(opener.text)) return undefined;
  // `Grace Church with the council`, `Victoria Park with the council`, `Jane Street with …`: a
  // site's or a street's name may open with a given name; the words are then no person's.
  // A title makes a person (`Mr. Park`), whatever a gazetteer says of the words after it.
  const tokens = ws.slice(person.first, person.last + 1).map((w) => w.key);
  if (!titled && isPlace(tokens)) return undefined;
  const last = tokens[tokens.length - 1]!;
  if (SITE_LAST_WORDS.has(last)) return undefined;
  // `Grace Park`, `Helen Church`: a surname that is also a site's word makes a person, unless the
  // given name is a place too (`Victoria Park`) or the text puts the name after a word of place
  // (`met at Grace Church`).
  if (SURNAME_SITE_WORDS.has(last) && !titled && (isPlace(tokens.slice(0, 1)) || namedAsPlace(a, tokens))) return undefined;
  return person;
}

/** Site words that are common surnames too (`Grace Park`, `Helen Church`): a person unless shown a place. */
const SURNAME_SITE_WORDS = new Set(["church", "park"]);

/** Words that put a name as a place: `at Grace Church`, `outside Victoria Park`, `the Grace Church`. */
const PLACE_MARKERS = new Set(["at", "in", "inside", "outside", "near", "behind", "into", "from", "to", "the"]);

/**
 * Whether the text anywhere has the name's words after a word of place (PLACE_MARKERS). The
 * places where a word follows such a word are read once per analysis (placeStarts), keyed by
 * their first word, so each name asks only the spots its first word opens: linear in the text.
 */
function namedAsPlace(a: Clause, tokens: readonly string[]): boolean {
  const ws = a.words;
  const starts = placeStarts(a).get(tokens[0]!);
  if (!starts) return false;
  a.work.add(starts.length);
  for (const i of starts) {
    if (i + tokens.length > ws.length) continue;
    let k = 0;
    while (k < tokens.length && ws[i + k]!.key === tokens[k]) k++;
    if (k === tokens.length) return true;
  }
  return false;
}

/** Per analysis's words: each word's key after a word of place, with where it stands. */
const PLACE_STARTS = new WeakMap<readonly unknown[], Map<string, number[]>>();

function placeStarts(a: Clause): Map<string, number[]> {
  const ws = a.words;
  let starts = PLACE_STARTS.get(ws);
  if (starts) return starts;
  starts = new Map();
  a.work.add(ws.length);
  for (let i = 1; i < ws.length; i++) {
    if (!PLACE_MARKERS.has(ws[i - 1]!.key)) continue;
    const key = ws[i]!.key;
    const list = starts.get(key);
    if (list) list.push(i);
    else starts.set(key, [i]);
  }
  PLACE_STARTS.set(ws, starts);
  return starts;
}

/**
 * Last words of a site's name that open with a given name (`Grace Church`, `Victoria Park`, `Mary
 * Seacole School`), read only in personWithBodyNoun: a person's name there would be a rare
 * surname, and null is better than a building for a speaker. Not `park` or `church`, common
 * surnames (SURNAME_SITE_WORDS), which stay a person's unless the text shows the place.
 */
const SITE_LAST_WORDS = new Set([
  "chapel",
  "cathedral",
  "gardens",
  "centre",
  "center",
  "school",
  "college",
  "library",
  "hospital",
  "station",
]);

/** Small words inside an organisation's name: `Center for Nonproliferation Studies`, `Alliance on Mental Illness`. */
const ORG_NAME_LINKS = new Set(["for", "and", "on", "&"]);
/** How many such links one name runs through (`Center for Coastal and Northern Studies`). */
const MAX_ORG_NAME_LINKS = 3;

/**
 * Where the organisation's name that ends with m starts: a name parsed back from its last
 * word stops at `for` or `of`, so `the Jane Roe Center for Tallwood Studies`
 * reads as `Nonproliferation Studies`. It runs on through the small linking words, and through
 * `of` after an organisation's word (`Bank of Canada`, `University of Toronto`).
 */
function organisationStart(a: Clause, m: Mention, lo: number): number {
  const ws = a.words;
  let first = m.first;
  for (let hops = 0; hops < MAX_ORG_NAME_LINKS && first - 2 >= lo; hops++) {
    a.work.add();
    const link = ws[first - 1]!;
    if (link.text !== link.key || a.quoted[first - 2] || !isCapitalised(ws[first - 2]!.text)) break;
    if (!ORG_NAME_LINKS.has(link.key) && !(link.key === "of" && OF_HEADS.has(ws[first - 2]!.key))) break;
    const chunk = npBackward(a, first - 2);
    if (chunk?.kind !== "name" || chunk.first < lo) break;
    first = chunk.first;
  }
  return first;
}

/** The name that is the whole appositive ws[from..to] (`Tom Brown`, `Dr Anna Clarke of Monash University`). */
export function appositiveName(a: Clause, from: number, to: number): Mention | undefined {
  const n = npForward(a, from);
  if (n?.kind !== "name" || n.first !== from) return undefined;
  if (n.last === to) return n;
  const link = a.words[n.last + 1];
  return link && AFFILIATION_LINKS.has(link.key) && link.text === link.key ? n : undefined;
}

/**
 * Whether a name of two words or more ends in a capitalised person's noun that is no title
 * (`Acme Manager`, `Delmar Steel Spokesperson`): a role, whose holder set off after it
 * (`Acme Manager, Tiago Roe, said`) is the name there when a given name opens it. Given names
 * before the last word make a person's full name, not a role, though the surname is a person's
 * noun too (`Tom Hunter`, `Mary Ellen Baker`): what is set off after it is the person's employer.
 */
function endsInRole(a: Clause, m: Mention): boolean {
  const w = a.words[m.last]!;
  if (m.last <= m.first || !isSpeakerNoun(w.key) || !isCapitalised(w.text)) return false;
  // `Rogers Spokesperson`, `Bell Manager`: one employer's word, a given name too, before a noun
  // no one's surname is a role all the same.
  return (m.last === m.first + 1 && NO_SURNAME_ROLES.has(w.key)) || !givenNamesBefore(a, m);
}

/** Persons' nouns that are no one's surname, unlike `Baker` or `Hunter`. */
const NO_SURNAME_ROLES = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "manager",
  "owner",
  "coordinator",
  "co-ordinator",
  "organizer",
  "supervisor",
]);

/** Whether every word of name `m` before its last is a listed given name (`Tom Hunter`, not `Delmar Steel Spokesperson`). */
function givenNamesBefore(a: Clause, m: Mention): boolean {
  a.work.add(m.last - m.first);
  for (let i = m.first; i < m.last; i++) if (!isGivenName(a.words[i]!.key)) return false;
  return true;
}

/**
 * For name `m` ending in a role (endsInRole), its holder: the full name a given name opens set off
 * from word `from` to `to`, else undefined. A name no given name opens may be the role's region,
 * unit or employer (`Atlantic Region`, `Project Manager, Harbour Renewal`, `Event Organizer,
 * Corvale Rotary`), so only the listed given name shows the holder, though the role's noun is no
 * one's surname.
 */
export function holderAfterRole(a: Clause, m: Mention, from: number, to: number): Mention | undefined {
  if (!endsInRole(a, m)) return undefined;
  const holder = appositiveName(a, from, to);
  return holder && isGivenName(a.words[holder.first]!.key) && personSetOff(a, holder) ? holder : undefined;
}

/**
 * Whether name `m`, set off after an office or a role, has a person's shape: two words or more,
 * no department's name (`Human Resources`), no body's (`Ferro Inc.`), no place's, no number last;
 * opened by a listed given name, only no number last.
 */
export function personSetOff(a: Clause, m: Mention): boolean {
  if (m.last === m.first) return false;
  const keys = a.words.slice(m.first, m.last + 1).map((w) => w.key);
  a.work.add(keys.length);
  if (NUMBER_NAME.test(keys.at(-1)!)) return false;
  // `NDP MLA, Tom Parks,`, `Police Chief, Emily Post,`: a listed given name opens a person's name,
  // whose surname may be an organisation's or a department's word.
  if (isGivenName(keys[0]!)) return true;
  return !ORG_WORDS.has(keys.at(-1)!) && !FIRM_WORDS.has(keys.at(-1)!) && !namesADepartment(a, m) && !isPlace(keys);
}

/** A number closing a unit's name (`Ward Seven`, `Station 12`): no person's surname. */
const NUMBER_NAME = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** Whether a name of two words or more ends in an office (`Saskatchewan Party MLA`, `Ottawa Mayor`). */
export function endsInOffice(a: Clause, m: Mention): boolean {
  return m.last > m.first && isOffice(a.words[m.last]!.key);
}

/**
 * Whether a lone capitalised office heads a description a lower-case possessor opens, straight
 * or past a first office and `and` (`the company's CEO`, `the company's president and CEO`): the
 * office the possessor gives, which a full name set off after it holds, no name itself. Not one
 * after `and` (`the union's president, Tom Baker, and the company's CEO, Jane Roe,`): a second
 * person, of a pair whose first speaks for both.
 */
export function possessedOffice(a: Clause, m: Mention): boolean {
  const ws = a.words;
  if (m.last !== m.first || !isOffice(ws[m.first]!.key) || !isCapitalised(ws[m.first]!.text)) return false;
  const k = beforeJoinedOffices(a, m.first);
  const owner = ws[k];
  if (!owner || !isPossessive(owner) || !isLowerCase(owner.text) || !joined(a.text, owner, ws[k + 1]!)) return false;
  const opener = ws[k - 1]?.key === "the" ? k - 2 : k - 1;
  return ws[opener]?.key !== "and";
}

/**
 * `the Alberta Teachers’ Association`: a name run stops at a plural's possessive apostrophe, so
 * the organisation's noun after it stands alone as a name; read it as the body's description.
 */
export function ownedByPlural(a: Clause, m: Mention): boolean {
  return m.kind === "name" && m.first === m.last && joinedByPluralPossessive(a, m.first - 1);
}

/** What sets a lone office off from the names around it. */
const SET_OFF = ", ";

/**
 * `Tom Baker, Director, Human Resources, Ferro Inc., said`, `Jane Roe, Manager, Acme, said`:
 * when `m` is a lone office (a person's noun) set off by commas after a name, or a name set off
 * right after one, the office's index, else -1. Such an office and what follows it (its
 * department, its employer) describe the name before the office, which holds it and is the subject.
 */
export function officeSetOffBefore(a: Clause, m: Mention, lo: number): number {
  const ws = a.words;
  const o = m.first === m.last && isSpeakerNoun(ws[m.first]!.key) ? m.first : m.first - 1;
  const office = ws[o];
  const after = ws[o + 1];
  if (o - 1 < lo || !office || !after || !isSpeakerNoun(office.key) || !isCapitalised(office.text) || a.quoted[o]) return -1;
  a.work.add(2);
  return a.text.slice(office.end, after.start) === SET_OFF && a.text.slice(ws[o - 1]!.end, office.start) === SET_OFF ? o : -1;
}

/**
 * For name `m` set off right after a body's name closed by an office (`Human Resources` in
 * `Delmar Steel Director, Human Resources,`), that office's mention, else undefined: `m`, which
 * no given name opens (officePart), is the office's second part, no one, and a full name set off
 * after it holds the office.
 */
export function officePartAfter(a: Clause, m: Mention, lo: number): Mention | undefined {
  const ws = a.words;
  if (m.first - 1 <= lo || !officePart(a, m) || a.text.slice(ws[m.first - 1]!.end, ws[m.first]!.start) !== SET_OFF) return undefined;
  const office = npBackward(a, m.first - 1);
  return office?.kind === "name" && office.first >= lo && endsInOffice(a, office) ? office : undefined;
}

/**
 * Whether a name set off after an office is the office's second part (`Human Resources` in
 * `Delmar Steel Director, Human Resources, said`), not its holder: no given name opens it, and
 * it is one word (`Communications`), a department's or a unit's name (`Public Health`, `Major
 * Crimes`), a body's, or one a place opens or closes (`Saskatoon Centre`, a riding; `Hockey
 * Canada`). `Osric Vane`, two words or more no list holds, is still a person's name.
 */
export function officePart(a: Clause, holder: Mention): boolean {
  const ws = a.words;
  if (isGivenName(ws[holder.first]!.key)) return false;
  const [first, last] = [ws[holder.first]!.key, ws[holder.last]!.key];
  return holder.first === holder.last || namesADepartment(a, holder) || ORG_WORDS.has(last) || isPlace([first]) || isPlace([last]);
}

/**
 * Words of a department's, a unit's or a portfolio's name, set off after an office (any of its
 * words: namesADepartment): `Human Resources`, `Public Affairs`, `Corporate Communications`.
 */
const DEPARTMENT_WORDS = new Set([
  "resources",
  "affairs",
  "communications",
  "relations",
  "operations",
  "services",
  "marketing",
  "sales",
  "finance",
  "engineering",
  "development",
  "planning",
  "policy",
  "research",
  "safety",
  "security",
  "programs",
  "programming",
  "administration",
  "compliance",
  "strategy",
  "outreach",
  "partnerships",
  "technology",
  "logistics",
  "procurement",
  "advocacy",
  "education",
  "works",
  "legal",
  // Units, branches and portfolios whose names a person's does not hold: `Public Health`,
  // `Emergency Management`, `Customer Experience`, `Oil Sands`, `Patrol Division`, `Major Crimes`,
  // `Banff Field Unit`, `Atlantic Region`, `Corvale Branch`.
  "branch",
  "management",
  "health",
  "experience",
  "division",
  "unit",
  "crimes",
  "crime",
  "region",
  "centre",
  "center",
  "sands",
  "public",
  "emergency",
  "customer",
  "corporate",
  "human",
  "oil",
  "waste",
  "regional",
  "care",
  "protection",
  "response",
  "enforcement",
  "investigations",
  "traffic",
  "environment",
  "environmental",
  "climate",
  "energy",
  "water",
  "transportation",
  "transport",
  "infrastructure",
  "housing",
  "parks",
  "recreation",
  "culture",
  "tourism",
  "rescue",
  "mental",
  "indigenous",
  "bylaw",
  "licensing",
  "investor",
  "digital",
  "supply",
  "quality",
  "audit",
  "treasury",
  "labour",
  "employee",
  "talent",
  "innovation",
  "sustainability",
  "facilities",
  "claims",
  "medical",
  "nursing",
  "clinical",
  "patient",
  "community",
  "student",
  "academic",
  "athletics",
]);

/** Whether name `m` is a department's (a word of it a department's: `Human Resources`, `Public Health`). */
function namesADepartment(a: Clause, m: Mention): boolean {
  a.work.add(m.last - m.first + 1);
  for (let i = m.first; i <= m.last; i++) if (DEPARTMENT_WORDS.has(a.words[i]!.key)) return true;
  return false;
}

/**
 * Whether name `m`, written before a lone office, shows a body's sign (holderAfterEmployer): an
 * organisation's or a firm's word last (`Ferro Inc.`, `Tallwood Outfitters`, a word no surname
 * is), or one word no given name is.
 */
function namesABody(a: Clause, m: Mention): boolean {
  const ws = a.words;
  const last = ws[m.last]!.key;
  return ORG_WORDS.has(last) || FIRM_WORDS.has(last) || (m.first === m.last && !isGivenName(ws[m.first]!.key));
}

/**
 * `Ferro Inc., Director, Human Resources, Tom Baker, said`: for a lone office set off at word o
 * (officeSetOffBefore) after a body's name, the employer written first, the person's name of two
 * words or more set off last, before the verb (ending at word k), who holds it; else undefined.
 * A body's name is one an organisation's word closes (`Inc.`) or one word no given name is
 * (`Ferro`): two words no given name opens are as often a person's whose given name no list holds
 * (`Osric Vane, Director, …, Delmar Steel,`, `Wab Kinew, Leader, Manitoba NDP,`), who holds the
 * office, and the employer is set off last.
 */
export function holderAfterEmployer(a: Clause, o: number, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  const employer = npBackward(a, o - 1);
  if (employer?.kind !== "name" || employer.first < lo || !namesABody(a, employer)) return undefined;
  const holder = npBackward(a, k);
  if (holder?.kind !== "name" || holder.last !== k || holder.first <= o) return undefined;
  return a.text.slice(ws[holder.first - 1]!.end, ws[holder.first]!.start) === SET_OFF && personSetOff(a, holder) ? holder : undefined;
}
