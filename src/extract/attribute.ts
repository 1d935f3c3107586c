// Who said each speech quotation: first its own attribution, in text order so that
// pronouns see who spoke before; then, for quotations without one, a neighbour's speaker.

import { namesALaw } from "./actor-kinds";
import type { CastMember } from "./actors";
import { type Analysis, type Attribution, paragraphIndexAt, type QuoteInfo, type SpeechEvent, sentenceOf, wordIndexAt } from "./analysis";
import { type Context, isEvidentlyPerson } from "./antecedents";
import { utteredBySubject, utteredWith } from "./attribution-sources";
import {
  deathReportedIn,
  leadSpeakerBelow,
  nameStartingAt,
  nameStartsOf,
  openingName,
  opensAfterDateline,
  verblessAttribution,
} from "./bare-quotation-speakers";
import { opensSentence, writtenOrCried } from "./classify";
import { ONLY_A_COMMA } from "./clause-subjects";
import { nameDescribedSpeakers } from "./described-speakers";
import { AUTHOR_LINKS, nameAfterAuthorLink, STATEMENT_NAMES, writingOpening } from "./documents";
import { captionLinesAbove, endsSentence, isTeaserLine, SUBHEAD_MAX_WORDS } from "./furniture";
import { lendEchoedSpeakers, lendHeadingRoleHolders, singleWholeParagraph } from "./heading-speakers";
import { lendHeadlineWords } from "./headline-words";
import {
  ASKING_VERBS,
  BE_FORMS,
  FUNCTION_WORDS,
  ISSUED_WRITINGS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKING_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
  TITLES,
} from "./lexicon";
import { lowerCaseOfficeBefore } from "./mention-office-holders";
import { isOfficeWord, joined, type Mention } from "./mention-words";
import { npForward } from "./mentions";
import { isPlace } from "./names";
import { isProfileLabelRest, opensWithoutSubject, PROFILE_DESCRIPTION_MAX_LINES } from "./profile-labels";
import { modifiesNext } from "./pronouns";
import type { Quotation } from "./quotes";
import { Resolver } from "./resolve";
import { firstAtOrAfter, lastAtOrBefore, type Range } from "./spans";
import { closedByStop, explicitAttribution, inOpeningSubordinate, saidByAnyone } from "./speakers";
import { writingThatGoesInto } from "./speech-verbs";
import { IRREGULAR_PAST, opensPredicate } from "./subject-words";
import { ISSUING_VERBS, subjectOf } from "./subjects";
import { APOSTROPHE_S, DOUBLE_MARK, isLowerCase, startsUpper, type Word } from "./text";
import { dropUncreditedHeadings } from "./uncredited-headings";
import { rx } from "./unicode-regexps";

export function attributeAll(a: Analysis): void {
  const speech = a.quotes.filter((x) => x.kind === "speech");
  const resolver = attributeInTextOrder(a, speech);
  nameDescribedSpeakers(a, speech, resolver);
  lendNeighbourSpeakers(a, speech, resolver);
  lendEchoedSpeakers(a, speech);
  lendHeadingRoleHolders(a, speech, resolver);
  lendHeadlineWords(a, resolver);
  // A speaker lent by a neighbour (`“…,” the statement read.` then `“I wish Jane Roe well.”`
  // going on with it) is no more the one the quotation speaks of: see namesItsSpeaker.
  for (const info of speech) {
    // Its own attribution's speaker was read as it was resolved (attributeInTextOrder).
    if (info.attribution) continue;
    const member = info.speaker?.member;
    if (member && namesItsSpeaker(a, info, member, info.speaker!.mention)) info.speaker = { ...info.speaker!, member: null };
  }
  dropUncreditedHeadings(a, speech);
}

/**
 * A quotation set as a heading below the headline: single marks around its whole paragraph, its
 * words ending without a stop or comma (`'Take a breath'`), as a heading's do and a sentence's
 * don't. Its words, or undefined when it is no such heading.
 */
function quotedHeading(a: Analysis, info: QuoteInfo): string | undefined {
  if (info.paragraph === 0 || !singleWholeParagraph(a, info)) return undefined;
  const piece = info.q.pieces[0]!;
  const words = a.text.slice(piece.start, piece.end);
  a.work.add(words.length);
  return /[.?!,;:…]\s*$/.test(words) ? undefined : words;
}

/**
 * Whether a quoted heading's words (quotedHeading) are a subhead below the headline: a heading's
 * few words. A longer one under the headline is its deck, a pull quote the lead's speaker need
 * not have said: the body's echo of it, if any, names who did (lendEchoedSpeakers).
 */
function headsSection(heading: string | undefined): boolean {
  return heading !== undefined && heading.trim().split(/\s+/).length <= SUBHEAD_MAX_WORDS;
}

/** Words that open a clause standing as a noun (`the way Roe asked it`, `what Roe said`, `how Roe put it`). */
const OBJECT_CLAUSE_OPENERS = new Set(["way", "what", "how"]);

/**
 * Whether a speech event's clause is the object of another verb (`Baker took issue with the way
 * Roe asked the question`, `Baker rejected what Roe said`): the sentence is about the speech, and
 * the subject of the main clause, not the one reported, holds the floor for a `he said` after it.
 */
function objectClause(a: Analysis, ev: SpeechEvent): boolean {
  const ws = a.words;
  const i = wordIndexAt(a, ev.mention.start);
  const opener = ws[i - 1];
  if (!opener || opener.text !== opener.key || !OBJECT_CLAUSE_OPENERS.has(opener.key) || i < 2) return false;
  // `the way`; `what` and `how` after a word of the main clause, not opening the sentence.
  return opener.key === "way" ? ws[i - 2]!.key === "the" : sentenceOf(a, opener.start).start < opener.start;
}

/** A mark opening a quotation inside a quotation: `‘`, or `'` after a space. */
const INNER_OPEN = /‘|(?:^|\s)'/u;
/** A mark closing one: `’` or `'` not followed by a letter. */
const INNER_CLOSE = rx.u`[’'](?!\p{L})`;

/**
 * `“I would like to congratulate Jane Roe on her win,” the statement read`, where the statement
 * was met as Roe's rival's: a quotation that speaks of or to a named person by surname
 * (addressed, praised, criticised) is not that person's own words, however the attribution
 * resolved; no one is better than the one spoken of. Read only when the attribution's own words
 * do not name the person (`“… not Jane Roe,” Roe said` is a speaker naming herself), and only
 * for the speaker's own name: not another with the same surname (`Tom Roe`), not a name in
 * brackets (`[Roe]`, the writer's), nor one in a quotation inside it (`they ask, ‘Mr. Roe, …’`),
 * nor one before a verb of saying (`,” Roe said.` closing a passage quoted whole).
 */
function namesItsSpeaker(a: Analysis, info: QuoteInfo, member: CastMember, said: Mention | null): boolean {
  if (member.kind !== "person" || member.unnamed || member.tokens.length < 2 || member.tokens.includes("of")) return false;
  const surname = member.tokens[member.tokens.length - 1]!;
  // `“…,” he said`: a pronoun's own reading (pronouns.ts) already passes over a person the
  // quotation speaks of; past it, a speaker may well name himself (`“… than Jane Roe,” she said`).
  if (said && (said.kind === "pronoun" || a.words.slice(said.first, said.last + 1).some((w) => member.tokens.includes(w.key))))
    return false;
  const ws = a.words;
  for (const p of info.q.pieces) {
    // Most quotations never hold the name: one native scan before reading word by word.
    a.work.add();
    if (!a.text.slice(p.start, p.end).toLowerCase().includes(surname)) continue;
    let inner = false;
    let bracketed = false;
    for (let i = wordIndexAt(a, p.start); i < ws.length && ws[i]!.end <= p.end; i++) {
      a.work.add();
      const w = ws[i]!;
      const gap = a.text.slice(i > 0 ? Math.max(p.start, ws[i - 1]!.end) : p.start, w.start);
      if (/[([]/.test(gap)) bracketed = true;
      else if (/[)\]]/.test(gap)) bracketed = false;
      if (INNER_OPEN.test(gap)) inner = true;
      else if (inner && INNER_CLOSE.test(gap)) inner = false;
      // `Mr. Roe's plan`: a statement speaks so of its own principal's doings; only the person
      // addressed or spoken of (`I congratulate Jane Roe`, `Jane Roe has confirmed`) counts.
      if (w.key !== surname || inner || bracketed || !startsUpper(w.text) || APOSTROPHE_S.test(w.text)) continue;
      const next = ws[i + 1];
      const closed = next && isLowerCase(next.text) && FUNCTION_WORDS.has(next.key);
      if ((modifiesNext(a, i) && !closed) || (next && SPEECH_VERBS.has(next.key))) continue;
      const before = ws[i - 1];
      if (before && joined(a.text, before, w) && startsUpper(before.text) && !member.tokens.includes(before.key) && !TITLES.has(before.key))
        continue;
      if (inListOfNames(a, i, member)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether the name ending at word i (the member's surname) stands in a list of names, set off
 * by a comma from a capitalised word before it or after it (`Tom Baker, Jane Roe, Ann Lee`): a
 * speaker counting herself among others (`“… Jane Roe, Ann Lee, those are skilled people,” the
 * senator said`) as often as one naming others.
 */
function inListOfNames(a: Analysis, i: number, member: CastMember): boolean {
  const ws = a.words;
  let first = i;
  while (first > 0 && member.tokens.includes(ws[first - 1]!.key) && joined(a.text, ws[first - 1]!, ws[first]!)) first--;
  const listed = (x: number, y: number) =>
    !!ws[x] && !!ws[y] && a.quoted[x]! && a.quoted[y]! && ONLY_A_COMMA.test(a.text.slice(ws[x]!.end, ws[y]!.start));
  return (listed(first - 1, first) && startsUpper(ws[first - 1]!.text)) || (listed(i, i + 1) && startsUpper(ws[i + 1]!.text));
}

/** Resolves speech events and quotations' own attributions as a reader meets them. */
function attributeInTextOrder(a: Analysis, speech: QuoteInfo[]): Resolver {
  // Context's own fields, named: a spread of the analysis with a field added made each text's
  // context an object of a shape of its own to the engine, and every read of its fields (the
  // words, the text, the work, by every reader under the resolver) a generic look-up, the slow
  // kind; about 6% of a warm draft's instructions.
  const context: Context = {
    text: a.text,
    words: a.words,
    work: a.work,
    quoted: a.quoted,
    cast: a.cast,
    paragraphs: a.paragraphs,
    names: a.names,
    sentenceOf: (at: number) => sentenceOf(a, at),
  };
  const resolver = new Resolver(context);
  // Each quotation's attribution lies between the speech quotation before it and the one after.
  // A title or term between them is part of the clause (`a class called “Perception” …, writing
  // “…”`), unless it ends its sentence (`took credit for “being right.” And then Baker said`).
  const opens = speech.map((x) => x.q.pieces[0]!.open);
  const closes = a.quotes
    .filter((x) => x.kind === "speech" || endsSentenceInside(a, x))
    .map((x) => x.q.pieces[x.q.pieces.length - 1]!.close + 1)
    .sort((x, y) => x - y);
  // `“…,” Roe said`: a quotation's attribution and its speech event's subject are one mention,
  // met twice in text order. A name or a pronoun is resolved once: resolved again, after the
  // first reading noted it as the speaker, it came back to the same member each of the 4,400
  // times over PolNeAR, names that Resolver.resolve reads as descriptions included (`Police
  // said`, `the Premier`, a demonym: nominal, describedTitleMention, lastPersonOfSex). A mention
  // of the kind description (`the organizer`) did not always (the speaker just noted is a
  // candidate for it): the 4 differences over 924 texts were all such, so it is resolved each
  // time. Keyed by the mention's start.
  const readOnce = new Map<number, { mention: Mention; member: CastMember | null }>();
  const resolve = (m: Mention): CastMember | null => {
    if (m.kind !== "name" && m.kind !== "pronoun") return resolver.resolve(m);
    const met = readOnce.get(m.start);
    if (met && met.mention.end === m.end && met.mention.kind === m.kind) return met.member;
    const member = resolver.resolve(m);
    readOnce.set(m.start, { mention: m, member });
    return member;
  };
  const resolveEvent = (ev: SpeechEvent) => {
    ev.member = resolve(ev.mention);
    if (ev.member && !objectClause(a, ev)) resolver.noteSpeaker(ev.mention.start, ev.member, ev.mention.end);
  };
  const attributeQuote = (info: QuoteInfo) => {
    const first = info.q.pieces[0]!;
    const last = info.q.pieces[info.q.pieces.length - 1]!;
    const prevClose = Math.max(0, closes[lastAtOrBefore(closes, first.open)] ?? 0);
    const nextOpen = Math.min(a.text.length, opens[firstAtOrAfter(opens, last.close + 1)] ?? a.text.length);
    a.work.add();
    const found = explicitAttribution(a, info, prevClose, nextOpen);
    const att = found && quotedPronoun(a.text, found.mention) ? null : found;
    info.attribution = att;
    if (att) {
      const resolved = att.nobody ? null : resolve(att.mention);
      const member = resolved && namesItsSpeaker(a, info, resolved, att.mention) ? null : resolved;
      info.speaker = { mention: att.mention, member, how: att.how };
      if (member) resolver.noteSpeaker(att.mention.start, member, att.mention.end);
    }
  };
  // Events (in word order) and quotations (in order of their opening marks) are each sorted
  // already, so they are merged rather than gathered into closures and sorted; at the same
  // offset an event goes first, as the stable sort that did this before put it.
  let e = 0;
  let q = 0;
  while (e < a.events.length || q < speech.length) {
    const ev = a.events[e];
    const info = speech[q];
    if (ev && (!info || ev.at <= info.q.pieces[0]!.open)) {
      resolveEvent(ev);
      e++;
    } else if (info) {
      attributeQuote(info);
      q++;
    }
  }
  return resolver;
}

/**
 * `“…,” he said, referencing the bid by some Tallwood towns to ban it.` then `“…”` as a
 * paragraph of its own: a speech event in the trailing clause of the quotation's attribution,
 * after the speaker's own verb, only reports what someone else did; the quotation standing bare
 * right after goes on with the one quoted, not with that clause's subject.
 */
function inAttributionTail(a: Analysis, pq: QuoteInfo, ev: SpeechEvent, info: QuoteInfo): boolean {
  if (!pq.attribution || pq.paragraph !== info.paragraph - 1 || ev.member === pq.speaker?.member) return false;
  const close = pq.q.pieces[pq.q.pieces.length - 1]!.close;
  const said = pq.speaker?.mention;
  if (!said || ev.at <= close || ev.at < said.end || ev.at >= sentenceOf(a, close).end) return false;
  // `While Acme calls it “temporary,” the union's Jane Roe called the layoffs …`: after words
  // quoted in the subordinate clause that opens the sentence, the main clause is no tail; its
  // speaker has taken the floor.
  const open = pq.q.pieces[0]!.open;
  if (said.end <= open && inOpeningSubordinate(a, open)) return false;
  const para = a.paragraphs[info.paragraph]!;
  return a.text.slice(para.start, info.q.pieces[0]!.open).trim() === "";
}

/** Whether a quotation's words end with a sentence's stop inside its closing mark. */
function endsSentenceInside(a: Analysis, x: QuoteInfo): boolean {
  const last = x.q.pieces[x.q.pieces.length - 1]!;
  return /[.!?]/.test(a.text[last.end - 1] ?? "");
}

/** Quotations with no attribution beside them take the speaker of a neighbour. */
function lendNeighbourSpeakers(a: Analysis, speech: QuoteInfo[], resolver: Resolver): void {
  const resolved: SpeechEvent[] = a.events.filter((e) => e.member);
  const resolvedAt = resolved.map((e) => e.at);
  // Each paragraph's opening name, read once: many bare quotations may lead back to one long sentence.
  const topics = new Map<number, Topic | undefined>();
  // Where speech events start, gathered only if a quotation needs them.
  let eventStarts: number[] | undefined;
  // biome-ignore lint/suspicious/useIterableCallbackReturn: every early `return void (…)` only ends this quotation's turn
  speech.forEach((info, i) => {
    if (info.speaker?.member && !info.speaker.member.unnamed) return;
    a.work.add();
    // `In a letter from Jane Roe, the agency's director, to the union, the agency expects “…”`,
    // `…, staff are told “…”`: the writing's author, named where the sentence opens, speaks its
    // words, where the clause found no one.
    const author = writingAuthorOpening(a, info);
    if (author) return void (info.speaker = { ...author, how: "previous-sentence" });
    if (info.speaker) return;
    const open = info.q.pieces[0]!.open;
    // `Marchers carried placards that read: “…”`, `the crowd chanted “…”`: words on a sign or a crowd's
    // cry whose sentence names no one to carry them are nobody's, not a neighbour speaker's.
    if (writtenOrCried(a.text, open, sentenceOf(a, open).start)) return;
    // `The letter went, “Dear friends …”`: a writing's own words, its issuer's if the text names one.
    const writing = writingThatGoesInto(a, open);
    if (writing) {
      const issuer = resolver.resolve(writing);
      if (issuer) info.speaker = { mention: writing, member: issuer, how: "previous-sentence" };
      return;
    }
    if (saidByAnyone(a, open)) return;
    const signed = verblessAttribution(a, info);
    if (signed) return void (info.speaker = { ...signed, how: "next-sentence" });
    // A quoted subhead (`'Take a breath'` between sections) heads the section below it: the
    // speaker of the section above never said it, and a name in the lines below said it only
    // if they open with speech (`“…,” Roe said.`); else the body's echo of it, if any, names
    // who did (lendEchoedSpeakers), or nobody does. Its words are read once, for the deck below too.
    const quoted = quotedHeading(a, info);
    if (headsSection(quoted)) {
      const below = resolved[firstAtOrAfter(resolvedAt, open + 1)];
      const answer = below && openingSpeech(a, below, info.paragraph + 1);
      if (answer) info.speaker = { mention: answer.mention, member: answer.member, how: "next-sentence" };
      return;
    }
    // `The Acme Federation has created a committee … to “…”`, `On Monday, Roe thanked … for holding
    // officials’ “…”`: words quoted inside a sentence whose subject is a name are part of what
    // that name did or said, not a neighbour speaker's words.
    const own = namedSentenceSubject(a, info, resolver);
    if (own) return void (info.speaker = { ...own, how: "sentence-subject" });
    const prev = speech[i - 1];
    const next = speech[i + 1];
    // The quotation before it in the same paragraph, or the one after it; but a speaker whose
    // words are reported in a sentence between the two (`“…,” Schaus said. Spokesperson Sean
    // Hatchard said the timing depends on funds. “…”`) has taken the floor.
    const bi = lastAtOrBefore(resolvedAt, open - 1);
    const before = resolved[bi];
    const since = prev && before && before.at >= sentenceOf(a, prev.q.pieces[prev.q.pieces.length - 1]!.close).end ? before : undefined;
    if (prev?.speaker && prev.paragraph === info.paragraph && since && since.member !== prev.speaker.member)
      return void (info.speaker = { mention: since.mention, member: since.member, how: "previous-sentence" });
    // `Roe said the site was “…,” and the province vowed to build “…”`: a clause joined after
    // the quotation before, with a subject of its own, is another's doing, not the speaker's.
    if (prev?.speaker && prev.paragraph === info.paragraph && joinedClauseSubject(a, prev, open)) return;
    if (prev?.speaker && prev.paragraph === info.paragraph) return void (info.speaker = { ...prev.speaker, how: "previous-quote" });
    if (next?.attribution && next.paragraph === info.paragraph && next.speaker && !newStatementAfter(a, info, next.attribution))
      return void (info.speaker = { ...next.speaker, how: "next-quote" });
    // `OTTAWA — “…”`: the story opens with it, and its next paragraph brings in who spoke it.
    const datelined = opensAfterDateline(a, info) ? leadSpeaker(a, info, resolved) : undefined;
    if (datelined) return void (info.speaker = { ...datelined, how: "next-paragraph" });
    // The sentence or quotation that introduced it, in this paragraph or the one before.
    const from = a.paragraphs[Math.max(0, info.paragraph - 1)]!.start;
    // `Read more: Police say …` between two paragraphs of one speaker's: the page's link to
    // another story, whose speech is no one's in this one (namesNobody passes over it likewise).
    const reporting = reportingSpeaker(a, resolved, bi);
    const last = reporting && !isTeaserLine(a, a.paragraphs[paragraphIndexAt(a.paragraphs, reporting.at)]!) ? reporting : undefined;
    const ev = last && last.at >= from ? last : undefined;
    // `“…` then a photo's caption (`… (Jane Doe/CBC)`) then `“…”`: the page sets the caption into
    // the prose, and the quotation below it goes on from the one above as if it were not there.
    const captions = prev && prev.paragraph < info.paragraph - 1 && bareOpening(a, info) ? captionLinesAbove(a, info.paragraph) : 0;
    const pq = prev && prev.paragraph >= info.paragraph - 1 - captions && prev.speaker?.member ? prev : undefined;
    const para = a.paragraphs[info.paragraph]!;
    const useEvent = ev && (!pq || ev.at > pq.q.pieces[0]!.open) && !(pq && inAttributionTail(a, pq, ev, info));
    // `Roe said … .` then `Baker dismissed it on Friday. “…”`: a person who opens the quotation's
    // own paragraph, in a sentence before it, has taken the floor from a speaker of a paragraph before.
    const neighbourAt = useEvent ? ev.at : pq?.q.pieces[0]?.open;
    const lead = neighbourAt !== undefined && neighbourAt < para.start ? leadingPerson(a, info, topics) : undefined;
    if (lead && lead.member !== (useEvent ? ev.member : pq?.speaker?.member))
      return void (info.speaker = { ...lead, how: "paragraph-topic" });
    // `Mayor Jane Roe said … . Sports economist Tom Baker does not expect much.` then `“…”`: a
    // person the paragraph above brings in as its last sentence's subject, after whoever spoke.
    const lastSpokeAt = Math.max(useEvent ? ev.at : -1, pq ? pq.q.pieces.at(-1)!.close : -1);
    const introduced = bareOpening(a, info) ? introducedAbove(a, info.paragraph, lastSpokeAt) : undefined;
    if (introduced) return void (info.speaker = { ...introduced, how: "paragraph-topic" });
    const asked = useEvent ? personAsked(a, ev, info) : undefined;
    if (asked) return void (info.speaker = { ...asked, how: "previous-sentence" });
    if (useEvent) return void (info.speaker = { mention: ev.mention, member: ev.member, how: "previous-sentence" });
    if (pq) return void (info.speaker = { ...pq.speaker!, how: "previous-paragraph" });
    const after = resolved[firstAtOrAfter(resolvedAt, open + 1)];
    // `Riverton objected to a communiqué that calls the ferry plan “…”.` then `“…,” Roe said.`: the
    // words are the writing's, whose issuer its sentence does not name; the next speaker never said them.
    if (after && after.at < para.end && writingBefore(a, open)) return;
    if (after && after.at < para.end) return void (info.speaker = { mention: after.mention, member: after.member, how: "next-sentence" });
    const topic = paragraphTopic(a, info, topics) ?? pronounLeadIn(a, info, resolver);
    if (topic) return void (info.speaker = { ...topic, how: "paragraph-topic" });
    // `OTTAWA — “…”` opening the article: its speaker is brought in by the next paragraph.
    // Not a deck quoted as a heading (`‘We’re going to …’` under the headline, no stop): words
    // picked out of the story as a pull quote, which the lead's first speaker need not have said;
    // the body's echo of them, if any, names who did (lendEchoedSpeakers), else nobody does.
    const heading = quoted !== undefined;
    const articleLead = i === 0 && !before && !heading ? leadSpeaker(a, info, resolved) : undefined;
    if (articleLead) return void (info.speaker = { ...articleLead, how: "next-paragraph" });
    // `“…”` then `Roe says the “they” she meant was …`: a person whose speech opens the next
    // paragraph goes on from the bare quotation before it.
    const endsParagraph = /^[\s.,!?”"’']*$/.test(a.text.slice(info.q.pieces.at(-1)!.close + 1, para.end));
    const answer = after && endsParagraph && !heading && !writingBefore(a, open) && openingSpeech(a, after, info.paragraph + 1);
    if (answer) return void (info.speaker = { mention: answer.mention, member: answer.member, how: "next-sentence" });
    const issuer = issuerAbove(a, info);
    if (issuer) return void (info.speaker = { ...issuer, how: "previous-sentence" });
    // `“…,” said Iveson.` / a paragraph of facts that names no one / `“…”`: still his.
    if (prev?.speaker?.member && prev.paragraph === info.paragraph - 2) {
      eventStarts ??= a.events.map((e) => e.at);
      if (namesNobody(a, a.paragraphs[info.paragraph - 1]!, eventStarts, prev.speaker.member))
        info.speaker = { ...prev.speaker, how: "previous-paragraph" };
      return;
    }
    // `According to police, the officer arrived first.` / `A man was found nearby.` / `“…”`: the
    // last to speak, in reported speech two paragraphs up, likewise, when no quotation came since
    // and the quotation stands bare, opening its paragraph (not `calls people “losers”`).
    const twoUp = a.paragraphs[info.paragraph - 2];
    const bare = open - para.start < BARE_OPENING_MAX_CHARS && a.text.slice(para.start, open).trim() === "";
    // The person who reports, not an unnamed speaker inside what they report (reportingSpeaker).
    if (twoUp && bare && last && last.at >= twoUp.start && (!prev || prev.q.pieces[0]!.open < last.at)) {
      eventStarts ??= a.events.map((e) => e.at);
      if (namesNobody(a, a.paragraphs[info.paragraph - 1]!, eventStarts, last.member))
        info.speaker = { mention: last.mention, member: last.member, how: "previous-paragraph" };
    }
  });
}

/**
 * The speech event at index i of `resolved`, unless it is an unnamed speaker's inside what a named
 * person before it reports, in the same sentence after `that` (`Roe wrote that she was outside
 * when a neighbour shouted about a moose`, `Roe said that ferries need to keep riders
 * informed`): the person, not whoever the later verb's subject is, goes on in a bare quotation.
 */
function reportingSpeaker(a: Analysis, resolved: SpeechEvent[], i: number): SpeechEvent | undefined {
  const ev = resolved[i];
  const reporter = resolved[i - 1];
  if (!ev?.member?.unnamed || !reporter?.member || reporter.member.unnamed || reporter.member.kind !== "person") return ev;
  if (!isEvidentlyPerson(reporter.member) || sentenceOf(a, reporter.at).end <= ev.at || ev.mention.start <= reporter.at) return ev;
  a.work.add(ev.mention.start - reporter.at);
  return REPORTED_THAT.test(a.text.slice(reporter.at, ev.mention.start)) ? reporter : ev;
}

/** `that` opening a reported clause. */
const REPORTED_THAT = /\bthat\b/;

/**
 * The author of the writing a quotation's own sentence opens with: `In a letter from Jane Roe,
 * the director of labour relations, to the union, the agency expects “…”`. The words quoted in
 * that sentence are the letter's, so its author's, whoever the clause's subject is; one
 * participle may stand between the writing and its link (`In a report released by …`). The
 * name is the first after the link within a few words, before the quotation.
 */
function writingAuthorOpening(a: Analysis, info: QuoteInfo): Topic | undefined {
  const ws = a.words;
  const open = info.q.pieces[0]!.open;
  const s = sentenceOf(a, open);
  let k = writingOpening(a, wordIndexAt(a, s.start), (j) => ISSUED_WRITINGS.has(ws[j]!.key));
  if (k < 0) return undefined;
  k++;
  if (ws[k] && /ed$/.test(ws[k]!.key) && AUTHOR_LINKS.has(ws[k + 1]?.key ?? "")) k++;
  if (!ws[k] || !AUTHOR_LINKS.has(ws[k]!.key) || a.quoted[k]) return undefined;
  const n = nameAfterAuthorLink(a, nameStartsOf(a), k);
  if (!n || n.mention.end > open || n.member.unnamed) return undefined;
  return { mention: n.mention, member: n.member };
}

/**
 * The named subject of the sentence a quotation is inside (`The Acme Federation has created …`, `On Monday,
 * Roe thanked …`), resolved: a person or a body, not a place (`Toronto
 * is on track to …`), nor a possessor (`Lakeview’s Baker`). Only for a quotation that words
 * of its sentence come before, in a paragraph that ends as prose does (a heading has no stop).
 */
function namedSentenceSubject(a: Analysis, info: QuoteInfo, resolver: Resolver): Topic | undefined {
  const open = info.q.pieces[0]!.open;
  const s = sentenceOf(a, open);
  // `That night is also Game 2 of the finals; Roe ends her news conference with a hearty “…”`: a
  // semicolon joins a clause of its own, whose subject may be the name that runs on to the quotation.
  // Read back a bounded stretch only: a long sentence holding many quotations is read once each.
  const from = Math.max(s.start, open - SEMICOLON_CLAUSE_MAX_CHARS);
  a.work.add(open - from);
  const semicolon = a.text.slice(from, open).lastIndexOf(";");
  const start = semicolon < 0 ? s.start : from + semicolon + 1;
  const lo = wordIndexAt(a, start);
  const v = wordIndexAt(a, open);
  if (!endsSentence(a, info.paragraph)) return undefined;
  // The name opening the sentence (or its last clause) up to the quotation, as a bare quotation's speaker is read.
  const m = openingName(a, { start, end: open });
  if (!m || APOSTROPHE_S.test(a.words[m.last]!.text)) return undefined;
  // Its verb straight after it (`has created`, `thanked`, `and Tom Baker organized`): a name
  // before a noun only qualifies it (`COVID-19 safety protocols`, `AMP duties made`).
  const verb = a.words[m.last + 1];
  if (!verb || !verbAfterName(verb)) return undefined;
  // The subject of a main clause only (`While Roe is “…”` is someone's aside about him), and
  // one that runs on to the quotation: no other quotation between (whose sentence may not have
  // ended at its stop), no clause of its own (`, but the union rejected it as “…”`, `as his
  // friends jeered`, `a website that has run …`), no one else's saying (`what he called “…”`).
  const before = a.words[m.first - 1];
  if (m.first > lo && before && SUBORDINATORS.has(before.key)) return undefined;
  // `Roe received a card with a simple “…”`, `Roe was greeted with a hearty “…”`: words uttered
  // `with a hearty` are the subject's only by a verb of uttering (utteredBySubject); else another's.
  const withAt = utteredWith(a, lo, v, open);
  if (withAt > m.last && !utteredBySubject(a, m.last + 1, withAt)) return undefined;
  for (let k = m.last + 1; k < v; k++) {
    a.work.add();
    const w = a.words[k]!;
    if (a.quoted[k] || CLAUSE_OPENERS.has(w.key) || SUBORDINATORS.has(w.key) || RELATIVE_PRONOUNS.has(w.key)) return undefined;
    if (SPEAKING_PRONOUNS.has(w.key) && SPEECH_VERBS.has(a.words[k + 1]?.key ?? "")) return undefined;
    if (CLAUSE_BREAK_GAP.test(a.text.slice(w.end, a.words[k + 1]?.start ?? w.end))) return undefined;
  }
  const member = resolver.resolve(m);
  if (!member || member.unnamed || isPlace(member.tokens)) return undefined;
  // `The Lodging Act is “quite murky” on …, noted Jane Roe`: a law is what is described, and never speaks.
  if (member.kind !== "person" && namesALaw(member.tokens)) return undefined;
  return { mention: m, member };
}

/** How far back from a quotation namedSentenceSubject looks for a semicolon opening its clause. */
const SEMICOLON_CLAUSE_MAX_CHARS = 200;
/** Coordinators that join a clause after a comma: `, and the government pledged`. */
const COORDINATORS_OF_CLAUSES = new Set(["and", "but", "while"]);

/**
 * Whether, in the sentence of the quotation `prev` and before `open`, a clause joined after
 * `prev` (`, and`, `, but`, `;`) opens on a subject of its own (not a pronoun, which goes on
 * with the speaker) with its verb right after it: a description before any finite form
 * (FINITE_VERB: `, and the province vowed to build “…”`), a name before the verbs
 * namedSentenceSubject takes after a name (verbAfterName: `, and Lin Varo agreed`) or a finite
 * form the clause runs on after, not before a plural noun it qualifies that the quotation follows
 * (`, and Oakvale residents “…”`). No test that the verb is no saying:
 * another's saying is another's clause too. Reads the words between the two quotations: a
 * bounded window.
 */
function joinedClauseSubject(a: Analysis, prev: QuoteInfo, open: number): boolean {
  const close = prev.q.pieces.at(-1)!.close;
  if (sentenceOf(a, close).end < open) return false;
  const ws = a.words;
  for (let k = wordIndexAt(a, close); k < ws.length && ws[k]!.start < open; k++) {
    a.work.add();
    const w = ws[k]!;
    if (a.quoted[k] || w.start < close) continue;
    // The comma may stand inside the closing mark: `“… the neighbourhood,” and the government …`.
    const from = Math.max(close, ws[k - 1]?.end ?? 0);
    const gap = from === close ? a.text.slice(close - 1, w.start) : a.text.slice(from, w.start);
    const at = COORDINATORS_OF_CLAUSES.has(w.key) && gap.includes(",") ? k + 1 : gap.includes(";") ? k : -1;
    if (at < 0 || !ws[at] || a.quoted[at]) continue;
    const m = npForward(a, at);
    const verb = m && m.kind !== "pronoun" ? ws[m.last + 1] : undefined;
    if (!verb || verb.start >= open || a.quoted[m!.last + 1]) continue;
    // A name's verb as namedSentenceSubject reads it, or a finite form with more of the clause
    // after it (`, while Varga leads by nine points`): a name before a plural noun that the
    // quotation follows (`Oakvale residents “deserve better”`) only qualifies it, and is no subject.
    if (
      m!.kind !== "name"
        ? FINITE_VERB.test(verb.text)
        : verbAfterName(verb) || (FINITE_VERB.test(verb.text) && unquotedAfter(a, m!.last + 2, open))
    )
      return true;
  }
  return false;
}

/** Whether word k stands before `open`, outside every quotation. */
function unquotedAfter(a: Analysis, k: number, open: number): boolean {
  const w = a.words[k];
  return !!w && w.start < open && !a.quoted[k];
}

/** Words that follow a subject's name as its verb, or join a second subject to it, beside a verb in the past. */
const VERB_AFTER_NAME = new Set([...BE_FORMS, "has", "had", "have", "will", "and"]);

/** Whether a word right after a name is its verb (`has created`, `thanked`, `and Tom Baker organized`), not a noun the name qualifies. */
function verbAfterName(verb: Word): boolean {
  return opensPredicate(verb) || IRREGULAR_PAST.has(verb.key) || VERB_AFTER_NAME.has(verb.key);
}

/** Words that open a clause of their own inside a sentence: a relative's `that`, a coordinated clause's `but`. */
const CLAUSE_OPENERS = new Set(["that", "but"]);

/** A semicolon or a dash between two words: a clause of its own after it. */
const CLAUSE_BREAK_GAP = /;|\s[-–—]+\s|[–—]/;

/** How many words after a writing's noun the verb it is the subject of may stand (`a report on the city's transit system identified`). */
const WRITING_VERB_MAX_WORDS = 8;
/** A lower-case word in a verb's finite form, past or present (`identified`, `calls`), not `economic`, `news`, `various`. */
const FINITE_VERB = rx.u`^\p{Ll}{2,}(?:ed|[^su]s)$`;

/**
 * Whether the quotation's sentence has a writing for the subject of a verb before its opening
 * mark: `a communiqué that calls the ferry plan “…”`, `a report on the city's transit system
 * identified “…”`. Not a writing that is only mentioned (`offered to present the fall economic
 * statement as “…”`).
 */
function writingBefore(a: Analysis, open: number): boolean {
  const s = sentenceOf(a, open);
  for (let k = wordIndexAt(a, s.start); k < a.words.length && a.words[k]!.start < open; k++) {
    a.work.add();
    if (a.quoted[k] || !(ISSUED_WRITINGS.has(a.words[k]!.key) || STATEMENT_NAMES.has(a.words[k]!.key))) continue;
    for (let v = k + 1; v <= k + WRITING_VERB_MAX_WORDS && v < a.words.length && a.words[v]!.start < open; v++) {
      a.work.add();
      if (!a.quoted[v] && FINITE_VERB.test(a.words[v]!.text)) return true;
    }
  }
  return false;
}

/** How far into its paragraph a bare quotation's opening mark may stand (spaces before it). */
const BARE_OPENING_MAX_CHARS = 4;

/** Whether the quotation opens its paragraph, with nothing but spaces before its mark. */
function bareOpening(a: Analysis, info: QuoteInfo): boolean {
  const open = info.q.pieces[0]!.open;
  const para = a.paragraphs[info.paragraph]!;
  return open - para.start < BARE_OPENING_MAX_CHARS && a.text.slice(para.start, open).trim() === "";
}

/**
 * The person the paragraph above paragraph `index` brings in as the subject of its last sentence
 * (or of its last `but` clause), named there for the first time, with a role, a title or a known
 * sex, and given a view (`Sports economist Tom Baker does not expect many specifics.`), after
 * `after` (where the last speaker spoke): news introduces a speaker so, and the bare quotation
 * below gives the view in their words.
 */
/**
 * A role in lower case, then a full name and its verb, opening a clause: `sports economist Tom
 * Baker does …`, `Calgary-based lawyer Jane Roe says …` (openingName reads a name that opens its
 * sentence; a role in lower case it leaves). No preposition among the role's words: `with
 * economist Tom Baker` is no subject.
 */
const ROLED_NAME = rx.u`^((?:\p{Lu}[\p{L}.-]*-based\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3})(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\p{Ll}`;

function roledName(a: Analysis, clause: Range): Mention | undefined {
  const r = ROLED_NAME.exec(a.text.slice(clause.start, clause.end));
  if (!r || r[1]!.split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase()))) return undefined;
  const start = clause.start + r[1]!.length;
  const end = start + r[2]!.length;
  const first = wordIndexAt(a, start);
  return { start, end, kind: "name", first, last: wordIndexAt(a, end - 1) };
}

/**
 * A view held, right after a name: a verb of thinking, expecting or feeling, or `is` and a word of
 * a stance (`does not expect`, `is skeptical`, `still believes`), past an auxiliary or two.
 */
const STANCE_AFTER_NAME =
  /^\s+(?:(?:does|did|do|is|was|has|had|also|still|not|remains|(?:does|did|is|was)n['’]t)\s+){0,3}(?:expect|believe|think|thought|doubt|agree|disagree|worr|hope|fear|want|argue|insist|warn|predict|feel|felt|remember|recall|skeptical|sceptical|worried|concerned|optimistic|pessimistic|confident|hopeful|frustrated|unconvinced|critical|cautious|upset|angry|pleased|disappointed)[a-z]*\b/;
/** How far after the name STANCE_AFTER_NAME reads. */
const STANCE_MAX_CHARS = 60;

/** The last `but` opening a clause: after a comma, or opening the sentence. */
const LAST_BUT = /(?:^|,\s+)[Bb]ut\s+(?!.*,\s+but\s)/s;

function introducedAbove(a: Analysis, index: number, after: number): Topic | undefined {
  const above = a.paragraphs[index - 1];
  // A line under one that ends with no stop (a profile's label, `Marta Quillon, 64, of Corvale`
  // over a line about her) is no prose that brings a speaker in: profile-labels.ts reads it.
  if (!above || (index >= 2 && !endsSentence(a, index - 2))) return undefined;
  let end = above.end;
  while (end > above.start && /\s/.test(a.text[end - 1]!)) end--;
  const s = sentenceOf(a, Math.max(above.start, end - 1));
  if (s.start < above.start) return undefined;
  a.work.add(s.end - s.start);
  // Its last clause after `but` (`Roe said she expected an update, but economist Tom Baker does
  // not expect much.`), else the whole sentence.
  const but = LAST_BUT.exec(a.text.slice(s.start, s.end));
  const clause = but ? { start: s.start + but.index + but[0].length, end: s.end } : s;
  if (clause.start <= after || DOUBLE_MARK.test(a.text.slice(clause.start, clause.end))) return undefined;
  const roled = roledName(a, clause);
  const m = roled ?? openingName(a, clause);
  // The name opens the clause, past a role's words at most: not one a comma sets further on
  // (`Outside groups supporting Gov. Tom Baker, Gov. Jane Roe and …`).
  if (!m || a.text.slice(clause.start, m.start).includes(",")) return undefined;
  const member = a.cast.byName(a.text.slice(m.start, m.end), m.start, false);
  if (member.kind !== "person" || member.unnamed || (member.seen[0] ?? -1) < clause.start) return undefined;
  // A person by evidence, a role, a title or a known sex: two capitals alone may be a line's
  // words (`FULL TEXT.`).
  const person = roled !== undefined || member.titles.size > 0 || member.gender !== undefined;
  // What the sentence says of them is a view they hold (`does not expect`, `is skeptical`), which
  // the quotation goes on to give: not what they did (`found`, `visited`, `moved the motion`) or
  // that they did not speak (`did not return calls`, `could not be reached`).
  const view = STANCE_AFTER_NAME.test(a.text.slice(m.end, Math.min(clause.end, m.end + STANCE_MAX_CHARS)));
  return person && view ? { mention: m, member } : undefined;
}

/** How many words may open the lead-in sentence before its pronoun subject (`After the game he …`). */
const LEAD_IN_PRONOUN_MAX_WORDS = 4;

/**
 * `This is the coach's second title. After the game he praised his team.` then `“…”`: the
 * sentence leading into a bare quotation has a pronoun for its subject, and the person it
 * stands for speaks, as a named subject would (paragraphTopic). The sentence is the one just
 * before the quotation, in its paragraph or ending the paragraph above; it quotes no one, and
 * opens on the pronoun or on a short phrase with a preposition (`After the game`) naming no one.
 */
function pronounLeadIn(a: Analysis, info: QuoteInfo, resolver: Resolver): Topic | undefined {
  const open = info.q.pieces[0]!.open;
  const here = a.paragraphs[info.paragraph]!;
  const above = a.paragraphs[info.paragraph - 1];
  const opensParagraph = a.text.slice(here.start, open).trim() === "";
  if (opensParagraph && !above) return undefined;
  let end = opensParagraph ? above!.end : open;
  while (end > 0 && /\s/.test(a.text[end - 1]!)) end--;
  const s = sentenceOf(a, Math.max(0, end - 1));
  const from = opensParagraph ? above!.start : here.start;
  if (s.start < from || s.end > open || DOUBLE_MARK.test(a.text.slice(s.start, s.end))) return undefined;
  const first = wordIndexAt(a, s.start);
  for (let k = first; k <= first + LEAD_IN_PRONOUN_MAX_WORDS && k < a.words.length && a.words[k]!.start < s.end; k++) {
    a.work.add();
    const w = a.words[k]!;
    if (w.key === "he" || w.key === "she") {
      if (k > first && !PREPOSITIONS.has(a.words[first]!.key)) return undefined;
      const mention: Mention = { start: w.start, end: w.start + w.key.length, kind: "pronoun", first: k, last: k };
      const member = resolver.resolve(mention);
      if (member?.kind !== "person") return undefined;
      if (!spokeInLeadIn(a, k, s, info.q) && diedInParagraph(a, member, s, from, resolver)) return undefined;
      return { mention, member };
    }
    // A name or a capitalised word after the sentence's first is its subject, not the pronoun.
    if (k > first && startsUpper(w.text)) return undefined;
  }
  return undefined;
}

/**
 * `Ivo Brand, a fisherman, has died. He was 71.` then `“…”`: a person whose death the lead-in's
 * paragraph reports, in its opening sentence or in the lead-in itself, is what the words are
 * about, a mourner's; the dead speak no bare quotation. Reads two sentences' subjects.
 */
function diedInParagraph(a: Analysis, member: CastMember, leadIn: Range, from: number, resolver: Resolver): boolean {
  for (const s of [sentenceOf(a, from), leadIn]) {
    const dead = deathReportedIn(a, s);
    if (dead && resolver.resolve(dead) === member) return true;
  }
  return false;
}

/** Verbs of speaking that tell a person spoke at some time (`he spoke to this paper`), beside SPEECH_VERBS. */
const SPOKE_AT_SOME_TIME = new Set(["spoke", "talked", "interviewed"]);

/** Words that deny the speaking, before the verb or just after it (`He never spoke`, `He spoke no English`). */
const DENIALS = new Set(["no", "not", "never", "nothing", "nobody", "little", "rarely", "seldom", "didn't", "didn’t"]);

/** Forms of `be` and `get` just before the verb make it passive (`He was interviewed by police`): he was spoken of. */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "been", "be", "being", "got", "get"]);

/** First-person words: a quotation holding one reads as its speaker's own (`I never wanted …`). */
const FIRST_PERSON = rx.u`(?:^|[^\p{L}'’])(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)(?![\p{L}'’])`;

/**
 * `Ivo Brand, a fisherman, has died. In 2019, he spoke to this paper about the sea.` then
 * `“I …”`: a lead-in whose pronoun (word k) goes on, before any comma, to a verb of speaking,
 * active (not after `was`: `He was interviewed`) and not denied (`He never spoke`, `He spoke no
 * English`), says the dead person once spoke; the quotation after it is his only when it reads as
 * his own, in the first person (`“He knew every rock”` is a mourner's). Reads the lead-in's words
 * after the pronoun and the quotation once per bare quotation.
 */
function spokeInLeadIn(a: Analysis, k: number, leadIn: Range, q: Quotation): boolean {
  for (let j = k + 1; j < a.words.length && a.words[j]!.start < leadIn.end; j++) {
    a.work.add();
    const w = a.words[j]!;
    if (/[,;]/.test(a.text.slice(a.words[j - 1]!.end, w.start)) || a.quoted[j] || DENIALS.has(w.key)) return false;
    if (!SPEECH_VERBS.has(w.key) && !SPOKE_AT_SOME_TIME.has(w.key)) continue;
    const next = a.words[j + 1];
    if (PASSIVE_AUXILIARIES.has(a.words[j - 1]!.key) || (next && next.start < leadIn.end && DENIALS.has(next.key))) return false;
    return q.pieces.some((p) => FIRST_PERSON.test(a.text.slice(p.start, p.end)));
  }
  return false;
}

/** How many words may stand between a verb of issuing and the writing (`issued a brief statement`). */
const ISSUED_WRITING_MAX_WORDS = 3;

/**
 * `The OVP issued a statement apologizing to Baker.` then `“…”` opening the next paragraph:
 * the quotation is the statement, whose issuer, named as the subject, speaks it. Read only for
 * a quotation nothing else attributes, from the last sentence of the paragraph just before.
 */
function issuerAbove(a: Analysis, info: QuoteInfo): Topic | undefined {
  const open = info.q.pieces[0]!.open;
  const here = a.paragraphs[info.paragraph]!;
  const above = a.paragraphs[info.paragraph - 1];
  if (!above || a.text.slice(here.start, open).trim() !== "") return undefined;
  const s = sentenceOf(a, Math.max(above.start, above.end - 1));
  const lo = wordIndexAt(a, Math.max(s.start, above.start));
  for (let v = lo; v < a.words.length && a.words[v]!.start < above.end; v++) {
    a.work.add();
    if (a.quoted[v] || !ISSUING_VERBS.has(a.words[v]!.text)) continue;
    if (!writingAfter(a, v, above.end)) continue;
    const m = subjectOf(a, v, lo);
    if (m?.kind !== "name") return undefined;
    const member = a.cast.byName(a.text.slice(m.start, m.end), m.start, false);
    return { mention: m, member };
  }
  return undefined;
}

/** Whether a writing (`statement`, `release`) is the object of the verb at v, a few words on. */
function writingAfter(a: Analysis, v: number, end: number): boolean {
  for (let k = v + 1; k <= v + ISSUED_WRITING_MAX_WORDS && k < a.words.length && a.words[k]!.start < end; k++) {
    if (a.quoted[k]) return false;
    if (ISSUED_WRITINGS.has(a.words[k]!.key)) return true;
  }
  return false;
}

/** Words that open the question asked (`asked whether …`, `asked about …`), after which no one asked is named. */
const QUESTION_OPENERS = new Set(["whether", "if", "what", "why", "how", "when", "where", "who", "about"]);
/** A question mark closing a quotation: the question asked is quoted before its verb. */
const QUOTED_QUESTION = /\?\s*[”"’']/;
/** How many words may stand between `ask` and the name of the one asked (`asked energy expert Jane Roe`). */
const ASKED_MAX_WORDS = 4;

/**
 * The person a bare quotation answers, when the sentence before it has someone ask that person
 * (`So I ask energy expert Jane Roe that very question.` then `“…,” her tone wistful.`): the
 * floor passes to the one asked, unless the quotation is itself a question or the asking is a
 * request (`asked Roe to resign`), which leave it with the asker.
 */
function personAsked(a: Analysis, ev: SpeechEvent, info: QuoteInfo): Topic | undefined {
  if (!ASKING_VERBS.has(ev.verb.key)) return undefined;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  if (a.text.slice(last.open, last.close).trimEnd().endsWith("?")) return undefined;
  const v = wordIndexAt(a, ev.verb.start);
  // `She was asked whether …`: in the passive the one asked is the subject, who speaks on.
  if (BE_FORMS.has(a.words[v - 1]?.key ?? "")) return undefined;
  const sentence = sentenceOf(a, ev.verb.start);
  // `“Why …?” Roe asked Minister Tom Baker in question period.`: the asker's own question is
  // quoted, so a bare quotation after it goes on with her turn; the minister's answer, if the
  // article gives it, is credited to him by name.
  if (QUOTED_QUESTION.test(a.text.slice(sentence.start, ev.verb.start))) return undefined;
  for (let k = v + 1; k <= v + ASKED_MAX_WORDS && k < a.words.length && a.words[k]!.start < sentence.end; k++) {
    a.work.add();
    // `asked whether the Liberal government …`: the question asked opens; no one asked is named after it.
    if (a.quoted[k] || QUESTION_OPENERS.has(a.words[k]!.text)) return undefined;
    const n = nameStartingAt(a, a.words[k]!.start);
    if (!n) continue;
    const request = a.words[n.mention.last + 1]?.key === "to";
    return n.member.kind === "person" && !request ? { mention: n.mention, member: n.member } : undefined;
  }
  return undefined;
}

/** The speaker the paragraph after a bare lead quotation brings in: a speech event's, or a person named as a statement's subject. */
function leadSpeaker(a: Analysis, info: QuoteInfo, resolved: SpeechEvent[]): Topic | undefined {
  const m = leadSpeakerBelow(a, info);
  if (!m) return undefined;
  const event = resolved.find((e) => e.mention.start === m.start);
  if (event?.member) return { mention: m, member: event.member };
  const member = m.kind === "name" ? a.cast.byName(a.text.slice(m.start, m.end), m.start, false) : undefined;
  return member?.kind === "person" ? { mention: m, member } : undefined;
}

/** The speech event `ev` when a person named in it reports speech in the first sentence of paragraph `index`. */
function openingSpeech(a: Analysis, ev: SpeechEvent, index: number): SpeechEvent | undefined {
  const para = a.paragraphs[index];
  if (!para || ev.at < para.start || ev.at >= sentenceOf(a, para.start).end) return undefined;
  return ev.mention.kind === "name" && ev.member?.kind === "person" ? ev : undefined;
}

/**
 * Whether a paragraph names no person but `speaker` and reports no one's speech but theirs: the
 * speaker before it still holds the floor after it, as in a paragraph about them (`While at
 * school, Roe drove herself to the station.`, `… as Roe spoke.`). A link line set between
 * paragraphs (`READ MORE: Timeline: …`) is the page's, not the article's: its capitalised words
 * (`Timeline`) name nobody.
 */
function namesNobody(a: Analysis, p: Range, eventStarts: number[], speaker: CastMember | null): boolean {
  if (isTeaserLine(a, p)) return true;
  for (let k = firstAtOrAfter(nameStartsOf(a), p.start); k < a.names.length && a.names[k]!.mention.start < p.end; k++) {
    a.work.add();
    const m = a.names[k]!.member;
    if (m.kind === "person" && m !== speaker) return false;
  }
  for (let e = firstAtOrAfter(eventStarts, p.start); e < a.events.length && a.events[e]!.at < p.end; e++) {
    a.work.add();
    if (a.events[e]!.member !== speaker) return false;
  }
  return true;
}

/**
 * The person named at the opening of the paragraph that leads into a bare quotation: its own
 * paragraph when words come before the quotation (`Jane Roe opened the meeting. “…”`), else the
 * paragraph before (`Roe chided the board.` then `“…”`). Only a person by evidence (a title, a
 * known given name, a full name met more than once) speaks so, never a place or an organisation.
 */
function paragraphTopic(a: Analysis, info: QuoteInfo, topics: Map<number, Topic | undefined>): Topic | undefined {
  const open = info.q.pieces[0]!.open;
  const here = a.paragraphs[info.paragraph]!;
  const index = here.start < open && sentenceOf(a, here.start).end <= open ? info.paragraph : info.paragraph - 1;
  if (!topics.has(index)) topics.set(index, openingPerson(a, index));
  return topics.get(index);
}

/**
 * The person who opens the quotation's own paragraph in a sentence before it: the paragraph's
 * topic, who a bare quotation after that sentence goes on from.
 */
function leadingPerson(a: Analysis, info: QuoteInfo, topics: Map<number, Topic | undefined>): Topic | undefined {
  const open = info.q.pieces[0]!.open;
  const here = a.paragraphs[info.paragraph]!;
  if (here.start >= open || sentenceOf(a, here.start).end > open) return undefined;
  return paragraphTopic(a, info, topics);
}

type Topic = { mention: Mention; member: CastMember };

/**
 * `“…` then `“We’re telling our stor` cut off by the page's end: a pronoun right after an opening
 * mark is a quoted speaker's own word, in a quotation the pairing dropped as unclosed; no subject
 * of an attribution outside the marks.
 */
function quotedPronoun(text: string, m: Mention): boolean {
  return m.kind === "pronoun" && OPENING_MARK.test(text[m.start - 1] ?? "");
}

/** An opening double mark, straight or curly. */
const OPENING_MARK = /^[“"]$/u;

/** The person named at the opening of paragraph `index`, if any (see paragraphTopic). */
function openingPerson(a: Analysis, index: number): Topic | undefined {
  const para = a.paragraphs[index];
  // A headline names what the article is about, not who speaks after it.
  if (!para || (index === 0 && a.headline)) return undefined;
  const label = labelName(a, para);
  const above = label ? undefined : labelAboveDescription(a, index);
  const m = label ?? above ?? openingName(a, sentenceOf(a, para.start));
  if (!m) return undefined;
  const member = a.cast.byName(a.text.slice(m.start, m.end), m.start, false);
  // A headline or a label in title case (`Divided Among Many More`) reads as a full name once;
  // a person's full name recurs, or carries a title or a known given name.
  // An office in lower case before the name (`Quebec labour minister Jean Roe`) is a title all the same.
  const evident =
    member.titles.size > 0 ||
    lowerCaseOfficeBefore(a, m) !== undefined ||
    member.gender !== undefined ||
    (member.tokens.length >= 2 && (member.seen.length >= 2 || m === above || isNameLabel(a, para, m)));
  // `Prime Minister signs …`: titles alone are an office, whose holder the text may name below.
  const office = member.tokens.every(isOfficeWord);
  return member.kind === "person" && evident && !office ? { mention: m, member } : undefined;
}

/** The name opening paragraph `para` when the paragraph is a label (`Jane Roe, chief economist at Acme Bank`): it has no verb to make it a subject. */
function labelName(a: Analysis, para: Range): Mention | undefined {
  if (para.end - para.start > LABEL_MAX_CHARS) return undefined;
  const m = nameStartingAt(a, para.start)?.mention;
  return m && isNameLabel(a, para, m) ? m : undefined;
}

/**
 * `Jane Roe, 61, of Corvale` then `Attended mission school in Pellworth` then `“…”`: a profile in
 * a round-up heads its quotation with a label (a name, an age, a place: isProfileLabelRest) and
 * one or two lines describing the person with no subject of their own (opensWithoutSubject). The
 * label above names who speaks. Not a score line, a caption, a credit, or a line that opens with
 * a subject of its own (`Tomas Roe, her grandson, drove her`, `Pellworth school closed`).
 */
function labelAboveDescription(a: Analysis, index: number): Mention | undefined {
  for (let above = index - 1; above >= Math.max(0, index - PROFILE_DESCRIPTION_MAX_LINES); above--) {
    const line = a.paragraphs[above + 1]!;
    if (line.end - line.start > LABEL_MAX_CHARS || !opensWithoutSubject(a.text.slice(line.start, line.end))) return undefined;
    const para = a.paragraphs[above];
    const label = para && labelName(a, para);
    if (label && isProfileLabelRest(a.text.slice(label.end, para.end).trimEnd())) return label;
  }
  return undefined;
}

/** How long a label line heading a quotation may be: a name and a role, not a sentence. */
const LABEL_MAX_CHARS = 160;

/**
 * Whether paragraph `para` is a label that introduces the quotation below it with a full name
 * and the person's role, set off by a comma, and no sentence: `Jane Roe, chief economist at
 * Acme Bank` heading her comment in a round-up of experts. The role shows a person.
 * Apart from verblessAttribution (bare-quotation-speakers.ts), which also reads a name, a comma
 * and a role, on purpose: a label is a whole paragraph above its quotation and ends with no stop;
 * a verbless attribution is the rest of the quotation's own sentence, which ends as a sentence
 * does, so there only the lack of a verb (of saying, or after the role) tells it from a clause.
 */
function isNameLabel(a: Analysis, para: Range, m: Mention): boolean {
  if (m.start !== para.start || para.end - para.start > LABEL_MAX_CHARS) return false;
  const rest = a.text.slice(m.end, para.end).trimEnd();
  return rest.startsWith(", ") && !/[.!?:]/.test(rest.slice(-1)) && !DOUBLE_MARK.test(rest);
}

/**
 * `“…” In a news release, the mill blamed “…”`: a quotation that is a whole sentence of its
 * own (opening its paragraph or after a full stop, closing with one), then a later sentence
 * whose own verb brings in the next quotation, is a new statement; its subject never said the
 * words before it. Not a quotation inside a sentence (`Roe calls herself a “…” who “….” Last
 * year she said that “…”`), which goes on with the next one.
 */
function newStatementAfter(a: Analysis, info: QuoteInfo, next: Attribution): boolean {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  // A head-verb clause starts past this quotation's close: headAttribution starts it at prevClose at the earliest.
  if (next.how !== "head-verb" || !closedByStop(a.text, last.close + 1)) return false;
  return opensSentence(a.text, a.paragraphs[info.paragraph]!.start, first.open);
}
