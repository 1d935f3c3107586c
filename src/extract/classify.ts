// Tells quoted speech from quotation marks that do something else: scare quotes around
// a word or two, titles of shows, books and songs, nicknames. Decided from the words
// inside the marks and the words on either side, as a reader of news prose would.

import { givenToSpeaker } from "./given-words";
import {
  ARTICLES_AND_POSSESSIVES,
  CALLING_VERBS,
  COORDINATORS,
  COUNT_WORDS,
  DESCRIBE_FORMS,
  DESCRIPTION_OPENERS,
  DETERMINERS_AND_PREPOSITIONS,
  FUNCTION_WORDS,
  GO_FORMS,
  LABELLING_PARTICIPLES,
  MENTION_LEADS,
  NAMED_BY_MODIFIER,
  NAMING_NOUNS,
  NAMING_PARTICIPLES,
  NAMING_WORDS,
  NUMERAL,
  OBJECT_LEADS,
  ORG_WORDS,
  ORGANISATION_NOUNS,
  OUTLET_NAME_WORDS,
  PERSONAL_PRONOUNS,
  PHRASAL_SPEECH,
  RELATIVE_PRONOUNS,
  SPEAKING_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
  TERM_LEADS,
  TITLE_SMALL_WORDS,
  TITLED_WORKS,
  WORK_NOUNS,
} from "./lexicon";
import { isGivenName } from "./names";
import { saidOrAddressedBefore } from "./nickname-clauses";
import type { Quotation } from "./quotes";
import { APOSTROPHE_S, abbreviationStopAt, escapeRegExp, isLowerCase, isLyAdverb, LETTER, startsUpper } from "./text";
import {
  DETERMINED_MAX_WORDS,
  HEADLINE_CAPITALS_SHARE,
  HEADLINE_MIN_WORDS,
  MODIFIER_MAX_WORDS,
  NICKNAME_MAX_WORDS,
  RUN_ON_TERM_MAX_WORDS,
  TITLE_MAX_WORDS,
  UNREPORTED_MAX_WORDS,
} from "./thresholds";
import { rx } from "./unicode-regexps";

/** Words after a quotation's closing comma that still lead to its attribution (`“…,” he said`, `“…,” according to`). */
const PRONOUNS_AFTER_QUOTE = new Set([...PERSONAL_PRONOUNS, "you", "according"]);

export type NotSpeechReason = "scare-quotes" | "title" | "nickname" | "term";
/** `furniture`: a subhead, pull quote, caption or teaser line, which the page shows and nobody said. */
export type QuoteKind = "speech" | NotSpeechReason | "furniture";

/**
 * Whether every word (a white-space-separated token with a letter or digit) is capitalised or a
 * small word, the first capitalised. Token by token, stopping at the first that fails: quoted
 * speech fails within a word or two, where splitting it whole made a string of every word.
 */
export function titleCased(inner: string): boolean {
  const token = /\S+/g;
  let seen = false;
  for (let m = token.exec(inner); m; m = token.exec(inner)) {
    const w = m[0];
    // Most tokens open with an ASCII letter or digit: the tests below then come to whether that
    // first character is a capital or a digit, answered by its code without four expressions.
    const c = w.charCodeAt(0);
    if (isAsciiLetterOrDigit(c)) {
      const capitalOrDigit = (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
      if (!capitalOrDigit && (!seen || !TITLE_SMALL_WORDS.has(w.toLowerCase()))) return false;
      seen = true;
      continue;
    }
    if (!rx.u`\p{L}|\p{N}`.test(w)) continue;
    if (!seen && !rx.u`^[\p{Lu}\p{N}]`.test(w.replace(/^\W+/u, ""))) return false;
    seen = true;
    if (!rx.u`^[\p{Lu}\p{N}(]`.test(w.replace(rx.u`^[^\p{L}\p{N}(]+`, "")) && !TITLE_SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return seen;
}

/** Whether a UTF-16 code is an ASCII letter (either case) or digit. */
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** A headline: a first paragraph in title case, or any line of capitalised words without a verb-like lower-case run. */
export function isHeadline(line: string): boolean {
  // Counted in one pass without splitting: the first paragraph can be the whole text.
  let words = 0;
  let caps = 0;
  let inWord = false;
  let lettered = false; // whether the current word's first letter has been seen
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const ch = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(line.codePointAt(i)!) : line[i]!;
    if (ch.length === 2) i++;
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      lettered = false;
    }
    if (lettered || !LETTER.test(ch)) continue;
    lettered = true;
    words++;
    if (UPPER.test(ch)) caps++;
  }
  if (words < HEADLINE_MIN_WORDS) return false;
  return caps / words >= HEADLINE_CAPITALS_SHARE;
}

const SPACE = /\s/;
const UPPER = rx.u`\p{Lu}`;

/**
 * The last word in the 40 characters before `at`, lower-cased: the run of letters, digits,
 * apostrophes and hyphens around the last letter or digit (or, with none, the first run of
 * apostrophes and hyphens). What the expression
 * `([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$` found in that stretch, read backwards by hand: the
 * expression, anchored only at its end, was tried from every one of the 40 starts, which
 * made it most of the cost of a text of many short quotations (tests/extract/scanners.test.ts).
 */
export function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  // Past the trailing marks and spaces to just after the last letter or digit.
  let j = at;
  while (j > from && !isLetterOrDigit(codePointBefore(text, from, j))) j -= charsBefore(text, from, j);
  if (j === from) {
    // No letter or digit: the expression took the first run of apostrophes and hyphens.
    let start = from;
    while (start < at && !WORD_JOINERS.has(text[start]!)) start++;
    let end = start;
    while (end < at && WORD_JOINERS.has(text[end]!)) end++;
    return text.slice(start, end);
  }
  // Apostrophes and hyphens right after it belong to the word; the word runs back over the rest.
  let end = j;
  while (end < at && WORD_JOINERS.has(text[end]!)) end++;
  let start = j;
  while (start > from && isWordChar(codePointBefore(text, from, start))) start -= charsBefore(text, from, start);
  return text.slice(start, end).toLowerCase();
}

const WORD_JOINERS = new Set(["'", "’", "-"]);
const LETTER_OR_DIGIT = rx.u`^[\p{L}\p{N}]$`;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 0x20) >= 97 && (cp | 0x20) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

function isWordChar(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2d || isLetterOrDigit(cp);
}

/** How many code units the code point before `j` takes (2 for a surrogate pair), not reading before `from`. */
function charsBefore(text: string, from: number, j: number): number {
  const lo = text.charCodeAt(j - 1);
  if (lo < 0xdc00 || lo > 0xdfff || j - 2 < from) return 1;
  const hi = text.charCodeAt(j - 2);
  return hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
}

/** The code point before `j`, as the expression read text[from, j): a pair cut at `from` is a lone surrogate. */
function codePointBefore(text: string, from: number, j: number): number {
  return charsBefore(text, from, j) === 2 ? text.codePointAt(j - 2)! : text.charCodeAt(j - 1);
}

/** The gap to the next word and that word: letters and digits, with apostrophes and hyphens. */
const GAP_AND_WORD = rx.u`^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]+)`;

function wordAfter(text: string, at: number): { word: string; gap: string } {
  const m = GAP_AND_WORD.exec(text.slice(at, at + 40));
  return m ? { word: m[2]!, gap: m[1]! } : { word: "", gap: "" };
}

/** The longest line read for a quotation that heads it (headsLineWithColon, quotedSubhead). */
const LINE_QUOTE_MAX_CHARS = 200;
/** `‘Utterly absurd’: Minister rebuffs …`: a quotation, a colon and a capitalised word. */
const HEADLINE_QUOTE = rx.u`^: \p{Lu}`;

/**
 * What follows a quotation of one piece that opens a short line (nothing before its mark, the line
 * at most LINE_QUOTE_MAX_CHARS long): the text from its closing mark to the line's end, or
 * undefined when the quotation does not head the line so.
 */
function afterLineQuote(text: string, q: Quotation, line: { start: number; end: number }): string | undefined {
  const first = q.pieces[0]!;
  if (q.pieces.length > 1 || line.end - line.start > LINE_QUOTE_MAX_CHARS) return undefined;
  if (text.slice(line.start, first.open).trim() !== "") return undefined;
  return text.slice(first.after, line.end);
}

/**
 * Whether a quotation opens a short first line and a colon follows it (`‘Utterly absurd’: Minister
 * rebuffs offer`, `'Fight back': Hundreds rally at plant`): a headline in sentence case or title case
 * that gives the words of the one it goes on to name or describe, however short they are.
 */
export function headsLineWithColon(text: string, q: Quotation, line: { start: number; end: number }): boolean {
  const rest = afterLineQuote(text, q, line);
  return rest !== undefined && HEADLINE_QUOTE.test(rest);
}

/** After a quoted subhead's closing mark: nothing, or a colon and a name of up to four capitalised words (`: Sloly`). */
const SUBHEAD_CREDIT = rx.u`^(?::\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$`;

/**
 * Whether a quotation in single marks is its whole paragraph below the headline, or that and a
 * colon and a name (`'We're ready'`, `'No easy answer': Roe`): a quoted subhead, words the section
 * below quotes someone as saying, which readers and annotators count as a quotation however few
 * its words or however set in capitals (`'WE'VE GOT NOTHING LEFT'`). The caller gives the paragraph.
 */
export function quotedSubhead(text: string, q: Quotation, p: { start: number; end: number }): boolean {
  if (!q.single) return false;
  const rest = afterLineQuote(text, q, p);
  return rest !== undefined && SUBHEAD_CREDIT.test(rest.trim());
}

/** A full stop, question or exclamation mark and the spaces or line break after it, right before a mark. */
const PAST_STOP = /[.?!]\s+$/;
/** How far back PAST_STOP looks: the stop and a few spaces. */
const PAST_STOP_CHARS = 6;

/**
 * `reported`: the sentence around the quotation reports speech (a verb of saying outside
 * the marks), which makes even a word or two someone's words. `lineStart`: where the
 * quotation's paragraph starts, so that a quoted sentence standing on its own is seen.
 * `sentenceStart`: where the quotation's sentence starts (sentenceEnds, which knows `Dr.`).
 */
export function quoteKind(
  text: string,
  q: Quotation,
  headline: boolean,
  reported: boolean,
  lineStart: number,
  sentenceStart: number,
): QuoteKind {
  const first = q.pieces[0]!;
  const last = q.pieces[q.pieces.length - 1]!;
  const inner = q.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
  const wordCount = countWords(inner);
  const endsLikeSpeech = /[,?!…—–-]$/.test(inner);
  const sentences = /[.?!]\s+\S/.test(inner);
  // `… after winning the title.` ending one sentence and `“To reach …,” he said` opening the
  // next: a word past a full stop governs nothing in the quotation's sentence.
  const before = PAST_STOP.test(text.slice(Math.max(0, first.open - PAST_STOP_CHARS), first.open)) ? "" : wordBefore(text, first.open);
  const after = wordAfter(text, last.after);
  const glued = after.gap.trim() === "" && after.word !== "";
  // `''Opening Belle,'' which will be…`, `“confidential,” the lowest level`: a comma inside the
  // marks, then the sentence goes on in lower case with no attribution: a name or a term, not speech.
  const next = after.word.toLowerCase();
  // `” said`, `” she`: the word after the closing mark starts an attribution.
  const saysNext = SPEECH_VERBS.has(next) || PRONOUNS_AFTER_QUOTE.has(next) || phrasalSpeechAfter(text, last.after);
  const runsOn =
    /,$/.test(inner) &&
    /^,?\s+$/.test(after.gap) &&
    isLowerCase(after.word) &&
    !saysNext &&
    !(reported && DESCRIPTION_OPENERS.has(next)) &&
    !attributedJustAfter(text, last.after) &&
    !answeredAfter(text, last.after);

  if (/^\(.*\)\.?$/s.test(inner)) return "term";
  if (wordCount <= NICKNAME_MAX_WORDS && q.pieces.length === 1 && nicknameInName(text, first.open, last.after, inner)) return "nickname";
  // A quoted sentence standing on its own (`“Never.”`) is speech, however short.
  if (/[.?!]$/.test(inner) && opensSentence(text, lineStart, first.open)) return "speech";
  // So is one a verb of saying introduces with a comma or colon (`said, ''No.''`, `said: “Probably.”`).
  if (/[.?!]$/.test(inner) && SPEECH_VERBS.has(before) && /[,:]\s*$/.test(text.slice(Math.max(0, first.open - 3), first.open)))
    return "speech";
  if (outcry(text, first.open, before) || inscription(text, first.open, before)) return "speech";
  // One word inside the writer's sentence is the writer's borrowing (borrowedWord); a cry, or a
  // word its comma hands to the attribution after it (handedBack), is someone's.
  if (
    oneBareWord(inner) &&
    q.pieces.length === 1 &&
    (headline || !handedBack(text, first.open, inner, last.after, after.gap, next)) &&
    borrowedWord(text, lineStart, first.open, inner, before)
  )
    return "scare-quotes";
  if (whatSomeoneCalled(text, first.open, before)) return "speech";
  if (judgedFor(text, first.open, before)) return "speech";
  if (NAMING_WORDS.has(before) || namedAs(text, first.open, before) || namedByNoun(text, first.open, before, inner))
    return titleCased(inner) ? "title" : "term";
  if (isCredited(text, inner, last.after) || isCitation(text, inner, first.open, last.after) || describedAsWork(text, inner, last.after))
    return "title";
  // `Jane Doe's column, “Why the north matters,” is…`: a work's title set off by commas, its sentence going on.
  if (
    TITLED_WORKS.has(before) &&
    runsOn &&
    wordCount <= TITLE_MAX_WORDS &&
    /,\s*$/.test(text.slice(Math.max(0, first.open - 2), first.open))
  )
    return "title";
  // `Ann Lee's comeback drama “The Quiet Harbour,” Tom Baker's…`: a capitalised quotation right after the
  // noun of a work or genre is that work's title, whatever comma ends it. Not after a colon, which gives
  // the work's words (`WSJ editorial: ‘Deport Them All.’`).
  const colonBefore = /:\s*$/.test(text.slice(Math.max(0, first.open - 3), first.open));
  if (WORK_NOUNS.has(before) && !colonBefore && titledCase(inner) && wordCount <= TITLE_MAX_WORDS && !sentences) return "title";
  // `the march, called “Walk for the lake,” will start`: a participle of naming in a clause set off from
  // its noun names the thing; the sentence runs on with no one saying it.
  if (namedByParticiple(text, first.open, before) && runsOn && !speechVerbAhead(text, last.after)) return "term";
  // `the draft bill, marked “confidential.”`: a label stamped on a thing, even where the sentence ends with it.
  if (LABELLING_PARTICIPLES.has(before) && namedByParticiple(text, first.open, before) && wordCount <= MODIFIER_MAX_WORDS && !sentences)
    return "term";
  if (wordCount === 1 && FUNCTION_WORDS.has(inner.toLowerCase().replace(rx.gu`[^\p{L}]`, ""))) return "scare-quotes";
  // Titles keep their capitals; American style puts a comma inside the marks, so a
  // trailing comma only means speech when nothing before names a title.
  const possessed = APOSTROPHE_S.test(before);
  if (headline && possessed && titledCase(inner)) return "title";
  if (!headline && titledCase(inner) && mainTitleWords(inner, wordCount) <= TITLE_MAX_WORDS && !sentences) {
    if (!endsLikeSpeech || TERM_LEADS.has(before) || possessed || runsOn)
      return wordCount <= NICKNAME_MAX_WORDS && rx.u`^\p{Lu}\p{Ll}+$`.test(inner) && startsUpper(after.word) ? "nickname" : "title";
    // `to lead “Something Borrowed!” also set for the main stage`, in a sentence about the season's
    // musicals: capitalised words where the sentence names a kind of work are a work's title, even
    // with the comma, `!` or `?` speech ends with, when no verb of saying (before or after the marks)
    // or colon gives them to anyone.
    if (
      !SPEECH_VERBS.has(before) &&
      !saysNext &&
      !speechVerbAhead(text, last.after) &&
      !colonBefore &&
      workKindInSentence(text, sentenceStart, first.open, last.after)
    )
      return "title";
  }
  // `Baker called the fare a “non-starter”`, `Roe said the town faces a “long winter.”`: the few words
  // the rules below take for the writer's term are the speaker's when a reported clause gives them.
  // Read only when one of them would decide, and once.
  const given = new GivenOnce(text, headline, sentenceStart, first.open, last.after);
  // `in her “captain's orders,” a memo she drew up`: a word or three after an article or
  // possessive is a noun phrase the writer borrows, when its sentence goes on with no attribution.
  const attributionNext = startsUpper(after.word) || saysNext;
  if (
    ARTICLES_AND_POSSESSIVES.has(before) &&
    wordCount <= RUN_ON_TERM_MAX_WORDS &&
    !sentences &&
    q.pieces.length === 1 &&
    !attributionNext &&
    !given.read()
  )
    return "scare-quotes";
  // `a new “slow and steady plan”`, `seized 214 “ghost boats.”`, `two “duty clerks” are`: words
  // counted, or announced as new, are the head of the writer's noun phrase, a thing's name, when no
  // attribution follows them (the quotation's sentence may go on to say who named it).
  if (
    countsOrIntroduces(before) &&
    wordCount <= MODIFIER_MAX_WORDS &&
    !sentences &&
    q.pieces.length === 1 &&
    !saysNext &&
    !attributedJustAfter(text, last.after)
  )
    return "term";
  // `asked about her proposed “renewal fund for families,” brushed it aside`: a determiner (and a participle
  // after it) make the quotation a noun phrase the sentence runs on from, with no verb of saying ahead.
  if (
    (ARTICLES_AND_POSSESSIVES.has(before) || determinedParticiple(text, first.open, before)) &&
    runsOn &&
    wordCount <= DETERMINED_MAX_WORDS &&
    !sentences &&
    q.pieces.length === 1 &&
    !speechVerbAhead(text, last.after)
  )
    return "term";
  // `graded “amber,” the middle level of…`: a determiner after the comma opens an
  // appositive that says what the term means, when no verb of saying follows in the sentence.
  // After an article or possessive too (`announced a “new deal for the city,” a package of…`):
  // a noun phrase the appositive explains, however long a name it is.
  if (
    (reported || ARTICLES_AND_POSSESSIVES.has(before)) &&
    /,$/.test(inner) &&
    /^,?\s+$/.test(after.gap) &&
    DESCRIPTION_OPENERS.has(next) &&
    wordCount <= (ARTICLES_AND_POSSESSIVES.has(before) ? DETERMINED_MAX_WORDS : RUN_ON_TERM_MAX_WORDS) &&
    !sentences &&
    q.pieces.length === 1 &&
    !speechVerbAhead(text, last.after)
  )
    return "term";
  if ((endsLikeSpeech && !(runsOn && wordCount <= RUN_ON_TERM_MAX_WORDS)) || sentences || q.pieces.length > 1) return "speech";
  // A word or two used as a modifier (“quack” cures) or after a determiner (the “reset”).
  const modifier = glued && isLowerCase(after.word) && !FUNCTION_WORDS.has(after.word.toLowerCase());
  // A reported clause gives the words so glued (`Roe said crews face “very challenging” conditions`);
  // not before a noun of a rule, notice, sign or side, which they name (`the “stop work” order`:
  // namedByModifier), though a one-word judgement of it is the speaker's (`the “draconian” bylaw`).
  if (modifier && wordCount <= MODIFIER_MAX_WORDS && (namedByModifier(inner, next) || mentioned(before, next) || !given.read()))
    return "scare-quotes";
  // Not after a naming word or a work's noun (`the campaign “…”`, `dubbed “…”`): a name, whoever says it.
  if (
    TERM_LEADS.has(before) &&
    wordCount <= DETERMINED_MAX_WORDS &&
    !(before === "that" && (opensClause(inner) || (/[.!?]$/.test(inner) && sayingBeforeThat(text, first.open)))) &&
    !(DETERMINERS_AND_PREPOSITIONS.has(before) && given.read())
  )
    return "scare-quotes";
  // A word or three a relative clause runs on from, in a sentence that reports no speech (`guns
  // deemed “assault-style,” which the law bans`), names a thing, whatever verb of naming leads to it.
  if (runsOn && wordCount <= RUN_ON_TERM_MAX_WORDS && !reported && RELATIVE_PRONOUNS.has(next)) return "term";
  // A word or two is someone's only when a verb of saying or naming (or its object) leads to it.
  if (wordCount <= UNREPORTED_MAX_WORDS && !reported && !SPEECH_VERBS.has(before) && !OBJECT_LEADS.has(before) && !given.read())
    return "scare-quotes";
  return "speech";
}

/** Whether a quotation is one word and no cry (`“crazy,”`, not `“Yes!”`): one a writer may borrow. */
export function oneBareWord(inner: string): boolean {
  return countWords(inner) === 1 && !/[!?]\s*$/.test(inner);
}

/**
 * Whether a one-word quotation sits inside the writer's own sentence (`called the plan “crazy,”`,
 * `says he is “dismayed” by it`, `admits ‘mistakes’`, `the U.S. “pivot”`): the writer borrows the
 * word, whoever used it, and a reader takes no quotation from it. A word is a quotation of its own
 * when it opens its sentence with a capital (`Roe paused. “Never.”`), after a colon (`her answer:
 * “Maybe.”`) or a verb of saying and a comma (`replied, “No.”`; not a list's comma, `“proud” of
 * the team, “grateful” to voters`).
 */
function borrowedWord(text: string, lineStart: number, open: number, inner: string, before: string): boolean {
  if (opensSentence(text, lineStart, open) && startsUpper(inner)) return false;
  const lead = text.slice(Math.max(0, open - 3), open);
  return !/:\s*$/.test(lead) && !(/,\s*$/.test(lead) && SPEECH_VERBS.has(before));
}

/**
 * `OAKVALE — “Enough,” Mayor Jane Roe said`, `• “Overdue,” said Tom Baker`, `…; “No,” he said`,
 * `(“Never,” Holm said later.)`: a word whose comma hands it to the attribution right after it is
 * that speaker's, whatever mark stands before it (a dateline's dash, a bullet, a semicolon). Not a
 * participle's clause (`called that “nonsense,” adding`) nor `according to`, which go on with the
 * writer's sentence; not in a headline (`Cuts ‘shameful’, says union`), whose words are the desk's.
 */
function handedBack(text: string, open: number, inner: string, after: number, gap: string, next: string): boolean {
  if (!/,$/.test(inner) && !/^,/.test(gap)) return false;
  // Only a word that opens its clause: after a word of the writer's (`the bill was “heartbreaking,”
  // she said`) or a comma, the attribution gives the sentence, whose word it stays.
  let i = open;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (i > 0 && OPENS_NO_CLAUSE.test(text[i - 1]!)) return false;
  if (PERSONAL_PRONOUNS.has(next)) return true;
  // `“Relieved,” said mill manager Ivo Lind`; not a headline's bare noun (`‘Shameful,’ says union`).
  if (SPEECH_VERBS.has(next) && !next.endsWith("ing")) return SPEAKER_AFTER_VERB.test(text.slice(after, after + 60));
  return attributedJustAfter(text, after);
}

/**
 * After the closing mark, a verb and a speaker: an article or a pronoun (`” said the mayor`), or a
 * capital within its first four words (`” said mill manager Ivo Lind`), on the same line.
 */
const SPEAKER_AFTER_VERB = rx.u`^,?[ \t]+\p{Ll}+[ \t]+(?:(?:the|a|an|his|her|their|its|he|she|they)[ \t]|(?:[\p{Ll}'’-]+[ \t]+){0,3}\p{Lu})`;

/** What ends a word of the writer's, or a comma: a quoted word after it is inside a clause. */
const OPENS_NO_CLAUSE = rx.u`[\p{L}\p{N},]`;

/**
 * Whether a reported clause gives a quotation's words to the speaker (givenToSpeaker; never in a
 * headline), read on first asking and kept. An object rather than a closure in quoteKind: keepNames
 * wraps a named closure each time the function that makes it runs (README.md, "Closures in hot code").
 */
class GivenOnce {
  private answer: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly headline: boolean,
    private readonly sentenceStart: number,
    private readonly open: number,
    private readonly after: number,
  ) {}

  read(): boolean {
    this.answer ??=
      !this.headline && givenToSpeaker(this.text, this.sentenceStart, this.open, this.after, restWithin(this.text, this.after));
    return this.answer;
  }
}

/** A capitalised given name and one space, ending where a quotation's mark opens (nicknameInName). */
const GIVEN_NAME_BEFORE = rx.u`(?:^|[^\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+) $`;
/** One space, then a capitalised word: a surname right after a quotation's mark (nicknameInName). */
const SURNAME_AFTER = rx.u`^ \p{Lu}\p{Ll}`;
/** How many characters nicknameInName reads before the mark: a given name's length and more. */
const GIVEN_NAME_CHARS = 24;

/**
 * `Bret “the Hitman” Hart`, `Ivo 'Hammer' Brand`: a word or two set between a given name and a
 * capitalised word, one space on either side and no stop or comma inside, are the person's
 * nickname, not words anyone is quoted as saying, whatever verb the sentence has. Reads
 * GIVEN_NAME_CHARS before the mark and a few after.
 */
function nicknameInName(text: string, open: number, after: number, inner: string): boolean {
  if (/[.,;:?!…—–-]$/.test(inner) || !SURNAME_AFTER.test(text.slice(after, after + 4))) return false;
  const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, open - GIVEN_NAME_CHARS), open))?.[1];
  if (given === undefined || !isGivenName(given.toLowerCase())) return false;
  // Not `told her son Bret “go home” Tuesday`, `said to Bret “…”`: a verb of saying or addressing
  // whose object is the name says the words to that person.
  return !saidOrAddressedBefore(text, open - given.length - 1);
}

/** How far before a quotation's mark its sentence is read back for a kind of work: a bound on a long sentence. */
const WORK_KIND_BEFORE_CHARS = 160;

/** One-word names of a side or a sign (`the “yes” side`, `a “stop” sign`), which name it whoever reports them. */
const ONE_WORD_NAMES = new Set(["yes", "no", "stop"]);
/** A quotation's words, as namedByModifier counts them. */
const MODIFIER_WORD = rx.gu`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

/**
 * Whether quoted words before a noun of a rule, notice, sign or side (NAMED_BY_MODIFIER) are its
 * name (`the “stop work” order`, `a “zero tolerance” policy`, `the “yes” side`, `the “Clean
 * Water” act`), not the speaker's judgement of it: one lower-case word (`the “draconian” bylaw`)
 * or an -ly adverb and a word (`a “completely broken” policy`) judges, unless it is a side's or
 * sign's one-word name.
 */
export function namedByModifier(inner: string, next: string): boolean {
  if (!NAMED_BY_MODIFIER.has(next)) return false;
  const words = inner.match(MODIFIER_WORD) ?? [];
  const first = words[0] ?? "";
  if (words.length === 1) return startsUpper(first) || ONE_WORD_NAMES.has(first.toLowerCase());
  return !(words.length === 2 && isLyAdverb(first.toLowerCase()));
}

/**
 * Whether the quotation's sentence names a kind of work (`play`, `musicals`, `comedy`, `production`)
 * outside the marks: read back to the sentence's start (`sentenceStart`, which an abbreviation such as
 * `Dr.` does not move) or WORK_KIND_BEFORE_CHARS, and on to its end (sentenceWindow). A sentence about
 * a stage season or a film names its works by title. A word in `-s` after a subject pronoun or a
 * relative (`who plays hockey`) is a verb, not the plural of a work.
 */
function workKindInSentence(text: string, sentenceStart: number, open: number, after: number): boolean {
  const since = text.slice(Math.max(sentenceStart, open - WORK_KIND_BEFORE_CHARS), open);
  // The line's end ends it too: a page's next line is not its sentence.
  const rest = sentenceRest(text, after).split("\n", 1)[0]!;
  const words = `${since} ${rest}`.split(rx.u`[^\p{L}-]+`).map((w) => w.toLowerCase());
  return words.some((key, i) => {
    const prev = words[i - 1] ?? "";
    const verb = PERSONAL_PRONOUNS.has(prev) || RELATIVE_PRONOUNS.has(prev) || prev === "that";
    const singular = key.endsWith("s") && !verb ? key.slice(0, -1) : key;
    return WORK_KINDS.has(key) || WORK_KINDS.has(singular);
  });
}

/** Nouns of a work and its staging: WORK_NOUNS and `production`. */
const WORK_KINDS = new Set([...WORK_NOUNS, "production"]);

/** A year in figures (`2019`): a time, not a count. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether the word before a quotation counts it or announces it as new (`382`, `two`, `new`): the
 * quotation is then a noun the writer's phrase has for its head. Not a year (`in 2019 “…”`), a time.
 */
function countsOrIntroduces(before: string): boolean {
  if (before === "new" || COUNT_WORDS.has(before)) return true;
  return NUMERAL.test(before) && !YEAR.test(before);
}

/**
 * A quotation that opens with a clause's subject and its verb (`it does matter …`, `we will …`) is a
 * clause, so the `that` before it is the conjunction of reported speech, not a determiner of a term.
 */
const CLAUSE_OPENING =
  /^(?:(?:i|he|she|we|they)\s|(?:it|there)\s+(?:is|was|does|did|has|had|will|would|can|could|should|must|may|might)\b)/i;

/**
 * A subject named or determined and its auxiliary (`Ontario is back`, `the province will …`):
 * a clause too, where a term after `that` has no verb (`that “reset”`, `that “very bad deal”`).
 */
const NAMED_CLAUSE_OPENING = rx.u`^(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]heir)\s+[\p{L}’'-]+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\s+\p{L}`;

/**
 * Whether a verb of saying stands before the `that` before the mark at `open`, one that takes no
 * thing for its object (`warning that`, `calling that`; not `posted that “hilarious clip.”`,
 * `wrote that “infamous memo.”`, where `that` is a determiner).
 */
function sayingBeforeThat(text: string, open: number): boolean {
  const verb = wordBefore(text, thatAt(text, open));
  return SPEECH_VERBS.has(verb) && !THING_TAKING_VERBS.has(verb);
}

/** Verbs of saying that as often take a thing (a clip, a memo, a report) as their object. */
const THING_TAKING_VERBS = new Set([
  ...["post", "posts", "posted", "posting", "tweet", "tweets", "tweeted", "tweeting", "share", "shares", "shared", "sharing"],
  ...["write", "writes", "wrote", "writing", "release", "releases", "released", "releasing", "publish", "publishes", "published"],
  ...["read", "reads", "reading", "send", "sends", "sent", "issue", "issues", "issued", "file", "files", "filed", "air", "aired"],
]);

/** Where the `that` right before the mark at `open` starts (the caller knows it is there, at most a few spaces before). */
function thatAt(text: string, open: number): number {
  const from = Math.max(0, open - THAT_BEFORE_CHARS);
  return from + text.slice(from, open).toLowerCase().lastIndexOf("that");
}

/** Enough text before a quotation's mark to hold the `that` before it and a space or two. */
const THAT_BEFORE_CHARS = 8;

function opensClause(inner: string): boolean {
  return CLAUSE_OPENING.test(inner) || NAMED_CLAUSE_OPENING.test(inner);
}

/** How many words a role and a name may take between a quotation and its verb of saying (`manager Jane Roe said`). */
const ROLE_AND_NAME_MAX_WORDS = 5;

/**
 * Whether a name (a role may open it) and a verb of saying follow the quotation with no
 * punctuation between them (`“She’s the best,” manager Jane Roe said`, `“Never,” Holm said`): its
 * attribution, so the lower-case word after it opens no run-on sentence. Reads a bounded number
 * of words.
 */
export function attributedJustAfter(text: string, at: number): boolean {
  const rest = /^,?\s+([^.,;:?!“”"()]*)/.exec(sentenceWindow(text, at))?.[1] ?? "";
  const words = rest.split(/\s+/).slice(0, ROLE_AND_NAME_MAX_WORDS + 1);
  const verb = words.findIndex((w, i) => i > 0 && SPEECH_VERBS.has(w.toLowerCase()));
  return verb > 0 && words.slice(0, verb).some((w) => startsUpper(w));
}

/**
 * `” shot back Wynne`, `” fired back former premier Kathleen Wynne`: a verb that speaks only with
 * its particle (PHRASAL_SPEECH), read from the mark, and a capital within the speaker's first three
 * words; not `“Born to Run,” cut in the middle by …` nor `“grit,” sums up the team’s season`.
 */
const TWO_WORDS_AFTER = rx.u`^,?\s+(\p{Ll}+)\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}`;

/** `“No, that’s you,” fired back Wynne`: the verb and its particle after the mark attribute the words, inverted. */
function phrasalSpeechAfter(text: string, at: number): boolean {
  const m = TWO_WORDS_AFTER.exec(text.slice(at, at + TWO_WORDS_AFTER_CHARS));
  return !!m && PHRASAL_SPEECH.get(m[1]!) === m[2];
}

/** How many characters after a mark phrasalSpeechAfter reads: a verb, its particle and three words. */
const TWO_WORDS_AFTER_CHARS = 48;

/**
 * `“Not a chance,” came the reply`, `“Open the doors,” came shouts from the hall`: `came` and a noun of
 * answering or crying out after the quotation attribute it, inverted, to whoever answered or shouted,
 * so the lower-case word after it opens no run-on sentence. Reads the 40 characters after the mark.
 */
const ANSWER_CAME = rx.iu`^,?\s+came\s+(?:back\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:\p{L}+\s+)?(?:reply|replies|response|responses|answer|retort|shouts?|cries|cry|chants?|yells?|calls?)\b`;

function answeredAfter(text: string, at: number): boolean {
  return ANSWER_CAME.test(text.slice(at, at + 40));
}

/** How far past a quotation the rest of its sentence is read for a verb of saying. */
const SENTENCE_REST_MAX_CHARS = 200;

/**
 * Whether a verb of saying stands in the rest of the sentence after `at` (`“Never,” the
 * minister, who …, said`): read to the first full stop, question or exclamation mark, or
 * double quotation mark, at most SENTENCE_REST_MAX_CHARS characters.
 */
function speechVerbAhead(text: string, at: number): boolean {
  return sentenceRest(text, at)
    .split(rx.u`[^\p{L}'’-]+`)
    .some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

/** The rest of the sentence after `at` as sentenceRest reads it, or undefined when it runs past the window read. */
function restWithin(text: string, at: number): string | undefined {
  const rest = sentenceRest(text, at);
  return rest.length < SENTENCE_REST_MAX_CHARS ? rest : undefined;
}

/** The rest of the sentence after `at`, up to its next stop or quotation mark (read through sentenceWindow). */
function sentenceRest(text: string, at: number): string {
  return /^[^.?!“”"]*/.exec(sentenceWindow(text, at))![0];
}

/**
 * The SENTENCE_REST_MAX_CHARS characters after `at`, each abbreviation's full stop (`Ms.`, `Dr.`, `J.`)
 * before the sentence's own read as a space, so that the rest of the sentence runs past a title
 * (`“…,” a tearful Ms. Roe said`) to its verb of saying. Reads on only to the first full stop that
 * ends a sentence, where the callers stop.
 */
function sentenceWindow(text: string, at: number): string {
  let rest = text.slice(at, at + SENTENCE_REST_MAX_CHARS);
  for (let dot = rest.indexOf("."); dot >= 0; dot = rest.indexOf(".", dot + 1)) {
    if (!/\s/.test(rest[dot + 1] ?? "")) return rest;
    // As sentenceEnds reads it (`Oakvale, Ont. She` ends the sentence). Read in `text`: the stops
    // `rest` made spaces each had a space after them, where the letters read back stop anyway.
    if (!abbreviationStopAt(text, at, at + dot, at + dot + 1 + /^\s*/.exec(rest.slice(dot + 1))![0].length)) return rest;
    rest = `${rest.slice(0, dot)} ${rest.slice(dot + 1)}`;
  }
  return rest;
}

/**
 * Verbs of crying out, and their nouns before `of`: what is chanted, shouted or yelled is the words
 * themselves, never a thing's name, so a crowd's `chanting “Keep the Library Open,”` or `chants of
 * “Four more years”` are its words however short or capitalised; so are words mouthed without a
 * sound (`mouthing “thank you” toward the stands`). (`calls` only as a noun before `of`: the verb
 * names, `what he calls “a plan”`.)
 */
const OUTCRY_VERBS = new Set(["chant", "shout", "yell", "scream", "holler", "mouth"].flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}ing`]));
const OUTCRY_OF = /\b(?:chants?|shouts?|cries|cry|calls|yells|screams|chorus|cheers|jeers|roars?)\s+of\s*$/i;

/** Whether a verb of crying out, or its noun and `of`, leads to the mark at `open`; reads the 24 characters before it. */
export function outcry(text: string, open: number, before: string): boolean {
  if (OUTCRY_VERBS.has(before)) return true;
  return before === "of" && OUTCRY_OF.test(text.slice(Math.max(0, open - 24), open));
}

/** Verbs that give the words written on a thing: `a sign that read`, `a hat reading`, `a banner saying`. */
const INSCRIPTION_VERBS = new Set(["read", "reads", "reading", "says", "said", "saying"]);
/**
 * A thing that bears words (a sign, a banner, a shirt, a message), then up to three words, then such a verb
 * (`sign that read`, `hat reading,`, `message on Twitter reading`, `sign — which read`).
 */
const INSCRIBED = rx.iu`\b(?:signs?|banners?|placards?|(?:t-)?shirts?|hats?|caps?|posters?|billboards?|stickers?|buttons?|messages?)(?:\s*[—–-]\s*|\s+)(?:[\p{L}’'-]+\s+){0,3}?(?:read|reads|reading|says|said|saying),?\s*$`;

/**
 * Whether the quotation gives the words written on a sign, a shirt or a message (`a sign that read
 * “Hands Off Our Parks”`): the writing of whoever carried or sent it, however short or capitalised,
 * and not a title. Reads the 60 characters before the mark.
 */
export function inscription(text: string, open: number, before: string = wordBefore(text, open)): boolean {
  if (!INSCRIPTION_VERBS.has(before)) return false;
  const back = text.slice(Math.max(0, open - 60), open);
  return INSCRIBED_NOUN.test(back) && INSCRIBED.test(back);
}

/** Quotations listed before a mark (`“Cuts kill,” “Save the mill,” and `), with their commas and `and`. */
const LISTED_QUOTES = /(?:[“"][^“”"]{0,120}[”"][\s,;]*(?:(?:and|or)\s+)?)+$/u;

/**
 * Whether the quotation at `open` is words written on a sign or shirt or cried out by a crowd
 * (`held up signs that read: “…”`, `chanting “…”`, `chants of “…”`), itself or as a later item
 * of such a list (`signs that read: “Cuts kill,” “Save the mill,” and “…”`). Such words belong to
 * whoever the sentence makes carry or cry them; when it names no one (`People`, `the crowd`), they
 * are nobody's, never the last speaker's. Reads at most 200 characters back, from `from` on.
 */
export function writtenOrCried(text: string, open: number, from: number): boolean {
  const start = Math.max(from, open - 200);
  // LISTED_QUOTES is tried at every character of the 200; only a text ending in a closing mark can match it.
  let at = mayEndListedQuote(text, start, open) ? start + text.slice(start, open).replace(LISTED_QUOTES, "").length : open;
  // Back past spaces and colons, read from the end rather than by an expression tried at every character.
  while (at > start && SPACE_OR_COLON.test(text[at - 1]!)) at--;
  const before = wordBefore(text, at);
  if (!INSCRIPTION_VERBS.has(before)) return outcry(text, at, before);
  const near = text.slice(Math.max(0, at - 60), at);
  return INSCRIBED.test(near) || THING_THAT_READ.test(near);
}

const SPACE_OR_COLON = /[\s:]/u;
const SPACE_COMMA_OR_SEMICOLON = /[\s,;]/u;

/**
 * Whether text[start, end) ends as LISTED_QUOTES needs it to: a closing mark, then perhaps spaces,
 * commas or semicolons, and `and` or `or` with spaces after it. A necessary condition only, read from the end.
 */
function mayEndListedQuote(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && SPACE_COMMA_OR_SEMICOLON.test(text[e - 1]!)) e--;
  if (e - 3 >= start && text.endsWith("and", e)) e -= 3;
  else if (e - 2 >= start && text.endsWith("or", e)) e -= 2;
  while (e > start && SPACE_COMMA_OR_SEMICOLON.test(text[e - 1]!)) e--;
  return e > start && (text[e - 1] === "”" || text[e - 1] === '"');
}

/** `T-shirts appeared outside that said`, `a voice that said`: `that` or `which`, not `who`, says a thing bears the words. */
const THING_THAT_READ = /\b(?:that|which)\s+(?:read|reads|says|said),?\s*$/iu;

/**
 * The nouns INSCRIBED needs, alone and with its flags: what it matches holds one of them. Most
 * text before `said “` holds none, and this fails several times faster than INSCRIBED does,
 * which is tried at every word of the 60 characters.
 */
const INSCRIBED_NOUN = /sign|banner|placard|shirt|hat|cap|poster|billboard|sticker|button|message/iu;

/** Verbs of naming after `what` and their subject: `what critics called`, `what the mayor describes as`. */
const WHAT_SOMEONE_CALLED = new RegExp(
  `\\bwhat\\s+((?:[\\p{L}.'’-]+\\s+){1,3}?)(?:${CALLING_VERBS.join("|")}|(?:${DESCRIBE_FORMS.join("|")})\\s+as)\\s*$`,
  "iu",
);
/** A subject that is no one: `what is called`, `what came to be called`, `what might be termed`. */
const NO_ONE_NAMING = /\s(?:is|was|are|were|be|been|being|became|become|came|some)\s/i;

/**
 * `what Jane Doe called “a perception problem”`, `what it calls “real solutions”`: a free relative
 * with a subject and a verb of naming hands the quoted words to that subject, however few of them:
 * the writer reports the speaker's own term, not a name the thing goes by. So does a relative clause
 * after a noun (`an act she called “liberation”`: OBJECT_RELATIVE_CALLED) in a line of prose. Reads
 * 60 characters back.
 */
function whatSomeoneCalled(text: string, open: number, before: string): boolean {
  if (!/^(?:call|term|dub|label|as)/.test(before)) return false;
  const back = text.slice(Math.max(0, open - 60), open);
  const m = WHAT_SOMEONE_CALLED.exec(back);
  if (m !== null) return !NO_ONE_NAMING.test(` ${m[1]!}`);
  const relative = OBJECT_RELATIVE_CALLED.exec(back);
  // A plural head too (`a series of moves she called “…”`).
  if (relative === null || !(JUDGED_ACTS.has(relative[1]!) || JUDGED_ACTS.has(relative[1]!.replace(/s$/, "")))) return false;
  return (
    isLowerCase(text.slice(open + 1, open + 3)) &&
    knownHolder(text, open - back.length + relative.index, relative[2]) &&
    proseLine(text, open) &&
    !attributedAfter(text, open, relative[2]!.toLowerCase())
  );
}

/**
 * Heads whose relative clause's quoted words judge them (`an act she called “liberation”`, `a
 * charge the firm called “absurd”`): things done, proposed or claimed. Not a pet, a place, a person
 * or a thing owned (`a dog she called “lucky”`, `a district the locals called “the flats”`, `the
 * woman they called “…”`), whose quoted words are its name; nor a verb (`said she called “nobody”`).
 */
const JUDGED_ACTS = new Set([
  "move",
  "act",
  "action",
  "step",
  "decision",
  "choice",
  "plan",
  "proposal",
  "policy",
  "deal",
  "bill",
  "law",
  "charge",
  "claim",
  "allegation",
  "accusation",
  "remark",
  "comment",
  "statement",
  "idea",
  "change",
  "cut",
  "increase",
  "hike",
  "tax",
  "levy",
  "fee",
  "ruling",
  "verdict",
  "attack",
  "raid",
  "approach",
  "response",
  "offer",
  "agreement",
  "budget",
  "strategy",
  "scheme",
  "measure",
  "mistake",
  "error",
  "vote",
  "ban",
  "reform",
  "report",
  "review",
  "situation",
  "process",
]);

/** How far back a `the` + noun subject is looked for as a holder the text has named before. */
const KNOWN_HOLDER_CHARS = 2000;

/**
 * Whether a relative clause's subject stands for someone the text knows: a pronoun (resolved as
 * usual), `the` and a body's noun (`a charge the company called`: the resolver finds the body or
 * no one), or `the` and another noun the text used before (`Brede is the mayor …, a move the mayor
 * called “…”`). Another noun met for the first time (`the mayor`, `the papers`, `the locals`) stands
 * for no one named: the attribution would fall back to the sentence's subject, a wrong name.
 */
function knownHolder(text: string, clauseAt: number, subject: string | undefined): boolean {
  const noun = rx.u`^the\s+(\p{Ll}+)$`.exec(subject ?? "")?.[1];
  // A body's noun (`the company`, `the union`) resolves to a body named before, or to no one.
  if (noun === undefined || ORGANISATION_NOUNS.has(noun) || ORG_WORDS.has(noun)) return true;
  const seen = text.slice(Math.max(0, clauseAt - KNOWN_HOLDER_CHARS), clauseAt);
  return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(noun)}(?![\p{L}])`, "iu").test(seen);
}

/** How far past the closing mark a trailing attribution is looked for. */
const TRAILING_ATTRIBUTION_CHARS = 80;

/**
 * Whether a comma after the quoted words opens a verb of saying before the sentence ends (`a plan
 * she called “fair”, Brede said`): that attribution would take the relative clause's words from
 * its own subject (`holder`, lower case), so the clause gives none.
 */
function attributedAfter(text: string, open: number, holder: string): boolean {
  const ahead = text.slice(open, open + TRAILING_ATTRIBUTION_CHARS);
  const close = ahead.search(/[”"’]/);
  if (close < 0) return false;
  const rest = /^[^.?!\n]*/.exec(ahead.slice(close + 1))![0];
  const comma = rest.indexOf(",");
  if (comma < 0) return false;
  const words = (rest.slice(comma + 1).match(rx.gu`\p{L}+`) ?? []).map((w) => w.toLowerCase());
  // `…”, although Brede said it was not`, `…”, before the council voted to say no`: a clause of its own,
  // no attribution. Not `and` or `or` (`a plan she called “fair”, and Brede said so too`): the words
  // would go to the coordinated clause's speaker, so the relative clause gives none, as before; unless
  // that clause's subject is the relative clause's own pronoun (`a move he called “…”, and he said so`).
  if (CLAUSE_OF_ITS_OWN.has(words[0] ?? "")) return false;
  if (COORDINATORS.has(words[0] ?? "") && SPEAKING_PRONOUNS.has(holder) && words[1] === holder) return false;
  return words.some((w) => SPEECH_VERBS.has(w));
}

/** Words opening a clause of its own after a comma, whose verb of saying reports something else. */
const CLAUSE_OF_ITS_OWN = new Set(
  [...COORDINATORS, ...SUBORDINATORS, ...RELATIVE_PRONOUNS].filter((w) => w !== "and" && w !== "or" && w !== "nor"),
);

/** How far ahead a line is read for the stop that ends a sentence of prose. */
const PROSE_LINE_MAX_CHARS = 400;

/**
 * Whether the line from `at` ends with a sentence's stop, as prose does, or runs on past
 * PROSE_LINE_MAX_CHARS: a headline, a subhead or a link's title (`Levy a plan they called
 * ‘reckless’`) works quoted words into no one's sentence.
 */
function proseLine(text: string, at: number): boolean {
  const ahead = text.slice(at, at + PROSE_LINE_MAX_CHARS);
  const end = ahead.indexOf("\n");
  // A line running past the window is longer than any headline.
  if (end < 0 && ahead.length === PROSE_LINE_MAX_CHARS) return true;
  return /[.?!]["”’')]?\s*$/.test(end < 0 ? ahead : ahead.slice(0, end));
}

/**
 * Nouns that mention the quoted words before them (`the “Corvale first” phrase`, `the “Pellworth
 * strong” slogan`): words discussed as words, whoever the clause says used them. Not `terms`,
 * `label`, `names` or `words`, which as often name conditions, a jar's label or a list's entries
 * that the quoted words judge (`accepted the “generous” terms`, `a “misleading” label`): those
 * mention quoted words only with the words after them (`the label “…”`, MENTION_LEADS).
 */
const MENTIONING_NOUNS = new Set(
  [...MENTION_LEADS].filter((w) => !["like", "as", "including", "word", "words", "term", "terms", "label", "labels", "names"].includes(w)),
);

/**
 * Nouns that mention the quoted words between them and `the` (`the “cash grab” label`, `the “rogue
 * state” term`, `the “…” words`): the definite article picks out the words as the known label.
 * After `a` or none (`carried a “misleading” label`, `used “fake” labels`) they judge a thing; `terms`
 * and `names` are conditions and a list's entries even after `the` (`accepted the “generous” terms`).
 */
const MENTIONED_AFTER_THE = new Set(["label", "labels", "term", "word", "words"]);

/** Whether the noun `next` after the quoted words, with `before` before them, mentions them as words. */
function mentioned(before: string, next: string): boolean {
  return MENTIONING_NOUNS.has(next) || (before === "the" && MENTIONED_AFTER_THE.has(next));
}

/**
 * A lower-case noun (group 1), then a relative clause's subject (group 2: a personal pronoun, or
 * `the` and one lower-case noun) and a verb of naming: `an act she called “liberation”`, `a claim
 * the firm described as “absurd”`. The clause's object is the noun before it, so the quoted words
 * are the subject's judgement of it, as after `what`. Case-sensitive: `the Council called` is a
 * name's piece, not a noun, and `whom` is excluded by JUDGED_ACTS, as a verb before the pronoun is.
 */
const OBJECT_RELATIVE_CALLED = new RegExp(
  `\\b(\\p{Ll}+)\\s+(he|she|they|we|I|the\\s+\\p{Ll}+)\\s+(?:${CALLING_VERBS.filter((v) => !v.endsWith("ing")).join("|")}|(?:${DESCRIBE_FORMS.filter((v) => !v.endsWith("ing")).join("|")})\\s+as)\\s*$`,
  "u",
);

/** A verb of praise or blame, its object (three words at most), then `for` and perhaps a possessive. */
const JUDGED_FOR = rx.iu`\b(?:thank(?:s|ed|ing)?|prais(?:es|ed|ing|e)|blam(?:es|ed|ing|e)|blast(?:s|ed|ing)?|criticiz(?:es|ed|ing|e)|criticis(?:es|ed|ing|e)|slam(?:s|med|ming)?|credit(?:s|ed|ing)?|lambast(?:s|ed|ing)?|chastis(?:es|ed|ing|e)|rebuk(?:es|ed|ing|e)|scold(?:s|ed|ing)?)\s+(?:[\p{L}'’.-]+\s+){1,3}?for\s+(?:(?:its|his|her|their)\s+)?$`;

/**
 * `thanked him for “stepping up”`, `blasted the airline for its “outrageous practices”`: the
 * grounds a speaker gives for praise or blame, in quotation marks, are that speaker's words.
 * Reads 80 characters back.
 */
function judgedFor(text: string, open: number, before: string): boolean {
  if (before !== "for" && !/^(?:its|his|her|their)$/.test(before)) return false;
  return JUDGED_FOR.test(text.slice(Math.max(0, open - 80), open));
}

/** `known as “…”`, `referred to as “…”`: what something is called, a name and not anyone's words. */
const NAMED_AS = /\b(?:known|referred to)\s+as\s*$/i;

/** Whether `known as` or `referred to as` leads to the mark at `open`; reads the 30 characters before it. */
function namedAs(text: string, open: number, before: string): boolean {
  return before === "as" && NAMED_AS.test(text.slice(Math.max(0, open - 30), open));
}

/**
 * Whether a naming noun (`title`, `hashtag`) leads to the mark at `open` without a colon between
 * them. Not a quotation after a comma opening in lower case (`Roe said about winning the title,
 * “you want to do it again.”`): that goes on a quotation the comma's clause broke off, and a
 * name set off by commas (`the title, “Running Home,”`) keeps its capital.
 */
function namedByNoun(text: string, open: number, before: string, inner: string): boolean {
  const gap = text.slice(Math.max(0, open - 3), open);
  if (/,\s*$/.test(gap) && isLowerCase(inner)) return false;
  return NAMING_NOUNS.has(before) && !/:\s*$/.test(gap);
}

/** Whether a participle of naming leads to the mark at `open` after a comma or a noun with its article (`the march, called`, `a rally called`). */
function namedByParticiple(text: string, open: number, before: string): boolean {
  if (!NAMING_PARTICIPLES.has(before)) return false;
  const lead = text.slice(Math.max(0, open - 40), open);
  return /,\s*\S+\s*$/.test(lead) || rx.u`\b(?:a|an|the)\s+\p{Ll}[\p{L}-]*\s+\S+\s*$`.test(lead);
}

/** A word that ends in a letter and `ed`: `proposed`, `so-called`. */
const PAST_PARTICIPLE = rx.u`\p{L}ed$`;

/** Whether the word before the mark is a participle after an article or possessive (`her proposed “…”`): an adjective there, even when it is also a verb of saying. */
function determinedParticiple(text: string, open: number, before: string): boolean {
  if (!PAST_PARTICIPLE.test(before)) return false;
  const m = rx.u`([\p{L}'’]+)\s+\S+\s*$`.exec(text.slice(Math.max(0, open - 40), open));
  // `her` too: before a participle it is a possessive, not the object it can be before a quotation.
  const word = (m?.[1] ?? "").toLowerCase();
  return ARTICLES_AND_POSSESSIVES.has(word) || word === "her";
}

/** A comma, then `by` and a capitalised name: `“…,” by Jane Doe`, `“…”, by the Star’s Jane Doe`. */
const CREDIT = rx.u`^,?\s+by\s+(?:the\s+)?\p{Lu}`;

/**
 * Whether the quotation is a work credited to its author, a headline or a book set off by a
 * comma and `by` and a name (`“Museum to close,” by Jane Doe:`): its title, not anyone's words.
 * Without the comma, `by` names an agent (`called “a hit job” by Democrats`).
 */
function isCredited(text: string, inner: string, after: number): boolean {
  const tail = text.slice(after, after + 20);
  return (inner.endsWith(",") || tail.startsWith(",")) && CREDIT.test(tail);
}

/**
 * A comma, then a determiner and the phrase up to its next stop: `“…,” a biography of`, `“…,” an HBO
 * series`, `“…,” the 2015 musical`, `“…,” Jane Roe’s romantic comedy`. A possessive name is a
 * determiner there too, a name of up to four words (`Tom Baker’s`): the appositive says whose work
 * the title names.
 */
const WORK_APPOSITIVE = rx.u`^,?\s+(?:an?|the|his|her|its|their|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+([^,.;:!?()]*)`;

/**
 * Whether the quotation is a work that the phrase set off after it says is one (`“River Town,” a
 * new biography of…`, `“…,” an HBO series`, `“…,” Jane Roe’s new comedy`): its title, not anyone's words. The work's noun comes
 * within the phrase's first three words. Not when a verb of saying follows it (`“…,” an editorial
 * in the Star said`): then the work speaks. Reads 60 characters after the mark.
 */
function describedAsWork(text: string, inner: string, after: number): boolean {
  const tail = text.slice(after, after + 60);
  if (!inner.endsWith(",") && !tail.startsWith(",")) return false;
  const m = WORK_APPOSITIVE.exec(tail);
  if (!m) return false;
  const ws = m[1]!.trim().split(/\s+/);
  const noun = ws.slice(0, 3).findIndex((w) => WORK_NOUNS.has(w.toLowerCase()));
  if (noun < 0) return false;
  // Lower-case words only: `written by` describes the work; `Post` in `the Washington Post` is a name.
  return !ws.some((w, i) => i > noun && SPEECH_VERBS.has(w) && ws[i + 1] !== "by");
}

/** After a headline in brackets: capitalised words and numbers in up to three comma-set groups (`, The Globe and Mail, Feb. 3)`). */
const CITED_SOURCE = rx.u`^,?\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+|of|the|and))*(?:,\s*(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+|of|the|and))*){0,2}\)`;
/** What marks those words as an outlet, a section or a date, not a speaker's name and title. */
const CITATION_MARKER =
  /\.com\b|\b(?:Times|Post|Star|Globe|News|Press|Sun|Journal|Herald|Gazette|Citizen|Chronicle|Tribune|Mail|Opinion|Editorial|Letters|Comment|Jan|Feb|Mar|Apr|May|June|July|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Whether the quotation cites an article by its headline: in brackets with the outlet or date
 * after it (`(“Ottawa falls short,” Opinion, Feb. 3)`), as letters to the editor do, or after
 * `Re:` (`Re: “Ottawa falls short”`). A headline named, not anyone's words.
 */
function isCitation(text: string, inner: string, open: number, after: number): boolean {
  const lead = text.slice(Math.max(0, open - 4), open);
  if (/\bRe:\s*$/i.test(lead)) return true;
  if (!lead.endsWith("(")) return false;
  const tail = text.slice(after, after + 80);
  const source = CITED_SOURCE.exec(tail);
  return (inner.endsWith(",") || tail.startsWith(",")) && !!source && CITATION_MARKER.test(source[0]);
}

/**
 * Whether a quotation in a headline is worked into the headline's own words: it does not open
 * the headline or a sentence of it, nor follow a dash, `to` (`Rally To ‘Reclaim Our Schools’`,
 * what they want done, in their words) or a speaker's colon (`Jane Doe: Smith ‘Not Fit To
 * Serve’`). The caller keeps the line short, so reading back to its start is bounded.
 */
export function isHeadlineFragment(text: string, q: Quotation, lineStart: number): boolean {
  const open = q.pieces[0]!.open;
  let i = open;
  while (i > lineStart && /\s/.test(text[i - 1]!)) i--;
  if (opensSentence(text, lineStart, open) || /[—–-]/.test(text[i - 1]!) || wordBefore(text, open) === "to") return false;
  return !text.slice(lineStart, open).includes(":");
}

/**
 * Whether a line has a verb of saying (`Says`, `premier tells nurses`): its quotations are someone's words.
 * Two look-alikes do not count. `go` says only as `she goes, “No”`, a comma and the quotation straight
 * after it, which a headline never prints (`Ready To Go ‘Country’`). An outlet's word after a capitalised
 * word is the outlet's name (`Washington Post Hires`, `National Post`), not `post` the verb.
 */
export function reportsSpeech(line: string): boolean {
  const ws = line.split(rx.u`[^\p{L}'’-]+`);
  return ws.some((w, i) => {
    const lower = w.toLowerCase();
    if (!SPEECH_VERBS.has(lower) || GO_FORMS.has(lower)) return false;
    return !(OUTLET_NAME_WORDS.has(lower) && startsUpper(w) && startsUpper(ws[i - 1] ?? ""));
  });
}

/**
 * Whether only spaces stand between `from` and `at`, or the end of a sentence and spaces.
 * Read backwards from `at`, so that it costs the spaces and marks before it, not the line.
 */
export function opensSentence(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  if (i === from) return true;
  if (i === at) return false;
  while (i > from && /["”'’]/.test(text[i - 1]!)) i--;
  return i > from && /[.?!]/.test(text[i - 1]!);
}

/**
 * The words of a title before its subtitle's colon (`The Menders: Tom Baker, Jane Roe and
 * the Millbrook Ferry Company`): a book's subtitle makes it long without making it a sentence anyone said.
 */
function mainTitleWords(inner: string, wordCount: number): number {
  const colon = inner.indexOf(":");
  if (colon < 0) return wordCount;
  return countWords(inner.slice(0, colon));
}

/**
 * The most words a quotation's length is compared with (TITLE_MAX_WORDS, the largest of the
 * limits quoteKind reads), plus one: past it, any count answers every comparison the same.
 */
const COUNTED_MAX_WORDS = TITLE_MAX_WORDS + 1;

/**
 * How many of the white-space-separated tokens of `s` hold a letter or a digit, up to
 * COUNTED_MAX_WORDS: one search, where splitting made a string of each token and asked an
 * expression of each; stopped at the limit, as a quotation of speech runs to dozens of words.
 */
function countWords(s: string): number {
  // `test` steps through the matches without making an array of their strings, as `match` did.
  // A match holds a letter, so never is empty; lastIndex is set before each count.
  TOKEN_WITH_LETTER_OR_DIGIT.lastIndex = 0;
  let n = 0;
  while (n < COUNTED_MAX_WORDS && TOKEN_WITH_LETTER_OR_DIGIT.test(s)) n++;
  return n;
}

/** A whole token (no white space around it is taken) with a letter or digit in it. */
const TOKEN_WITH_LETTER_OR_DIGIT = rx.gu`\S*[\p{L}\p{N}]\S*`;

function titledCase(inner: string): boolean {
  return titleCased(withoutTrailingStops(inner));
}

/**
 * `inner` without the run of , . ? ! that ends it. What `inner.replace(/[,.?!]+$/, "")` did, by
 * hand: the expression, anchored only at the end, was tried from every mark of a run, so a
 * quotation of thousands of ! took seconds (issue 14, shape punctuation-in-a-quote).
 */
export function withoutTrailingStops(inner: string): string {
  let end = inner.length;
  while (end > 0 && TRAILING_STOPS.has(inner[end - 1]!)) end--;
  return inner.slice(0, end);
}

const TRAILING_STOPS = new Set([",", ".", "?", "!"]);
