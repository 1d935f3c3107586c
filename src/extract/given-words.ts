// Short quoted words a reported clause gives to its speaker (`Tom Baker called the plan a
// “non-starter”`, `Roe said the town faces a “long winter,”`, `the fire was “brutal,” according
// to Roe`, `Roe accused the board of “careless” conduct`): a mixed quotation, the speaker's own words worked into the writer's sentence, where
// classify would otherwise read a word or three after an article, or as a modifier, as the
// writer's term.

import { withoutDashedAsides } from "./dashes";
import {
  ARTICLES_AND_POSSESSIVES,
  BE_FORMS,
  CALLING_VERBS,
  CLAUSE_JOINERS,
  COORDINATORS,
  CORE_SPEECH,
  DESCRIBE_FORMS,
  DOCUMENT_NOUNS,
  ISSUED_WRITINGS,
  MODALS_BEFORE_VERB,
  MONTHS,
  OBJECT_RELATIVE_NAME_MAX_WORDS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TITLED_WORKS,
  URGING_VERBS,
  WEEKDAYS,
  WH_CLAUSE_OPENERS,
} from "./lexicon";
import { escapeRegExp, isLowerCase, startsUpper } from "./text";
import { rx } from "./unicode-regexps";

/** How far back from the mark the sentence is read for the verb that gives the words. */
const GIVER_BEFORE_CHARS = 200;
/** The most words of an attribution closing the sentence after the words (`the city's fire chief, Tom Baker, said`). */
const TAIL_MAX_WORDS = 10;
/** How far the rest of the line is read for the stop a sentence of prose ends with. */
const LINE_END_MAX_CHARS = 400;

/**
 * Verbs of calling and describing: with a subject and an object before the quoted words (`Roe
 * called the fare a “…”`, `Baker described the delay as “…”`), the words are the subject's.
 * Right before the mark with no object they name a thing (`a program called “…”`).
 */
const CALLING = new Set([...CALLING_VERBS, ...DESCRIBE_FORMS]);
/**
 * Verbs of accusing: with a subject, an object and `of` before the quoted words (`Roe accused the
 * board of “careless” conduct`), the words are the accuser's charge, in the accuser's words.
 */
const ACCUSING = new Set(["accuse", "accuses", "accused", "accusing"]);
/**
 * After a verb of accusing, its object and then `of` (` the board of `): with no object between
 * (`who Roe accused of “…”`, `whom the premier accused of`) the accused is the relative clause's
 * head, and the sentence's subject whom speakers.ts would credit is the accused, not the accuser.
 */
const ACCUSED_THEN_OF = rx.u`^\s+(?!of\b)\p{L}[\s\S]*\bof\b`;

/**
 * `which Idris Kemble accused of`, `who Idris Kemble accused last week of`: a relative pronoun,
 * then a capitalised name right before the verb (word i). The pronoun is the verb's object, the
 * name its subject, so the words are the name's charge; what stands between the verb and `of` is
 * then no object but an adverb (`last week`). Reads the name's few words back.
 */
function objectRelativeBefore(back: string, ws: { w: string; end: number }[], i: number): boolean {
  let k = i - 1;
  for (
    let n = 0;
    k > 0 && n < OBJECT_RELATIVE_NAME_MAX_WORDS && startsUpper(back.slice(ws[k]!.end - ws[k]!.w.length, ws[k]!.end - ws[k]!.w.length + 2));
    n++
  )
    k--;
  return k < i - 1 && RELATIVE_PRONOUNS.has(ws[k]!.w);
}

/** Words before a verb that make it passive (`is said to`, `being asked to`, `it's called`): no one in the sentence says the words. */
const PASSIVE_LEADS = new Set([...BE_FORMS, "get", "gets", "got", "it's", "it’s", "that's", "that’s"]);
/** Words before a verb of calling that make it a name (`so-called`, `commonly called`). */
const NO_ONE_CALLS = new Set([...PASSIVE_LEADS, "so", "often", "commonly", "also"]);
/**
 * Words that open a clause of its own after the words, never an attribution: a relative (`, which Roe
 * said would …`), a conjunction (`, and Roe said it was …`, `, while critics say …`). Its verb of saying
 * reports something else.
 */
const NOT_ATTRIBUTION_OPENERS = new Set([
  ...RELATIVE_PRONOUNS,
  "that",
  "where",
  ...COORDINATORS,
  ...CLAUSE_JOINERS,
  ...SUBORDINATORS,
  ...WH_CLAUSE_OPENERS,
]);
/**
 * Pronouns that can only be a verb's object (`, called it a “…”`): after one, a verb of calling set off
 * by a comma is the finite verb of a subject an aside interrupted (`Roe, who runs the shelter, called it
 * a “…”`), never a participle naming the noun before the comma (`the march, called “…”`). Not `her`,
 * a possessive too (`the house, called her “sanctuary” in a memoir`), but as objectPronoun reads it.
 */
const OBJECT_PRONOUNS = new Set(["it", "him", "them", "me", "us"]);

/**
 * Whether the word at k is a verb's pronoun object, or opens its object: one of OBJECT_PRONOUNS, or `her`
 * with words after it before the mark (`called her a “…”`, `calls her record a “…”`), or right before
 * the mark when a person opens the sentence (`He …, called her “…”`; `subjectOpens`), not a thing
 * (`The house on Elm Street, called her “…”`).
 */
function objectPronoun(ws: { w: string }[], k: number, subjectOpens: () => boolean): boolean {
  const w = ws[k]?.w ?? "";
  return OBJECT_PRONOUNS.has(w) || (w === "her" && (k + 1 < ws.length || subjectOpens()));
}
/** Objects of a verb of calling that make it a name a thing goes by (`, calling itself the “…”`). */
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves", "ourselves", "myself"]);
/** Particles after a verb of calling that make it a demand, not a naming (`called for`, `calling on`). */
const CALL_PARTICLES = new Set(["for", "on", "upon", "off", "out", "back", "in"]);

/**
 * Words of CORE_SPEECH that are as often something else in a sentence: nouns (`the United States`,
 * `insurance claims`, `news reports`, `a warning`), verbs of other senses (`charged with theft`, `the
 * work will continue`, `a product recall`), and stances that give no words (`agreed`, `touted`).
 */
const NOT_GIVING = new Set([
  "written",
  "writing",
  "continue",
  "continued",
  "continues",
  "note",
  "notes",
  "claim",
  "claims",
  "counter",
  "caution",
  "stress",
  "maintain",
  "maintained",
  "states",
  "reports",
  "comments",
  "jokes",
  "tweet",
  "tweets",
  "remark",
  "reply",
  "replies",
  "recall",
  "recalls",
  "vow",
  "warning",
  "posted",
  "agreed",
  "charged",
  "touted",
  "touting",
  "touts",
  "informed",
  "advised",
  // `declare an emergency`, `declared the zone a “…”`: an act of office, not words said.
  "declare",
  "declared",
  "declares",
]);

/**
 * Participles of saying beyond CORE_SPEECH's own (`saying`, `arguing`, `warning`): verbs whose
 * participle reports words as often as their past form does.
 */
const MORE_SAYING_PARTICIPLES = new Set(["stating", "stressing", "predicting", "urging", "vowing", "pledging", "promising", "claiming"]);

/**
 * Whether a word is the participle of a verb of saying (`saying`, `warning`, `predicting`): not
 * one that is as often another verb's (`observing training`, `recalling a product`).
 */
function sayingParticiple(w: string): boolean {
  if (MORE_SAYING_PARTICIPLES.has(w)) return true;
  return w.endsWith("ing") && CORE_SPEECH.has(w) && (w === "warning" || !NOT_GIVING.has(w));
}

/**
 * Whether a coordinator between a participle beyond CORE_SPEECH and the mark makes the attribution
 * read a new clause there, with no subject for the words (a null speaker), so they are not given:
 * `but` after any (`promising nothing but a “…” start`), `and` or `or` after one the attribution reads
 * as a verb of saying of its own (SPEECH_VERBS: `stating health reasons and a “…” schedule`). After
 * another (`promising staff higher pay and a “…” start`, `vowing to cut costs and bring a “…” start`)
 * the attribution leaves the words to the sentence's subject.
 */
function joinsBefore(participle: string, between: string): boolean {
  const words = wordsOf(between);
  // `stating that … and a “…”`: the `that` clause is what it reports, `and` inside it joins no clause.
  if (CORE_SPEECH.has(participle) || words[0]?.w === "that") return false;
  return words.some((x) => x.w === "but" || (SPEECH_VERBS.has(participle) && COORDINATORS.has(x.w)));
}

/** Objects that deny a participle of saying (`saying nothing about the “…” label`), with what follows them (DENIAL_GOES_ON). */
const DENYING_OBJECTS = new Set(["nothing", "little", "no"]);
/**
 * Words after a denying object that keep it the participle's object (`saying nothing about`, `little
 * of`, `no more on`, `no comment`): the participle reports no words. Else the denying word opens the
 * participle's reported clause as its subject (`saying nothing would stop the “…”`, `saying no town
 * should pay`, `saying little had changed`), whose words the quoted ones are.
 */
const DENIAL_GOES_ON = new Set(["about", "of", "on", "regarding", "more", "further", "else", "comment", "word", "words"]);

/**
 * Whether the words right after a participle of saying at i deny it: a denying object and a word that
 * keeps it one (`nothing about`, `very little on`), or `not a word`, or the mark right after the
 * object (`saying nothing “…”`).
 */
function deniedObject(ws: { w: string }[], i: number): boolean {
  let k = i + 1;
  if (ws[k]?.w === "very") k++;
  // `saying not a word`, `saying not one word`: no words at all.
  if (ws[k]?.w === "not") return true;
  if (!DENYING_OBJECTS.has(ws[k]?.w ?? "")) return false;
  const next = ws[k + 1]?.w;
  if (next === undefined || DENIAL_GOES_ON.has(next)) return true;
  // Only a verb right after it (`nothing would stop`, `no town should`: after `no`, past its noun)
  // makes the denying word a reported clause's subject; anything else (`nothing to reporters
  // about`, `nothing new`, `nothing at all`) keeps it the object, and the participle says nothing.
  return !(CLAUSE_VERBS.has(next) || (ws[k]!.w === "no" && CLAUSE_VERBS.has(ws[k + 2]?.w ?? "")));
}

/** Finite verbs that open a reported clause's predicate (`nothing would stop`, `no town should pay`, `the title was`). */
const CLAUSE_VERBS = new Set([...BE_FORMS, "has", "have", "had", "did", "does", "do", ...MODALS_BEFORE_VERB]);

/** Participles of saying that as often mean winning or taking (`claiming victory in a “…” finish`). */
const TAKING_PARTICIPLES = new Set(["claiming"]);

/**
 * Whether the words between a participle of TAKING_PARTICIPLES and the mark open a clause it reports:
 * `that`, or a finite verb of the clause's own (`claiming the levy would cost`, `claiming the title was
 * “stolen”`). Else the participle may take a thing (`claiming victory in a “brutal” finish`, `claiming
 * Tarnby's “first” title`), and no words are given: too many kinds of things are won to list.
 */
function reportsAClause(between: string): boolean {
  const words = wordsOf(between);
  return words[0]?.w === "that" || words.some((x) => CLAUSE_VERBS.has(x.w));
}

/** Prepositions of means or time before a participle of saying whose subject is the clause's (`by saying`, `after warning`). */
const GERUND_LEADS = new Set(["by", "after", "before", "while", "when"]);

/** Heads of a description that may say words as a progressive's subject: people and bodies, not a report or a notice. */
const PROGRESSIVE_SPEAKER_NOUNS = new Set(
  [...SPEAKER_NOUNS].filter((w) => !DOCUMENT_NOUNS.has(w) && !ISSUED_WRITINGS.has(w) && !TITLED_WORKS.has(w)),
);

/**
 * Whether the subject of a progressive verb of saying whose `is` or `was` ends at `beEnd` may say
 * words, as a participle's shared subject must (openingSubject): a pronoun or a name opening the
 * sentence, a name in apposition (`The fisheries minister, Dag Fenn, is urging`), or a determiner
 * and a noun for a person or body (`the mayor is warning`). Not a sign, a report, an app, a
 * forecast, or a place's one word (`Tarnby is promising “free” parking`): whose words they are is
 * unread. Reads at most SUBJECT_READ_CHARS back.
 */
function progressiveHasSubject(text: string, sentenceStart: number, beStart: number, beEnd: number): boolean {
  const clause = text.slice(Math.max(sentenceStart, beStart - SUBJECT_READ_CHARS), beStart);
  if (rx.u`,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*,\s*$`.test(clause)) return true;
  // The subject's head, back to the clause's start, a person's or body's noun (`the federal minister
  // of immigration is urging`, `police chiefs and oversight boards are urging`): not a noun after it
  // (`the sign outside the council office`, `the book by the former mayor`, `the app many drivers use`).
  const ws = wordsOf(clause.slice(Math.max(0, clause.search(/[,;:][^,;:]*$/) + 1)));
  if (subjectHeads(ws).some((w) => PROGRESSIVE_SPEAKER_NOUNS.has(w) || PROGRESSIVE_SPEAKER_NOUNS.has(w.replace(/s$/, "")))) return true;
  return openingSubject(text, sentenceStart, beEnd);
}

/** Words that end a subject's head noun phrase: a preposition or a relative clause's opener. */
const HEAD_PHRASE_ENDS = new Set([...PREPOSITIONS, ...RELATIVE_PRONOUNS, "that", "about", "like"]);

/**
 * The head nouns of a subject's words: the last word of its first noun phrase, before a preposition
 * or a relative clause (`the sign outside the office` → `sign`), one for each conjunct (`chiefs and
 * oversight boards` → `chiefs`, `boards`). A noun phrase of one word is its own head.
 */
function subjectHeads(ws: { w: string }[]): string[] {
  const stop = ws.findIndex((x, k) => k > 0 && HEAD_PHRASE_ENDS.has(x.w));
  const phrase = stop < 0 ? ws : ws.slice(0, stop);
  return phrase.filter((_, k) => k === phrase.length - 1 || COORDINATORS.has(phrase[k + 1]!.w)).map((x) => x.w);
}

/** Whether a word is a verb of saying that gives the words around it to its subject. */
function giving(w: string): boolean {
  return (CORE_SPEECH.has(w) && !NOT_GIVING.has(w)) || URGING_VERBS.has(w);
}

/**
 * Whether the word at `k` is a plural noun with no determiner or name before it (`Critics call the
 * scheme a “…”`, `opponents called it`): a kind of people, none of them named, whose label for a
 * thing the writer reports as a term. For a verb a comma sets off, the word before is the clause's
 * last (`slammed the plan at the hearings, accusing …`): the subject is read from the sentence's
 * opening instead, and the plural counts only when the clause names someone else (nameAfterSubject).
 */
function barePlural(ws: { w: string }[], k: number): boolean {
  const w = ws[k]!.w;
  if (!/[^s'’]s$/.test(w) || PERSONAL_PRONOUNS.has(w)) return false;
  return k === 0 || !ARTICLES_AND_POSSESSIVES.has(ws[k - 1]!.w);
}

/** Words of a stretch, lower-cased, with where each ends. */
function wordsOf(s: string): { w: string; end: number }[] {
  const out: { w: string; end: number }[] = [];
  const re = rx.gu`[\p{L}][\p{L}'’-]*`;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ w: m[0].toLowerCase(), end: m.index + m[0].length });
  return out;
}

/**
 * Whether the quotation between `open` and `after` (its first mark and the end of its last) stands
 * in a sentence of prose that gives it to a speaker: a finite verb of saying before it whose clause
 * runs to the mark without a comma, colon, dash or bracket (`Roe said the town faces a “…”`; not
 * `Roe said that CNN, a rival, did an “…” job`, where the words may be the writer's aside), a verb
 * of calling or describing with its object between (`called the plan a`), `according to` and a
 * comma before it, or an attribution that closes the sentence after it (`…,” the judge said.`).
 * A participle of saying after `by` or `after` (`by saying it was a “…”`) shares its clause's subject
 * as one set off by a comma does. Not on a line
 * without a closing stop (a headline, a subhead, a link's title): those work quoted words into the
 * page's own words; a long sentence the text's end cuts off is prose still (cutOffProse). Reads at most
 * GIVER_BEFORE_CHARS back (not past `sentenceStart`), LINE_END_MAX_CHARS ahead, and `rest`: the rest of
 * the sentence after the words as classify reads it (past `Dr.`), or undefined when it runs past the
 * stretch classify reads.
 */
export function givenToSpeaker(text: string, sentenceStart: number, open: number, after: number, rest: string | undefined): boolean {
  // A slice first: a search for the line's end through the whole text, once per quotation, grows with the text's square.
  const ahead = text.slice(after, after + LINE_END_MAX_CHARS);
  const lineEnd = ahead.indexOf("\n");
  const line = lineEnd < 0 ? ahead : ahead.slice(0, lineEnd);
  const back = text.slice(Math.max(sentenceStart, open - GIVER_BEFORE_CHARS), open);
  // Words in brackets right after others (`calling them “paletos” (“hicks”)`) gloss them: the writer's.
  if (/\(\s*$/.test(back)) return false;
  const ws = wordsOf(back);
  if (
    line.length < LINE_END_MAX_CHARS &&
    !/[.?!]["”’)]?\s*$/.test(line) &&
    !/[.?!]/.test(text.slice(Math.max(open, after - 3), after)) &&
    !cutOffProse(text, after, ahead, lineEnd, ws.length)
  )
    return false;
  // The last cue before the mark decides; a relative clause opened after it (`said Roe, whose
  // book features “…” people`) describes someone, and gives no words.
  let cue = false;
  for (let i = 0; i < ws.length; i++) {
    const { w, end } = ws[i]!;
    const lead = back.slice(0, end - w.length);
    const setOff = /,\s*$/.test(lead);
    if (RELATIVE_PRONOUNS.has(w) && setOff) cue = false;
    // `according to Roe, the fire was …`; not `according to the “…” document`, the source's name.
    else if (w === "according" && ws[i + 1]?.w === "to") cue = back.includes(",", end);
    // A participle of saying set off by a comma shares the subject of the clause before it (`Roe
    // rejected the plan, saying it was a “…”`, `predicting the fares would “…”`) when that subject is
    // a person, a body or a pronoun (participleHasSubject); not a gerund after a preposition (`by
    // saying`), which the comma rules out, nor one a relative clause may own.
    else if (
      setOff &&
      sayingParticiple(w) &&
      !(TAKING_PARTICIPLES.has(w) && !reportsAClause(back.slice(end))) &&
      !joinsBefore(w, back.slice(end)) &&
      !deniedObject(ws, i) &&
      !/[,;:—–(]/.test(withoutDashedAsides(back.slice(end))) &&
      participleHasSubject(text, sentenceStart, open - back.length, lead) &&
      !nameAfterSubject(text, sentenceStart, open - back.length + lead.lastIndexOf(","))
    )
      cue = true;
    // After `is` or `was`, the participle is the finite verb in its progressive form (`the minister
    // is urging against “…”`, `Roe was warning of “…” delays`), not a passive's (`is said to`).
    // Its subject must be one that says words (progressiveHasSubject), as a participle's must.
    else if (BE_FORMS.has(ws[i - 1]?.w ?? "") && sayingParticiple(w) && !setOff)
      cue =
        !/[,;:—–(]/.test(withoutDashedAsides(back.slice(end))) &&
        !(TAKING_PARTICIPLES.has(w) && !reportsAClause(back.slice(end))) &&
        progressiveHasSubject(
          text,
          sentenceStart,
          open - back.length + ws[i - 1]!.end - ws[i - 1]!.w.length,
          open - back.length + ws[i - 1]!.end,
        );
    // `Ignatieff responded by saying it was a “…” day`, `before insisting he had a “…”`: a
    // participle of saying after a preposition of means or time shares the subject of the clause
    // it ends, when the sentence opens on one that says words (openingSubject); not one naming
    // itself (`by declaring himself the “…”`).
    else if (GERUND_LEADS.has(ws[i - 1]?.w ?? "") && sayingParticiple(w) && !setOff)
      cue =
        !/[,;:—–(]/.test(withoutDashedAsides(back.slice(end))) &&
        !deniedObject(ws, i) &&
        !REFLEXIVES.has(ws[i + 1]?.w ?? "") &&
        openingSubject(text, sentenceStart, open - back.length + ws[i - 1]!.end - ws[i - 1]!.w.length);
    // Not `say,` between commas: `no better than, say, the …` offers an example.
    else if (giving(w) && !(w === "say" && /^,/.test(back.slice(end))) && !PASSIVE_LEADS.has(ws[i - 1]?.w ?? ""))
      cue = !w.endsWith("ing") && !/[,;:—–(]/.test(withoutDashedAsides(back.slice(end)));
    // A verb of calling counts with a subject before it and an object between it and the mark; not
    // passive (`is called`), not a noun (`a call for`). Set off by a comma: as the participle that
    // shares the subject of the clause before it (`Ostrov rejected the appeal, calling his account
    // “…”`) when that subject is a person, a body or a pronoun (participleHasSubject),
    // or as the finite verb after an aside, with a pronoun object (`Roe, who runs the shelter,
    // called it a “…”`); not as a participle naming the noun before (`the march, called “…”`), nor
    // with a reflexive object, a name a thing goes by (`, calling itself the “…”`).
    else if (
      CALLING.has(w) &&
      i > 0 &&
      i < ws.length - 1 &&
      !NO_ONE_CALLS.has(ws[i - 1]!.w) &&
      !ARTICLES_AND_POSSESSIVES.has(ws[i - 1]!.w) &&
      !CALL_PARTICLES.has(ws[i + 1]!.w) &&
      !REFLEXIVES.has(ws[i + 1]!.w) &&
      (!setOff ||
        (w.endsWith("ing")
          ? participleHasSubject(text, sentenceStart, open - back.length, lead)
          : objectPronoun(ws, i + 1, () => openingSubject(text, sentenceStart, open - back.length + lead.lastIndexOf(","))))) &&
      !(barePlural(ws, i - 1) && (!setOff || nameAfterSubject(text, sentenceStart, open - back.length + lead.lastIndexOf(","))))
    )
      cue = true;
    // `accused the board of “…”`: not passive (`was accused of`), nor a noun's modifier (`the
    // accused man`), and the clause runs on to the mark; set off by a comma as a participle, when
    // the clause before it has a subject to share (`Roe slammed the review, accusing the board of`).
    else if (
      ACCUSING.has(w) &&
      i > 0 &&
      !NO_ONE_CALLS.has(ws[i - 1]!.w) &&
      !ARTICLES_AND_POSSESSIVES.has(ws[i - 1]!.w) &&
      (ACCUSED_THEN_OF.test(back.slice(end)) || (objectRelativeBefore(back, ws, i) && /\bof\b/.test(back.slice(end)))) &&
      !/[,;:—–(]/.test(withoutDashedAsides(back.slice(end))) &&
      (w.endsWith("ing") ? setOff && participleHasSubject(text, sentenceStart, open - back.length, lead) : !setOff) &&
      !(barePlural(ws, i - 1) && (!setOff || nameAfterSubject(text, sentenceStart, open - back.length + lead.lastIndexOf(","))))
    )
      cue = true;
  }
  if (cue) return true;
  // After the words, only an attribution that closes the sentence (`…,” Roe said.`, `…, according
  // to Roe.`) or is set off by commas right after them: a verb of saying further on in another
  // clause reports something else.
  if (rest === undefined) return false;
  const comma = rest.lastIndexOf(",");
  if (comma < 0 && text[after - 2] !== ",") return false;
  const tail = wordsOf(rest.slice(comma + 1));
  if (tail.length <= TAIL_MAX_WORDS) {
    const opener = tail[0]?.w ?? "";
    if ((COORDINATORS.has(opener) || CLAUSE_JOINERS.has(opener)) && sameSubjectSays(tail)) return true;
    if (attribution(tail)) return true;
  } else if (longAttribution(tail)) return true;
  // Or a verb of saying set off by commas before the sentence goes on (`… a “stable” place to work, the
  // firm said in a statement, with 1,200 jobs in town.`): the first stretch between commas after the
  // words, when it is the whole of an attribution. Not a comma inside a number (`1,500`); not past the sentence's
  // end (`… “refugees.” On Monday, Roe said, …` reports other words), nor `according to` (`the
  // “confidential” level, according to an official, …` sources a fact, not the words).
  // Within a sentence, the attribution stands within a few words of the quoted ones (`a “stable” place
  // to work, …`), not past a clause of the writer's (`the “confidential” memo reached the desk of the
  // mayor, Roe said, …`); quoted words opening the sentence are the speaker's however far it runs on.
  const stretches = rest.split(/,(?!\d)/);
  if (
    stretches.length <= 2 ||
    /[.?!]["”’']*$/.test(text.slice(after - 4, after)) ||
    /[.?!\n]/.test(stretches[0]!) ||
    (ws.length > 0 && wordsOf(stretches[0]!).length > MID_ATTRIBUTION_MAX_WORDS)
  )
    return false;
  const middle = wordsOf(stretches[1]!);
  return middle[0]?.w !== "according" && attribution(middle);
}

/**
 * Whether a stretch of words after the quoted ones is an attribution: a few words with a verb of saying
 * or `according to`, not opening a clause of its own (`which Roe said …`, `while critics say …`).
 * A participle (`leaving residents saying …`) opens a clause of its own, no attribution (as before the words).
 */
function attribution(tail: { w: string }[]): boolean {
  if (tail.length === 0 || tail.length > TAIL_MAX_WORDS) return false;
  const opener = tail[0]!.w;
  if (NOT_ATTRIBUTION_OPENERS.has(opener)) return false;
  if (opener === "according" && tail[1]?.w === "to") return true;
  const verb = tail.findIndex((x) => giving(x.w) && !x.w.endsWith("ing"));
  return verb >= 0 && !deniedBefore(tail, verb) && !(verb > 0 && reportsAfterWhen(tail.slice(verb + 1)));
}

/**
 * Whether the words after a short attribution's subject and verb open, past a phrase of time or place,
 * a reported clause (`…, Roe said on Tuesday the fleet was unsafe`, `…, the mayor said in an interview
 * the ferries were fine`): the verb reports those words, not the quoted ones. Only after a weekday,
 * a time word or a preposition: words right after the verb may be its object (`Roe told reporters`)
 * or a relative clause's (`a view Baker said he did not share`).
 */
function reportsAfterWhen(after: { w: string }[]): boolean {
  const first = after[0]?.w ?? "";
  return (WEEKDAYS.has(first) || SAID_WHEN_WORDS.has(first) || PREPOSITIONS.has(first)) && !closingTail(after);
}

/**
 * Whether a verb of saying at `verb` is denied (a denial reports no words): a negation right before
 * it (`Roe did not say`, `Roe never said`, `Roe wouldn't say`), a verb of refusing before its `to`
 * (`Roe declined to say`), or a subject that is no one (`nobody said`, `no official said`, `not one
 * official said`). Not a negation inside the subject (`a driver who had not eaten said`), nor `no
 * fewer than three officials`, a number.
 */
function deniedBefore(tail: { w: string }[], verb: number): boolean {
  const last = tail[verb - 1]?.w ?? "";
  if (negation(last)) return true;
  // Past an adverb or `to` (`did not immediately say`, `has never publicly said`, `careful not to
  // say`); not past another verb (`a driver who had not eaten said`), the subject's own clause.
  if ((last.endsWith("ly") || last === "to") && negation(tail[verb - 2]?.w ?? "")) return true;
  if (last === "to" && REFUSING.has(tail[verb - 2]?.w ?? "")) return true;
  const first = tail[0]?.w ?? "";
  return verb > 0 && (NO_ONE_SUBJECTS.has(first) || (first === "no" && !COMPARATIVES.has(tail[1]?.w ?? "")));
}

/** Whether a word negates the verb after it (`not`, `never`, `didn't`). */
function negation(w: string): boolean {
  return w === "not" || w === "never" || w.endsWith("n't") || w.endsWith("n’t");
}

/** Verbs of refusing before a verb of saying's `to` (`Roe declined to say`). */
const REFUSING = new Set(["refused", "refuses", "refusing", "declined", "declines", "declining"]);
/** Subjects that are no one (`nobody said`, `not one official said`). */
const NO_ONE_SUBJECTS = new Set(["not", "nobody", "none", "neither", "nor", "never"]);
/** Words that make `no` a number's bound (`no fewer than three officials`), not a denial. */
const COMPARATIVES = new Set(["fewer", "less", "more", "longer"]);

/** The most words of a subject before the verb of a long attribution (`Prime Minister Tom Baker said`). */
const LONG_ATTRIBUTION_SUBJECT_MAX_WORDS = 5;

/**
 * Whether a tail longer than TAIL_MAX_WORDS is an attribution that closes the sentence and then
 * says when, where or how (`…, the mayor said Tuesday in response to questions about …`): a subject
 * of a few words, a verb of saying, then nothing, a weekday or a preposition. Not a verb with a
 * clause of its own after it (`…, Roe said the board would …`): that reports other words.
 */
function longAttribution(tail: { w: string }[]): boolean {
  // `…, as Roe's aide suggested after …`: the attributions read no speaker after `as`.
  if (NOT_ATTRIBUTION_OPENERS.has(tail[0]?.w ?? "") || tail[0]?.w === "as") return false;
  const verb = tail.findIndex((x, k) => k > 0 && k <= LONG_ATTRIBUTION_SUBJECT_MAX_WORDS && giving(x.w) && !x.w.endsWith("ing"));
  if (verb < 0) return false;
  if (deniedBefore(tail, verb)) return false;
  return closingTail(tail.slice(verb + 1));
}

/** Words of time that may follow an attribution's verb (`said yesterday`, `said last week`). */
const SAID_WHEN_WORDS = new Set(["yesterday", "today", "tonight", "earlier", "later", "last", "this", "recently", "previously"]);
/** Time words that stand alone after the verb (`said yesterday`). */
const LONE_TIME_WORDS = new Set(["yesterday", "today", "tonight", "earlier", "later", "recently", "previously"]);
/** Words before a span of time (`this week`, `last month`, `earlier this year`). */
const SPAN_LEADS = new Set(["this", "last", "next", "earlier", "late", "early"]);
/** Spans of time after SPAN_LEADS or a weekday (`this week`, `Monday night`). */
const SPANS = new Set(["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"]);
/** Writings and talks the words were said in (`in a statement`, `in an interview`, `in a news release`). */
const SAID_IN = new Set(["statement", "interview", "email", "e-mail", "letter", "speech", "release", "post"]);
/** Sites the words were posted on (`on Twitter`). */
const SAID_ON = new Set(["twitter", "x", "facebook"]);
/** Gatherings the words were said at (`at a news conference`, `at a rally`). */
const SAID_AT = new Set(["conference", "meeting", "rally"]);
/** Words that may stand between an article and SAID_IN or SAID_AT (`a news release`, `a press conference`). */
const SAID_KINDS = new Set(["news", "press"]);
/** Prepositions that open a closing tail's next piece (`on Tuesday`, `in Vellmar`, `at a rally`). */
const TAIL_PREPOSITIONS = new Set(["on", "in", "at"]);
/** The most words of a name after `with` or `in` in a closing tail (`with The Tarnby Post`, `in Vellmar`). */
const TAIL_NAME_MAX_WORDS = 4;

/**
 * Whether the words after an attribution's verb are, in full, one of a closed set of tails that end
 * the sentence: nothing; a weekday, a date or a time word (`Tuesday`, `on May 5`, `yesterday`, `this
 * week`); `in a statement / an interview (with …) / an email / a letter / a speech / a news release /
 * a post`; `on Twitter / X / Facebook`; `at a news conference / a meeting / a rally (in Place)`; `in
 * reply to questions`; one after another. Anything else (`said on Tuesday drivers had quit`, `said
 * this meant …`, `said at the meeting Vellmar needed …`, `said of the rush hour …`) may be a reported
 * clause or another clause, and the attribution gives the quoted words to no one.
 */
function closingTail(after: { w: string }[]): boolean {
  let k = 0;
  const at = (j: number) => after[j]?.w ?? "";
  while (k < after.length) {
    const w = at(k);
    const article = at(k + 1) === "a" || at(k + 1) === "an" || at(k + 1) === "the" ? 1 : 0;
    const kind = SAID_KINDS.has(at(k + 1 + article)) ? 1 : 0;
    if (WEEKDAYS.has(w) || MONTHS.has(w)) k += SPANS.has(at(k + 1)) ? 2 : 1;
    // `on Tuesday`, `on May 5`, `in June` (MONTHS leaves out `may`, also a verb; after `on` or `in` it is the month).
    else if ((w === "on" || w === "in") && (WEEKDAYS.has(at(k + 1)) || MONTHS.has(at(k + 1)) || at(k + 1) === "may")) k += 2;
    else if (w === "on" && SAID_ON.has(at(k + 1))) k += 2;
    else if (LONE_TIME_WORDS.has(w) && !SPANS.has(at(k + 1)) && !SPAN_LEADS.has(at(k + 1))) k++;
    else if (SPAN_LEADS.has(w) && (SPANS.has(at(k + 1)) || WEEKDAYS.has(at(k + 1)))) k += 2;
    else if (w === "earlier" && SPAN_LEADS.has(at(k + 1)) && SPANS.has(at(k + 2))) k += 3;
    else if (w === "in" && (at(k + 1) === "reply" || at(k + 1) === "response") && at(k + 2) === "to" && at(k + 3) === "questions") {
      k += 4;
      // `in reply to questions from the opposition`.
      if (at(k) === "from") k = pastName(after, k + 1);
    } else if (w === "in" && SAID_IN.has(at(k + 1 + article + kind))) {
      k += 2 + article + kind;
      if (at(k) === "with") k = pastName(after, k + 1);
    } else if (w === "at" && SAID_AT.has(at(k + 1 + article + kind))) {
      k += 2 + article + kind;
      // `at a rally in Vellmar`: a place, and the sentence's end.
      if (at(k) === "in") return nameToEnd(after, k + 1);
    } else return false;
    if (k < 0) return false;
  }
  return true;
}

/**
 * The index past a name after `with` (`in an interview with The Tarnby Post on Tuesday`): up to the
 * next piece of a closing tail (`on`, `in`, `at`, a weekday or a time word) or the end, at most
 * TAIL_NAME_MAX_WORDS words, none a verb or a pronoun; -1 if it is no such name.
 */
function pastName(after: { w: string }[], from: number): number {
  let k = from;
  while (k < after.length && !TAIL_PREPOSITIONS.has(after[k]!.w) && !WEEKDAYS.has(after[k]!.w) && !SAID_WHEN_WORDS.has(after[k]!.w)) {
    if (k - from >= TAIL_NAME_MAX_WORDS || CLAUSE_VERBS.has(after[k]!.w) || PERSONAL_PRONOUNS.has(after[k]!.w)) return -1;
    k++;
  }
  return k > from ? k : -1;
}

/** Whether the words from `from` to the end are a place's name of at most TAIL_NAME_MAX_WORDS words, no verb or pronoun. */
function nameToEnd(after: { w: string }[], from: number): boolean {
  const name = after.slice(from);
  return name.length > 0 && name.length <= TAIL_NAME_MAX_WORDS && !name.some((x) => CLAUSE_VERBS.has(x.w) || PERSONAL_PRONOUNS.has(x.w));
}

/**
 * Whether a participle set off by the comma that ends `lead` shares a subject the sentence opens with
 * (`Ostrov rejected the appeal, calling …`; openingSubject). Not right after a relative clause
 * (`Roe met Baker, who runs the ferry, calling …`, `Roe attacked Baker, with whom she clashed,
 * calling …`): the participle may be that clause's, and the attribution would read its last-named
 * person, not the sentence's subject.
 */
function participleHasSubject(text: string, sentenceStart: number, backStart: number, lead: string): boolean {
  const clauseEnd = lead.lastIndexOf(",");
  const stretch = wordsOf(lead.slice(lead.lastIndexOf(",", clauseEnd - 1) + 1, clauseEnd));
  if (RELATIVE_PRONOUNS.has(stretch[0]?.w ?? "") || RELATIVE_PRONOUNS.has(stretch[1]?.w ?? "")) return false;
  return openingSubject(text, sentenceStart, backStart + clauseEnd);
}

/**
 * Whether the sentence from `sentenceStart` opens, before the comma at `clauseEndAt`, with a subject
 * whose words a verb set off by that comma may report (`In a long decision, Ostrov rejected the
 * appeal, calling …`, `Then he cut into Baker, calling …`, `Roe, who was arrested on Monday, was
 * released, calling …`): a subject pronoun, or the name of a person or body (`Telvane Logistics
 * rejected the claim, calling …`), of one word only when the text has used it before. Anything else
 * (`A petition circulated, calling …`, `Graffiti appeared, calling …`, `Roe's group ran ads, calling
 * …`, `Police arrested dozens, calling …`) leaves whose words they are unread: the attribution would
 * guess, from a neighbour's speaker or a possessor. Reads at most SUBJECT_READ_CHARS of the sentence.
 */
function openingSubject(text: string, sentenceStart: number, clauseEndAt: number): boolean {
  if (clauseEndAt - sentenceStart > SUBJECT_READ_CHARS) return false;
  const back = text.slice(sentenceStart, clauseEndAt);
  const clauseEnd = back.length;
  // From the last stop before the clause (`“…,” Roe said, “… re-election.” He went on …`): a quotation's
  // sentences before it may stand in the sentence as the quotation's reader takes it.
  let start = 0;
  for (const m of back.matchAll(rx.gu`[.?!]["”’]?\s+(?=["“]?\p{Lu})`)) start = m.index + m[0].length;
  start += rx.u`^[^\p{L}]*`.exec(back.slice(start))![0].length;
  // Past an opening adverb (`Then he …`, `Meanwhile, …`) and a phrase of time or place set off by a
  // comma (`In a long decision, Ostrov …`).
  const adverb = rx.u`^(\p{L}+),?\s+`.exec(back.slice(start));
  if (adverb && OPENING_ADVERBS.has(adverb[1]!.toLowerCase())) start += adverb[0].length;
  const opener = rx.u`^\p{L}+`.exec(back.slice(start))?.[0].toLowerCase() ?? "";
  // A phrase or a subordinate clause opening the sentence (`In May,`, `After the vote,`, `When the
  // vote came,`) is passed to the comma that closes it, and the subject read after it. When that comma
  // is the participle's own (`When Roe slammed the plan, calling it a “…”, nobody listened`), the
  // participle is the subordinate clause's, whose subject the attribution does not read past the
  // subordinator: the words would go to no one.
  if (SUBORDINATORS.has(opener) || PREPOSITIONS.has(opener)) {
    const comma = back.indexOf(",", start);
    if (comma < 0 || comma >= clauseEnd) return false;
    start = comma + 1;
  }
  const clause = back.slice(start, clauseEnd);
  const pronoun = rx.u`^\s*(\p{L}+)\s+\p{Ll}`.exec(clause)?.[1];
  if (pronoun && SUBJECT_PRONOUNS.has(pronoun === "I" ? pronoun : pronoun.toLowerCase())) return true;
  // `The union’s president, Greta Palm, called …`: a description, then a full name set off by
  // commas, the name's own verb after it.
  if (DESCRIBED_NAME.test(clause)) return true;
  // A name: capitalised words up to a verb or an aside's comma, no article or possessive in it; five
  // at most (`Nova Scotia Premier Tim Houston`: a place, a title and a name).
  const name = rx.u`^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)(?=,|\s+\p{Ll})`.exec(clause)?.[1];
  if (!name) return false;
  const words = name.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!;
  if (ARTICLES_AND_POSSESSIVES.has(first) || NOT_SUBJECT_OPENERS.has(first) || /['’]s?$/.test(last)) return false;
  // One capitalised word opening a sentence may be any noun (`Graffiti appeared`): a name only when
  // the text has written it before, after another word, within KNOWN_NAME_CHARS.
  if (words.length > 1) return true;
  const seen = text.slice(Math.max(0, sentenceStart - KNOWN_NAME_CHARS), sentenceStart);
  return new RegExp(String.raw`[\p{L},]\s+${escapeRegExp(last)}(?![\p{L}])`, "u").test(seen);
}

/** Capitalised words that are no one's name: months and days (`the April shooting`). */
const MONTHS_AND_DAYS = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * Whether the clause before a verb set off by the comma at `clauseEndAt` names someone after its
 * subject (`Baker repeated claims that Roe recites talking points, calling him …`, `He tried to
 * distance Mr. Roe from the plan, arguing …`): the attribution may then credit that name, nearer
 * the verb, with the words. A capitalised word after the clause's first word in lower case (its
 * verb) counts, not a month or a day. A clause longer than SUBJECT_READ_CHARS counts as naming.
 */
function nameAfterSubject(text: string, sentenceStart: number, clauseEndAt: number): boolean {
  if (clauseEndAt - sentenceStart > SUBJECT_READ_CHARS) return true;
  // `The union’s president, Greta Palm, called …`: the name set off after the opening description
  // is the subject's own; read from the verb after it.
  const clause = text.slice(sentenceStart, clauseEndAt);
  const described = DESCRIBED_NAME.exec(clause);
  const words = clause.slice(described ? described[0].length - 1 : 0).match(rx.gu`\p{L}[\p{L}'’.-]*`) ?? [];
  const verb = words.findIndex((w) => isLowerCase(w));
  return verb >= 0 && words.slice(verb + 1).some((w) => startsUpper(w) && !MONTHS_AND_DAYS.has(w.toLowerCase()));
}

/** Adverbs that may open a sentence before its subject (`Then he cut into Baker`, `Meanwhile, Roe …`). */
const OPENING_ADVERBS = new Set([
  "then",
  "later",
  "earlier",
  "meanwhile",
  "however",
  "still",
  "also",
  "again",
  "now",
  "and",
  "but",
  "so",
  "yet",
  "instead",
  "indeed",
  "separately",
  "finally",
]);
/** Capitalised words that open a sentence and are no name (`This`, `It`, `There`). */
/**
 * A description that an article or a possessive opens, in a few words with no comma, then a full
 * name (two to four capitalised words) set off by commas, and a lower-case word: the name's verb.
 */
const DESCRIBED_NAME = rx.u`^\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+)[^,.;:!?“”"]{1,60},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+\p{Ll}`;

const NOT_SUBJECT_OPENERS = new Set(["this", "that", "these", "those", "it", "there", "its", "their", "his", "her", "our", "my"]);
/** The longest stretch from a sentence's start to the comma before a verb set off by it, read for its subject. */
const SUBJECT_READ_CHARS = 400;
/** How far back a name of one word is looked for, to tell it from a noun that opens a sentence. */
const KNOWN_NAME_CHARS = 3000;
/** The most words between the quoted ones and an attribution set off by commas in mid-sentence. */
const MID_ATTRIBUTION_MAX_WORDS = 4;

/** The fewest words a sentence cut off by the text's end must have to be read as prose, not a headline or a link's title. */
const CUT_PROSE_MIN_WORDS = 20;

/**
 * Whether the line the words stand on is a sentence of prose the text's end cuts off (a page saved
 * up to a length, `… Pallis said based on the “…” nature of the crimes, Lorne should wait a
 * span of at`): it runs to the end of the text with no stop, and has more words
 * than a headline or a link's title. `before` is how many words of the sentence precede the mark.
 */
function cutOffProse(text: string, after: number, ahead: string, lineEnd: number, before: number): boolean {
  if (lineEnd >= 0 || after + ahead.length < text.length) return false;
  return before + wordsOf(ahead).length >= CUT_PROSE_MIN_WORDS;
}

/** Adverbs that may stand between `and` and its verb (`and then said`). */
const JOINED_VERB_ADVERBS = new Set(["then", "also", "later"]);

/**
 * Whether a tail opening with `and` goes on at once to a verb of saying, with no subject of its own
 * (`called Roe a “…,” and said …`, `and then wrote`): the verb shares the sentence's subject, whose
 * words the quoted ones are.
 */
function sameSubjectSays(tail: { w: string }[]): boolean {
  const k = JOINED_VERB_ADVERBS.has(tail[1]?.w ?? "") ? 2 : 1;
  return giving(tail[k]?.w ?? "");
}
