// Resolves a speaker mention to a member of the cast: names by their words, pronouns
// and descriptions (`he`, `the spokesperson`) back to whoever they stand for, judged
// from who was mentioned and who spoke before (./antecedents). Descriptions of people
// (./descriptions) and documents that speak for their issuer (./documents) have rooms of
// their own; pronouns, organisations and the order of the rules live here.
import { type CastMember, namesACrowd } from "./actors";
import { paragraphIndexAt } from "./analysis";
import { Antecedents, type Context, isEvidentlyPerson, MAX_ANTECEDENTS, type NameMention, type Spoken } from "./antecedents";
import { Bodies, CIVIC_HEADS, isBodyNoun, ORGANISATION_HEADS, SPOKESPERSON_NOUNS } from "./bodies";
import { Descriptions, holdsOtherTitle, partyName } from "./descriptions";
import { Documents } from "./documents";
import {
  DEFINITE_OPENERS,
  DETERMINERS,
  HEAD_LINKS,
  INDEFINITE_OPENERS,
  ISSUED_WRITINGS,
  KIN_NOUNS,
  MEDIA_NOUNS,
  NEGATIVE_OPENERS,
  NOT_HEADS,
  PREPOSITIONS,
  RESIDENCE_HEADS,
  SUBORDINATORS,
  TITLES,
} from "./lexicon";
import { isHandle, isOffice, isOfficeWord, isPersonByAge, isSpeakerNoun, joined, type Mention, npBackward } from "./mentions";
import { isPlace } from "./names";
import { kindOfDescription, namesSomeone, newlyDescribed } from "./newly-described";
import { isRelationOf, Relations, SENTENCE_OPENING_NAME } from "./relations";
import { isTitlesOnly, Roles, THE_TITLE } from "./roles";
import { firstAtOrAfter } from "./spans";
import { APOSTROPHE_S, FINAL_STOP, isCapitalised, isCompoundModifier, isLowerCase, type Word } from "./text";

/** `the Premier Designate`, `the President-elect`: an office not yet taken, capitalised as a title after `the`. */
const THE_TITLE_NOT_YET = /^the\s+(\S+?)[\s-](designate|elect)$/i;

/** A name coordinated with the one before it: `Jane Roe and Tom Baker`. */
const PAIRED = /^\s+and\s+\p{Lu}/u;
const PAIR_LOOKAHEAD_CHARS = 8;
/** How many lower-case words of a role may stand between `and` and the second of two people (`energy minister`). */
const JOINT_ROLE_MAX_WORDS = 3;
/** How many quoted words a pronoun after a quotation looks back over to find where it opens. */
const MAX_LEAD_IN_QUOTE_WORDS = 400;

/** What may stand between a sentence's end and the subject opening the next: spaces, closing marks, a title's words. */
const NEXT_SUBJECT_GAP = /^[\s"”’'.!?)]*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** How many words after a speaker's mention may hold its verb, the verb's auxiliaries and an object pronoun (`has also told her`). */
const TOLD_PRONOUN_WORDS = 4;
/** Verbs of telling, whose object is the person told: `told her`, `warned him`. */
const TELLING_VERBS = new Set([
  "told",
  "tells",
  "tell",
  "warned",
  "warns",
  "assured",
  "assures",
  "informed",
  "informs",
  "reminded",
  "advised",
  "asked",
  "urged",
]);
/** A verb of asking right after a speaker's mention: `Roe asked Baker if …`. */
const ASKED_FORMS = new Set(["asked", "asks"]);
/** How many words back `it` looks for a described organisation. */
const IT_LOOKBACK_WORDS = 60;
/** A member's name with a capitalised word after its first: its description held a proper name. */
const QUALIFIED = /\s\p{Lu}/u;
/** A website's nouns, which a sentence may have named the outlet of (`on Sportsnet, the website reported`). */
const SITE_NOUNS = new Set(["website", "site"]);

export const EDITORIAL = "The article’s editorial voice";

/**
 * How many paragraphs back a bare title (`the premier said`) the headline's role gave way to
 * looks for the named person who spoke: a paragraph of background (`Polls show …, a trend Jane
 * Roe has watched.`) often comes between the person's last words and the title's.
 */
const TITLE_FLOOR_PARAGRAPHS = 2;

export class Resolver {
  private readonly seen: Antecedents;
  private readonly descriptions: Descriptions;
  private readonly documents: Documents;
  private readonly relations: Relations;
  private readonly roles: Roles;
  private readonly bodies: Bodies;
  /** The nouns `it` reads back for, flagged word by word: see itHeads. */
  private heads: { organisation: Int8Array; document: Int8Array } | undefined;

  constructor(private readonly c: Context) {
    this.seen = new Antecedents(c);
    this.descriptions = new Descriptions(c, this.seen);
    this.documents = new Documents(c, this.seen, (m) => this.resolve(m));
    this.relations = new Relations(c, this.seen, (m) => this.resolve(m));
    this.roles = new Roles(c, this.seen, this.descriptions);
    this.bodies = new Bodies(c, this.seen, (m) => this.resolve(m));
  }

  noteSpeaker(at: number, member: CastMember, end = at) {
    this.seen.noteSpeaker(at, member, end);
  }

  resolve(m: Mention): CastMember | null {
    const text = this.c.text.slice(m.start, m.end);
    const platform = m.kind === "name" || m.kind === "nominal" ? this.bodies.platformOwner(m) : undefined;
    if (platform !== undefined) return platform;
    switch (m.kind) {
      case "name": {
        // `says @JaneRoe`: the person the handle spells, or no one the text names.
        if (isHandle(this.c.text, m)) return this.c.cast.byHandle(text) ?? null;
        // `Police said …`, `Officials say …`: a common noun capitalised to open its sentence is a description.
        if (this.roles.opensAsCommonNoun(m, text)) return this.nominal({ ...m, kind: "nominal" });
        // `Boil-water advisory lifted`: a compound modifier alone names no one.
        if (m.first === m.last && isCompoundModifier(text)) return null;
        // `Chief and council declared …`, `the mayor and council voted`: a title alone joined to a
        // body by `and` is one of a joint subject, not its holder speaking alone.
        if (this.bodies.titleJoinedToBody(m, text)) return this.bodies.bodyOfJointSubject(m) ?? null;
        // `the Texan said`, `Quebecers say`: a demonym describes people by where they are from,
        // and names no one; no speaker rather than a made-up person called `Texan`. So too an
        // event or a storm (`the Tokyo Olympics`, `Hurricane Fiona`).
        if (this.roles.textNamesNoOne(text)) return this.roles.introducedDemonym(m, text) ?? null;
        // `According to the Premier Designate`: the one introduced in the office not yet taken
        // (`Premier Designate Jane Roe`, `President-elect Jane Roe`), else no one; never a person
        // named `Premier Designate`.
        const notYet = THE_TITLE_NOT_YET.exec(text);
        if (notYet && TITLES.has(notYet[1]!.toLowerCase())) {
          const [office, step] = [notYet[1]!.toLowerCase(), notYet[2]!.toLowerCase()];
          return (
            this.descriptions.introducedAs([office, step], m.start) ??
            this.descriptions.introducedAs([`${office}-${step}`], m.start) ??
            null
          );
        }
        // `the central bank's Governor`: a title capitalised after a possessive describes its holder.
        const possessed = this.roles.possessedTitle(m, text);
        if (possessed) return this.nominal(possessed);
        // `the MPP`, `the Premier`: a title alone is a description of whoever holds it.
        const title = (THE_TITLE.exec(text)?.[1] ?? this.roles.describedTitle(m, text))?.toLowerCase().replace(FINAL_STOP, "");
        const holder =
          title && TITLES.has(title)
            ? (this.descriptions.holderWithTheFloor(title, m.start) ?? this.c.cast.lastWithWord(title, m.start))
            : undefined;
        // `…, Liberal says` in a headline: a member of the party, whom the article names below.
        if (!holder && this.roles.isPartyMemberInHeadline(m, text)) return this.descriptions.personNamedNext(m.start) ?? null;
        const member =
          holder ??
          this.roles.roleHolder(m, text) ??
          this.bodies.organisationOfPlace(m) ??
          this.roles.namedHolderOfTitle(m, text, title) ??
          this.c.cast.byName(text, m.start, false);
        // A lone title (`Premier declares …` heading an article whose body never gives anyone that
        // title) names no one of its own: no speaker, so a headline waits for the body's speaker.
        // So too after `the` (`said the Democratic nominee` parsed as `the Democratic`): a party's
        // word or an office alone names no one; nor do titles together (`Prime Minister signs …`)
        // when no holder is found.
        return member.kind === "person" && member.tokens.every(isOfficeWord) && isTitlesOnly(text) ? null : member;
      }
      case "pronoun":
        return learnGender(this.pronoun(text.toLowerCase(), m.start), text.toLowerCase());
      case "relative":
        return this.relations.relative(m);
      case "nominal":
        return (!this.relations.parenthetical(m) && this.relations.appositionSubject(m)) || this.nominal(m);
    }
  }

  private pronoun(key: string, at: number): CastMember | null {
    if (key === "i" || key === "we") {
      return this.c.cast.described(EDITORIAL, "outlet", "The outlet that published the article, in its own voice", at);
    }
    if (key === "it" || key === "they") {
      const from = this.seen.paragraphStart(at, 1);
      // `said analysts Jane Roe and Tom Baker of UBS. “…,” they added`: the pair that spoke, named by its first.
      const pair = key === "they" ? this.seen.lastSpoke(at, from, () => true) : undefined;
      if (pair && pair.member.kind === "person" && PAIRED.test(this.c.text.slice(pair.end, pair.end + PAIR_LOOKAHEAD_CHARS)))
        return pair.member;
      // `Jane Roe and energy minister Tom Baker touted … what they call “…”`: two people joined
      // as the subject of the pronoun's own sentence are `they`, named by the first.
      const joint = key === "they" ? this.jointPeopleInSentence(at) : undefined;
      if (joint) return joint;
      // `it` stands for no person nor group, `they` for no person.
      const spoke = this.seen.lastSpokeThing(at, from, key === "they");
      if (key === "it") {
        // `Statistics Canada said … “…,” it said`: the last speaker, when nothing shows it is a
        // person (no title, no given name) though its name did not show an organisation either.
        const last = this.seen.lastSpoke(at, from, () => true);
        if (last && last !== spoke && (!spoke || last.at > spoke.at) && last.member.titles.size === 0 && last.member.gender === undefined)
          return last.member;
      }
      // `The budget sets aside money for Toronto and Vancouver. “…,” it said.`: a place named in
      // passing is no speaker `it` stands for; one that spoke (`China said …`) still is.
      const named = this.seen.lastNamedThing(at, from, key === "they");
      // `“…,” reads the letter, signed by Jane Roe. The letter was also sent to B.C.’s minister.
      // “…,” it read.`: `it` is the writing that spoke last, a place named in passing since is not.
      const wrote = key === "it" ? this.seen.lastSpoke(at, this.seen.paragraphStart(at, 2), () => true) : undefined;
      if (wrote && wrote !== spoke && this.spokeThroughWriting(wrote) && !(named && this.seen.tookOver(named, wrote))) return wrote.member;
      // `Health Canada issued a warning. “…,” it said.`: an organisation named since the last one that spoke.
      if (spoke && named && this.seen.tookOver(named, spoke)) return named.member;
      if (spoke) return spoke.member;
      if (named || key !== "it") return named?.member ?? null;
      // `The ministry defended the plan. “…,” it said.`: an organisation described, not named.
      return this.describedOrganisation(at, from) ?? this.documentIssuer(at, this.seen.paragraphStart(at, 2));
    }
    const gender = key === "he" ? "m" : "f";
    const fits = (m: CastMember) =>
      m.kind === "person" &&
      (m.gender === undefined || m.gender === gender) &&
      !isThingDescribed(m) &&
      !namesACrowd(m) &&
      !this.namedWithArticle(m);
    // `read a letter from the victim’s mother. “…,” she wrote`: the writer, not the reader.
    const writer = this.documents.writerFor(this.seen.wordBefore(at + 1));
    const author = writer && (writer.kind === "name" ? this.resolve(writer) : newlyDescribed(this.c, writer));
    if (author && fits(author)) return author;
    const fitsNamed = (m: CastMember) => fits(m) && isEvidentlyPerson(m);
    return (
      this.askedLast(at, fitsNamed) ??
      this.sameSentencePerson(at, fitsNamed) ??
      this.leadInSubject(at, fits, fitsNamed) ??
      this.previousSentenceSubject(at, fitsNamed) ??
      this.lastPerson(at, fits, gender) ??
      this.nextSentenceSubject(at, fitsNamed)
    );
  }

  /**
   * `Roe asked Baker if he had advice for her.` then `“…,” he said.`: when the last speaker, in
   * this paragraph or the one before, asked a named person something (not to do something:
   * `asked Baker to resign`), the pronoun after a quotation that follows, in a later sentence, is
   * the one asked, answering; unless the quotation is itself a question, the asker's.
   */
  private askedLast(at: number, fitsNamed: (m: CastMember) => boolean): CastMember | undefined {
    const spoke = this.seen.lastSpoke(at, this.seen.paragraphStart(at, 1), () => true);
    if (!spoke) return undefined;
    const ws = this.c.words;
    const v = this.seen.wordBefore(spoke.end) + 1;
    const verb = ws[v];
    if (!verb || !ASKED_FORMS.has(verb.text) || !joined(this.c.text, ws[v - 1]!, verb)) return undefined;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, verb.end)];
    if (!n || n.mention.first !== v + 1 || n.member === spoke.member || !fitsNamed(n.member)) return undefined;
    if (ws[n.mention.last + 1]?.key === "to" || this.c.sentenceOf(n.mention.start).end > this.c.sentenceOf(at).start) return undefined;
    // The asking is its sentence's main clause, the asker its opening subject: not `…, when a
    // man asked Roe why …`, which tells what someone else is talking about.
    const asking = this.c.sentenceOf(spoke.at);
    this.c.work.add(spoke.at - asking.start);
    if (!SENTENCE_OPENING_NAME.test(this.c.text.slice(asking.start, spoke.at))) return undefined;
    // Only the pronoun of the quotation's own attribution, after it closes, and not after a question.
    const before = ws[this.seen.wordBefore(at)];
    if (!before || !this.c.quoted[this.seen.wordBefore(at)]) return undefined;
    return this.c.text.slice(before.end, at).includes("?") ? undefined : n.member;
  }

  /**
   * The first of two people named in a row as the subject before `at` in its sentence, joined by
   * `and` and at most a lower-case role (`Jane Roe and energy minister Tom Baker`), both persons
   * by evidence. Not a pair in the predicate (`the union faulted Roe and Baker for what they called`).
   */
  private jointPeopleInSentence(at: number): CastMember | undefined {
    const s = this.c.sentenceOf(at);
    const ns = this.c.names;
    const ws = this.c.words;
    for (
      let i = firstAtOrAfter(this.seen.namesAt, s.start), looked = 0;
      i + 1 < ns.length && this.seen.namesAt[i + 1]! < at && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      const n = ns[i]!;
      const next = ns[i + 1]!;
      if (n.member.kind !== "person" || next.member.kind !== "person" || n.member === next.member) continue;
      if (!isEvidentlyPerson(n.member) || !isEvidentlyPerson(next.member) || !this.seen.isSubject(n.mention)) continue;
      if (ws[n.mention.last + 1]?.key !== "and" || next.mention.first - n.mention.last - 2 > JOINT_ROLE_MAX_WORDS) continue;
      const between = ws.slice(n.mention.last + 2, next.mention.first);
      if (between.every((w) => isLowerCase(w.text)) && !/[,;:.]/.test(this.c.text.slice(n.mention.end, next.mention.start)))
        return n.member;
    }
    return undefined;
  }

  /**
   * `the Wet’suwet’en announced`, `the Tk̓emlúps te Secwépemc said`: a name the text first gives
   * after `the`, with no title, is a people's, a nation's or a body's, as no one person's name
   * takes the article; `he` or `she` never stands for it. So too a name only ever met after `a`
   * (`a red Honda Fit`, `an Ontario Hydro truck`): a make, a model, a thing of a kind.
   */
  private namedWithArticle(m: CastMember): boolean {
    if (m.seen.length === 0 || m.titles.size > 0) return false;
    // Every mention, the first few read: `the Tucker Carlson interview` then `told Carlson` is a
    // person's name used as a modifier once.
    for (let i = 0; i < m.seen.length && i < ARTICLE_MENTIONS_READ; i++) {
      const at = m.seen[i]!;
      // Both of ARTICLE_BEFORE's forms end in a space, read first.
      if (this.c.text.charCodeAt(at - 1) !== 32) return false;
      if (!ARTICLE_BEFORE.test(this.c.text.slice(Math.max(0, at - ARTICLE_BEFORE_CHARS), at))) return false;
    }
    return true;
  }

  /**
   * For a pronoun with no one before it to stand for (a page or the part of it kept opening on
   * `“We are not going anywhere,” he said.`), the person the next sentence opens on as its
   * subject: `Nabil Nabbout, who owns the bakery, has run it for 30 years.` Reporters lead with
   * the quotation and name its speaker right after. Read only when nothing before fits, so a
   * pronoun with an antecedent never looks ahead; a next sentence that quotes anyone is another
   * speaker's turn, and one in a later paragraph than the next is too far to name this speaker.
   */
  private nextSentenceSubject(at: number, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const s = this.c.sentenceOf(at);
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, s.end)];
    if (!n || !fitsNamed(n.member) || !this.seen.isSubject(n.mention)) return null;
    const gap = this.c.text.slice(s.end, n.mention.start);
    this.c.work.add(gap.length);
    // Only the sentence's opening subject, with at most a title's words before it.
    if (!NEXT_SUBJECT_GAP.test(gap)) return null;
    const next = this.c.sentenceOf(n.mention.start);
    if (next.start < s.end || paragraphIndexAt(this.c.paragraphs, next.start) > paragraphIndexAt(this.c.paragraphs, at) + 1) return null;
    this.c.work.add(next.end - next.start);
    return /["“”]/.test(this.c.text.slice(next.start, next.end)) ? null : n.member;
  }

  /** Whether a speaker was attributed through a writing it issued (`reads the letter`, `the report said`). */
  private spokeThroughWriting(s: Spoken): boolean {
    const i = this.seen.wordBefore(s.end);
    const head = this.c.words[i];
    return !!head && head.start >= s.at && this.documents.isDocument(head.key);
  }

  /**
   * For a pronoun that opens its sentence (`He said the NDP leader “…”`), the named subject that
   * opens the sentence before it in the paragraph, when that sentence quotes no one: `Liberal MP
   * Jane Roe told CBC she could not hear what Baker said. He said …` continues with Roe, the
   * topic, not with Baker, named (or reported speaking) inside her clause.
   */
  private previousSentenceSubject(at: number, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const s = this.c.sentenceOf(at);
    if (s.start !== at || at === 0) return null;
    let end = s.start - 1;
    while (end > 0 && /\s/.test(this.c.text[end]!)) end--;
    const prev = this.c.sentenceOf(end);
    if (prev.start >= s.start || prev.start < this.seen.paragraphStart(at, 0)) return null;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, prev.start)];
    if (!n || n.mention.start >= prev.end || !this.seen.isSubject(n.mention) || !fitsNamed(n.member)) return null;
    // Only the sentence's opening subject, with at most a title's words before it.
    const before = this.c.text.slice(prev.start, n.mention.start);
    this.c.work.add(prev.end - prev.start);
    if (!/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(before) || /["“”]/.test(this.c.text.slice(prev.start, prev.end))) return null;
    return n.member;
  }

  /**
   * For a pronoun right after a quotation (`“…,” he said`), the person who is the subject of the
   * sentence just before the quotation, when named since the last speaker (or the last speaker
   * named again there, whom a place named later in that sentence does not displace): `Jim Carr, who drove
   * from Ottawa, shook his head. “It's over,” he said.` A reporter introduces whoever speaks next
   * as the subject of the sentence leading into the quotation, even within the paragraph of the
   * speaker before; a name inside that sentence's relative clause or object is no such subject.
   */
  private leadInSubject(at: number, fits: (m: CastMember) => boolean, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const ws = this.c.words;
    let i = this.seen.wordBefore(at);
    if (i < 0 || !this.c.quoted[i]) return null;
    for (let looked = 0; i >= 0 && this.c.quoted[i] && looked < MAX_LEAD_IN_QUOTE_WORDS; i--, looked++) this.c.work.add();
    if (i < 0 || this.c.quoted[i]) return null;
    const opens = ws[i + 1]!.start;
    const lead = this.c.sentenceOf(ws[i]!.start);
    // The lead-in must be a sentence of its own, ending before the quotation opens, in its paragraph.
    if (lead.end > opens || lead.start < this.seen.paragraphStart(at, 0)) return null;
    // A sentence that ended inside an earlier quotation (`… home.” At the bar, X sat …`) is
    // not split from the lead-in: the lead-in starts after that quotation.
    let j = i;
    for (let looked = 0; j >= 0 && !this.c.quoted[j] && ws[j]!.start >= lead.start && looked < MAX_LEAD_IN_QUOTE_WORDS; j--, looked++)
      this.c.work.add();
    const afterQuote =
      j >= 0 &&
      this.c.quoted[j] &&
      ws[j]!.start >= lead.start &&
      /[.!?]\s*["”’']*\s*$/.test(this.c.text.slice(ws[j]!.end, ws[j + 1]!.start));
    const from = afterQuote ? ws[j + 1]!.start : lead.start;
    const spoke = this.seen.lastSpoke(at, this.seen.paragraphStart(at, 2), fits);
    if (spoke && spoke.at >= from) return null;
    for (
      let n = firstAtOrAfter(this.seen.namesAt, from), looked = 0;
      n < this.seen.namesAt.length && this.seen.namesAt[n]! < lead.end && looked < MAX_ANTECEDENTS;
      n++, looked++
    ) {
      this.c.work.add();
      const named = this.c.names[n]!;
      if (named.mention.start !== from && !this.seen.isSubject(named.mention)) continue;
      return fitsNamed(named.member) ? named.member : null;
    }
    return null;
  }

  /**
   * A person named earlier in the pronoun's own sentence: `As for Carlson's view, he said ...`.
   * The subject of a clause is the likelier antecedent than a name inside a phrase or a
   * subordinate clause before it (`As aides listened, Roe warned of what he called …`), so the
   * first subject that fits goes before the first name that fits.
   */
  private sameSentencePerson(at: number, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const s = this.c.sentenceOf(at);
    let first: CastMember | null = null;
    for (
      let i = firstAtOrAfter(this.seen.namesAt, s.start), looked = 0;
      i < this.seen.namesAt.length && this.seen.namesAt[i]! < at && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (!fitsNamed(n.member) || this.seen.modifiesNoun(n.mention) || this.seen.isInterviewer(n.mention)) continue;
      if (this.seen.isSubject(n.mention)) return this.subordinateSubject(i, at, fitsNamed) ?? n.member;
      first ??= n.member;
    }
    return first;
  }

  /**
   * `Roe flew south after Baker threatened tariffs unless they stop what he called an
   * “invasion”`: a pronoun in the clause a later subordinate subject governs (`after Baker
   * threatened`, with no comma or `that` to close that clause before the pronoun) stands for that subject,
   * not for the sentence's first. Names from `i` (the first subject) up to the pronoun at `at`.
   */
  private subordinateSubject(i: number, at: number, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const ws = this.c.words;
    let found: NameMention | undefined;
    for (let k = i + 1, looked = 0; k < this.seen.namesAt.length && this.seen.namesAt[k]! < at && looked < MAX_ANTECEDENTS; k++, looked++) {
      this.c.work.add();
      const n = this.c.names[k]!;
      if (!fitsNamed(n.member)) continue;
      const before = ws[n.mention.first - 1];
      // A person named since, of any role, leaves the pronoun's reference open again.
      found = before && SUBORDINATORS.has(before.key) && readsAsItsVerb(ws[n.mention.last + 1]) ? n : undefined;
    }
    if (!found) return null;
    this.c.work.add(at - found.mention.end);
    // `Roe said after Baker left that he …`: a clause of the first subject's resumes at `that`.
    return /[,;:()—]|\bthat\b/.test(this.c.text.slice(found.mention.end, at)) ? null : found.member;
  }

  /**
   * The person a pronoun or a bare description (`the premier`) stands for: the last who spoke
   * nearby, unless a person named since, as the subject of a paragraph after the speaker's, has
   * taken over; failing those, the last person named.
   */
  private lastPerson(at: number, fits: (m: CastMember) => boolean, gender?: "m" | "f"): CastMember | null {
    // A name only mentioned, never a speaker, stands for a person only with evidence that it is a
    // person: a full name, a title or a known given name. A lone capitalised word (`Southern`,
    // `Russian`, a section label) is no such evidence.
    const fitsNamed = (m: CastMember) => fits(m) && isEvidentlyPerson(m);
    const from = this.seen.paragraphStart(at, 2);
    let spoke = this.seen.lastSpoke(at, from, fits);
    // `said Jane Roe. An adjuster has told her the damage is not covered. “…,” she said.`: a
    // speaker of unknown sex whose own clause gives `her` as its object is not the `she` (that
    // would be `herself`); the one who spoke before it is.
    if (spoke && gender && spoke.member.gender === undefined && this.toldPronoun(spoke, gender))
      spoke = this.seen.lastSpoke(spoke.at, from, fits) ?? spoke;
    const last = this.seen.lastNamed(at, 0, fitsNamed, true);
    // `Premier Roe shared Baker’s view. “…,” he said.`: the subject outranks a possessive in its predicate.
    const named =
      last && (this.seen.subjectBeforePossessive(last, fitsNamed) ?? this.seen.subjectBeforeAppositive(last, fitsNamed) ?? last);
    if (spoke && named && this.seen.tookOver(named, spoke, at)) return named.member;
    // `Roe then contrasted Baker's plan with his own. “…,” he said.`: the last name (Baker) is
    // no subject, but the subject of a paragraph after the speaker's has taken over all the same.
    const subject = spoke && this.seen.subjectSince(at, spoke, fitsNamed);
    if (spoke && subject && this.seen.tookOver(subject, spoke, at)) return subject.member;
    if (spoke) return spoke.member;
    return named?.member ?? this.seen.lastSpoke(at, 0, fits)?.member ?? null;
  }

  /**
   * Whether the words right after a speaker's mention, a verb and its auxiliaries, end in the object
   * pronoun of `gender`: `An adjuster has told her`, `The officer warned him`. Only after a verb
   * whose object is a person: in `said her shift`, `her` is a possessive, often the speaker's own.
   */
  private toldPronoun(s: Spoken, gender: "m" | "f"): boolean {
    const ws = this.c.words;
    const object = gender === "m" ? "him" : "her";
    for (let i = this.seen.wordBefore(s.end) + 1, k = 0; k < TOLD_PRONOUN_WORDS && i < ws.length; i++, k++) {
      this.c.work.add();
      const w = ws[i]!;
      if (this.c.quoted[i] || !isLowerCase(w.text) || /[^\s]/.test(this.c.text.slice(ws[i - 1]!.end, w.start))) return false;
      if (w.key === object) return TELLING_VERBS.has(ws[i - 1]!.key);
    }
    return false;
  }

  /**
   * The last description of an organisation (`the ministry`, `the company`) before `at`,
   * outside quotations, within a bounded number of words: `it` refers to something near.
   */
  private describedOrganisation(at: number, from: number): CastMember | null {
    const ws = this.c.words;
    return this.readBack(
      at,
      from,
      this.itHeads().organisation,
      (key) => ORGANISATION_HEADS.has(key),
      (i) => {
        const m = npBackward(this.c, i);
        return m && m.kind === "nominal" && m.first < i && DEFINITE_OPENERS.has(ws[m.first]!.key) ? this.nominal(m) : undefined;
      },
    );
  }

  /**
   * The issuer of the last document described before `at`, named after its noun (`The budget,
   * tabled by the Finance Department, …` then, paragraphs on, `“…,” it said`), within a bounded
   * number of words: the document speaks for its issuer. Never a person or a place, which `it`
   * does not stand for.
   */
  private documentIssuer(at: number, from: number): CastMember | null {
    const ws = this.c.words;
    return this.readBack(
      at,
      from,
      this.itHeads().document,
      (key) => this.documents.isDocument(key),
      (i) => {
        // `the budget`, `this backgrounder`: the noun right after a definite article.
        const article = ws[i - 1]!;
        if (!DEFINITE_OPENERS.has(article.key)) return undefined;
        const m: Mention = { start: article.start, end: ws[i]!.end, first: i - 1, last: i, kind: "nominal" };
        // Only the author its own words name (`tabled by`, `from`): the subject of a sentence that
        // introduced it (`The GOP candidate sent an email`) may be a name inside a description.
        const issuer = this.documents.authorOf(m);
        return issuer && issuer.kind !== "person" && issuer.kind !== "group" && !isPlace(issuer.tokens) ? issuer : null;
      },
    );
  }

  /**
   * Reads back from the word before `at` over at most IT_LOOKBACK_WORDS words, none before `from`
   * nor the text's first word, for the nearest outside quotations and in lower case whose key
   * `isHead` accepts (kept in `heads`, see itHeads) and whose `found` answers (undefined: read
   * on). A step is charged for every word passed, as when each was charged in turn.
   */
  private readBack(
    at: number,
    from: number,
    heads: Int8Array,
    isHead: (key: string) => boolean,
    found: (i: number) => CastMember | null | undefined,
  ): CastMember | null {
    const hi = this.seen.wordBefore(at);
    const lo = Math.max(1, hi - IT_LOOKBACK_WORDS + 1, this.seen.wordFrom(from));
    for (let i = hi; i >= lo; i--) {
      if (heads[i] === 0) {
        const w = this.c.words[i]!;
        heads[i] = !this.c.quoted[i] && w.text === w.key && isHead(w.key) ? 1 : 2;
      }
      if (heads[i] !== 1) continue;
      const member = found(i);
      if (member !== undefined) {
        this.c.work.add(hi + 1 - i);
        return member;
      }
    }
    this.c.work.add(Math.max(0, hi + 1 - lo));
    return null;
  }

  /**
   * Flags, by word, of what `it` reads back for: an organisation's noun (`ministry`) or a
   * document's (`budget`), outside quotations and in lower case (1 yes, 2 no, 0 not yet read).
   * Each word is looked up once: `it` after `it` in a long paragraph read the same words each time.
   */
  private itHeads(): { organisation: Int8Array; document: Int8Array } {
    const n = this.c.words.length;
    this.heads ??= { organisation: new Int8Array(n), document: new Int8Array(n) };
    return this.heads;
  }

  private nominal(m: Mention): CastMember | null {
    // Paid for the look-ups below, which count few steps of their own (see DESCRIPTION_STEPS).
    this.c.work.chargeDescription();
    // `Chief and council declared …`: a title alone joined to a body is one of a joint subject.
    if (this.bodies.titleJoinedToBody(m, this.c.text.slice(m.start, m.end))) return this.bodies.bodyOfJointSubject(m) ?? null;
    const ws = this.c.words;
    const first = ws[m.first]!;
    // The head noun: the last lower-case word before any `for`/`of` link, or an office however
    // written (`the Health Minister` is `the health minister`), or capitalised to open a sentence (`Police said`).
    const span = ws.slice(m.first, m.last + 1);
    // `a statement by Acme`: `by` after a writing links it to its author (see npBackward).
    const link = span.findIndex((w, i) => i > 0 && (HEAD_LINKS.has(w.key) || (w.key === "by" && ISSUED_WRITINGS.has(span[i - 1]!.key))));
    const opening = this.c.sentenceOf(m.start).start === m.start ? first : undefined;
    const head = (link > 0 ? span.slice(0, link) : span)
      .filter((w) => (isLowerCase(w.text) || w === opening || isPersonByAge(w.key) || isOffice(w.key)) && !NOT_HEADS.has(w.key))
      .at(-1)?.key;
    // `no one wants …`, `no official said`: a negative determiner denies there is such a person,
    // so the phrase names nobody a later `he` could stand for. So too when the phrase read back
    // from the verb took in its clause's opening words (`especially since neither minister denied`).
    if (span.some((w, i) => NEGATIVE_OPENERS.has(i === 0 ? w.key : w.text))) return null;
    const definite = DEFINITE_OPENERS.has(first.key);
    // `a statement that said`: a bare `that` or `this` is no speaker of its own.
    if (definite && m.first === m.last) return null;
    // `the Crown corporation`, `the Crown agency`: Canada's word for a state-owned body, no name.
    const hasName = span.some((w, i) => i > 0 && isCapitalised(w.text) && !(w.key === "crown" && i < span.length - 1));
    // `the union’s statement`, `a notice on the agency’s website`: the possessor wrote it.
    const possessor = head && this.documents.isOwnedWriting(head) ? this.bodies.possessorOf(m, head) : undefined;
    if (possessor) return possessor;
    // `councillors Jane Roe and Tom Baker asked …` then `the councillors wrote`: the pair so introduced.
    const pair =
      definite && head && /s$/.test(head) && kindOfDescription(head) === "person"
        ? this.relations.pairIntroducedAs(head, m.start)
        : undefined;
    if (pair) return pair;
    if (head && this.documents.isDocument(head)) {
      const issuer = this.documents.issuerOf(m, { head, definite, linked: link >= 0, named: hasName });
      if (issuer) return issuer;
    }
    // `In a story on Sportsnet, the website reported`: the outlet the sentence named it by.
    const site = definite && head && SITE_NOUNS.has(head) ? this.bodies.siteNamedBefore(m) : undefined;
    if (site) return site;
    // `ASIRT officials said` after `the Alberta Serious Incident Response Team (ASIRT)`: the
    // officials of a body the text named speak for it. A place's (`French officials`) is no body.
    const staff = head === "officials" ? this.bodies.bodyOfStaff(span, m) : undefined;
    if (staff) return staff;
    // `BCE Inc.: The Montreal-based telecommunications giant said`: the label the entry opens with.
    const labelled = definite ? this.descriptions.labelledBy(m) : undefined;
    if (labelled) return labelled;
    // `the province’s top doctor`, `Canada’s chief public health officer`: whoever was introduced in that office.
    const office = head && kindOfDescription(head) === "person" ? this.descriptions.officeHolder(span, m.start) : undefined;
    if (office) return office;
    // The description's words after its article: `liberal`, `leader` for `the Liberal leader`.
    const described = span.slice(1).map((w) => partyName(w.key));
    const personal = !!head && kindOfDescription(head) === "person" && !/s$/.test(head) && (isSpeakerNoun(head) || TITLES.has(head));
    // `Acme’s vice-president said` after `Acme executive vice-president Jane Roe`: the one
    // introduced with the owner's name and the role, as for `the Liberal leader` below.
    if (!definite && head && personal && isCapitalised(first.text) && APOSTROPHE_S.test(first.text) && !isRelationOf(span, head)) {
      const introduced = this.descriptions.introducedAs([first.key.replace(/['’]s$/, ""), ...described], m.start);
      if (introduced) return introduced;
    }
    if (definite && head && personal && described.length > 1) {
      // `the Liberal leader` after `Liberal Leader Jane Roe` and `NDP Leader Tom Baker`.
      const introduced = this.descriptions.introducedAs(described, m.start);
      if (introduced) return introduced;
    }
    if (definite && head) {
      // `the premier` for the premier who has the floor, not one named since in passing.
      const holder = TITLES.has(head) ? this.descriptions.holderWithTheFloor(head, m.start) : undefined;
      // `the spokesperson` after `a spokesperson for ...`; `the president` after `President X`.
      // `the Senate minority leader` is a person, never the outlet `Union Leader` named before.
      const byWord = holder ? undefined : this.c.cast.lastWithWord(head, m.start);
      const byHead = holder ?? (byWord && personal && byWord.kind !== "person" && byWord.kind !== "group" ? undefined : byWord);
      // `Calgary coach says …` in a headline, then paragraphs about Geoff Ward, then `the upbeat
      // Flames’ interim head coach said`: a member known only by a description is a weaker
      // antecedent than the person the paragraph is about, named, whom the description fits.
      if (byHead && hasName && personal && isDescriptionOnly(byHead)) {
        const subject = this.descriptions.subjectDescribed(described, head, m.start);
        if (subject) return subject;
      }
      // `New Brunswick premier urges …` in a headline, then `“…,” Jane Roe said.` and `The premier
      // said …`: a bare title, too, is the named person with the floor rather than the headline's
      // role, unless the text gave that person another title.
      if (byHead && !hasName && personal && isDescriptionOnly(byHead) && this.roles.opensArticle(byHead.seen[0])) {
        const from = this.seen.paragraphStart(m.start, TITLE_FLOOR_PARAGRAPHS);
        const spoke = this.seen.lastSpoke(m.start, from, () => true)?.member;
        if (spoke?.kind === "person" && isEvidentlyPerson(spoke) && !holdsOtherTitle(spoke, head)) return spoke;
      }
      // `The band posted …` then `the band said`: a body met before only by that noun may yet be
      // the organisation the text named (namedBody, below).
      // So too a person met before only by a title a proper name qualified (`New Brunswick
      // premier` in a headline): `the premier` may be the person the text has named since.
      if (byHead && !(byHead.unnamed && (isBodyNoun(head) || (TITLES.has(head) && QUALIFIED.test(byHead.name))))) return byHead;
      // `the spokesperson` after `A spokesperson for the Port Authority declined to ...`.
      const intro = this.descriptions.introduced(head, m.start);
      if (intro) {
        const member = this.c.cast.described(intro.name, kindOfDescription(head), null, intro.at);
        // `a controversial motion` … `the motion notes`: common nouns alone name no one.
        if (!intro.named) member.unnamed = true;
        return member;
      }
      // `Statistics Canada said … “…,” the agency said`: the organisation that spoke or was named just before.
      if (!hasName && ORGANISATION_HEADS.has(head)) {
        const organisation = this.bodies.lastOrganisationSpeaker(m.start, head);
        if (organisation) return organisation;
      }
      // `The city of Kingston will …` then `the city said`: the one such body the text named.
      const civic = !hasName && CIVIC_HEADS.has(head) ? this.bodies.civicBody(head, m.start) : undefined;
      if (civic) return civic;
      // `Jane Roe says … the Raptors head coach says`: the person the paragraph is about.
      if (hasName && personal) {
        const subject = this.descriptions.subjectDescribed(described, head, m.start);
        if (subject) return subject;
        // The one person named nearby; the office is then theirs, so a later `the senator` is them too.
        const sole = this.descriptions.soleDescribed(described, head, m.start);
        if (sole && isOffice(head)) this.c.cast.fileUnderOffice(sole, head);
        if (sole) return sole;
      }
      // Elegant variation (`the New York businessman`, `the 62-year-old`) names the person the
      // text is about; a description of an organisation (`the council`) never names a person.
      // Only a noun for a person that speaks (`the businessman`, `the 62-year-old`), not `the boy`
      // or `the front page` met for the first time after `asked` or `read`. Nor a relation of
      // someone's (`the victim’s boyfriend`, `his wife`): that is somebody else.
      if (
        (!hasName || (!isOffice(head) && !TITLES.has(head) && namesOnlyPlace(span, head))) &&
        kindOfDescription(head) === "person" &&
        !/s$/.test(head) &&
        (isSpeakerNoun(head) || RESIDENCE_HEADS.has(head) || recapsAnAgent(span, head)) &&
        !isRelationOf(span, head)
      ) {
        // `integrity commissioner Jane Roe` … `the commissioner wrote`: the one introduced in that office.
        const introduced = isOffice(head) ? this.descriptions.introducedAs([head], m.start) : undefined;
        if (introduced && !holdsOtherTitle(introduced, head)) return introduced;
        // Else the person the text is about, whatever title the text gave them: one person holds
        // several offices (`Mayor Rob Ford` is `the civic leader`, `TTC Chair Jane Roe` `the councillor`).
        const member = this.relations.memberNamedOf(head, m.start);
        if (member) return member;
        // Not one the text gave another office when the description is a minister's (`Premier Tom
        // Baker` is no `environment minister`): a portfolio is one office, where `the civic leader`
        // or `the councillor` may be the mayor or the chair.
        const person = this.lastPerson(m.start, (x) => x.kind === "person");
        if (person && !(head === "minister" && holdsOtherTitle(person, head))) return person;
        if (isPersonByAge(head)) {
          const named = this.seen.lastNamed(
            m.start,
            this.seen.paragraphStart(m.start, 2),
            (x) => x.kind === "person" && isEvidentlyPerson(x),
          );
          if (named) return named.member;
        }
      }
    }
    // `One resident, Jane Roe, saw the arrests.` then `“…,” one resident says`: the resident just named.
    const appositive = first.key === "one" && head && personal ? this.relations.namedAs(head, m.start) : undefined;
    if (appositive) return appositive;
    // `Jim Roe drove out with his wife, Ann.` then `His wife said …`: the relation the text named.
    const relation = head && isRelationOf(span, head) ? this.relations.namedRelation(head, m.start) : undefined;
    if (relation) return relation;
    // `A radio host announced …` then `Jane Roe describes …`: the person named next. So too a
    // delayed identification lead: `Halifax’s mayor says …` opening the article, then `Jane Roe said …`.
    const lead = personal && this.roles.opensLead(m);
    const named = (INDEFINITE_OPENERS.has(first.key) || lead) && personal ? this.descriptions.namedNext(m, head) : undefined;
    if (named) return named;
    // `The law firm that represents the families issued a statement …` opening the story, then
    // `Kestrel Law, based in Moncton, said …`: a body's delayed identification, the organisation
    // that opens the next paragraph as its subject.
    const firm =
      definite && head && ORGANISATION_HEADS.has(head) && !hasName && this.roles.opensLead(m) ? this.bodies.bodyNamedNext(m) : undefined;
    // Filed under the noun, so that a later `the law firm’s statement` is the firm too.
    if (firm && head) {
      this.c.cast.fileUnderOffice(firm, head);
      return firm;
    }
    // `Quebec premier says …` or `Ontario’s premier vows …` heading the article, then `Quebec
    // Premier Jane Roe` below: an office qualified by its place is its holder, named further on.
    const holder = !definite && personal && TITLES.has(head) ? this.roles.holderNamedBelow(m, span) : undefined;
    if (holder) return holder;
    // `… a delay one lawyer calls “outrageous”` in the lead, then `Toronto lawyer Jane Roe` in the body;
    // `Ottawa’s police chief says …` opening the story, then `Chief Jane Roe told the board …` further on.
    const indefinite = INDEFINITE_OPENERS.has(first.key) || first.key === "one";
    const later = (indefinite || lead) && personal ? this.descriptions.introducedLater(m, head, lead) : undefined;
    if (later) return later;
    // `Judge Jane Roe wrote …` in a deck, then `A judge in Corner Brook says …` captioning the
    // photo: an article's opening comes back to the holder it has named with that title.
    const titled =
      INDEFINITE_OPENERS.has(first.key) && personal && isOffice(head) && this.roles.opensArticle(m.start)
        ? this.descriptions.titledBefore(head, m.start)
        : undefined;
    if (titled) return titled;
    const spokesperson = this.bodies.spokespersonFor(m, span, head);
    if (spokesperson) return spokesperson;
    const kind = isPluralHead(head) ? "group" : kindOfDescription(head);
    // `the Tigers shortstop`, `the Elm Crescent resident`, `Nova Scotia premier` in a headline: a
    // role noun qualified by a proper name describes a person; the name qualifies the role and is
    // not the person's. Only a spokesperson's description names whom they speak for (`the NSC
    // spokesperson`).
    if (hasName && head && kind === "person" && isRoleNoun(head) && !SPOKESPERSON_NOUNS.has(head)) {
      if (definite) {
        // Failing one nearby, the one person the text gave that role: `Jets goalie Jane Roe` for
        // `the NHL’s busiest netminder` paragraphs on.
        const only =
          this.descriptions.soleDescribed(described, head, m.start) ??
          this.descriptions.soleHolder(
            head,
            m.start,
            span.filter((w) => isCapitalised(w.text) && !DETERMINERS.has(w.key)).map((w) => w.key.replace(/['’]s?$/, "")),
          );
        if (only) return only;
      }
      const member = newlyDescribed(this.c, m, kind);
      member.unnamed = true;
      return member;
    }
    // `Hamilton police say …` then `police said`; `the Redwillow Cree Nation` then `the band said`.
    const body = head && isBodyNoun(head) && !namesSomeone(this.c, span, kind) ? this.bodies.namedBody(head, m.start) : undefined;
    if (body) return body;
    // `Interior Health closed the ER …` paragraphs before `the health authority said`: the one body
    // the text named by a word of the description.
    const sort =
      definite && head && !hasName && ORGANISATION_HEADS.has(head) && !CIVIC_HEADS.has(head)
        ? this.bodies.soleBodyOfSort(link > 0 ? span.slice(0, link) : span, m.start)
        : undefined;
    if (sort) return sort;
    // `HuffPost Canada … announced it was closing.` three paragraphs before `the outlet said`, with
    // no outlet named since: outlets seldom speak, so the last that did is still the one meant.
    const outlet = definite && head && MEDIA_NOUNS.has(head) && !hasName ? this.bodies.lastOutletSpeaker(m.start) : undefined;
    if (outlet) return outlet;
    return newlyDescribed(this.c, m, kind);
  }
}

/** Whether the word after a name reads as its verb (`after Baker threatened`): lower case, no preposition or conjunction. */
function readsAsItsVerb(next: Word | undefined): boolean {
  return !!next && isLowerCase(next.text) && !PREPOSITIONS.has(next.key) && next.key !== "and" && next.key !== "or";
}

/**
 * `Ghomeshi has pleaded not guilty. He acknowledged …`: the pronoun the text uses for a person
 * whose name showed no gender tells it, so a later `she` does not stand for him.
 */
function learnGender(member: CastMember | null, pronoun: string): CastMember | null {
  if (member?.kind === "person" && member.gender === undefined && (pronoun === "he" || pronoun === "she"))
    member.gender = pronoun === "he" ? "m" : "f";
  return member;
}

/**
 * Heads that are plural without a plural's `s`: `many`, `some`, `both` as pronouns and
 * `people`. Those who speak as `many would say` are a group, never what a later `he` or `she`
 * stands for.
 */
const PLURALS_WITHOUT_S = new Set(["many", "some", "both", "people"]);

/**
 * Whether a description's capitalised words, after its article, are one place's name only (`the
 * 82-year-old Elm Street resident`, `the Halifax businessman`): where a person lives or works
 * says nothing of a party, so the description varies a name as if it had none. Not so an
 * office's (`the Vermont senator` after a rival was named): one state has many holders, and the
 * last person named is as often another's. Before a noun of residence the words name a place whatever they are (`the Birch Court tenant`).
 */
function namesOnlyPlace(span: Word[], head: string): boolean {
  const caps = span.flatMap((w, i) => (i > 0 && isCapitalised(w.text) ? [i] : []));
  if (caps.length === 0 || caps.at(-1)! - caps[0]! !== caps.length - 1) return false;
  if (RESIDENCE_HEADS.has(head) && span[caps.at(-1)! + 1]?.key === head) return true;
  return isPlace(caps.map((i) => span[i]!.key.replace(FINAL_STOP, "")));
}

function isPluralHead(head: string | undefined): boolean {
  return !!head && (/s$/.test(head) || PLURALS_WITHOUT_S.has(head));
}

/** A noun of one who does something (`knitter`, `organizer`, `cellist`): a person. */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian)$/u;

/**
 * `the professional knitter`, `the veteran organizer`: a noun of one who does something, with a
 * word that recaps what the reader was told, is elegant variation for the person the text is
 * about. A bare one (`said the designer, who …`) as often brings in somebody new.
 */
function recapsAnAgent(span: Word[], head: string): boolean {
  return AGENT_NOUN.test(head) && span.length >= 3 && span.at(-1)!.key === head;
}

/** A noun for a person by what they are or do: `premier`, `resident`, `right-fielder`. */
function isRoleNoun(head: string): boolean {
  return isSpeakerNoun(head) || TITLES.has(head) || AGENT_NOUN.test(head.split("-").at(-1)!);
}

/**
 * A member the text never named, only described (`Calgary coach`): its name ends with a
 * lower-case word, or is one role noun capitalised as a headline or a sentence opens
 * (`Coach denies his rant was a turning point`).
 */
function isDescriptionOnly(member: CastMember): boolean {
  // The last word, read without splitting the name: asked for every description that recurs.
  const space = member.name.lastIndexOf(" ");
  const last = member.name.slice(space + 1);
  if (space < 0 && isSpeakerNoun(last.toLowerCase())) return true;
  return /\p{Ll}/u.test(last.charAt(0));
}

/**
 * `the ` right before a name, or `a`/`an` with at most one word in lower case between (`a red
 * Honda Fit`, `an Ontario`): see namedWithArticle.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])the +$|(?:^|\s)an?(?: \p{Ll}[\p{Ll}-]*)? +$/u;
/** How many characters before a name ARTICLE_BEFORE reads: `a ` and one word. */
const ARTICLE_BEFORE_CHARS = 24;
/** How many of a member's mentions namedWithArticle reads. */
const ARTICLE_MENTIONS_READ = 3;

/**
 * `… tough if the strike continued for a long time. “…,” he said.`: a description by common
 * nouns alone, none of them a word for a person (a speaker's noun, a title, a relative, an age),
 * is the subject of some verb the lexicon also reads as saying (`continued`, `noted`), not a
 * person whom `he` or `she` could stand for.
 */
function isThingDescribed(member: CastMember): boolean {
  return member.unnamed === true && !member.tokens.some((t) => isSpeakerNoun(t) || TITLES.has(t) || KIN_NOUNS.has(t));
}
