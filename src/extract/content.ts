// The attributed content of a quotation. A partial quotation often carries on past its
// closing mark (`called it “a disgrace” for the country`): the words after it, to the clause's
// end (a comma, a semicolon or a dash: CLAUSE_BREAK), the sentence's or the attribution, are part
// of what is reported; over a quotation the run-on reaches too. The items of a list of quotations
// run on to its last item, and a headline's quoted words to the headline's end.
import { type Analysis, type QuoteInfo, sentenceOf } from "./analysis";
import { inscription, outcry, wordBefore } from "./classify";
import { ARTICLES_AND_POSSESSIVES, CALLING_VERBS, FUNCTION_STARTS, PREPOSITIONS, VERBS_AFTER_QUOTED_SUBJECT } from "./lexicon";
import type { QuotePiece } from "./quotes";
import { COMMA_BETWEEN } from "./subject-words";
import type { Range } from "./text";
import { rx } from "./unicode-regexps";

/**
 * Conjunctions that give the reason for or a condition on the quoted words (`“taunts and insults”
 * because he cannot defend his record`, `“hard to win” if he loses`): the clause they open is part
 * of what is reported, as PolNeAR's gold has it (24 of 24 after `because` on its train and dev
 * splits), where other conjunctions open the writer's next clause.
 */
const REASON_OR_CONDITION = new Set(["because", "if", "unless", "since"]);

/**
 * Whether `and` after the mark joins a second object or a second `that` clause to the quoted words
 * (`called for “fairness” and an overhaul of the law`, `said it was “an open process” and that …`):
 * what follows is reported with them, as PolNeAR's gold has it (26 of 26 on its train and dev
 * splits), where `and` before a verb or a subject opens the writer's next clause.
 */
function andMore(rest: string): boolean {
  const next = rx.u`^ +and +(\p{Ll}+)\b`.exec(rest)?.[1];
  return !!next && (next === "that" || ARTICLES_AND_POSSESSIVES.has(next));
}

/**
 * Where a run-on's clause ends: a comma, a semicolon or a dash; a hyphen between spaces, or two,
 * is a dash typed on a plain keyboard (`“tensions” in rich economies - further diminishing growth`).
 * Not the comma of a number (`80,000`) or before a date's year (`Dec. 5, 2007`), inside a phrase.
 */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d| \d{4}\b)|[;—–]| - |--/;

/** How far past the closing mark the clause break is looked for; past it the sentence end stands. */
const RUN_ON_LOOK = 200;

/**
 * An adjunct naming the occasion of the saying (`“rigged” in a tweet`, `“a fine man” in an
 * interview`, `in response`): it tells where the words were said, not what was said, so the
 * content does not run on into it.
 */
const OCCASION = rx.u`^ +(?:in response\b|(?:in|during|via) (?:a|an|his|her|their|its) (?:[\p{L}'’-]+ ){0,2}?(?:tweet|post|interview|statement|news conference|press conference|briefing|email|e-mail|letter|op-ed|column|video|podcast|radio interview|television interview)s?\b|on (?:Twitter|Facebook|Instagram|X|social media)\b)`;

/** The attributed content of each quotation the analysis holds as speech, by its index in `a.quotes`. */
export function contentsOf(a: Analysis): (Range | undefined)[] {
  const lasts = listLastsOf(a);
  const stops: Stops = new Map();
  return a.quotes.map((info, i) => (info.kind === "speech" ? contentOf(a, info, i, lasts[i]!, stops) : undefined));
}

/**
 * Where trimming back from each end stopped (trimmedEnd), for one text: the quotations of one
 * sentence share its end, and a run of dots before it should be walked once, not once per quotation.
 */
type Stops = Map<number, number>;

/** After a closing mark: spaces, then a word in lower case (`since`, `unless`). */
const LOWER_CASE_WORD_AFTER = rx.u`^ +(\p{Ll}[\p{L}'’-]*)`;

/** `lastItem`: the index of the last quotation of the list quotation `index` opens, or `index` (listLastsOf). */
function contentOf(a: Analysis, info: QuoteInfo, index: number, lastItem: number, stops: Stops): Range {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  // The first items of a list run on to its last item's quoted words.
  if (lastItem !== index) return { start: first.start, end: a.quotes[lastItem]!.q.pieces[0]!.end };
  const range = { start: first.start, end: last.end };
  const inner = a.text.slice(last.start, last.end);
  const rest = a.text.slice(last.after, last.after + 40);
  const m = LOWER_CASE_WORD_AFTER.exec(rest);
  // Words that end in a comma run on only into a reason or a condition (`“…,” since he won`).
  if (/[.?!;:…—–-]['’"”]*$/.test(inner) || (/,['’"”]*$/.test(inner) && !REASON_OR_CONDITION.has(m?.[1] ?? ""))) return range;
  if (info.q.single && a.headline && info.paragraph === 0) return headlineRunOn(a, last, range, stops);
  // The words on a sign or a shirt are all it says: the sentence after them is the writer's. So
  // are the words a crowd chants or someone mouths (`mouthing “thank you” toward the stands`).
  if (opensMidClause(a.text, first.open) || inscription(a.text, first.open) || outcry(a.text, first.open, wordBefore(a.text, first.open)))
    return range;
  if (!m || (FUNCTION_STARTS.has(m[1]!) && !REASON_OR_CONDITION.has(m[1]!) && !andMore(rest))) return range;
  // `her warning “this will not last” was ignored`: a verb right after the marks has the quoted words
  // for its subject; the sentence goes on in the writer's words, not the speaker's. Unless the speaker
  // is named after it (`“X” was to be a “tale,” said Jane Doe`): then the whole sentence is what she said.
  if (VERBS_AFTER_QUOTED_SUBJECT.has(m[1]!) && !speakerLaterInSentence(a, info, last.after)) return range;
  if (OCCASION.test(rest)) return range;
  const s = sentenceOf(a, last.after);
  let end = Math.max(s.end, last.after);
  const mention = info.speaker?.mention;
  if (mention && mention.start > last.after && mention.start < end) {
    // The last comma before the speaker, looked for no further back than the quotation.
    for (let cut = mention.start; cut > last.after; cut--) {
      if (a.text[cut] === ",") {
        end = cut;
        break;
      }
    }
  }
  // The run-on is the clause the quoted words stand in: it stops at the next comma,
  // semicolon or dash (CLAUSE_BREAK), where the sentence goes on to something else.
  // A quotation the run-on reaches before any clause break is taken in whole (`“fairness” and that
  // the law “must, in time, change” for good`): the clause break is looked for after it, and one that
  // ends a sentence inside its marks ends the run-on, as sentences never end inside a quotation.
  const next = a.quotes[index + 1]?.q;
  let from = last.after;
  if (
    next &&
    next.pieces[0]!.open < end &&
    !CLAUSE_BREAK.test(a.text.slice(last.after, Math.min(next.pieces[0]!.open, last.after + RUN_ON_LOOK)))
  ) {
    const nextLast = next.pieces[next.pieces.length - 1]!;
    if (/[.?!]['’"”]*$/.test(a.text.slice(nextLast.start, nextLast.end))) from = end = nextLast.end;
    else from = Math.min(nextLast.after, end);
  }
  const stop = CLAUSE_BREAK.exec(a.text.slice(from, Math.min(end, from + RUN_ON_LOOK)));
  if (stop) end = from + stop.index;
  // So does a clause or phrase of `after` (`an apology” to the senator after emails showed …`): it
  // tells when the words were said, in the writer's voice.
  const clause = afterClauseAt(a.text, last.after, end);
  if (clause >= 0) end = clause;
  return { start: range.start, end: trimmedEnd(a, stops, last.after, end) };
}

/**
 * A headline's quoted words run on to the headline's end, title case or not (`Roe: ‘No Room’ For
 * Doubt On The Budget`, `‘Bad Deal’ for towns, mayor says`): the headline is the claim reported,
 * as PolNeAR's gold holds it, over another quotation too (`Only ‘Two Cases’ where Funds ‘Went
 * Astray’`). They stop at a comma, semicolon, colon or dash, past which the headline names the
 * speaker or goes on to something else, and run on only where a word follows the mark.
 */
function headlineRunOn(a: Analysis, last: QuotePiece, range: Range, stops: Stops): Range {
  const paragraph = a.paragraphs[0]!;
  const rest = a.text.slice(last.after, Math.min(paragraph.end, last.after + RUN_ON_LOOK));
  if (!rx.u`^ [\p{L}\p{N}]`.test(rest)) return range;
  // Not CLAUSE_BREAK with a colon: a headline's dash may be typed glued to the word before it
  // (`… The Day Nobody Expected- ‘Instead Of …’` in a headline, which CLAUSE_BREAK, wanting
  // a space either side, would run past), and every comma stops it, a number's too.
  const stop = /[,;:—–]|-\s/.exec(rest);
  return { start: range.start, end: trimmedEnd(a, stops, last.after, last.after + (stop ? stop.index : rest.length)) };
}

/**
 * Words after which a quotation stands inside a clause the writer had already begun: a copula or
 * an auxiliary (`it would be “far too costly” to defend`, `she was “deeply upset” by`), a
 * determiner (`the “reset” of relations`), a preposition whose object it is (`described the
 * result as “a message” from voters`) or a conjunction joining it to what came before. What is
 * reported starts before the quoted words, so the words after the closing mark are the
 * writer's, and the content is the quoted words alone. Not `her`, which is also an object
 * (`told her “…”`), nor `to` or `that`, after which the quoted words open the reported clause
 * (`vowed to “knock on every door” in Riverton`), as PolNeAR's gold has it. A verb of calling
 * right before the mark (`what aides called “a new era” in a memo`, `the report she called “flawed”
 * would be shelved`) ends the reported words at the mark too: its object stands before it, and what
 * follows is the writer's sentence going on.
 */
const MID_CLAUSE_LEADS = new Set([
  ...["is", "was", "are", "were", "am", "be", "been", "being", "has", "have", "had"],
  ...CALLING_VERBS,
  ...ARTICLES_AND_POSSESSIVES,
  ...[...PREPOSITIONS].filter((p) => p !== "to"),
  ...["as", "about", "like", "than", "and", "or"],
]);

/** Whether the word before an opening mark puts the quotation mid-clause (see MID_CLAUSE_LEADS); a possessive (`Ford’s “plan”`, `it’s “crystal clear”`) does too. */
function opensMidClause(text: string, open: number): boolean {
  const before = rx.u`([\p{L}'’]+)\s*$`.exec(text.slice(Math.max(0, open - 24), open))?.[1]?.toLowerCase();
  return !!before && (MID_CLAUSE_LEADS.has(before) || rx.u`\p{L}['’]s$`.test(before) || possessiveHer(text, open, before));
}

/**
 * Whether `her` before the mark is a possessive: the quoted words, a lower-case word or two, are
 * glued to a lower-case noun after them (`her “first” win of the season`), where an object's
 * quotation (`told her “…”`) is a sentence of its own.
 */
function possessiveHer(text: string, open: number, before: string): boolean {
  if (before !== "her") return false;
  return rx.u`^.(?:\p{Ll}[\p{L}'’-]*)(?: \p{Ll}[\p{L}'’-]*)?[”"’] \p{Ll}`.test(text.slice(open, open + 60));
}

/**
 * Where `after` opens a clause or phrase between `from` and `to` (at most RUN_ON_LOOK characters), or -1:
 * `offering “an apology” to the senator after emails showed …`, `said “never again” after the
 * shooting` date the saying in the writer's words. Other conjunctions stay in the content, as
 * PolNeAR's gold has them: a condition or a time limit on the words (`“hard to win” if he loses`,
 * `“ten days to go” until the fair`), and `when` or `because`, which as often belong to the
 * reported clause (`using force when confronting suspects`).
 */
function afterClauseAt(text: string, from: number, to: number): number {
  const m = /\safter\b/.exec(text.slice(from, Math.min(to, from + RUN_ON_LOOK)));
  return m ? from + m.index : -1;
}

/**
 * Between two quotations of a list: a conjunction (`“weak” and “sad”`, `“Go home,” or, simply,
 * “Leave”`, `“not this” but to “try that”`, and `because`, which gives the second as the first
 * one's reason: see REASON_OR_CONDITION), or a comma where a conjunction joins a later item
 * (`“A,” “B” and “C”`). Not analyse.ts's LIST_GLUE (and LIST_GAP_MAX_CHARS), which finds lists of
 * short quoted terms to set apart as no speech; these lists are of speech, read for its content.
 */
const LIST_AND = /^,?\s+(?:and|or|because|but|while|rather than)(?:,?\s+(?:then|simply|also|even|to))?,?\s+$/;
/** A separator is read only when this short: past it, the words between are more than a list's. */
const LIST_SEPARATOR_MAX_CHARS = 24;

/**
 * The index of the last quotation of the list each quotation opens or continues: quotations
 * joined by a conjunction (LIST_AND, and commas before it), or the quotation itself. Quotations listed so
 * are one thing said (`chanted “Save our park,” and “Stop the tower.”`), and PolNeAR's gold holds
 * the whole list in one content; the items after the first keep their own. Read back to front in one pass.
 */
function listLastsOf(a: Analysis): number[] {
  const lasts: number[] = [];
  for (let i = a.quotes.length - 1; i >= 0; i--) {
    const q = a.quotes[i]!.q;
    const last = q.pieces[q.pieces.length - 1]!;
    const next = a.quotes[i + 1]?.q;
    lasts[i] = i;
    if (!next || q.pieces.length > 1 || next.pieces.length > 1 || next.pieces[0]!.open - last.after > LIST_SEPARATOR_MAX_CHARS) continue;
    const between = a.text.slice(last.after, next.pieces[0]!.open);
    const and = LIST_AND.test(between);
    // The list's comma may stand inside the marks (`“A,” “B” and “C”`).
    const comma = COMMA_BETWEEN.test(between) || (/^\s+$/.test(between) && a.text[last.end - 1] === ",");
    // A comma lists only where the list from the next quotation on holds a conjunction.
    if (and || (comma && lasts[i + 1] !== i + 1)) lasts[i] = lasts[i + 1]!;
  }
  return lasts;
}

/** Whether the speaker is named after `at` in the sentence that holds it. */
function speakerLaterInSentence(a: Analysis, info: QuoteInfo, at: number): boolean {
  const mention = info.speaker?.mention;
  return !!mention && mention.start > at && mention.start < sentenceOf(a, at).end;
}

/** `end` without the spaces and stops before it, not before `floor`; where trimming stops is kept in `stops`. */
function trimmedEnd(a: Analysis, stops: Stops, floor: number, end: number): number {
  let i = stops.get(end);
  if (i === undefined) {
    i = end;
    while (i > 0 && /[\s.?!,]/.test(a.text[i - 1]!)) {
      a.work.add();
      i--;
    }
    stops.set(end, i);
  }
  return Math.max(floor, i);
}
