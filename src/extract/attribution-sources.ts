// Sources that are no subject of a verb of saying: `according to X`, words `from` a person,
// `came the reply from X`, `as defined by X`, `in the words of X`, the agent of a passive
// (`was asked by X`), a writing's author (`a statement from … Jane Roe`), an outlet that only
// relays a report, and the possessor of a noun of saying whose `that` clause holds the quotation
// (`after Jane Roe's comments that …`). Separate because each is a fixed phrase with its own
// reading of who spoke.

import { kindOf } from "./actor-kinds";
import { type Analysis, sentenceOf, wordIndexAt } from "./analysis";
import { describedAfterVerb } from "./attribution-inverted";
import { isKnownSurname, npBackwardAt } from "./clause-subjects";
import { AUTHOR_LINKS } from "./documents";
import {
  BE_FORMS,
  COORDINATORS,
  CORE_SPEECH,
  DETERMINERS,
  FUNCTION_WORDS,
  ISSUED_WRITINGS,
  MODALS_BEFORE_VERB,
  NOUN_MARKERS,
  PERSONAL_PRONOUNS,
  PERSONAL_WRITINGS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  REPEATING_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
  STANDALONE_SPEAKERS,
  SUBORDINATORS,
} from "./lexicon";
import { nameSetOffAfter, personAfterAffiliation, roleAfterPossessor } from "./mention-affiliations";
import { isPersonNoun, isPossessive, joined, type Mention, pluralPossessiveBefore } from "./mention-words";
import { npForward } from "./mentions";
import { isGivenName, isPlace } from "./names";
import { isCapitalised, isLowerCase, isLyAdverb } from "./text";
import { rx } from "./unicode-regexps";

/**
 * The source named at word i after a quotation's `according to`. A body's name after `the` that
 * ends in no speaker noun (`according to the RCMP.`) is read from `the` as a description, which
 * finds none: the name after the article is the source, when it ends the phrase (not `according
 * to the FBI data`, whose source is a writing; `on Monday` may follow).
 */
export function accordingToSource(a: Analysis, i: number, end: number): Mention | undefined {
  const found = npForward(a, i) ?? writingsAuthor(a, i, end);
  // `according to Jane Roe’s cousin, Tom Baker`: whose the source is, not the source; the name
  // set off after the role, if any, is (as after `said`, speakers.ts).
  const owned = found && roleAfterPossessor(a, found);
  if (owned) return nameSetOffAfter(a, owned, end);
  // `according to Alberta Wildfire information officer Jane Roe`: the person after the body's role.
  const m = found && personAfterAffiliation(a, found);
  const ws = a.words;
  if (m || ws[i]?.key !== "the" || !ws[i + 1] || !isCapitalised(ws[i + 1]!.text) || !joined(a.text, ws[i]!, ws[i + 1]!)) return m;
  const after = npForward(a, i + 1);
  const next = after && ws[after.last + 1];
  if (after?.kind !== "name" || (next && isLowerCase(next.text) && !FUNCTION_WORDS.has(next.key) && joined(a.text, ws[after.last]!, next)))
    return undefined;
  return after;
}

/** How many words may stand between a writing's article and its noun (`an internal email`, `a Friday news release`). */
const WRITING_MODIFIER_MAX_WORDS = 2;

/**
 * `according to an email from a Rogers Communications spokesperson`: a writing issued by someone
 * (ISSUED_WRITINGS) after a determiner, and its author after `from` or `by`, whom the source is;
 * read at word i, within the clause ending at `end`. Undefined when no author is named.
 */
function writingsAuthor(a: Analysis, i: number, end: number): Mention | undefined {
  const ws = a.words;
  if (!ws[i] || !DETERMINERS.has(ws[i]!.key)) return undefined;
  for (let k = i + 1; k <= i + 1 + WRITING_MODIFIER_MAX_WORDS && ws[k + 1] && ws[k + 1]!.end <= end; k++) {
    a.work.add();
    if (a.quoted[k] || !joined(a.text, ws[k - 1]!, ws[k]!)) return undefined;
    if (!ISSUED_WRITINGS.has(ws[k]!.key)) continue;
    if (!AUTHOR_LINKS.has(ws[k + 1]!.key) || !ws[k + 2] || a.quoted[k + 2]) return undefined;
    const author = npForward(a, k + 2);
    return author && author.end <= end && author.kind !== "pronoun" ? personAfterAffiliation(a, author) : undefined;
  }
  return undefined;
}

/** How many words a phrase after the quotation may run before the `according to` that closes its sentence. */
const CLOSING_SOURCE_MAX_WORDS = 8;

/**
 * `a trend that was “very rare” before 2019, according to a report by the auditor.`: an
 * `according to`, set off by a comma, that closes the sentence a few words after the quotation
 * gives the whole sentence its source, the words quoted in it too. Not past another quotation
 * nor a verb of saying, which would be the words' own attribution. Reads words i.. at most
 * CLOSING_SOURCE_MAX_WORDS on.
 */
export function closingAccordingTo(a: Analysis, i: number, end: number): ClosingSource | undefined {
  const k = closingAccordingAt(a, i, end);
  // The phrase first, the describer after: describerBefore reads back over the whole quotation,
  // and nearly every quotation has no `according to` after it to ask it for.
  if (k < 0 || describerBefore(a, i)) return undefined;
  const m = writerOf(a, accordingToSource(a, k + 2, end), end);
  // The phrase ends the sentence: no clause set off after it (`, who said …`), only the source's role.
  if (!m || (/[,;:—–]/.test(a.text.slice(m.end, end)) && !roleSetOffAfter(a, m, end))) return undefined;
  // `according to Roe and Baker`, `a report from Pellworth`: one of two sources, or the place a
  // writing comes from, is no one to give the words to; they are sourced, to no one.
  // `Marta Pell and others` names one source and a crowd: the words are hers.
  const after = a.text.slice(m.end, end);
  const nobody = (/^\s+(?:and|or|&)\s/.test(after) && !/^\s+and\s+others\b/.test(after)) || fromPlace(a, m);
  return { mention: m, nobody };
}

/** How many words a source's role set off after its name may take (`, president of Acme Mobility and Residential Services`). */
const SET_OFF_ROLE_MAX_WORDS = 10;

/**
 * `according to Jane Roe, president of Acme Mobility.`: a role set off by one comma after the
 * source, closing the sentence, says who the source is; it is no clause of its own (`, who said`,
 * `, the plan is dead`): it opens in lower case and holds no verb of saying, relative, finite `be`,
 * modal or quotation. Reads at most SET_OFF_ROLE_MAX_WORDS words.
 */
function roleSetOffAfter(a: Analysis, m: Mention, end: number): boolean {
  const ws = a.words;
  const first = ws[m.last + 1];
  if (!first || !/^,\s+$/.test(a.text.slice(m.end, first.start)) || !isLowerCase(first.text) || CLAUSE_CONJUNCTIONS.has(first.key))
    return false;
  let k = m.last + 1;
  for (; ws[k] && ws[k]!.end <= end; k++) {
    a.work.add();
    const w = ws[k]!;
    if (k - m.last > SET_OFF_ROLE_MAX_WORDS || a.quoted[k] || SPEECH_VERBS.has(w.key) || SET_OFF_CLAUSE_WORDS.has(w.key)) return false;
    if (BE_FORMS.has(w.key) || MODALS_BEFORE_VERB.has(w.key)) return false;
    const gap = a.text.slice(w.end, ws[k + 1] && ws[k + 1]!.end <= end ? ws[k + 1]!.start : end);
    if (/[,;:—–()]/.test(gap)) return false;
  }
  return k > m.last + 1;
}

/** Conjunctions that open a clause after the source's comma (`, but the union disagrees`, `, while …`). */
const CLAUSE_CONJUNCTIONS = new Set([...COORDINATORS, ...SUBORDINATORS, "so", "yet", "as"]);

/** Words that open a clause, not a role, after a comma: relatives, pronouns, `has` (verbs of saying are asked apart). */
const SET_OFF_CLAUSE_WORDS = new Set([...RELATIVE_PRONOUNS, "that", ...PERSONAL_PRONOUNS, "you", "there", "this", "has", "have", "had"]);

/**
 * The word index of the `according` (after a comma, before `to`) that closingAccordingTo reads,
 * or -1: none in reach, or another quotation or a verb of saying first.
 */
function closingAccordingAt(a: Analysis, i: number, end: number): number {
  const ws = a.words;
  for (let k = i + 1; k < i + CLOSING_SOURCE_MAX_WORDS && ws[k + 1] && ws[k + 1]!.end <= end; k++) {
    a.work.add();
    if (a.quoted[k] || CORE_SPEECH.has(ws[k]!.key)) return -1;
    if (ws[k]!.text === "according" && ws[k + 1]!.key === "to" && /^,\s+$/.test(a.text.slice(ws[k - 1]!.end, ws[k]!.start))) return k;
  }
  return -1;
}

/** What closingAccordingTo finds: the source, and whether it names no one by itself. */
export interface ClosingSource {
  mention: Mention;
  nobody: boolean;
}

/**
 * `a report from Pellworth`: an author after `from` (read inside the source, `a report from
 * Pellworth`, or as the source itself) that is one capitalised word or a known place may be where
 * the writing comes from, not who wrote it (a body's name has its kind's word: `Pellworth Trust`).
 * Reads the source's words, a few.
 */
function fromPlace(a: Analysis, m: Mention): boolean {
  const ws = a.words;
  let k = m.last;
  while (k > m.first - 1 && ws[k]!.text !== "from") k--;
  a.work.add(m.last - k + 1);
  if (ws[k]?.text !== "from" || k >= m.last) return false;
  const author = ws.slice(k + 1, m.last + 1);
  // `a statement from Pell`, after `Marta Pell runs the trust`: a surname the text gave a person is hers.
  if (author.length === 1 && a.cast.isSurname(author[0]!.key)) return false;
  return (author.length === 1 && isCapitalised(author[0]!.text)) || isPlace(author.map((w) => w.key));
}

/** How many words before the quotation describerBefore reads for a verb. */
const DESCRIBER_MAX_WORDS = 12;

/** How many words between the quotation and word i describerBefore passes. */
const SKIPPED_MAX_WORDS = 4;

/**
 * `Roe dismissed the ferry as “a wreck” last year, according to the Courier.`: a person's verb of
 * saying or of stance before the quotation, in its own clause, has its subject describe the words;
 * the source closing the sentence only reports that. Reads back from word i (after the quotation)
 * past the quotation's words, then at most DESCRIBER_MAX_WORDS words, stopping at another
 * quotation or where the quotation's clause opens (`Baker denied it, but the ferry was …`).
 */
function describerBefore(a: Analysis, i: number): boolean {
  const ws = a.words;
  const start = sentenceOf(a, ws[i]!.start).start;
  // Past the few words tailAttribution may have skipped (`and`, a dash's aside), then the quotation.
  let k = i - 1;
  for (let n = 0; k >= 0 && n < SKIPPED_MAX_WORDS && ws[k]!.start >= start && !a.quoted[k]; n++) k--;
  while (k >= 0 && ws[k]!.start >= start && a.quoted[k]) {
    a.work.add();
    k--;
  }
  for (let n = 0; k >= 0 && n < DESCRIBER_MAX_WORDS && ws[k]!.start >= start && !a.quoted[k]; k--, n++) {
    a.work.add();
    const w = ws[k]!;
    if ((SPEECH_VERBS.has(w.key) || STANCE_VERBS.has(w.key)) && isLowerCase(w.text)) return !notAPersonsVerb(a, k, start);
    if (opensClause(a, k)) return false;
  }
  return false;
}

/** Words that open a clause after a comma or a semicolon: `, and the ferry was`, `; but`. */
const CLAUSE_OPENERS = new Set(["and", "but", "or", "yet", "while", "whereas"]);

/** Whether word k opens a clause joined to an earlier one (`Baker denied it, but …`). */
function opensClause(a: Analysis, k: number): boolean {
  if (k === 0) return false;
  const gap = a.text.slice(a.words[k - 1]!.end, a.words[k]!.start);
  return gap.includes(";") || (CLAUSE_OPENERS.has(a.words[k]!.key) && gap.includes(","));
}

/** Words that make the noun after them a thing's or a body's phrase: `The audit`, `its report`. */
const THING_DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their"]);

/**
 * `The audit dismissed the ferry as …`: a verb (word v) whose subject, right before it, is a
 * writing, a body or a thing describes nothing a person said. A subject read as a phrase that may
 * name a speaker is asked its kind; otherwise only a noun after an article is taken for a thing, and
 * anything else (an aside, an adverb) leaves the verb a person's, as before. Reads a few words back.
 */
function notAPersonsVerb(a: Analysis, v: number, start: number): boolean {
  const ws = a.words;
  if (v < 1 || ws[v - 1]!.start < start) return false;
  const m = npBackwardAt(a, v - 1, wordIndexAt(a, start));
  if (!m) {
    const det = ws[v - 2];
    return (
      isLowerCase(ws[v - 1]!.text) &&
      !isPersonNoun(ws[v - 1]!.key) &&
      det !== undefined &&
      det.start >= start &&
      THING_DETERMINERS.has(det.key)
    );
  }
  if (m.kind === "pronoun" || m.kind === "relative") return false;
  const words = ws.slice(m.first, m.last + 1);
  if (m.kind === "name")
    return (
      kindOf(
        words.map((w) => w.text),
        words.map((w) => w.key),
        false,
      ) !== "person"
    );
  return !isPersonNoun(ws[m.last]!.key);
}

/**
 * `a report by the Office of the Auditor General`: a writing's description with its author's name
 * after `by` or `from` is the author's saying; the author is the source. Other mentions as they are.
 */
function writerOf(a: Analysis, m: Mention | undefined, end: number): Mention | undefined {
  const ws = a.words;
  if (m?.kind !== "nominal" || !ISSUED_WRITINGS.has(ws[m.last]!.key)) return m;
  const link = ws[m.last + 1];
  if (!link || (link.text !== "by" && link.text !== "from")) return m;
  const author = accordingToSource(a, m.last + 2, end);
  return author && author.kind !== "pronoun" && author.kind !== "relative" ? author : m;
}

/** Verbs by which an outlet or a writer relays what others said: `…,” La Presse reported`. */
const RELAYING_VERBS = new Set(["reported", "reports"]);

/**
 * Whether the subject after a quotation only relays the report of it (`The mayor called the sale
 * “a shame,” Le Devoir reported`, `…, according to the Globe`): the words are the speaker's
 * named before them in the clause.
 */
export function relaysAReport(a: Analysis, m: Mention): boolean {
  // `…,” according to a report in the Courier`: the source of the report, not of the words.
  const to = a.words[m.first - 1]?.key === "the" ? m.first - 2 : m.first - 1;
  if (a.words[to]?.key === "to" && a.words[to - 1]?.key === "according") return true;
  const verb = a.words[m.last + 1];
  return verb !== undefined && RELAYING_VERBS.has(verb.key) && /^\s+$/.test(a.text.slice(a.words[m.last]!.end, verb.start));
}

/**
 * `a cheerful “We won!” from Roe`: words `from` a person, right after the quotation, are
 * that person's. Only a person the text has named (a known surname, or a given name first) is
 * taken: `“a signal” from Ottawa` comes from a place, not a speaker.
 */
export function quotedFromPerson(a: Analysis, from: number, i: number, end: number): Mention | undefined {
  const ws = a.words;
  if (ws[i]?.text !== "from" || a.text.slice(from, ws[i]!.start).trim() !== "") return undefined;
  const m = npForward(a, i + 1);
  if (m?.kind !== "name" || m.first !== i + 1 || m.end > end) return undefined;
  const person = isKnownSurname(a, m) || (m.last > m.first && isGivenName(ws[m.first]!.text));
  return person ? m : undefined;
}

/** How many words may stand between `came` and `from` in `came shouts from the crowd`. */
const CAME_FROM_MAX_WORDS = 4;

/**
 * `“Open the doors,” came shouts from the hall`, `came the reply from her lawyer`: after `came` and
 * what came, the phrase after `from` is who shouted or answered, when no punctuation parts them.
 */
export function answeredFrom(a: Analysis, i: number, end: number): Mention | undefined {
  const ws = a.words;
  if (ws[i]?.text !== "came") return undefined;
  for (let k = i + 1; k <= i + CAME_FROM_MAX_WORDS && ws[k] && ws[k]!.end <= end; k++) {
    a.work.add();
    if (!joined(a.text, ws[k - 1]!, ws[k]!)) return undefined;
    if (ws[k]!.text !== "from") continue;
    // `from the crowd`, `from her lawyer`: whatever noun follows, as after an inverted verb of saying.
    const m = npForward(a, k + 1) ?? (ws[k + 1] ? describedAfterVerb(a, k + 1, end) : undefined);
    return m && m.end <= end && m.kind !== "pronoun" ? m : undefined;
  }
  return undefined;
}

/** Participles of a passive after `as` whose agent wrote or spoke the words: `as defined by`, `as put by`. */
const SOURCE_PARTICIPLE = rx.u`^(?:\p{Ll}+ed|put|written|spoken)$`;

/** The agent in `as defined by X` at word i, when the words run on with no punctuation between them. */
export function passiveSourceAfterAs(a: Analysis, i: number, end: number): Mention | undefined {
  const ws = a.words;
  if (ws[i]?.text !== "as" || !SOURCE_PARTICIPLE.test(ws[i + 1]?.text ?? "") || ws[i + 2]?.text !== "by") return undefined;
  if (!joined(a.text, ws[i]!, ws[i + 1]!) || !joined(a.text, ws[i + 1]!, ws[i + 2]!)) return undefined;
  // `by the Merriam-Webster Dictionary`: a name after its article.
  const m = npForward(a, i + 3) ?? (ws[i + 3]?.key === "the" ? npForward(a, i + 4) : undefined);
  return m && m.end <= end && m.kind !== "pronoun" ? m : undefined;
}

/** How many role words may stand between a writing's `from` and its author's name (`from acting director of education`). */
const AUTHOR_ROLE_MAX_WORDS = 5;

/**
 * `“…,” a statement from acting director of education Jane Roe said`: the subject is the
 * writing, whose author is named after `from` or `by` behind role words; the whole description
 * is the mention, and the document resolver gives it to its author.
 */
export function writingByRoleAndName(a: Analysis, i: number, m: Mention): Mention | undefined {
  const ws = a.words;
  if (m.kind !== "name" || m.first - i < 3 || m.first - i - 3 > AUTHOR_ROLE_MAX_WORDS) return undefined;
  if (!NOUN_MARKERS.has(ws[i]!.key) || !ISSUED_WRITINGS.has(ws[i + 1]!.key) || !AUTHOR_LINKS.has(ws[i + 2]!.key)) return undefined;
  for (let k = i; k < m.first; k++) {
    a.work.add();
    if (a.quoted[k] || !joined(a.text, ws[k]!, ws[k + 1]!) || !isLowerCase(ws[k]!.text)) return undefined;
  }
  return { start: ws[i]!.start, end: m.end, kind: "nominal", first: i, last: m.last };
}

/** Verbs whose passive agent, not their subject, speaks the words that follow (`was asked by host Jane Roe, “…?”`). */
const PASSIVE_SPEECH = new Set(["asked", "questioned", "pressed", "challenged", "told", "warned", "urged", "described"]);

/**
 * `Roe was asked by host Jane Doe, who …, “…?”`: the agent of a passive verb of saying is who
 * spoke; the subject was spoken to.
 */
export function passiveAgent(a: Analysis, v: number, hi: number): Mention | undefined {
  const ws = a.words;
  if (!PASSIVE_SPEECH.has(ws[v]!.key) || !BE_FORMS.has(ws[v - 1]?.key ?? "") || ws[v + 1]?.key !== "by") return undefined;
  if (!joined(a.text, ws[v]!, ws[v + 1]!) || v + 2 >= hi) return undefined;
  const m = npForward(a, v + 2);
  return m && m.last < hi && m.kind !== "pronoun" ? m : undefined;
}

/** Participles of verbs of saying that do not end in `-ed`: `was told`, `is said`. */
const IRREGULAR_SPEECH_PARTICIPLES = new Set(["told", "said", "spoken", "written"]);

/**
 * `the fares were called “too high,” according to Marta Pell`, `Roe was described as “brilliant”`:
 * a verb of saying after a form of `be` (an `-ly` adverb between them at most), with no `by` and
 * its agent after it, is a passive without an agent. Its subject is what or whom the words are
 * said of or to, never who said them; an earlier verb, or a source closing the sentence, may
 * name that. Reads two words back and one on.
 */
export function agentlessPassive(a: Analysis, v: number): boolean {
  const ws = a.words;
  const w = ws[v]!;
  if (!w.key.endsWith("ed") && !IRREGULAR_SPEECH_PARTICIPLES.has(w.key)) return false;
  if (ws[v + 1]?.key === "by" && joined(a.text, w, ws[v + 1]!)) return false;
  const b = v > 0 && isLyAdverb(ws[v - 1]!.key) ? v - 2 : v - 1;
  return b >= 0 && BE_FORMS.has(ws[b]!.key) && joined(a.text, ws[b]!, ws[b + 1]!);
}

/**
 * `The plan was described by the fire chief as “…”`: the passive's agent, however many
 * words it takes, then `as` leading straight into the quotation, are the verb's own.
 */
export function describedByAs(a: Analysis, v: number, hi: number, open: number): boolean {
  if (a.words[v]!.key !== "described") return false;
  const m = passiveAgent(a, v, hi);
  const as = m && a.words[m.last + 1];
  return !!as && as.key === "as" && m.last + 2 === hi && !a.quoted[m.last + 1] && /^\s*$/.test(a.text.slice(as.end, open));
}

/**
 * Adjectives of the manner of a short utterance: `with a hearty “Go team!”`, `with a simple,
 * “Thank you.”`. A closed list: a noun there (`with a sign reading “…”`) makes the words another's.
 */
const UTTERANCE_MANNERS = new Set([
  "hearty",
  "simple",
  "cheerful",
  "curt",
  "terse",
  "quick",
  "loud",
  "emphatic",
  "resounding",
  "firm",
  "blunt",
  "tearful",
  "defiant",
  "brief",
  "polite",
  "cheery",
  "joyful",
  "gruff",
  "booming",
  "heartfelt",
]);

/**
 * `Roe ended the news conference with a hearty “Go team!”`, `He signed off with a simple, “…”`:
 * the word before the quotation is `with a` and one or two adjectives of manner, the mark after
 * them or a comma: the words are an utterance of the clause's subject. Returns the index of
 * `with`, or -1. A fixed window.
 */
export function utteredWith(a: Analysis, lo: number, hi: number, open: number): number {
  const ws = a.words;
  const last = ws[hi - 1];
  if (!last || a.quoted[hi - 1] || !UTTERANCE_MANNERS.has(last.key) || !/^,?\s*$/.test(a.text.slice(last.end, open))) return -1;
  a.work.add(3);
  const article = UTTERANCE_MANNERS.has(ws[hi - 2]?.key ?? "") ? hi - 3 : hi - 2;
  const w = article - 1;
  if (w < lo || (ws[article]!.text !== "a" && ws[article]!.text !== "an") || ws[w]!.text !== "with") return -1;
  return w;
}

/**
 * Verbs by which a speaker closes, opens or answers with an utterance (`ended the talk with a
 * hearty “…”`, `signed off with a simple, “…”`): a closed list, so that wearing, receiving or being
 * greeted `with a simple “…”` gives the words to no one.
 */
const UTTERING_VERBS = new Set(
  [
    "end ends ended close closes closed sign signs signed finish finishes finished open opens opened begin begins began start starts started",
    "answer answers answered reply replies replied respond responds responded greet greets greeted conclude concludes concluded",
    "wrap wraps wrapped sum sums summed kick kicks kicked chime chimes chimed pipe pipes piped shout shouts shouted cheer cheers cheered",
    // Verbs of addressing: `addressed the crowd with a simple “…”`, `toasted the couple with`.
    "address addresses addressed toast toasts toasted thank thanks thanked salute salutes saluted hail hails hailed welcome welcomes welcomed farewell farewelled",
  ]
    .join(" ")
    .split(" "),
);

/** Adverbs that may stand between the speaker and the verb: `Roe then ended with a hearty “…”`. */
const UTTERING_ADVERBS = new Set(["then", "finally", "simply", "just", "again", "also", "later", "quickly", "always", "often"]);

/** How many words utteredBySubject lets stand between the speaker and `with`. */
const UTTERING_MAX_WORDS = 8;

/**
 * `Roe ended the news conference with a hearty “…”`: the subject, right after it (past an adverb)
 * a verb of UTTERING_VERBS in the active, and no more than UTTERING_MAX_WORDS words to `with`.
 * Not `Roe did not end with`, `Roe never answers with` (the words were not said), `Roe wore a
 * shirt with`, `Roe was greeted with` (another's words, or no one's). Word `after` follows the subject.
 */
export function utteredBySubject(a: Analysis, after: number, withAt: number): boolean {
  if (withAt - after > UTTERING_MAX_WORDS) return false;
  a.work.add(withAt - after);
  let v = after;
  while (v < withAt && UTTERING_ADVERBS.has(a.words[v]!.text)) v++;
  return v < withAt && UTTERING_VERBS.has(a.words[v]!.text);
}

/** How many words a possessor may take in `in the auditor general's words`. */
const POSSESSOR_MAX_WORDS = 5;

/**
 * `In Roe's words, “…”` / `in the words of Jane Roe: “…”`: the phrase names whose words the
 * quotation is, as `according to` does, when only a comma or colon stands between it and the
 * quotation.
 */
export function inTheWordsOf(a: Analysis, lo: number, hi: number, open: number): Mention | undefined {
  const ws = a.words;
  const w = ws[hi - 1];
  if (!w || hi - 2 < lo || a.quoted[hi - 1] || !/^\s*[,:]\s*$/.test(a.text.slice(w.end, open))) return undefined;
  for (let i = hi - 2; i >= lo && hi - 1 - i <= POSSESSOR_MAX_WORDS + 3; i--) {
    a.work.add();
    if (a.quoted[i]) return undefined;
    if (ws[i]!.key !== "in") continue;
    // `in the words of Jane Roe,`: the owner closes the phrase.
    if (ws[i + 1]?.key === "the" && ws[i + 2]?.key === "words" && ws[i + 3]?.key === "of") {
      const m = npForward(a, i + 4) ?? (ws[i + 4]?.key === "the" ? npForward(a, i + 5) : undefined);
      return m && m.kind !== "pronoun" && m.last === hi - 1 ? m : undefined;
    }
    // `In Roe's words,`: the possessor runs into `words`.
    if (w.key !== "words" || !isPossessive(ws[hi - 2]!)) return undefined;
    const m = npForward(a, i + 1) ?? (ws[i + 1]?.key === "the" ? npForward(a, i + 2) : undefined);
    return m && m.kind !== "pronoun" && m.last === hi - 2 ? m : undefined;
  }
  return undefined;
}

/**
 * Nouns for words that came from someone, before `from` and the one they came from (`a biting
 * comment from the coach:`), and the writings a person sends (PERSONAL_WRITINGS). Not `question`:
 * the words after `a question from reporters:` are mostly the answer.
 */
const WORDS_FROM_NOUNS = new Set([
  ...PERSONAL_WRITINGS,
  "comment",
  "comments",
  "remark",
  "remarks",
  "statement",
  "warning",
  "plea",
  "reply",
  "response",
  "reminder",
  "promise",
  "appeal",
  "greeting",
  "word",
  "words",
  "tweet",
  "post",
  "retort",
  "rebuke",
]);

/**
 * `and a biting comment from the coach: “…”`, `a plea from Jane Roe: “…”`: the colon closes on
 * the one the words came from, and the words are theirs, whatever the clause's subject is
 * (`Banjo music filled the hall, and a comment from the host:` is no saying of `Banjo`'s). A
 * description (`the coach`) is resolved as any speaker's description is. Reads the noun right
 * before `from`, and at most ANSWERED_MAX_WORDS words before it.
 */
export function wordsFrom(a: Analysis, lo: number, hi: number, open: number): Mention | undefined {
  const ws = a.words;
  const last = ws[hi - 1];
  if (!last || hi - 3 < lo || a.quoted[hi - 1] || !/^\s*:\s*$/.test(a.text.slice(last.end, open))) return undefined;
  const from = npBackwardAt(a, hi - 1, lo);
  if (!from || from.kind === "pronoun" || from.first - 2 < lo) return undefined;
  const noun = from.first - 2;
  if (ws[from.first - 1]!.key !== "from" || !WORDS_FROM_NOUNS.has(ws[noun]!.key) || a.quoted[noun]) return undefined;
  // `In response to a comment from Roe:`, `asked about a post from Roe:`: the words answer what
  // came from them, and are someone else's.
  for (let k = noun - 1; k >= lo && k >= noun - ANSWERED_MAX_WORDS; k--) if (ANSWERING_LINKS.has(ws[k]!.key)) return undefined;
  return from;
}

/** Links before a noun of words that make the quotation an answer to those words, or leave it unclear whose (`spoke after a warning from`; wordsFrom). */
const ANSWERING_LINKS = new Set(["to", "about", "on", "over", "after"]);
/** How many words back from the noun wordsFrom looks for such a link: `to a biting comment`. */
const ANSWERED_MAX_WORDS = 4;

/** Nouns for what a person said, whose `that` clause reports it (`Roe's comments that …`); speakers.ts's objects of a performing verb too. */
export const SAYING_NOUNS = new Set([
  "comment",
  "comments",
  "remark",
  "remarks",
  "statement",
  "assertion",
  "claim",
  "suggestion",
  "warning",
  "contention",
  "insistence",
  "assurance",
  "promise",
  "pledge",
  "vow",
  "admission",
  "accusation",
  "allegation",
  "argument",
  "boast",
  "announcement",
  "explanation",
]);
/** How many words the `that` clause may run before the quotation (`that losing a third vote would be`). */
const SAYING_CLAUSE_MAX_WORDS = 12;

/**
 * `After Jane Roe's comments that a vote would be “…,” Tom Baker …`, `acquitted on Justice Roe's
 * assertion that there was “…”`: a quotation inside the `that` clause of a possessed noun of
 * saying is the possessor's words, not those of the sentence's subject. The clause runs straight
 * to the quotation: no other quotation, verb of saying or punctuation between.
 */
export function possessorOfSaying(a: Analysis, lo: number, hi: number, open: number): Mention | undefined {
  const ws = a.words;
  for (let t = hi - 1; t >= lo + 2 && hi - t <= SAYING_CLAUSE_MAX_WORDS; t--) {
    a.work.add();
    const w = ws[t]!;
    if (a.quoted[t] || (t < hi - 1 && !joined(a.text, w, ws[t + 1]!))) return undefined;
    if (w.key !== "that") {
      if (SPEECH_VERBS.has(w.key)) return undefined;
      continue;
    }
    if (!SAYING_NOUNS.has(ws[t - 1]!.key) || !joined(a.text, ws[t - 1]!, w)) return undefined;
    // The possessor runs into the noun, or one word qualifies it (`Roe's recent comments`).
    const p = possessiveAt(a, t - 2) ? t - 2 : t - 3 >= lo && possessiveAt(a, t - 3) ? t - 3 : -1;
    if (p < 0 || !/^\s+$/.test(a.text.slice(ws[hi - 1]!.end, open))) return undefined;
    // Only a phrase after a preposition (`in the wake of Roe's comments that …`, `based on Roe's
    // assertion that …`): as the subject (`Roe's claim that … is “simply not true”`), the quotation
    // may be its predicate, another's verdict on the claim.
    const m = npBackwardAt(a, p, lo);
    // `of the PMO’s comment that …`: the article may stand between the link and the name.
    const link = m && ws[m.first - 1]?.key === "the" ? m.first - 2 : (m?.first ?? 0) - 1;
    if (m?.kind === "name" && link >= lo && SAYING_LINKS.has(ws[link]!.key)) return m;
    // `rejecting the prime minister’s remark that “…”`: with `that` right before the mark, the
    // quotation is the remark itself, whatever governs the phrase; a description may own it. Not
    // after a verb of repeating (`Roe repeated the union’s warning that “…”`): its subject says them again.
    const governor = m ? ws[link]?.key : undefined;
    return t === hi - 1 && (m?.kind === "name" || m?.kind === "nominal") && !REPEATING_VERBS.has(governor ?? "") ? m : undefined;
  }
  return undefined;
}

/** Prepositions before a possessed noun of saying (`of`, `on`, `about`). */
const SAYING_LINKS = new Set([...PREPOSITIONS, "about", "despite"]);

/** Whether word k is a possessive: `Roe's`, or `Jones’` whose apostrophe the words left out as a closing mark. */
function possessiveAt(a: Analysis, k: number): boolean {
  const w = a.words[k]!;
  return isPossessive(w) || pluralPossessiveBefore(a.text, w, a.words[k + 1]!);
}

/** Ordinals that stand for a writing or a person after `a` (`A second, from Jane Roe, said`). */
const ELLIPTICAL_ORDINALS = new Set(["second", "third", "fourth"]);

/**
 * `Another, from Tom Baker, said`, `A second, signed by Jane Roe, read`: a word standing for one
 * more of the writings just quoted opens the clause at word lo, and the name set off by commas
 * right before the verb at v, after an author link, says whom the words are from. The name, and
 * whether it is a person's full name (its author); else undefined. `Another, from Corvale,`,
 * `A second, from Morris Point,` say where an unnamed one is from: the words are no one's named.
 */
export function ellipticalAuthor(a: Analysis, v: number, lo: number): { m: Mention; author: boolean } | undefined {
  const ws = a.words;
  const o = ws[lo]?.key === "a" && ELLIPTICAL_ORDINALS.has(ws[lo + 1]?.key ?? "") ? lo + 1 : lo;
  if (o + 2 >= v || (o === lo && !STANDALONE_SPEAKERS.has(ws[o]!.key)) || a.quoted[o]) return undefined;
  a.work.add(v - o);
  if (!/^,\s+$/.test(a.text.slice(ws[o]!.end, ws[o + 1]!.start)) || !/^,\s+$/.test(a.text.slice(ws[v - 1]!.end, ws[v]!.start)))
    return undefined;
  // `, signed by`: a participle may stand before the link.
  const link = AUTHOR_LINKS.has(ws[o + 1]!.key) ? o + 1 : o + 2;
  if (!AUTHOR_LINKS.has(ws[link]!.key) || ws[link]!.text !== ws[link]!.key) return undefined;
  const m = npForward(a, link + 1);
  if (m?.kind !== "name" || m.first !== link + 1 || m.last !== v - 1) return undefined;
  const keys = ws.slice(m.first, m.last + 1).map((w) => w.key);
  // `Another, from Morris Point,`: after `from`, a town the gazetteer does not hold, named by its kind.
  const town = TOWN_LAST_WORDS.has(keys.at(-1)!) || (SURNAME_TOWN_WORDS.has(keys.at(-1)!) && !isGivenName(keys[0]!));
  const place = isPlace(keys) || (ws[link]!.key === "from" && town);
  if (place) return { m, author: false };
  return m.last > m.first && isGivenName(keys[0]!) ? { m, author: true } : undefined;
}

/**
 * Last words of a town's name that are surnames too: a town's after a word no given name (`from Oak
 * Ridge`, `from Moose Corner`), a person's after one (`from Tom Ridge`, `from Ann Corner`).
 */
const SURNAME_TOWN_WORDS = new Set(["ridge", "corner"]);

/**
 * Last words of a town's or a place's name that are no common surname (`Morris Point`, `Grace
 * Landing`, `Lloyd Crossing`): a name so ended after `from` says where someone is from, though a
 * given name opens it and the gazetteer lists no such place.
 */
const TOWN_LAST_WORDS = new Set([
  "point",
  "landing",
  "springs",
  "crossing",
  "junction",
  "station",
  "corners",
  "prairie",
  "portage",
  "narrows",
  "rapids",
  "flats",
  "plains",
  "forks",
  "sound",
  "city",
  "bend",
  "settlement",
  "reserve",
]);
