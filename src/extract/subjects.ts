// The subject of a verb, read backwards from it: the speaker of `X said`, `X, the deputy
// director of Y, said`, `X laughed and said`, `a narrator in the ad asks`.
// subjectOf keeps the order of the rules; the readers that read a subject back again through it
// (past an appositive, a first verb's object, the verb that issued a writing) stay beside it,
// and the rest, which never recurse, are in subject-*.ts by what stands before the verb.

import { SPACED_DASH } from "./dashes";
import {
  BE_FORMS,
  CALLING_VERBS,
  COORDINATORS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  ISSUED_WRITINGS,
  NOUN_MARKERS,
  ORGANISATION_NOUNS,
  PREPOSITIONS,
  SPEECH_VERBS,
  STANDALONE_SPEAKERS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERB_FILLERS,
  SUBORDINATORS,
  WEEKDAYS,
} from "./lexicon";
import { listDescriptionStart, listNameStart, showsPersonIn } from "./mention-joined-bodies";
import { runs } from "./mention-names";
import { isSpeakerNoun, type Mention } from "./mention-words";
import { npBackward } from "./mentions";
import {
  affiliatedName,
  appositiveName,
  endsInOffice,
  holderAfterEmployer,
  holderAfterRole,
  OBJECT_PREPOSITIONS,
  officePart,
  officePartAfter,
  officeSetOffBefore,
  ownedByPlural,
  personBeforeBody,
  personSetOff,
  personWithBodyNoun,
  possessedOffice,
} from "./subject-affiliations";
import {
  appositiveBefore,
  beforeBareRole,
  beforeDashedAside,
  nameBeforeStrayComma,
  nameBeforeUnmarkedRole,
  quotedPhraseStart,
} from "./subject-asides";
import { beforeLinkedPlace, beforeRelativeClause, describedBackward, insideAPhrase } from "./subject-descriptions";
import { firstConjunct, jointWriting } from "./subject-pairs";
import { beforeHome, beforePlace, homeBeforeRegion, placeAfterPreposition, placeBeforeRegion } from "./subject-places";
import { nameAfterRoleNoun } from "./subject-roled-appositives";
import { goesOnTo, promptedObject, promptedTo, quotedAsSaying } from "./subject-verb-phrases";
import {
  type Clause,
  COMMA,
  commaIn,
  IRREGULAR_PAST,
  notASubject,
  onlySpaces,
  opensAgentPhrase,
  opensPredicate,
  REGULAR_PAST,
  STOP_OR_MARK,
} from "./subject-words";
import { APOSTROPHE_S, isCapitalised, isLowerCase, isLyAdverb, isParticiple } from "./text";
import { MAX_APPOSITIVE_WORDS, MAX_BRACKETED_WORDS, MAX_FILLERS } from "./thresholds";
import { rx } from "./unicode-regexps";

// Compiled once, as those in ./subject-words: these too are tested for every verb of an article (issue 14).
const BRACKET_COMMA = /\)\s*,/;
const QUOTE_MARK = /[”"'’]/;
const CLOSE_BRACKET = /\)/;
const OPEN_BRACKET = /\(/;
/** An honour's letters after a name (`O.N.M`, `LL.D`, `K.C`, `Ph.D`): capitals, each a letter or two, dots between. */
const POST_NOMINAL = rx.u`^\p{Lu}\p{L}?\.(?:\p{Lu}\p{L}?\.?)+$`;
/** The marks of a short quotation inside an appositive (quotedPhraseStart), which end nothing. */
const QUOTE_MARKS = /["“”]/g;

/** How many coordinated verbs (`laughed and said`) to walk back through to their subject. */
const MAX_COORDINATED_VERBS = 4;

/** The subject of the verb at word v, not before word lo: skips auxiliaries and adverbs, and an appositive between commas. */
export function subjectOf(a: Clause, v: number, lo: number, depth = 0): Mention | undefined {
  const ws = a.words;
  const quoted = quotedAsSaying(a, v, lo);
  if (quoted) return quoted;
  const prompted = promptedObject(a, v, lo);
  if (prompted) return prompted;
  let k = v - 1 - (goesOnTo(a, v, lo) || promptedTo(a, v, lo));
  let skipped = 0;
  // Not past a comma: `…, who spoke to speak candidly, said` ends an appositive with the adverb.
  // Not past a modal that is a name's word here (`Elizabeth May said`, runs' `given`).
  while (
    k >= lo &&
    skipped < MAX_FILLERS &&
    (SUBJECT_VERB_FILLERS.has(ws[k]!.key) || isLyAdverb(ws[k]!.text)) &&
    runs(a).given[k] !== 1 &&
    !a.quoted[k] &&
    !commaIn(a.text, ws[k]!.end, ws[k + 1]!.start)
  ) {
    k--;
    skipped++;
  }
  a.work.add(skipped + 1);
  // `Jane Roe, author of “The Long Winter,” said`: a title closing the appositive, the comma
  // inside its marks, is read past as one without the comma inside is.
  if (k >= lo && a.quoted[k] && commaIn(a.text, ws[k]!.end, ws[k + 1]!.start) && quotedPhraseStart(a, k, lo) >= 0)
    return subjectBeforeAppositive(a, k + 1, v, lo, depth);
  if (k < lo || a.quoted[k]) return undefined;
  // `Nefzi said, adding, “…”`: a participle after another verb of saying shares its subject.
  if (depth < MAX_COORDINATED_VERBS && isParticiple(ws[v]!.text) && k === v - 1 && SPEECH_VERBS.has(ws[k]!.key)) {
    if (commaIn(a.text, ws[k]!.end, ws[v]!.start)) return subjectOf(a, k, lo, depth + 1);
  }
  // `Another tweeted, “…”`, `One wrote`: a pronoun-like determiner alone opens the clause.
  if (STANDALONE_SPEAKERS.has(ws[k]!.key) && (k === lo || commaIn(a.text, ws[k - 1]!.end, ws[k]!.start))) {
    return { start: ws[k]!.start, end: ws[k]!.end, kind: "nominal", first: k, last: k };
  }
  // `X laughed and said`: the subject of the first verb; `X turned to the premier and said`:
  // of the first verb before its object.
  // A day closing the first verb phrase (`labelled him a fumbler Friday and said`) is part of it;
  // when that phrase ends in its object, not its verb, the object is no subject.
  if (COORDINATORS.has(ws[k]!.key) && k - 1 >= lo && (isLowerCase(ws[k - 1]!.text) || WEEKDAYS.has(ws[k - 1]!.key))) {
    if (depth >= MAX_COORDINATED_VERBS) return undefined;
    const verbBefore = REGULAR_PAST.test(ws[k - 1]!.text) || IRREGULAR_PAST.has(ws[k - 1]!.text);
    if (verbBefore) {
      const first = subjectOf(a, k - 1, lo, depth + 1);
      // `Roe said … before the meeting was scheduled, but said`: the first verb closes a
      // subordinate clause; its subject is that clause's own, not the coordinated verb's.
      if (first && first.first - 1 >= lo && SUBORDINATORS.has(ws[first.first - 1]!.key) && commaIn(a.text, ws[k - 1]!.end, ws[k]!.start))
        return undefined;
      // `Roe called the report flawed and added`: a participle closing the object of a verb of
      // calling or judging is the object's complement, no verb; the subject is the calling verb's.
      // Only a verb right before that object (`Minutes after the owner called, Sergeant Kari Bye
      // arrived and said` ends a clause at `called`).
      const c = first ? first.first - 1 : -1;
      const caller = c >= lo && CALLING.has(ws[c]!.key) && !a.quoted[c] && onlySpaces(a.text, ws[c]!.end, ws[c + 1]!.start) ? c : -1;
      return (caller >= 0 ? subjectOf(a, caller, lo, depth + 1) : first) ?? subjectBeforeObject(a, k - 1, lo);
    }
    // `Roe smiles and says`: a present verb before the coordinator has its own subject. Not a
    // noun after an article or a possessive (`what caused her father's death, but said`), which
    // is no verb: its possessor is no subject of the verb after `but`.
    return subjectBeforeObject(a, k - 1, lo) ?? (nounBefore(a, k - 1, lo) ? undefined : subjectOf(a, k - 1, lo, depth + 1));
  }
  // `he backed Tom Baker over Roe and said`: an object ending in a name; `and` straight
  // before the verb joins verb phrases, never names, so the subject is the first verb's.
  if (COORDINATORS.has(ws[k]!.key) && k - 1 >= lo && depth < MAX_COORDINATED_VERBS && isCapitalised(ws[k - 1]!.text)) {
    const shared = subjectBeforeObject(a, k - 1, lo);
    if (shared) return shared;
  }
  const gap = a.text.slice(ws[k]!.end, ws[k + 1]!.start);
  a.work.add(gap.length);
  if (CLOSE_BRACKET.test(gap)) {
    // `Rep. Jane Doe (D-Wis.) said`: the subject stands before the brackets.
    for (let j = k; j >= Math.max(lo, k - MAX_BRACKETED_WORDS); j--) {
      a.work.add();
      if (OPEN_BRACKET.test(a.text.slice(ws[j - 1]?.end ?? 0, ws[j]!.start))) {
        const m = j - 1 >= lo ? npBackward(a, j - 1) : undefined;
        // `Jane Roe, director of policy at the Acme Centre (ACC), told`: the organisation's name and
        // its initials close an appositive; the name set off before it is the subject.
        if (m && m.first >= lo && COMMA.test(gap))
          return appositiveBefore(a, m, lo) ?? (m.kind === "name" ? subjectBeforeAppositive(a, j - 1, v, lo, depth) : undefined) ?? m;
        // `Jane Roe of the Acme Centre (ACC) said`: the person before the affiliation, as without the initials.
        const owner = m && m.kind === "name" && m.first >= lo ? affiliatedName(a, m, lo) : undefined;
        return owner ?? (m && m.first >= lo ? m : undefined);
      }
    }
    return undefined;
  }
  if (COMMA.test(gap) && !QUOTE_MARK.test(gap)) return subjectBeforeAppositive(a, k, v, lo, depth) ?? nameBeforeStrayComma(a, k, v, lo);
  if (SPACED_DASH.test(gap)) {
    const aside = beforeDashedAside(a, k, lo);
    if (aside) return aside;
  }
  const member = personWithBodyNoun(a, k, lo);
  if (member) return member;
  const unclosed = beforeBareRole(a, k, lo);
  if (unclosed) return unclosed;
  const read = npBackward(a, k) ?? describedBackward(a, k, lo);
  const found = (read && nameBeforeUnmarkedRole(a, read, lo)) ?? read;
  // `The organization that represents the province’s police leaders said`: the noun phrase
  // before the verb is the relative clause's object; the subject is the noun before `that`.
  // A name straight after `that` (`groups that Roe says were “…”`) is the clause's own subject.
  const m =
    (found && found.kind !== "pronoun" && !(found.kind === "name" && ws[found.first - 1]?.key === "that") && insideAPhrase(a, found, lo)
      ? beforeRelativeClause(a, found.first - 1, lo, true)
      : undefined) ??
    found ??
    beforeRelativeClause(a, k, lo) ??
    beforeLinkedPlace(a, k, lo);
  const joint = jointWriting(a, m);
  if (joint) return joint;
  const placed = m && m.kind === "name" ? beforePlace(a, m, lo) : undefined;
  // `Jane Roe of Acme Drugs in Toronto said`: the place says where the body is, and the name
  // before it is read as without the place, below (a person is never the firm).
  if (placed && placed.kind !== "name") return placed;
  const named = placed ?? m;
  if (named && named.kind === "name") {
    const owner = affiliatedName(a, named, lo);
    if (owner) return owner;
    // `Jane Roe, Lakeview Nurses Union said`: a body's name (its last word an organisation's) set off after a person's.
    const member = ORGANISATION_NOUNS.has(ws[named.last]!.key) ? personBeforeBody(a, named, lo) : undefined;
    if (member) return member;
    const described = roleBeforeBody(a, named, v, lo, depth);
    if (described) return described;
    if (placed) return placed;
    // Walking back from `and joked`, a name inside the first verb's object (`He adopted a fake
    // Southern accent and joked`) is no subject: a subject is not preceded by a modifier.
    if (depth > 0 && insideAPhrase(a, named, lo)) return undefined;
  }
  const issuer = m && m.kind === "nominal" && isParticiple(ws[v]!.text) ? issuerOfDocument(a, m, lo, depth) : undefined;
  if (issuer) return issuer;
  // `A source speaking to Oakvale Radio said`, `sent an email to supporters stating`: the mention is
  // a preposition's object; the subject stands before the participle that governs it, or is the
  // clause's own. A description with a finite verb keeps its phrase (`a narrator in the ad asks`).
  if (m && (m.kind === "name" || (m.kind === "nominal" && isParticiple(ws[v]!.text)))) {
    const p = m.first - 1 - (a.words[m.first - 1]?.key === "the" ? 1 : 0);
    if (p >= lo && OBJECT_PREPOSITIONS.has(ws[p]!.text)) {
      // `a letter signed by Tomas Rell said`: a past participle with its agent governs the name as
      // `speaking to` does; the noun before it is the subject (a writing, its author's to name).
      const participle = p - 1 >= lo && (isParticiple(ws[p - 1]!.text) || opensAgentPhrase(a, p - 1)) ? p - 1 : -1;
      if (participle - 1 < lo || a.quoted[participle - 1]) return undefined;
      const subject = npBackward(a, participle - 1) ?? describedBackward(a, participle - 1, lo);
      return subject && subject.first >= lo && subject.kind !== "relative" ? subject : undefined;
    }
  }
  const first = m && m.first >= lo ? firstConjunct(a, m, lo) : undefined;
  // `the National Academy of Arts, Letters and Music noted`: the last item of a list inside a
  // body's name is read back as the whole name, which speaks; a person's name in it is the holder.
  // The list first, as nearly no name is in one: a person's word is asked only of those that are.
  const whole = !first && m && m.kind === "name" && m.first >= lo ? listNameStart(a, m.first) : -1;
  if (m && whole >= lo && !a.quoted[whole] && !showsPersonIn(a, m.first, m.last)) return { ...m, start: ws[whole]!.start, first: whole };
  // `Tenants of Tallwood Homes, Birchwood Homes and Oakvale Mills said`: the list's items only
  // say whose tenants spoke; the speaker is the description's plural head (a common noun, no
  // office's or body's), unnamed, never the last item nor the whole read as a body's name.
  const described = whole < 0 && !first && m && m.kind === "name" && m.first >= lo ? listDescriptionStart(a, m.first) : -1;
  if (m && described >= lo && !a.quoted[described])
    return { start: ws[described]!.start, end: ws[described]!.end, first: described, last: described, kind: "nominal" };
  return first ?? (m && m.first >= lo ? m : undefined);
}

/** Verbs by which someone puts out such a writing. */
export const ISSUING_VERBS = new Set(["issued", "sent", "released", "posted", "published", "distributed", "emailed"]);

/**
 * `The Department of Finance issued a news release stating …`: a writing that is the object of
 * a verb of issuing says what its issuer says, so the subject of `stating` is the subject of
 * `issued`, not the release.
 */
function issuerOfDocument(a: Clause, m: Mention, lo: number, depth: number): Mention | undefined {
  const ws = a.words;
  const verb = m.first - 1;
  if (depth >= MAX_COORDINATED_VERBS || verb < lo || a.quoted[verb] || !ISSUED_WRITINGS.has(ws[m.last]!.key)) return undefined;
  if (!ISSUING_VERBS.has(ws[verb]!.text) || !onlySpaces(a.text, ws[verb]!.end, ws[m.first]!.start)) return undefined;
  const subject = subjectOf(a, verb, lo, depth + 1);
  return subject && subject.kind !== "relative" ? subject : undefined;
}

/** Whether the word at j follows `that` or a verb of saying: the subject of what is reported. */
function opensReportedClause(a: Clause, j: number, lo: number): boolean {
  const before = a.words[j - 1];
  return j - 1 >= lo && !!before && (before.key === "that" || SPEECH_VERBS.has(before.key));
}

/** How many words the object of a first verb may run (`looked at the families in the front row`). */
const MAX_OBJECT_WORDS = 8;

/**
 * `Jane Roe, the mayor of Moncton, took the microphone and said`: the verb before `and` has an
 * object, which ends at `and`; the subject is that of the past-tense verb the object follows,
 * read back over the object's words (no punctuation between them). A subject found inside a
 * phrase (`praised the workers injured in …`) is the object of a verb further back.
 */
function subjectBeforeObject(a: Clause, last: number, lo: number): Mention | undefined {
  const ws = a.words;
  for (let j = last - 1; j >= lo && j >= last - MAX_OBJECT_WORDS; j--) {
    a.work.add();
    if (a.quoted[j] || !onlySpaces(a.text, ws[j]!.end, ws[j + 1]!.start)) return undefined;
    const w = ws[j]!;
    // `as she thanked the crowd and then boomed`: a nominative pronoun is only ever a subject, so
    // the clause the coordinated verbs share opens with it, and it is their subject, unless it
    // opens a reported clause (`noted that he taught law, and added`), which the verbs are outside.
    if (SUBJECT_PRONOUNS.has(w.text) && !opensReportedClause(a, j, lo))
      return { start: w.start, end: w.end, kind: "pronoun", first: j, last: j };
    // `Roe was in that lineup, but says`, `Roe is retired but says`: a form of `be` before its
    // complement is the first verb as a past tense is, and its subject the one both verbs share.
    if (!(REGULAR_PAST.test(w.text) || IRREGULAR_PAST.has(w.text) || BE_FORMS.has(w.key))) continue;
    // No further coordination: one verb phrase is read back at a time.
    const m = subjectOf(a, j, lo, MAX_COORDINATED_VERBS);
    if (m && m.kind !== "relative" && !insideAPhrase(a, m, lo)) return m;
  }
  return undefined;
}

/** Verbs of calling and judging, whose object a participle may close (`called the report flawed`, `found it flawed`). */
const CALLING = new Set([...CALLING_VERBS, "found", "deemed", "declared", "considered", "judged"]);

/** Whether the word at k follows an article or a possessive (`the death`, `her father's death`): a noun, never a verb. */
function nounBefore(a: Clause, k: number, lo: number): boolean {
  const prev = a.words[k - 1];
  return !!prev && k - 1 >= lo && !a.quoted[k - 1] && (NOUN_MARKERS.has(prev.key) || APOSTROPHE_S.test(prev.text));
}

/** How many lower-case words may qualify a body's name after its article (`the regional Acme Council`). */
const BODY_QUALIFIER_MAX_WORDS = 2;

/** The body's name m with the lower-case words that qualify it straight before it (`regional`), no function words. */
function qualifiedBody(a: Clause, m: Mention, lo: number): Mention {
  const ws = a.words;
  let first = m.first;
  while (
    first - 1 > lo &&
    m.first - first < BODY_QUALIFIER_MAX_WORDS &&
    isLowerCase(ws[first - 1]!.text) &&
    !FUNCTION_WORDS.has(ws[first - 1]!.key) &&
    onlySpaces(a.text, ws[first - 1]!.end, ws[first]!.start)
  )
    first--;
  a.work.add(m.first - first + 1);
  return first === m.first ? m : { ...m, first, start: ws[first]!.start };
}

/**
 * `Chief Jane Roe, Tribal Chair, Acme Nation Government said`: a body's name set off after a
 * capitalised role (its last word a speaker's noun) closes an appositive whose own closing comma
 * is missing; the subject stands before the role, read as before any appositive (past
 * post-nominals such as `O.N.M.`). Only a person's name: the body and the role are no subject.
 */
function roleBeforeBody(a: Clause, body: Mention, v: number, lo: number, depth: number): Mention | undefined {
  const ws = a.words;
  const key = ws[body.last]!.key;
  if (!(ORGANISATION_NOUNS.has(key) || GOVERNMENT_NOUNS.has(key)) || body.first - 2 < lo) return undefined;
  const role = body.first - 1;
  if (!commaIn(a.text, ws[role]!.end, ws[body.first]!.start) || !isCapitalised(ws[role]!.text) || !isSpeakerNoun(ws[role]!.key))
    return undefined;
  const m = subjectBeforeAppositive(a, role, v, lo, depth);
  return m && m.kind === "name" && m.last < role ? m : undefined;
}

/**
 * The subject of the verb at word v when a comma closes the words before it, k being the last
 * of them: `X, the deputy director of Y, said`, the subject stands before the appositive.
 */
function subjectBeforeAppositive(a: Clause, k: number, v: number, lo: number, depth: number): Mention | undefined {
  const ws = a.words;
  // `X, the deputy director of Y, said`: the subject stands before the appositive. Before a
  // participle (`X, a former councillor, revealed his plan, saying`), the phrase set off just
  // before it that opens with a verb is the main clause's predicate, no appositive: read past it.
  const participle = isParticiple(ws[v]!.text);
  // `Jane Roe, a spokesperson for the management company, Acme Boxing, said`: the name set off
  // after an organisation's description names the organisation; the speaker may stand further back.
  let organisation: Mention | undefined;
  // What a description coordinated after another would have set off, if no subject stands before it.
  let coordinated: Mention | undefined;
  // Set when the words after j are a short quotation inside the appositive: the marks around it end nothing.
  let titled = false;
  // The last word of the phrase the comma at j closes; and the preposition of a home place
  // read past (homeBeforeRegion), whose phrase, with no comma before it, holds the subject.
  let end = k;
  let home = -1;
  // A name read back that is a preposition's object inside a description, kept if no subject stands before it.
  let object: Mention | undefined;
  for (let j = k - 1; j >= Math.max(lo, k - MAX_APPOSITIVE_WORDS); j--) {
    if (a.quoted[j]) {
      // `Jane Roe, who wore a “Roe 2020” hat, said`: a slogan or a title quoted inside the
      // appositive, words on both sides of it, is part of the description.
      const open = quotedPhraseStart(a, j, lo);
      if (open < 0) break;
      j = open;
      titled = true;
      continue;
    }
    const g = a.text.slice(ws[j]!.end, ws[j + 1]!.start);
    a.work.add(g.length + 1);
    if (STOP_OR_MARK.test(titled ? g.replace(QUOTE_MARKS, "") : g)) break;
    titled = false;
    // `X (R), a staunch ally, effectively acknowledged it, saying`: an adverb may open the predicate.
    const opener = isLyAdverb(ws[j + 1]!.text) && j + 2 < k ? ws[j + 2]! : ws[j + 1]!;
    const comma = COMMA.test(g);
    if (comma && participle && opensPredicate(opener)) continue;
    if (comma && home < 0) {
      const p = homeBeforeRegion(a, j, end, lo);
      if (p >= 0) {
        home = p;
        j = p;
        continue;
      }
    }
    if (comma) {
      end = j;
      const m = BRACKET_COMMA.test(g) ? subjectOf(a, j + 1, lo, depth + 1) : npBackward(a, j);
      // `Jane Roe, O.N.M., LL.B. (hon.), Tribal Chair, said`: a post-nominal set off after the name
      // is a letter of its honours, no one; the subject stands further back.
      if (m && m.kind === "name" && m.first === m.last && POST_NOMINAL.test(ws[m.first]!.text)) {
        j = m.first;
        continue;
      }
      // `Jane Roe, principal of consultancy Acme Solutions, which works with the band, said`: a
      // name ending a description (a lower-case word before it) that a `which` clause follows is
      // that clause's antecedent, a thing inside the appositive; the subject stands further back,
      // and the name is kept in case none does (`Acme Corp, which owns the mill, said` keeps it).
      if (m && m.kind === "name" && m.first >= lo && ws[j + 1]?.key === "which" && insideAPhrase(a, m, lo)) {
        // `Chief Jane Roe of the regional Acme Tribal Council, which represents six nations,
        // said`: the body (with the words in lower case that qualify it) is her affiliation, and
        // she is the subject, as without the `which` clause.
        const owner = affiliatedName(a, qualifiedBody(a, m, lo), lo);
        if (owner) return owner;
        object ??= m;
        j = m.first - 1;
        continue;
      }
      if (!organisation && m && (m.kind === "nominal" || ownedByPlural(a, m)) && m.first >= lo && ORGANISATION_NOUNS.has(ws[m.last]!.key)) {
        organisation = appositiveName(a, j + 1, k) ?? m;
        j = m.first;
        continue;
      }
      // `Jane Roe, a surgeon and host of CBC's Night Shift, Day Shift, says`: a description
      // coordinated after another is inside an appositive, not its opening; a name after it
      // continues the description (a title), and the subject stands further back.
      if (m && m.kind === "nominal" && m.first - 1 > lo && ws[m.first - 1]!.key === "and" && !organisation) {
        coordinated ??= appositiveName(a, j + 1, k) ?? m;
        j = m.first - 1;
        continue;
      }
      // `Tom Baker, speaking a day after the exit of his finance minister, Jane Roe, said`: a
      // description after a preposition is its object inside an earlier appositive, and the name
      // set off after it is that description's; the subject stands further back, and the name is
      // kept in case none does.
      if (m && m.kind === "nominal" && m.first - 1 > lo && PREPOSITIONS.has(ws[m.first - 1]!.key) && !organisation) {
        object ??= appositiveName(a, j + 1, k) ?? m;
        j = m.first - 1;
        continue;
      }
      // `Its chief executive, Tom Brown, said`: the name set off after a description is the speaker;
      // so is one after a role noun of its own (`His sister, nurse Jane Roe, said`).
      if (m && m.kind === "nominal" && m.first >= lo)
        return organisation ? m : (appositiveName(a, j + 1, k) ?? nameAfterRoleNoun(a, j + 1, k) ?? m);
      // `Cody Smith of Acme, the firm that runs the towers, said`: the appositive describes the
      // organisation, but the subject is still the person it is the affiliation of.
      // `Mr. Roe, now 81 and retired in Halifax, N.S., said`: a place after `in` is inside the
      // appositive, whose subject stands further back.
      const place = m && m.kind === "name" ? Math.max(placeAfterPreposition(a, m, lo), placeBeforeRegion(a, m, lo)) : -1;
      if (place > lo) {
        j = place;
        continue;
      }
      // `Saskatchewan Party MLA, Jane Roe, said`: a body's name closed by an office, then the full
      // name set off, is the office and its holder, as a description before the name is.
      // So too after a lone office a possessor gives (`the company's president and CEO, Dr. Lisa Chen, said`).
      const holder =
        m && m.kind === "name" && m.first >= lo && (endsInOffice(a, m) || possessedOffice(a, m)) ? appositiveName(a, j + 1, k) : undefined;
      if (holder && holder.last > holder.first && !officePart(a, holder) && personSetOff(a, holder)) return holder;
      // `Acme Manager, Tiago Roe, said`: so too after a role no title list holds, when the name set
      // off has a person's shape.
      const roleHolder = m && m.kind === "name" && m.first >= lo ? holderAfterRole(a, m, j + 1, k) : undefined;
      if (roleHolder) return roleHolder;
      // `Delmar Steel Director, Human Resources, Ilse Marrow, said`: so too after the office's second
      // part set off; with no holder set off after it, the office speaks, as a description would.
      const office = m && m.kind === "name" ? officePartAfter(a, m, lo) : undefined;
      if (office) {
        const named = appositiveName(a, j + 1, k);
        return named && named.last > named.first ? named : office;
      }
      // `Tom Baker, Director, Human Resources, said`: a lone office set off, and the name after it
      // (its department or employer), describe the holder before the office, who is the subject.
      const setOff = m && m.kind === "name" && m.first >= lo ? officeSetOffBefore(a, m, lo) : -1;
      if (setOff >= 0) {
        // `Ferro Inc., Director, Human Resources, Tom Baker, said`: the employer written first, the
        // person set off last holds the office.
        const held = holderAfterEmployer(a, setOff, k, lo);
        if (held) return held;
        j = setOff;
        continue;
      }
      if (m && m.kind === "name" && m.first >= lo) {
        // `On Twitter, the chair of the Acme Group, Jane Roe, wrote`, `In Halifax, …`: the
        // phrase the clause opens with says where or how, and its name is never the subject.
        const before = ws[m.first - 1];
        const afterPreposition = before !== undefined && PREPOSITIONS.has(before.key);
        if (afterPreposition && m.first - 1 === lo && !a.quoted[lo]) break;
        if (notASubject(a, m, lo)) return undefined;
        const owner = affiliatedName(a, m, lo);
        if (owner) return owner;
        // `Jane Roe, a student in the ecology program at Lakeview University, one of the schools
        // spared, said`: a name after a preposition inside a description is its object, closing an
        // earlier appositive; the subject stands further back, and the name is kept in case none does.
        if (afterPreposition && m.first - 1 > lo && onlySpaces(a.text, before.end, m.start)) {
          object ??= m;
          j = m.first - 1;
          continue;
        }
        return m;
      }
      if (m && m.kind === "pronoun") return undefined;
      // `Acme’s vice-president of human resources, Jane Roe, said`: a description too long to
      // read back still sets off the full name after it, and that name is the speaker.
      const named = m ? undefined : appositiveName(a, j + 1, k);
      if (named && named.last > named.first) return named;
    }
  }
  return organisation ?? coordinated ?? beforeHome(a, home, lo) ?? object;
}
