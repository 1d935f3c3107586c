// Asides set off between a subject and its verb, read past to the subject: one between dashes
// (`Jane Roe -- a lawyer who fought the Crown -- said`), a description a bracket closes (`…, a
// chief inspector with the Montreal police (SPVM), told`), a role whose closing comma is missing
// (`Jane Roe, director of education adds`), a short quoted title inside one (`a “Roe 2020”
// hat`), and a comma that sets off nothing (`“…,” Staff Sgt. Jane Roe, told`). Separate because
// each reads how an aside is marked off, and none reads a subject back past another verb.

import { SPACED_DASH } from "./dashes";
import { ARTICLES, FUNCTION_WORDS, ORGANISATION_NOUNS, PERSONAL_PRONOUNS, SPEECH_VERBS, VERBS_BEFORE_SPEAKER } from "./lexicon";
import { nounsEnd, runs } from "./mention-names";
import { isPossessive, isSpeakerNoun, type Mention } from "./mention-words";
import { npBackward } from "./mentions";
import { isGivenName } from "./names";
import { mentionIsPlace } from "./subject-places";
import { type Clause, COMMA, commaIn, joinedByPluralPossessive, notASubject, onlySpaces, STOP_OR_MARK } from "./subject-words";
import { isCapitalised, isLowerCase } from "./text";
import { MAX_DASHED_ASIDE_WORDS } from "./thresholds";

/** How many words after its verb an aside (`said Jane Roe,`) may run before its closing comma. */
const ASIDE_MAX_WORDS = 6;

/** Whether the first punctuation after the verb at v, within a few words, is a comma. */
function asideClosedByComma(a: Clause, v: number): boolean {
  const ws = a.words;
  for (let j = v; j + 1 < ws.length && j - v < ASIDE_MAX_WORDS; j++) {
    a.work.add();
    const gap = a.text.slice(ws[j]!.end, ws[j + 1]!.start);
    if (/[^\s]/.test(gap)) return COMMA.test(gap) && j > v;
  }
  return false;
}

/** What stands between a quotation's last word and a name straight after it: the closing mark. */
const CLOSED_BEFORE = /^[,.!?]?["”’]\s+$/;

/**
 * `“…,” Staff Sgt. Jane Roe, told reporters`: a name that opens the clause, then a comma straight
 * before the verb, sets off nothing (no subject stands before it to describe); the comma is a slip
 * and the name is the subject. Not before `to` (`Roe, said to be the favourite, …` is an aside).
 */
export function nameBeforeStrayComma(a: Clause, k: number, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (ws[v + 1]?.key === "to") return undefined;
  // `The plan, said Jane Roe, is flawed`: a verb that puts its speaker after it, closed by a
  // comma a few words on, is an aside inside the clause of the name before it.
  if (VERBS_BEFORE_SPEAKER.has(ws[v]!.key) && asideClosedByComma(a, v)) return undefined;
  const m = npBackward(a, k);
  if (m?.kind !== "name" || m.last !== k || m.first < lo) return undefined;
  // The clause opens with it: at lo, or straight after the quotation it attributes.
  const opens = m.first === lo || (a.quoted[m.first - 1] && CLOSED_BEFORE.test(a.text.slice(ws[m.first - 1]!.end, m.start)));
  return opens && !notASubject(a, m, lo) ? m : undefined;
}

/**
 * `The premier — who won before her 2022 win — says`, `Jane Roe -- a lawyer who fought the Crown
 * -- said`: a dash just before the verb closes an aside that a dash opened; the subject stands
 * before the opening dash, never inside the aside (a possession, `her 2022 win`, or a description).
 * The aside opens in lower case (`who`, `a`, `the`), as pastDashParenthesis asks of one after a quotation.
 */
export function beforeDashedAside(a: Clause, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  for (let j = k; j > lo && j >= k - MAX_DASHED_ASIDE_WORDS; j--) {
    a.work.add();
    if (a.quoted[j]) return undefined;
    const g = a.text.slice(ws[j - 1]!.end, ws[j]!.start);
    if (STOP_OR_MARK.test(g)) return undefined;
    if (!SPACED_DASH.test(g)) continue;
    if (!isLowerCase(ws[j]!.text) || a.quoted[j - 1]) return undefined;
    const m = npBackward(a, j - 1);
    return m && m.first >= lo && m.kind !== "relative" ? m : undefined;
  }
  return undefined;
}

/** How many words a quotation inside an appositive may have (`a “Roe 2020” hat`): a slogan or a title, no speech. */
const MAX_QUOTED_PHRASE_WORDS = 5;

/**
 * The first word of the short quoted phrase that ends at word j, when an unquoted word after
 * lo stands before it and its closing mark is followed by more of the sentence, not a stop;
 * -1 otherwise.
 */
export function quotedPhraseStart(a: Clause, j: number, lo: number): number {
  const ws = a.words;
  let open = j;
  while (open > lo && a.quoted[open - 1] && j - open < MAX_QUOTED_PHRASE_WORDS) open--;
  a.work.add(j - open + 1);
  if (open <= lo || a.quoted[open - 1] || j - open >= MAX_QUOTED_PHRASE_WORDS) return -1;
  const after = a.text.slice(ws[j]!.end, ws[j + 1]!.start);
  return /[.;:!?]/.test(after) ? -1 : open;
}

/**
 * `Jane Roe, a chief inspector with the Montreal police (SPVM), told`: a description set off by
 * commas, a bracket closing it, is an appositive; the name before it is the subject.
 */
export function appositiveBefore(a: Clause, m: Mention, lo: number): Mention | undefined {
  if (m.kind !== "nominal" || m.first - 1 < lo) return undefined;
  const ws = a.words;
  if (!commaIn(a.text, ws[m.first - 1]!.end, ws[m.first]!.start)) return undefined;
  const name = npBackward(a, m.first - 1);
  return name && name.kind === "name" && name.first >= lo ? name : undefined;
}

/**
 * `Jane Roe, Ontario vice-president of the Lakeview Grocers: “…”`: a signature line before a
 * colon, a description set off after the name that opens it. The clause has no verb, so the
 * description read as its subject is an appositive: a full name (two words or more) opening the
 * clause and set off by a comma cannot stand alone, belonging to no clause. The name signs.
 */
export function signerBeforeAppositive(a: Clause, m: Mention, lo: number): Mention | undefined {
  const name = appositiveBefore(a, m, lo);
  return name && name.first === lo && name.last > name.first ? name : undefined;
}

/**
 * How many words a role set off after a name may run to without its closing comma (`a director
 * of the Acme Foundation`), a name of several words counted as one (roleWords).
 */
const BARE_ROLE_MAX_WORDS = 7;
/** Words that may stand inside such a role besides the role noun and capitalised names. */
const BARE_ROLE_LINKS = new Set(["of", "for", "at", "with", "in", "and", "the"]);
/** Words that open a role's complement: `director of`, `spokesperson for`, `professor at`, `councillor with`. */
const ROLE_COMPLEMENT_LINKS = new Set(["of", "for", "at", "with", "in"]);
/**
 * How many words a role opened by an article or a possessor may run to (`the president and chief
 * of operations of the Lakeview Regional Airport`): the opening word marks the role's start, so it
 * may run longer than a bare one (BARE_ROLE_MAX_WORDS, checked below).
 */
const OPENED_ROLE_MAX_WORDS = 12;

/**
 * `Jane Roe, director of education adds “…”`, `Jane Roe, a councillor with Acme First Nation
 * said`: after a name that opens the clause (or a clause joined by `, and`) and its comma, a role cannot be the subject (the
 * name would then stand alone, belonging to no clause), so the phrase is an appositive whose
 * closing comma is missing, and the subject is the name. Words up to k, from the comma, must be
 * the role noun (after an article or a possessor, if any) and its complement only.
 */
export function beforeBareRole(a: Clause, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  for (let j = k; j > lo && j >= k - OPENED_ROLE_MAX_WORDS; j--) {
    a.work.add();
    const w = ws[j]!;
    if (a.quoted[j] || PERSONAL_PRONOUNS.has(w.key) || SPEECH_VERBS.has(w.key)) return undefined;
    const comma = commaIn(a.text, ws[j - 1]!.end, w.start);
    const opensRole = comma && ARTICLES.has(w.key) && j < k;
    // `Jane Roe, Acme's president of mining said`: a possessor opens the role as an article does.
    const possessor = comma && !opensRole ? possessorBefore(a, j, k) : -1;
    if (!opensRole && !isCapitalised(w.text) && !BARE_ROLE_LINKS.has(w.key) && FUNCTION_WORDS.has(w.key)) return undefined;
    if (!comma) {
      // `president of the Ontario Nurses’ Association said`: a plural's possessive inside a body's name.
      if (!onlySpaces(a.text, ws[j - 1]!.end, w.start) && !joinedByPluralPossessive(a, j - 1)) return undefined;
      continue;
    }
    // The role alone or with its complement (`director of education`), not a role before a name
    // (`spokesperson Jane Roe said` is itself the subject).
    const opened = opensRole ? j + 1 : possessor >= 0 ? possessor + 1 : j;
    // `Jane Roe, Acme Workers National President said`: a body's name, bare, may stand before the role.
    // So may a body's name after the article (`Jane Roe, a CUPE 3903 spokesperson said`).
    const r = modifiedRoleHead(a, compoundRoleEnd(a, possessor >= 0 ? opened : roleAfterBody(a, opened, k), k), k);
    if (!isBareRoleNoun(ws[r]!.key) || (r < k && !roleGoesOn(a, r))) return undefined;
    // Without its article or possessor the role may run no longer than it did before articles were read.
    if (!opensRole && possessor < 0 && roleWords(a, j, k) >= BARE_ROLE_MAX_WORDS) return undefined;
    const name = npBackward(a, j - 1);
    if (name?.kind !== "name" || (name.first !== lo && !opensJoinedClause(a, name.first))) return undefined;
    // Before a body's name and its role, only a person's full name (`Perth, Ont. mayor says` is a
    // place and its province before a role that the story names below).
    if (r !== opened && (name.last === name.first || mentionIsPlace(ws, name))) return undefined;
    return name;
  }
  return undefined;
}

/** Whether word i opens a clause joined by `, and` or `, but` (`…, and Jane Roe, a councillor with …`). */
function opensJoinedClause(a: Clause, i: number): boolean {
  const ws = a.words;
  const link = ws[i - 1];
  return !!link && !!ws[i - 2] && (link.key === "and" || link.key === "but") && commaIn(a.text, ws[i - 2]!.end, link.start);
}

/**
 * The words of a role ws[j..k], less one for each capitalised word a capitalised word follows
 * (`CEO of the Canadian Cancer Society’s British Columbia division` is six): a body's long name is
 * one thing the role names, not a run of words that would say the phrase is no role at all.
 */
function roleWords(a: Clause, j: number, k: number): number {
  const ws = a.words;
  let n = k - j;
  for (let i = j; i < k; i++) if (isCapitalised(ws[i]!.text) && isCapitalised(ws[i + 1]!.text)) n--;
  a.work.add(k - j + 1);
  return n;
}

/**
 * `“…,” Jane Roe chief of Acme First Nation told`: a person's full name opening the clause, then
 * a role in lower case with its complement, no comma at all, reads back as one description
 * (`Jane Roe chief of …`, m); no person's name qualifies a role so, so the role is an appositive
 * whose commas are both missing, and the name is the subject. The name opens with a given name.
 */
export function nameBeforeUnmarkedRole(a: Clause, m: Mention, lo: number): Mention | undefined {
  const ws = a.words;
  if (m.kind !== "nominal" || m.first !== lo || a.quoted[lo] || !isGivenName(ws[lo]!.text)) return undefined;
  const end = runs(a).nameEnd[lo]!;
  const role = end + 1;
  if (end <= lo || role >= m.last || !isLowerCase(ws[role]!.text)) return undefined;
  if (!onlySpaces(a.text, ws[end]!.end, ws[role]!.start)) return undefined;
  const r = compoundRoleEnd(a, role, m.last);
  if (r >= m.last || !isBareRoleNoun(ws[r]!.key) || !roleGoesOn(a, r)) return undefined;
  return { start: ws[lo]!.start, end: ws[end]!.end, kind: "name", first: lo, last: end };
}

/**
 * Whether a word may head a role set off bare, without an article: a speaker's noun in the
 * singular and no body's (`director`, not `teachers` nor `council`). Also clause-subjects's
 * appositiveThenVerb.
 */
export function isBareRoleNoun(key: string): boolean {
  return isSpeakerNoun(key) && !ORGANISATION_NOUNS.has(key) && !/s$/.test(key);
}

/** A union local's number after its name (`CUPE 3903`, `Unifor 444`). */
const UNIT_NUMBER = /^\d{1,4}$/;

/** How many capitalised words a body's name before a role may hold (`Acme Nurses Union Provincial`). */
const BODY_BEFORE_ROLE_MAX_WORDS = 4;

/**
 * The role word after a body's name written bare at j (`Acme Communications president`), or j:
 * up to a few capitalised words that are no role (a body's own noun or its members' may be
 * among them), then the role noun. A name after a
 * role (`Mayor Jane Roe`) is no role's complement, which roleGoesOn sees.
 */
function roleAfterBody(a: Clause, j: number, k: number): number {
  const ws = a.words;
  for (let r = j; r <= k && r - j <= BODY_BEFORE_ROLE_MAX_WORDS; r++) {
    a.work.add();
    const w = ws[r]!;
    // A body's own noun or its members', capitalised inside its name (`Acme Nurses Union President`), is no role yet.
    const inBody = r < k && isCapitalised(w.text) && (ORGANISATION_NOUNS.has(w.key) || /s$/.test(w.key));
    if (isSpeakerNoun(w.key) && !inBody) return r;
    // `CUPE 3903 spokesperson`: a local's number closes the body's name.
    if (r > j && UNIT_NUMBER.test(w.text) && onlySpaces(a.text, ws[r - 1]!.end, w.start)) continue;
    if (!isCapitalised(w.text) || FUNCTION_WORDS.has(w.key) || isPossessive(w) || (r > j && !onlySpaces(a.text, ws[r - 1]!.end, w.start)))
      return j;
  }
  return j;
}

/** How many more speaker's nouns a role's head may run to (`chief executive officer`, `press secretary`). */
const COMPOUND_ROLE_MAX_WORDS = 2;

/**
 * The last word of a role whose noun at r runs on, spaces only between, into more speaker's
 * nouns (`chief executive officer of Acme said`): its head, the last, takes the complement. The
 * run of joined speaker's nouns is the text's (nounsEnd); only its words in lower case here, or
 * in capitals after a capitalised first (`General Manager of …`).
 */
function compoundRoleEnd(a: Clause, r: number, k: number): number {
  const ws = a.words;
  if (!isSpeakerNoun(ws[r]!.key)) return r;
  const last = Math.min(nounsEnd(a, r), r + COMPOUND_ROLE_MAX_WORDS, k);
  // `General Manager of transportation services`: a role in Title Case runs on in capitals.
  const titleCase = isCapitalised(ws[r]!.text);
  let end = r;
  while (end < last && (titleCase ? isCapitalised(ws[end + 1]!.text) && isSpeakerNoun(ws[end + 1]!.key) : isLowerCase(ws[end + 1]!.text))) {
    a.work.add();
    end++;
  }
  return end;
}

/** How many words in lower case may qualify a role's noun (`senior economist`, `chief forex strategist`). */
const ROLE_MODIFIER_MAX_WORDS = 2;

/**
 * The role's noun at or after r when words in lower case qualify it (`senior economist at`,
 * `chief forex strategist at`): the first speaker's noun within a few such words that goes on to
 * its complement, else r. Spaces only between, and no function word (`director of the …`).
 */
function modifiedRoleHead(a: Clause, r: number, k: number): number {
  const ws = a.words;
  if (r < k && isSpeakerNoun(ws[r]!.key) && roleGoesOn(a, r)) return r;
  for (let m = r; m <= k && m - r <= ROLE_MODIFIER_MAX_WORDS; m++) {
    a.work.add();
    const w = ws[m]!;
    if (!isLowerCase(w.text) || FUNCTION_WORDS.has(w.key) || (m > r && !onlySpaces(a.text, ws[m - 1]!.end, w.start))) return r;
    // `Jane Roe, a graduate student said`: the role may end right before the verb.
    if (m > r && isSpeakerNoun(w.key) && (m === k || roleGoesOn(a, m))) return m;
  }
  return r;
}

/** Whether the role at r goes on to its complement (`director of`) or a second role (`president and CEO`). */
function roleGoesOn(a: Clause, r: number): boolean {
  const ws = a.words;
  const next = ws[r + 1]!.key;
  if (ROLE_COMPLEMENT_LINKS.has(next)) return true;
  if (next !== "and" || !ws[r + 2]) return false;
  // `a PhD student and CUPE 3903 spokesperson`: a second role, a body's name before it or not.
  return (
    isSpeakerNoun(ws[r + 2]!.key) ||
    (isCapitalised(ws[r + 2]!.text) && roleAfterBody(a, r + 2, Math.min(ws.length - 1, r + 2 + BODY_BEFORE_ROLE_MAX_WORDS + 1)) > r + 2)
  );
}

/** How many capitalised words a possessor opening a role may hold (`Acme Mining Corp.'s`). */
const POSSESSOR_MAX_WORDS = 3;

/** The possessive word that closes capitalised words from j (`Acme's`, `Acme Mining's`) before k, or -1: a name's run stops at a possessive. */
function possessorBefore(a: Clause, j: number, k: number): number {
  const ws = a.words;
  const p = runs(a).nameEnd[j]!;
  return isCapitalised(ws[j]!.text) && p < k && p - j < POSSESSOR_MAX_WORDS && isPossessive(ws[p]!) ? p : -1;
}
