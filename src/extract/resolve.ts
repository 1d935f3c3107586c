// Resolves a speaker mention to a member of the cast: names by their words, pronouns
// and descriptions (`he`, `the spokesperson`) back to whoever they stand for, judged
// from who was mentioned and who spoke before.
import type { Cast, CastMember } from "./actors";
import { paragraphIndexAt } from "./analysis";
import {
  DEFINITE_OPENERS,
  DOCUMENT_NOUNS,
  GOVERNMENT_NOUNS,
  HEAD_LINKS,
  MEDIA_NOUNS,
  NOT_HEADS,
  ORGANISATION_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from "./lexicon";
import { isPersonByAge, isSpeakerNoun, joined, type Mention, npBackward } from "./mentions";
import { isPlace } from "./names";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import type { Range, Tokens } from "./text";

/**
 * How many earlier speakers or names a pronoun looks through for one that fits it. Far
 * more than any article needs (a pronoun's antecedent is a few mentions back), and it
 * keeps a text of thousands of names that fit no pronoun from costing names × pronouns.
 */
const MAX_ANTECEDENTS = 200;

const THE_TITLE = /^the\s+(\S+)$/i;
const FINAL_STOP = /\.$/;

/** Documents whose words are their issuer's: `the statement said` speaks for whoever issued it. */
const ISSUED_NOUNS = new Set([
  "statement",
  "release",
  "letter",
  "memo",
  "email",
  "e-mail",
  "tweet",
  "post",
  "message",
  "report",
  "study",
  "survey",
  "poll",
  "ruling",
  "filing",
  "document",
]);
/** What introduces such a document: `a statement`, `its statement`, `a news release`. */
const INTRODUCING = new Set(["a", "an", "its", "his", "her", "their", "news", "press", "joint", "written", "brief"]);
/** Articles of a document met for the first time: `a statement said`. */
const INDEFINITE = new Set(["a", "an"]);
/**
 * How many words back `the statement` looks for the one it refers to: a news release is
 * introduced in the lead and quoted a few paragraphs on.
 */
const ISSUER_LOOKBACK_WORDS = 400;

/** What links a document to its author: `a report by`, `a tweet from`. */
const AUTHOR_LINKS = new Set(["by", "from"]);
/** How many words after `by` its author's name may start: `by state attorney general Jane Roe`. */
const AUTHOR_MAX_WORDS = 6;

/** A name coordinated with the one before it: `Jane Roe and Tom Baker`. */
const PAIRED = /^\s+and\s+\p{Lu}/u;
const PAIR_LOOKAHEAD_CHARS = 8;

/** How many words back `it` looks for a described organisation. */
const IT_LOOKBACK_WORDS = 60;
const ORGANISATION_HEADS = new Set([...GOVERNMENT_NOUNS, ...ORGANISATION_NOUNS, ...MEDIA_NOUNS]);
const DESCRIPTION_DETERMINERS = new Set(["the", "this", "that"]);

/** How many words before a name its introduction may take: `Ontario NDP Leader` before `Jane Roe`. */
const INTRO_WORDS_BEFORE = 4;
/** How many words an appositive or a copula's complement after a name may take: `, the province’s chief medical officer,`. */
const INTRO_WORDS_AFTER = 10;
/** Words that end the modifiers joined before a name: a link or an article begins another phrase. */
const NOT_INTRO_WORDS = new Set([...HEAD_LINKS, "the", "a", "an", "and", "or", "to", "by"]);
/** Titles of courtesy, which say nothing of a role: `Mr. Blanchet` may still be `the Bloc leader`. */
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam"]);
/** Verbs that introduce what a name is: `Jane Roe is the province’s chief medical officer`. */
const COPULAS = new Set(["is", "was", "as"]);
/** What ends an appositive: any punctuation between two of its words. */
const APPOSITIVE_END = /[,.;:!?()[\]“”"—–]/;

export interface Context extends Tokens {
  quoted: boolean[];
  cast: Cast;
  paragraphs: Range[];
  sentenceOf(at: number): Range;
  /** Name mentions outside quotations, in text order. */
  names: { mention: Mention; member: CastMember }[];
}

export const EDITORIAL = "The article’s editorial voice";

export class Resolver {
  /** Speakers found so far (quote attributions and subjects of speech verbs), in text order. */
  private spoke: { at: number; member: CastMember; end: number }[] = [];
  private spokeAt: number[] = [];
  private readonly namesAt: number[];
  private wordStarts: number[] | undefined;
  /** The words each name mention was introduced with, by its index in `names` (see introWords). */
  private readonly intros = new Map<number, Set<string>>();
  /** Matches of `introduced`'s pattern over the whole text, by head noun. */
  private readonly introductions = new Map<string, { all: { name: string; at: number; end: number }[]; starts: number[] }>();

  constructor(private readonly c: Context) {
    this.namesAt = c.names.map((n) => n.mention.start);
  }

  noteSpeaker(at: number, member: CastMember, end = at) {
    // After any speaker noted at the same offset, as a stable sort would put it.
    const i = lastAtOrBefore(this.spokeAt, at) + 1;
    this.spoke.splice(i, 0, { at, member, end });
    this.spokeAt.splice(i, 0, at);
  }

  /** The last speaker noted before `at` and at or after `from` that fits. */
  private lastSpoke(
    at: number,
    from: number,
    fits: (m: CastMember) => boolean,
  ): { at: number; member: CastMember; end: number } | undefined {
    for (let i = lastAtOrBefore(this.spokeAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const s = this.spoke[i]!;
      if (s.at < from) return undefined;
      if (fits(s.member)) return s;
    }
    return undefined;
  }

  /** The last name mentioned before `at` and at or after `from` that fits. */
  private lastNamed(at: number, from: number, fits: (m: CastMember) => boolean): Context["names"][number] | undefined {
    for (let i = lastAtOrBefore(this.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.start < from) return undefined;
      if (fits(n.member)) return n;
    }
    return undefined;
  }

  resolve(m: Mention): CastMember | null {
    const text = this.c.text.slice(m.start, m.end);
    switch (m.kind) {
      case "name": {
        // `the MPP`, `the Premier`: a title alone is a description of whoever holds it.
        const title = THE_TITLE.exec(text)?.[1]?.toLowerCase().replace(FINAL_STOP, "");
        const holder = title && TITLES.has(title) ? this.c.cast.lastWithWord(title, m.start) : undefined;
        return holder ?? this.organisationOfPlace(m) ?? this.c.cast.byName(text, m.start, false);
      }
      case "pronoun":
        return this.pronoun(text.toLowerCase(), m.start);
      case "relative":
        return this.relative(m);
      case "nominal":
        return this.nominal(m);
    }
  }

  private paragraphStart(at: number, back: number): number {
    return this.c.paragraphs[Math.max(0, paragraphIndexAt(this.c.paragraphs, at) - back)]!.start;
  }

  private pronoun(key: string, at: number): CastMember | null {
    if (key === "i" || key === "we") {
      return this.c.cast.described(EDITORIAL, "outlet", "The outlet that published the article, in its own voice", at);
    }
    if (key === "it" || key === "they") {
      const from = this.paragraphStart(at, 1);
      // `said analysts Jane Roe and Tom Baker of UBS. “…,” they added`: the pair that spoke, named by its first.
      const pair = key === "they" ? this.lastSpoke(at, from, () => true) : undefined;
      if (pair && pair.member.kind === "person" && PAIRED.test(this.c.text.slice(pair.end, pair.end + PAIR_LOOKAHEAD_CHARS)))
        return pair.member;
      const fits = (m: CastMember) => (key === "it" ? m.kind !== "person" && m.kind !== "group" : m.kind !== "person");
      const spoke = this.lastSpoke(at, from, fits);
      if (key === "it") {
        // `Statistics Canada said … “…,” it said`: the last speaker, when nothing shows it is a
        // person (no title, no given name) though its name did not show an organisation either.
        const last = this.lastSpoke(at, from, () => true);
        if (last && last !== spoke && (!spoke || last.at > spoke.at) && last.member.titles.size === 0 && last.member.gender === undefined)
          return last.member;
      }
      const named = this.lastNamed(at, from, fits);
      // `Health Canada issued a warning. “…,” it said.`: an organisation named since the last one that spoke.
      if (spoke && named && this.tookOver(named, spoke)) return named.member;
      if (spoke) return spoke.member;
      if (named || key !== "it") return named?.member ?? null;
      // `The ministry defended the plan. “…,” it said.`: an organisation described, not named.
      return this.describedOrganisation(at, from);
    }
    const gender = key === "he" ? "m" : "f";
    const fits = (m: CastMember) => m.kind === "person" && (m.gender === undefined || m.gender === gender);
    const fitsNamed = (m: CastMember) => fits(m) && isEvidentlyPerson(m);
    // A person named earlier in the same sentence: `As for Carlson's view, he said ...`.
    const s = this.c.sentenceOf(at);
    for (
      let i = firstAtOrAfter(this.namesAt, s.start), looked = 0;
      i < this.namesAt.length && this.namesAt[i]! < at && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      if (fitsNamed(this.c.names[i]!.member)) return this.c.names[i]!.member;
    }
    return this.lastPerson(at, fits);
  }

  /**
   * The person a pronoun or a bare description (`the premier`) stands for: the last who spoke
   * nearby, unless a person named since, as the subject of a paragraph after the speaker's, has
   * taken over; failing those, the last person named.
   */
  private lastPerson(at: number, fits: (m: CastMember) => boolean): CastMember | null {
    // A name only mentioned, never a speaker, stands for a person only with evidence that it is a
    // person: a full name, a title or a known given name. A lone capitalised word (`Southern`,
    // `Russian`, a section label) is no such evidence.
    const fitsNamed = (m: CastMember) => fits(m) && isEvidentlyPerson(m);
    const spoke = this.lastSpoke(at, this.paragraphStart(at, 2), fits);
    const named = this.lastNamed(at, 0, fitsNamed);
    if (spoke && named && this.tookOver(named, spoke, at)) return named.member;
    if (spoke) return spoke.member;
    return named?.member ?? this.lastSpoke(at, 0, fits)?.member ?? null;
  }

  /**
   * Whether someone named after the last speaker, in a later paragraph, has taken over from them:
   * as the subject of that paragraph (a new speaker is usually introduced that way), or, for a
   * person's pronoun at `at`, anywhere in the quotation's own paragraph (`… denials from general
   * manager Alex Anthopoulos. (“…,” he said.)`).
   */
  private tookOver(named: Context["names"][number], spoke: { at: number; member: CastMember }, at?: number): boolean {
    if (named.mention.start <= spoke.at || named.member === spoke.member) return false;
    const namedPara = this.paragraphStart(named.mention.start, 0);
    if (namedPara <= this.paragraphStart(spoke.at, 0)) return false;
    return this.isSubject(named.mention) || (at !== undefined && namedPara === this.paragraphStart(at, 0));
  }

  /**
   * The organisation of the description's sort that spoke last, in this paragraph or the one
   * before: an outlet for `the newspaper`, none for `the council`; a place (`Ottawa`) only for
   * `the government`, never for `the agency`.
   */
  private lastOrganisationSpeaker(at: number, head: string): CastMember | null {
    const outlet = MEDIA_NOUNS.has(head);
    const fits = (x: CastMember) =>
      x.kind !== "person" && x.kind !== "group" && (x.kind === "outlet") === outlet && (head === "government" || !isPlace(x.tokens));
    const spoke = this.lastSpoke(at, this.paragraphStart(at, 1), fits)?.member;
    if (spoke || outlet) return spoke ?? null;
    // `Imperial Oil … said … “…,” the company said`: a name read as a person's for want of an
    // organisation's word, when nothing shows a person (no title, no known given name).
    const unknown = (x: CastMember) => x.kind === "person" && x.titles.size === 0 && x.gender === undefined && x.tokens.length >= 2;
    return this.lastSpoke(at, this.paragraphStart(at, 1), unknown)?.member ?? null;
  }

  /**
   * The last description of an organisation (`the ministry`, `the company`) before `at`,
   * outside quotations, within a bounded number of words: `it` refers to something near.
   */
  private describedOrganisation(at: number, from: number): CastMember | null {
    const ws = this.c.words;
    this.wordStarts ??= ws.map((w) => w.start);
    for (
      let i = lastAtOrBefore(this.wordStarts, at - 1), looked = 0;
      i > 0 && looked < IT_LOOKBACK_WORDS && ws[i]!.start >= from;
      i--, looked++
    ) {
      this.c.work.add();
      const w = ws[i]!;
      if (this.c.quoted[i] || w.text !== w.key || !ORGANISATION_HEADS.has(w.key)) continue;
      const m = npBackward(this.c, i);
      if (m && m.kind === "nominal" && m.first < i && DESCRIPTION_DETERMINERS.has(ws[m.first]!.key)) return this.nominal(m);
    }
    return null;
  }

  /**
   * Who issued the document a definite description (`the statement`) refers to: the speaker,
   * or failing one the first name, of the sentence that introduced it (`The RCMP issued a
   * statement.`, `In a statement, the ministry said …`), within a bounded number of words back.
   */
  private issuer(head: string, at: number): CastMember | null {
    const ws = this.c.words;
    this.wordStarts ??= ws.map((w) => w.start);
    for (let i = lastAtOrBefore(this.wordStarts, at - 1) - 1, looked = 0; i > 0 && looked < ISSUER_LOOKBACK_WORDS; i--, looked++) {
      this.c.work.add();
      const w = ws[i]!;
      if (this.c.quoted[i] || w.key !== head) continue;
      // `The IIU report said …` before `the report said`: the name that qualified it.
      const qualifier = this.nameEndingAt(ws[i - 1]!.end);
      if (qualifier) return qualifier;
      if (!INTRODUCING.has(ws[i - 1]!.key)) continue;
      const s = this.c.sentenceOf(w.start);
      const spoke = this.lastSpoke(s.end, s.start, () => true);
      if (spoke) return spoke.member;
      // The name nearest before it, the subject of `issued a statement` (`As the U.S. withdraws,
      // the U.S. Department of State issued a statement`); failing one, the first after it.
      const b = lastAtOrBefore(this.namesAt, w.start - 1);
      if (b >= 0 && this.c.names[b]!.mention.start >= s.start) return this.headOfName(b);
      const first = this.c.names[firstAtOrAfter(this.namesAt, s.start)];
      return first && first.mention.start < s.end ? first.member : null;
    }
    return null;
  }

  /**
   * The member of name `i`, or of the name it qualifies after `of`: `the Ontario Ministry of
   * Housing`, `the Independent Investigation Unit of Manitoba` name the ministry and the unit.
   */
  private headOfName(i: number): CastMember {
    const n = this.c.names[i]!;
    const prev = this.c.names[i - 1];
    const between = prev && n.mention.start - prev.mention.end < 6 ? this.c.text.slice(prev.mention.end, n.mention.start) : "";
    return prev && /^\s+of\s+$/.test(between) && prev.member.kind !== "person" ? prev.member : n.member;
  }

  /**
   * The organisation a place name read as a subject belongs to: `Toronto` in `the University of
   * Toronto said`, one name to the cast, or `Manitoba` in `the Independent Investigation Unit of
   * Manitoba (IIU) said`, two names joined by `of`.
   */
  private organisationOfPlace(m: Mention): CastMember | undefined {
    const i = lastAtOrBefore(this.namesAt, m.start);
    const n = this.c.names[i];
    if (!n || n.mention.end < m.end) return undefined;
    if (n.mention.start < m.start) return n.member.kind !== "person" ? n.member : undefined;
    if (n.mention.start !== m.start || !isPlace(n.member.tokens)) return undefined;
    const head = this.headOfName(i);
    return head !== n.member ? head : undefined;
  }

  /**
   * Who a document names as its author right after its noun: `a court document filed by state
   * attorney Jane Roe`, `a tweet from lawyer Tom Baker`, `a statement from the ministry`. The
   * first name within a few words of `by` or `from`, in the same sentence.
   */
  private authorOf(m: Mention): CastMember | undefined {
    const ws = this.c.words;
    let k = m.first + 1;
    while (k <= m.last + 1 && k < ws.length && !AUTHOR_LINKS.has(ws[k]!.key)) k++;
    // `filed by`, `issued by`: one participle between the noun and the link.
    if (k === m.last + 1 && ws[k] && ws[k + 1] && /ed$/.test(ws[k]!.key) && AUTHOR_LINKS.has(ws[k + 1]!.key)) k++;
    if (k >= ws.length || !AUTHOR_LINKS.has(ws[k]!.key) || this.c.quoted[k]) return undefined;
    const sentence = this.c.sentenceOf(ws[k]!.start);
    const n = this.c.names[firstAtOrAfter(this.namesAt, ws[k]!.end)];
    const within = ws[Math.min(ws.length - 1, k + AUTHOR_MAX_WORDS)]!.end;
    if (!n || n.mention.start > within || n.mention.end > sentence.end) return undefined;
    return n.member;
  }

  /** The member of the name mention (outside quotations) that ends at `end`, if any. */
  private nameEndingAt(end: number): CastMember | undefined {
    const n = this.c.names[lastAtOrBefore(this.namesAt, end - 1)];
    return n && n.mention.end === end ? n.member : undefined;
  }

  /** Whether a verb of saying in a finite form follows the mention straight away (`a statement reads`, not `a statement posted online said`). */
  private saysItself(m: Mention): boolean {
    const next = this.c.words[m.last + 1];
    return !!next && SPEECH_VERBS.has(next.key) && /^\s+$/.test(this.c.text.slice(m.end, next.start));
  }

  /** Whether a name mention opens its sentence or clause, as subjects do. */
  private isSubject(m: Mention): boolean {
    // Read backwards from the mention: the spaces, a comma or one conjunction before it.
    const text = this.c.text;
    const from = this.c.sentenceOf(m.start).start;
    let i = m.start;
    while (i > from && /\s/.test(text[i - 1]!)) i--;
    if (i <= from || text[i - 1] === ",") return true;
    let j = i;
    while (j > from && j > i - 6 && /[A-Za-z]/.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    while (j > from && /\s/.test(text[j - 1]!)) j--;
    // `But X`, or `…, but X` opening the sentence's next clause.
    while (j > from && /["”’']/.test(text[j - 1]!)) j--;
    const clauseStart = j <= from || /[,;]/.test(text[j - 1]!);
    return clauseStart && /^(but|and|so|yet|still|now|then|while)$/i.test(word);
  }

  /** The last indefinite description with this head noun before `at`, as a name. */
  private introduced(head: string, at: number): { name: string; at: number } | undefined {
    // The matches over the whole text, found once per head noun; those that end by `at`
    // are the ones a search of the text before `at` finds.
    let found = this.introductions.get(head);
    if (!found) {
      this.c.work.add(this.c.text.length);
      const esc = head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const re = new RegExp(
        String.raw`\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{L}’'-]+\s+){0,3}?${esc}(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?)\b`,
        "gu",
      );
      const all = [...this.c.text.matchAll(re)].map((m) => ({
        name: m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1),
        at: m.index,
        end: m.index + m[0].length,
      }));
      this.introductions.set(head, (found = { all, starts: all.map((x) => x.at) }));
    }
    for (let i = lastAtOrBefore(found.starts, at), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      if (found.all[i]!.end <= at) return found.all[i];
    }
    return undefined;
  }

  /**
   * The words a name mention comes with: the name's own, up to a few words joined to it before
   * (`Liberal Leader Jane Roe`, `Raptors coach Jane Roe`), and an appositive or a copula's
   * complement after it (`Jane Roe, leader of Renewal Montreal,`, `Jane Roe is the chief medical
   * officer`). Read once per mention, a bounded number of words.
   */
  private introWords(index: number): Set<string> {
    let found = this.intros.get(index);
    if (found) return found;
    const ws = this.c.words;
    const { mention } = this.c.names[index]!;
    found = new Set<string>();
    for (let i = mention.first; i <= mention.last; i++) found.add(partyName(ws[i]!.key));
    // Not past `of` or `the`: `the leader of the Bloc` describes no one named `Bloc`.
    for (
      let i = mention.first - 1;
      i >= 0 && i >= mention.first - INTRO_WORDS_BEFORE && joined(this.c.text, ws[i]!, ws[i + 1]!) && !NOT_INTRO_WORDS.has(ws[i]!.key);
      i--
    ) {
      this.c.work.add();
      found.add(partyName(ws[i]!.key));
    }
    const next = ws[mention.last + 1];
    const gap = next ? this.c.text.slice(ws[mention.last]!.end, next.start) : "";
    if (next && (/^,\s+$/.test(gap) || (/^\s+$/.test(gap) && COPULAS.has(next.key)))) {
      for (let i = mention.last + 1; i < ws.length && i <= mention.last + INTRO_WORDS_AFTER && !this.c.quoted[i]; i++) {
        this.c.work.add();
        found.add(partyName(ws[i]!.key));
        const after = ws[i + 1];
        if (!after || APPOSITIVE_END.test(this.c.text.slice(ws[i]!.end, after.start))) break;
      }
    }
    this.intros.set(index, found);
    return found;
  }

  /**
   * The person a description with more than its head (`the Liberal leader`, `the chief medical
   * officer`) stands for: the nearest person named before it whose introduction holds every
   * word of the description (`Liberal Leader Jane Roe`, `Jane Roe, the province’s chief
   * medical officer`), though someone else holds the head noun's title since.
   */
  private introducedAs(words: string[], at: number): CastMember | undefined {
    for (let i = lastAtOrBefore(this.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.member.kind !== "person" || n.mention.end > at) continue;
      const intro = this.introWords(i);
      if (words.every((w) => intro.has(w))) return n.member;
    }
    return undefined;
  }

  /**
   * The person a description with a capitalised qualifier (`the Raptors head coach`) stands for
   * when no introduction names its holder: the nearest person named, as the subject of its
   * clause, in this paragraph or the one before, unless what the text said of that person
   * contradicts it (another title, or the head noun with another qualifier); failing one, the
   * first such person named after it in its own paragraph (`The Progressive Conservative leader
   * said … When asked why, Brown repeated …`).
   */
  private subjectDescribed(words: string[], head: string, at: number): CastMember | undefined {
    const from = this.paragraphStart(at, 1);
    for (let i = lastAtOrBefore(this.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.start < from) break;
      if (n.mention.end > at || !this.isSubjectPerson(i)) continue;
      if (this.fitsDescription(i, words, head)) return n.member;
      break;
    }
    const to = this.c.paragraphs[paragraphIndexAt(this.c.paragraphs, at)]!.end;
    for (let i = firstAtOrAfter(this.namesAt, at), looked = 0; i < this.namesAt.length && looked < MAX_ANTECEDENTS; i++, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.start >= to) break;
      if (this.isSubjectPerson(i)) return this.fitsDescription(i, words, head) ? n.member : undefined;
    }
    return undefined;
  }

  /** Whether name `i` is a person by evidence and the subject of its clause. */
  private isSubjectPerson(i: number): boolean {
    const n = this.c.names[i]!;
    return n.member.kind === "person" && isEvidentlyPerson(n.member) && this.isSubject(n.mention);
  }

  /** Whether nothing said of name `i` contradicts a description: another title, or its head noun with other words. */
  private fitsDescription(i: number, words: string[], head: string): boolean {
    const { member } = this.c.names[i]!;
    const intro = this.introWords(i);
    const otherTitle = !member.titles.has(head) && [...member.titles].some((t) => !COURTESY_TITLES.has(t));
    return !otherTitle && !(intro.has(head) && !words.every((w) => intro.has(w)));
  }

  private relative(m: Mention): CastMember | null {
    const ws = this.c.words;
    const prev = ws[m.first - 1];
    if (!prev) return null;
    const ante = npBackward(this.c, m.first - 1);
    return ante && ante.kind !== "relative" ? this.resolve(ante) : null;
  }

  private nominal(m: Mention): CastMember | null {
    const ws = this.c.words;
    const raw = this.c.text.slice(m.start, m.end);
    const first = ws[m.first]!;
    // The head noun: the last lower-case word before any `for`/`of` link.
    const span = ws.slice(m.first, m.last + 1);
    const link = span.findIndex((w, i) => i > 0 && HEAD_LINKS.has(w.key));
    const head = (link > 0 ? span.slice(0, link) : span)
      .filter((w) => (/^\p{Ll}/u.test(w.text) || isPersonByAge(w.key)) && !NOT_HEADS.has(w.key))
      .at(-1)?.key;
    const definite = DEFINITE_OPENERS.has(first.key);
    // `a statement that said`: a bare `that` or `this` is no speaker of its own.
    if (definite && m.first === m.last) return null;
    const hasName = ws.slice(m.first + 1, m.last + 1).some((w) => /^\p{Lu}/u.test(w.text));
    if (head && ISSUED_NOUNS.has(head)) {
      // `a court document filed by state attorney Jane Roe`, `a tweet from Jane Roe`: its author.
      const author = this.authorOf(m);
      if (author) return author;
    }
    if (!definite && link < 0 && !hasName && head && ISSUED_NOUNS.has(head) && INDEFINITE.has(first.key) && this.saysItself(m)) {
      // `“…,” a statement said` after `A spokesperson for the mayor confirmed …`: a document
      // with no issuer of its own speaks for whoever spoke just before it.
      const issuer = this.lastSpoke(m.start, this.paragraphStart(m.start, 1), () => true);
      if (issuer) return issuer.member;
    }
    if (definite && head && ISSUED_NOUNS.has(head)) {
      // `the IIU report said`: the organisation whose name qualifies it.
      const qualifier = this.nameEndingAt(ws[span.findIndex((w) => w.key === head) + m.first - 1]!.end);
      if (qualifier) return qualifier;
      // `the statement said`: whoever issued it, named where it was introduced.
      const issuer = this.issuer(head, m.start);
      if (issuer) return issuer;
    }
    // The description's words after its article: `liberal`, `leader` for `the Liberal leader`.
    const described = span.slice(1).map((w) => partyName(w.key));
    const personal = !!head && kindOfDescription(head) === "person" && !/s$/.test(head) && (isSpeakerNoun(head) || TITLES.has(head));
    if (definite && head && personal && described.length > 1) {
      // `the Liberal leader` after `Liberal Leader Jane Roe` and `NDP Leader Tom Baker`.
      const introduced = this.introducedAs(described, m.start);
      if (introduced) return introduced;
    }
    if (definite && head) {
      // `the spokesperson` after `a spokesperson for ...`; `the president` after `President X`.
      const byHead = this.c.cast.lastWithWord(head, m.start);
      if (byHead) return byHead;
      // `the spokesperson` after `A spokesperson for the Port Authority declined to ...`.
      const intro = this.introduced(head, m.start);
      if (intro) return this.c.cast.described(intro.name, kindOfDescription(head), null, intro.at);
      // `Statistics Canada said … “…,” the agency said`: the organisation that spoke or was named just before.
      if (!hasName && ORGANISATION_HEADS.has(head)) {
        const organisation = this.lastOrganisationSpeaker(m.start, head);
        if (organisation) return organisation;
      }
      // `Jane Roe says … the Raptors head coach says`: the person the paragraph is about.
      if (hasName && personal) {
        const subject = this.subjectDescribed(described, head, m.start);
        if (subject) return subject;
      }
      // Elegant variation (`the New York businessman`, `the 62-year-old`) names the person the
      // text is about; a description of an organisation (`the council`) never names a person.
      // Only a noun for a person that speaks (`the businessman`, `the 62-year-old`), not `the boy`
      // or `the front page` met for the first time after `asked` or `read`.
      if (!hasName && kindOfDescription(head) === "person" && !/s$/.test(head) && isSpeakerNoun(head)) {
        const person = this.lastPerson(m.start, (x) => x.kind === "person");
        if (person) return person;
        if (isPersonByAge(head)) {
          const named = this.lastNamed(m.start, this.paragraphStart(m.start, 2), (x) => x.kind === "person" && isEvidentlyPerson(x));
          if (named) return named.member;
        }
      }
    }
    const name = raw.replace(/^(the|a|an|one|another|this|that)\s+/i, "");
    const member = this.c.cast.described(
      name.charAt(0).toUpperCase() + name.slice(1),
      /s$/.test(head ?? "") ? "group" : kindOfDescription(head),
      null,
      m.start,
    );
    return member;
  }
}

/**
 * The parties' nicknames in Canadian and British news, read as their names so that `the Tory
 * leader` matches `Conservative Leader Jane Roe` and `the Grit MP` matches `Liberal MP Tom Baker`.
 */
const PARTY_NICKNAMES = new Map([
  ["tory", "conservative"],
  ["tories", "conservatives"],
  ["grit", "liberal"],
  ["grits", "liberals"],
]);

function partyName(key: string): string {
  return PARTY_NICKNAMES.get(key) ?? key;
}

/** A person by evidence: a name of two words or more, a title, or a given name of known gender. */
function isEvidentlyPerson(m: CastMember): boolean {
  return m.tokens.length >= 2 || m.titles.size > 0 || m.gender !== undefined;
}

function kindOfDescription(head: string | undefined): CastMember["kind"] {
  if (!head) return "person";
  if (DOCUMENT_NOUNS.has(head)) return "institution";
  if (GOVERNMENT_NOUNS.has(head)) return "government";
  if (MEDIA_NOUNS.has(head)) return "outlet";
  if (ORGANISATION_NOUNS.has(head)) return "institution";
  return "person";
}
