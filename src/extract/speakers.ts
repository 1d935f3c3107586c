// Who said a quotation, from the attribution patterns of news prose:
// `“...,” X said` / `said X` / `X, the ..., said` / `X told Y: “...”` / `according to X` /
// `X: “...”`, and failing those, the speaker of the quotation before it or of the
// sentence that introduces it.
// This file holds the order in which the patterns are tried: explicitAttribution weighs the
// clause after the quotation (tailAttribution) against the one before it (headAttribution) and
// the paragraphs around it. The readers of each pattern live by job in attribution-inverted
// (`said X`), attribution-named-subjects (`Acme director Jane Roe said`), attribution-sources
// (`according to X`, passives, writings), speech-verbs and clause-subjects; a quotation with no
// attribution beside it is left to bare-quotation-speakers.
import { type Analysis, type Attribution, paragraphIndexAt, type QuoteInfo, sentenceOf, startsOf, wordIndexAt } from "./analysis";
import {
  cutOffByEnd,
  describedAfterVerb,
  invertedAfterComma,
  MODIFIER,
  nameAfterAnyVerb,
  nameAfterBareRole,
  nameBeforeAnyVerb,
  pastDashParenthesis,
  placeBeforeNoun,
} from "./attribution-inverted";
import { describedByAcronymed, describesName, jointSubject, roleForGroup } from "./attribution-named-subjects";
import {
  accordingToSource,
  agentlessPassive,
  answeredFrom,
  closingAccordingTo,
  describedByAs,
  ellipticalAuthor,
  inTheWordsOf,
  passiveAgent,
  passiveSourceAfterAs,
  possessorOfSaying,
  quotedFromPerson,
  relaysAReport,
  SAYING_NOUNS,
  utteredBySubject,
  utteredWith,
  wordsFrom,
  writingByRoleAndName,
} from "./attribution-sources";
import { writtenOrCried } from "./classify";
import { adjunctSubject, afterDateline, clauseSubject, npBackwardAt, objectControlling, subjectPastPlace } from "./clause-subjects";
import { isHeadlineLine } from "./furniture";
import {
  ADDRESSED_PARTICIPLES,
  ASKING_VERBS,
  BE_FORMS,
  CORE_SPEECH,
  DESCRIPTION_LINKS,
  DETERMINERS,
  FUNCTION_WORDS,
  LEAD_SKIP,
  MODALS_BEFORE_VERB,
  PHRASAL_SPEECH,
  REPEATING_VERBS,
  SPEAKING_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
  VERBS_BEFORE_SPEAKER,
  VERBS_BEFORE_SPEAKER_AFTER_QUESTION,
} from "./lexicon";
import { nameSetOffAfter, opensSubordinateClause, personAfterAffiliation, roleAfterPossessor } from "./mention-affiliations";
import { nameForward } from "./mention-names";
import { isPersonNoun, isSpeakerNoun, isTitle, joined, type Mention } from "./mention-words";
import { npForward } from "./mentions";
import { isGivenName } from "./names";
import { openingSpeaker } from "./opening-speakers";
import { lastAtOrBefore } from "./spans";
import {
  BARE_FORM,
  courtFinding,
  describesAs,
  infinitiveInReport,
  isSpeechVerb,
  nearQuote,
  quoteAside,
  referredToAs,
  reportedThing,
  reportsThat,
  thingGoes,
  wordsOfAThingThatGoes,
} from "./speech-verbs";
import { personBeforeBody } from "./subject-affiliations";
import { signerBeforeAppositive } from "./subject-asides";
import { mentionIsPlace } from "./subject-places";
import { subjectOf } from "./subjects";
import { APOSTROPHE_S, isCapitalised, isLowerCase, isSpaceAt, startsUpper } from "./text";
import { AFTER_VERB_MAX_WORDS, TAIL_MAX_WORDS } from "./thresholds";
import { rx } from "./unicode-regexps";

/**
 * Whether the lead before name `m` ends in a comma and words that only describe the name
 * (describesName: `, shipping analyst `), read from the word after that comma.
 */
function describedAfterComma(a: Analysis, from: number, lead: string, m: Mention): boolean {
  const comma = lead.lastIndexOf(",");
  if (comma < 0) return false;
  const i = wordIndexAt(a, from + comma + 1);
  // `, as shipping analyst Jane Roe said`, `, his fellow analyst Jane Roe said`: `as` or a
  // possessive before the description opens the same clause.
  const skip = i < m.first && DESCRIPTION_OPENERS.has(a.words[i]!.text) ? 1 : 0;
  return describesName(a, i + skip, m);
}

/** Lower-case words that may open a description after its comma: `as` and possessives. */
const DESCRIPTION_OPENERS = new Set(["as", "his", "her", "their", "our", "its"]);

/** Verbs that can open a sentence before their speaker and the quotation: `Said Comey, “…”`. */
const INVERTED_OPENERS = new Set(["said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "tweeted"]);

/**
 * Whether the quotation opening at `open` stands in the clause of the last verb of saying before
 * it in its sentence, no comma or semicolon between (`Jane Roe, the board chair, called the
 * report “…”`; not `Since Roe announced the cuts, parents have been “…”`). Reads the sentence's
 * words before the mark once.
 */
function quotedInVerbsClause(a: Analysis, open: number): boolean {
  const from = sentenceOf(a, open).start;
  for (let k = wordIndexAt(a, open) - 1; k >= 0 && a.words[k]!.start >= from; k--) {
    a.work.add();
    if (a.quoted[k]) return false;
    if (a.speechVerbs[k]) return !/[,;]/.test(a.text.slice(a.words[k]!.end, open));
  }
  return false;
}

/** `,” but` after a quotation: another clause follows. */
const BUT_AFTER = /^\s*,?\s*but\s/;
/** `” — but`, `,” and` after a quotation: another clause may follow (JOINED_AFTER's use asks more). */
const JOINED_AFTER = /^\s*[,—–]?\s*(?:but|and)\s/;

/** How far back from a quotation's mark saidByAnyone reads. */
const ANYONE_SAYS_MAX_CHARS = 40;
/** The writer's `you` saying or hearing the words: `you could say`, `you might call it`, `you will hear:`, ending right at the mark. */
const ANYONE_SAYS = rx.iu`(?:^|[^\p{L}’'])you\s+(?:(?:could|can|might|would|may|will)\s+)?(?:say|call it|hear)\s*[,:]?\s*$`;

/**
 * `Before you could say “Z,” the trial was over.`, `Ask any nurse and you will hear: “…”`: the
 * writer's `you` is anyone at all, and words a quotation gives to it (an idiom, a name anyone
 * might use, what anyone asked would say) are no one's: not the clause's before the mark (whose
 * subject is the reader, or an imperative read as a name), nor a neighbour speaker's.
 */
export function saidByAnyone(a: Analysis, open: number): boolean {
  const from = Math.max(sentenceOf(a, open).start, open - ANYONE_SAYS_MAX_CHARS);
  a.work.add(open - from);
  return ANYONE_SAYS.test(a.text.slice(from, open));
}

/** The quotation's own attribution, or null when it has none beside it. */
export function explicitAttribution(a: Analysis, info: QuoteInfo, prevClose: number, nextOpen: number): Attribution | null {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  const trailing =
    /[,?!—–-]/.test(lastBeforeMarks(a.text, last.start, last.end)) || /^\s*[,—–]/.test(a.text.slice(last.close + 1, last.close + 4));
  // A clause that hands the words to the writer's `you` (saidByAnyone) gives them to no one; a
  // speaker named after them still may (`you will hear: “…,” said Roe`).
  const head = saidByAnyone(a, first.open) ? null : headAttribution(a, first.open, prevClose, info.paragraph === 0 && a.headline);
  // `What the nurses report is “…” in the wards, union head Lin Obi said.`: the `what` clause is
  // the subject of the sentence that a named speaker after the quotation reports.
  // Not when the quotation ends its sentence (`… is “a crisis.” Lin Obi said …`): that is the next's.
  if (head?.how === "head-verb" && !/[.!?]/.test(lastBeforeMarks(a.text, last.start, last.end)) && inWhatSubject(a, head, first.open)) {
    const named = tailAttribution(a, last.close + 1, nextOpen);
    if (namedTail(named)) return named;
  }
  // A quotation that carries on no clause after it (`Roe said: “…”`) is the head's, whatever the
  // tail holds, unless the head is a colon's label (below): the tail is not read.
  if (!trailing && head && head.how !== "colon") return head;
  const tail = tailAttribution(a, last.close + 1, nextOpen, longEnoughToContinue(a, info) && continuesAttributed(a, prevClose, first.open));
  // `Uber contends drivers are entrepreneurs — like vendors “selling goods on eBay.” The union
  // argues …`: the next sentence's subject, read after a quotation that closes its own sentence,
  // is its speaker only when that sentence has none; one whose subject opens it with a verb of
  // saying or stance (openingSpeaker) has, and the next sentence's subject makes a claim of its own.
  // Not a signature after it (`.” ― Jane Roe`, `.”--Tom Baker`), which signs the words whatever the sentence holds.
  if (!trailing && !head && tail?.how === "speaker-verb" && closedByStop(a.text, last.close + 1)) {
    const own = openingSpeaker(a, first.open);
    if (own) return { mention: own, how: "head-verb", clause: { start: sentenceOf(a, first.open).start, end: first.open } };
  }
  if (trailing && head && endsOwnSentence(a, last) && introducedDirectly(a.text, first.open)) return head;
  // `After Roe's comments that it would be “…,” Baker asked …`: the quotation closes a clause
  // inside the sentence's opening phrase; the verb after it is the main clause's, not its own.
  if (head?.how === "possessed-saying") return head;
  if (trailing && head?.how === "head-verb" && tail && relaysAReport(a, tail.mention)) return head;
  // `… was described by the chief as “…,” but critics said it …`: `but` opens another clause,
  // whose subject disputes the quotation rather than speaks it; so does `and` (`Roe called the
  // plan “…,” and Councillor Tom Baker told reporters he disagreed`), or a dash's aside closing
  // (`Kelly said he has lost confidence — “…” — but vice-chair Peter Milczyn said`).
  // Those two only when the quotation stands in the verb's own clause, no comma between: not
  // after an opening subordinate clause or another clause (`Since Roe announced the cuts, parents
  // have been “…,” and trustee Tom Baker said`), where the tail's speaker is the quotation's.
  const after = a.text.slice(last.close + 1, last.close + 8);
  if (
    trailing &&
    head?.how === "head-verb" &&
    tail &&
    (BUT_AFTER.test(after) || (JOINED_AFTER.test(after) && quotedInVerbsClause(a, first.open)))
  )
    return head;
  // `After Jane Roe called the bill “a disgrace,” Tom Baker relented.`: a verb outside the lists
  // after a quotation is a guess; a verb of saying before it that introduces it is not.
  if (head && tail?.how === "speaker-any-verb") return head;
  // `While Acme describes the shutdown as “temporary,” the union called it …`: a quotation inside
  // the subordinate clause that opens its sentence belongs to that clause's verb of saying; the
  // main clause after it is another's saying, whatever its verb.
  if (trailing && head?.how === "head-verb" && tail && inOpeningSubordinate(a, first.open)) return head;
  // `Flood warning: ‘We lost everything’ band chief says`: a topic before a headline's colon (no
  // name ends right at the colon) labels no speaker; the verb of saying after the quotation names
  // who spoke, even by a description alone.
  if (
    head?.how === "colon" &&
    (tail?.how === "speaker-verb" || tail?.how === "verb-speaker") &&
    !labelAtColon(a.text, head.mention, first.open)
  )
    return tail;
  if (trailing) return tail ?? head ?? introducedAbove(a, info, prevClose) ?? signedBelow(a, info, nextOpen);
  return head ?? tail ?? introducedAbove(a, info, prevClose) ?? signedBelow(a, info, nextOpen);
}

/** Copula that ends a `what` clause right before the quotation it equates (inWhatSubject). */
const COPULA_BEFORE_MARK = /\s(?:is|was|are|were)\s*$/;

/** Whether a tail attribution names its speaker by a verb of saying beside it (`, Lin Obi said`). */
function namedTail(tail: Attribution | null): tail is Attribution {
  return tail?.how === "speaker-verb" || tail?.how === "verb-speaker";
}

/**
 * Whether the head's mention sits in a clause `What` opens, its sentence's subject, that a copula
 * ends right before the quotation at `open` (`What the nurses report is “…”`): the head's verb is
 * that clause's, not the sentence's saying.
 */
function inWhatSubject(a: Analysis, head: Attribution, open: number): boolean {
  const s = sentenceOf(a, open);
  const first = a.words[wordIndexAt(a, s.start)];
  if (first?.key !== "what" || head.mention.start < first.end || head.mention.end > open) return false;
  a.work.add(open - head.mention.end);
  return COPULA_BEFORE_MARK.test(a.text.slice(head.mention.end, open));
}

/**
 * Whether the quotation's mark at `open` is inside a subordinate clause that opens its sentence
 * (`While Jane Roe called it “…”`): a subordinator first, and no comma, colon, semicolon or dash
 * between it and the mark to close the clause before the quotation.
 */
export function inOpeningSubordinate(a: Analysis, open: number): boolean {
  const s = sentenceOf(a, open);
  const first = a.words[wordIndexAt(a, s.start)];
  if (!first || first.end > open || !SUBORDINATORS.has(first.key) || !startsUpper(first.text)) return false;
  a.work.add(open - first.end);
  return !/[,;:—–]/.test(a.text.slice(first.end, open));
}

/** Whether a mention ends right at the colon before the quotation's mark (`Jane Roe: “…”`): a label that signs it. */
function labelAtColon(text: string, m: Mention, open: number): boolean {
  return /^\s*:\s*$/.test(text.slice(m.end, open));
}

/** Whether a quotation ends in its own `?` or `!` with no comma or dash after its marks to carry the sentence on. */
function endsOwnSentence(a: Analysis, piece: { start: number; end: number; close: number }): boolean {
  return /[?!]/.test(lastBeforeMarks(a.text, piece.start, piece.end)) && !/^\s*[,—–-]/.test(a.text.slice(piece.close + 1, piece.close + 4));
}

/**
 * Whether a verb of saying or a colon hands over to the quotation straight before it
 * (`responded: “…?”`, `telling her, “…!”`): the quotation is that verb's object, and a
 * quotation that ends its sentence with `?` or `!` leaves the next sentence (`She replied …`,
 * `Mills then writes back, “…”`) to say something new, not to attribute it again.
 */
function introducedDirectly(text: string, open: number): boolean {
  return /[,:]\s*$/.test(text.slice(open > 3 ? open - 3 : 0, open));
}

/**
 * A quotation that ends its paragraph, signed in the next one by a dash and a name
 * (`“…”` then `- Bernie Sanders.`), the way lists of quotes credit them.
 */
function signedBelow(a: Analysis, info: QuoteInfo, nextOpen: number): Attribution | null {
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  const here = a.paragraphs[info.paragraph]!;
  const below = a.paragraphs[info.paragraph + 1];
  // A stray second closing mark (`…Canada."”`, mixed marks) still ends the paragraph with the quotation.
  if (!below || below.start >= nextOpen || !/^[\s"”'’]*$/.test(a.text.slice(last.close + 1, here.end))) return null;
  const i = wordIndexAt(a, below.start);
  const w = a.words[i];
  if (!w || w.start >= below.end) return null;
  const clause = { start: below.start, end: below.end };
  if (!/^\s*[-–—―]+\s*$/.test(a.text.slice(below.start, w.start))) {
    const credit = creditBelow(a, info, i, below.end);
    return credit ? { mention: credit, how: "dash", clause } : null;
  }
  const m = npForward(a, i);
  return m?.kind === "name" ? { mention: dashSigner(a, m, below.end), how: "dash", clause } : null;
}

/**
 * `“…”` alone in its paragraph, then `Craig Snodgrass` alone in the next (and `High River mayor`
 * after it): a pull quotation credited below, with no dash. Only a person's full name, opening
 * with a given name, that is the whole paragraph, after a quotation that opens its own.
 */
function creditBelow(a: Analysis, info: QuoteInfo, i: number, end: number): Mention | undefined {
  const here = a.paragraphs[info.paragraph]!;
  if (a.text.slice(here.start, info.q.pieces[0]!.open).trim() !== "" || !opensTheStory(a, info.paragraph)) return undefined;
  const m = npForward(a, i);
  if (m?.kind !== "name" || m.first !== i || m.last === m.first || !isGivenName(a.words[i]!.text)) return undefined;
  if (a.text.slice(m.end, end).trim() !== "") return undefined;
  // The credit's role on the line after (`High River mayor`): a name alone may be a section's
  // heading instead, over the next speaker's part (`Zella James`, then `Image | Zella James`).
  const role = a.paragraphs[info.paragraph + 2];
  const line = role ? a.text.slice(role.start, role.end).trim() : "";
  if (!CREDIT_ROLE.test(line) || PRESS_CREDIT.test(line)) return undefined;
  // A role's noun in the line (`mayor`), not a byline's outlet or a time stamp (`For the Free Press`, `Published 3 hours ago`).
  const first = wordIndexAt(a, role!.start);
  for (let k = first; k < wordIndexAt(a, role!.end); k++) if (isSpeakerNoun(a.words[k]!.key) && isLowerCase(a.words[k]!.text)) return m;
  return undefined;
}

/** A byline's or a photo credit's role, no speaker's: `Staff photographer`, `Local Journalism Initiative reporter`. */
const PRESS_CREDIT = /\b(?:reporter|photographer|journalist|correspondent|editor|columnist|staff|contributor|photo|writer)\b/i;

/** How many words a line above a pull quotation may hold and still be page furniture (a headline, a deck). */
const OPENING_LINE_MAX_WORDS = 15;

/**
 * Whether paragraph p opens the story: only short lines with no quotation stand above it (a
 * headline, a deck). A pull quotation credited below opens the story; further down, a quotation
 * alone before a name is a speaker's last words before the next section's heading.
 */
function opensTheStory(a: Analysis, p: number): boolean {
  let body = storyBody.get(a);
  if (body === undefined) storyBody.set(a, (body = firstStoryParagraph(a)));
  return p <= body;
}

/** Each analysis's first paragraph that is no short unquoted line (opensTheStory), read once: a page may ask it for many quotations. */
const storyBody = new WeakMap<Analysis, number>();

/** The index of the first paragraph longer than OPENING_LINE_MAX_WORDS words or holding a quotation. */
function firstStoryParagraph(a: Analysis): number {
  for (let k = 0; k < a.paragraphs.length; k++) {
    const para = a.paragraphs[k]!;
    const first = wordIndexAt(a, para.start);
    const last = wordIndexAt(a, para.end);
    a.work.add(last - first);
    if (last - first > OPENING_LINE_MAX_WORDS) return k;
    for (let j = first; j < last; j++) if (a.quoted[j]) return k;
  }
  return a.paragraphs.length;
}

/** A credit's role line: a few words, one in lower case, no stop, bar or colon (`High River mayor`). */
const CREDIT_ROLE = rx.u`^(?=.*\b\p{Ll})[\p{L}\p{N}'’,&\- ]{3,60}$`;

/**
 * `Jane Doe issued the following statement:` closing one paragraph and the quotation
 * opening the next: the sentence that ends with the colon attributes it, speech verb or not.
 */
function introducedAbove(a: Analysis, info: QuoteInfo, prevClose: number): Attribution | null {
  const open = info.q.pieces[0]!.open;
  const above = a.paragraphs[info.paragraph - 1];
  const here = a.paragraphs[info.paragraph]!;
  if (!above || a.text.slice(here.start, open).trim() !== "") return null;
  let colon = above.end;
  while (colon > above.start && /\s/.test(a.text[colon - 1]!)) colon--;
  if (a.text[--colon] !== ":" || colon < prevClose) return null;
  // The clause's subject first: `the following statement` before the colon is no speaker.
  const s = sentenceOf(a, colon);
  const start = Math.max(s.start, prevClose);
  // `TORONTO — Jane Roe released the following statement:`: the dateline's place is no subject.
  const hi = wordIndexAt(a, colon);
  const m = clauseSubject(a, afterDateline(a, wordIndexAt(a, start), hi), hi);
  if (m) return { mention: m, how: "colon", clause: { start, end: colon + 1 } };
  return headAttribution(a, colon + 1, prevClose, false, s);
}

/** The last character of text[start, end) before any closing marks at its end ("" when none). */
function lastBeforeMarks(text: string, start: number, end: number): string {
  while (end > start && /['’”"]/.test(text[end - 1]!)) end--;
  return end > start ? text[end - 1]! : "";
}

/** Conjunctions that join a second verb to the clause before a quotation (`…,” and told`). */
const VERB_PHRASE_COORDINATORS = new Set(["and", "but"]);

/**
 * The name that signs the quotation closed at `from`, its first word at i: after a dash (`“...” ―
 * Jane Doe`), or after a colon when the signature closes the paragraph, which ends at paraEnd
 * (`‘We did all right’: Jane Roe` heading a story or a section). One reading for both, so a
 * signer's team and role are read past after either.
 */
function signatureAt(a: Analysis, from: number, i: number, paraEnd: number): Mention | undefined {
  const between = a.text.slice(from, a.words[i]!.start);
  const dash = /^[\s.]*[―—–-]+\s*$/.test(between);
  if (!dash && !/^\s*:\s*$/.test(between)) return undefined;
  const read = npForward(a, i);
  const m = (dash ? roleAfterPossessiveSigner(a, read, paraEnd) : undefined) ?? read;
  // `“Do svidaniya!” - Russian for “goodbye”`: a language glossing the words is no signature.
  if (m?.kind !== "name" || a.words[m.last + 1]?.text === "for") return undefined;
  // `“…,”—Indigenous and Western—said Jane Roe`: a dash closed before a verb of saying sets off a
  // parenthesis (pastDashParenthesis), no signature; `—Jane Roe—spokesperson for the camp` signs.
  const past = dash ? pastDashParenthesis(a, from, i, paraEnd) : i;
  if (past !== i && SPEECH_VERBS.has(a.words[past]!.key)) return undefined;
  if (dash) return dashSigner(a, m, paraEnd);
  // After a colon a headline's clause may follow: the name alone, read past its team and role.
  const signer = personAfterAffiliation(a, m);
  return /^[\s.]*$/.test(a.text.slice(signer.end, paraEnd)) ? signer : undefined;
}

/**
 * `—Ottawa's mayor-elect Larry O'Brien`: a credit line that opens on a possessive and a role,
 * read as one description, then a name that closes the line: the name signs. Undefined otherwise.
 */
function roleAfterPossessiveSigner(a: Analysis, d: Mention | undefined, lineEnd: number): Mention | undefined {
  if (d?.kind !== "nominal" || !APOSTROPHE_S.test(a.words[d.first]!.text) || !a.words[d.last + 1]) return undefined;
  const n = npForward(a, d.last + 1);
  if (n?.kind !== "name" || !joined(a.text, a.words[d.last]!, a.words[n.first]!)) return undefined;
  return /^[\s.]*$/.test(a.text.slice(n.end, lineEnd)) ? n : undefined;
}

/**
 * The person a credit line after a dash names, its first name m, the line ending at lineEnd;
 * read after the quotation (signatureAt) and in the paragraph below it (signedBelow).
 * `—Toronto Maple Leafs coach Mike Babcock`: the team and role only say who the signer is.
 * `—Quebec provincial police Insp. Jane Roe`: the line may describe its signer in any lower-case
 * words, as after an inverted verb; its name is the last one, the one that closes the line.
 */
function dashSigner(a: Analysis, m: Mention, lineEnd: number): Mention {
  const signer = personAfterAffiliation(a, m);
  if (signer !== m) return signer;
  const described = personAfterAffiliation(a, m, true);
  return /^[\s.]*$/.test(a.text.slice(described.end, lineEnd)) ? described : signer;
}

/**
 * Whether the quotation opening at `open` goes on from one closed at `prevClose` in its paragraph,
 * only a short attribution sentence between (`,” he said. “`): the speaker has the floor.
 */
function continuesAttributed(a: Analysis, prevClose: number, open: number): boolean {
  // `prevClose` is just past the closing mark; with no quotation before, the caller passes 0.
  if (prevClose <= 0 || !/["”’'»]/.test(a.text[prevClose - 1]!) || open - prevClose > CONTINUED_GAP_CHARS) return false;
  // `“Will you run?” a reporter asked. “I have not ruled anything out.”`: a question's answer is another's.
  if (a.text[prevClose - 2] === "?") return false;
  const gap = a.text.slice(prevClose, open);
  if (gap.includes("\n") || !/[.!?]\s*$/.test(gap)) return false;
  // `“Are you worried,” Baker asked. “Not at all.”`: nor after a verb of asking.
  let says = false;
  for (let k = wordIndexAt(a, prevClose); k < a.words.length && a.words[k]!.start < open; k++) {
    a.work.add();
    if (ASKING_VERBS.has(a.words[k]!.key)) return false;
    says ||= a.speechVerbs[k]!;
  }
  return says;
}

/**
 * Whether a quotation is long enough to go on from the one before as the same speaker's account
 * (continuesAttributed's use): a short line after another's (`“It’s over,” Roe said. “It’s not
 * over.” Baker said …`) is as often the next speaker's rebuttal.
 */
function longEnoughToContinue(a: Analysis, info: QuoteInfo): boolean {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces.at(-1)!;
  return wordIndexAt(a, last.end) - wordIndexAt(a, first.start) >= CONTINUED_MIN_WORDS;
}

/** How many words a quotation needs to read as a continued account (longEnoughToContinue). */
const CONTINUED_MIN_WORDS = 10;

/** How long an attribution sentence between two quotations of one speaker may be (continuesAttributed). */
const CONTINUED_GAP_CHARS = 80;

/**
 * The attribution after a quotation closed at `from`. `continued`: the quotation goes on from one
 * attributed just before it (continuesAttributed), so a new statement after it may begin.
 */
function tailAttribution(a: Analysis, from: number, nextOpen: number, continued = false): Attribution | null {
  while (from < a.text.length && /["”'’»]/.test(a.text[from]!)) from++;
  const s = sentenceOf(a, from);
  const para = a.paragraphs[lastAtOrBefore(startsOf(a.paragraphs), from)];
  const paraEnd = para && para.start <= from && from <= para.end ? para.end : a.text.length;
  const end = Math.min(s.end > from ? s.end : paraEnd, nextOpen, paraEnd);
  const ws = a.words;
  let i = wordIndexAt(a, from);
  if (!ws[i] || ws[i]!.start >= end) return null;
  const clause = { start: from, end };
  a.work.add(ws[i]!.start - from);
  const signer = signatureAt(a, from, i, paraEnd);
  if (signer) return { mention: signer, how: "dash", clause };
  // `“Five more!” — upping the ante — declared Jane Doe`: a parenthesis set off by dashes
  // between the quotation and its inverted verb leaves the attribution after it.
  i = pastDashParenthesis(a, from, i, end);
  // `called it “…,” and told the teen`: a verb after `and` shares the subject before the
  // quotation, and what follows it is its object; English puts no speaker after `and said`.
  const coordinated = VERB_PHRASE_COORDINATORS.has(ws[i]!.text);
  // `called it “great,” and Jane Roe said it was “smooth sailing.”`: a clause joined after the
  // quotation that leads into another one in the same sentence introduces that one, not this.
  if (coordinated && nextOpen < Math.min(s.end > from ? s.end : paraEnd, paraEnd)) return null;
  if (LEAD_SKIP.has(ws[i]!.key) && ws[i]!.text === ws[i]!.key) i++;
  const w = ws[i];
  if (!w || w.start >= end) return null;
  // `“very rare” before 2019, according to a report by the auditor.`: the sentence's closing source.
  const source = closingAccordingTo(a, i, end);
  if (source) return { mention: source.mention, how: "according-to", clause, ...(source.nobody ? { nobody: true as const } : {}) };
  // `“…,” when Clinton blasted him`: a subordinate clause after the quotation tells what
  // happened around it, not who said it (`as X put it` still attributes).
  if (opensSubordinateClause(w)) return null;
  // `seeks “a ruling stopping …” that have been spread about her`: a relative clause after the
  // quotation qualifies the words quoted as a noun phrase; it names no speaker. An attribution
  // may still follow it, set off by a comma (`“…” that border security works, he said`).
  if (RELATIVES.has(w.text)) {
    const after = pastNextComma(a, i, end);
    if (after < 0) return null;
    return tailAttribution(a, a.words[after]!.start, nextOpen, continued);
  }
  // `according to X`
  if (w.key === "according" && ws[i + 1]?.key === "to") {
    const m = accordingToSource(a, i + 2, end);
    if (m && m.end <= end) return { mention: m, how: "according-to", clause };
  }
  const answerer = answeredFrom(a, i, end);
  if (answerer) return { mention: answerer, how: "verb-speaker", clause };
  const fromPerson = quotedFromPerson(a, from, i, end);
  if (fromPerson) return { mention: fromPerson, how: "according-to", clause };
  // `“…,” as defined by the Oxford English Dictionary`: the agent of a passive after `as` is the
  // source the quotation's words are taken from.
  const agent = passiveSourceAfterAs(a, i, end);
  if (agent) return { mention: agent, how: "according-to", clause };
  // `said X`, `added the spokesman`, `said 9/11 widow Jane Doe`
  // `shot back X`, `summed up X`: a verb that speaks only with its particle inverts past it.
  const particle = ws[i + 1];
  const phrasal = !!particle && PHRASAL_SPEECH.get(w.key) === particle.key && joined(a.text, w, particle);
  const first = phrasal ? i + 2 : i + 1;
  const inverts =
    phrasal || VERBS_BEFORE_SPEAKER.has(w.key) || (VERBS_BEFORE_SPEAKER_AFTER_QUESTION.has(w.key) && closedByQuestion(a.text, from));
  if (inverts && isLowerCase(w.text) && !coordinated) {
    for (let k = first; k < first + AFTER_VERB_MAX_WORDS && ws[k] && ws[k]!.end <= end; k++) {
      a.work.add(ws[k]!.start - ws[k - 1]!.end);
      if (/[,.;:!?"“”]/.test(a.text.slice(ws[k - 1]!.end, ws[k]!.start))) break;
      const np = npForward(a, k);
      // `said Acme’s vice-president`: the possessor's name says whose the speaker is.
      const found = (np && roleAfterPossessor(a, np)) ?? np ?? (k === first ? describedAfterVerb(a, k, end) : undefined);
      if (!found) continue;
      // Attributed still, so that no neighbour's speaker is lent to it, but to no one.
      // `said the member of Birch Lake First Nation`: the name is the object of the description
      // the walk passed over, where that person belongs, never the person who spoke.
      if (cutOffByEnd(a, found)) return { mention: found, how: "verb-speaker", clause, nobody: true };
      const head = passedDescriptionHead(a, first, found);
      if (head !== undefined) {
        // `said the chief of Birch Lake First Nation, Tom Baker.`: the description's holder set off after it spoke.
        const holder = apposedFullName(a, found, end);
        if (holder) return { mention: holder, how: "verb-speaker", clause };
        // `Sarah Francis, a member of Tobique First Nation, … “…,” said the member of Neqotkuk
        // First Nation`: a definite noun the text gave someone before refers back to them, as
        // `said the member` does. Not a noun given no one (`said the chief of Fort Albany First
        // Nation` after a minister), which introduces someone the text does not name.
        if (ws[first]!.key === "the" && head > first && isPersonNoun(ws[head]!.key) && givenBefore(a, ws[head]!.key, ws[first]!.start)) {
          const described: Mention = { start: ws[first]!.start, end: ws[head]!.end, kind: "nominal", first, last: head };
          return { mention: described, how: "verb-speaker", clause };
        }
        return { mention: found, how: "verb-speaker", clause, nobody: true };
      }
      const m = nameAfterBareRole(a, found, end) ?? found;
      if (m.kind !== "pronoun" || SPEAKING_PRONOUNS.has(ws[k]!.key)) {
        const person = personAfterAffiliation(a, m, true);
        const place = person === m ? placeBeforeNoun(a, m, end) : undefined;
        // `says co-curator of lantern show at Riverton gallery`: a place words after the verb, before
        // a noun, is inside the speaker's description; attributed still, but to no one.
        if (place === MODIFIER && m.first > first) return { mention: m, how: "verb-speaker", clause, nobody: true };
        const mention = place && place !== MODIFIER ? place : nameSetOffAfter(a, person, end);
        return { mention, how: "verb-speaker", clause };
      }
      break;
    }
  }
  const inverted = coordinated ? undefined : nameAfterAnyVerb(a, from, i, end);
  if (inverted) return { mention: inverted, how: "verb-speaker", clause };
  // `X said`, `X, the deputy director of Y, said`, `the spokesperson told reporters`,
  // and `“...” for criminal behavior, she said`.
  for (let v = i; v < ws.length && ws[v]!.start < end && v - i < TAIL_MAX_WORDS; v++) {
    a.work.add();
    if (a.quoted[v] || !isSpeechVerb(a, v, i)) continue;
    // `“….” Chief Tom Baker tweeted that …`: after a quotation closed by a full stop, a verb
    // whose object is a reported clause opens a new statement; it attributes nothing before it.
    const next = ws[v + 1];
    if (next?.key === "that" && !a.quoted[v + 1] && joined(a.text, ws[v]!, next) && closedByStop(a.text, from)) break;
    // `“….” Rival coach Tom Baker called her “the best in the league.”`: so does a verb whose
    // sentence runs on, past its object, into quoted words of its own; those words are its.
    if (closedByStop(a.text, from) && leadsIntoQuotation(a, v, s.end)) break;
    // `“…,” he said. “….” Coach Jim Roe then confirmed defensive back Sam Lee will play Sunday.`:
    // so does one whose object is a clause with a subject of its own, `that` left out, after a
    // quotation that goes on from one attributed just before it. Not one that opens on its own
    // (`Roe said the deal was dead. “It is not dead.” Baker said her team will be back`): a
    // rebuttal the next sentence's speaker gives.
    if (continued && closedByStop(a.text, from) && clauseAfter(a, v, end)) break;
    // `“….” Liberal Leader Jane Roe has questioned the need for an election.`: so does a verb other
    // than saying's own with an object of its own, opened by a determiner.
    if (closedByStop(a.text, from) && !CORE_SPEECH.has(ws[v]!.key) && objectAfter(a, v)) break;
    const role = roleForGroup(a, i, v);
    if (role) return { mention: role, how: "speaker-verb", clause };
    const inverted = invertedAfterComma(a, v, i, end);
    if (inverted) return { mention: inverted, how: "verb-speaker", clause };
    const m = subjectOf(a, v, i);
    // `an official, who was not cleared to speak publicly, told the Courier`: an infinitive with no
    // subject of its own sits inside the description; the finite verb after it attributes.
    if (!m && a.words[v - 1]?.key === "to") continue;
    // `“…,” state Sen. Jane Roe said`, `state officials said`: the bare form opening the clause
    // with no subject found is a noun's modifier there, so the finite verb after it attributes.
    if (!m && v === i && BARE_FORM.test(ws[v]!.text)) continue;
    if (!m) break;
    // `‘Act now,’ Baker told as mayors plead for help`: attributed, to no one the clause names.
    if (toldAsPassive(a, v)) return { mention: m, how: "speaker-verb", clause, nobody: true };
    // `“…,” Fox was told.`, `“…,” he was warned in a reply`: the subject of a passive of telling
    // heard the words; its agent said them (`was told by Tom Baker`), else no one the clause names.
    const told = toldToSubject(a, v, m, end);
    if (told)
      return told.agent ? { mention: told.agent, how: "speaker-verb", clause } : { mention: m, how: "speaker-verb", clause, nobody: true };
    a.work.add(m.start - from);
    const lead = a.text.slice(from, m.start);
    const shortLead = m.first - i <= 3 && !/[,.;:!?]/.test(a.text.slice(ws[i]!.start, m.start));
    if (
      m.first <= i + 1 ||
      shortLead ||
      /,\s*$/.test(lead) ||
      // `… of late ships, shipping analyst Jane Roe said`: a comma, then words that only describe
      // the name, opens the reporting clause as a comma alone does; not `, a claim analyst Jane
      // Roe said was overblown`, where the name opens a clause about the words before it.
      describedAfterComma(a, from, lead, m) ||
      describesName(a, i, m) ||
      describedByAcronymed(a, i, m) ||
      jointSubject(a, i, m)
    )
      return { mention: m, how: "speaker-verb", clause };
    const document = writingByRoleAndName(a, i, m);
    if (document) return { mention: document, how: "speaker-verb", clause };
    break;
  }
  const subject = coordinated ? undefined : nameBeforeAnyVerb(a, from, i, end);
  return subject ? { mention: subject, how: "speaker-any-verb", clause } : null;
}

/**
 * For a verb of telling at v in a closing attribution, passive after a form of `be` right after
 * its subject `m` (`Fox was told`, `staff were warned`): its agent after `by`, if it names one
 * before `end` that is the agent's whole noun phrase (agentsWholeName; `by Halifax police` names
 * no one the clause gives). Undefined when the verb is no such passive, or the passive is a
 * relative clause's inside the subject's description (`Tom Baker, who was told to rest, said`),
 * or an instruction (`“…,” he was told to say`): the subject may have said the words.
 */
function toldToSubject(a: Analysis, v: number, m: Mention, end: number): { agent: Mention | undefined } | undefined {
  const ws = a.words;
  if (m.kind === "relative" || !ADDRESSED_PARTICIPLES.has(ws[v]!.key) || !BE_FORMS.has(ws[m.last + 1]?.key ?? "")) return undefined;
  if (ws[v + 1]?.key === "to" && joined(a.text, ws[v]!, ws[v + 1]!)) return undefined;
  let hi = v + 1;
  while (hi < ws.length && ws[hi]!.start < end) hi++;
  a.work.add(hi - v);
  // `was told by Crown attorney Jane Roe`: the person after the affiliation and the role told them.
  const by = passiveAgent(a, v, hi);
  const agent = by && personAfterAffiliation(a, by);
  if (agent) return { agent: agent.kind !== "name" || agentsWholeName(a, agent) ? agent : undefined };
  return agentlessPassive(a, v) ? { agent: undefined } : undefined;
}

/**
 * Whether a name read as a passive's agent is the agent's whole noun phrase: the text ends, a
 * small word follows (`by Tom Baker in a letter`, `by Tom Baker, who`), or punctuation but a
 * comma before a capital; not a noun it modifies (`by Halifax police`, `by Tom Baker's office`),
 * nor a name set off after it that holds it as a role (`by Acme Manager, Chidi Roe`).
 */
function agentsWholeName(a: Analysis, n: Mention): boolean {
  const last = a.words[n.last]!;
  const next = a.words[n.last + 1];
  const gap = a.text.slice(last.end, next ? next.start : a.text.length);
  if (/^['’]s\b/.test(gap)) return false;
  if (!next) return true;
  if (/^\s+$/.test(gap)) return FUNCTION_WORDS.has(next.key);
  return !/^\s*,\s*$/.test(gap) || !isCapitalised(next.text);
}

/**
 * Whether a determiner opens an object right after the verb at v (`questioned the need`), only a
 * space between, unless a verb that gives out words takes a word for what was said (`read the
 * statement`, `repeated the charge`, `delivered the line`: the quotation is that object, and the
 * subject said it; `mocked the statement` judges another's).
 */
function objectAfter(a: Analysis, v: number): boolean {
  const next = a.words[v + 1];
  if (!next || a.quoted[v + 1] || !DETERMINERS.has(next.text) || !joined(a.text, a.words[v]!, next)) return false;
  if (PERFORMING_VERBS.has(a.words[v]!.key))
    for (let k = v + 2; k <= v + 3 && a.words[k]; k++) if (WORDS_FOR_WHAT_WAS_SAID.has(a.words[k]!.key)) return false;
  return true;
}

/** Verbs by which a speaker gives out words (`read the statement`); not those that judge another's (`mocked the statement`). */
const PERFORMING_VERBS = new Set([
  ...REPEATING_VERBS,
  ...["delivered", "delivers", "issued", "issues", "recited", "recites", "made", "makes"],
  ...["offered", "offers", "sent", "posted", "shared", "gave"],
]);

/** Nouns for words said or written, which a verb's object names the quotation by (`read the statement`): the nouns of saying and more. */
const WORDS_FOR_WHAT_WAS_SAID = new Set([
  ...SAYING_NOUNS,
  ...["charge", "words", "line", "lines", "message", "question", "point", "call", "plea", "sentiment", "speech"],
  ...["letter", "tweet", "post", "quote", "refrain"],
]);

/** Words after `told` that show it passive (`Baker told as mayors plead`, `Roe told by premier`): no object follows. */
const AFTER_PASSIVE_TOLD = new Set(["as", "by", "amid", "after", "while"]);

/** Words after `as` that make it a measure (`told as many as 300 supporters`), no subordinator. */
const AS_MEASURES = new Set(["many", "much", "well", "few", "little", "recently", "early", "late", "soon", "long"]);

/**
 * Whether the verb at v is `told` in a headline's passive (`‘Act now,’ Baker told as mayors
 * plead for help`, `… Roe told by premier`): on a headline's line (one ending on a word, with no
 * stop: isHeadlineLine), a subordinator or `by` right after it, or the line's end, where the
 * active `told` takes the one told (`told reporters`). Its subject is the one who heard the
 * words, not who said them. Body prose drops no object so (`Baker told after the rally` is his).
 */
function toldAsPassive(a: Analysis, v: number): boolean {
  const ws = a.words;
  if (ws[v]!.key !== "told" || !isHeadlineLine(a, paragraphIndexAt(a.paragraphs, ws[v]!.start))) return false;
  const next = ws[v + 1];
  const gap = a.text.slice(ws[v]!.end, next?.start ?? a.text.length);
  // A line broken after `told` and run on in lower case (`told\nreporters`) is one sentence wrapped, not a headline's end.
  if (!next || /\n/.test(gap)) return !/[.!?]/.test(gap) && !(next && isLowerCase(next.text));
  if (next.key === "as" && AS_MEASURES.has(ws[v + 2]?.key ?? "")) return false;
  return gap === " " && AFTER_PASSIVE_TOLD.has(next.key);
}

/** How many capitalised words of a longer name may stand between the link and the name read (`Birch Lake`). */
const PASSED_NAME_MAX_WORDS = 3;

/**
 * When the name m, read some words after an inverted verb's first word `first`, is the object
 * of a link (`of`, `for`, `at`, …, `the` after it) closing a description in lower case that
 * opens there (`said the member of Birch Lake First Nation`, `said a volunteer with Acme`): the
 * index of the description's last word before the link (`member`), else undefined. The words
 * passed over name the speaker, and the name only says where that speaker belongs.
 */
function passedDescriptionHead(a: Analysis, first: number, m: Mention): number | undefined {
  const ws = a.words;
  if (m.kind !== "name" || m.first - first < 2) return undefined;
  // `said a doctor with the Lakeview Coroners Service Dr. Jane Roe`: a titled or given name after
  // the body is the description's holder, who spoke.
  const next = ws[m.first + 1];
  if (isGivenName(ws[m.first]!.text) || (isTitle(ws[m.first]!) && m.last > m.first && next && isGivenName(next.text))) return undefined;
  // The name may be read from inside a longer one (`Lake First Nation` after a place's `Birch`).
  let j = m.first - 1;
  while (j > first && m.first - j <= PASSED_NAME_MAX_WORDS && !isLowerCase(ws[j]!.text)) j--;
  const link = ws[j]!.key === "the" ? j - 1 : j;
  if (link - 1 < first || !DESCRIPTION_LINKS.has(ws[link]!.key)) return undefined;
  for (let k = first; k < link; k++) if (!isLowerCase(ws[k]!.text)) return undefined;
  return link - 1;
}

/** How many characters before a passed description givenBefore reads for its noun given to someone. */
const GIVEN_BEFORE_CHARS = 3000;

/**
 * Whether the text before `at` gives someone the person's noun `noun`: an appositive after a
 * name (`Sarah Francis, a member of …`) or a title before one (`Chief Paul Roy`). Reads at most
 * GIVEN_BEFORE_CHARS characters back.
 */
function givenBefore(a: Analysis, noun: string, at: number): boolean {
  const from = Math.max(0, at - GIVEN_BEFORE_CHARS);
  a.work.add(at - from);
  const before = a.text.slice(from, at);
  const title = (noun.charAt(0).toUpperCase() + noun.slice(1)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return before.includes(`, a ${noun}`) || before.includes(`, an ${noun}`) || new RegExp(`\\b${title} [A-Z]`).test(before);
}

/** What may follow a name set off after a description: the clause ends, or another comma sets it off. */
const APPOSED_NAME_CLOSE = /^\s*[,.;:!?)]/;

/**
 * `… First Nation, Tom Baker.`: a person's full name (a given name, then at least one more word)
 * set off by a comma right after the name m, ending its clause or set off again (not a list:
 * `…, Tom Baker and Lin Varo`), within `end`; or undefined. Reads the name's few words.
 */
function apposedFullName(a: Analysis, m: Mention, end: number): Mention | undefined {
  const ws = a.words;
  const next = ws[m.last + 1];
  if (!next || next.end > end || a.text.slice(ws[m.last]!.end, next.start) !== ", " || !isGivenName(next.text)) return undefined;
  const last = nameForward(a, m.last + 1);
  if (last <= m.last + 1 || ws[last]!.end > end || a.quoted[last]) return undefined;
  const after = a.text.slice(ws[last]!.end, Math.min(end, ws[last]!.end + 3));
  if (after !== "" && !APPOSED_NAME_CLOSE.test(after)) return undefined;
  return { start: next.start, end: ws[last]!.end, kind: "name", first: m.last + 1, last };
}

/** Relative pronouns that open a clause qualifying a quoted noun phrase (`“…” that …`). */
const RELATIVES = new Set(["that", "which"]);

/** The first word after the next comma from word i before `end`, or -1 when a comma comes no more. */
function pastNextComma(a: Analysis, i: number, end: number): number {
  const ws = a.words;
  for (let k = i + 1; k < ws.length && ws[k]!.start < end; k++) {
    a.work.add();
    if (a.quoted[k]) return -1;
    if (a.text.slice(ws[k - 1]!.end, ws[k]!.start).includes(",")) return k;
  }
  return -1;
}

/**
 * The last character before `from` that is no space nor closing mark: how the quotation closing
 * there ends, inside or after its marks (`“Why now?”` gives `?`).
 */
function closingCharacter(text: string, from: number): string {
  let i = from - 1;
  while (i > 0 && /[\s"”'’»]/.test(text[i]!)) i--;
  return text[i] ?? "";
}

/** Whether the quotation closing at `from` ends with a question mark (`“Why now?”`). */
function closedByQuestion(text: string, from: number): boolean {
  return closingCharacter(text, from) === "?";
}

/** How many words after a verb leadsIntoQuotation reads for its object's quotation. */
const OBJECT_QUOTE_MAX_WORDS = 8;
/** Between a verb and the quoted words that are its object: a space and the opening mark, no comma or colon. */
const OBJECT_MARK_ONLY = /^\s+["“‘']$/u;

/**
 * Whether the verb at word v has quoted words of its own in its sentence, past at least one
 * unquoted word (its object: `called her “…”`, `said the plan was “…”`), or straight after it
 * with nothing but a space between (`the company blamed “…”`), the quotation then its object.
 * Quoted words after a comma or a colon (`said, “…”`) only introduce the next quotation, which
 * leaves the verb free for the quotation before.
 */
function leadsIntoQuotation(a: Analysis, v: number, sentenceEnd: number): boolean {
  const ws = a.words;
  if (!ws[v + 1]) return false;
  if (a.quoted[v + 1]) return OBJECT_MARK_ONLY.test(a.text.slice(ws[v]!.end, ws[v + 1]!.start));
  for (let k = v + 2; k <= v + OBJECT_QUOTE_MAX_WORDS && ws[k] && ws[k]!.start < sentenceEnd; k++) {
    a.work.add();
    if (a.quoted[k]) return true;
    // Within the verb's own clause: `fired back in March, attacking him for “…”` quotes after another verb.
    if (a.text.slice(ws[k]!.end, ws[k + 1]?.start ?? ws[k]!.end).includes(",")) return false;
  }
  return false;
}

/**
 * Whether a clause with a subject of its own follows the verb of saying at v, `that` left out:
 * a noun phrase right after the verb, then an auxiliary or a modal (`the team will`, `Sam Lee
 * has`), or a relative clause set off after a name (`Sam Lee, who …`). Not after a verb of
 * telling, whose object is the one told (`told reporters he …`, `told Roe, who …`).
 */
function clauseAfter(a: Analysis, v: number, end: number): boolean {
  const ws = a.words;
  const next = ws[v + 1];
  if (!next || a.quoted[v + 1] || ADDRESSED_PARTICIPLES.has(ws[v]!.key) || !joined(a.text, ws[v]!, next)) return false;
  const np = npForward(a, v + 1) ?? nameAfterRoleWords(a, v + 1);
  const after = np && ws[np.last + 1];
  if (!np || np.kind === "relative" || !after || after.start >= end || a.quoted[np.last + 1]) return false;
  if (joined(a.text, ws[np.last]!, after)) return CLAUSE_AUXILIARIES.has(after.key);
  return np.kind === "name" && /^,\s*$/.test(a.text.slice(ws[np.last]!.end, after.start)) && after.key === "who";
}

/**
 * A name after a few lower-case words of a role that open at word i (`defensive back Sam Lee`),
 * each joined to the next by a space, when the words alone read as no noun phrase.
 */
function nameAfterRoleWords(a: Analysis, i: number): Mention | undefined {
  const ws = a.words;
  for (let k = i; k < i + ROLE_WORDS_MAX && ws[k + 1]; k++) {
    a.work.add();
    if (!isLowerCase(ws[k]!.text) || a.quoted[k] || !joined(a.text, ws[k]!, ws[k + 1]!)) return undefined;
    const n = npForward(a, k + 1);
    if (n) return n.kind === "name" ? n : undefined;
  }
  return undefined;
}

/** How many lower-case words of a role nameAfterRoleWords reads before a name. */
const ROLE_WORDS_MAX = 3;

/** Auxiliaries and modals that open a clause's verb after its subject: `the team will`, `Roe has`. */
const CLAUSE_AUXILIARIES = new Set([...MODALS_BEFORE_VERB, ...BE_FORMS, "has", "have", "had"]);

/** Whether the quotation that closes just before `from` ends its sentence: a stop inside or after its marks. */
export function closedByStop(text: string, from: number): boolean {
  return /[.!?]/.test(closingCharacter(text, from));
}

/**
 * Whether the text before `at` ends in a colon and white space only: what the dash-signed
 * label's expression needs, asked first so that the clause before most quotations is not read
 * by the expression.
 */
function endsInColon(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (!isSpaceAt(text, i)) return false;
  }
  return false;
}

function headAttribution(a: Analysis, open: number, prevClose: number, headline: boolean, s = sentenceOf(a, open)): Attribution | null {
  const start = Math.max(s.start, prevClose);
  if (start >= open) return null;
  const ws = a.words;
  const lo = wordIndexAt(a, start);
  const hi = wordIndexAt(a, open); // first word at or after the quotation
  const clause = { start, end: open };
  a.work.add(open - start + (hi - lo));
  // `Said Comey, “…”`: the verb opens the sentence and the speaker follows it.
  if (INVERTED_OPENERS.has(ws[lo]!.key) && startsUpper(ws[lo]!.text) && lo + 1 < hi) {
    const m = npForward(a, lo + 1);
    // `Said Jane Roe, who grew up with him, “…”`: the name, or the name and an appositive after a comma.
    const appositive = m && m.last < hi - 1 && /^\s*,/.test(a.text.slice(ws[m.last]!.end, ws[m.last + 1]!.start));
    // `Says Jane Roe to Ottawa: ‘…’`: the one spoken to, after `to`, closes the clause at its colon; the name before speaks.
    const addressed =
      m && m.last + 2 < hi && ws[m.last + 1]!.key === "to" && endsInColon(a.text, open) && npForward(a, m.last + 2)?.last === hi - 1;
    if (m?.kind === "name" && (m.last === hi - 1 || appositive || addressed)) return { mention: m, how: "verb-speaker", clause };
  }
  // `Pollsters agree - Jane Roe: “…”`: a name set off by a dash and closed by the colon before
  // the quotation signs it; a verb in the heading before the dash has no part in it.
  if (hi - 1 > lo && endsInColon(a.text, open) && /\s[-–—]+\s[^-–—:.!?]*:\s*$/.test(a.text.slice(ws[lo]!.start, open))) {
    const label = npBackwardAt(a, hi - 1, lo);
    // `- Jane Roe and Tom Baker: “…”`: two authors sign it; the first stands for both.
    const pair = label && label.first - 2 >= lo && ws[label.first - 1]!.key === "and" ? npBackwardAt(a, label.first - 2, lo) : undefined;
    for (const m of [label, pair])
      if (m?.kind === "name" && /\s[-–—]+\s+$/.test(a.text.slice(ws[lo]!.start, m.start))) return { mention: m, how: "colon", clause };
  }
  // `according to X, “...”`
  for (let i = lo; i < hi - 1; i++) {
    if (ws[i]!.key === "according" && ws[i + 1]!.key === "to") {
      // `According to an email from a Rogers spokesperson, …`: a writing's author, as after the quotation.
      const m = npForward(a, i + 2) ?? accordingToSource(a, i + 2, open);
      if (m && m.end <= open) return { mention: m, how: "according-to", clause };
    }
  }
  // `He signed off with a simple, “…”`: the clause's subject, a person's name or pronoun, utters them.
  const withAt = utteredWith(a, lo, hi, open);
  const utterer = withAt > lo ? clauseSubject(a, afterSemicolon(a, afterDateline(a, lo, withAt), withAt), withAt) : undefined;
  // Not past a comma or a relative (`met the crowd, which greeted him with a resounding “Yes!”`): another clause's subject utters them.
  const ownClause =
    utterer &&
    !/[,;:]|\b(?:which|who|that|whom)\b/.test(a.text.slice(utterer.end, ws[withAt]!.start)) &&
    utteredBySubject(a, utterer.last + 1, withAt);
  if (ownClause && (utterer.kind === "name" || (utterer.kind === "pronoun" && SPEAKING_PRONOUNS.has(ws[utterer.first]!.key))))
    return { mention: utterer, how: "head-verb", clause };
  const inWords = inTheWordsOf(a, lo, hi, open);
  if (inWords) return { mention: inWords, how: "according-to", clause };
  const from = wordsFrom(a, lo, hi, open);
  if (from) return { mention: from, how: "according-to", clause };
  const possessor = possessorOfSaying(a, lo, hi, open);
  if (possessor) return { mention: possessor, how: "possessed-saying", clause };
  // The last speech verb before the quotation, and its subject.
  for (let v = hi - 1; v >= lo; v--) {
    const finding = courtFinding(a, v, lo, hi, open);
    if (finding) return { mention: finding, how: "head-verb", clause };
    // `characterized the measure as “…”`: a verb of describing before `as` speaks there only.
    const referred = referredToAs(a, v, hi, open) || describesAs(a, v, hi, open);
    if (a.quoted[v] || (!referred && !isSpeechVerb(a, v, lo, headline)) || quoteAside(a, v)) continue;
    const w = ws[v]!;
    const putIt = w.key === "put" && ws[v + 1]?.key === "it";
    // `Roe said Baker put “the interests of his party” ahead of the country`: `put` says words
    // only as `put it` (`as she put it, “…”`); with the quotation as its object it places a
    // thing, and the verb of saying before it is the one that reports the words.
    if (w.key === "put" && !putIt) continue;
    if (
      !CORE_SPEECH.has(w.key) &&
      !putIt &&
      !referred &&
      !nearQuote(a, v, hi, open) &&
      !reportsThat(a, v, hi, open) &&
      !describedByAs(a, v, hi, open)
    )
      continue;
    // `Acme's counsel Tom Baker said the panel should remember that grief “…”`: a verb after a
    // modal inside what an earlier verb of saying reports is what someone should or would do, no
    // saying of the words; that earlier verb, tried next, gives them to its own subject.
    if (MODALS_BEFORE_VERB.has(ws[v - 1]?.key ?? "") && insideReport(a, v - 1, lo)) continue;
    const thing = wordsOfAThingThatGoes(a, v, lo, open);
    if (thing) return { mention: thing, how: "head-verb", clause };
    const agent = passiveAgent(a, v, hi);
    // `the fares were called “…”`: a passive with no agent names no speaker; an earlier verb may.
    // `Baker was told, “…”`: the subject of a passive of telling right before the words heard
    // them, and said nothing; attributed, to no one the clause names.
    if (!agent && agentlessPassive(a, v)) {
      const hearer = ADDRESSED_PARTICIPLES.has(w.key) && nearQuote(a, v, hi, open) ? subjectOf(a, v, lo) : undefined;
      if (hearer) return { mention: hearer, how: "head-verb", clause, nobody: true };
      continue;
    }
    // `Another, from Morris Point, said`: one more, unnamed, from a place: attributed, to no one.
    const elliptical = agent ? undefined : ellipticalAuthor(a, v, lo);
    if (elliptical && !elliptical.author) return { mention: elliptical.m, how: "head-verb", clause, nobody: true };
    const m =
      agent ??
      elliptical?.m ??
      objectControlling(a, v, lo) ??
      adjunctSubject(a, v, lo) ??
      subjectPastPlace(a, v, lo) ??
      subjectOf(a, v, lo) ??
      clauseSubject(a, afterDateline(a, lo, v), v, true);
    if (m && (infinitiveInReport(a, v, m, lo) || reportedThing(a, m, lo))) continue;
    // `Roe told reporters the week went, “…”`: a thing that goes inside what a verb of saying
    // before it reports says nothing; that verb, read next, gives the words to its subject.
    if (m && thingGoes(a, v, m, open) && saidBefore(a, lo, m.first)) continue;
    if (m) return { mention: m, how: "head-verb", clause };
  }
  // `X: “...”`, or a sentence that introduces the quotation with a colon.
  if (/:\s*$/.test(a.text.slice(start, open))) {
    // `Is he travelling to Halifax?: “…”`: an interview set out as question and answer. The answer
    // is the words of the one the question asks about, never of the last name in the question.
    if (/\?\s*:\s*$/.test(a.text.slice(start, open))) {
      const asked = askedAbout(a, lo, hi);
      return asked ? { mention: asked, how: "colon", clause } : null;
    }
    const j = hi - 1;
    if (j >= lo) {
      // A label (`Jane Doe: “…”`, `HEADLINE - Jane Doe: “…”`) is the whole clause; in a longer one (`X delivered a message
      // to Y:`) the clause's subject speaks, not the last name before the colon.
      const label = npBackwardAt(a, j, lo);
      const signed = label && (label.first <= lo + 1 || /[-–—]\s*$/.test(a.text.slice(a.words[lo]!.start, label.start)));
      // `saying in a post on Twitter: “…”`: a platform or place after `on`, `in` or `at` is where
      // the words appeared, no signature.
      const where = label && label.first > lo && LABEL_PLACE_LINKS.has(a.words[label.first - 1]!.text);
      // `Jane Roe, the Lakeview Nurses Union: “…”`: the person signs, the body set off after her name says for whom.
      const member = label?.kind === "name" && !signed ? personBeforeBody(a, label, lo, true) : undefined;
      // `South Sudanese-Canadian activist and artist Emmanuel Jal brought some big news to his set:`:
      // a bare role read as the subject runs on to the name it qualifies.
      // `Vancouver costume designer Jane Roe gave her crew advice:`: a place, then a role, before
      // the person's name, says where the subject works (personAfterAffiliation).
      const read = clauseSubject(a, lo, hi);
      const subject =
        (read && nameAfterBareRole(a, read, open)) ??
        (read?.kind === "name" && mentionIsPlace(a.words, read) ? personAfterAffiliation(a, read, true) : read);
      const m = member ?? (signed ? label : ((subject && cleftSubject(a, subject, hi, open)) ?? subject ?? (where ? undefined : label)));
      // `Jane Roe, Ontario vice-president of the Lakeview Grocers: “…”`: the description read as
      // the subject is set off after the name that signs.
      if (m) return { mention: (!signed && signerBeforeAppositive(a, m, lo)) || m, how: "colon", clause };
    }
  }
  // `Conservative MP Jane Roe “…”` opening a paragraph of a transcript: a label whose colon was
  // dropped, the name running right up to the mark.
  const unmarked = unmarkedLabel(a, start, lo, hi, open);
  if (unmarked) return { mention: unmarked, how: "colon", clause };
  if (headline) {
    const m = clauseSubject(a, lo, hi);
    if (m) return { mention: m, how: "headline", clause };
  }
  return null;
}

/**
 * The person's full name that is the whole clause before the quotation at `open`, its roles
 * aside, when the clause opens its paragraph and only a space stands between the name and the
 * mark: `Conservative MP Shannon Stubbs “But will they …?”` among `Name: “…”` lines whose colon
 * one line lost. Only a full name (a given name before its last word), after its titles or
 * roles: a lone capitalised word so placed is as often a headline's.
 */
function unmarkedLabel(a: Analysis, start: number, lo: number, hi: number, open: number): Mention | undefined {
  const para = a.paragraphs[paragraphIndexAt(a.paragraphs, open)];
  if (!para || para.start !== start || hi - 1 < lo || !/\S $/.test(a.text.slice(start, open))) return undefined;
  // The quotation runs to the paragraph's end: the line is a label and its words.
  const last = wordIndexAt(a, para.end) - 1;
  if (last < hi || !a.quoted[last]) return undefined;
  const m = clauseSubject(a, lo, hi);
  if (m?.kind !== "name" || m.last !== hi - 1 || m.last === m.first || !/^ $/.test(a.text.slice(m.end, open))) return undefined;
  // Only roles before the name (`Conservative MP`), no clause's opener (`When Jane Roe “…”`).
  for (let k = lo; k < m.first; k++) if (FUNCTION_WORDS.has(a.words[k]!.key) || SUBORDINATORS.has(a.words[k]!.key)) return undefined;
  for (let k = m.first; k < m.last; k++) if (isGivenName(a.words[k]!.text)) return m;
  return undefined;
}

/** The first word of the last clause a semicolon opens among words lo..to-1, or lo: `…; Roe ends the talk with a hearty “…”`. */
function afterSemicolon(a: Analysis, lo: number, to: number): number {
  a.work.add(to - lo);
  for (let k = to - 1; k > lo; k--) if (/;/.test(a.text.slice(a.words[k - 1]!.end, a.words[k]!.start))) return k;
  return lo;
}

/** How many words back from a modal insideReport reads for the verb of saying that reports it. */
const REPORT_MAX_WORDS = 40;

/** Conjunctions that join a second clause after the report: `Roe said no and Lin Varo would tell …`. */
const CLAUSE_JOINS = new Set(["and", "but"]);

/**
 * Whether the modal at word `modal` stands inside what an unquoted verb of saying (CORE_SPEECH)
 * before it, at or after word `lo`, reports: no clause break between them, neither a `,` `;`
 * `:` nor `and`/`but` (`Lena Vos said the panel should`). `After Tom Baker said no to the deal,
 * Lin Varo would tell the council: “…”` opens a clause of its own. Reads back at most
 * REPORT_MAX_WORDS words, and stops at the first break.
 */
function insideReport(a: Analysis, modal: number, lo: number): boolean {
  const ws = a.words;
  for (let k = modal - 1; k >= lo && k >= modal - REPORT_MAX_WORDS; k--) {
    a.work.add();
    const w = ws[k]!;
    if (/[,;:]/.test(a.text.slice(w.end, ws[k + 1]!.start)) && !(a.quoted[k] && a.quoted[k + 1])) return false;
    if (a.quoted[k]) continue;
    if (CORE_SPEECH.has(w.key)) return true;
    if (CLAUSE_JOINS.has(w.key)) return false;
  }
  return false;
}

/**
 * Whether a verb of saying (CORE_SPEECH, unquoted) stands among words lo..to-1: one that may report
 * the clause after it. Asked only of a thing that goes (thingGoes), so a rare linear read.
 */
function saidBefore(a: Analysis, lo: number, to: number): boolean {
  a.work.add(to - lo);
  for (let k = lo; k < to; k++) if (!a.quoted[k] && CORE_SPEECH.has(a.words[k]!.key)) return true;
  return false;
}

/** How many words after `It was` a cleft's `when` may come: `It was just before 11 a.m., inside Courtroom 4, when`. */
const CLEFT_MAX_WORDS = 16;

/**
 * `It was just before noon when Justice Tom Baker read the last line of his ruling: “…”`: a
 * cleft sentence sets the time first, with an empty `it` and a form of `be`, and puts the
 * clause that introduces the quotation after `when`; that clause's subject speaks, never the
 * `it`. Undefined when `m` is no such `it`, or no subject follows the `when`.
 */
function cleftSubject(a: Analysis, m: Mention, hi: number, open: number): Mention | undefined {
  const ws = a.words;
  const it = ws[m.first]!;
  if (m.first !== m.last || it.key !== "it" || !BE_FORMS.has(ws[m.last + 1]?.key ?? "")) return undefined;
  // `It was noon when Lin Varo led the crowd in a chant: “…”`, `… held up a sign that read: “…”`:
  // a cry or a writing is no saying of the clause's subject; the cleft lends it no speaker.
  if (writtenOrCried(a.text, open, ws[m.first]!.start)) return undefined;
  for (let k = m.last + 2; k < hi && k <= m.last + CLEFT_MAX_WORDS; k++) {
    a.work.add();
    if (ws[k]!.key === "when" && !a.quoted[k]) return clauseSubject(a, k + 1, hi);
  }
  return undefined;
}

/** Prepositions whose object before a colon is where the words appeared, not who signed them. */
const LABEL_PLACE_LINKS = new Set(["on", "in", "at", "via"]);

/** How many words into a question its subject pronoun may come: `What is he doing`, `Is he travelling`. */
const QUESTION_SUBJECT_MAX_WORDS = 3;

/** The pronoun a question before an answer asks about: `he` in `Is he travelling to Halifax?`. */
function askedAbout(a: Analysis, lo: number, hi: number): Mention | null {
  for (let i = lo; i < hi && i < lo + QUESTION_SUBJECT_MAX_WORDS; i++) {
    a.work.add();
    if (a.words[i]!.key === "he" || a.words[i]!.key === "she") return npForward(a, i) ?? null;
  }
  return null;
}
