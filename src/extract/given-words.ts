// Short quoted words a reported clause gives to its speaker (`Tom Baker called the plan a
// “non-starter”`, `Roe said the town faces a “long winter,”`, `the fire was “brutal,” according
// to Roe`): a mixed quotation, the speaker's own words worked into the writer's sentence, where
// classify would otherwise read a word or three after an article, or as a modifier, as the
// writer's term.
import {
  ARTICLES_AND_POSSESSIVES,
  BE_FORMS,
  CALLING_VERBS,
  CLAUSE_JOINERS,
  COORDINATORS,
  CORE_SPEECH,
  DESCRIBE_FORMS,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  WH_CLAUSE_OPENERS,
} from "./lexicon";

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
 * a “…”`), never a participle naming the noun before the comma (`the march, called “…”`).
 */
const OBJECT_PRONOUNS = new Set(["it", "him", "her", "them", "me", "us"]);
/** Objects of a verb of calling that make it a name a thing goes by (`, calling itself the “…”`). */
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves", "ourselves", "myself"]);
/**
 * A pair of dashes around an aside within the reported clause (`added the aim is to build — chiefly
 * in transit — in a “…” way`): the clause goes on past it, so its commas and dashes end nothing.
 */
const DASHED_ASIDE = /\s[—–]\s[^—–\n]*\s[—–]\s/g;

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
 * Verbs of urging and demanding, outside CORE_SPEECH: the clause they report (`Roe urged the premier to
 * drop his “…” lawsuit`) is the subject's demand, in the subject's words.
 */
const URGING = new Set(["urge", "urged", "urges", "urging", "demanded", "demands", "demanding"]);

/** Whether a word is a verb of saying that gives the words around it to its subject. */
function giving(w: string): boolean {
  return (CORE_SPEECH.has(w) && !NOT_GIVING.has(w)) || URGING.has(w);
}

/**
 * Whether the word at `k` is a plural noun with no determiner or name before it (`Critics call the
 * scheme a “…”`, `opponents called it`): a kind of people, none of them named, whose label for a
 * thing the writer reports as a term.
 */
function barePlural(ws: { w: string }[], k: number): boolean {
  const w = ws[k]!.w;
  if (!/[^s'’]s$/.test(w) || PERSONAL_PRONOUNS.has(w)) return false;
  return k === 0 || !ARTICLES_AND_POSSESSIVES.has(ws[k - 1]!.w);
}

/** Words of a stretch, lower-cased, with where each ends. */
function wordsOf(s: string): { w: string; end: number }[] {
  const out: { w: string; end: number }[] = [];
  const re = /[\p{L}][\p{L}'’-]*/gu;
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
 * Not a gerund (`by saying it was a “…”`), whose subject the sentence does not name. Not on a line
 * without a closing stop (a headline, a subhead, a link's title): those work quoted words into the
 * page's own words; a long sentence the text's end cuts off is prose still (cutOffProse). Reads at most GIVER_BEFORE_CHARS back (not past `sentenceStart`), LINE_END_MAX_CHARS
 * ahead, and `rest`: the rest of the sentence after the words as classify reads it (past `Dr.`), or
 * undefined when it runs past the stretch classify reads.
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
  // Whether a relative clause opened before the word: a participle set off after it (`Roe attacked
  // Baker, with whom she clashed, calling him …`) may be its clause's, and whose is unclear.
  let relative = false;
  for (let i = 0; i < ws.length; i++) {
    const { w, end } = ws[i]!;
    const lead = back.slice(0, end - w.length);
    const setOff = /,\s*$/.test(lead);
    if (RELATIVE_PRONOUNS.has(w)) relative = true;
    if (RELATIVE_PRONOUNS.has(w) && setOff) cue = false;
    // `according to Roe, the fire was …`; not `according to the “…” document`, the source's name.
    else if (w === "according" && ws[i + 1]?.w === "to") cue = back.includes(",", end);
    // Not `say,` between commas: `no better than, say, the …` offers an example.
    else if (giving(w) && !(w === "say" && /^,/.test(back.slice(end))) && !PASSIVE_LEADS.has(ws[i - 1]?.w ?? ""))
      cue = !w.endsWith("ing") && !/[,;:—–(]/.test(back.slice(end).replace(DASHED_ASIDE, " "));
    // A verb of calling counts with a subject before it and an object between it and the mark; not
    // passive (`is called`), not a noun (`a call for`). Set off by a comma: as the participle that
    // shares the subject of the clause before it (`rejected the appeal, calling his account “…”`),
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
      (!setOff || (w.endsWith("ing") ? !relative : OBJECT_PRONOUNS.has(ws[i + 1]!.w))) &&
      !barePlural(ws, i - 1)
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
  }
  // Or a verb of saying set off by commas before the sentence goes on (`… a “stable” place to work, the
  // firm said in a statement, with 1,200 jobs in town.`): the first stretch between commas after the words, when
  // it is the whole of an attribution. Not a comma inside a number (`1,500`); not past the sentence's
  // end (`… “refugees.” On Monday, Roe said, …` reports other words), nor `according to` (`the
  // “confidential” level, according to an official, …` sources a fact, not the words).
  const stretches = rest.split(/,(?!\d)/);
  if (stretches.length <= 2 || /[.?!]["”’']*$/.test(text.slice(after - 4, after)) || /[.?!\n]/.test(stretches[0]!)) return false;
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
  return (opener === "according" && tail[1]?.w === "to") || tail.some((x) => giving(x.w) && !x.w.endsWith("ing"));
}

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
