// Documents as speakers: `the statement said`, `a tweet from Jane Roe`, `said the IIU report`.
// A document's words are its issuer's, so the speaker is whoever issued it, found where the
// text introduced or qualified it.

import type { CastMember } from "./actors";
import { type Antecedents, type Context, isEvidentlyPerson, mayBeBody, type NameMention, type Spoken, sentenceBefore } from "./antecedents";
import { affiliationOfSpeaker, isBodyNoun, isCompanyHead, isNamedBody, isOfSort, ORGANISATION_HEADS } from "./bodies";
import { CIVIC_HEADS, type Governments } from "./governments";
import {
  COORDINATORS,
  DETERMINERS,
  INDEFINITE_OPENERS,
  ISSUED_WRITINGS,
  MEDIUM_NOUNS,
  MONTHS,
  NOT_NAMES,
  ORG_WORDS,
  PERSONAL_WRITINGS,
  PLATFORM_MEDIA,
  PLATFORMS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  STANDALONE_SPEAKERS,
  WEEKDAYS,
} from "./lexicon";
import { personAfterAffiliation } from "./mention-affiliations";
import { joined, type Mention, pluralPossessiveBefore } from "./mention-words";
import { npForward } from "./mentions";
import { isDateWord, isGivenName, isPlace } from "./names";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import { COMMA_BETWEEN, opensAgentPhrase } from "./subject-words";
import { ISSUING_VERBS, subjectOf } from "./subjects";
import { APOSTROPHE_S, isCapitalised, isCompoundModifier, isLowerCase, isTitleKey, startsUpper } from "./text";
import { rx } from "./unicode-regexps";

/** What introduces such a document: `a statement`, `its statement`, `a news release`. */
const INTRODUCING = new Set(["a", "an", "its", "his", "her", "their", "news", "press", "joint", "written", "brief"]);
/** Counts of writings an issuer put out at once: `issued two statements`. Each also introduces them (INTRODUCING). */
const WRITING_COUNTS = new Set(["two", "three", "several"]);
/**
 * How many words back `the statement` looks for the one it refers to: a news release is
 * introduced in the lead and quoted a few paragraphs on.
 */
const ISSUER_LOOKBACK_WORDS = 400;
/** The most spaces between two sentences read as one after the other (a paragraph's break). */
const SENTENCE_GAP_MAX = 4;

/** How many words before a writing's article may show it not had or only asked for (pendingBefore). */
const PENDING_WINDOW = 3;
/** Words that show a writing not had or only asked for: `never got a letter`, `requested a letter`. */
const PENDING_WORDS = new Set([
  "never",
  "not",
  "no",
  "yet",
  "without",
  "requested",
  "request",
  "requesting",
  "sought",
  "seeking",
  "wants",
  "wanted",
  "awaiting",
  "awaited",
  "waiting",
  "await",
]);

/** Documents that, with no author named, an organisation issued: `the release adds`. */
const ORGANISATION_DOCUMENTS = new Set(["statement", "release", "report", "ruling", "filing"]);
/** Names of one writing, a statement put out to the press: `issued a release` then `the statement said`. */
export const STATEMENT_NAMES = new Set(["statement", "release", "communique", "communiqué"]);

/**
 * Names of one warning a public body puts out, which a story calls by one then another:
 * `The town issued a notice …` then `“…,” the alert reads`.
 */
const WARNING_NAMES = new Set(["notice", "alert", "warning", "advisory", "bulletin"]);

/** Verbs that make the writing `the …` may then refer to: `posted on its website` before `the post reads`. */
const WRITING_OF_VERB = new Map([
  ["posted", "post"],
  ["tweeted", "tweet"],
]);

/** Whether a writing's noun met before names the writing `head` refers to. */
function sameWriting(key: string, head: string): boolean {
  return key === head || (STATEMENT_NAMES.has(key) && STATEMENT_NAMES.has(head)) || (WARNING_NAMES.has(key) && WARNING_NAMES.has(head));
}

/** Verbs whose subject, in a relative clause after a writing, is its author: `the letter he sent`. */
const SENDING_VERBS = new Set(["sent", "wrote", "signed", "penned", "issued", "posted", "tweeted", "emailed", "addressed"]);
/** How many words the sender's name may take after the writing (`the letter Chief Jane Roe sent`). */
const SENDER_MAX_WORDS = 4;

/** How many words of no capital may stand between a possessive and the writing (`its final report`). */
const WRITING_MODIFIERS = 2;
/** Words for the kind of a writing between its author's name and its noun: `a Fair news release`. */
const WRITING_KINDS = new Set(["news", "press", "media"]);
/** A person's possessives: `his release` is his freeing, not a writing he issued. */
const PERSONAL_POSSESSIVES = new Set(["his", "her"]);
/** The possessives that introduce a writing as their owner's, each with the subject pronoun it stands for: `his report` is what `he` wrote. */
const SUBJECT_OF_POSSESSIVE = new Map([
  ["his", "he"],
  ["her", "she"],
  ["its", "it"],
  ["their", "they"],
]);
/** Those possessives: `its final report`. */
const POSSESSIVES = new Set(SUBJECT_OF_POSSESSIVE.keys());

/** How many words a writing's possessor may take before its `’s` (`The Acme LRT public inquiry’s`). */
const POSSESSOR_MAX_WORDS = 6;

/** How many words may stand between `In` and the writing it opens a sentence with (`In the 400-page report`). */
const OPENING_MAX_WORDS = 3;

/** How many paragraphs back such a document looks for the organisation that spoke. */
const ORGANISATION_LOOKBACK_PARAGRAPHS = 4;

/** Ordinals before a writing and the place, from 0, of the one they pick among those met (`the second letter`). */
const ORDINAL_PLACES = new Map([
  ["first", 0],
  ["second", 1],
  ["third", 2],
]);

/** What links a document to its author: `a report by`, `a tweet from`. */
export const AUTHOR_LINKS = new Set(["by", "from"]);
/**
 * Participles of getting or passing on a writing, not of writing it: `obtained by`, `seen by`,
 * `leaked by`, `quoted by`, `commissioned by` (who paid for a report did not write it).
 */
const RECEIVING_PARTICIPLES = new Set([
  "obtained",
  "seen",
  "reviewed",
  "received",
  "acquired",
  "viewed",
  "leaked",
  "quoted",
  "cited",
  "forwarded",
  "shared",
  "commissioned",
]);
/**
 * Participles of putting out a writing of one's own, which a date may follow before `by` (`issued
 * Sunday by`). Not subjects.ts's ISSUING_VERBS whole: `published Monday by the Gazette` is as often
 * someone else's writing an outlet ran.
 */
const ISSUING_PARTICIPLES = new Set(["issued", "released", "signed", "filed", "posted", "tabled", "sent", "written"]);
/** A date's part of the day before its weekday: `late Monday`. */
const DAY_PARTS = new Set(["late", "early"]);
/** What a court issues: `the ruling`, `the decision`. */
const COURT_WRITINGS = new Set(["ruling", "decision", "judgment", "judgement"]);
/**
 * A second author right after the first one: `Tomas Rell and Ada Quill`, `and Dr. Quill`; its
 * two words, and what follows them. Not `and others`, nor a clause (`and Dunmore police said`).
 */
const JOINT_AUTHOR_NEXT = rx.u`^\s+(?:and|&)\s+(\p{Lu}[\p{L}'’-]*\.?)\s+(\p{Lu}[\p{L}'’-]*)(?=\s*(?:$|[.,;:!?)]|\s+(?:of|from|at|in|on|with|for|to)\b))`;

/** Whether a second author follows: a person's name (given name and surname, or title and name) ending its clause. */
function jointAuthorNext(after: string): boolean {
  const m = JOINT_AUTHOR_NEXT.exec(after);
  if (!m) return false;
  const first = m[1]!;
  return isGivenName(first) || isTitleKey(first.toLowerCase().replace(/\.$/, ""));
}
/** A second judge right after the first one named after `by`: `Justice Jane Roe, Justice Tom Baker and`. */
const PANEL_NEXT = rx.u`^,?\s+(?:and\s+)?(?:Justice|Judge)\s+\p{Lu}`;
/** How many words after `by` its author's name may start: `by state attorney general Jane Roe`. */
const AUTHOR_MAX_WORDS = 6;

/** What the resolver has read of a description: its head noun, its article, and what follows it. */
export interface Described {
  head: string;
  /** Opened by `the`, `this`, `that` and the like. */
  definite: boolean;
  /** Has a link after its head: `a statement from the ministry`. */
  linked: boolean;
  /** Has a capitalised word after its first: `the IIU report`. */
  named: boolean;
}

/** Verbs whose subject is a writing's author: `“…,” she wrote`. */
const WRITING_VERBS = new Set(["wrote", "writes", "write"]);
/** How many words a writing's recipient may take: `to the heads of both railways`. */
const RECIPIENT_MAX_WORDS = 8;
/** How many words a description may take between `from` and its holder's name (`from his daycare Acme Academy`). */
const DESCRIPTION_MAX_WORDS = 3;
/** How many words after the writing a sentence opens on the comma closing the opening phrase may come: `In a statement on Friday,`. */
const OPENING_TAIL_MAX_WORDS = 4;
/** How many words back from `she wrote` the writing may have been mentioned: the sentence before, about. */
const WRITING_LOOKBACK_WORDS = 40;

/**
 * The first name within AUTHOR_MAX_WORDS words after the link at word k (`by`, `from`) by which
 * a writing names its author: `a letter from Chief Jane Roe`. Read by Documents.authorOf and by
 * attribute.ts for a writing that opens a sentence (`In a letter from Jane Roe, …`).
 */
export function nameAfterAuthorLink(
  c: Pick<Context, "words" | "names" | "text" | "work">,
  namesAt: number[],
  k: number,
): NameMention | undefined {
  const ws = c.words;
  const n = c.names[firstAtOrAfter(namesAt, ws[k]!.end)];
  if (!n || n.mention.start > ws[Math.min(ws.length - 1, k + AUTHOR_MAX_WORDS)]!.end) return undefined;
  // `In a report from Aug. 1, the ministry says`, `A report from Toronto said`: a date or a place
  // after the link says when or where the writing is from, never who wrote it (a person whose
  // name reads as a street's, `Sara Lane`, still wrote it).
  const keys = ws.slice(n.mention.first, n.mention.last + 1).map((w) => w.key);
  if (isDateWord(ws[n.mention.first]!.text) || (isPlace(keys) && !isEvidentlyPerson(n.member))) return undefined;
  return roleHolderAfterBody(c, namesAt, n) ?? n;
}

/**
 * `a statement from Acme Foods president Jane Roe`, `a letter from the Ontario Nurses’ Association
 * president Jane Roe`: the person whose role the body's name opens (mention-affiliations.ts), who
 * wrote it, not the body the author link reaches first (issue 15's affiliation taken for the name).
 */
function roleHolderAfterBody(
  c: Pick<Context, "words" | "names" | "text" | "work">,
  namesAt: number[],
  n: NameMention,
): NameMention | undefined {
  if (n.member.kind === "person") return undefined;
  const person = personAfterAffiliation(c, n.mention);
  if (person === n.mention) return undefined;
  const next = c.names[firstAtOrAfter(namesAt, person.start)];
  return next && next.mention.start === person.start && next.member.kind === "person" ? next : undefined;
}

/**
 * The writing a sentence opens on, its first word (at `first`) `In` and at most
 * OPENING_MAX_WORDS unquoted words of no capital between (`In the 400-page report`, `In his
 * ruling`): the first word after `In` that `isWriting` accepts, or -1. Read for a writing's
 * author (attribute.ts: `In a letter from Jane Roe, …`) and for the speaker of a sentence that
 * opens on the writing a description refers to (Documents.speakerOfOpening).
 */
export function writingOpening(c: Pick<Context, "words" | "quoted">, first: number, isWriting: (k: number) => boolean): number {
  const ws = c.words;
  if (ws[first]?.key !== "in" || c.quoted[first]) return -1;
  for (let k = first + 1; k <= first + 1 + OPENING_MAX_WORDS && ws[k] && !c.quoted[k]; k++) {
    if (isWriting(k)) return k;
    if (ws[k]!.key === "in" || startsUpper(ws[k]!.text)) return -1;
  }
  return -1;
}

/**
 * Verbs whose object is a writing their subject issued: the verbs of issuing (`sent a fundraising
 * email`), `tweeted`, and the particle of `sent out a …`.
 */
const WRITING_ISSUED_BY = new Set([...ISSUING_VERBS, "tweeted", "out"]);

/**
 * Writings a public body issues to warn or decide, which speak for it as its statement would
 * (`says an alert from Oakvale Weather`, `the warning said`, `the board’s decision reads`).
 * Kept from ISSUED_WRITINGS, read as a sentence's subject, where `alert` and `warning` are verbs.
 * The warnings' names (WARNING_NAMES), a decision and a judgment (a court's: courtThatRuled).
 */
const NOTICES = new Set([...WARNING_NAMES, "decision", "judgment", "judgement"]);

/** Participles of putting a writing where it is read: `a tweet posted on …`. */
const POSTING_PARTICIPLES = new Set(["posted", "published", "shared", "uploaded"]);

/** A court's writings, which speak for the court that issued them (courtThatRuled). */
const JUDICIAL_WRITINGS = new Set(["ruling", "decision", "judgment", "judgement"]);
/** The words of a court's or a tribunal's name: `Supreme Court of Canada`, `Human Rights Tribunal`. */
const COURT_WORDS = new Set(["court", "tribunal"]);
/** Titles of the bench: `Justice Jane Roe`, `Judge Tom Baker`. */
const BENCH_TITLES = new Set(["justice", "judge"]);
/** What a page's or an account's owner posts on it: not a comment or a reply, which the public writes. */
const OWNER_WRITINGS = new Set(["post", "posts", "tweet", "tweets", "message", "statement", "video", "update", "note", "notice"]);

/** Whether a head noun names an issued writing, or several (`the memos say`, `TRC documents show`). */
function isWriting(head: string): boolean {
  const one = head.endsWith("s") ? head.slice(0, -1) : head;
  return ISSUED_WRITINGS.has(head) || ISSUED_WRITINGS.has(one) || NOTICES.has(head) || NOTICES.has(one);
}

/**
 * A word that may stand between a writing's noun and its owner, a possessive or a name's `’s`
 * before it: no capital, possessive or `’s` (`its final report`, `the inquiry’s 40-page report`).
 */
function mayFollowOwner(w: { text: string; key: string }): boolean {
  return !startsUpper(w.text) && !POSSESSIVES.has(w.key) && !APOSTROPHE_S.test(w.text);
}

/**
 * A word that may qualify a writing between its article and its noun (`fundraising`, `emailed`,
 * `40-page`): one that may follow an owner, and no article or other introducing word.
 */
function isModifier(w: { text: string; key: string }): boolean {
  return mayFollowOwner(w) && !DETERMINERS.has(w.key) && !INTRODUCING.has(w.key);
}

export class Documents {
  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
    /** Resolves the name of a writing's author (`a motion from Coun. Jane Roe`). */
    private readonly resolveAuthor: (m: Mention) => CastMember | null,
    /** The possessor of a writing (`the Acme inquiry’s final report`), read as Bodies.possessorOf does. */
    private readonly possessorOf: (m: Mention, head: string) => CastMember | null | undefined,
    /** The body the sentence before `m` was about, as its subject, read as Bodies.subjectBodyBefore does (`words`: the description's). */
    private readonly subjectBodyBefore: (m: Mention, words?: string[]) => CastMember | undefined,
    /** Governments named by place: the local government `the city` (any civic head) stands for. */
    private readonly governments: Governments,
  ) {}

  /** Whether a head noun names a document that speaks for its issuer. */
  isDocument(head: string): boolean {
    return isWriting(head);
  }

  /** Whether a head noun names a document or a medium whose owner speaks through it (`the union’s account`). */
  isOwnedWriting(head: string): boolean {
    return isWriting(head) || MEDIUM_NOUNS.has(head);
  }

  /**
   * The subject pronoun for the owner of a writing a possessive determiner opens, with at most a
   * word or two of no capital before its noun: `he` for `his report states`, `it` for `its
   * latest statement`. Its words are the owner's, whoever the pronoun stands for.
   */
  ownerPronoun(m: Mention, head: string): string | undefined {
    const ws = this.c.words;
    const subject = SUBJECT_OF_POSSESSIVE.get(ws[m.first]!.key);
    if (!subject || this.c.quoted[m.first]) return undefined;
    // The words between may be any that follow an owner, as the issuer's walks read them: a
    // number too (`its 40-page report`, `its 2023 report`).
    let k = m.first + 1;
    while (k <= m.last && k - m.first <= WRITING_MODIFIERS && ws[k]!.key !== head && mayFollowOwner(ws[k]!)) k++;
    return k <= m.last && ws[k]!.key === head ? subject : undefined;
  }

  /**
   * The body a capitalised name right before a writing's noun names as its author: `the CFIA
   * website`, `a Fair news release`, `the SHA memos`. One the text names elsewhere too (so an
   * acronym stands for the body it spells), or one named only here unless it is a place's name
   * (`a Quinnipiac poll`, not `the Ontario report`); a headline's capital (`Policing report billed
   * as …`) names no one, and a platform carries posts and writes none (`a Facebook post`).
   */
  qualifierOf(m: Mention, head: string): CastMember | undefined {
    const ws = this.c.words;
    let k = m.last;
    while (k > m.first && ws[k]!.key !== head) k--;
    // `a Fair news release`: the kind of writing may stand between the name and its noun.
    while (k - 1 > m.first && WRITING_KINDS.has(ws[k - 1]!.key) && isLowerCase(ws[k - 1]!.text)) k--;
    let j = k;
    while (j > m.first && isCapitalised(ws[j - 1]!.text) && !DETERMINERS.has(ws[j - 1]!.key) && !APOSTROPHE_S.test(ws[j - 1]!.text)) j--;
    // `a 2014 Acme report`, `the latest CFIA report`: a year or a word of no capital after the article.
    let d = j;
    while (d > m.first && j - d < WRITING_MODIFIERS && rx.u`^[\p{Ll}\d]`.test(ws[d - 1]!.text) && !DETERMINERS.has(ws[d - 1]!.key)) d--;
    if (j === k || (d > m.first && !DETERMINERS.has(ws[d - 1]!.key))) return undefined;
    // `the Monday statement`: a day or a month dates the writing and names no author; nor is any
    // word within quotation marks an author's name, nor a compound modifier (`a French-language
    // release`), which says what kind of writing it is.
    if (ws.slice(j, k).some((w, x) => PLATFORMS.has(w.key) || NOT_NAMES.has(w.key) || isCompoundModifier(w.text) || this.c.quoted[j + x]))
      return undefined;
    const member = this.resolveAuthor({ start: ws[j]!.start, end: ws[k - 1]!.end, first: j, last: k - 1, kind: "name" });
    if (!member || member.unnamed || member.kind === "group") return undefined;
    if (member.seen.some((at) => at < m.start || at >= m.end)) return member;
    // Named nowhere else (`a Quinnipiac poll`, `a Homeland Security memo`): the name is still
    // the author's rather than the writing's, unless it is a place's (`the Ontario report`).
    return isPlace(member.tokens) ? undefined : member;
  }

  /**
   * Whether the `release` at word k is a person's freeing, not a writing: `following Roe’s
   * release`, `after his release`. Bodies issue releases; a person's possessive before the noun
   * (a name's `’s` the text shows is a person's, or `his`, `her`) makes it their being set free,
   * so `the statement read` looks on back past it for the release that was issued.
   */
  private isFreeing(k: number): boolean {
    const ws = this.c.words;
    const before = ws[k - 1];
    if (ws[k]!.key !== "release" || !before || this.c.quoted[k - 1]) return false;
    if (PERSONAL_POSSESSIVES.has(before.key)) return true;
    if (!APOSTROPHE_S.test(before.text)) return false;
    const owner = this.seen.nameEndingAt(before.end) ?? this.seen.nameEndingAt(before.end - before.text.match(APOSTROPHE_S)![0].length);
    return !!owner && owner.kind === "person" && isEvidentlyPerson(owner);
  }

  /**
   * The name right before the writing's noun at word k that issued it (`the IIU report`), unless
   * that name is a platform's: `a Facebook post` is posted by someone on Facebook, never by it.
   */
  private qualifyingName(k: number): CastMember | undefined {
    const before = this.c.words[k - 1];
    return before && !PLATFORMS.has(before.key) ? this.seen.nameEndingAt(before.end) : undefined;
  }

  /** Who issued the document `m` describes, if the text says. */
  issuerOf(m: Mention, d: Described): CastMember | undefined {
    const ws = this.c.words;
    // `a court document filed by county attorney Jane Roe`, `a tweet from Jane Roe`: its author.
    const author = this.authorOf(m) ?? this.ownerOfMediumAfter(m);
    if (author) return author;
    // `said a memo quoted by Tomas Rell`, `an email obtained by the Courier`: the agent after the
    // participle was authorOf's to take; one who only got or passed on the writing leaves its
    // issuer unknown, never the one who spoke before (`quoted` is no verb the memo says by). Set off
    // by a comma (`the letter, obtained by the Herald`), it describes a writing already known.
    const next = ws[m.last + 1];
    if (next && joined(this.c.text, ws[m.last]!, next) && opensAgentPhrase(this.c, m.last + 1)) return undefined;
    const unsigned = !d.definite && !d.linked && !d.named && INDEFINITE_OPENERS.has(ws[m.first]!.key);
    // `A police news release added: “…”` after an officer quoted: a body's noun qualifying the
    // writing names its issuer, the body that noun stands for, never the one who spoke before.
    const qualifier = unsigned ? this.bodyNounBefore(m, d.head) : undefined;
    if (qualifier) {
      // Only a body of the noun's sort (`Toronto Police` for `police`): `a union statement` after a
      // General Motors spokesperson is no company's. A civic noun names the town named so (`a city
      // news release` after `the City of Kelowna`).
      const key = ws[qualifier.first]!.key;
      const body = (CIVIC_HEADS.has(key) ? this.governments.civicBody(key, m.start) : undefined) ?? this.bodyDescribed(qualifier);
      if (body && isOfSort(body.tokens, key)) return body;
    }
    if (unsigned && this.saysItself(m)) {
      // `“…,” a statement said` after `A spokesperson for the mayor confirmed …`: a document
      // with no issuer of its own speaks for whoever spoke just before it.
      const issuer = this.seen.lastSpoke(m.start, this.seen.paragraphStart(m.start, 1), () => true);
      if (issuer) return issuer.member;
    }
    // `Acme Folk Festival cancelled its summer event.` then `“…,” read a message`: a writing with
    // no issuer named, nor one that spoke just before, is the body the sentence before was about
    // (the order inverted too, so not only when it says itself).
    if (unsigned && ISSUED_WRITINGS.has(d.head)) {
      const body = this.subjectBodyBefore(m) ?? this.describedSubjectBefore(m);
      if (body) return body;
    }
    if (!d.definite) return undefined;
    // `the first letter said` after two letters from two writers: the one met in that place.
    const placed = this.issuerByPlace(m, d.head);
    if (placed !== undefined) return placed ?? undefined;
    // `the IIU report said`: the organisation whose name qualifies it was asked first
    // (qualifierOf), which turns down a place's name, a platform's, a date.
    return (
      this.issuer(d.head, m.start) ??
      this.organisationThatSpoke(d.head, m.start) ??
      this.writingThatSpokeLast(m.start) ??
      this.courtThatRuled(d.head, m.start)
    );
  }

  /**
   * `The Supreme Court of Canada upheld the law.` then `“…,” the majority judgment said`: a
   * court's writing (`the ruling`, `the decision`, `the judgment`) no sentence gave an issuer is
   * the one court or tribunal named a few paragraphs back at most: courts speak through their
   * rulings, which a story quotes after saying what the court decided. Of two (an appeal court
   * and the court below), or with a judge named there, no telling whose.
   */
  private courtThatRuled(head: string, at: number): CastMember | undefined {
    if (!JUDICIAL_WRITINGS.has(head)) return undefined;
    const from = this.seen.paragraphStart(at, ORGANISATION_LOOKBACK_PARAGRAPHS);
    // `Justice Mary Moreau of the Ontario Superior Court dismissed …`: a judge named, whose ruling it may be.
    if (this.seen.lastNamed(at, from, (x) => x.kind === "person" && [...x.titles].some((t) => BENCH_TITLES.has(t)))) return undefined;
    // A court named by a mention the cast read otherwise (`Court of King's Bench` filed as a person `Bench`) counts against the other.
    const ws = this.c.words;
    const court = (n: NameMention) => ws.slice(n.mention.first, n.mention.last + 1).some((w) => COURT_WORDS.has(w.key));
    const i = this.seen.soleNamed(at, (n) => (court(n) ? n.member.kind !== "person" || "veto" : false), from);
    return i === undefined ? undefined : this.c.names[i]!.member;
  }

  /**
   * The lower-case organisation's noun qualifying the writing `m` before its noun `head` (`a
   * police news release`, `a company statement`; not `a news release`), as a one-word
   * description, or undefined.
   */
  private bodyNounBefore(m: Mention, head: string): Mention | undefined {
    const ws = this.c.words;
    for (let k = m.first + 1; k < m.last && ws[k]!.key !== head; k++) {
      const w = ws[k]!;
      if (isLowerCase(w.text) && (ORGANISATION_HEADS.has(w.key) || CIVIC_HEADS.has(w.key)))
        return { start: w.start, end: w.end, kind: "nominal", first: k, last: k };
    }
    return undefined;
  }

  /**
   * `Police responded to a call on Main Street.` then `“…,” according to a release`: when the
   * sentence before opens on a body's description as its subject (`Police`, `The company`,
   * `The city`), not a name, the writing is the body that description stands for, resolved as
   * any such description is (the force or the company the text named); none when it names none.
   */
  private describedSubjectBefore(m: Mention): CastMember | undefined {
    const before = sentenceBefore(this.c, this.c.sentenceOf(m.start).start);
    if (!before) return undefined;
    const k = this.seen.wordFrom(before.start);
    const read = this.c.quoted[k] ? undefined : npForward(this.c, k);
    // `Police`, capitalised only to open its sentence, is read as a name: a common noun all the
    // same (the body noun it must be is tested below, as any description's head).
    const np: Mention | undefined = read?.kind === "name" && read.first === read.last ? { ...read, kind: "nominal" } : read;
    const verb = np ? this.c.words[np.last + 1] : undefined;
    if (np?.kind !== "nominal" || !isBodyNoun(this.c.words[np.last]!.key) || !verb || !isLowerCase(verb.text)) return undefined;
    // The class noun alone (`Police`, `The company`): `The provincial government` describes a body
    // the text need not have named, whose release Canadian news's gold leaves no one's.
    if (np.last - np.first > (DETERMINERS.has(this.c.words[np.first]!.key) ? 1 : 0)) return undefined;
    // Its verb right after it: `Police responded`, not `Police in Regina responded` nor `Police
    // and EMS`, nor a relative clause's pronoun (`The company that bought her firm announced`).
    if (
      PREPOSITIONS.has(verb.key) ||
      COORDINATORS.has(verb.key) ||
      RELATIVE_PRONOUNS.has(verb.key) ||
      verb.key === "that" ||
      this.c.quoted[np.last + 1]
    ) {
      return undefined;
    }
    const body = this.bodyDescribed(np);
    // `The company` after two bodies whose names mark them companies (`Acme Mining Inc. … Borealis
    // Energy Corp.`): which one it is the text does not say (not the latest named).
    const key = this.c.words[np.last]!.key;
    if (!body || !isOfSort(body.tokens, key)) return body;
    // Another such body named before the description (not after it: `Police` opening its
    // sentence is read as a name too) leaves it no one's.
    let two = false;
    this.seen.soleNamed(np.start, ({ member }) => {
      if (member === body || !isNamedBody(member) || !isOfSort(member.tokens, key)) return false;
      two = true;
      return "veto";
    });
    return two ? undefined : body;
  }

  /**
   * `“…,” read a message from Acme.` then, past a paragraph that quotes no one, `“…,” read the
   * post`: a writing no sentence introduced, named by the article as if met already, is the one
   * just quoted under another noun, so its issuer speaks again. Only when the last speaker
   * within a few paragraphs spoke through a writing (as `it read` after `reads the letter` does,
   * in ./pronouns) and is named: past a person quoted since, this rule tells nothing.
   */
  private writingThatSpokeLast(at: number): CastMember | undefined {
    const spoke = this.seen.lastSpoke(at, this.seen.paragraphStart(at, ORGANISATION_LOOKBACK_PARAGRAPHS), () => true);
    return spoke && this.spokeThroughWriting(spoke) && !spoke.member.unnamed ? spoke.member : undefined;
  }

  /** Whether a speaker was attributed through a writing it issued (`reads the letter`, `the report said`). */
  spokeThroughWriting(s: Spoken): boolean {
    const head = this.c.words[this.seen.wordBefore(s.end)];
    return !!head && head.start >= s.at && this.isDocument(head.key);
  }

  /**
   * `“…,” the release adds` where no sentence introduced the release with its issuer
   * (`According to a press release dated Monday, …` then `Tallwood Transit says …`): the organisation
   * that spoke last within a few paragraphs, past any person quoted in between, since a
   * release or a statement with no author named is an organisation's. A text-wide look-up by
   * speakers, bounded like every look-back.
   */
  private organisationThatSpoke(head: string, at: number): CastMember | undefined {
    if (!ORGANISATION_DOCUMENTS.has(head)) return undefined;
    const from = this.seen.paragraphStart(at, ORGANISATION_LOOKBACK_PARAGRAPHS);
    const spoke = this.seen.lastSpoke(at, from, mayBeBody);
    // `said Acme Fire Service information officer Jane Roe` since: she spoke for the service, and
    // a report with no author named after her words is the service's, read where she was
    // introduced (as lastOrganisationSpeaker reads it), past a later `Roe said`.
    const person = this.seen.lastSpoke(at, spoke ? spoke.at + 1 : from, (x) => x.kind === "person" && isEvidentlyPerson(x));
    return (person && affiliationOfSpeaker(this.c, this.seen, person.member, at)) ?? spoke?.member;
  }

  /**
   * For a definite writing with an ordinal (`the first letter`, `the second letter`) when the text
   * has met two writings or more of that kind (`a letter`, `another letter`, `a second letter`):
   * the issuer of the one met in that place; undefined otherwise (no ordinal, or one writing only),
   * for the usual look-back, which takes the last met, which the first letter's words are not.
   * Only on a sure count: every writing met before it shown with its writer and its words
   * (writerOfMet), and a number the text gives one its own place (`A third letter` the third met,
   * `Another letter` not the first); else null. A letter only asked for, awaited or paraphrased
   * (`requested a letter from Premier Scott Moe`, `a letter from Peter Marsh, who wrote that…`)
   * may or may not be one the writer counts: no name is safer than the next writer's.
   */
  private issuerByPlace(m: Mention, head: string): CastMember | null | undefined {
    const ws = this.c.words;
    const place = ORDINAL_PLACES.get(ws[m.first + 1]?.key ?? "");
    if (place === undefined || m.first + 2 !== m.last) return undefined;
    const met = this.writingsMet(head);
    const before = met.filter((i) => ws[i]!.start < m.start);
    if (before.length < 2) return undefined;
    for (const [n, i] of before.entries()) {
      const said = ws[i - 1]!.key;
      const own = ORDINAL_PLACES.get(said) ?? (said === "another" && n === 0 ? -1 : n);
      if (own !== n || !this.writerOfMet(head, i)) return null;
    }
    const i = before[place];
    return i === undefined ? null : this.writerOfMet(head, i);
  }

  /**
   * The words where writings of `head` are met by an indefinite phrase (`a letter`, `another
   * letter`, `a second letter`), not one only asked for (`asked the mayor for a letter of support`:
   * `for` before its article, none of its words quoted), read once per head. Those whose words are
   * quoted (quotedAfter) go in metQuoted.
   */
  private writingsMet(head: string): number[] {
    const known = this.metByHead.get(head);
    if (known) return known;
    const ws = this.c.words;
    const met: number[] = [];
    // Read from the end, the first quoted word after i.
    let nextQuoted = -1;
    for (let i = ws.length - 1; i >= 1; i--) {
      this.c.work.add();
      if (this.c.quoted[i]) {
        nextQuoted = i;
        continue;
      }
      if (!sameWriting(ws[i]!.key, head)) continue;
      const article = this.articleOf(i);
      const opener = ws[article]?.key ?? "";
      if (!INDEFINITE_OPENERS.has(opener) && !STANDALONE_SPEAKERS.has(opener)) continue;
      const quoted = this.quotedAfter(i, nextQuoted);
      if (!quoted && ws[article - 1]?.key === "for") continue;
      met.push(i);
      if (quoted) this.metQuoted.add(i);
    }
    const counted = met.reverse();
    this.metByHead.set(head, counted);
    return counted;
  }

  /** The writings writingsMet met whose words are quoted (quotedAfter), by word. */
  private readonly metQuoted = new Set<number>();
  /** writerOfMet's answers, by head and word. */
  private readonly writersOfMet = new Map<string, CastMember | null>();

  /**
   * The writer of the writing met at word i, when its words are quoted (metQuoted) and its writer
   * is found in its own sentence (`In a letter, Jane Roe wrote`, `A letter, from Jane Roe, said`,
   * `One letter, signed by Jane Roe`): not one scanFrom finds sentences back, another writing's.
   */
  private writerOfMet(head: string, i: number): CastMember | null {
    const key = `${head} ${i}`;
    const known = this.writersOfMet.get(key);
    if (known !== undefined) return known;
    let writer: CastMember | null = null;
    if (this.metQuoted.has(i) && !this.pendingBefore(i)) {
      let at = -1;
      const member = this.scanFrom(head, i, (k) => (at = k));
      const own = this.c.sentenceOf(this.c.words[i]!.start);
      if (member && at >= 0 && this.c.words[at]!.start >= own.start) writer = member;
    }
    this.writersOfMet.set(key, writer);
    return writer;
  }

  /**
   * Whether the writing met at word i is one not had, or only asked for, by the words just before
   * its article (`who says he never got a letter from Ottawa`, `requested a letter from`, `still
   * waiting on a letter`): the words quoted in its sentence are then someone else's. Reads three words.
   */
  private pendingBefore(i: number): boolean {
    const ws = this.c.words;
    const article = this.articleOf(i);
    this.c.work.add(PENDING_WINDOW);
    for (let k = article - 1; k >= Math.max(0, article - PENDING_WINDOW); k--) {
      const key = ws[k]!.key;
      if (PENDING_WORDS.has(key) || key.endsWith("n't")) return true;
    }
    return false;
  }

  /** The word before a writing's noun at word i that opens its phrase: `a` of `a letter`, of `a second letter`. */
  private articleOf(i: number): number {
    return ORDINAL_PLACES.has(this.c.words[i - 1]!.key) ? i - 2 : i - 1;
  }

  /** Whether sentence `s` ends in a colon, past the spaces at its end. */
  private closedByColon(s: { start: number; end: number }): boolean {
    const { text } = this.c;
    let e = s.end;
    while (e > s.start && /\s/.test(text[e - 1]!)) e--;
    this.c.work.add(s.end - e + 1);
    return text[e - 1] === ":";
  }

  /**
   * Whether the words of the writing met at word i are quoted: after it in its sentence (`In a
   * letter, Jane Roe wrote, “…”`) or opening the next after a colon (`Peter Marsh sent a letter
   * too:¶“…”`). `nextQuoted` is the first quoted word after i, or -1.
   */
  private quotedAfter(i: number, nextQuoted: number): boolean {
    const ws = this.c.words;
    if (nextQuoted <= i) return false;
    const own = this.c.sentenceOf(ws[i]!.start);
    const at = ws[nextQuoted]!.start;
    if (at < own.end) return true;
    // The quotation opens the sentence right after one a colon closes (only spaces and its opening
    // mark before it): not words quoted from a speaker after `she wrote a letter last year.`
    if (!this.closedByColon(own)) return false;
    const next = this.c.sentenceOf(at);
    const gap = next.start - own.end;
    return gap >= 0 && gap <= SENTENCE_GAP_MAX && /^\s*$/.test(this.c.text.slice(own.end, next.start)) && at - next.start <= 1;
  }

  /** writingsMet's answers, by head. */
  private readonly metByHead = new Map<string, number[]>();

  /**
   * Who issued the document a definite description (`the statement`) refers to: the speaker,
   * or failing one the first name, of the sentence that introduced it (`The RCMP issued a
   * statement.`, `In a statement, the council said …`), within a bounded number of words back.
   */
  private issuer(head: string, at: number): CastMember | null {
    const from = this.seen.wordBefore(at) - 1;
    // The word the look-back stopped on with its answer; -1 when none in its window.
    let hitAt = -1;
    const member = this.scanFrom(head, from, (i) => (hitAt = i));
    let known = this.issuersFound.get(head);
    if (!known) this.issuersFound.set(head, (known = new Map()));
    known.set(from, { member, at: hitAt });
    return member;
  }

  /**
   * Each look-back issuer has made, by the writing's head and the word it started from: what it
   * found and at which word (-1, none in its window). `The letter began, “…”` said again and
   * again: a later look-back that reaches where an earlier one started takes its answer there,
   * rather than reading every earlier `letter` again (scanFrom). Per text, as this is.
   */
  private readonly issuersFound = new Map<string, Map<number, { member: CastMember | null; at: number }>>();
  /** issuer's look-back from word `from`; `reading` is told each word it reads, -1 when it ends with no answer. */
  private scanFrom(head: string, from: number, reading: (i: number) => void): CastMember | null {
    const ws = this.c.words;
    const { names } = this.c;
    const { namesAt } = this.seen;
    const known = this.issuersFound.get(head);
    const lowest = from - ISSUER_LOOKBACK_WORDS;
    for (let i = from, looked = 0; i > 0 && looked < ISSUER_LOOKBACK_WORDS; i--, looked++) {
      this.c.work.add();
      reading(i);
      // An earlier look-back from this word found the same answer in a wider window: its answer
      // stands if it lies within this one's, and none does otherwise (the words between were read).
      const earlier = i < from ? known?.get(i) : undefined;
      if (earlier) {
        const within = earlier.at > lowest;
        reading(within ? earlier.at : -1);
        return within ? earlier.member : null;
      }
      const w = ws[i]!;
      // `the LMEA posted on its website that …` before `the post reads`: the verb that made the
      // writing, whose subject issued it. None read (a clause with no subject) looks on back.
      if (!this.c.quoted[i] && WRITING_OF_VERB.get(w.key) === head) {
        const subject = this.subjectIssuing(this.c.sentenceOf(w.start).start, i);
        if (subject) return subject;
        continue;
      }
      // `Acme issued two statements` before `the second statement read`: one of those counted.
      const counted = w.key === `${head}s` && WRITING_COUNTS.has(ws[i - 1]?.key ?? "");
      if (this.c.quoted[i] || !(sameWriting(w.key, head) || counted) || this.isFreeing(i)) continue;
      // `The IIU report said …` before `the report said`: the name that qualified it.
      const qualifier = this.qualifyingName(i);
      if (qualifier) return qualifier;
      // `a motion from Coun. Jane Roe` before `the motion notes`: the author it was met with, by name.
      const link = this.authorLinkAfter(i);
      if (link > 0 && ws[link + 1]) {
        const author = this.phraseAfterLink(link);
        // `a release from the Harbour Minister’s office`, `a statement posted online by the union`:
        // a body's description after the link speaks as the named body it resolves to, as for a
        // writing met the first time (authorOf).
        const np = this.bodyPhrase(author);
        const body = np ? this.bodyDescribed(np) : undefined;
        const member = body ?? (author?.kind === "name" ? this.resolveAuthor(author) : this.namedAfterDescription(link));
        if (member && !member.unnamed) return member;
      }
      // `the letter she sent to the minister` before `the letter begins`: the subject of the
      // relative clause that follows the writing, with no `that`, sent or wrote it.
      const sender = this.senderAfter(i);
      if (sender) return sender;
      // `In the 400-page report, Commissioner Jane Roe says …` before `the report states`: the
      // one who speaks in the sentence the writing opens is its author.
      const author = this.authorOfOpening(i);
      if (author) return author;
      // `a Facebook post`, `its Instagram post`: the platform says where the writing was put,
      // not who wrote it; the writing's phrase is read as if it opened at the platform's name.
      const h = i > 1 && PLATFORMS.has(ws[i - 1]!.key) && !this.c.quoted[i - 1] ? i - 1 : i;
      // `an emailed statement`, `a fundraising email`: a word or two of no capital, no article,
      // may stand after the article.
      let a = h - 1;
      while (a > h - 1 - WRITING_MODIFIERS && a > 1 && isModifier(ws[a]!) && !this.c.quoted[a]) a--;
      // Past more than a participle, only the object of a verb of issuing (`The Acme campaign sent
      // a fundraising email`) is its subject's: `in the wake of a damning report` names no author.
      // A possessive's writing (`its final report`) is read below, as the possessive's.
      const qualified = a < h - 2 || (a === h - 2 && !/ed$/.test(ws[h - 1]!.key));
      const opener = qualified && POSSESSIVES.has(ws[a]!.key) ? ws[h - 1] : ws[a];
      const s = this.c.sentenceOf(w.start);
      if (!opener || !(INTRODUCING.has(opener.key) || WRITING_COUNTS.has(opener.key))) {
        // `the inquiry headed by Justice Jane Roe, which released its final report`: a possessive
        // and a word or two of no capital before the writing; the name nearest before it in its
        // sentence issued it. The modifiers walked past above may all follow an owner: the walk
        // goes on from where that one stopped, past an article or a quoted word too.
        let o = a;
        while (o > h - 1 - WRITING_MODIFIERS && o > 0 && mayFollowOwner(ws[o]!)) o--;
        if (this.c.quoted[o]) continue;
        // `The Acme inquiry’s final report found …` before `the report said`: its possessor, read
        // back from the noun met there (`the inquiry’s final statement` before `the release said`).
        if (APOSTROPHE_S.test(ws[o]!.text)) {
          const first = Math.max(this.seen.wordFrom(s.start), o - POSSESSOR_MAX_WORDS);
          const owner = this.possessorOf({ start: ws[first]!.start, end: w.end, first, last: i, kind: "nominal" }, w.key);
          if (owner) return owner;
          continue;
        }
        if (!POSSESSIVES.has(ws[o]!.key)) continue;
        const b = lastAtOrBefore(namesAt, ws[o]!.start - 1);
        if (b >= 0 && names[b]!.mention.start >= s.start) return this.seen.headOfName(b);
        continue;
      }
      if (qualified && (this.c.quoted[a - 1] || !WRITING_ISSUED_BY.has(ws[a - 1]!.key))) continue;
      const spoke = this.seen.lastSpoke(s.end, s.start, () => true);
      if (spoke) return spoke.member;
      const subject = this.subjectIssuing(s.start, a - 1);
      if (subject) return subject;
      // The name nearest before it, the subject of `issued a statement` (`As the U.S. withdraws,
      // the U.S. Department of State issued a statement`); failing one, the first after it.
      const b = lastAtOrBefore(namesAt, ws[h]!.start - 1);
      const before = b >= 0 && names[b]!.mention.start >= s.start ? this.seen.headOfName(b) : undefined;
      // Past modifiers, a name (`a new study released Tuesday shows how Fortune 500 companies …`)
      // is as often what the writing is about as its author; never a place (`at Quebec companies`).
      if (qualified) return before && !isPlace(before.tokens) ? before : null;
      if (before) return before;
      // Nor a place after it, where the writing went or was made (`mailing a letter to each
      // mayor in Ontario`); a body's name that opens like a place's is none (`Port Authority`).
      const first = names[firstAtOrAfter(namesAt, s.start)];
      const place = first && isPlace(first.member.tokens) && !first.member.tokens.some((t) => ORG_WORDS.has(t));
      return first && first.mention.start < s.end && !place ? first.member : null;
    }
    reading(-1);
    return null;
  }

  /**
   * The author link (`from`, `by`) after the writing at word i: right after it (`a motion from
   * Coun. Jane Roe`), or `by` past a participle of issuing and at most one word of no capital
   * (`a statement posted online by Acme`, `a release issued by`): -1 when none. No quoted word.
   */
  private authorLinkAfter(i: number): number {
    const ws = this.c.words;
    const at = (k: number) => !!ws[k] && !this.c.quoted[k];
    if (at(i + 1) && AUTHOR_LINKS.has(ws[i + 1]!.key)) return i + 1;
    if (!at(i + 1) || !ISSUING_VERBS.has(ws[i + 1]!.key)) return -1;
    if (at(i + 2) && ws[i + 2]!.key === "by") return i + 2;
    return at(i + 2) && isLowerCase(ws[i + 2]!.text) && at(i + 3) && ws[i + 3]!.key === "by" ? i + 3 : -1;
  }

  /**
   * The name that closes a short description right after the link at word k, set off by a comma
   * at most (`a letter from his daycare Acme Academy`, `a note from their lawyer, Jane Roe`): the
   * description's holder, who wrote it. Only lower-case words of no preposition or conjunction
   * between: `a letter from the mother of Jane Roe` is the mother's.
   */
  private namedAfterDescription(k: number): CastMember | null {
    const ws = this.c.words;
    const n = nameAfterAuthorLink(this.c, this.seen.namesAt, k);
    if (!n || n.mention.first - k - 1 > DESCRIPTION_MAX_WORDS || n.mention.end > this.c.sentenceOf(ws[k]!.start).end) return null;
    for (let j = k + 1; j < n.mention.first; j++) {
      const w = ws[j]!;
      if (this.c.quoted[j] || !isLowerCase(w.text) || PREPOSITIONS.has(w.key) || COORDINATORS.has(w.key)) return null;
      if (!/^,?\s+$/.test(this.c.text.slice(w.end, ws[j + 1]!.start))) return null;
    }
    return n.member.unnamed ? null : n.member;
  }

  /**
   * The subject of the verb of issuing at word v, read back as any subject is (`The association
   * has mailed a note to the council`, `On Friday, the union sent a memo`, `The union, which
   * represents 4,000 nurses, sent …`). A description: `the`, only words of no capital, a body's
   * noun (`The Jane Roe campaign` and `Baker's campaign` are the candidate's, read with the
   * names), resolved to the body, named; a person's description, or one the resolver cannot
   * name, is none. A name: the whole name it stands in, named.
   */
  private subjectIssuing(sentenceStart: number, v: number): CastMember | undefined {
    const ws = this.c.words;
    if (v < 1 || this.c.quoted[v] || !WRITING_ISSUED_BY.has(ws[v]!.key)) return undefined;
    // `The union sent out a letter`: the subject of the verb before its particle.
    const verb = ws[v]!.key === "out" ? v - 1 : v;
    const m = subjectOf(this.c, verb, this.seen.wordFrom(sentenceStart));
    // `The Town of Smallville, Ont., issued a notice`: a named subject, past the place set off
    // after it, which the name nearest the writing would be; the whole name the subject's words
    // stand in (`Town` read apart from its place is the Town of Smallville).
    if (m?.kind === "name") {
      const i = firstAtOrAfter(this.seen.namesAt, m.start);
      const n = this.c.names[i];
      const named = n && n.mention.start < m.end ? this.seen.headOfName(i) : this.resolveAuthor(m);
      return named && !named.unnamed ? named : undefined;
    }
    // `The Pellow family issued a statement`: the family, as the text names it, issued it; never
    // the one of its name the nearest name would give (often the victim the statement mourns).
    if (m?.kind === "nominal" && ws[m.last]!.key === "family") return this.resolveAuthor(m) ?? undefined;
    if (m?.kind !== "nominal" || ws[m.first]!.key !== "the" || !isBodyNoun(ws[m.last]!.key)) return undefined;
    if (ws.slice(m.first + 1, m.last + 1).some((w) => !isModifier(w))) return undefined;
    return this.bodyDescribed(m);
  }

  /**
   * The body a description whose head names one (`the association`, `police`; isBodyNoun) stands
   * for: the named body it resolves to. One the resolver cannot name, or a person, is none.
   */
  private bodyDescribed(np: Mention): CastMember | undefined {
    const body = this.resolveAuthor(np);
    if (!body) return undefined;
    // `a statement from the company` after `Brenvo Lustrik says it …`: a name read as a person's is
    // the company only when Bodies.subjectBodyBefore, which tests it for a company's, found it;
    // not when the resolver reached it another way (the last speaker).
    const head = this.c.words[np.last]!.key;
    const company = isCompanyHead(head) && body.kind === "person" && !body.unnamed && this.subjectBodyBefore(np, [head]) === body;
    return isNamedBody(body) || company ? body : undefined;
  }

  /**
   * The person who, in a relative clause right after the writing at word i, sent or wrote it:
   * `the letter he sent to the premier`, `the note Acme Corp. wrote`. A name, or a pronoun for a
   * person, then a verb of issuing or writing in the past.
   */
  private senderAfter(i: number): CastMember | undefined {
    const ws = this.c.words;
    if (!ws[i + 1] || this.c.quoted[i + 1]) return undefined;
    const who = npForward(this.c, i + 1);
    if (!who || (who.kind !== "pronoun" && who.kind !== "name") || who.last > i + SENDER_MAX_WORDS) return undefined;
    const verb = ws[who.last + 1];
    if (!verb || this.c.quoted[who.last + 1] || !SENDING_VERBS.has(verb.key)) return undefined;
    const member = this.resolveAuthor(who);
    // A pronoun only for a person: `they` may stand for the recipients named before it.
    return member && !member.unnamed && (who.kind === "name" || member.kind === "person") ? member : undefined;
  }

  /**
   * The author of a writing at word i that a sentence opens on, `In` and a few words of no capital
   * before it: the sentence's speaker (`In the report, Roe said …`, `In his 40-page ruling, Justice
   * Roe wrote …`), else the subject set off after the opening phrase (subjectAfterOpening).
   */
  private authorOfOpening(i: number): CastMember | undefined {
    const s = this.c.sentenceOf(this.c.words[i]!.start);
    if (writingOpening(this.c, this.seen.wordFrom(s.start), (k) => k === i) !== i) return undefined;
    return this.seen.lastSpoke(s.end, s.start, () => true)?.member ?? this.subjectAfterOpening(i);
  }

  /**
   * The subject set off after a writing a sentence opens on, at word i (authorOfOpening checked the
   * opening), when no verb of saying follows (`In a statement, she congratulated Tom Baker …`, `In a
   * letter Friday, the union thanked …`): who acts in the writing issued it, never the object of
   * the verb (Baker). A name, a pronoun, or a body's description, right after the comma that closes
   * the opening phrase, a few words past the writing at most.
   */
  private subjectAfterOpening(i: number): CastMember | undefined {
    const ws = this.c.words;
    for (let j = i + 1; j <= i + OPENING_TAIL_MAX_WORDS && ws[j] && !this.c.quoted[j]; j++) {
      if (!COMMA_BETWEEN.test(this.c.text.slice(ws[j - 1]!.end, ws[j]!.start))) continue;
      const who = npForward(this.c, j);
      // `the union thanked …`, `the teachers’ union thanked …`: a body's description, as the named
      // body it resolves to (bodyPhrase, as issuer's link reads it).
      const body = this.bodyPhrase(who);
      if (body) return this.bodyDescribed(body);
      if (!who || (who.kind !== "pronoun" && who.kind !== "name")) return undefined;
      const member = this.resolveAuthor(who);
      return member && !member.unnamed ? member : undefined;
    }
    return undefined;
  }

  /**
   * The owner of the page or account a writing was posted on, right after it: `a post on the Acme
   * Students Union Facebook page`, `a tweet posted on the Blue Jays Twitter account`, `a post on
   * the Facebook page of the Acme Students Union`. Words of one clause, a few words at most. Only
   * what an owner posts (OWNER_WRITINGS): `a comment on the Oilers Facebook page` is a fan's.
   */
  private ownerOfMediumAfter(m: Mention): CastMember | undefined {
    const ws = this.c.words;
    if (!OWNER_WRITINGS.has(ws[m.last]!.key)) return undefined;
    let k = m.last + 1;
    if (POSTING_PARTICIPLES.has(ws[k]?.key ?? "")) k++;
    if (ws[k]?.key !== "on") return undefined;
    k++;
    // A name may take its article in (`the Major League Baseball`).
    let n = ws[k] && this.seen.nameStartingAt(ws[k]!.start);
    if (!n && ws[k]?.key === "the") k++;
    if (!ws[k] || this.c.quoted[k]) return undefined;
    // The owner first (`the Acme Students Union Facebook page`), else the medium (`the Facebook
    // page of …`), whose platform is a name of its own.
    n ??= this.seen.nameStartingAt(ws[k]!.start);
    if (n && PLATFORMS.has(ws[n.mention.last]!.key)) n = undefined;
    let j = n ? n.mention.last + 1 : k;
    if (ws[j]?.key === "official") j++;
    if (PLATFORMS.has(ws[j]?.key ?? "")) j++;
    if (!(MEDIUM_NOUNS.has(ws[j]?.key ?? "") || PLATFORM_MEDIA.has(ws[j]?.key ?? ""))) return undefined;
    if (!n) {
      if (ws[j + 1]?.key !== "of") return undefined;
      const owner = ws[j + 2]?.key === "the" ? j + 3 : j + 2;
      n = ws[owner] && this.seen.nameStartingAt(ws[owner]!.start);
      j = n ? n.mention.last : j;
    }
    // One clause: no stop, colon or quotation mark between the writing and its owner's medium.
    if (!n || /[.;:!?"“”]/.test(this.c.text.slice(ws[m.last]!.end, ws[j]!.start))) return undefined;
    return n.member;
  }

  /**
   * Who a document names as its author right after its noun: `a court document filed by county
   * attorney Jane Roe`, `a tweet from lawyer Tom Baker`. The first name within a few words of `by`
   * or `from`, in the same sentence; the `by` of `, signed by` past a recipient set off by a comma
   * (`the letter to the heads of both railways, signed by …`, pastRecipient). For a writing met
   * the first time (`a statement from the ministry`, `a release from the teachers’ union`), a
   * body's description right after the link, before any name, as the named body it resolves to.
   */
  authorOf(m: Mention): CastMember | undefined {
    const ws = this.c.words;
    let k = m.first + 1;
    // The link in the mention or right after it; failing one, the walk stops a word further on,
    // so one word, most often a participle, may stand between (`filed by`, `issued by`).
    while (k <= m.last + 1 && k < ws.length && !AUTHOR_LINKS.has(ws[k]!.key)) k++;
    // `a statement issued Sunday by Jane Roe`: the participle of issuing and the date it came out.
    if (k === m.last + 2) k = this.pastIssueDate(m.last + 1, k);
    // `the letter to the heads of both railways, signed by …`: past its recipient, set off by a comma.
    if (k === m.last + 2 && ws[m.last + 1]?.key === "to") k = this.pastRecipient(m.last + 1);
    if (k >= ws.length || !AUTHOR_LINKS.has(ws[k]!.key) || this.c.quoted[k]) return undefined;
    // `the letter, obtained by the Smallville Herald`: who got hold of a writing did not write it.
    if (RECEIVING_PARTICIPLES.has(ws[k - 1]!.key)) return undefined;
    const end = this.c.sentenceOf(ws[k]!.start).end;
    const n = nameAfterAuthorLink(this.c, this.seen.namesAt, k);
    const named = n && n.mention.end <= end ? n : undefined;
    // `read a statement from police`, `a release from the teachers’ union`: no name, but a body's
    // description right after the link, whose words are that body's, resolved as any such
    // description is (the force or the union the text named); a person's (`a letter from a
    // parent`) or one the resolver cannot name stays no one's. Only a writing met for the first
    // time: `the statement from the agency` is one introduced before, with its issuer (issuerOf).
    const fresh = INDEFINITE_OPENERS.has(ws[m.first]!.key) && !this.c.quoted[k + 1];
    const np = fresh ? this.bodyPhrase(this.phraseAfterLink(k)) : undefined;
    if (np && np.end <= end && (!named || named.mention.start >= np.end)) return this.bodyDescribed(np);
    // `a statement from the city`: the local government `the city said` would stand for, named by
    // its kind and place (`City of Brandon`), whatever kind a place's given-name look read it as.
    const civic = fresh && !np && !named ? this.civicHeadAt(k + 1) : undefined;
    const government = civic ? this.governments.civicBody(civic, ws[k + 1]!.start) : undefined;
    if (government) return government;
    // `noted the ruling, issued by Justice Jane Roe, Justice Tom Baker and …`: a panel's ruling is
    // the court's, the one the text named before, never its first judge's; with none named, no one.
    if (named && COURT_WRITINGS.has(ws[m.last]!.key) && PANEL_NEXT.test(this.c.text.slice(named.mention.end, end))) {
      const court = this.seen.soleNamed(m.start, ({ member }) => isNamedBody(member) && member.tokens.includes("court"));
      return court === undefined ? undefined : this.c.names[court]!.member;
    }
    // `a statement signed by Tomas Rell and Ada Quill`: two authors, neither of whom wrote it alone.
    if (named && jointAuthorNext(this.c.text.slice(named.mention.end, end))) return undefined;
    return named?.member;
  }

  /**
   * The `by` after a participle of issuing at word i (ISSUING_PARTICIPLES: `issued`, `released`)
   * and the date it came out (`Sunday`, `on Monday`, `late Friday`, `Sept. 3`), none quoted; else k.
   * Only those participles: who leaked, quoted, shared or commissioned a writing on a day (`a memo
   * leaked Monday by Tom Roe`) did not write it.
   */
  private pastIssueDate(i: number, k: number): number {
    const ws = this.c.words;
    if (!ISSUING_PARTICIPLES.has(ws[i]?.key ?? "") || this.c.quoted[i]) return k;
    let j = i + 1;
    if (ws[j]?.key === "on") j++;
    if (ws[j] && DAY_PARTS.has(ws[j]!.key)) j++;
    if (ws[j] && WEEKDAYS.has(ws[j]!.key)) j++;
    else if (ws[j] && MONTHS.has(ws[j]!.key)) j += /^\d{1,2}$/.test(ws[j + 1]?.text ?? "") ? 2 : 1;
    else return k;
    for (let q = i + 1; q <= j; q++) if (this.c.quoted[q]) return k;
    return ws[j]?.key === "by" ? j : k;
  }

  /**
   * The `by` of `, signed by` (any participle) that follows a writing's recipient, the phrase `to
   * …` at word k of at most RECIPIENT_MAX_WORDS unquoted words closed by a comma; else k.
   */
  private pastRecipient(k: number): number {
    const ws = this.c.words;
    for (let j = k + 1; j <= k + RECIPIENT_MAX_WORDS && ws[j + 2] && !this.c.quoted[j]; j++) {
      if (!COMMA_BETWEEN.test(this.c.text.slice(ws[j]!.end, ws[j + 1]!.start))) continue;
      const by = ws[j + 2]!;
      return /ed$/.test(ws[j + 1]!.key) && by.key === "by" && !this.c.quoted[j + 2] ? j + 2 : k;
    }
    return k;
  }

  /**
   * The noun phrase after the author link at word k, a place's name with the body's noun right
   * after it whole (`a statement from Hamilton police`): the force wrote it, not the city, whose
   * name alone is where a phrase read from the name stops. Only when the noun closes the phrase,
   * read from it as any phrase is, and joins no other author: `Toronto police spokesperson Jane
   * Roe`, `Vancouver police union`, `Hamilton police and the family` are not the force's alone.
   */
  private phraseAfterLink(k: number): Mention | undefined {
    const ws = this.c.words;
    const np = npForward(this.c, k + 1);
    const noun = np?.kind === "name" ? ws[np.last + 1] : undefined;
    if (!np || !noun || this.c.quoted[np.last + 1] || !isLowerCase(noun.text) || !isBodyNoun(noun.key)) return np;
    const place = ws.slice(np.first, np.last + 1).map((w) => w.key);
    if (!joined(this.c.text, ws[np.last]!, noun) || !isPlace(place)) return np;
    const own = npForward(this.c, np.last + 1);
    if (own?.last !== np.last + 1 || COORDINATORS.has(ws[np.last + 2]?.key ?? "")) return np;
    return { ...np, end: noun.end, last: np.last + 1, kind: "nominal" };
  }

  /**
   * A description read after an author link whose head is a body's noun (`the Prime Minister’s
   * office`, `the teachers’ union`, past the plural possessor): what issuer and authorOf resolve
   * as the named body it describes (bodyDescribed).
   */
  private bodyPhrase(np: Mention | undefined): Mention | undefined {
    const phrase = np?.kind === "nominal" ? this.possessedPhrase(np) : undefined;
    return phrase && isBodyNoun(this.c.words[phrase.last]!.key) ? phrase : undefined;
  }

  /**
   * The word after an unquoted `the` at word i, for civicBody, which answers only for the heads of
   * local government known by its kind (CIVIC_HEADS) and no speaker's noun phrase reads
   * (npForward): `a memo from the city reads`, read as `the city said` is. Not the opening
   * of a longer phrase, which npForward reads on past it (`the city councillor`, a person); `the
   * city’s` is one word, no head civicBody knows.
   */
  private civicHeadAt(i: number): string | undefined {
    const ws = this.c.words;
    const [the, head] = [ws[i], ws[i + 1]];
    if (the?.key !== "the" || !head || this.c.quoted[i + 1]) return undefined;
    const np = npForward(this.c, i);
    return np && np.last > i + 1 ? undefined : head.text;
  }

  /**
   * The phrase a plural possessor's phrase opens, ending at the possessed noun: `the teachers’
   * union` for `the teachers`, where the phrase read stops at the apostrophe. Else the phrase.
   */
  private possessedPhrase(np: Mention | undefined): Mention | undefined {
    const ws = this.c.words;
    const next = np && np.kind === "nominal" ? ws[np.last + 1] : undefined;
    if (!np || !next || !isLowerCase(next.text) || !pluralPossessiveBefore(this.c.text, ws[np.last]!, next)) return np;
    return { ...np, end: next.end, last: np.last + 1 };
  }

  /**
   * The author of a writing someone else read out, for the pronoun at word `p` when it is the
   * subject of `wrote`: `The prosecutor read a letter from the victim’s mother. “…,” she
   * wrote.` The writer speaks, not the reader: the phrase after `from` or `by` that follows the
   * writing's noun, the nearest within about a sentence before.
   */
  writerFor(p: number): Mention | undefined {
    const ws = this.c.words;
    if (!WRITING_VERBS.has(ws[p + 1]?.key ?? "")) return undefined;
    for (let i = p - 1, looked = 0; i > 0 && looked < WRITING_LOOKBACK_WORDS; i--, looked++) {
      this.c.work.add();
      const w = ws[i]!;
      if (this.c.quoted[i] || !PERSONAL_WRITINGS.has(w.key) || !AUTHOR_LINKS.has(ws[i + 1]?.key ?? "") || this.c.quoted[i + 1]) continue;
      const author = npForward(this.c, i + 2);
      return author && author.kind !== "pronoun" && author.start < ws[p]!.start ? author : undefined;
    }
    return undefined;
  }

  /** Whether a verb of saying in a finite form follows the mention straight away (`a statement reads`, not `a statement posted online said`). */
  private saysItself(m: Mention): boolean {
    const next = this.c.words[m.last + 1];
    return !!next && SPEECH_VERBS.has(next.key) && /^\s+$/.test(this.c.text.slice(m.end, next.start));
  }
}
