// A name found where a person's is expected may be where they work or whose they are: `Fraser
// Institute director Maria Lopez`, `Acme's spokesperson`, `the company's spokesperson, Jane Roe`.
// These readers go from such an affiliation, its acronym or its possessive to the person, or to
// the description of one. Separate because they start from a mention already found, not a word.
import type { Cast } from "./actors";
import {
  DESCRIPTION_ENDS,
  DETERMINERS,
  FUNCTION_WORDS,
  LINKS,
  PARTY_MEMBERS,
  POSITIONS_OF_COMMON_WORDS,
  PREPOSITIONS,
  SUBORDINATORS,
  TEAM_NICKNAME_WORDS,
  TITLES,
} from "./lexicon";
import { nameForward, nameThroughLink, nounsEnd, runs } from "./mention-names";
import { PORTFOLIO_MAX_WORDS, partAfterAnd } from "./mention-office-holders";
import {
  INITIALISM,
  isOffice,
  isPossessive,
  isSpeakerNoun,
  isTitle,
  joined,
  joinedInDescription,
  LOWER_WORD,
  type Mention,
  PLURAL_ENDING,
  pluralPossessiveBefore,
} from "./mention-words";
import { isGivenName, isPlace, REGION_MAX_WORDS, SIDES_OF_TOWN } from "./names";
import { APOSTROPHE_S, isCapitalised, isLowerCase, type Tokens, type Word } from "./text";
import { rx } from "./unicode-regexps";

/**
 * `said Hydro-Québec’s vice-president`, `Acme’s spokesperson said`: a possessor's name before a
 * lower-case person's noun names whose that person is, not who speaks; the phrase is a
 * description of someone the text names elsewhere (or no one), as `the agency’s vice-president`
 * is. So is a body's name straight before an office (`says Manitoba NDP leader`). Returns that
 * description, or undefined when no person's noun follows within a few words.
 */
export function roleAfterPossessor(t: Tokens, m: Mention): Mention | undefined {
  const { text, words: ws } = t;
  if (m.kind !== "name") return undefined;
  const last = m.last;
  // `says Manitoba NDP leader`: a body's name straight before a lower-case office is its holder's
  // description, as the possessive is; the office ends it, with no name after (checked below).
  // Not after an article (`said the Democratic nominee`), whose description is read as before.
  const office = ws[last + 1];
  const bare = !DETERMINERS.has(ws[m.first]!.key) && !(m.first > 0 && DETERMINERS.has(ws[m.first - 1]!.key));
  if (!isPossessive(ws[last]!) && !(bare && office && isLowerCase(office.text) && isOffice(office.key) && joined(text, ws[last]!, office)))
    return undefined;
  for (let k = last + 1; k < Math.min(ws.length, last + 5); k++) {
    t.work.add();
    if (!joinedInDescription(text, ws[k - 1]!, ws[k]!) || !isLowerCase(ws[k]!.text)) return undefined;
    // `vice-president`, `co-chair`: a hyphenated office ends in its noun.
    const key = ws[k]!.key;
    if (isSpeakerNoun(key) || isSpeakerNoun(key.slice(key.lastIndexOf("-") + 1))) {
      const head = nounsEnd(t, k);
      // `Acme’s vice-president Jane Roe`: a name after the noun is the speaker, found as before.
      const next = ws[head + 1];
      if (next && joined(text, ws[head]!, next) && isCapitalised(next.text)) return undefined;
      return { start: m.start, end: ws[head]!.end, kind: "nominal", first: m.first, last: head };
    }
    if (LINKS.has(ws[k]!.key) || DESCRIPTION_ENDS.has(ws[k]!.key)) return undefined;
  }
  return undefined;
}

/**
 * Numbered divisions: seats a representative is elected in (`Ward 3`, `District 5`, `Riding 12`)
 * and units of a body (`Local 233`, `Lodge 12`, `Branch 4`).
 */
const NUMBERED_UNITS = new Set(["ward", "district", "division", "riding", "zone", "local", "lodge", "branch", "chapter", "unit"]);

/** Whether word i is a numbered division's word and the word after it its number (`Local 233`, `Ward 3`). */
export function numberedUnitAt(t: Tokens, i: number): boolean {
  const unit = t.words[i];
  const number = t.words[i + 1];
  return !!unit && !!number && NUMBERED_UNITS.has(unit.key) && /^\d{1,4}$/.test(number.text) && joined(t.text, unit, number);
}

/** A union local's or a unit's bare number after its name (`CUPE 500`, `Ward 3`): not a year, which would read as a date. */
export const BARE_UNIT_NUMBER = /^\d{1,3}$/;

/** How many role words may stand between an affiliation and a name (`Labour party deputy leader Jane Doe`). */
const ROLE_MAX_WORDS = 4;

/**
 * Whether word j comes right after the bracketed acronym at word `acronym` (`(SPVM) spokesperson`),
 * past its closing bracket and spaces. At module level, not a closure in personAfterAffiliation:
 * keepNames wraps a named closure on every call.
 */
function pastAcronym(t: Tokens, j: number, acronym: number): boolean {
  return j === acronym + 1 && /^\) +$/.test(t.text.slice(t.words[j - 1]!.end, t.words[j]!.start));
}

/**
 * `Opposition leader Peter Dutton`, `Fraser Institute director Maria Lopez`: an affiliation
 * name, then lower-case role words, then the person's name, only spaces between. The person
 * is the speaker; the affiliation only says where they work. Returns `m` otherwise.
 */
export function personAfterAffiliation(t: Tokens, m: Mention, anyRole = false): Mention {
  const { text, words: ws } = t;
  if (m.kind !== "name") return m;
  if (anyRole) {
    const holder = holderSetOffAfterOffice(t, m);
    if (holder) return holder;
  }
  // `Weldon, Sask., resident Jane Roe`: the town's province set off by commas is the town's too.
  const region = pastRegion(t, m.last);
  let k = region >= 0 ? region : anyRole ? placeOfEnd(t, m.last) + 1 : m.last + 1;
  // `Centrale des boulangers du Québec (CBQ) president Jane Roe`: a French body's name runs on.
  if (region < 0) k = pastFrenchBodyName(t, k - 1);
  // `UNIFOR Local 233 president Jane Roe`: a unit's number closes the body's name.
  if (numberedUnitAt(t, k - 1)) k++;
  // `CUPE 500 president Jane Roe`, `Teamsters 879 steward Jane Roe`: a local's number written
  // right after the union's name, without `Local`, closes it the same way.
  else if (k < ws.length && BARE_UNIT_NUMBER.test(ws[k]!.text) && joined(text, ws[k - 1]!, ws[k]!)) k++;
  // `Environment and Climate Change Canada climatologist Jane Roe`: a body's name joined by `and`
  // runs on past it; the run stopped at `and`. Not after a person's name (`Jane Roe and Acme staff`).
  k = pastJoinedBodyName(t, m, k);
  const from = k - 1;
  // `Actor and writer Jane Roe` opening a sentence: the capitalised noun is the first role.
  // Not a title or a party's word (`Republican nominee Jane Roe`), which the run reads as before.
  let role = m.first === m.last && isSpeakerNoun(ws[m.first]!.key) && !TITLES.has(ws[m.first]!.key) && !PARTY_MEMBERS.has(ws[m.first]!.key);
  // Whether a lower-case word that is no role's came before the role (`labour` in `Quebec labour
  // minister Jane Roe`): it qualifies an office only, so the name must follow one.
  let qualified = false;
  // `Montreal police (SPVM) spokesperson Jane Roe`: the body's acronym in brackets, once, only names it again.
  let acronym = bracketedAcronymAt(t, k) ? k++ : -1;
  while (
    k < ws.length &&
    k - from <= ROLE_MAX_WORDS + (role ? PORTFOLIO_MAX_WORDS : 0) &&
    (joined(text, ws[k - 1]!, ws[k]!) ||
      k === region ||
      (k === m.last + 1 && pluralPossessiveBefore(text, ws[k - 1]!, ws[k]!)) ||
      pastAcronym(t, k, acronym)) &&
    !isCapitalised(ws[k]!.text)
  ) {
    t.work.add();
    const key = ws[k]!.key;
    // After an inverted verb (`said Riverton cashier Jane Fenwick`) any noun can be the role; a
    // preposition is none (`said Jane Roe near Lakeview`: the place after it says where she is).
    const lowerWord = roleWordOfBody(ws[k]!) && !PREPOSITIONS.has(key);
    const roleWord = isSpeakerNoun(key) || (anyRole && lowerWord) || (POSITIONS_OF_COMMON_WORDS.has(key) && playerNamedAfter(t, m, k));
    // `vice-provost of teaching and learning Jane Roe`: a role's portfolio in lower case.
    // `NDP MP and health critic Jane Roe`: a second office joined to the one closing the name.
    // `American actor and writer Jane Roe`: a second role joined to the first.
    const secondRole: boolean =
      (role || qualified) && key === "and" && !!ws[k + 1] && isSpeakerNoun(ws[k + 1]!.key) && isLowerCase(ws[k + 1]!.text);
    const portfolio: boolean =
      ((anyRole && role && (key === "of" || key === "and")) ||
        (k === m.last + 1 && key === "and" && isOffice(ws[m.last]!.key)) ||
        secondRole) &&
      ws[k]!.text === key;
    const qualifier: boolean = !role && !roleWord && !portfolio && !TITLES.has(key) && lowerWord;
    // `Acadian women's advocate Jane Roe`, `Acme women's rights lead Jane Roe`: a lower-case
    // possessive before the role says whom the role serves, a part of it; the role must follow.
    const served = !role && !roleWord && isPossessive(ws[k]!) && LOWER_WORD.test(key);
    if (!roleWord && !portfolio && !TITLES.has(key) && !qualifier && !served) return m;
    // `American comic and writer Jane Roe`: a word joined by `and` to a role is a role of its own, no qualifier.
    qualified = secondRole ? false : qualified || qualifier;
    role ||= roleWord;
    k++;
    if (acronym < 0 && bracketedAcronymAt(t, k)) acronym = k++;
  }
  // `said Milton resident and hospital crusader, Jane Roe.`: after an inverted verb, a comma may
  // set the name off from its role; the name then closes the clause.
  const setOff = anyRole && k < ws.length && text.slice(ws[k - 1]!.end, ws[k]!.start) === ", ";
  if (!role || k >= ws.length || !(joined(text, ws[k - 1]!, ws[k]!) || pastAcronym(t, k, acronym) || setOff)) return m;
  if (qualified && !isOffice(ws[k - 1]!.key) && !(PORTFOLIO_HOLDERS.has(ws[k - 1]!.key) && !pluralBody(ws[m.last]!.key))) return m;
  const last = nameForward(t, k);
  if (setOff && (last < 0 || !/^[,.;]/.test(text.slice(ws[last]!.end, ws[last + 1]?.start ?? text.length)))) return m;
  return last >= 0 ? { start: ws[k]!.start, end: ws[last]!.end, kind: "name", first: k, last } : m;
}

/**
 * An opposition party's critic holds a portfolio as a minister does (`PQ health care critic Jane
 * Roe`, `NDP housing critic Jane Roe`): lower-case words before it name the portfolio. Not after
 * a plural, whose bare verb the first word may be (`Tories blast housing critic Jane Roe`).
 */
const PORTFOLIO_HOLDERS = new Set(["critic", "critics"]);

/** Whether a body's last word is a plural (`Tories`), not a French word that ends in `s` (`Parti Québécois`, `Bloc Québécois`). */
function pluralBody(key: string): boolean {
  return PLURAL_ENDING.test(key) && !key.endsWith("ois");
}

/**
 * `Oilers forward Zach Hyman`, `Canada skip Rachel Homan`: whether a player's name, opening with
 * a given name, follows the position word at k, after the team's name `m`. The word is a verb, its
 * object the name, after a plural subject (`Tories skip Jane Roe rally`, `Liberals centre Mark
 * Carney in ad`): so only after a club's nickname (`Oilers`) or a name a bare verb cannot follow,
 * one in the singular (`Canada`, `Team Canada`). Not a name in the possessive, a verb's object
 * too (`Tories skip Jane Roe’s town hall`).
 */
function playerNamedAfter(t: Tokens, m: Mention, k: number): boolean {
  const { text, words: ws } = t;
  const team = ws[m.last]!.key;
  if (PLURAL_ENDING.test(team) && !TEAM_NICKNAME_WORDS.has(team)) return false;
  if (!ws[k + 1] || !joined(text, ws[k]!, ws[k + 1]!) || !isGivenName(ws[k + 1]!.text)) return false;
  const last = nameForward(t, k + 1);
  return last > k && !isPossessive(ws[last]!);
}

/**
 * `according to Acme Nurses Local 12 President, Jane Roe.`: a body's name that ends in the
 * office, capitalised as part of it, then a comma and the holder's name closing the clause.
 * The holder speaks, as after a role in lower case (`said … crusader, Jane Roe.`). Returns the
 * holder's mention, or undefined. A holder is a person's name of two words or more, or the
 * surname of the one person named in full so (`President, Roe.`): any other lone word set off so
 * is a place (`President, Pellworth.`, listed or not) or the office's second part (`Director,
 * Communications, Jane Roe`), after which the holder may follow (once). So may a second part of
 * two words that a person's name follows (`Director, Human Resources, Jane Roe`). A place of two
 * words (namesAPlaceSetOff) is no holder.
 */
function holderSetOffAfterOffice(t: Tokens & { cast?: Cast }, m: Mention): Mention | undefined {
  const { text, words: ws } = t;
  if (m.last === m.first || !isOffice(ws[m.last]!.key)) return undefined;
  let k = m.last + 1;
  for (let part = 0; part <= OFFICE_PARTS_SET_OFF; part++) {
    if (k >= ws.length || text.slice(ws[k - 1]!.end, ws[k]!.start) !== ", ") return undefined;
    const last = nameForward(t, k);
    if (last < 0) return undefined;
    const closes = /^[,.;]/.test(text.slice(ws[last]!.end, ws[last + 1]?.start ?? text.length));
    if (last === k) {
      // `Union President, Marrow.` after `Ilse Marrow`: the surname of someone named in full.
      if (closes && isSurnameOfNamed(t, ws[k]!)) return { start: ws[k]!.start, end: ws[k]!.end, kind: "name", first: k, last: k };
      k = last + 1;
      continue;
    }
    if (!closes) return undefined;
    // `Director, Human Resources, Jane Roe.`: a part of the office of two words, then a person
    // whose given name opens the holder's name.
    if (part < OFFICE_PARTS_SET_OFF && !isGivenName(ws[k]!.key) && personSetOffAfter(t, last)) {
      k = last + 1;
      continue;
    }
    // `according to the Acme President, Port Pellworth.`, `…, Pellworth Heights.`, `…, North
    // Corvale.`: a place set off so says where, not who, listed or named by its kind or side.
    if (namesAPlaceSetOff(t, k, last)) return undefined;
    return { start: ws[k]!.start, end: ws[last]!.end, kind: "name", first: k, last };
  }
  return undefined;
}

/**
 * Whether words `first` to `last`, set off after an office, name a place: listed, ending in a
 * place's kind (`Pellworth Heights`) or opening with a side of town (`North Corvale`). A place
 * there says where, not who holds the office.
 */
function namesAPlaceSetOff(t: Tokens, first: number, last: number): boolean {
  const keys = t.words.slice(first, last + 1).map((w) => w.key);
  return isPlace(keys) || SIDES_OF_TOWN.has(keys[0]!);
}

/** Whether a comma after word `last` sets off a name of two words or more that a given name opens (`, Jane Roe`). */
function personSetOffAfter(t: Tokens, last: number): boolean {
  const { text, words: ws } = t;
  const next = ws[last + 1];
  if (!next || text.slice(ws[last]!.end, next.start) !== ", " || !isGivenName(next.key)) return false;
  return nameForward(t, last + 1) > last + 1;
}

/**
 * Whether a lone capitalised word is the last name of one person the cast knows by a full name
 * (two share it: whose it is, the office does not say). Only a reader that holds the cast (an
 * Analysis) asks; while the cast is read, it holds the people named so far.
 */
function isSurnameOfNamed(t: Tokens & { cast?: Cast }, w: Word): boolean {
  return t.cast?.isSoleSurname(w.key) === true;
}

/** How many one-word parts of an office (`Director, Communications,`) may stand between it and its holder. */
const OFFICE_PARTS_SET_OFF = 1;

/**
 * `Weldon, Sask., resident`, `Austin, Texas, teacher`: after a town's name, its province or state
 * set off by commas, then a word in lower case. Returns that word's index, or -1. `Man.` is
 * Manitoba there, though `man` is no place's name elsewhere.
 */
function pastRegion(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const first = ws[last + 1];
  // `, ` read as two characters: asked after every name, nearly none of which a comma follows.
  const gap = ws[last]!.end;
  if (!first || first.start - gap !== 2 || text.charCodeAt(gap) !== 44 || text.charCodeAt(gap + 1) !== 32 || !isCapitalised(first.text))
    return -1;
  const keys: string[] = [];
  for (let end = last + 1; end <= last + REGION_MAX_WORDS && ws[end + 1]; end++) {
    t.work.add();
    if (end > last + 1 && (!joined(text, ws[end - 1]!, ws[end]!) || !isCapitalised(ws[end]!.text))) return -1;
    keys.push(ws[end]!.key);
    const manitoba = end === last + 1 && first.key === "man" && (first.text === "Man." || text[first.end] === ".");
    if (!isPlace(keys) && !manitoba) continue;
    const next = ws[end + 1]!;
    return /^\.?, +$/.test(text.slice(ws[end]!.end, next.start)) && isLowerCase(next.text) ? end + 1 : -1;
  }
  return -1;
}

/** French words for `of` that join a body's name: `Confédération des boulangers nationaux`, `Fédération de la pêche`. */
const FRENCH_OF = new Set(["de", "des", "du"]);

/** How many words a French body's name may run to past its first (`des syndicats du Québec`). */
const FRENCH_BODY_MAX_WORDS = 7;

/**
 * `Centrale des boulangers du Québec (CBQ) president Jane Roe`, `Confédération des boulangers
 * nationaux (CBN) president Tom Baker`: a French body's name writes its nouns in lower case
 * after `des`, `du` or `de`, so the capitalised run stopped at its first word and left a place
 * (`Québec`) or the first word as the speaker. The name runs on to its acronym in brackets, or
 * to its last capitalised word before a lower-case person's noun (`du Québec president`).
 * Returns the word after the body's name, or `last + 1` when no French name runs on.
 */
function pastFrenchBodyName(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const of = ws[last + 1];
  if (!of || !FRENCH_OF.has(of.text) || !joined(text, ws[last]!, of) || !isCapitalised(ws[last]!.text)) return last + 1;
  for (let j = last + 2; j < ws.length && j - last <= FRENCH_BODY_MAX_WORDS + 1; j++) {
    t.work.add();
    if (bracketedAcronymAt(t, j)) return j;
    if (!joined(text, ws[j - 1]!, ws[j]!)) return last + 1;
    const w = ws[j]!;
    if (isCapitalised(w.text)) continue;
    if (isCapitalised(ws[j - 1]!.text) && isSpeakerNoun(w.key)) return j;
    if (!LOWER_WORD.test(w.text) && !FRENCH_OF.has(w.text)) return last + 1;
  }
  return last + 1;
}

/** Whether word k is an acronym in brackets right after the word before it: `police (SPVM)`. */
function bracketedAcronymAt(t: Tokens, k: number): boolean {
  const w = t.words[k];
  // The brackets, one character each, are read before the expression: nearly no word has them.
  if (!w || t.text.charCodeAt(w.start - 1) !== 40 || t.text[w.end] !== ")") return false;
  return INITIALISM.test(w.text) && t.text.slice(t.words[k - 1]!.end, w.start) === " (";
}

/** The word after a body's name continued past `and` (`Fisheries and Oceans Canada`) from word k, or k itself. */
function pastJoinedBodyName(t: Tokens, m: Mention, k: number): number {
  const ws = t.words;
  const next = partAfterAnd(t, k - 1);
  if (next < 0 || !isCapitalised(ws[next]!.text)) return k;
  for (let j = m.first; j <= m.last; j++) if (isGivenName(ws[j]!.text) || isTitle(ws[j]!)) return k;
  return runs(t).nameEnd[k + 1]! + 1;
}

/**
 * `U of S`, `University of Regina`: a place's name that runs on through `of` to a capitalised
 * name, before a role in lower case (`said U of S vice-provost … Jane Roe`). So does a body's
 * through `for` (`said Fairness for Farm Workers organizer Jane Roe`, `Doctors for Clean Air`),
 * which the run of capitals stops at as it does at `of`. Returns the last word of the place,
 * `last` itself when no `of` or `for` follows.
 */
function placeOfEnd(t: Tokens, last: number): number {
  // `Lake of the Woods`, `University of the Fraser Valley`: `the` may open the name after `of`.
  const at = nameThroughLink(t, last);
  if (at < 0) return last;
  const end = nameForward(t, at);
  // A short initialism (`S`, `UBC`) is a name of its own there.
  return end >= 0 ? end : rx.u`^\p{Lu}{1,4}$`.test(t.words[at]!.text) ? at : last;
}

/** How many words a description may run to before a name set off after it (`Acme's vice-president of sales, Jane Roe`). */
const SET_OFF_MAX_WORDS = 8;

/** What may follow a name set off after a description, besides a subordinate clause: the clause ends, or another comma sets it off. */
const SET_OFF_CLOSE = /^\s*[,.;:!?)]/;

/**
 * `said the company's spokesperson, Jane Roe.`, `said Acme's chief executive, Tom Baker, on
 * Monday`: a description (or a possessive name that opens one) followed by a full name set off
 * by a comma names its speaker by that name. The name must end its clause, be set off again or
 * be followed by a subordinate clause (`said head coach, Jane Roe when asked`), so a list (`the
 * mayor, Jane Roe and Tom Baker`) is left alone.
 */
export function nameSetOffAfter(t: Tokens, m: Mention, end: number): Mention {
  const { text, words: ws } = t;
  const possessive = m.kind === "name" && APOSTROPHE_S.test(ws[m.last]!.text);
  // `said Parks Canada visitor safety officer, Jane Roe`: a body's name, then its role in lower
  // case ending in a person's noun (or its office capitalised), sets off the name as the possessive does.
  const affiliation = m.kind === "name" && !possessive;
  if (m.kind !== "nominal" && m.kind !== "name") return m;
  let k = m.last;
  let role = m.kind === "nominal";
  while (k + 1 < ws.length && k - m.last < SET_OFF_MAX_WORDS && joined(text, ws[k]!, ws[k + 1]!)) {
    t.work.add();
    k++;
    if (affiliation && !roleWordOfBody(ws[k]!)) return m;
    role ||= isSpeakerNoun(ws[k]!.key);
  }
  // `said Saskatchewan Party MLA, Jane Roe`: the office closes the body's name itself.
  const office = k === m.last && m.last > m.first && isOffice(ws[k]!.key);
  if (affiliation && !office && (k === m.last || !isSpeakerNoun(ws[k]!.key))) return m;
  role ||= office;
  const next = ws[k + 1];
  if (!next || next.end > end || !/^,\s+$/.test(text.slice(ws[k]!.end, next.start))) return m;
  // `said Roe's introducer, actress Jane Doe`: a role of the person's own before the name set off.
  const first = pastBareRole(t, k + 1);
  if (!role && !(possessive && first > k + 1)) return m;
  const last = nameForward(t, first);
  // A full name, two words or more: a lone capitalised word after a comma is too often not one.
  if (last <= first || ws[last]!.end > end) return m;
  const after = ws[last + 1];
  // `said head coach, Jane Roe when asked …`: a subordinate clause after the name ends it too.
  if (after && after.start < end && !opensSubordinateClause(after) && !SET_OFF_CLOSE.test(text.slice(ws[last]!.end, after.start))) return m;
  // `said Acme Union President, Pellworth Heights.`: a place set off, no holder.
  if (office && namesAPlaceSetOff(t, first, last)) return m;
  return { start: ws[first]!.start, end: ws[last]!.end, kind: "name", first, last };
}

/**
 * A subordinator in lower case (`when`, `after`, `because`): it opens a clause that tells what
 * happened around the words before it, not who said them (`When` opens a sentence of its own).
 */
export function opensSubordinateClause(w: Word): boolean {
  return SUBORDINATORS.has(w.key) && w.text === w.key;
}

/** A lower-case word of a role after a body's name (`fire information officer`): no function word nor link (`in a statement`). */
function roleWordOfBody(w: Word): boolean {
  return LOWER_WORD.test(w.text) && !FUNCTION_WORDS.has(w.key) && !LINKS.has(w.key);
}

/** How many lower-case role words may stand before a name set off (`actress`, `fellow senator`). */
const BARE_ROLE_WORDS = 2;

/** The first word after the lower-case speaker nouns at i that run straight into a capitalised word, or i when there are none. */
function pastBareRole(t: Tokens, i: number): number {
  const ws = t.words;
  let j = i;
  while (
    j - i < BARE_ROLE_WORDS &&
    ws[j + 1] &&
    isLowerCase(ws[j]!.text) &&
    isSpeakerNoun(ws[j]!.key) &&
    joined(t.text, ws[j]!, ws[j + 1]!)
  )
    j++;
  return j > i && isCapitalised(ws[j]!.text) ? j : i;
}
