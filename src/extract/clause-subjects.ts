// The subject that opens a clause before a verb of saying or a colon: past a dateline, a
// subordinator, an opening phrase set off by a comma, an appositive or a party tag. Separate
// because every attribution reader, after the quotation or before it, asks it, and it asks none of them.
import { type Analysis, wordIndexAt } from "./analysis";
import {
  COORDINATORS,
  DESCRIPTION_ENDS,
  DESCRIPTION_OPENERS,
  LEAD_SKIP,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  VERBS_BEFORE_SPEAKER,
} from "./lexicon";
import { personAfterAffiliation, roleAfterPossessor } from "./mention-affiliations";
import { holdsTitledFullName } from "./mention-office-holders";
import { isPersonNoun, isSpeakerNoun as isSpeakerNounKey, joined, type Mention } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { isBareRoleNoun } from "./subject-asides";
import { commaIn, notASubject } from "./subject-words";
import { isCapitalised, isLowerCase, isParticiple, type Tokens } from "./text";
import { CLAUSE_SUBJECT_TRIES, COLON_NAME_MAX_WORDS, MAX_APPOSITIVE_WORDS } from "./thresholds";
import { rx } from "./unicode-regexps";

/**
 * `fired back at Jane Roe for saying “…”`, `mocked Roe for calling himself “…”`: a gerund after
 * `for` has the name just before it, the object of blame, as its subject, not the blamer.
 */
export function objectControlling(a: Analysis, v: number, lo: number): Mention | undefined {
  if (v - 2 < lo || a.words[v - 1]!.key !== "for" || !/ing$/.test(a.words[v]!.key)) return undefined;
  return npBackwardAt(a, v - 2, lo);
}

export const ONLY_A_COMMA = /^\s*,\s*$/;
/** A comma, with a closing quotation mark before or after it. */
const COMMA_CLOSING_WORDS = /^[”"’']?\s*,\s*[”"’']?\s*$/;

/**
 * `Roe spoke to supporters in Port Alberni, B.C., saying she felt “…”`: a participle set off by
 * a comma is a free adjunct, whose understood subject is the main clause's, not the noun just
 * before the comma (a place, an object, `In the same post, he urged …`). After another verb of
 * saying (`said, adding`) subjectOf already walks back to that verb's subject.
 */
export function adjunctSubject(a: Analysis, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  const prev = ws[v - 1];
  if (!prev || v - 1 < lo || !isParticiple(ws[v]!.text) || SPEECH_VERBS.has(prev.key)) return undefined;
  // The comma may close a quoted word, inside its marks or after them (`called it “unfair,” adding`).
  if (!COMMA_CLOSING_WORDS.test(a.text.slice(prev.end, ws[v]!.start))) return undefined;
  const from = afterDateline(a, lo, v);
  if (a.quoted[from]) return subjectAfterQuotation(a, from, v);
  // `…, said Dana Whitfield, adding …`: after an inverted attribution the participle shares its
  // subject; read back from the clause's start, the subject would be words of what was reported.
  const inverted = npBackward(a, v - 1);
  return inverted?.kind === "name" && inverted.first > lo && isInvertedSubject(a, inverted) ? inverted : clauseSubject(a, from, v, true);
}

/**
 * `…, said Dana Whitfield.`, `…, said Dana Whitfield, adding …`: whether m is a name inverted after
 * its verb of saying, the verb set off by a comma after what was reported and the name ending its
 * clause (as nameAfterVerb reads it forward). No other verb reports such a subject.
 */
export function isInvertedSubject(a: Analysis, m: Mention): boolean {
  const verb = a.words[m.first - 1];
  if (!verb || !isLowerCase(verb.text) || !verbSetOffByComma(a, m.first - 1)) return false;
  return endsClauseAfter(a, m.last);
}

/** `…, said`: whether word v is a verb that may come before its speaker, set off by a comma (after a bracket or not) from the words before it. */
export function verbSetOffByComma(a: Analysis, v: number): boolean {
  const w = a.words[v]!;
  const prev = a.words[v - 1];
  return !!prev && VERBS_BEFORE_SPEAKER.has(w.key) && /^\)?,\s+$/.test(a.text.slice(prev.end, w.start));
}

/** `said Dana Whitfield.`, `said Dana Whitfield, adding`: whether a clause ends after word `last` (ending at `end`): no word, a comma, a stop or a semicolon after it. */
export function endsClauseAfter(a: Analysis, last: number, end = a.words[last]!.end): boolean {
  const next = a.words[last + 1];
  return !next || /^[,.;]/.test(a.text.slice(end, next.start));
}

/**
 * `“We thank our customers,” said Roe, adding that …`: a clause that opens with a quotation has
 * its subject in the attribution after the closing mark, inverted or not; the quotation's own
 * words (`We`) are never the subject. Read only up to the participle at v. (An inverted subject
 * is the quotation's own attribution, which speechEvents leaves to it, so `adding` then reports
 * no event; a bare quotation after still goes to Roe through that quotation.)
 */
function subjectAfterQuotation(a: Analysis, from: number, v: number): Mention | undefined {
  let i = from;
  while (i < v && a.quoted[i]) {
    a.work.add();
    i++;
  }
  if (i >= v) return undefined;
  const w = a.words[i]!;
  if (!(isLowerCase(w.text) && SPEECH_VERBS.has(w.key))) return clauseSubject(a, i, v);
  const m = i + 1 < v ? npForward(a, i + 1) : undefined;
  return m && m.last < v && (m.kind === "name" || m.kind === "nominal") ? m : undefined;
}

/** Words a place's name may hold beside its capitalised ones: `House of Commons`, `the Bank of Canada`. */
const PLACE_NAME_LINKS = new Set(["of", "the", "and"]);

/** How many words a place's name before a participle may run to. */
const PLACE_NAME_MAX_WORDS = 6;

/**
 * `Roe tabled a question in the House of Commons asking for “…”`: a participle right after
 * a named place that a preposition introduces tells what the clause's subject did there; the
 * place, the object of the preposition, is no subject.
 */
export function subjectPastPlace(a: Analysis, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (!isParticiple(ws[v]!.text) || v - 1 < lo || !isCapitalised(ws[v - 1]!.text)) return undefined;
  let j = v - 1;
  while (j > lo && v - j <= PLACE_NAME_MAX_WORDS && (isCapitalised(ws[j]!.text) || PLACE_NAME_LINKS.has(ws[j]!.text))) {
    a.work.add();
    if (!joined(a.text, ws[j]!, ws[j + 1]!)) return undefined;
    j--;
  }
  if (!PLACE_PREPOSITIONS.has(ws[j]!.text) || !joined(a.text, ws[j]!, ws[j + 1]!)) return undefined;
  return clauseSubject(a, afterDateline(a, lo, j), j);
}

/**
 * What reading a clause's subject needs: its words, which are quoted, and the cast's surnames.
 * Narrower than an Analysis, so the resolver's rules, which see the text as a Context, read a
 * clause's subject as the attribution does.
 */
export type ClauseText = Tokens & Pick<Analysis, "quoted" | "cast">;

/**
 * `The tenants’ lawyer, Hedda Moe, called …`: a plural possessor (its apostrophe after the `s`)
 * read as a phrase of its own owns the person or body after it, which heads the subject; the
 * possessor is no subject.
 */
function ownedHead(a: ClauseText, m: Mention | undefined, v: number): Mention | undefined {
  if (!m || m.last + 1 >= v) return m;
  const w = a.words[m.last]!;
  if (!/s$/i.test(w.text) || !PLURAL_POSSESSIVE_GAP.test(a.text.slice(w.end, a.words[m.last + 1]!.start))) return m;
  const head = npForward(a, m.last + 1);
  // Only a person or a body the possessor has (`tenants’ lawyer`, `nurses’ union`): a writing or a
  // thing (`Marlin Systems’ statement`) still speaks for its owner.
  return head && (head.kind === "name" || isPersonNoun(a.words[head.last]!.key) || ORGANISATION_NOUNS.has(a.words[head.last]!.key))
    ? head
    : m;
}

/** An apostrophe closing a plural possessive, then a space (`tenants’ lawyer`). */
const PLURAL_POSSESSIVE_GAP = /^['’]\s+$/;

/** The subject that opens a clause, after any opening phrase set off by a comma. */
export function clauseSubject(a: ClauseText, lo: number, v: number, forSaying = false): Mention | undefined {
  let i = lo;
  // Whether an earlier stretch between commas opened with a person or a thing (`Abel Troake, 54,`).
  let subjectBefore = false;
  for (let tries = 0; tries < CLAUSE_SUBJECT_TRIES && i < v; tries++) {
    const from = i;
    while (i < v && LEAD_SKIP.has(a.words[i]!.key)) i++; // `And then Baker went on the attack, saying`
    // `Abel Troake, 54, and Neil Ward, 60, read a statement`: a stretch opened by `and` after a
    // comma that followed a noun phrase joins a second subject to the first; the clause's subject
    // is both of them, neither one alone. After an opening phrase (`In Pellworth, and again in
    // Corvale, Neil Ward read`) no subject stood before, and the one found is the clause's.
    if (subjectBefore && i > from && a.words[from]!.key === "and") return undefined;
    i = pastSubordinator(a, i, v);
    const found = npForward(a, i) ?? nameAfterArticle(a, i, v) ?? titledAfterQualifier(a, i, v);
    subjectBefore ||= !!found && (found.kind === "name" || found.kind === "nominal");
    const m = ownedHead(a, found && withSpeakerNoun(a, personAfterAffiliation(a, found), v), v);
    const next = m ? a.words[m.last + 1] : undefined;
    const gap = m && next ? a.text.slice(a.words[m.last]!.end, next.start) : "";
    if (m && m.last < v && !/[,:;]/.test(gap) && (isKnownSurname(a, m) || !notASubject(a, m, lo))) return m;
    const setOff = ONLY_A_COMMA.test(gap);
    // `The young man’s lawyer, Tom Baker, urged …, saying`: the name set off after a description is
    // who speaks by the verb. Only for a verb of saying (forSaying): the name opening a sentence
    // before a bare quotation (`her lawyer, Tom Baker, read a statement on her behalf`) may be
    // no one's but a reader's.
    const named = forSaying && m && m.kind !== "name" && setOff ? namedInApposition(a, m.last + 1, v) : undefined;
    if (named) return named;
    // `Acme, which makes Alpha, Beta and Gamma cars, called out …`: a relative clause set off after
    // the name that opens the clause is the name's, however many commas its own list holds; a
    // name inside it (`Beta`) is its object, not the subject. For a verb of saying only (forSaying):
    // the name opening a sentence before a bare quotation may be no more than who it is about.
    // `Anwen Roskell, who Idris Kemble accused of …`: a name after the pronoun, right before the
    // verb, is the relative clause's own subject; the pronoun is its object, and the verb is the name's.
    if (forSaying && m?.kind === "name" && setOff && next && RELATIVE_PRONOUNS.has(next.text))
      return objectRelativeSubject(a, m.last + 2, v) ?? m;
    // `Jane Roe, the Swedish activist, gave a warning:`: the name before an appositive.
    if (m?.kind === "name" && setOff && appositiveThenVerb(a, m.last + 1, v)) return m;
    // `Sen. Jane Roe, D-Mass., delivered a message:`, `Jane Roe, 54, stepped up`: a party and
    // state tag, or an age, set off after the name.
    if (
      m?.kind === "name" &&
      m.last < v &&
      SET_OFF_TAG.test(a.text.slice(a.words[m.last]!.end, a.words[m.last]!.end + SET_OFF_TAG_MAX_CHARS))
    )
      return m;
    // Skip to the word after the next comma.
    let j = i;
    while (j < v && !/,/.test(a.text.slice(a.words[j]!.end, a.words[j + 1]?.start ?? a.words[j]!.end))) {
      a.work.add();
      j++;
    }
    i = j + 1;
  }
  return undefined;
}

/** The name opening word `from` when it runs right up to the verb `v` (`who Idris Kemble accused`). */
function objectRelativeSubject(a: ClauseText, from: number, v: number): Mention | undefined {
  const n = from < v ? npForward(a, from) : undefined;
  return n?.kind === "name" && n.last + 1 === v ? n : undefined;
}

/**
 * A name from `from` set off by commas before a lower-case word ahead of `v`, the verb the
 * description before it is the subject of: `, Tom Baker, urged`, not `, Tom Baker and …`.
 */
function namedInApposition(a: ClauseText, from: number, v: number): Mention | undefined {
  const n = npForward(a, from);
  const after = n ? a.words[n.last + 1] : undefined;
  if (n?.kind !== "name" || !after || n.last + 1 >= v || !isLowerCase(after.text)) return undefined;
  return ONLY_A_COMMA.test(a.text.slice(a.words[n.last]!.end, after.start)) ? n : undefined;
}

/** Capitalised words before a title that are no name and qualify the office (`New AFN Chief`, `Newly-elected Mayor`). */
const OFFICE_QUALIFIERS = new Set(["new", "newly-elected", "newly-appointed", "newly-named"]);

/**
 * `New AFN Chief Jane Roe visited …`, `New York Mayor Tom Baker toured …`: a capitalised word
 * that is no name (`New`) opening the clause before a run holding a titled full name; the name
 * is that run's (the cast reads the person from it), where the word stopped the parse at once.
 */
function titledAfterQualifier(a: ClauseText, i: number, v: number): Mention | undefined {
  const w = a.words[i];
  // Only a word that qualifies the office: after `After Premier Jane Roe spoke, …` or `Amid …`
  // the name opens a phrase or a clause of its own, not the main clause's subject.
  if (!w || i + 1 >= v || !OFFICE_QUALIFIERS.has(w.key) || !isCapitalised(w.text) || !joined(a.text, w, a.words[i + 1]!)) return undefined;
  const m = npForward(a, i + 1);
  return m?.kind === "name" && m.last < v && holdsTitledFullName(a, m.first, m.last) ? m : undefined;
}

/**
 * A party and state tag set off by commas after a name, and the lower-case verb that follows it
 * (`, R-Ky., delivered`); or an age (`, 54, stepped`), not one of a list of people with theirs
 * (`Roe, 54, and Baker, 60, spoke`: both are the subject, neither alone).
 */
const SET_OFF_TAG = rx.u`^\s*,\s*(?:[RDI]-[A-Z][A-Za-z.]{0,5},\s+\p{Ll}|\d{1,3},\s+(?!(?:and|or)\b)\p{Ll})`;

const SET_OFF_TAG_MAX_CHARS = 16;

/**
 * Whether the words from `from` are an appositive (a description opened by an article or a
 * possessive, closed by a comma) followed by a lower-case word before `v`, the verb of the
 * subject before it: `, the Swedish activist, gave`, not `, the premier and the mayor`. So too
 * a bare role, no article, that holds a person's noun before its comma (`, chief operating
 * officer of the hospital, spoke`), its noun in the singular (isBareRoleNoun): news sets off a
 * role without an article as often as with one.
 */
function appositiveThenVerb(a: ClauseText, from: number, v: number): boolean {
  const ws = a.words;
  const first = ws[from];
  if (!first) return false;
  const opened = DESCRIPTION_OPENERS.has(first.text);
  if (!opened && !isLowerCase(first.text)) return false;
  let person = opened;
  for (let j = from; j + 1 < v && j - from < MAX_APPOSITIVE_WORDS; j++) {
    a.work.add();
    // A bare role's noun as beforeBareRole reads it: `teachers at the school, parents and students` is a list.
    person ||= isPersonNoun(ws[j]!.key) && isBareRoleNoun(ws[j]!.key);
    const gap = a.text.slice(ws[j]!.end, ws[j + 1]!.start);
    if (/[.;:!?"“”]/.test(gap) || a.quoted[j]) return false;
    if (gap.includes(","))
      return person && isLowerCase(ws[j + 1]!.text) && !DESCRIPTION_ENDS.has(ws[j + 1]!.key) && !COORDINATORS.has(ws[j + 1]!.key);
  }
  return false;
}

/**
 * `when Premier Jane Roe says Ottawa would act “…”`: a verb of saying inside a clause opened
 * by a subordinator has that clause's subject, the word after the subordinator. Only when no
 * comma stands before the verb: in `After Roe spoke, Baker replied, saying …` the clause ends
 * at the comma and its subject is not the main clause's.
 */
function pastSubordinator(a: ClauseText, i: number, v: number): number {
  const w = a.words[i];
  if (!w || i + 1 >= v || !SUBORDINATORS.has(w.key) || a.quoted[i]) return i;
  a.work.add(a.words[v]!.start - w.end);
  if (commaIn(a.text, w.end, a.words[v]!.start)) return i;
  // `When she arrived she began by saying`: a second subject opens the main clause unmarked.
  for (let k = i + 2; k < v; k++) if (SUBJECT_PRONOUNS.has(a.words[k]!.text)) return i;
  return i + 1;
}

/**
 * `Toronto police`, `Ottawa officials`: a name that qualifies the speaker noun after it is part
 * of the description, whose head is the subject, not the name (a place) alone.
 */
function withSpeakerNoun(a: ClauseText, m: Mention, v: number): Mention {
  const related = personOfPossessor(a, m, v);
  if (related) return related;
  const next = a.words[m.last + 1];
  if (m.kind !== "name" || !next || m.last + 1 >= v || !isLowerCase(next.text) || !isSpeakerNounKey(next.key)) return m;
  // `Ryan’s campaign`, `Hoff’s letter`: a possessive names whose it is; the name still speaks.
  if (!joined(a.text, a.words[m.last]!, next) || /['’]s?$/.test(a.words[m.last]!.text)) return m;
  const described = npBackward(a, m.last + 1);
  return described && described.first === m.first ? described : m;
}

/**
 * `Baker’s press secretary brushed aside …, saying`, `Jane Roe’s lawyer has responded by
 * saying`: a person's noun a name owns is someone else than the owner, so the whole description
 * is the subject (resolved as `Jane Roe’s lawyer said` is, or no one), never the owner. Only a
 * person's noun: `Lustrik’s campaign`, `Roe’s letter` still speak for the name (withSpeakerNoun).
 */
function personOfPossessor(a: ClauseText, m: Mention, v: number): Mention | undefined {
  const role = roleAfterPossessor(a, m);
  return role && role.last < v && isPersonNoun(a.words[role.last]!.key) ? role : undefined;
}

/** How many words a dateline's place may take (`ST. JOHN’S, N.L.`). */
const DATELINE_MAX_WORDS = 4;

const ALL_CAPS = rx.u`^[\p{Lu}.'’]{2,}$`;

/**
 * What may stand between a dateline's place and the story: a date or a province (`OTTAWA, Dec. 4 (UPI) —`,
 * `HALIFAX, N.S. —`), three short words at most, the agency in brackets, and the dash.
 */
export const DATELINE_TAIL = rx.u`^\s*(?:,\s*(?:[\p{L}.]+\s*){1,3}(?:\d{1,2}\s*)?)?(?:\([^)]*\)\s*)?(?:[—–]+\s*|-+\s+)`;

/** How far past its place a dateline's date and agency may run. */
export const DATELINE_TAIL_MAX_CHARS = 40;

/** The first word after a dateline opening a paragraph (`QUEENS PARK – Premier …`), or lo when there is none: a place is no subject, nor its date. */
export function afterDateline(a: Analysis, lo: number, hi: number): number {
  const ws = a.words;
  for (let j = lo; j < hi && j < lo + DATELINE_MAX_WORDS && ALL_CAPS.test(ws[j]!.text) && !a.quoted[j]; j++) {
    a.work.add();
    const tail = DATELINE_TAIL.exec(a.text.slice(ws[j]!.end, ws[j]!.end + DATELINE_TAIL_MAX_CHARS));
    if (tail) return Math.min(hi, wordIndexAt(a, ws[j]!.end + tail[0].length));
  }
  return lo;
}

/** A surname of a person named in full before (`Priebus later told …`): a subject wherever it stands. */
export function isKnownSurname(a: ClauseText, m: Mention): boolean {
  return m.kind === "name" && m.first === m.last && a.cast.isSurname(a.words[m.first]!.key);
}

/** `The Clinton Foundation describes itself …`: a name after `The`, where the article itself opens no phrase. */
function nameAfterArticle(a: ClauseText, i: number, v: number): Mention | undefined {
  const ws = a.words;
  if (ws[i]?.key !== "the" || i + 1 >= v || !isCapitalised(ws[i + 1]!.text) || !joined(a.text, ws[i]!, ws[i + 1]!)) return undefined;
  const m = npForward(a, i + 1);
  return m?.kind === "name" ? m : undefined;
}

export function npBackwardAt(a: Analysis, j: number, lo: number): Mention | undefined {
  for (let i = Math.max(lo, j - COLON_NAME_MAX_WORDS); i <= j; i++) {
    const m = npForward(a, i);
    if (m && m.last === j && m.kind !== "pronoun") return m;
  }
  return undefined;
}
