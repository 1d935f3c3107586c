// What the text has said before a point: who spoke and who was named, where. The resolvers
// (pronouns, descriptions, documents) read it backwards from a speaker mention.
import { type Cast, type CastMember, showsNoPerson } from "./actors";
import { paragraphIndexAt, startsOf, wordIndexAt } from "./analysis";
import { ASKING_VERBS, SUBORDINATORS, WH_CLAUSE_OPENERS } from "./lexicon";
import { isSpeakerNoun, joined, type Mention, pluralPossessiveBefore } from "./mention-words";
import { npBackward } from "./mentions";
import { isPlace } from "./names";
import { insertAt, insertionIndex, lastAtOrBefore } from "./spans";
import { APOSTROPHE_S, isCapitalised, isLowerCase, type Range, type Tokens } from "./text";
import { rx } from "./unicode-regexps";

/**
 * How many earlier speakers or names a look-back reads for one that fits. Far more than any
 * article needs (a pronoun's antecedent is a few mentions back), and it keeps a text of
 * thousands of names that fit no pronoun from costing names × pronouns.
 */
export const MAX_ANTECEDENTS = 200;

/** Words that open a noun phrase in which a name can stand as a modifier (`the same Acme post`, `his Liberal colleagues`). */
const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "same", "his", "its", "their", "our"]);
const LOWER_WORD = rx.u`^\p{Ll}+$`;
/** A plural noun in lower case (`members`, `supporters`): people a name before it qualifies. */
const PLURAL_WORD = rx.u`^\p{Ll}+s$`;
const ONE_SPACE = /^ $/;
/**
 * From a subject to a name in its appositive: `, the aunt of `, `, a longtime friend of `, `,
 * co-owner of ` (a role needs no article), `, left, co-owner of ` (a caption's place in the photo
 * first), `, longtime adviser to `, `, a spokesperson for ` (one who serves the person named).
 */
const APPOSITIVE_TO_OF = rx.u`^(?:,\s+(?:left|right|centre|center|middle))?,\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|to|for)\s+$`;
/** The links from a role in an appositive to the person it is a role towards (APPOSITIVE_TO_OF). */
const APPOSITIVE_LINKS = new Set(["of", "to", "for"]);
/**
 * What closes such an appositive after the name: its comma, perhaps after where the body is (` in
 * Minnedosa,`) or after a second name joined by `and` (`the son of Lyle and Anne Roe,`).
 */
const APPOSITIVE_CLOSE = rx.u`^(?:\s+(?:in|of|and)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,`;
/** What joins two names into a pair: `and`, no comma (`Glen and Marjorie Atwood`). */
const BARE_AND = /^\s+and\s+$/;
/** How many names firstOfPair reads back through a list's commas. */
const LIST_MAX_NAMES = 6;
/** How many characters after the name APPOSITIVE_CLOSE reads. */
const APPOSITIVE_CLOSE_CHARS = 40;
/** How many characters RELATIVE_TO_NAME reads at most. */
const RELATIVE_MAX_CHARS = 120;
/** From a name to one inside the `who` clause set off after it: `, who was a teammate of `, a few words, no punctuation. */
const RELATIVE_TO_NAME = rx.u`^,\s+who\s+(?:[\p{L}\d'’-]+\s+){1,10}$`;
/** What precedes a journalist's name in an interview: `an interview with`, `speaking to`. */
const INTERVIEW_WORDS = new Set(["interview", "speaking", "spoke", "talking", "talked", "chatting", "chatted"]);
const INTERVIEW_PREPOSITIONS = new Set(["with", "to"]);
/** Roles of a journalist before their name: `host Tom Baker`. */
const INTERVIEWER_ROLES = new Set(["host", "anchor", "reporter", "interviewer", "journalist", "correspondent", "columnist"]);

export interface Context extends Tokens {
  quoted: boolean[];
  cast: Cast;
  paragraphs: Range[];
  sentenceOf(at: number): Range;
  /** Name mentions outside quotations, in text order. */
  names: { mention: Mention; member: CastMember }[];
}

export type NameMention = Context["names"][number];

/** The sentence before the one that starts at `start`, past the spaces between them; none at the text's start. */
export function sentenceBefore(c: Context, start: number): Range | undefined {
  let end = start - 1;
  while (end > 0 && /\s/.test(c.text[end]!)) end--;
  return end > 0 ? c.sentenceOf(end) : undefined;
}

/** How many words after a name pronounAfter reads for the first pronoun. */
const PRONOUN_AFTER_NAME_WORDS = 25;

/**
 * The first word from word `i` on that `isPronoun` accepts, out of quotation, before offset `end`
 * and within PRONOUN_AFTER_NAME_WORDS words: the pronoun right after a name (person-sex.ts reads
 * its sex there, pronouns.ts the sign of a person).
 */
export function pronounAfter(c: Context, i: number, end: number, isPronoun: (key: string) => boolean): string | undefined {
  const ws = c.words;
  for (let k = 0; i < ws.length && ws[i]!.start < end && k < PRONOUN_AFTER_NAME_WORDS; i++, k++) {
    c.work.add();
    if (!c.quoted[i] && isPronoun(ws[i]!.key)) return ws[i]!.key;
  }
  return undefined;
}

export interface Spoken {
  at: number;
  member: CastMember;
  end: number;
}

export class Antecedents {
  /** Speakers found so far (quote attributions and subjects of speech verbs), in text order. */
  private readonly spoke: Spoken[] = [];
  private readonly spokeAt: number[] = [];
  /** Where each name mention starts, for binary search. */
  readonly namesAt: number[];
  /** isSubject's answers by mention start, with the steps each first reading counted. */
  private readonly subjects = new Map<number, { end: number; first: number; subject: boolean; steps: number }>();

  constructor(private readonly c: Context) {
    this.namesAt = c.names.map((n) => n.mention.start);
  }

  noteSpeaker(at: number, member: CastMember, end = at) {
    // After any speaker noted at the same offset, as a stable sort would put it.
    const i = insertionIndex(this.spokeAt, at);
    insertAt(this.spoke, i, { at, member, end });
    insertAt(this.spokeAt, i, at);
  }

  /** The last speaker noted before `at` and at or after `from` that fits. */
  lastSpoke(at: number, from: number, fits: (m: CastMember) => boolean): Spoken | undefined {
    return this.lastBefore(
      this.spokeAt,
      this.spoke,
      at,
      (s) => s.at < from,
      (s) => fits(s.member),
    );
  }

  /**
   * lastSpoke for `it` (`groups` false) and `they`: the last speaker noted before `at` and at or
   * after `from` that is no person, nor a group for `it`. The same reading, in one loop with no
   * call per speaker: every `it` in a long paragraph that no speaker fits reads back over up to
   * MAX_ANTECEDENTS of them. A step is charged for every speaker read, as lastBefore does.
   */
  lastSpokeThing(at: number, from: number, groups: boolean): Spoken | undefined {
    const start = lastAtOrBefore(this.spokeAt, at - 1);
    const stop = Math.max(-1, start - MAX_ANTECEDENTS);
    for (let i = start; i > stop; i--) {
      const x = this.spoke[i]!;
      if (x.at < from || (x.member.kind !== "person" && (groups || x.member.kind !== "group"))) {
        this.c.work.add(start + 1 - i);
        return x.at < from ? undefined : x;
      }
    }
    this.c.work.add(start - stop);
    return undefined;
  }

  /**
   * lastNamed for `it` (`groups` false) and `they`, as lastSpokeThing: the last name before `at`
   * and at or after `from` of no person nor place, nor of a group for `it`. A place only named
   * (`gathered in Corvale, Ont., to say what they want`, `a paddle on the Pell River, where they`)
   * is where people are, not who `they` are; a place that spoke is lastSpokeThing's.
   */
  lastNamedThing(at: number, from: number, groups: boolean): NameMention | undefined {
    const { names } = this.c;
    const start = lastAtOrBefore(this.namesAt, at - 1);
    const stop = Math.max(-1, start - MAX_ANTECEDENTS);
    for (let i = start; i > stop; i--) {
      const n = names[i]!;
      if (n.mention.start < from) {
        this.c.work.add(start + 1 - i);
        return undefined;
      }
      const { member } = n;
      if (member.kind !== "person" && !isPlace(member.tokens) && (groups || member.kind !== "group")) {
        this.c.work.add(start + 1 - i);
        return n;
      }
    }
    this.c.work.add(start - stop);
    return undefined;
  }

  /** The last name mentioned before `at` and at or after `from` that fits. */
  lastNamed(
    at: number,
    from: number,
    fits: (m: CastMember) => boolean,
    referring = false,
    placed: (n: NameMention) => boolean = () => true,
  ): NameMention | undefined {
    return this.lastBefore(
      this.namesAt,
      this.c.names,
      at,
      (n) => n.mention.start < from,
      (n) =>
        fits(n.member) &&
        !(referring && (this.modifiesNoun(n.mention) || this.qualifiesPeople(n.mention) || this.isInterviewer(n.mention))) &&
        placed(n),
    );
  }

  /**
   * The index of the name of the one member named before `at` that `fits` accepts, at most
   * MAX_ANTECEDENTS names back and none before `from`; none when a second member fits, or when
   * `fits` finds a name that rules the look-up out ("veto"). The latest name of that member is
   * the one returned. The sole body of a sort, the sole holder of a role and the sole person of a
   * paragraph are each this look-up with their own test.
   */
  soleNamed(at: number, fits: (n: NameMention, index: number) => boolean | "veto", from = 0): number | undefined {
    let sole: number | undefined;
    for (let i = lastAtOrBefore(this.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.start < from) break;
      if (n.mention.end > at) continue;
      const fit = fits(n, i);
      if (fit === "veto") return undefined;
      if (!fit) continue;
      if (sole !== undefined && this.c.names[sole]!.member !== n.member) return undefined;
      sole ??= i;
    }
    return sole;
  }

  /**
   * Whether a name only qualifies the noun after it, between a determiner and that noun (`the
   * same Truth Social post`, `a Clinton campaign official`): it names no one a pronoun can stand for.
   */
  modifiesNoun(m: Mention): boolean {
    const ws = this.c.words;
    const before = ws[m.first - 1];
    const after = ws[m.last + 1];
    if (!after || this.c.quoted[m.last + 1]) return false;
    if (this.affiliationOfHolder(m) || this.possessesBodyName(m)) return true;
    if (!before || !NOUN_PHRASE_OPENERS.has(before.text)) return false;
    return LOWER_WORD.test(after.text) && ONE_SPACE.test(this.c.text.slice(ws[m.last]!.end, after.start));
  }

  /**
   * Whether a name ends in a plural's bare apostrophe before a capitalised word (`Southern Chiefs'
   * Organization`, `Ontario Nurses' Association`): the first words of a body's name, no one's.
   */
  private possessesBodyName(m: Mention): boolean {
    const next = this.c.words[m.last + 1];
    return !!next && isCapitalised(next.text) && pluralPossessiveBefore(this.c.text, this.c.words[m.last]!, next);
  }

  /**
   * Whether a name stands straight before a lower-case person's noun and a name (`Manitoba NDP
   * leader Jane Roe`, `Acme Corp. spokesperson Tom Baker`): the party or body of the one named
   * after it, whom a later `he` or `she` never stands for, even with no determiner before it.
   */
  private affiliationOfHolder(m: Mention): boolean {
    const ws = this.c.words;
    const office = ws[m.last + 1];
    const name = ws[m.last + 2];
    if (!office || !name || !LOWER_WORD.test(office.text) || !isSpeakerNoun(office.key) || !isCapitalised(name.text)) return false;
    return ONE_SPACE.test(this.c.text.slice(ws[m.last]!.end, office.start)) && ONE_SPACE.test(this.c.text.slice(office.end, name.start));
  }

  /**
   * Whether a name only says which people the noun after it are (`and Indigenous Métis members`):
   * the subject is that noun, no one the name names.
   */
  private qualifiesPeople(m: Mention): boolean {
    const after = this.c.words[m.last + 1];
    if (!after || this.c.quoted[m.last + 1] || !PLURAL_WORD.test(after.text) || !isSpeakerNoun(after.key)) return false;
    return ONE_SPACE.test(this.c.text.slice(this.c.words[m.last]!.end, after.start));
  }

  /**
   * Whether a name is the one interviewed by or spoken to in an interview (`Speaking to CTV's Jane
   * Roe`, `in an interview with host Tom Baker`): the journalist who asks, whom the interviewee's
   * `he` or `she` after it never stands for.
   */
  isInterviewer(m: Mention): boolean {
    const ws = this.c.words;
    let i = m.first - 1;
    if (ws[i] && INTERVIEWER_ROLES.has(ws[i]!.key)) i--;
    // An outlet's possessive before the journalist's name: `CTV's`, `Global News'`.
    if (ws[i] && rx.u`^\p{Lu}.*['’]s?$`.test(ws[i]!.text)) i--;
    if (!ws[i] || !INTERVIEW_PREPOSITIONS.has(ws[i]!.key)) return false;
    return ws[i - 1] !== undefined && INTERVIEW_WORDS.has(ws[i - 1]!.key);
  }

  /**
   * The last name that fits and stands as a subject, named after speaker `spoke` and before
   * `at`; none if the speaker is named again after it, for a name met again is the one in mind.
   * A possessive of the speaker's inside another subject's predicate is no such naming: in `Jane
   * Roe shared Baker's view.` Roe, the subject, is in mind, and Baker only qualifies a noun.
   */
  subjectSince(at: number, spoke: Spoken, fits: (m: CastMember) => boolean): NameMention | undefined {
    return this.lastBefore(
      this.namesAt,
      this.c.names,
      at,
      (n) => n.mention.start <= spoke.at || (n.member === spoke.member && !this.possessiveInPredicate(n.mention)),
      (n) => fits(n.member) && this.isSubject(n.mention) && !this.qualifiesPeople(n.mention),
    );
  }

  /**
   * For a possessive in a predicate (`Baker's` in `Jane Roe shared Baker's view.`), the subject
   * that fits named before it in its sentence (`Jane Roe`), or undefined. Not when the predicate
   * names the possessor again as the one who acts (`Roe held the gun used by Tom Baker in Baker's
   * trial`): an agent named twice is what the sentence is about. A possessor named before only as
   * an object (`Roe congratulated Baker on the win before faulting Baker's plans`) acts in no
   * clause there, and the subject stays in mind.
   */
  subjectBeforePossessive(n: NameMention, fits: (m: CastMember) => boolean): NameMention | undefined {
    if (!this.possessiveInPredicate(n.mention)) return undefined;
    const from = this.c.sentenceOf(n.mention.start).start;
    return this.lastBefore(
      this.namesAt,
      this.c.names,
      n.mention.start,
      (x) => x.mention.start < from || (x.member === n.member && this.acts(x.mention)),
      (x) => fits(x.member) && this.isSubject(x.mention),
    );
  }

  /**
   * For a name in its sentence's predicate whose only sign of a person is its capitalised words
   * (no title, no sex known, no given name opening it: `Roe Hardware` in `Jane Roe owns Roe
   * Hardware and says …`), the sentence's subject before it when that subject shows a person: a
   * shop, a farm or a firm the subject owns or works at is no `he` or `she`, the subject is.
   */
  subjectBeforeObject(n: NameMention, fits: (m: CastMember) => boolean): NameMention | undefined {
    if (!showsNoPerson(n.member) || this.isSubject(n.mention)) return undefined;
    const from = this.c.sentenceOf(n.mention.start).start;
    return this.lastBefore(
      this.namesAt,
      this.c.names,
      n.mention.start,
      (x) => x.mention.start < from,
      (x) => x.member !== n.member && fits(x.member) && !showsNoPerson(x.member) && this.isSubject(x.mention),
    );
  }

  /**
   * For a name after `of`, `to` or `for` inside the appositive set off after its sentence's subject
   * (`Boushie` in `Jane Roe, the aunt of Boushie, decried the verdict.`), that subject when it fits, or
   * undefined. The appositive only says who the subject is; the person it names through a kin
   * or a role acts in no clause there, and the subject stays in mind.
   */
  subjectBeforeAppositive(last: NameMention, fits: (m: CastMember) => boolean): NameMention | undefined {
    const ws = this.c.words;
    // `the daughter of Glen and Marjorie Atwood`: the pair is read from its first name, after `of`.
    const n = this.firstOfPair(last);
    if (!APPOSITIVE_LINKS.has(ws[n.mention.first - 1]?.key ?? "")) return undefined;
    const s = this.c.sentenceOf(n.mention.start);
    const i = lastAtOrBefore(this.namesAt, n.mention.start - 1);
    const subject = this.c.names[i];
    if (!subject || subject.mention.start < s.start || !fits(subject.member) || !this.isSubject(subject.mention)) return undefined;
    // Between them only `, the aunt of ` (an article, a few lower-case words); after the name, the closing comma.
    const between = this.c.text.slice(subject.mention.end, n.mention.start);
    this.c.work.add(between.length);
    // The closing comma after the pair's last name: `the aunt of Tom Baker, and Jane Roe said`
    // closed the appositive at `Baker,`, and Jane Roe is a second subject, no part of it.
    const close = this.c.text.slice(last.mention.end, last.mention.end + APPOSITIVE_CLOSE_CHARS);
    if (!APPOSITIVE_TO_OF.test(between) || !APPOSITIVE_CLOSE.test(close)) return undefined;
    return subject;
  }

  /**
   * For the last of names joined by a bare `and` (`Marjorie Atwood` of `Glen and Marjorie
   * Atwood`), the first of them, through a list's commas before (`Ann Lee, Tom Baker and Jane
   * Roe`); else `n`. A comma before `and` (`Tom Baker, and Jane Roe`) closes what came before,
   * and the names are no pair.
   */
  private firstOfPair(n: NameMention): NameMention {
    if (this.c.words[n.mention.first - 1]?.key !== "and") return n;
    let i = lastAtOrBefore(this.namesAt, n.mention.start - 1);
    const pair = this.c.names[i];
    if (!pair || pair.mention.last !== n.mention.first - 2) return n;
    this.c.work.add(n.mention.start - pair.mention.end);
    if (!BARE_AND.test(this.c.text.slice(pair.mention.end, n.mention.start))) return n;
    let first = pair;
    for (let k = 0; k < LIST_MAX_NAMES && i > 0; k++) {
      const before = this.c.names[--i]!;
      this.c.work.add();
      if (before.mention.last !== first.mention.first - 1 || this.c.text.slice(before.mention.end, first.mention.start) !== ", ") break;
      first = before;
    }
    return first;
  }

  /**
   * For a name inside the `who` clause set off after a person (`Roe` in `a delight for Tom
   * Baker, who was a teammate of Roe at Tallwood`, `Roe, who plays the father Brenvo Lustrik,
   * found out`), that person when it fits, or undefined: the clause only says who the person just
   * introduced is, and the person stays in mind, not the name the description passes through.
   * Not a passive's agent (`Jane Roe, who was replaced by Mary Smith`): that name acts (acts).
   */
  personBeforeRelativeClause(n: NameMention, fits: (m: CastMember) => boolean): NameMention | undefined {
    if (this.c.words[n.mention.first - 1]?.key === "by") return undefined;
    const described = this.c.names[lastAtOrBefore(this.namesAt, n.mention.start - 1)];
    if (!described || described.member === n.member || !fits(described.member)) return undefined;
    if (described.mention.start < this.c.sentenceOf(n.mention.start).start) return undefined;
    if (n.mention.start - described.mention.end > RELATIVE_MAX_CHARS) return undefined;
    const between = this.c.text.slice(described.mention.end, n.mention.start);
    this.c.work.add(between.length);
    return RELATIVE_TO_NAME.test(between) ? described : undefined;
  }

  /** Whether a name acts in its clause: its subject, or the agent of a passive (`used by Tom Baker`). */
  private acts(m: Mention): boolean {
    return this.isSubject(m) || this.c.words[m.first - 1]?.key === "by";
  }

  /** Whether a name is a possessive (`Baker's`) that is no subject: it qualifies a noun in a predicate. */
  private possessiveInPredicate(m: Mention): boolean {
    return APOSTROPHE_S.test(this.c.words[m.last]!.text) && !this.isSubject(m);
  }

  /**
   * Of `items` in text order (starting at `starts`), the last before `at` that fits, read back
   * until `past` says the look-back has gone too far; at most MAX_ANTECEDENTS of them.
   */
  private lastBefore<T>(
    starts: number[],
    items: readonly T[],
    at: number,
    past: (x: T) => boolean,
    fits: (x: T) => boolean,
  ): T | undefined {
    for (let i = lastAtOrBefore(starts, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const x = items[i]!;
      if (past(x)) return undefined;
      if (fits(x)) return x;
    }
    return undefined;
  }

  /**
   * Whether someone named after the last speaker, in a later paragraph, has taken over from them:
   * as the subject of that paragraph (a new speaker is usually introduced that way), or, for a
   * person's pronoun at `at`, anywhere in the quotation's own paragraph (`… denials from general
   * manager Alex Anthopoulos. (“…,” he said.)`).
   */
  tookOver(named: NameMention, spoke: { at: number; member: CastMember }, at?: number): boolean {
    if (named.mention.start <= spoke.at || named.member === spoke.member) return false;
    const namedPara = this.paragraphStart(named.mention.start, 0);
    if (namedPara <= this.paragraphStart(spoke.at, 0)) return false;
    return this.isSubject(named.mention) || (at !== undefined && namedPara === this.paragraphStart(at, 0));
  }

  /** Where the paragraph `back` paragraphs before the one holding `at` starts. */
  paragraphStart(at: number, back: number): number {
    return this.c.paragraphs[Math.max(0, paragraphIndexAt(this.c.paragraphs, at) - back)]!.start;
  }

  /** The index of the last word starting before `at`. */
  wordBefore(at: number): number {
    // The words' offsets every stage searches (analysis.ts), not a copy of them per text.
    return lastAtOrBefore(startsOf(this.c.words), at - 1);
  }

  /** The index of the first word starting at or after `at`. */
  wordFrom(at: number): number {
    return wordIndexAt(this.c, at);
  }

  /**
   * The word of the asking verb right after a speaker's mention, in lower case and joined to it
   * (`Roe asked Baker whether …`, `“…?” Roe asked.`), when the speaker asked: the one asked
   * answers next (Pronouns.askedLast, Descriptions.spokeDescribed). Not `Roe, asked about it,`,
   * where Roe is the one asked.
   */
  askingVerbAfter(s: Spoken): number | undefined {
    const ws = this.c.words;
    const v = this.wordBefore(s.end) + 1;
    const verb = ws[v];
    return verb && ASKING_VERBS.has(verb.text) && joined(this.c.text, ws[v - 1]!, verb) ? v : undefined;
  }

  /**
   * Whether a question mark stands between `at` and the word before it (`“…?” Roe said`,
   * `“…?” he asked`): the words attributed there ask, and the one asked answers next.
   */
  afterQuestion(at: number): boolean {
    const before = this.c.words[this.wordBefore(at)];
    return before !== undefined && this.c.text.slice(before.end, at).includes("?");
  }

  /** The name mention (outside quotations) that starts at `start`, if any. */
  nameStartingAt(start: number): NameMention | undefined {
    const n = this.c.names[lastAtOrBefore(this.namesAt, start)];
    return n && n.mention.start === start ? n : undefined;
  }

  /** The member of the name mention (outside quotations) that ends at `end`, if any. */
  nameEndingAt(end: number): CastMember | undefined {
    const n = this.c.names[lastAtOrBefore(this.namesAt, end - 1)];
    return n && n.mention.end === end ? n.member : undefined;
  }

  /**
   * The member of name `i`, or of the name it qualifies after `of`: `the Ontario Ministry of
   * Housing`, `the Independent Review Unit of Oakvale` name the ministry and the unit.
   */
  headOfName(i: number): CastMember {
    const n = this.c.names[i]!;
    const prev = this.c.names[i - 1];
    const between = prev && n.mention.start - prev.mention.end < 6 ? this.c.text.slice(prev.mention.end, n.mention.start) : "";
    return prev && /^\s+of\s+$/.test(between) && prev.member.kind !== "person" ? prev.member : n.member;
  }

  /**
   * Whether a name mention opens its sentence or clause, as subjects do. Asked of the same names
   * again and again (every pronoun reads back over up to MAX_ANTECEDENTS of them; in a long
   * sentence, hundreds of pronouns read the same names), and fixed once the analysis is done, so
   * each mention's answer is read once. A repeat charges the steps the first reading counted:
   * the work budget, and so which texts are refused, stays as it was.
   */
  isSubject(m: Mention): boolean {
    const known = this.subjects.get(m.start);
    if (known && known.end === m.end && known.first === m.first) {
      if (known.steps > 0) this.c.work.add(known.steps);
      return known.subject;
    }
    const before = this.c.work.steps;
    const subject = this.readsAsSubject(m);
    this.subjects.set(m.start, { end: m.end, first: m.first, subject, steps: this.c.work.steps - before });
    return subject;
  }

  private readsAsSubject(m: Mention): boolean {
    // Read backwards from the mention: the spaces, a comma or one conjunction before it.
    const text = this.c.text;
    const from = this.c.sentenceOf(m.start).start;
    let i = m.start;
    while (i > from && /\s/.test(text[i - 1]!)) i--;
    if (i <= from) return true;
    if (text[i - 1] === ",") return !endsItsSentence(text, m.end);
    if (opensWithRole(this.c, m, from)) return true;
    let j = i;
    while (j > from && j > i - 8 && /[A-Za-z]/.test(text[j - 1]!)) j--;
    const word = text.slice(j, i).toLowerCase();
    // `recall what Jane Roe had to say`: a name after a wh-word opens the clause it introduces.
    if (WH_CLAUSE_OPENERS.has(word)) return true;
    while (j > from && /\s/.test(text[j - 1]!)) j--;
    // `But X`, or `…, but X` opening the sentence's next clause.
    while (j > from && /["”’']/.test(text[j - 1]!)) j--;
    const clauseStart = j <= from || /[,;]/.test(text[j - 1]!);
    // `When Jane Roe was arrested, the party leader was asked …`: the subject of a clause that
    // opens the sentence is in mind for what follows as much as the main clause's.
    return clauseStart && (/^(but|and|so|yet|still|now|then|while)$/.test(word) || (j <= from && SUBORDINATORS.has(word)));
  }
}

/**
 * Whether a role in lower case stands before the name and, with its modifiers, opens the
 * sentence (`Area resident Jane Roe lives …`, `Longtime city councillor Tom Baker says …`):
 * the role and the name are one noun phrase, the sentence's subject.
 */
function opensWithRole(t: Tokens, m: Mention, from: number): boolean {
  const j = m.first - 1;
  const role = t.words[j];
  if (!role || role.start < from || !isLowerCase(role.text) || !isSpeakerNoun(role.key)) return false;
  const np = npBackward(t, j);
  return np !== undefined && np.kind === "nominal" && /^\s*$/.test(t.text.slice(from, np.start));
}

/**
 * Whether only a full stop (or `?`, `!`, and closing marks) follows a mention: then a name set
 * off by a comma is an appositive closing its sentence (`asked by the premier to the PQ leader,
 * Paul Roy.`), not the subject of a clause, which a predicate would follow.
 */
function endsItsSentence(text: string, end: number): boolean {
  return /^["”’')\]]*[.!?]/.test(text.slice(end, end + 4));
}

/** A person by evidence: a name of two words or more, a title, or a given name of known gender. */
export function isEvidentlyPerson(m: CastMember): boolean {
  return m.tokens.length >= 2 || m.titles.size > 0 || m.gender !== undefined;
}

/** Whether a member may be a body: no group, and no person a name shows (`Sportsnet`, one word, may be either). */
export function mayBeBody(m: CastMember): boolean {
  return m.kind !== "group" && (m.kind !== "person" || !isEvidentlyPerson(m));
}
