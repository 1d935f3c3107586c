// One pass over an article that the public functions share: paragraphs, sentences and
// words, the quotations and what they are, the cast, and who said each quotation. Every
// step is linear in the text or n·log n, and counts its steps in `work`.

import { kindOf } from "./actor-kinds";
import { Cast, type CastMember, showsNoPerson } from "./actors";
import { type Analysis, paragraphIndexAt, type QuoteInfo, type SpeechEvent, sentenceOf, startsOf, wordIndexAt } from "./analysis";
import { attributeAll } from "./attribute";
import {
  headsLineWithColon,
  isHeadline,
  isHeadlineFragment,
  outcry,
  quotedSubhead,
  quoteKind,
  reportsSpeech,
  wordBefore,
} from "./classify";
import { adjunctSubject, endsClauseAfter, isInvertedSubject, verbSetOffByComma } from "./clause-subjects";
import { captionCredits, captionParagraphs, furnitureLines, isPageLine, markFurniture } from "./furniture";
import {
  ADDRESSED_PARTICIPLES,
  BE_FORMS,
  CORE_SPEECH,
  MENTION_LEADS,
  NAMING_PARTICIPLES,
  NOUN_MARKERS_BEFORE_VERB,
  ORGANISATION_NAME_LINKS,
  PREPOSITIONS,
  RAISING_PARTICIPLES,
  SPEECH_VERBS,
  STANCE_VERBS,
  UNREPORTED_STANCE_VERBS,
  WEEKDAYS,
} from "./lexicon";
import { personAfterAffiliation } from "./mention-affiliations";
import { coordinatedFullName, pairPronounSex, withoutPairNoun } from "./mention-coordinated-names";
import { firmNounBeside, namesOwnBusiness } from "./mention-firm-nouns";
import { innerOfLongerName } from "./mention-joined-bodies";
import { nicknamedFullName } from "./mention-nicknames";
import { lowerCaseOfficeBefore } from "./mention-office-holders";
import { opensAsCommonNoun } from "./mention-sentence-openers";
import { headlineNames } from "./mention-title-case-headlines";
import { TitledSurnames } from "./mention-titled-surnames";
import { isCrownBody, isHandle, isPersonNoun, type Mention, PLURAL_ENDING } from "./mention-words";
import { namesAWork } from "./mention-work-titles";
import { npForward } from "./mentions";
import { isGivenName, isPlace, mayBeDayAfterPerson, mayNameNoOne, namesNoOne, operationSpeaking } from "./names";
import { namedByFrame } from "./naming-frames";
import { findQuotations, type Quotation } from "./quotes";
import { lastAtOrBefore, Reach } from "./spans";
import { CHARGED_WITH, nounAfterMarker, reportedByVerbBefore } from "./speech-verbs";
import { subjectOf } from "./subjects";
import {
  APOSTROPHE_S,
  capitalisedAt,
  firstNonSpace,
  isCapitalised,
  isLowerCase,
  LETTER,
  lowerCaseAt,
  paragraphs,
  type Range,
  sentenceEnds,
  type Word,
  words,
} from "./text";
import { HEADLINE_LINE_MAX_WORDS, MIN_INITIALS } from "./thresholds";
import { withoutUnclosed } from "./unclosed-quotations";
import { rx } from "./unicode-regexps";
import { NAME_STEPS, NAME_WORD_STEPS, survey, Work } from "./work";

export function analyse(page: string, work: Work = Work.forText(page.length)): Analysis {
  const rawLines = paragraphs(page);
  const text = withoutStamps(page, rawLines);
  // Paid before any work that allocates per mark, quotation, word or name (see
  // src/extract/work.ts): a text whose survey predicts more than a draft may take is refused
  // here, before the costly stages.
  work.charge(survey(text));
  const lines = text === page ? rawLines : paragraphs(text);
  // Lines the page sets between paragraphs (`Story continues below advertisement`) are no part
  // of the article: a quotation after one goes on from the paragraph before it.
  const pageLines = lines.filter((p) => isPageLine(text.slice(p.start, p.end).trim()));
  const dropped = new Set(pageLines);
  const paras = dropped.size > 0 ? lines.filter((p) => !dropped.has(p)) : lines;
  work.add(text.length);
  const inner: Quotation[] = [];
  const quotations = withoutUnclosed(text, findQuotations(text, paras, work, inner));
  const marked = new Reach(quotations.flatMap((q) => q.pieces.map((p) => ({ start: p.open, end: p.close + 1 }))));
  const sentences = sentencesOf(text, paras, marked, work);
  const ws = words(text, 0, text.length);
  work.add(ws.length);
  // Inside a quotation: some quotation opens at or before the word and closes at or after its end.
  // `At`, because a quotation that lost its opening mark (`Jane Roe never paid,” she said.`), or
  // runs on into a paragraph without one, opens at its first word: that word is quoted as the rest
  // are, and a name there is no speaker's mention (`she` is not Jane Roe). A marked quotation's
  // words all start after its mark, so for them `at` and `before` agree.
  // The words are in text order: one walk (coversEach), not a search for each word.
  const quoted = marked.coversEach(ws);
  const speechVerbs = ws.map((w) => isSpeechOrStanceVerb(text, w));
  work.chargeVerbs(speechVerbCandidates(speechVerbs, quoted));
  const headline = !!paras[0] && isHeadline(text.slice(paras[0].start, paras[0].end));
  const a: Analysis = {
    text,
    work,
    paragraphs: paras,
    sentences,
    words: ws,
    quoted,
    speechVerbs,
    headline,
    quotes: [],
    inner,
    cast: new Cast(work),
    names: [],
    events: [],
  };
  a.quotes = classified(a, quotations);
  const credits = captionCredits(text, paras, work);
  const furniture = [...pageLines, ...furnitureLines(text, paras, work), ...credits].sort((x, y) => x.start - y.start);
  const aside = wordsIn(ws, furniture);
  // Most texts have no caption: their words are marked, and set aside with the furniture's, only where one is.
  const captions = captionParagraphs(text, paras, credits, work);
  const captioned = captions.length > 0 ? wordsIn(ws, captions) : undefined;
  a.names = castOf(a, aside, captioned);
  a.events = speechEvents(a, captioned ? aside.map((x, i) => x || captioned[i]!) : aside);
  attributeAll(a);
  return a;
}

/** A number after a name's space, ending the phrase: the `100` of `Billboard Hot 100`; not a count or a time (`Sandhu 4,212 votes`, `Obi 2:11:48`). */
const NUMBER_AFTER = rx.u`^ \d+(?![\p{L}\d,.:])`;

/**
 * Whether a number closes a name of two words or more (`the Billboard Hot 100`) that would read
 * as a person's (kindOf), no given name opening it: a chart's or a list's name. A body's
 * (`Unifor Local 444`), a place's (`Highway 401`) and a person's (`Jane Roe 2`) are left, and
 * one word (`Game 2`, `Week 3`), which a sports story's other rules read as they did.
 */
function numberedList(a: Analysis, m: Mention): boolean {
  if (m.last === m.first || !NUMBER_AFTER.test(a.text.slice(m.end, m.end + 8))) return false;
  const ws = a.words.slice(m.first, m.last + 1);
  if (isGivenName(ws[0]!.text)) return false;
  return (
    kindOf(
      ws.map((w) => w.text),
      ws.map((w) => w.key),
      false,
    ) === "person"
  );
}

/** One word, capitalised, that a number ends after a hyphen: `COVID-19`, `SARS-CoV-2`. */
const NUMBERED_THING = rx.u`^\p{Lu}[\p{L}-]*-\d+$`;

/** Whether the character at i is an ASCII digit: what NUMBERED_THING ends in, asked first, as nearly no name ends so. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A date stamp opening a paragraph, as pages print it before the headline or lead: `date 2023-08-10`. */
const DATE_STAMP = /^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/i;
/** How many characters a date stamp may take, spaces included. */
const DATE_STAMP_CHARS = 32;

/**
 * ` date 2023-05-14 Millbrook’s fire chief has thanked …`: a date stamped before a paragraph's
 * words, the page's first or the lead after a headline, is the page's, not the paragraph's.
 * Read as line breaks, the same length, so that the paragraph's words (its subject, a description
 * that would otherwise run back into the stamp) open it and every offset into the page stays the
 * same. One DATE_STAMP test, on at most DATE_STAMP_CHARS, per line of the page (`lines`).
 */
function withoutStamps(page: string, lines: Range[]): string {
  let text = "";
  let at = 0;
  for (const p of lines) {
    const from = Math.max(p.start, at);
    const stamp = DATE_STAMP.exec(page.slice(from, from + DATE_STAMP_CHARS));
    if (!stamp || from + stamp[0].length >= page.length) continue;
    text += page.slice(at, from) + "\n".repeat(stamp[0].length);
    at = from + stamp[0].length;
  }
  return at === 0 ? page : text + page.slice(at);
}

function sentencesOf(text: string, paras: Range[], marked: Reach, work: Work): Range[] {
  const sentences: Range[] = [];
  for (const p of paras) {
    // A date stamp opening the paragraph is already read as line breaks (withoutStamps).
    let from = p.start;
    for (const end of sentenceEnds(text, p.start, p.end, marked, work)) {
      if (end > from) sentences.push({ start: from, end });
      from = firstNonSpace(text, end, p.end);
    }
    if (from < p.end) sentences.push({ start: from, end: p.end });
  }
  return sentences;
}

/** Each quotation with letters in it, and what it is: speech, scare quotes, a title… */
function classified(a: Analysis, quotations: Quotation[]): QuoteInfo[] {
  const reports = sentencesReportingSpeech(a);
  const sentenceStarts = startsOf(a.sentences);
  const infos: QuoteInfo[] = quotations
    .filter((q) => q.pieces.some((p) => LETTER.test(a.text.slice(p.start, p.end))) && !inMarkup(a.text, q))
    .map((q) => {
      const open = q.pieces[0]!.open;
      a.work.add();
      const paragraph = paragraphIndexAt(a.paragraphs, open);
      const si = lastAtOrBefore(sentenceStarts, open);
      const inSentence = si >= 0 && open < a.sentences[si]!.end;
      const reported = inSentence && reports[si]!;
      const paragraphStart = a.paragraphs[paragraph]?.start ?? 0;
      const colonHead = paragraph === 0 && headsLineWithColon(a.text, q, a.paragraphs[0]!);
      return {
        q,
        kind:
          colonHead || (paragraph > 0 && quotedSubhead(a.text, q, a.paragraphs[paragraph]!))
            ? ("speech" as const)
            : quoteKind(a.text, q, a.headline && paragraph === 0, reported, paragraphStart, inSentence ? a.sentences[si]!.start : open),
        paragraph,
        colonHead,
        attribution: null,
        speaker: null,
      };
    });
  markLists(a, infos);
  markFurniture(a, infos);
  markHeadlineFragments(a, infos);
  return infos;
}

/**
 * Whether a quotation's marks belong to markup left in the text (`<tweet date="May 1">…<tweet/>`):
 * it opens on a tag's closing `>` (the mark closed an attribute's value), or has letters only inside
 * tags (`“<tweet/>`). Markup, not anyone's words. Reads the quotation's own text.
 */
function inMarkup(text: string, q: Quotation): boolean {
  const first = q.pieces[0]!;
  if (text[first.start] === ">") return true;
  return q.pieces.every((p) => {
    const inner = text.slice(p.start, p.end);
    // Most pieces hold no tag, and are read as they stand rather than copied without tags.
    return !LETTER.test(inner.includes("<") ? inner.replace(/<[^<>]*>/g, "") : inner);
  });
}

/**
 * A headline quotes a speaker after a colon or with a verb of saying (`Jane Doe: ‘We will win’`,
 * `Ottawa ‘must pay,’ premier says`); a quotation it works into its own words (`With ‘woman's
 * card,’ Trump escalates debate`, `Right Before ‘Super Tuesday 2’ …`) is a borrowed phrase or a
 * name. The first paragraph is read as a headline when other paragraphs follow it and it is one
 * short sentence.
 */
function markHeadlineFragments(a: Analysis, infos: QuoteInfo[]): void {
  const first = a.paragraphs[0];
  if (!first || a.paragraphs.length < 2 || wordIndexAt(a, first.end) > HEADLINE_LINE_MAX_WORDS) return;
  if (a.sentences[1] && a.sentences[1].start < first.end) return;
  const line = a.text.slice(first.start, first.end);
  a.work.add(line.length);
  if (reportsSpeech(line)) return;
  for (const info of infos) {
    if (info.paragraph !== 0) break;
    if (info.kind === "speech" && isHeadlineFragment(a.text, info.q, first.start)) info.kind = "scare-quotes";
  }
}

/**
 * Words a list of quoted items is joined by: commas, `and`, `or`, `nor`, `as well as`. Not
 * content.ts's LIST_AND (and LIST_SEPARATOR_MAX_CHARS), which joins quotations of speech into one
 * content; this glue finds lists of short quoted terms, named rather than said.
 */
const LIST_GLUE = /^(?:[\s,;]|and\b|or\b|nor\b|as well as\b)*$/;
/** The most words a quoted item of a list has; longer ones are sentences someone said. */
const LIST_ITEM_MAX_WORDS = 4;
/** A list this long is one even when its last item ends a sentence inside its marks. */
const LIST_LONG_ITEMS = 3;
/** The longest glue between two items (`, as well as `): read only when this short. */
const LIST_GAP_MAX_CHARS = 20;

/**
 * Quoted words listed side by side (`“reform,” “growth” and “jobs”`) are terms being
 * named, not speech: two or more short quotations with nothing but list glue between them.
 * One pass over the quotations in order, each list taken as a run of neighbours.
 */
function markLists(a: Analysis, infos: QuoteInfo[]): void {
  for (let i = 0; i < infos.length; ) {
    let j = i;
    while (j + 1 < infos.length && listed(a, infos[j]!, infos[j + 1]!)) j++;
    if (j > i) markList(a, infos, i, j);
    i = j + 1;
  }
}

/** The words of a quotation of one piece, or null for one over several paragraphs. */
function itemWords(a: Analysis, info: QuoteInfo): string | null {
  return info.q.pieces.length === 1 ? a.text.slice(info.q.pieces[0]!.start, info.q.pieces[0]!.end) : null;
}

/** Whether an item ends a sentence inside its marks (`… and “sad.”`): a list's last item may. */
const endsSentence = (inner: string) => /[.?!]\s*$/.test(inner);

/** Whether `y` follows `x` in one list: short items, in one paragraph, joined by list glue alone. */
function listed(a: Analysis, x: QuoteInfo, y: QuoteInfo): boolean {
  a.work.add();
  const xs = itemWords(a, x);
  const ys = itemWords(a, y);
  if (xs === null || ys === null || endsSentence(xs) || x.paragraph !== y.paragraph) return false;
  const from = x.q.pieces[0]!.after;
  const to = y.q.pieces[0]!.open;
  if (to - from > LIST_GAP_MAX_CHARS || !LIST_GLUE.test(a.text.slice(from, to))) return false;
  return xs.split(/\s+/).length <= LIST_ITEM_MAX_WORDS && ys.split(/\s+/).length <= LIST_ITEM_MAX_WORDS;
}

/**
 * Marks the list infos[first..last] as scare quotes. A last item that ends a sentence inside
 * its marks (`called it “weak” and “sad.”`) is left as speech, as the tuning split annotates
 * such pairs as the speaker's words, unless the list has three items or more, or words that
 * mention rather than use lead it (`words such as “attack” and “talking points.”`): nobody
 * says a sentence of three short fragments. The items before it are a list when two or more.
 */
function markList(a: Analysis, infos: QuoteInfo[], first: number, last: number): void {
  const open = infos[first]!.q.pieces[0]!.open;
  const before = wordBefore(a.text, open);
  // `chanting “Lock him up” and “Four more years”`: what a crowd chants or shouts is its words,
  // each item a cry of its own, however short.
  if (outcry(a.text, open, before)) return;
  const closing = endsSentence(itemWords(a, infos[last]!)!);
  const mentioned = MENTION_LEADS.has(before);
  const upTo = closing && !mentioned && last - first < LIST_LONG_ITEMS - 1 ? last - 1 : last;
  if (upTo === first) return;
  for (let k = first; k <= upTo; k++) if (infos[k]!.kind === "speech") infos[k]!.kind = "scare-quotes";
}

/** For each sentence, whether a verb of saying outside quotations stands in it. */
function sentencesReportingSpeech(a: Analysis): boolean[] {
  const reports = a.sentences.map(() => false);
  const starts = startsOf(a.sentences);
  a.words.forEach((w, i) => {
    // A verb of saying is one of speech or stance: the flag rules out most words without a look-up.
    if (a.quoted[i] || !a.speechVerbs[i] || !CORE_SPEECH.has(w.key)) return;
    const si = lastAtOrBefore(starts, w.start);
    if (si >= 0 && w.end <= a.sentences[si]!.end) reports[si] = true;
  });
  return reports;
}

/** For each word, whether it lies in one of the (ordered) ranges: one walk over both. */
function wordsIn(ws: Word[], ranges: Range[]): boolean[] {
  let r = 0;
  return ws.map((w) => {
    while (r < ranges.length && ranges[r]!.end <= w.start) r++;
    return r < ranges.length && ranges[r]!.start <= w.start;
  });
}

/**
 * Names outside quotations: first every full name, so that early short forms can join them.
 * `aside`: words of the page's furniture (`Story continues below advertisement`), which name nobody.
 * `captioned`: words of photo captions, whose full names say who a later surname is, as names
 * inside quotations do, but mention no one in the story's run (see captionParagraphs).
 */
function castOf(a: Analysis, aside: boolean[], captioned: boolean[] | undefined): Analysis["names"] {
  const found: Mention[] = [];
  // Full names inside quotations are no mentions of a speaker, but they say who a later bare
  // surname is: `“Doug Ford cut it,” she said. Ford defended his record.`
  const quotedNames: Mention[] = [];
  // Made once, not for each name below.
  const sentenceStart = (at: number) => sentenceOf(a, at).start;
  const inHeadline = headlineNames(a);
  const titled = new TitledSurnames();
  for (let i = 0; i < a.words.length; i++) {
    if (aside[i] || !mayBeginName(a.text, a.words, i)) continue;
    // `Sisters Anna and Maria Costa`: the noun for the pair is no part of the first name.
    const np = npForward(a, i);
    const read = titled.asName(a.text, a.words, np);
    const whole = read && read.kind === "name" ? withoutPairNoun(a.words, read) : read;
    // `… Leader Says Party Will Vote Against The Budget`: a Title Case headline's capitals are a
    // name only where the body names them again, or as the headline's subject (see headlineNames).
    const m = whole && whole.kind === "name" ? inHeadline(whole) : whole;
    if (whole && !m) {
      i = whole.last;
      continue;
    }
    // `at City Hall.Jane Doe/The Globe and Mail`: a name run on into a caption's credit, set
    // aside, names no one the article speaks of.
    if (m && m.last > i && aside[m.last]) {
      i = m.last;
      continue;
    }
    if (m && m.kind === "name") {
      // `Police said`: a common noun opening its sentence describes; resolving the speaker reads it so.
      // Not a surname that is a title (`Bishop, 28, was in a medal position`), read back as the name.
      if (read === np && opensAsCommonNoun(a, m, sentenceStart)) continue;
      // `COVID-19`, `SARS-CoV-2`: a disease or a strain, named by one word that a number ends
      // after a hyphen, is no one; no person's name holds a digit. As a name it would be a
      // person named in a paragraph of case counts, which then seems to bring in a new speaker.
      if (isDigitAt(a.text, m.end - 1) && NUMBERED_THING.test(a.text.slice(m.start, m.end))) {
        i = m.last;
        continue;
      }
      // `the Texan`, `British Columbians`, `the Tokyo Olympics`: a place's people or an event,
      // whom no name of the cast stands for. The cheap test first, before the words are gathered.
      const may = mayNameNoOne(a.words[m.first]!.key, a.words[m.last]!.key, m.last - m.first + 1);
      if (
        may &&
        namesNoOne(
          a.words.slice(m.first, m.last + 1).map((w) => w.key),
          isGivenName,
        ) &&
        !operationSpeaking(a.words, m.first, m.last) &&
        !dayActsAsPerson(a, m)
      ) {
        i = m.last;
        continue;
      }
      // `On Lincoln Alexander Day, 300 people marched`: a day in the place only a day takes.
      if (dayOpeningItsSentence(a, m, sentenceStart)) {
        i = m.last;
        continue;
      }
      // `the Coalition of Meadows Unfit with Quarries`: a piece of a longer name is no name of its own.
      if (innerOfLongerName(a, m.first, m.last)) {
        i = m.last;
        continue;
      }
      // `his album Nothing Was The Same`: a work's title, which no pronoun stands for. So too
      // `the Billboard Hot 100`: capitals a number closes name a chart or a list (numberedList).
      if (namesAWork(a, m) || numberedList(a, m)) {
        i = m.last;
        continue;
      }
      if (!a.quoted[i] && !captioned?.[i]) {
        found.push(m);
        titled.note(a.words, m);
      } else if (m.last > m.first && (a.quoted[m.last] || captioned?.[m.last])) quotedNames.push(m);
      i = m.last;
    }
  }
  // Paid now for what each name costs the cast and the draft later (see NAME_STEPS).
  const known = [...found, ...quotedNames];
  for (const m of known) a.work.add(NAME_STEPS + NAME_WORD_STEPS * (m.last - m.first + 1));
  // Each mention's words cut from the text once, for the cast's parse now and for byName below:
  // the cast reads a mention by its string, and a string made again is hashed again.
  const spans = known.map((m) => a.text.slice(m.start, m.end));
  a.cast.prepare(spans);
  const out: Analysis["names"] = [];
  const byInitials = new Map<string, SpeltOut | null>();
  // The quotations' opening offsets, made only when a name meets a nickname (nicknamedFullName).
  let opens: number[] | undefined;
  const quoteOpens = () => (opens ??= a.quotes.map((q) => q.q.pieces[0]!.open));
  let chain: Chain | undefined;
  // Acronyms no name spelt out before stands for (`UNA ratifies deal` in a headline): the text may spell them out later.
  const early: number[] = [];
  // The surnames of the people named together so far (`Atwood` of `Glen and Marjorie Atwood`).
  const pairSurnames = new Set<string>();
  for (let k = 0; k < found.length; k++) {
    const mention = found[k]!;
    // `says @JaneRoe of Acme`: a handle that spells a person named in full is that person; one
    // that spells nobody named is no name (`@ACarterglobal`), its capitals notwithstanding.
    if (isHandle(a.text, mention)) {
      const person = a.cast.byHandle(a.words[mention.first]!.text);
      if (person) out.push({ mention, member: person });
      continue;
    }
    // The whole name its initials spell first: `United Nurses of Alberta (UNA)` names more than `United Nurses`.
    const abbreviated = spelledOutBefore(a, byInitials, mention, out) ?? abbreviatedBy(a, out, mention);
    // `The Provincial Review Board (PRB)`: the acronym in brackets names the same organisation from here on.
    if (abbreviated) a.cast.alias(a.words[mention.first]!.key, abbreviated);
    // spans[k] is found[k]'s own text: `known` lists `found` first, in its order. `Glen` of `Glen
    // and Marjorie Atwood` is filed as `Glen Atwood`.
    const coordinated = coordinatedFullName(a.text, a.words, mention, found[k + 1], (key) => a.cast.isSurname(key));
    if (coordinated) pairSurnames.add(a.words[found[k + 1]!.last]!.key);
    // `Bret “the Hammer” Brand`: both halves are filed as `Bret Brand`.
    const nicknamed = nicknamedFullName(a, mention, found[k + 1], quoteOpens) ?? nicknamedFullName(a, found[k - 1], mention, quoteOpens);
    // `Chipman … he asked` after `Mark and Patti Chipman`: the pronoun after the couple's bare surname tells which of the two it is.
    const surname = mention.first === mention.last ? a.words[mention.first]!.key : "";
    const sex = pairSurnames.has(surname) ? pairPronounSex(a, a.quoted, mention.last, found[k + 1]?.first ?? a.words.length) : undefined;
    const paired = sex ? a.cast.soleBearerOfSex(surname, sex, mention.start) : undefined;
    const member = paired ?? a.cast.byName(coordinated ?? nicknamed ?? spans[k]!, mention.start);
    if (namesATeam(a, mention, member)) member.kind = "group";
    else if (namesOneBySingularRelative(a, mention, member) || (member.kind === "institution" && dayActsAsPerson(a, mention)))
      member.kind = "person";
    // `retailer Sears`, `Sears, the retailer,`: a one-word name nothing shows a person's (nor
    // people's: `Sears` reads as a plural) is the firm's.
    else if (
      (member.kind === "person" || member.kind === "group") &&
      member.tokens.length === 1 &&
      showsNoPerson(member) &&
      firmNounBeside(a, mention, sentenceStart)
    )
      member.kind = "institution";
    // `whose name is Curtis`: a lone name a frame gives as a person's, though it reads as a plural.
    else if (member.kind === "group" && mention.first === mention.last && namedByFrame(a, mention.start)) member.kind = "person";
    // `started her own company, Maple Crafts,`, `Gill Orchard’s owner`: a business's name, any length.
    else if (member.kind === "person" && mention.last > mention.first && member.titles.size === 0 && ownBusiness(a, mention, member))
      member.kind = "institution";
    const office = member.kind === "person" ? lowerCaseOfficeBefore(a, mention) : undefined;
    if (office) a.cast.fileUnderOffice(member, office);
    chain = noteInitials(a, byInitials, mention, member, chain, out);
    if (!abbreviated && isAcronym(a, mention)) early.push(out.length);
    out.push({ mention, member });
  }
  for (const i of early) spelledOutAfter(a, byInitials, out, i);
  return out;
}

/** A business named as owned (`Gill Orchard’s owner`), or set off after its owner's noun and showing no person (mention-firm-nouns.ts). */
function ownBusiness(a: Analysis, mention: Mention, member: CastMember): boolean {
  const own = namesOwnBusiness(a, mention);
  return own === "owned" || (own === "apposed" && showsNoPerson(member));
}

/**
 * The organisation a bracketed acronym abbreviates: the name just before it (`Provincial Review
 * Board (PRB)`, `North Shore Rescue (NSR)`, then an institution), or the one before that when a
 * place qualifies it (`Independent Investigation Unit of Manitoba (IIU)`).
 */
function abbreviatedBy(a: Analysis, before: Analysis["names"], acronym: Mention): CastMember | undefined {
  const last = before.at(-1);
  if (!last) return undefined;
  if (isAcronymOf(a, last.mention, acronym)) {
    if (last.member.kind !== "person") return last.member;
    // `North Shore Rescue (NSR)`: news gives no one's name its initials in brackets; a name of
    // three words or more read as a person's (`North` is a given name), with no title, is the body's.
    if (last.member.tokens.length >= 3 && last.member.titles.size === 0) {
      last.member.kind = "institution";
      return last.member;
    }
  }
  const first = before.at(-2);
  if (!first || first.member.kind === "person" || !/^\s+of\s+$/.test(a.text.slice(first.mention.end, last.mention.start))) return undefined;
  return isAcronymOf(a, first.mention, acronym, last.mention.end) ? first.member : undefined;
}

/** An acronym of three or more capitals, written as one word: `NTPW`, `NDP`. */
const UNBRACKETED_ACRONYM = rx.u`^\p{Lu}{3,}$`;

/** A word of initials with their full stops: `B.C.`, `P.E.I.`, `U.S.`. */
const DOTTED_INITIALS = rx.u`^(?:\p{Lu}\.){2,}$`;

/**
 * The initials of a name's capitalised words, `the` left out: `Northern Timber and Paper Workers`
 * -> `NTPW`. A word of dotted initials gives all its letters, as the body's acronym keeps them:
 * `B.C. Teachers' Federation` -> `BCTF`, `P.E.I. Potato Board` -> `PEIPB`.
 */
function initialsOf(a: Analysis, name: Mention): string {
  // A name written in capitals throughout (`ONTARIO PROVINCIAL POLICE` in a headline) has no
  // acronym among its words; one in mixed case has (`CFL Players' Association` -> `CFLPA`).
  let shouted = true;
  for (let i = name.first; i <= name.last && shouted; i++) shouted = !isCapitalised(a.words[i]!.text) || CAPITALS.test(a.words[i]!.text);
  let out = "";
  for (let i = name.first; i <= name.last; i++) {
    const w = a.words[i]!;
    if (!isCapitalised(w.text) || ORGANISATION_NAME_LINKS.has(w.key)) continue;
    out += initialOf(w, !shouted);
  }
  return out;
}

/** A word of two or more capitals: an acronym in a name written in mixed case (`CFL`). */
const CAPITALS = rx.u`^\p{Lu}{2,}$`;

/**
 * A capitalised word's part of its name's initials: its first letter, or all of dotted initials,
 * or all of an acronym's capitals when the name is in mixed case (`withAcronyms`).
 */
function initialOf(w: Word, withAcronyms = false): string {
  if (withAcronyms && CAPITALS.test(w.text)) return w.text;
  return DOTTED_INITIALS.test(w.text) ? w.text.replaceAll(".", "") : w.text[0]!;
}

/**
 * The initials of a body's name without the place it ends in after `of`: `IIO` for `Independent
 * Investigations Office of B.C.`, as such a body abbreviates itself; empty when no place ends it.
 */
function initialsBeforePlace(a: Analysis, name: Mention): string {
  for (let j = name.last - 1; j > name.first; j--) {
    if (a.words[j]!.key !== "of") continue;
    const place = a.words.slice(j + 1, name.last + 1).map((w) => w.key);
    return isPlace(place) ? initialsOf(a, { ...name, last: j - 1 }) : "";
  }
  return "";
}

/**
 * The initials of a body's name without the possessor that opens it: `HSO` for `Ontario’s Harbour
 * Safety Office`; empty when no possessive opens it, or nothing of the name follows.
 */
function initialsAfterPossessor(a: Analysis, name: Mention): string {
  const first = a.words[name.first]!;
  if (name.last === name.first || !isCapitalised(first.text) || !APOSTROPHE_S.test(first.text)) return "";
  return initialsOf(a, { ...name, first: name.first + 1 });
}

/**
 * What an acronym may stand for: a member already named, or a name the text spelt out in parts,
 * with the indexes in the cast's names of its first and last parts.
 */
type SpeltOut = CastMember | (Range & { parts: [number, number] });

/**
 * A body's name the mentions split into parts, so far: where it starts, its initials, how many
 * parts. `United Nurses` of `Alberta`; `Alberta Teachers` ' `Association`, a plural's apostrophe
 * ending a mention.
 */
interface Chain {
  start: number;
  initials: string;
  parts: number;
  /** The index of its first part in the cast's names. */
  first: number;
}

/**
 * What joins two parts of one body's name: `and`, `&`, `of` or `for` (`of the`, `for the`), or
 * a plural possessive's apostrophe (`Teachers' Association`, `Workers’ Compensation Board`).
 */
const NAME_JOINS = /^(?:\s+(?:and|&)\s+|\s+(?:of|for)\s+(?:the\s+)?|['’]\s+)$/;

/** More parts than any body's name has: `Federation` of `Sovereign Indigenous Nations`, four at most. */
const MAX_CHAIN_PARTS = 4;

/**
 * Records a spelt-out name under its initials, for an acronym that stands for it later, and a
 * name split into parts (`United Nurses` of `Alberta`, for `UNA`) under the initials of the
 * whole. Never a name a given name or a title shows to be a person's: initials stand for a
 * body, and a person (`Jane Roe of the union`) starts no body's name. Returns the chain of parts
 * the name ends, for the next name.
 */
function noteInitials(
  a: Analysis,
  byInitials: Map<string, SpeltOut | null>,
  name: Mention,
  member: CastMember,
  chain: Chain | undefined,
  names: Analysis["names"],
): Chain | undefined {
  const before = names.at(-1)?.mention;
  const at = names.length;
  // `Northern Timber` reads as a person's two names; a given name or a title shows one.
  if (member.kind === "person" && (member.gender !== undefined || member.titles.size > 0)) return undefined;
  const initials = initialsOf(a, name);
  // `Acme Mining Corporation` and `Atlantic Marine Council` both named: `AMC` spells neither for
  // sure, and null says so (not the last one named, as the map's overwriting would).
  if (initials.length >= MIN_INITIALS && name.last > name.first) {
    const spelt = byInitials.get(initials);
    byInitials.set(initials, spelt === null || (spelt && "id" in spelt && spelt !== member) ? null : member);
  }
  // `Independent Review Office of B.C.` … `the IRO`: initials may leave out the place.
  const unplaced = initialsBeforePlace(a, name);
  if (unplaced.length >= MIN_INITIALS && !byInitials.has(unplaced)) byInitials.set(unplaced, member);
  // `Ontario’s Harbour Safety Office` … `the HSO`: nor the possessor that opens the name, its
  // place or owner (as isAcronymOf reads a bracketed acronym).
  const unowned = initialsAfterPossessor(a, name);
  if (unowned.length >= MIN_INITIALS && !byInitials.has(unowned)) byInitials.set(unowned, member);
  const joined = chain && before && chain.parts < MAX_CHAIN_PARTS && NAME_JOINS.test(a.text.slice(before.end, name.start));
  if (!joined) return { start: name.start, initials, parts: 1, first: at };
  const whole = chain.initials + initials;
  if (whole.length >= MIN_INITIALS) byInitials.set(whole, { start: chain.start, end: name.end, parts: [chain.first, at] });
  return { start: chain.start, initials: whole, parts: chain.parts + 1, first: chain.first };
}

/**
 * The organisation an acronym stands for when the text spelt its name out before without
 * giving the acronym in brackets: `The Northern Timber and Paper Workers union …` then `the
 * NTPW said`. The letters must be the name's initials exactly. A name spelt out in parts is then
 * known to be one body's, and each part (`the United Nurses said`) names the whole body, but
 * a place's name in it.
 */
function spelledOutBefore(
  a: Analysis,
  byInitials: Map<string, SpeltOut | null>,
  acronym: Mention,
  names: Analysis["names"],
): CastMember | undefined {
  const spelt = isAcronym(a, acronym) ? byInitials.get(a.words[acronym.first]!.text) : undefined;
  return spelt ? bodySpelt(a, spelt, names) : undefined;
}

/** Whether a mention is one word of three or more capitals, what may be a body's initials. */
function isAcronym(a: Analysis, m: Mention): boolean {
  return m.first === m.last && UNBRACKETED_ACRONYM.test(a.words[m.first]!.text);
}

/**
 * `UNA ratifies deal` heading an article that names `the United Nurses of Alberta` below: an
 * acronym before the name it spells names that body as well, here and wherever it recurs.
 * Asked once per such acronym, after the cast has read every name: a look-up, no scan.
 */
function spelledOutAfter(a: Analysis, byInitials: Map<string, SpeltOut | null>, names: Analysis["names"], i: number): void {
  const n = names[i]!;
  const spelt = byInitials.get(a.words[n.mention.first]!.text);
  if (!spelt || ("id" in spelt ? spelt === n.member : spelt.start < n.mention.start)) return;
  const body = bodySpelt(a, spelt, names);
  a.cast.alias(a.words[n.mention.first]!.key, body);
  n.member = body;
}

/** The body a spelt-out name is: a member named, or a name in parts, whose parts then name it. */
function bodySpelt(a: Analysis, spelt: SpeltOut, names: Analysis["names"]): CastMember {
  if ("id" in spelt) return spelt;
  const body = a.cast.described(a.text.slice(spelt.start, spelt.end), "institution", null, spelt.start);
  for (let i = spelt.parts[0]; i <= spelt.parts[1]; i++) {
    const part = names[i]!;
    // A part's own name stands for the body too (`the United Nurses said`, wherever), but a
    // place's name (`Alberta` of `United Nurses of Alberta`) keeps naming the place elsewhere.
    if (part.member !== body && part.member.kind !== "government" && part.member.kind !== "outlet")
      a.cast.alias(part.member.tokens.join(" "), body);
    part.member = body;
  }
  return body;
}

/** Whether `acronym` is a bracketed acronym of `name` right after it: `Provincial Review Board (PRB)`. */
function isAcronymOf(a: Analysis, name: Mention, acronym: Mention, end = name.end): boolean {
  const written = a.words[acronym.first]!.text;
  if (acronym.first !== acronym.last || !BRACKETED_ACRONYM.test(written)) return false;
  if (!/^\s*\($/.test(a.text.slice(end, acronym.start)) || a.text[acronym.end] !== ")") return false;
  // `Serious Incident Response Team (SiRT)`: a body may write its acronym in mixed case.
  const letters = written.toUpperCase();
  // `Independent Review Office of Alberta (IRO)`: the place may be left out of the acronym.
  const spells = (initials: string) => initials.length >= 2 && (letters.startsWith(initials) || initials.startsWith(letters));
  const initials = initialsOf(a, name);
  // So may a possessor opening the name (`Ontario’s Harbour Safety Office (HSO)`), the
  // body's place or owner, though one may be the name's own word (`People’s Alliance (PA)`),
  // and a place opening it (`Saskatchewan Serious Incident Response Team (SIRT)`).
  const first = a.words.slice(name.first, name.last + 1).find((w) => isCapitalised(w.text) && !ORGANISATION_NAME_LINKS.has(w.key));
  if (spells(initials) || (!!first && APOSTROPHE_S.test(first.text) && spells(initials.slice(initialOf(first).length)))) return true;
  const place = placeOpening(a, name);
  return place > 0 && spells(initialsOf(a, { ...name, first: name.first + place }));
}

/**
 * An acronym in brackets: two or more capitals (`PRB`), or a capital first with capitals and
 * small letters after it, two capitals at least (`SiRT`).
 */
const BRACKETED_ACRONYM = rx.u`^\p{Lu}(?:\p{Lu}+|\p{Ll}?(?:\p{Lu}\p{Ll}?)+)$`;

/** The most words of a place's name that may open a body's name: `Nova Scotia`, `Prince Edward Island`. */
const MAX_OPENING_PLACE_WORDS = 3;

/**
 * How many words at the start of a body's name are a place's name (`Saskatchewan` of
 * `Saskatchewan Serious Incident Response Team`), the longest run that is, some word of the name
 * left after it; 0 when none is.
 */
function placeOpening(a: Analysis, name: Mention): number {
  for (let n = Math.min(MAX_OPENING_PLACE_WORDS, name.last - name.first); n > 0; n--) {
    if (isPlace(a.words.slice(name.first, name.first + n).map((w) => w.key))) return n;
  }
  return 0;
}

/**
 * `the Blue Jays`, `the Edmonton Oilers`: a name of two words or more after `the`, its last word
 * plural, names a team or a family (a group `they` stands for), never one person: a person's
 * name takes no article. A title or a known given name shows a person all the same.
 */
function namesATeam(a: Analysis, mention: Mention, member: CastMember): boolean {
  if (member.kind !== "person" || member.tokens.length < 2 || member.titles.size > 0 || member.gender !== undefined) return false;
  if (!PLURAL_ENDING.test(member.tokens.at(-1)!)) return false;
  const first = a.words[mention.first]!;
  const before = a.words[mention.first - 1];
  return first.key === "the" || (!!before && before.key === "the" && before.end <= mention.start);
}

/** Verbs after `who` that agree with one subject only: `Adams, who is`, `Adams, who has`. */
const SINGULAR_VERBS = new Set(["is", "was", "has", "does"]);

/**
 * `said Adams, who chairs the board`: a one-word name ending in s, read as a group (`Liberals`)
 * for want of a given name, names one person when a relative clause set off after it takes a
 * verb only one subject agrees with (`is`, `was`, `has`, a present tense in -s). A group takes
 * `who are`, `who were`, `who have`; a past tense (`who voted`) tells nothing and leaves it a
 * group. Reads the three words after the name: a fixed window.
 */
function namesOneBySingularRelative(a: Analysis, mention: Mention, member: CastMember): boolean {
  if (member.kind !== "group" || member.tokens.length !== 1) return false;
  const who = a.words[mention.last + 1];
  const verb = a.words[mention.last + 2];
  if (who?.key !== "who" || !verb || !/^\s*,\s*$/.test(a.text.slice(mention.end, who.start))) return false;
  return SINGULAR_VERBS.has(verb.key) || (isLowerCase(verb.text) && PLURAL_ENDING.test(verb.key) && !verb.key.endsWith("ly"));
}

/**
 * `Maria Garcia Day, a nurse, said`: a name read as a day named after a person (`Terry Fox Day`,
 * mayBeDayAfterPerson) names a person surnamed Day when it speaks (a past verb of saying right
 * after it: a day `says` much in news copy) or is described as one (`, who`, an age `, 54,`, `, a
 * nurse`); never in a day's place (`on Terry Fox Day`, `marked Terry Fox Day`). A count or a year
 * set off after it (`On Terry Fox Day, 300 people ran`, `Terry Fox Day, 2024`) is no age. Reads
 * the word before it and the three words after it.
 */
function dayActsAsPerson(a: Analysis, mention: Mention): boolean {
  const next = a.words[mention.last + 1];
  // The cheap test first: nearly no name ends in `Day`.
  if (a.words[mention.last]!.key !== "day" || !next) return false;
  a.work.add(mention.last - mention.first + 1);
  if (!mayBeDayAfterPerson(a.words.slice(mention.first, mention.last + 1).map((w) => w.key))) return false;
  const before = a.words[mention.first - 1];
  if (before && (DAY_PREPOSITIONS.has(before.key) || DAY_MARKING_VERBS.has(before.key))) return false;
  const gap = a.text.slice(mention.end, next.start);
  if (gap === " ") return isSpeechOrStanceVerb(a.text, next) && !next.key.endsWith("s") && closesSaying(a, mention.last + 1);
  if (gap !== ", ") return false;
  if (next.key === "who") return true;
  // An age is closed by a comma (`, 54,`); `, 300 people` and `, 2024` are a count and a year.
  if (/^\d{1,3}$/.test(next.key)) return a.text.startsWith(",", next.end);
  const noun = a.words[mention.last + 2];
  if ((next.key !== "a" && next.key !== "an") || noun === undefined || !isLowerCase(noun.text) || !isPersonNoun(noun.key)) return false;
  return personAppositiveClosed(a, mention.last + 2);
}

/**
 * Whether the verb of saying at word i says words, not something (`Maria Garcia Day said,`, `said
 * “…”`, `said that`, `said.`, a clause `said the ward was short`): not `Terry Fox Day said a lot
 * about the town`. Reads three words.
 */
function closesSaying(a: Analysis, i: number): boolean {
  const ws = a.words;
  a.work.add(3);
  const next = ws[i + 1];
  if (!next) return true;
  const after = a.text.slice(ws[i]!.end, next.start).trim()[0];
  if (after === "," || after === "." || after === "“" || after === '"' || next.key === "that") return true;
  if (after !== undefined) return false;
  // `said the ward was short`: a determiner, one noun and a finite verb open a reported clause.
  const noun = ws[i + 2];
  return CLAUSE_DETERMINERS.has(next.key) && !!noun && isLowerCase(noun.text) && CLAUSE_VERBS.has(ws[i + 3]?.key ?? "");
}

/** Determiners that may open a reported clause's subject (`said the ward was`). */
const CLAUSE_DETERMINERS = new Set(["the", "her", "his", "their", "our"]);
/** Finite verbs that show a reported clause after its one-noun subject. */
const CLAUSE_VERBS = new Set(["is", "was", "are", "were", "has", "had", "will", "would"]);

/** The most words after a person's noun (`, a nurse at the clinic,`) before the comma that closes its appositive. */
const APPOSITIVE_TAIL_WORDS = 6;

/**
 * Whether the person's noun at word i closes its appositive with a comma, right after it (`, a
 * nurse,`) or after a phrase its preposition opens with no verb of saying (`, a nurse at the
 * clinic,`): not `, a volunteer effort,` nor `, an organizer said,`. Reads a few words.
 */
function personAppositiveClosed(a: Analysis, i: number): boolean {
  const ws = a.words;
  if (a.text.startsWith(",", ws[i]!.end)) return true;
  if (!APPOSITIVE_PREPOSITIONS.has(ws[i + 1]?.key ?? "")) return false;
  for (let k = i + 1; k <= i + APPOSITIVE_TAIL_WORDS && ws[k]; k++) {
    a.work.add();
    if (isSpeechOrStanceVerb(a.text, ws[k]!)) return false;
    if (a.text.startsWith(",", ws[k]!.end)) return true;
  }
  return false;
}

/** Prepositions that open a person's appositive's tail (`a nurse at the clinic`). */
const APPOSITIVE_PREPOSITIONS = new Set(["at", "with", "for", "in", "from", "of", "on"]);

/**
 * `On Lincoln Alexander Day, 300 people marched`: a name closing with `Day`, after a preposition
 * of time that opens its sentence and set off by a comma after it, is a day's and names no one,
 * though given names alone make it (`Mary Ann Day` is a person elsewhere: namesADay) or the day's
 * word is a given name too (`Alexander`). A person surnamed Day does not stand there: only
 * prepositions that take a noun and never a clause do (DAY_OPENERS), not `Since` or `Until`,
 * which open a clause the person is the subject of (`Since Mary Day, the first woman elected,
 * took office`), nor `After` or `Before` (`After Mary Ann Day, …` may be someone's turn). Reads
 * the word before the name and the character after it.
 */
function dayOpeningItsSentence(a: Analysis, m: Mention, sentenceStart: (at: number) => number): boolean {
  const last = a.words[m.last]!;
  if (last.text !== "Day" || m.last === m.first) return false;
  const before = a.words[m.first - 1];
  if (!before || !DAY_OPENERS.has(before.key) || !a.text.startsWith(",", last.end)) return false;
  return sentenceStart(before.start) === before.start;
}

/** Prepositions of time, taking no clause, that, opening a sentence, put a name closing with `Day` in a day's place: see dayOpeningItsSentence. */
const DAY_OPENERS = new Set(["on", "during", "throughout"]);

/** Prepositions of time, before which a name ending in `Day` is a day's (`on Terry Fox Day`). */
const DAY_PREPOSITIONS = new Set(["on", "since", "until", "before", "after", "during", "throughout", "for"]);

/** Verbs whose object is a day (`Pellworth marked Terry Fox Day`). */
const DAY_MARKING_VERBS = new Set([
  "mark",
  "marks",
  "marked",
  "marking",
  "celebrate",
  "celebrates",
  "celebrated",
  "celebrating",
  "observe",
  "observes",
  "observed",
  "observing",
]);

/**
 * Whether a name can begin at word i: a capitalised word, or `the` before one (`the Rev. Jane
 * Doe`). A description that runs into a name (`the spokesman Jane Doe`) yields the same name
 * from its first capital, so the cast need not parse a phrase at every lower-case word, which
 * was a sixth of the draft's time.
 */
function mayBeginName(text: string, ws: Word[], i: number): boolean {
  const w = ws[i]!;
  // `the Crown Corporation`: the body's noun after `Crown` is the kind's (isCrownBody), no name's first word.
  // No word before the first: an index of -1 made the engine read every word here by a generic look-up.
  if (i > 0 && isCrownBody(ws[i - 1]!.key, w.key)) return false;
  return capitalisedAt(text, w) || (w.key === "the" && i + 1 < ws.length && capitalisedAt(text, ws[i + 1]!));
}

/** The three lists in one, asked of every word twice: one look-up where most words missed three. */
const SPEECH_OR_STANCE = new Set([...CORE_SPEECH, ...STANCE_VERBS, ...UNREPORTED_STANCE_VERBS]);

/** A lower-case verb of saying or stance: what speechEvents finds the subject of. Its case read from the text (lowerCaseAt). */
function isSpeechOrStanceVerb(text: string, w: Word): boolean {
  return lowerCaseAt(text, w) && SPEECH_OR_STANCE.has(w.key);
}

/** How many words outside quotations speechEvents will look for a subject of, charged before (VERB_STEPS). */
function speechVerbCandidates(speechVerbs: boolean[], quoted: boolean[]): number {
  let n = 0;
  for (let i = 0; i < speechVerbs.length; i++) if (!quoted[i] && speechVerbs[i]) n++;
  return n;
}

/** A verb in the past, then an -s form: `raised questions`. */
const PAST_THEN_PLURAL = rx.u`^\p{Ll}+ed \p{Ll}+s$`;

/** Whether two words read as PAST_THEN_PLURAL; the endings, tested first, spare nearly every verb the joined string. */
function isPastThenPlural(prev: Word, w: Word): boolean {
  return prev.text.endsWith("ed") && w.text.endsWith("s") && PAST_THEN_PLURAL.test(`${prev.text} ${w.text}`);
}

/** Every speech or stance verb outside quotations and the page's furniture whose subject can be found. */
function speechEvents(a: Analysis, aside: boolean[]): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  a.words.forEach((w: Word, v) => {
    if (a.quoted[v] || aside[v]) return;
    // `…, according to Jane Roe.`: the source named is someone who spoke, as after a verb of saying.
    if (w.key === "according" && a.words[v + 1]?.key === "to" && !relayed(a, v)) {
      const m = a.words[v + 2] && !a.quoted[v + 2] ? npForward(a, v + 2) : undefined;
      if (m?.kind === "name") out.push({ at: w.start, verb: w, mention: personAfterAffiliation(a, m, true), member: null });
      return;
    }
    if (!a.speechVerbs[v]) return;
    // `his claims`, `the report`: nouns, not verbs.
    const prev = a.words[v - 1];
    if (prev && nounAfterMarker(a, prev, w, NOUN_MARKERS_BEFORE_VERB)) return;
    // `raised questions`, `fielded calls`: an -s form right after a verb in the past is its object, a plural noun.
    if (prev && isPastThenPlural(prev, w) && /^ +$/.test(a.text.slice(prev.end, w.start))) return;
    // `a person thought to have information`: what others take to be true of the noun, not its words.
    if (RAISING_PARTICIPLES.has(w.key) && a.words[v + 1]?.key === "to" && /^(?:have|be)$/.test(a.words[v + 2]?.key ?? "")) return;
    // `Discretion is advised.`, `Staff were told …`: the passive's subject was spoken to.
    // So too a passive of naming (`The news conference was called off`, `He was branded a
    // traitor`): its subject was named, summoned or cancelled by someone unnamed, and said nothing;
    // and one charged in law (`a man was charged`, `two have been charged Tuesday`).
    if (
      prev &&
      BE_FORMS.has(prev.key) &&
      (ADDRESSED_PARTICIPLES.has(w.key) || NAMING_PARTICIPLES.has(w.key) || CHARGED_WITH.has(w.key)) &&
      a.words[v + 1]?.key !== "by"
    )
      return;
    const lo = wordIndexAt(a, sentenceOf(a, w.start).start);
    // `… of Indigenous Peoples (UNDRIP), said Jane Roe.`: after a bracket closing what was
    // reported, the name after the verb speaks, not the name before the bracket.
    const afterBracket = prev && /^\),\s+$/.test(a.text.slice(prev.end, w.start)) ? nameAfterVerb(a, v) : undefined;
    const mention = adjunctSubject(a, v, lo) ?? afterBracket ?? subjectBeforeOrInverted(a, v, lo);
    // `a raft of Ford jokes`, `tired of Trump tweets`: an -s form after a name that a preposition
    // governs is a plural noun the name modifies, no verb; the name is no subject.
    if (
      mention?.kind === "name" &&
      w.key.endsWith("s") &&
      PREPOSITIONS.has(a.words[mention.first - 1]?.key ?? "") &&
      mention.end <= w.start &&
      /^ +$/.test(a.text.slice(mention.end, w.start))
    )
      return;
    // `…, Bahadi said, if Forcillo had asked a simple question`: a saying in a clause of
    // condition is one that did not happen; its subject said nothing.
    if (mention && CONDITIONS.has(a.words[mention.first - 1]?.key ?? "")) return;
    if (mention && !askedInAnAside(a, mention, lo) && !inReportedClause(a, mention, lo, v) && !holdsSpeechVerb(a, mention))
      out.push({ at: w.start, verb: w, mention, member: null });
  });
  return out;
}

/**
 * `The mayor says Riverton doesn't deserve remarks that …`: a description that runs over a
 * lower-case verb of saying is a clause, its subject and what was said, not one noun phrase;
 * read as the subject of the noun after it (`comments` as a verb), it made a speaker of the
 * clause's words. Reads the mention's own words only.
 */
function holdsSpeechVerb(a: Analysis, m: Mention): boolean {
  if (m.kind !== "nominal") return false;
  for (let j = m.first + 1; j <= m.last; j++) {
    const w = a.words[j]!;
    if (!a.speechVerbs[j] || !CORE_SPEECH.has(w.key) || !FINITE_SAYING.test(w.key)) continue;
    // `the centre's warning says`, `the minister's comments`: a noun after a possessive or an article.
    if (!nounAfterMarker(a, a.words[j - 1]!, w, NOUN_MARKERS_BEFORE_VERB)) return true;
  }
  return false;
}

/**
 * A verb of saying in a finite form (`says`, `tells`, `said`, `told`), which a subject governs;
 * not a participle after its noun (`a sign posted on the gate`, `a warning issued`).
 */
const FINITE_SAYING = rx.u`^(?:\p{Ll}+s|said|told)$`;

/** Words that open a clause of condition before its subject (speechEvents). */
const CONDITIONS = new Set(["if", "unless"]);

/** How many words before `according to` a verb of saying makes its source the relayer (`Roe said, according to …`). */
const RELAYED_MAX_WORDS = 6;

/**
 * `“…,” Roe said, according to Sportsnet's Jane Doe`: a verb of saying just before, in the same
 * sentence, has its own subject; the source after `according to` is who relayed it.
 */
function relayed(a: Analysis, v: number): boolean {
  const from = sentenceOf(a, a.words[v]!.start).start;
  for (let j = v - 1; j >= 0 && j >= v - RELAYED_MAX_WORDS && a.words[j]!.start >= from; j--) {
    a.work.add();
    if (SPEECH_VERBS.has(a.words[j]!.key)) return true;
  }
  return false;
}

/**
 * The subject before verb v, else the name inverted after it (nameAfterVerb). `Despite friendly
 * staff, the wait is long, says Alex McLaren.`: a description set off by a comma before the verb
 * opens no subject of it when a name ends the clause after the verb; the description belongs to
 * a phrase of its own, and the name speaks.
 */
function subjectBeforeOrInverted(a: Analysis, v: number, lo: number): Mention | undefined {
  const before = subjectOf(a, v, lo);
  if (before && before.kind !== "nominal") return before;
  const next = a.words[before ? before.last + 1 : v];
  const setOff = before && next ? /^\s*,/.test(a.text.slice(a.words[before.last]!.end, next.start)) : false;
  return !before || setOff ? (nameAfterVerb(a, v) ?? before) : before;
}

/**
 * `The case raised questions about …, said Kent Roach, a law professor.`: a verb of saying set
 * off by a comma after what was reported, with the speaker's name right after it and ending its
 * clause (in `…, said Mrs. Clinton had avoided …` the name opens what was said).
 */
function nameAfterVerb(a: Analysis, v: number): Mention | undefined {
  if (!verbSetOffByComma(a, v)) return undefined;
  const m = a.words[v + 1] && !a.quoted[v + 1] ? npForward(a, v + 1) : undefined;
  if (m?.kind !== "name") return undefined;
  const speaker = personAfterAffiliation(a, m, true);
  return endsClauseAfter(a, speaker.last, speaker.end) ? speaker : undefined;
}

/**
 * `She acknowledged some critics wanted her to stop.`: a subject right after another verb of
 * saying or stance (or its `that`) opens the clause that verb reports; what that subject
 * wanted or said is reported by the main clause's subject, who keeps the floor.
 */
function inReportedClause(a: Analysis, m: Mention, lo: number, v: number): boolean {
  // An inverted subject (`said Jane Roe`) follows its own verb: no other verb reports it, nor
  // does that verb when a participle after it shares the name (`said Jane Roe, adding`).
  return m.first <= v && !isInvertedSubject(a, m) && reportedByVerbBefore(a, m, lo);
}

/** How many words a questioner's name may take after `when` (`Newstalk 580 CFRA’s Leslie Roberts`). */
const ASIDE_MAX_WORDS = 6;

/**
 * `“…,” Jane Roe said when radio host Tom Baker asked whether …`: whoever asks in a `when`
 * clause after a verb of saying only sets the scene of the answer; the one who answered keeps
 * the floor, so `he said` next is still the answerer's.
 */
function askedInAnAside(a: Analysis, m: Mention, lo: number): boolean {
  const ws = a.words;
  for (let j = m.first - 1; j > lo && j >= m.first - ASIDE_MAX_WORDS; j--) {
    if (/[,.;:!?]/.test(a.text.slice(ws[j]!.end, ws[j + 1]!.start))) return false;
    if (ws[j]!.text === "when") return saidJustBefore(a, j, lo);
  }
  return false;
}

/**
 * Whether a verb of saying stands right before word `j`, or before the day it was said on:
 * `Roe said Tuesday when a reporter asked …`.
 */
function saidJustBefore(a: Analysis, j: number, lo: number): boolean {
  let k = j - 1;
  if (k > lo && WEEKDAYS.has(a.words[k]!.key) && /^ +$/.test(a.text.slice(a.words[k - 1]!.end, a.words[k]!.start))) k--;
  const verb = a.words[k];
  return !!verb && CORE_SPEECH.has(verb.key) && verb.text === verb.key;
}
