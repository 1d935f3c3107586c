// A headline's few quoted words the sentence rules left as scare quotes (`Tallwood premier
// ‘deeply disappointed’ after meeting`) are speech when the body quotes one named speaker saying
// them, or the headline credits them (`Dam ‘never once’ at risk, engineer says`): lendHeadlineWords,
// which re-classifies such quotations. Read after heading-speakers' readings, whose helpers it shares.
import { type Analysis, type QuoteInfo, wordIndexAt } from "./analysis";
import { isEvidentlyPerson } from "./antecedents";
import { isNamedNonPlaceBody } from "./bodies";
import { namedByModifier, oneBareWord, reportsSpeech } from "./classify";
import { wordsOf } from "./echo-index";
import { isHeadlineLine, isTeaserLine, LIST_BULLET } from "./furniture";
import { ECHO_PARAGRAPHS, LINE_WORD, menuLines, quotedText, saidByGroup, subjectTitle, titleOf } from "./heading-speakers";
import { NAMING_NOUNS, ORG_WORDS, PEOPLE_BY_ROLE, TITLED_WORKS } from "./lexicon";
import { isSpeakerNoun } from "./mention-words";
import { isPlace } from "./names";
import type { Resolver } from "./resolve";
import { rx } from "./unicode-regexps";

/** The most words of a headline or deck whose quoted words are read as its speaker's (lendHeadlineWords): a lead is longer. */
const HEADLINE_WORDS_MAX = 30;

/**
 * `Tallwood premier ‘deeply disappointed’ after meeting`, `Millbrook’s ‘alarming new’ deficit
 * grows`, `Closing ‘too abrupt,’ editor says`: a headline or its deck quotes a few words of the story's
 * speaker with no verb of saying, where the sentence rules read the marks as scare quotes. When
 * the body quotes the one named speaker saying those words (`“I am disappointed …,” Baker said`)
 * and quotes them nowhere as a phrase alone, no one's (`the so-called “hybrid” option`), they are
 * that speaker's, picked out for the headline. A headline's term (`‘grandparent scam’ cases`)
 * that no speaker's quotation holds stays a term, and one word stays borrowed (quoteKind).
 * Reads the headline's quotations, each against the body's quotations once.
 */
export function lendHeadlineWords(a: Analysis, resolver: Resolver): void {
  let menu: number | undefined;
  let texts: string[] | undefined;
  for (const info of a.quotes) {
    if (info.kind !== "scare-quotes") continue;
    menu ??= menuLines(a);
    if (info.paragraph >= menu + ECHO_PARAGRAPHS) break;
    const p = a.paragraphs[info.paragraph]!;
    if (!isHeadlineLine(a, info.paragraph) || wordIndexAt(a, p.end) - wordIndexAt(a, p.start) > HEADLINE_WORDS_MAX) continue;
    const echoText = quotedText(a, info);
    a.work.add(echoText.length);
    const echo = wordsOf(echoText);
    // A name of what follows it (`the ‘stop work’ order`) is no one's words, echoed or credited;
    // nor is one word (`Mayor ‘disappointed’ by delay`), borrowed as the body borrows it (quoteKind).
    if (echo.trim() === "" || oneBareWord(echoText) || namesAHead(a, info, echoText)) continue;
    texts ??= a.quotes.map((x) => {
      const text = wordsOf(quotedText(a, x));
      a.work.add(text.length);
      return text;
    });
    let lent: QuoteInfo["speaker"] | undefined;
    let unsaid = false;
    a.quotes.forEach((x, k) => {
      if (x.paragraph <= info.paragraph || !texts![k]!.includes(echo)) return;
      // The same words quoted alone as a name (`the so-called “river tax”`), or as scare quotes below
      // the lead, are a phrase no one says. Not a heading's repeat (the headline printed again, a
      // video's title), nor scare quotes in the lead, as often the speaker's words picked out again
      // (`Baker said the plan is “fair”`).
      if (x.kind !== "speech") {
        if (x.kind === "furniture" || texts![k] !== echo) return;
        const lead = x.paragraph < menu! + ECHO_PARAGRAPHS;
        unsaid ||= !(lead && isHeadlineLine(a, x.paragraph)) && (x.kind !== "scare-quotes" || !lead);
        return;
      }
      // Said by a group too (`Residents said they felt “ready”`), the words are a phrase in the
      // air, no one person's (as lendEchoedSpeakers reads a short echo). A description of one
      // person (`the mayor of Oakvale said …`) is often the named speaker again, and passes.
      const member = x.speaker?.member;
      if (!member || member.unnamed) {
        unsaid ||= saidByGroup(a, x);
        return;
      }
      if (!lent) lent = x.speaker;
      else if (lent.member !== member) unsaid = true;
    });
    if (lent && !unsaid) {
      info.kind = "speech";
      info.speaker = { ...(lent as NonNullable<QuoteInfo["speaker"]>), how: "echoed-quote" };
    } else lendHeadlineCredit(a, info, resolver);
  }
}

/** The most words of a headline's credit after a comma, its verb of saying among them (`, crop farmer says`). */
const CREDIT_MAX_WORDS = 5;
/** The most words of a headline's credit after a colon (`: BoT president`): a longer one is the headline's own clause. */
const COLON_CREDIT_MAX_WORDS = 3;

/**
 * `Dam ‘never once’ at risk, Tallwood engineer says`, `Rates ‘too high’: Millbrook mayor`: a headline
 * that credits its quotation after it, by a verb of saying or a colon and a few words, gives the
 * credited one's words, whoever the body quotes. The credit's speaker is the one it names, or the
 * person the body introduces with its title (`engineer`: lendHeadingRoleHolders' reading), else no
 * one named. Not a linked story's headline (`Read more: …`, `- …`). Reads the line's words after
 * the quotation, once per headline quotation left as scare quotes.
 */
function lendHeadlineCredit(a: Analysis, info: QuoteInfo, resolver: Resolver): void {
  const p = a.paragraphs[info.paragraph]!;
  const close = info.q.pieces.at(-1)!.close + 1;
  const line = a.text.slice(p.start, p.end);
  a.work.add(line.length);
  if (isTeaserLine(a, p) || LIST_BULLET.test(line)) return;
  // The line's last clause after the quotation: after a colon, a credit of a few words with no
  // verb; after a comma, a few words with a verb of saying (`, crop farmer says`).
  const after = a.text.slice(close, p.end);
  // A comma inside the closing mark (`‘too high,’ mayor says`) is the credit's comma.
  // With neither after it nor such a comma, the line's rest is the headline's own clause (`‘tiny
  // homes’ plan calls for …`), no credit.
  const cut = Math.max(after.lastIndexOf(":"), after.lastIndexOf(","));
  const credit = after.slice(cut + 1);
  const words = credit.match(LINE_WORD) ?? [];
  const named = firstNameIn(a, close + Math.max(cut, 0), p.end);
  if (
    (cut < 0 && !/,\s*$/.test(quotedText(a, info))) ||
    (after[cut] === ":"
      ? // A colon's verbless credit ends with its speaker's name, or a name before a title (`:
        // Jane Roe`, `: Oakvale mayor`), or a speaker's noun (`: police`, `: plaintiffs`): other
        // words (`‘New normal’: Floods return`) are the headline's clause.
        words.length > COLON_CREDIT_MAX_WORDS || reportsSpeech(credit) || !(endsCredit(a, named, p.end) || speakerWord(words.at(-1)))
      : words.length > CREDIT_MAX_WORDS || !(reportsSpeech(credit) || /^\s*according to\b/i.test(credit)))
  ) {
    lendHeadlineSubject(a, info, resolver);
    return;
  }
  info.kind = "speech";
  if (named && !beforeTitle(a, named.mention.end, p.end)) {
    info.speaker = { mention: named.mention, member: named.member, how: "heading-role" };
    return;
  }
  const holder = roleHolderOf(credit, p.start, resolver);
  if (holder) info.speaker = { mention: holder.mention, member: holder.member, how: "heading-role" };
}

/** The most words of a headline's clause before its quotation read for a speaker's subject: a longer one holds more than a subject and its verb. */
const SUBJECT_MAX_WORDS = 8;
/** How many words (`Tallwood`, `Oakvale fire`) may stand before the name a headline's clause opens with. */
const SUBJECT_NAME_AFTER_WORDS = 3;

/**
 * `Tallwood mayor describes ‘long night’ of flooding`, `Jane Roe warns of ‘hard choices’`: a
 * headline whose clause before the quotation opens with a person's name or a title and has a
 * verb of saying gives that person's words. Only with a speaker: the name, or the one person the
 * body introduces with the title (lendHeadingRoleHolders' reading); a body or no one found leaves
 * the words a term. Reads the clause once, after the credit found none.
 */
function lendHeadlineSubject(a: Analysis, info: QuoteInfo, resolver: Resolver): void {
  const p = a.paragraphs[info.paragraph]!;
  const open = info.q.pieces[0]!.open;
  const line = a.text.slice(p.start, open);
  const before = line.slice(line.lastIndexOf(":") + 1);
  const from = p.start + line.lastIndexOf(":") + 1;
  const words = before.match(LINE_WORD) ?? [];
  if (words.length > SUBJECT_MAX_WORDS || !reportsSpeech(before)) return;
  const named = firstNameIn(a, from, open);
  let speaker: QuoteInfo["speaker"] = null;
  const lead = a.text.slice(from, named?.mention.start ?? from);
  a.work.add(before.length);
  if (
    named &&
    named.member.kind === "person" &&
    !isPlace(named.member.tokens) &&
    // The name is the clause's subject: its verb of saying comes next (`Jane Roe warns`).
    reportsSpeech(rx.u`^\s+[\p{L}'’-]+`.exec(a.text.slice(named.mention.end, open))?.[0] ?? "") &&
    (lead.match(LINE_WORD) ?? []).length <= SUBJECT_NAME_AFTER_WORDS
  ) {
    speaker = { mention: named.mention, member: named.member, how: "heading-role" };
  } else {
    const holder = roleHolderOf(before, p.start, resolver);
    if (holder) speaker = { mention: holder.mention, member: holder.member, how: "heading-role" };
  }
  if (!speaker) return;
  info.kind = "speech";
  info.speaker = speaker;
}

/**
 * The one person the paragraphs below a heading introduce with the title its clause opens with
 * (subjectTitle, the resolver's soleIntroducedBelow), or undefined: a heading's credit or subject
 * read as a role (lendHeadingRoleHolders' reading, for one clause).
 */
function roleHolderOf(clause: string, at: number, resolver: Resolver): ReturnType<Resolver["soleIntroducedBelow"]> | undefined {
  const title = subjectTitle(clause);
  return title ? resolver.soleIntroducedBelow(title, at) : undefined;
}

/** The first name mention between `from` and `to`: the names are in text order, read up to `to`, near the top for a heading. */
function firstNameIn(a: Analysis, from: number, to: number): Analysis["names"][number] | undefined {
  for (const n of a.names) {
    a.work.add();
    if (n.mention.start >= to) return undefined;
    if (n.mention.start >= from && n.mention.end <= to) return n;
  }
  return undefined;
}

/** Whether a title follows a name ending at `at` (`ER doctor`, `BoT president`): the name says where its holder works, not who. */
function beforeTitle(a: Analysis, at: number, to: number): boolean {
  const next = rx.u`^\s+([\p{L}][\p{L}'’.-]*)`.exec(a.text.slice(at, Math.min(to, at + 40)))?.[1];
  return !!next && !!titleOf(next);
}

/**
 * Whether the headline's quotation stands right before a head noun it names (`‘hands off our
 * park’ campaign`, `the ‘safe streets’ initiative`, `‘stop work’ order`: namedByModifier): the
 * name of a body, campaign, work or rule, not words said.
 */
function namesAHead(a: Analysis, info: QuoteInfo, inner: string): boolean {
  const close = info.q.pieces.at(-1)!.close + 1;
  const next = rx.u`^\s+(\p{Ll}[\p{L}-]*)`.exec(a.text.slice(close, close + 30))?.[1];
  return !!next && (ORG_WORDS.has(next) || NAMING_NOUNS.has(next) || TITLED_WORKS.has(next) || namedByModifier(inner, next));
}

/**
 * Whether a credit's name ends its line, a person's or a body's (not a place's: `Summer ‘fun’:
 * Tallwood Valley` says where), or stands before a title (`Oakvale mayor`: beforeTitle).
 */
function endsCredit(a: Analysis, named: Analysis["names"][number] | undefined, to: number): boolean {
  if (!named) return false;
  const m = named.member;
  const speaker = (m.kind === "person" && isEvidentlyPerson(m) && !isPlace(m.tokens)) || isNamedNonPlaceBody(m);
  return (speaker && rx.u`^[\s\p{P}]*$`.test(a.text.slice(named.mention.end, to))) || beforeTitle(a, named.mention.end, to);
}

/** Whether a credit's last word is a title or a noun for who speaks (`minister`, `police`, `plaintiffs`). */
function speakerWord(word: string | undefined): boolean {
  if (!word) return false;
  const key = word.toLowerCase().replace(/\.+$/, "");
  return !!titleOf(word) || isSpeakerNoun(key) || PEOPLE_BY_ROLE.has(key.replace(/s$/, ""));
}
