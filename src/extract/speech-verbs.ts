// Whether a word is a verb of saying used as a verb (not `a remark`, `an email blast`, `charged
// with`), and whether one before a quotation introduces it: straight into it, through `that`, as
// `referred to it as` or `describes it as`, or as a court's finding; and when its subject only
// reports another's words.
// Separate because these are the verb's questions, asked by both the readers after and before.
import { type Analysis, wordIndexAt } from "./analysis";
import {
  CORE_SPEECH,
  CROWD_NOUNS,
  DETERMINERS,
  GO_FORMS,
  ISSUED_WRITINGS,
  NOUN_MARKERS,
  OBJECT_RELATIVE_NAME_MAX_WORDS,
  PHRASAL_SPEECH,
  POSSESSIVE_DETERMINERS,
  RELATIVE_PRONOUNS,
  SPEAKING_PRONOUNS,
  SPEECH_VERBS,
} from "./lexicon";
import { isSpeakerNoun, joined, type Mention, PLURAL_ENDING, pluralPossessiveBefore } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { subjectOf } from "./subjects";
import { APOSTROPHE_S, isCapitalised, isLowerCase, type Word } from "./text";
import { NEAR_QUOTE_MAX_WORDS } from "./thresholds";
import { rx } from "./unicode-regexps";

/**
 * Whether mention m opens a clause that a verb right before it reports (`said it`, `wanted that
 * she`): the word before m, or before its `that`, at lo or after, unquoted, a verb `isVerb`
 * accepts (by default, a verb of saying or stance), with only spaces after it. Asked by
 * reportedThing, infinitiveInReport and analyse.ts.
 */
export function reportedByVerbBefore(
  a: Analysis,
  m: Mention,
  lo: number,
  isVerb: (k: number) => boolean = (k) => a.speechVerbs[k]!,
): boolean {
  const ws = a.words;
  let k = m.first - 1;
  if (k > lo && ws[k]!.text === "that") k--;
  const verb = ws[k];
  if (!verb || k < lo || a.quoted[k] || !isVerb(k)) return false;
  return /^ +$/.test(a.text.slice(verb.end, ws[k + 1]!.start));
}

/**
 * `Jane Roe said it addressed “…”`: a thing's pronoun (`it`) right after a verb of saying (or its
 * `that`) opens the clause that verb reports; the thing speaks no words, so the quotation is
 * the reporter's, read further back.
 */
export function reportedThing(a: Analysis, m: Mention, lo: number): boolean {
  if (m.kind !== "pronoun" || SPEAKING_PRONOUNS.has(a.words[m.first]!.key)) return false;
  return reportedByVerbBefore(a, m, lo);
}

/**
 * Verbs that quote speech only of a speaker (`he went, “no way”`, `she began, “Friends …”`) and
 * are as often a thing's own doing: `the week went well`, `since the inquiry began`.
 */
const GO_OR_BEGIN = new Set([...GO_FORMS, "begin", "began", "begins"]);

/**
 * `Roe told reporters the week went, “very, very well.”`, `Roe said, noting the inquiry began
 * in 2018, “…”`: a thing that goes or begins (a week, an inquiry, `it`) is no speaker of the
 * words after it.
 */
export function thingGoes(a: Analysis, v: number, m: Mention, open: number): boolean {
  const verb = a.words[v]!.key;
  if (!GO_OR_BEGIN.has(verb)) return false;
  const head = a.words[m.last]!.key;
  if (m.kind === "pronoun") return !SPEAKING_PRONOUNS.has(head);
  if (m.kind !== "nominal" || isSpeakerNoun(head) || WORDED_THINGS.has(head)) return false;
  // `the crowd went “absolutely wild”` is the teller's account of a state; `the crowd went,
  // “Encore!”` is the crowd's own shout, no one named: people, so its words are no thing's
  // either, but isSpeakerNoun does not hold them.
  if (CROWD_NOUNS.has(head)) return goesToAState(a, v, open);
  // `the letter began, “Dear friends”`, `the sign went, “No dogs allowed”` are the writing's
  // words; `the sign went, “up on Monday”`, `the line went, “completely dead”` the teller's, a
  // sign's or a line's going being its motion or state, told in lower case.
  if (WRITINGS_THAT_BEGIN.has(head)) return GO_FORMS.has(verb) && opensInLowerCase(a, open);
  return true;
}

/**
 * `went “absolutely wild”`: no comma or colon between the verb and the quotation, and the
 * quotation opens in lower case, so it reads as how the crowd went, not as its shout (`went,
 * “Encore!”`, `went “Encore!”`, `went, “boo, go home”`).
 */
function goesToAState(a: Analysis, v: number, open: number): boolean {
  return !/[,:;]/.test(a.text.slice(a.words[v]!.end, open)) && opensInLowerCase(a, open);
}

/** Whether the quotation opening at `open` starts with a lower-case letter (past its marks). */
function opensInLowerCase(a: Analysis, open: number): boolean {
  return rx.u`^[^\p{L}\p{N}]{0,3}\p{Ll}`.test(a.text.slice(open, open + 4));
}

/**
 * `Roe said the chorus goes, “Row, row …”`, `Roe said the sign went, “No dogs allowed”`: a thing
 * bearing words (a song, a sign, a crowd) right before a verb of going keeps the words it goes
 * with (thingGoes false), even where the clause's subject read further back is the teller. The
 * thing's mention, so that no one named speaks; undefined when the words are the teller's or
 * the noun before the verb is no such thing. A fixed window.
 */
export function wordsOfAThingThatGoes(a: Analysis, v: number, lo: number, open: number): Mention | undefined {
  if (v - 1 < lo || !GO_OR_BEGIN.has(a.words[v]!.key)) return undefined;
  // Straight into the quotation (`goes, “…”`), not `went on too long, “…”`, a later clause's words.
  if (!/^[\s,:]*$/.test(a.text.slice(a.words[v]!.end, open))) return undefined;
  const head = a.words[v - 1]!.key;
  if (!WORDED_THINGS.has(head) && !WRITINGS_THAT_BEGIN.has(head) && !CROWD_NOUNS.has(head)) return undefined;
  // `the chorus`, `their sign`: a determiner right before the noun, with only spaces between.
  const det = a.words[v - 2];
  if (v - 2 < lo || !det || (!DETERMINERS.has(det.key) && !POSSESSIVE_DETERMINERS.has(det.key))) return undefined;
  if (!/^ +$/.test(a.text.slice(det.end, a.words[v - 1]!.start))) return undefined;
  const m: Mention = { start: det.start, end: a.words[v - 1]!.end, kind: "nominal", first: v - 2, last: v - 1 };
  return thingGoes(a, v, m, open) ? undefined : m;
}

/**
 * `The letter went, “Dear friends …”`, `the note began: “…”`: a writing that goes or begins
 * straight into the quotation gives its own words (not its motion or state, `the sign went,
 * “up on Monday”`, told in lower case: thingGoes). Asked of a quotation no attribution credits:
 * the writing's issuer, if the text names one, speaks them, and no neighbour speaker (a teller
 * before it) does. The writing's mention (a determiner and its noun), read from the three words
 * before the mark; undefined when there is none.
 */
export function writingThatGoesInto(a: Analysis, open: number): Mention | undefined {
  const v = wordIndexAt(a, open) - 1;
  const ws = a.words;
  const verb = ws[v];
  const head = ws[v - 1];
  const det = ws[v - 2];
  if (!verb || !head || !det || a.quoted[v] || !GO_OR_BEGIN.has(verb.key) || !WRITINGS_THAT_BEGIN.has(head.key)) return undefined;
  if (!DETERMINERS.has(det.key) && !POSSESSIVE_DETERMINERS.has(det.key)) return undefined;
  if (!/^[\s,:]*$/.test(a.text.slice(verb.end, open)) || (GO_FORMS.has(verb.key) && opensInLowerCase(a, open))) return undefined;
  return { start: det.start, end: head.end, kind: "nominal", first: v - 2, last: v - 1 };
}

/** The words and their plurals (`chant`, `chants`); irregular plurals are listed themselves. */
function withPlurals(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => [w, `${w}s`]));
}

/**
 * Things whose going is their own words (`the old song went, “…”`, `the chants began, “…”`): the
 * words are the song's or the chant's, never the teller's, whether they go or begin.
 */
const WORDED_THINGS = new Set([
  ...withPlurals([
    "song",
    "chant",
    "slogan",
    "motto",
    "saying",
    "verse",
    "refrain",
    "lyric",
    "tune",
    "joke",
    "rhyme",
    "prayer",
    "hymn",
    "anthem",
    "poem",
    "proverb",
    "chorus",
    "ballad",
    "jingle",
    "cheer",
    "mantra",
    "catchphrase",
    "adage",
    "toast",
    "riddle",
    "limerick",
    "carol",
    "lullaby",
    "quip",
    "punchline",
  ]),
  "choruses",
  // A poem's or a song's lines; a single `line` that goes is as often a phone's (WRITINGS_THAT_BEGIN).
  "lines",
  "cry",
  "cries",
  "ditty",
  "ditties",
]);

/**
 * Writings whose words come first when they begin (`the letter began, “Dear friends”`); when they
 * go, they move or change state (`the sign went up`, `the line went dead`), and the words after
 * are the teller's.
 */
const WRITINGS_THAT_BEGIN = withPlurals([
  "line",
  "sign",
  "message",
  "headline",
  "ad",
  "advert",
  "letter",
  "note",
  "post",
  "tweet",
  "email",
  "e-mail",
]);

/**
 * `his claims`, `the report`, `her minister's comments`, `the workers’ notes`, `took note`: a word
 * of saying after a marker of a noun (`markers`, NOUN_MARKERS unless told), a possessive, a
 * plural's apostrophe or a form of `take` (takenNote) is a noun, not a verb.
 */
export function nounAfterMarker(a: Pick<Analysis, "text">, prev: Word, w: Word, markers: ReadonlySet<string> = NOUN_MARKERS): boolean {
  return markers.has(prev.key) || APOSTROPHE_S.test(prev.text) || pluralPossessiveBefore(a.text, prev, w) || takenNote(prev, w);
}

/** Forms of `take`, before which `note` is a noun (`took note of the comment that …`). */
const TAKE_FORMS = new Set(["take", "takes", "took", "taken", "taking"]);

/** `took note of`, `take note`: `note` after a form of `take` is a noun, no verb of saying (nounAfterMarker). */
function takenNote(prev: Word, w: Word): boolean {
  return w.key === "note" && TAKE_FORMS.has(prev.key);
}

/**
 * A speech verb used as a verb: `remark`, `claim` or `report` after a determiner are nouns, and
 * so is one right after another verb of saying, as its object (`says claims to leadership mean`,
 * `denied reports that`): two finite verbs do not stand side by side.
 */
export function isSpeechVerb(a: Analysis, v: number, lo: number, capitalOk = false): boolean {
  const w = a.words[v]!;
  // A verb with no particle to take has none after it, the text's last word too (`relented`).
  const particle = PHRASAL_SPEECH.get(w.key);
  if (!SPEECH_VERBS.has(w.key) && (particle === undefined || particle !== a.words[v + 1]?.key)) return false;
  if (!capitalOk && !isLowerCase(w.text)) return false;
  // `members charged with assault`, `a man accused of fraud`: the participle of the law's sense,
  // said of whoever faces the charge, not of anyone speaking.
  const charge = CHARGED_WITH.get(w.key);
  if (charge !== undefined && charge === a.words[v + 1]?.key && !afterObjectRelative(a, v)) return false;
  const prev = a.words[v - 1];
  if (prev && v - 1 >= lo && nounAfterMarker(a, prev, w)) return false;
  // `officer in charge of the unit`, `on record`, `for comment`: the bare form right after a
  // preposition (other than the infinitive's `to`) is a noun; no finite verb stands there.
  if (prev && v - 1 >= lo && NOUN_PREPOSITIONS.has(prev.key) && BARE_FORM.test(w.text) && joined(a.text, prev, w) && !strandedBefore(a, v))
    return false;
  // `the tweet read`: a writing's noun that is also a verb of saying (`tweet`, `post`) is, bare
  // before this finite verb, its subject (writingBeforeVerb), not a verb beside it. Not before a
  // participle: `Roe's tweet saying …` names the writing, and who says so is read elsewhere.
  // Read last, only for two joined verbs of saying.
  if (
    prev &&
    v - 1 >= lo &&
    a.speechVerbs[v - 1] &&
    !a.quoted[v - 1] &&
    joined(a.text, prev, w) &&
    (w.key.endsWith("ing") || !writingBeforeVerb(a, v - 1))
  )
    return false;
  return !nounAfterWriting(a, v, lo) && !writingBeforeVerb(a, v);
}

/**
 * `the inquiry’s final report found`, `the Acme report said`, `the Ledger report was “…”`: a
 * writing's noun in its bare form with a finite verb right after it is that verb's subject, not
 * a verb of its own; two finite verbs do not stand side by side. A singular copula or auxiliary
 * after it (`was`, `has`) takes a singular subject, which the bare form of a verb never has; a
 * plural one (`were`) after its plural (`the Tribune reports were “…”`) a plural subject. Not in
 * a clause that `what` opens (`What the researchers report is “…”`): there the verb is the
 * clause's, and the copula the sentence's.
 */
function writingBeforeVerb(a: Analysis, v: number): boolean {
  const w = a.words[v]!;
  const next = a.words[v + 1];
  if (!next || a.quoted[v + 1] || !joined(a.text, w, next)) return false;
  if (PLURAL_AUXILIARIES.has(next.text) && w.text.endsWith("s") && ISSUED_WRITINGS.has(w.key.slice(0, -1))) return !afterWhat(a, v);
  if (!ISSUED_WRITINGS.has(w.key) || !BARE_FORM.test(w.text)) return false;
  return (
    FINDING_VERBS.has(next.key) ||
    (SINGULAR_AUXILIARIES.has(next.text) && !afterWhat(a, v)) ||
    (SPEECH_VERBS.has(next.key) && isLowerCase(next.text) && !BARE_FORM.test(next.text))
  );
}

/** Copulas and auxiliaries that agree only with a singular subject (writingBeforeVerb). */
const SINGULAR_AUXILIARIES = new Set(["is", "was", "has", "does"]);
/** Copulas and auxiliaries that agree only with a plural subject (writingBeforeVerb). */
const PLURAL_AUXILIARIES = new Set(["are", "were", "have", "do"]);
/** How many words before a verb afterWhat looks for the `what` that opens its clause. */
const WHAT_REACH = 8;
/** Pronouns a bare verb agrees with (afterWhat). */
const PLURAL_PRONOUNS = new Set(["we", "they", "you", "i"]);
/** Words that open a plural subject right after `what` (`What the nurses report`, `what we report`). */
const SUBJECT_OPENERS = new Set(["the", "these", "those", "our", "their", "your", "many", "some", "most", ...PLURAL_PRONOUNS]);
/** Words no subject holds: a verb or a clause opener between `what` and the noun puts them in different clauses. */
const CLAUSE_WORDS = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "have",
  "had",
  "does",
  "do",
  "did",
  "be",
  "been",
  "will",
  "would",
  "can",
  "could",
  "that",
  "when",
  "if",
  "because",
  "which",
  "who",
]);

/**
 * Whether `what` opens the clause of word `v` with only a plural subject between (`What the
 * researchers at Corvale University report is`, writingBeforeVerb): a bare verb agrees with a
 * plural subject, so `what the Ledger report has` and `what matters is that the Ledger report
 * was` keep the writing a noun. At most WHAT_REACH words back.
 */
function afterWhat(a: Analysis, v: number): boolean {
  for (let i = v - 1; i >= 0 && i >= v - WHAT_REACH; i--) {
    const w = a.words[i]!;
    if (w.key !== "what") continue;
    const opener = a.words[i + 1]!;
    if (i + 1 === v || !(SUBJECT_OPENERS.has(opener.key) || isCapitalised(opener.text))) return false;
    let plural = false;
    for (let k = i + 1; k < v; k++) {
      const s = a.words[k]!;
      if (CLAUSE_WORDS.has(s.key) || /[.!?;:,]/.test(a.text.slice(a.words[k - 1]!.end, s.start))) return false;
      plural ||= PLURAL_PRONOUNS.has(s.key) || (isLowerCase(s.text) && PLURAL_ENDING.test(s.text));
    }
    return plural;
  }
  return false;
}

/**
 * Whether the preposition before word `v` ends a relative clause whose subject is a name (`The
 * workers Omar Bey spoke for say their pay …`): stranded there, it takes no noun after it, and
 * the bare form, before a pronoun or a determiner that opens what it says, is the sentence's verb.
 */
function strandedBefore(a: Analysis, v: number): boolean {
  const [name, verb, next] = [a.words[v - 3], a.words[v - 2], a.words[v + 1]];
  if (!name || !verb || !next || !isCapitalised(name.text) || !isLowerCase(verb.text) || a.quoted[v + 1]) return false;
  return (
    SAYING_OPENERS.has(next.key) && joined(a.text, name, verb) && joined(a.text, verb, a.words[v - 1]!) && joined(a.text, a.words[v]!, next)
  );
}

/** Words that open what a verb of saying says (`say their pay`, `say he was`, `say the plan`): strandedBefore. */
const SAYING_OPENERS = new Set([...POSSESSIVE_DETERMINERS, ...SPEAKING_PRONOUNS, "it", "the", "that", "this"]);

/** Prepositions after which a verb of saying's bare form is a noun (`in charge`, `on record`, `for comment`); not `to`. */
const NOUN_PREPOSITIONS = new Set(["in", "on", "of", "for", "with", "without", "at", "under", "upon"]);

/**
 * `who Idris Kemble accused of`, `which Roe charged with`: a relative pronoun, then a name right
 * before the verb: the name is the verb's subject and the pronoun its object, so the verb is finite,
 * the accuser's, not the participle of whoever faces the charge. Reads the name, a few words.
 */
function afterObjectRelative(a: Analysis, v: number): boolean {
  let k = v - 1;
  for (let n = 0; k > 0 && n < OBJECT_RELATIVE_NAME_MAX_WORDS && isCapitalised(a.words[k]!.text); n++) k--;
  a.work.add(v - k);
  const w = a.words[k]!;
  return k < v - 1 && RELATIVE_PRONOUNS.has(w.text);
}

/** Participles of a verb of saying that, before their preposition, charge someone in law instead. */
export const CHARGED_WITH = new Map([
  ["charged", "with"],
  ["accused", "of"],
]);

/** A verb's form that agrees with no singular subject: neither `-s`, a past nor a participle (`blast`, not `blasts`, `said` or `saying`). */
export const BARE_FORM = rx.u`^\p{Ll}+(?<![sd]|ing)$`;

/**
 * `in an email blast to parents`, `a Twitter post`: after a writing with its article, the bare
 * form of a verb of saying cannot be its verb (a singular subject takes `-s` or a past), so it is
 * the head of a compound noun, and the writing's author is no subject of it.
 */
function nounAfterWriting(a: Analysis, v: number, lo: number): boolean {
  if (v - 2 < lo || !BARE_FORM.test(a.words[v]!.text) || a.words[v]!.key === "wrote") return false;
  const writing = a.words[v - 1]!;
  return ISSUED_WRITINGS.has(writing.key) && NOUN_MARKERS.has(a.words[v - 2]!.key) && joined(a.text, writing, a.words[v]!);
}

/**
 * `The OPS says the guards agreed to wait in an effort to “cool things,”`: a verb of saying
 * with an infinitive (`agreed to pose`, `agrees to “renounce war”`) reports no words of its own,
 * and its subject, right after another verb of saying in the clause (or its `that`), opens the
 * clause that verb reports: the quoted words are the reporter's, whose verb the scan reaches
 * next. A verb of saying proper keeps its subject (`sources said he said “…”`), and so does one
 * whose `to` takes no verb but whom it addresses or names (`referred to herself as “…”`, `spoke to
 * reporters about “…”`): a verb of referring, or a plural noun of people after `to`.
 */
export function infinitiveInReport(a: Analysis, v: number, m: Mention, lo: number): boolean {
  const ws = a.words;
  const to = ws[v + 1];
  const after = ws[v + 2];
  if (to?.key !== "to" || !after || !isLowerCase(after.text) || DETERMINERS.has(after.key) || m.first <= lo) return false;
  if (REFER_FORMS.has(ws[v]!.key) || (PLURAL_ENDING.test(after.key) && npForward(a, v + 2)?.kind === "nominal")) return false;
  const reporting = (k: number) => CORE_SPEECH.has(ws[k]!.key) && isLowerCase(ws[k]!.text);
  return reportedByVerbBefore(a, m, lo, reporting) || reportedPastObject(a, m, lo, reporting);
}

/** Words that open the clause a verb of saying reports or asks about (reportedPastObject). */
const REPORT_OPENERS = new Set(["that", "whether"]);

/**
 * `Fraser told Kapelos that the federal government continues to “…”`, `Roe asked whether the
 * city plans to “…”`, `Roe told reporters Ottawa agreed to “…”`: the one told or asked may stand
 * between the verb of saying and the clause it reports, whose subject is m. Past its `that` or
 * `whether`, read back at most THAT_MAX_WORDS unquoted words, with no stop, comma, bracket or dash
 * between the verb and m (past one, the verb is another clause's); with no opener, only one noun
 * phrase, the verb's object: `said it’s the same as Justice Jane Roe referring to herself as “…”`
 * has no verb of saying right before its subject.
 */
function reportedPastObject(a: Analysis, m: Mention, lo: number, isVerb: (k: number) => boolean): boolean {
  const ws = a.words;
  if (!REPORT_OPENERS.has(ws[m.first - 1]!.text)) {
    const told = npBackward(a, m.first - 1);
    return !!told && told.first - 1 >= lo && reportedByVerbBefore(a, told, lo, isVerb);
  }
  for (let k = m.first - 2; k >= lo && k >= m.first - 1 - THAT_MAX_WORDS; k--) {
    a.work.add();
    if (a.quoted[k] || /[,;:.!?()[\]—–]/.test(a.text.slice(ws[k]!.end, ws[m.first]!.start))) return false;
    if (isVerb(k)) return true;
  }
  return false;
}

/** Verbs by which a court gives its reasons. */
const FINDING_VERBS = new Set(["found", "finds"]);

/**
 * Who gives reasons a court's way: `the court`, `the judge`, `the tribunal`; and the writings
 * that give an inquiry's or a court's (`the inquiry’s final report found`, `the ruling found`),
 * whose words are their author's.
 */
const FINDERS = new Set(["court", "judge", "justice", "tribunal", "jury", "panel", "inquiry", "coroner", "report", "ruling"]);

/**
 * `The court found staff had “fair and honest reasons …”`: a court's finding, in the
 * words of its decision, is what the court wrote, as `ruled` is. Only one of FINDERS as the
 * subject, a court, a judge, an inquiry or their report or ruling: `police found …` or `a poll
 * found …` is no one's words.
 */
export function courtFinding(a: Analysis, v: number, lo: number, hi: number, open: number): Mention | undefined {
  const w = a.words[v]!;
  if (a.quoted[v] || !FINDING_VERBS.has(w.key) || !isLowerCase(w.text)) return undefined;
  // `found that former city manager Jane Roe “misled council”`: through its `that` too.
  if (!nearQuote(a, v, hi, open) && !reportsThat(a, v, hi, open)) return undefined;
  const m = subjectOf(a, v, lo);
  return m && (FINDERS.has(a.words[m.last]!.key) || findersTitle(a, m)) ? m : undefined;
}

/**
 * Whether a name's title is a finder's (`Superior Court Justice Jane Roe found`, `Judge Tom
 * Baker found`): the judge found, by name as by office. A title word among the mention's words
 * or right before them; a body's name ending elsewhere (`Court Street`) is no one's title.
 */
function findersTitle(a: Analysis, m: Mention): boolean {
  if (m.kind !== "name") return false;
  for (let k = Math.max(0, m.first - 1); k < m.last; k++) {
    const w = a.words[k]!;
    // `Justice Minister Jane Roe` holds a ministry, no bench.
    if (a.words[k + 1]?.key === "minister") continue;
    if ((w.key === "judge" || w.key === "justice" || w.key === "coroner") && isCapitalised(w.text)) return true;
  }
  return false;
}

/** The forms of `refer`, which name something in the speaker's words only as `referred to it as “…”`. */
const REFER_FORMS = new Set(["refer", "refers", "referred", "referring"]);
/** How many words from `referred` to the quotation: `to`, the thing (a few words, a time), `as`. */
const REFER_AS_MAX_WORDS = 8;
/** What ends the clause of `referred to it as`: a stop between the verb and `as`. */
const REFER_AS_STOPS = /[.;:!?]/;

/**
 * Verbs of describing whose object, then `as`, leads into the words the subject used of it.
 * `characterized` is no verb of saying alone (`a period characterized by …`), only before `as`.
 */
const DESCRIBING_VERBS = new Set([
  "describe",
  "described",
  "describes",
  "describing",
  "characterize",
  "characterized",
  "characterizes",
  "characterise",
  "characterised",
  "characterises",
]);
/** How many words the object of `described … as “…”` may take. */
const DESCRIBED_OBJECT_MAX_WORDS = 12;
/** What the object of `described … as` holds none of: its words run unpunctuated to `as`. */
const DESCRIBED_OBJECT_STOPS = /[.;:,!?"“”]/;

/**
 * Whether the verb at v leads through its object and `as` straight into the quotation opening at
 * `open` (`referred to it as “…”`, `describes the cuts as “…”`): `as` the last word before the
 * mark, at most maxWords words from the verb, and none of `stops` between the verb and `as`.
 * The subject of such a verb calls the thing by the quoted words, as `called it “…”` does.
 */
function objectThenAs(a: Analysis, v: number, hi: number, open: number, maxWords: number, stops: RegExp): boolean {
  const ws = a.words;
  if (hi - v > maxWords || ws[hi - 1]?.key !== "as") return false;
  a.work.add(open - ws[v]!.end);
  return !stops.test(a.text.slice(ws[v]!.end, ws[hi - 1]!.start)) && /^\s*$/.test(a.text.slice(ws[hi - 1]!.end, open));
}

/**
 * `Jane Roe referred to it at the time as “a rainy-day jar”`, `referring to herself as “…”`: the subject
 * of `refer to … as` calls the thing by the quoted words when `as` stands right before the mark a
 * few words on, in the same clause.
 */
export function referredToAs(a: Analysis, v: number, hi: number, open: number): boolean {
  const ws = a.words;
  if (!REFER_FORMS.has(ws[v]!.text) || ws[v + 1]?.key !== "to" || hi - 1 <= v + 1) return false;
  return objectThenAs(a, v, hi, open, REFER_AS_MAX_WORDS, REFER_AS_STOPS);
}

/**
 * `Roe describes the new rules for parking and signage as “chaos”`: a verb of describing, its object
 * however long (no punctuation in it), then `as` leading straight into the quotation: the
 * quotation is the verb's own, as nearer its verb it would be.
 */
export function describesAs(a: Analysis, v: number, hi: number, open: number): boolean {
  // `characterized by Wake as “…”`: a passive's agent speaks, not the subject (describedByAs).
  if (!DESCRIBING_VERBS.has(a.words[v]!.key) || a.words[v + 1]?.key === "by") return false;
  return objectThenAs(a, v, hi, open, DESCRIBED_OBJECT_MAX_WORDS, DESCRIBED_OBJECT_STOPS);
}

/**
 * `Trump said, and I quote, “…”`: the writer's aside vouches for the words; the verb of saying
 * before it has the speaker.
 */
export function quoteAside(a: Analysis, v: number): boolean {
  return a.words[v]!.key === "quote" && a.words[v - 1]?.key === "i" && /^\s*,/.test(a.text.slice(a.words[v]!.end, a.words[v]!.end + 2));
}

/** How many words a verb of saying and its `that` may stand apart (`clarified in a release on Sunday that`). */
const THAT_MAX_WORDS = 8;

/**
 * Whether the weaker speech verb at v reports the clause the quotation stands in: `The SIU
 * clarified in a release that two officers fired “at the vehicle”`, its `that` a few words on
 * and no stop between it and the quotation.
 */
export function reportsThat(a: Analysis, v: number, hi: number, open: number): boolean {
  for (let i = v + 1; i < hi && i <= v + THAT_MAX_WORDS; i++) {
    a.work.add();
    if (a.quoted[i] || /[.;:]/.test(a.text.slice(a.words[i - 1]!.end, a.words[i]!.start))) return false;
    if (a.words[i]!.key === "that") return !/[.;]/.test(a.text.slice(a.words[i]!.end, open));
  }
  return false;
}

/** Whether the weaker speech verb at v leads straight into the quotation (`calls them “...”`). */
export function nearQuote(a: Analysis, v: number, hi: number, open: number): boolean {
  if (hi - v > NEAR_QUOTE_MAX_WORDS) return false;
  const between = a.text.slice(a.words[v]!.end, open);
  return !/[.;]/.test(between);
}
