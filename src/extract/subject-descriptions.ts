// Descriptions read back from a verb (`a narrator in the ad asks`), the modifiers that stand
// between a subject and its verb without a comma (`A woman who lives nearby said`, `the man at
// the door said`), and whether a mention read back stands inside a phrase, a verb's object,
// rather than opening its clause. Separate because these read the lower-case words before the
// verb, where a name is known by its capitals, and they ask nothing of appositives or places.
import {
  CLAUSE_JOINERS,
  COORDINATORS,
  DESCRIPTION_OPENERS,
  FUNCTION_WORDS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBORDINATORS,
} from "./lexicon";
import { isSpeakerNoun, type Mention } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { type Clause, COMMA_BETWEEN, ONLY_BLANKS, onlySpaces, REGULAR_PAST } from "./subject-words";
import { APOSTROPHE_S, isLowerCase, isParticiple } from "./text";
import { MAX_DESCRIPTION_WORDS } from "./thresholds";

/** `a narrator in the ad asks`: a description that opens with a determiner, whatever its noun. */
export function describedBackward(a: Clause, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (!isLowerCase(ws[k]!.text)) return undefined;
  // `talking with the three Labour Party MLAs but said`: a conjunction before the verb joins
  // two verb phrases; it ends no description, and `MLAs but` is no one.
  if (COORDINATORS.has(ws[k]!.key)) return undefined;
  // `thanked his team and his rivals before telling`, `responded by saying`: a preposition or a
  // subordinator before a participle opens the participle's phrase, an adjunct of the verb
  // before it; it ends no description (unlike `a voice over says`, where it is the noun).
  if ((PREPOSITIONS.has(ws[k]!.key) || SUBORDINATORS.has(ws[k]!.key)) && isParticiple(ws[k + 1]?.text ?? "")) return undefined;
  for (let j = k; j >= Math.max(lo, k - MAX_DESCRIPTION_WORDS); j--) {
    a.work.add();
    if (j < k && (a.quoted[j] || !onlySpaces(a.text, ws[j]!.end, ws[j + 1]!.start))) return undefined;
    // `that he joined in the brawl, but said`: a subject pronoun opens a clause, inside no description.
    if (PERSONAL_PRONOUNS.has(ws[j]!.key)) return undefined;
    if (DESCRIPTION_OPENERS.has(ws[j]!.key)) {
      // `that's easier said`: a determiner with `’s` is `that is`, a clause, no description.
      if (APOSTROPHE_S.test(ws[j]!.text)) return undefined;
      const before = ws[j - 1];
      // Only at the start of a clause (`when a boy shouted`): not `told the reporter`. `as`
      // before a description that a finite verb of saying follows is the conjunction (`said as
      // the heckler yelled`), not the preposition (`praised him as an effective fighter`).
      if (
        before &&
        j - 1 >= lo &&
        onlySpaces(a.text, before.end, ws[j]!.start) &&
        isLowerCase(before.text) &&
        !CLAUSE_JOINERS.has(before.key) &&
        !SUBORDINATORS.has(before.key) &&
        !(before.text === "as" && finiteSpeechAfter(a, k))
      )
        return undefined;
      return { start: ws[j]!.start, end: ws[k]!.end, kind: "nominal", first: j, last: k };
    }
  }
  return undefined;
}

/** Whether the word after k is a verb of saying in the regular past (`yelled`, `noted`): finite, not `began vowing`. */
function finiteSpeechAfter(a: Clause, k: number): boolean {
  const v = a.words[k + 1];
  return !!v && SPEECH_VERBS.has(v.key) && REGULAR_PAST.test(v.text) && !a.quoted[k + 1];
}

/** How many words a restrictive relative clause (`who lives nearby`) may run between its noun and the verb. */
const MAX_RELATIVE_CLAUSE_WORDS = 8;

/**
 * `A woman who lives nearby said`: a restrictive relative clause, set off by no comma, stands
 * between the subject and its verb; the subject is the person described before `who`. Only
 * read when the words before the verb make no subject themselves (`in the area` does not).
 */
export function beforeRelativeClause(a: Clause, k: number, lo: number, orThat = false): Mention | undefined {
  const ws = a.words;
  for (let j = k; j > lo && j >= k - MAX_RELATIVE_CLAUSE_WORDS; j--) {
    a.work.add();
    if (a.quoted[j]) return undefined;
    // `“…,” Roe, who was traded by the Jets to the Flames said`: a relative clause set off after a
    // name whose closing comma is missing. The name, opening its clause, is the subject (it would
    // else belong to no clause); only a name, which the comma cannot join to a noun before it.
    if (!onlySpaces(a.text, ws[j - 1]!.end, ws[j]!.start)) {
      if (ws[j]!.text !== "who" || !COMMA_BETWEEN.test(a.text.slice(ws[j - 1]!.end, ws[j]!.start))) return undefined;
      // `Roskell, who Idris Kemble accused of …`: a name after `who` right before a verb of saying
      // is the relative clause's own subject, the pronoun its object: the verb is that name's.
      const own = npForward(a, j + 1);
      if (own?.kind === "name" && own.last >= k && SPEECH_VERBS.has(ws[own.last + 1]?.key ?? "")) return own;
      const named = npBackward(a, j - 1);
      return named?.kind === "name" && named.first === lo ? named : undefined;
    }
    // `that` opens a relative clause only after a noun for a speaker (`the group that runs it`).
    if (ws[j]!.text !== "who" && !(orThat && ws[j]!.text === "that")) continue;
    const m = npBackward(a, j - 1) ?? describedBackward(a, j - 1, lo);
    if (ws[j]!.text === "that" && (m?.kind !== "nominal" || !isSpeakerNoun(ws[j - 1]!.key))) return undefined;
    return m && m.first >= lo && (m.kind === "name" || m.kind === "nominal") ? m : undefined;
  }
  return undefined;
}

/** What opens a clause before a description: a comma or a quotation's closing mark. */
const CLAUSE_OPENED = /[,”"’]\s*$/;
/** Prepositions that tie a place or thing to a person described (`the man at the door`). */
const PLACE_LINKS = new Set(["at", "in", "on", "near", "outside", "inside", "behind", "from"]);
/** How many words a place after its link may take, with its article (`at the front door`). */
const LINKED_PLACE_MAX_WORDS = 4;

/**
 * `“…,” the man at the door said`, `a woman in the crowd shouted`: a place or thing tied to the
 * description by a preposition stands between the subject and its verb; the subject is the
 * person described before the preposition.
 */
export function beforeLinkedPlace(a: Clause, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (!isLowerCase(ws[k]!.text)) return undefined;
  for (let j = k - 1; j > lo && j >= k - LINKED_PLACE_MAX_WORDS; j--) {
    a.work.add();
    if (a.quoted[j] || !onlySpaces(a.text, ws[j]!.end, ws[j + 1]!.start)) return undefined;
    if (!PLACE_LINKS.has(ws[j]!.text)) continue;
    const m = npBackward(a, j - 1);
    if (m?.kind !== "nominal" || m.first < lo || !onlySpaces(a.text, ws[j - 1]!.end, ws[j]!.start)) return undefined;
    // Only a description that opens its clause: in `looking the premier in the eye and asking` it is an object.
    return m.first === lo || CLAUSE_OPENED.test(a.text.slice(ws[m.first - 1]!.end, m.start)) ? m : undefined;
  }
  return undefined;
}

/** Whether a lower-case word other than a conjunction runs straight into the mention, and not as its role. */
export function insideAPhrase(a: Clause, m: Mention, lo: number): boolean {
  const before = a.words[m.first - 1];
  if (!before || m.first - 1 < lo || !isLowerCase(before.text) || CLAUSE_JOINERS.has(before.key)) return false;
  return ONLY_BLANKS.test(a.text.slice(before.end, a.words[m.first]!.start)) && !roleOpensClause(a, m.first, lo);
}

/** How many lower-case words a role before a name may take (`veteran defender`, `assistant general manager`). */
const MAX_ROLE_WORDS = 3;

/**
 * `and veteran defender Morgan Reilly smiled and said`: lower-case words with no article or
 * other function word among them run from a conjunction (or the clause's start) into the name;
 * they are the name's role, not the end of a verb's object (`adopted a fake Southern accent`).
 */
function roleOpensClause(a: Clause, first: number, lo: number): boolean {
  const ws = a.words;
  for (let j = first - 1; j >= lo && j >= first - 1 - MAX_ROLE_WORDS; j--) {
    a.work.add();
    const w = ws[j]!;
    if (CLAUSE_JOINERS.has(w.key)) return j < first - 1;
    if (a.quoted[j] || !isLowerCase(w.text) || FUNCTION_WORDS.has(w.key) || !ONLY_BLANKS.test(a.text.slice(w.end, ws[j + 1]!.start)))
      return false;
    if (j === lo) return true;
  }
  return false;
}
