// Resolves a speaker mention to a member of the cast: names by their words, pronouns
// and descriptions (`he`, `the spokesperson`) back to whoever they stand for, judged
// from who was mentioned and who spoke before (./antecedents). Only the order of the rules
// lives here: which is asked first of a name (`resolve`) and of a description (`nominal`),
// since the first that answers wins. The rules themselves have rooms of their own: pronouns
// (./pronouns), titles and roles (./roles), bodies, forces and outlets (./bodies), governments
// named by their place (./governments), relations and appositions (./relations), descriptions
// of people (./descriptions), documents that speak for their issuer (./documents), and a
// description met for the first time (./newly-described).
import type { CastMember } from "./actors";
import { paragraphIndexAt } from "./analysis";
import { Antecedents, type Context, isEvidentlyPerson, type NameMention } from "./antecedents";
import { Bodies, isBodyNoun, isNamedNonPlaceBody, ORGANISATION_HEADS, ORGANISER_NOUNS, SPOKESPERSON_NOUNS } from "./bodies";
import { Descriptions, holdsOtherTitle, partyName } from "./descriptions";
import { Documents } from "./documents";
import { isFirmHead, soleFirmNamed } from "./firm-descriptions";
import { isHeadlineLine } from "./furniture";
import { CIVIC_HEADS, Governments } from "./governments";
import {
  AIDE_NOUNS,
  AUTHORING_PARTICIPLES,
  DEFINITE_OPENERS,
  DETERMINERS,
  HEAD_LINKS,
  INDEFINITE_OPENERS,
  ISSUED_WRITINGS,
  MEDIA_NOUNS,
  NEGATIVE_OPENERS,
  NOT_HEADS,
  PLATFORM_MEDIA,
  PLATFORMS,
  RESIDENCE_HEADS,
  TITLES,
} from "./lexicon";
import { isCrownBody, isHandle, isOffice, isOfficeWord, isPersonByAge, isPersonNoun, isSpeakerNoun, type Mention } from "./mention-words";
import { npForward } from "./mentions";
import { isDemonym, isPlace, operationSpeaking } from "./names";
import { nameAfterFrame } from "./naming-frames";
import { kindOfDescription, namesSomeone, newlyDescribed } from "./newly-described";
import { learnGender, nounSex, PersonSex } from "./person-sex";
import { isThingDescribed, Pronouns } from "./pronouns";
import { isRelationOf, Relations } from "./relations";
import { holderPastLast } from "./role-fits";
import { describesHolder, isTitlesOnly, Roles, THE_TITLE } from "./roles";
import { isOfficeAlone } from "./speaker-names";
import { APOSTROPHE_S, FINAL_STOP, isCapitalised, isLowerCase, type Word } from "./text";
import { rx } from "./unicode-regexps";

/** The bench's nouns: who hears a case, never the party the text is about (see nominalByRules' fallback to the last person). */
export const BENCH_HEADS = new Set(["judge", "justice"]);
/** `the Premier Designate`, `the President-elect`: an office not yet taken, capitalised as a title after `the`. */
const THE_TITLE_NOT_YET = /^the\s+(\S+?)[\s-](designate|elect)$/i;

/** A member's name with a capitalised word after its first: its description held a proper name. */
const QUALIFIED = rx.u`\s\p{Lu}`;
/** A website's nouns, which a sentence may have named the outlet of (`on Sportsnet, the website reported`). */
const SITE_NOUNS = new Set(["website", "site"]);
/** The words that make a provider one who gives care: `health-care`, `healthcare`, `daycare`, `care`. */
const CARE_WORDS = /^(?:(?:health|child|day|home|primary|long-term)-?)?care$/;

/** The Crown, the prosecution in Canadian courts, named alone: `Crown`, `the Crown`. */
const CROWN = /^(?:the\s+)?Crown$/i;
/** Nouns by which Canadian news calls a government named by its place: `the government`, `the province`. */
const PROVINCIAL_HEADS = new Set(["government", "province"]);
/**
 * How many paragraphs back a bare title (`the premier said`) the headline's role gave way to
 * looks for the named person who spoke: a paragraph of background (`Polls show …, a trend Jane
 * Roe has watched.`) often comes between the person's last words and the title's.
 */
const TITLE_FLOOR_PARAGRAPHS = 2;

/** A full stop, question or exclamation mark ending a sentence, before any closing marks: no headline's. */
const SENTENCE_STOP = /[.!?…][\s"'”’»)]*$/u;

/**
 * `the team’s official Twitter account sent …`: a platform's name read as the subject, the
 * medium's noun after it left out, is the medium's modifier; the mention is read with the
 * noun, as a medium (Bodies.platformOwner), so the platform itself never speaks for its user.
 */
function withMediumAfter(c: Context, m: Mention): Mention {
  const ws = c.words;
  const noun = ws[m.last + 1];
  if (m.kind !== "name" || !noun || !PLATFORMS.has(ws[m.last]!.key) || !PLATFORM_MEDIA.has(noun.key) || !isLowerCase(noun.text)) return m;
  return c.text.slice(ws[m.last]!.end, noun.start) === " " ? { ...m, end: noun.end, last: m.last + 1 } : m;
}

export class Resolver {
  private readonly seen: Antecedents;
  private readonly descriptions: Descriptions;
  private readonly documents: Documents;
  private readonly relations: Relations;
  private readonly roles: Roles;
  private readonly bodies: Bodies;
  private readonly governments: Governments;
  private readonly pronouns: Pronouns;

  constructor(private readonly c: Context) {
    this.seen = new Antecedents(c);
    this.descriptions = new Descriptions(c, this.seen);
    this.governments = new Governments(c, this.seen);
    this.documents = new Documents(
      c,
      this.seen,
      (m) => this.resolve(m),
      (m, head) => this.bodies.possessorOf(m, head),
      (m, words) => this.bodies.subjectBodyBefore(m, words),
      this.governments,
    );
    this.relations = new Relations(c, this.seen, (m) => this.resolve(m));
    this.roles = new Roles(c, this.seen, this.descriptions);
    this.bodies = new Bodies(c, this.seen, (m) => this.resolve(m), this.governments);
    this.pronouns = new Pronouns(
      c,
      this.seen,
      new PersonSex(c, this.seen),
      this.documents,
      (m) => this.resolve(m),
      (m) => this.nominal(m),
    );
  }

  noteSpeaker(at: number, member: CastMember, end = at) {
    this.seen.noteSpeaker(at, member, end);
  }

  /** The one person the paragraphs below `at` introduce with the role `head` (Descriptions.soleIntroducedBelow): a heading's title's holder. */
  soleIntroducedBelow(head: string, at: number): NameMention | undefined {
    return this.descriptions.soleIntroducedBelow(head, at);
  }

  /** Whether the person first named at `at` was introduced as other than `head` says (Descriptions.introducedOtherThan). */
  introducedOtherThan(at: number, head: string): boolean {
    return this.descriptions.introducedOtherThan(at, head);
  }

  resolve(m: Mention): CastMember | null {
    const text = this.c.text.slice(m.start, m.end);
    const platform = m.kind === "name" || m.kind === "nominal" ? this.bodies.platformOwner(withMediumAfter(this.c, m)) : undefined;
    if (platform !== undefined) return platform;
    switch (m.kind) {
      case "name": {
        // `says @JaneRoe`: the person the handle spells, or no one the text names.
        if (isHandle(this.c.text, m)) return this.c.cast.byHandle(text) ?? null;
        // `Police said …`, `Officials say …`: a common noun capitalised to open its sentence is a description.
        if (this.roles.opensAsCommonNoun(m, text)) return this.nominal({ ...m, kind: "nominal" });
        // `Chief and council declared …`, `the mayor and council voted`: a title alone joined to a
        // body by `and` is one of a joint subject, not its holder speaking alone.
        if (this.bodies.titleJoinedToBody(m, text)) return this.bodies.bodyOfJointSubject(m) ?? null;
        // `Quebecers say`: a demonym describes people by where they are from, and names no one; no
        // speaker rather than a made-up person called `Quebecers`. So too an event or a storm (`the
        // Tokyo Olympics`, `Hurricane Fiona`). `the Texan said` describes one person, as `the
        // veteran` does: the one the text introduced so, else (`Coach John Herdman agrees. “…,”
        // said the Englishman.`) the person the text is about, of the sex a compound gives.
        if (this.roles.textNamesNoOne(text) && !operationSpeaking(this.c.words, m.first, m.last))
          return this.roles.introducedDemonym(m, text, (sex) => this.pronouns.lastPersonOfSex(m.start, sex));
        // `According to the Premier Designate`: whoever the text introduced in the office not yet taken
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
        // `the MPP`, `the Premier`: a title alone is a description of whoever holds it; so is one after
        // lower-case words a `the` opens (`the central bank Governor`), found once: describedFrom is that `the`.
        const theTitle = THE_TITLE.exec(text)?.[1];
        const describedFrom = theTitle === undefined ? this.roles.describedTitle(m, text) : undefined;
        const title = (theTitle ?? (describedFrom === undefined ? undefined : text))?.toLowerCase().replace(FINAL_STOP, "");
        const holder =
          title && TITLES.has(title)
            ? (this.descriptions.holderWithTheFloor(title, m.start) ?? this.c.cast.lastWithWord(title, m.start))
            : undefined;
        // `…, Liberal says` in a headline: a member of the party, whom the article names below.
        // Not the surname of a person named before it (`Mayor John Tory … Tory said.`) where paragraph 0
        // is prose, ending on a stop (a page with no headline), not a headline (isHeadlineLine:
        // `Mayor Tory's budget ‘…’ Tory says`, whose `Tory` is a party's member the body names).
        // The look-up by word, not byName: byName would add a person `Tory` to the cast when none is found.
        // The bearer is a person by evidence (`Mrs. Tory`, `Alden Tory`): not a body whose name holds the
        // word (`the Tory Lane Residents Association`), nor the nickname met alone (`A Tory walked out`).
        if (!holder && this.roles.isPartyMemberInHeadline(m, text)) {
          const bearer = isHeadlineLine(this.c, 0) ? undefined : this.c.cast.lastNamedWithWord(text.toLowerCase(), m.start);
          if (bearer?.kind === "person" && isEvidentlyPerson(bearer)) return bearer;
          return this.descriptions.personNamedNext(m.start) ?? null;
        }
        // `the central bank Governor`, `the Premier`, with no one given that title: the description
        // it is in lower case (`the central bank governor`), which may vary the name of the person
        // the text is about.
        const described = !holder && title && isOffice(title) ? this.roles.describedTitleMention(m, describedFrom) : undefined;
        if (described) {
          const member = this.nominal(described);
          if (member) return member;
        }
        // `Crown prosecutor Jane Roe argued …` then `the Crown argues`: the prosecution speaks through
        // the one lawyer the text introduced as the Crown's (see Descriptions.crownLawyer); none
        // introduced, or two, the Crown itself.
        const crown = CROWN.test(text) ? this.descriptions.crownLawyer(m.start) : undefined;
        if (crown) return crown;
        const found =
          holder ?? this.roles.roleHolder(m, text) ?? this.bodies.organisationOfPlace(m) ?? this.roles.namedHolderOfTitle(m, text, title);
        const member = found ?? this.c.cast.byName(text, m.start, false);
        // `Millbrook Falls Mayor says …`, `Acme CEO`: in a headline, which drops its `the` and its
        // full stop, a place's or a body's name closed by an office, no given name first, is a
        // description of the office's holder, no person's name; with no holder found above, it
        // names no one. In a sentence a stop ends, such a name is a person's (`said Tendai Mayor.`,
        // `Oluwaseun Judge said on Monday.`): prose writes `the Millbrook Falls mayor`.
        if (!found && describesHolder(member) && endsWithoutStop(this.c, m)) return null;
        // A lone title (`Premier declares …` heading an article whose body never gives anyone that
        // title) names no one of its own: no speaker, so a headline waits for the body's speaker.
        // So too after `the` (`said the Democratic nominee` parsed as `the Democratic`): a party's
        // word or an office alone names no one; nor do titles together (`Prime Minister signs …`)
        // when no holder is found.
        return member.kind === "person" && member.tokens.every(isOfficeWord) && isTitlesOnly(text) ? null : member;
      }
      case "pronoun": {
        // The mention ends before any verb run on to the pronoun (`he’s`: mentions' personalPronoun).
        const key = text.toLowerCase();
        return learnGender(this.pronouns.pronoun(key, m.start), key);
      }
      case "relative":
        return this.relations.relative(m);
      case "nominal": {
        const member = (!this.relations.parenthetical(m) && this.relations.appositionSubject(m)) || this.nominal(m);
        // Nor one their own reported clause names (`The judge said Roe's testimony was …`).
        return member?.kind === "person" && (this.relations.reportedBy(m, member) || this.relations.namedInReport(m, member))
          ? null
          : member;
      }
    }
  }

  /**
   * The member a description (`the premier`, `a spokesperson for Acme`, `police`) stands for:
   * see nominalByRules.
   */
  private nominal(m: Mention): CastMember | null {
    const member = this.namedByFrame(m) ?? this.nominalByRules(m);
    // `The union said …` resolved to the FAE: filed under the noun, so that paragraphs on, past
    // other speakers, `The union said …` again is the FAE too (lastWithWord, in the rules), not
    // a union newly described, unless a body filed under that noun was mentioned since.
    const head = THE_TITLE.exec(this.c.text.slice(m.start, m.end))?.[1]?.toLowerCase();
    if (head && ORGANISATION_HEADS.has(head) && member && !member.unnamed && member.kind !== "person")
      this.c.cast.fileUnderOffice(member, head);
    return member;
  }

  /**
   * The person a frame right after the description names (`a commuter whose first name is
   * Ashley`, `Another commuter, named Lauren,`), when the frame follows the description's head,
   * no link between (naming-frames.ts).
   */
  private namedByFrame(m: Mention): CastMember | undefined {
    // The frame names the description's head only: not `the sister of a cyclist named Troy`.
    for (let k = m.first + 1; k < m.last; k++) if (HEAD_LINKS.has(this.c.words[k]!.key)) return undefined;
    const at = nameAfterFrame(this.c, m.last);
    const n = at >= 0 ? this.seen.nameStartingAt(at) : undefined;
    // A possessive names another (`who identified herself as Acme's manager`).
    if (n?.member.kind !== "person" || APOSTROPHE_S.test(this.c.words[n.mention.last]!.text)) return undefined;
    return n.member;
  }

  /**
   * The member a description stands for: the rules below in order, the first that answers
   * winning; failing all, a member newly described by its words.
   */
  private nominalByRules(m: Mention): CastMember | null {
    // Paid for the look-ups below, which count few steps of their own (see DESCRIPTION_STEPS).
    this.c.work.chargeDescription();
    // `Chief and council declared …`: a title alone joined to a body is one of a joint subject.
    if (this.bodies.titleJoinedToBody(m, this.c.text.slice(m.start, m.end))) return this.bodies.bodyOfJointSubject(m) ?? null;
    const ws = this.c.words;
    const first = ws[m.first]!;
    // The head noun: the last lower-case word before any `for`/`of` link, or an office however
    // written (`the Health Minister` is `the health minister`), or capitalised to open a sentence (`Police said`).
    const span = ws.slice(m.first, m.last + 1);
    // `a statement by Acme`: `by` after a writing links it to its author (see npBackward); so does
    // `the report written by Jane Roe`, from the participle on.
    const link = span.findIndex(
      (w, i) =>
        i > 0 &&
        (HEAD_LINKS.has(w.key) ||
          servesAnother(span, i) ||
          (w.key === "by" && ISSUED_WRITINGS.has(span[i - 1]!.key)) ||
          (AUTHORING_PARTICIPLES.has(w.key) && span[i + 1]?.key === "by" && ISSUED_WRITINGS.has(span[i - 1]!.key))),
    );
    const opening = this.c.sentenceOf(m.start).start === m.start ? first : undefined;
    const heads = (link > 0 ? span.slice(0, link) : span).filter(
      (w, i, ws) =>
        (isLowerCase(w.text) || w === opening || isPersonByAge(w.key) || isOffice(w.key) || isCrownBody(ws[i - 1]?.key, w.key)) &&
        !NOT_HEADS.has(w.key),
    );
    // `the health-care provider`: a care word before it makes the provider one who gives care, a
    // person, read as the person's noun `caregiver`; not the company `the provider` alone stands
    // for (ORGANISATION_NOUNS).
    const head = heads.at(-1)?.key === "provider" && CARE_WORDS.test(heads.at(-2)?.key ?? "") ? "caregiver" : heads.at(-1)?.key;
    // `no one wants …`, `no official said`: a negative determiner denies there is such a person,
    // so the phrase names nobody a later `he` could stand for. So too when the phrase read back
    // from the verb took in its clause's opening words (`especially since neither minister denied`).
    if (span.some((w, i) => NEGATIVE_OPENERS.has(i === 0 ? w.key : w.text))) return null;
    const definite = DEFINITE_OPENERS.has(first.key);
    // `a statement that said`: a bare `that` or `this` is no speaker of its own.
    if (definite && m.first === m.last) return null;
    // `the Crown corporation`, `the Crown agency`: Canada's word for a state-owned body, no name.
    // `the central bank Governor`: an office capitalised as its head is no name.
    const hasName = span.some(
      (w, i) =>
        i > 0 &&
        isCapitalised(w.text) &&
        !(w.key === "crown" && i < span.length - 1) &&
        !isCrownBody(span[i - 1]!.key, w.key) &&
        !(i === span.length - 1 && w.key === head && isOffice(head)),
    );
    // A writing or a medium whose owner speaks through it: asked by four rules below, answered once.
    const ownedWriting = head !== undefined && this.documents.isOwnedWriting(head);
    // `the union’s statement`, `a notice on the agency’s website`: the possessor wrote it.
    const possessor = ownedWriting ? this.bodies.possessorOf(m, head) : undefined;
    if (possessor) return possessor;
    // `the update on the web page of the government of Nunavut`, `the report of
    // the commission`: a body named after `of` owns the writing, as its possessive would.
    const ofOwner = ownedWriting && link > 0 && span[link]!.key === "of" ? this.bodyAfterOf(m, m.first + link) : undefined;
    if (ofOwner) return ofOwner;
    // `his report states`, `its statement said`: the one the possessive stands for wrote it.
    const owner = ownedWriting ? this.documents.ownerPronoun(m, head) : undefined;
    const ownerMember = owner ? this.pronouns.pronoun(owner, m.start) : undefined;
    if (ownerMember) return ownerMember;
    // `the CFIA website`, `a Fair news release`: the body whose name qualifies it wrote it.
    const qualifier = ownedWriting ? this.documents.qualifierOf(m, head) : undefined;
    if (qualifier) return qualifier;
    // `a city memo`: the local government the text named by its kind and place (civicBody), as
    // for `the city said` (a possessive, `the town’s notice`, is read by possessorOf). Only the
    // kind's word right after the article.
    const civicKind = ownedWriting && span.length === 3 && DETERMINERS.has(first.key) && span[2]!.key === head ? span[1]!.key : undefined;
    const civicWriter = civicKind && isLowerCase(span[1]!.text) ? this.governments.civicBody(civicKind, m.start) : undefined;
    if (civicWriter) return civicWriter;
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
    // `The Acme Folk Festival announced it is cancelling …` then `“…,” festival organizers said`:
    // those who organise speak for the body the sentence before was about, as its subject.
    const organisers = head && ORGANISER_NOUNS.has(head) && !hasName ? span.map((w) => w.key) : undefined;
    const organised = organisers ? this.bodies.subjectBodyBefore(m, organisers) : undefined;
    if (organised) return organised;
    // `Organizers of the Acme music festival say …`: they speak for the event they were named with.
    const event = organisers ? this.bodies.eventOrganised(m) : undefined;
    if (event) return event;
    // `In a story on Rinkside, the website reported`: the outlet the sentence named it by.
    const site = definite && head && SITE_NOUNS.has(head) ? this.bodies.siteNamedBefore(m) : undefined;
    if (site) return site;
    // `TIRT officials said` after `the Tallwood Incident Review Team (TIRT)`: the
    // officials of a body the text named speak for it. A place's (`French officials`) is no body.
    const staff = head === "officials" ? this.bodies.bodyOfStaff(span, m) : undefined;
    if (staff) return staff;
    // `zoo officials said` after `the Calgary Zoo`, `city officials` after `the City of Kingston`:
    // officials called by their body's noun in lower case speak for the body that noun stands
    // for, as `the zoo said` would: a town by its kind and place, else the one body named before
    // whose name the noun heads. Not the organisation that spoke last, as `the union said`
    // reads: `union officials` after `the University of Ridge faculty association` are no
    // university's.
    const staffNoun = head === "officials" && !hasName ? lowerCaseStaffNoun(span) : undefined;
    const staffBody = staffNoun ? this.bodyOfNoun(staffNoun, m.start) : undefined;
    if (staffBody) return staffBody;
    // `BCE Inc.: The Montreal-based telecommunications giant said`: the label the entry opens with.
    const labelled = definite ? this.descriptions.labelledBy(m) : undefined;
    if (labelled) return labelled;
    // `the province’s top doctor`, `Manitoba’s chief public water officer`: whoever was introduced in that office.
    const office = head && kindOfDescription(head) === "person" ? this.descriptions.officeHolder(span, m.start) : undefined;
    if (office) return office;
    // The description's words after its article: `liberal`, `leader` for `the Liberal leader`.
    const described = span.slice(1).map((w) => partyName(w.key));
    const personal = !!head && isPersonNoun(head) && !/s$/.test(head);
    // `Acme’s vice-president said` after `Acme executive vice-president Jane Roe`: the one
    // introduced with the owner's name and the role, as for `the Liberal leader` below.
    if (!definite && head && personal && isCapitalised(first.text) && APOSTROPHE_S.test(first.text) && !isRelationOf(span, head)) {
      const introduced = this.descriptions.introducedAs([first.key, ...described], m.start);
      if (introduced) return introduced;
    }
    if (definite && head && personal && described.length > 1) {
      // `the Liberal leader` after `Liberal Leader Jane Roe` and `NDP Leader Tom Baker`; `the
      // Acme spokesperson` after `Acme spokesman Tom Baker`, the role by its other word (read in
      // introducedAs's one walk back, so that the nearest introduction wins).
      const introduced = this.descriptions.introducedAs(described, m.start);
      if (introduced) return introduced;
    }
    if (definite && head) {
      // `the premier` for the premier who has the floor, not one named since in passing.
      const holder = TITLES.has(head) ? this.descriptions.holderWithTheFloor(head, m.start) : undefined;
      // `the spokesperson` after `a spokesperson for ...`; `the president` after `President X`.
      // `the Senate minority leader` is a person, never the outlet `Union Leader` named before.
      const byWord = holder ? undefined : this.c.cast.lastWithWord(head, m.start);
      // `the city` is local government named by its kind and place (`the City of Kingston`, read
      // by civicBody below), never a name that only holds the word (`the Kingston City Plan`,
      // `Edmonton City Hall`): a plan or a building does not speak.
      const byHead =
        holder ??
        (byWord &&
        ((personal && byWord.kind !== "person" && byWord.kind !== "group") ||
          notCivic(head, byWord) ||
          namesAnotherFamily(span, byWord.tokens))
          ? undefined
          : byWord);
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
      // `the minister` after `Ilse Marrow, Pellworth's Fisheries Minister,`: not the office alone, its holder.
      // Only when the description's words are the office's own: `the health minister` names another portfolio.
      const officeHolder =
        byHead && isOfficeAlone(byHead) && span.slice(1).every((w) => byHead.tokens.includes(w.key))
          ? this.descriptions.holderOfOfficeAlone(head, m.start)
          : undefined;
      if (officeHolder) return officeHolder;
      if (byHead && !(byHead.unnamed && (isBodyNoun(head) || (TITLES.has(head) && QUALIFIED.test(byHead.name))))) return byHead;
      // `the jury said` after `Jane Roe won the Acme Fiction Prize`: the prize's jury (see Bodies.juryOfPrize).
      const jury = head === "jury" && span.length === 2 ? this.bodies.juryOfPrize(m.start) : undefined;
      if (jury) return jury;
      // `the spokesperson` after `A spokesperson for the Port Authority declined to ...`.
      const met = this.descriptions.introduced(head, m.start);
      const intro = met && !namesAnotherFamily(span, met.name.toLowerCase().split(/\s+/)) ? met : undefined;
      // `BlackBerry says it will cut jobs.` then `“…,” said the company`: with no body of the
      // sort named, the body the sentence before was about, as its subject, before one met only by
      // common nouns (`In a company statement`).
      const aboutBefore = !hasName && !intro?.named && ORGANISATION_HEADS.has(head) && THE_TITLE.test(this.c.text.slice(m.start, m.end));
      if (intro) {
        // `Jane Roe, a nurse at Oakvale General, …` then `said the nurse`: a description set off
        // after a person's name is that person, not someone of its own the words would name.
        const apposed = personal ? this.descriptions.apposedTo(intro.at, head) : undefined;
        if (apposed) return apposed;
        const subjectBody = aboutBefore ? this.bodies.subjectBodyBefore(m, [head]) : undefined;
        if (subjectBody) return subjectBody;
        const member = this.c.cast.described(intro.name, kindOfDescription(head), null, intro.at);
        // `a controversial motion` … `the motion notes`: common nouns alone name no one.
        if (!intro.named) member.unnamed = true;
        return member;
      }
      // `Statistics Canada said … “…,” the agency said`: the organisation that spoke or was named just before.
      if (!hasName && ORGANISATION_HEADS.has(head)) {
        // `the employers’ group said` after the Maritime Employers Association and a union: the
        // members the description names say which body, before the last one of its sort is taken.
        const organisation =
          this.bodies.bodyOfMembers(span, m.start) ??
          this.bodies.lastOrganisationSpeaker(m.start, head) ??
          this.bodies.organisationBeforeLink(m.start, head) ??
          this.bodies.soleOrganisationForFirmNoun(head, m.start);
        if (organisation) return organisation;
      }
      // `The city of Kingston will …` then `the city said`: the one such body the text named.
      const civic = !hasName ? this.governments.civicBody(head, m.start) : undefined;
      if (civic) return civic;
      // `The Ontario government has filed an appeal.` paragraphs before `the government argues`
      // or `the province wrote`: the one government the text named by its place. Only the bare
      // noun: `the federal government` is never the province's.
      const government =
        !hasName && span.length === 2 && PROVINCIAL_HEADS.has(head)
          ? this.governments.governmentOfPlace(m.start, head === "province")
          : undefined;
      if (government) return government;
      // Nor speaking since: the body the sentence before was about (above).
      const body = aboutBefore ? this.bodies.subjectBodyBefore(m, [head]) : undefined;
      if (body) return body;
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
        !isRelationOf(span, head) &&
        !servesAnother(span, link)
      ) {
        // `integrity commissioner Jane Roe` … `the commissioner wrote`: the one introduced in that office.
        const introduced = isOffice(head) ? this.descriptions.introducedAs([head], m.start) : undefined;
        if (introduced && !holdsOtherTitle(introduced, head)) return introduced;
        // Else the person the text is about, whatever title the text gave them: one person holds
        // several offices (`Mayor Rob Ford` is `the civic leader`, `TTC Chair Jane Roe` `the councillor`).
        const member = this.relations.memberNamedOf(head, m.start);
        if (member) return member;
        // An office's holder is never a thing described by common nouns alone (`This week there
        // were reports …` read as a subject that reports): `the premier` is the person named before.
        // Offices only, where it was measured: for every description it also moves a read page's
        // quotation from no one to a person named before, a change not checked yet.
        // Never for `the judge`: a court story is about its parties (the accused, a witness, the
        // victim), whom the judge hears. A judge the text named has mostly a title or a description
        // (`Justice Jane Roe`, `Jane Roe, the provincial court judge`, read above); one named with
        // neither (`Jane Roe, who presided over the trial`) is lost: no one rather than the accused.
        // Nor one the text shows to be of the other sex than a sexed noun's (`the mother`, `the man`).
        const base = (x: CastMember) => !(isOffice(head) && isThingDescribed(x));
        const last = BENCH_HEADS.has(head) ? undefined : this.pronouns.lastPersonOfSex(m.start, nounSex(head), base);
        // Not the last person when the text gave them other roles and someone before them this
        // one (`Const. Rachel Dube …, owner Lucy Tran … the officer said`): the one it fits, or no
        // one when two were given it, or when the one reached holds the noun at another rank
        // (`assistant coach Marc Leblanc` for `the head coach`).
        const person = last
          ? holderPastLast(
              this.c,
              this.seen,
              last,
              head,
              span.slice(1).map((w) => w.key),
              (fits) => this.pronouns.lastPersonOfSex(m.start, nounSex(head), (x) => base(x) && fits(x)),
            )
          : last;
        if (last && person === null) return null;
        // Not one the text gave another office when the description is a minister's (`Premier Tom
        // Baker` is no `environment minister`): a portfolio is one office, where `the civic leader`
        // or `the councillor` may be the mayor or the chair.
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
    // Not when the description's possessive is a person's name or title (`Roe's lawyer says …`,
    // `Mayor's aide says …` heading the article, then `Jane Roe was fired …`): the one named next
    // is as likely the possessor, the lawyer's client or the aide's mayor, as the one described.
    // A place's or a body's possessive (`Halifax's mayor says …`) leaves the delayed identification.
    const possessorWord = APOSTROPHE_S.test(first.text) ? first.key.replace(APOSTROPHE_S, "") : undefined;
    if (named && !(possessorWord && (named.tokens.includes(possessorWord) || TITLES.has(possessorWord)))) return named;
    // `The law firm that represents the families issued a statement …` opening the story, then
    // `Kestrel Law, based in Moncton, said …`: a body's delayed identification, the organisation
    // that opens the next paragraph as its subject.
    const firm =
      definite && head && ORGANISATION_HEADS.has(head) && !hasName && this.roles.opensLead(m)
        ? this.bodies.bodyNamedNext(m, head)
        : undefined;
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
    // `Judge Jane Roe wrote …` in a deck, then `A judge in Millbrook says …` captioning the
    // photo: an article's opening comes back to the holder it has named with that title.
    const titled =
      INDEFINITE_OPENERS.has(first.key) && personal && isOffice(head) && this.roles.opensArticle(m.start)
        ? this.descriptions.titledBefore(head, m.start)
        : undefined;
    if (titled) return titled;
    const spokesperson = this.bodies.spokespersonFor(m, span, head);
    if (spokesperson) return spokesperson;
    // `an RPS spokesperson said` after `according to Riverton Police Service`, with no person
    // named for the role: the spokesperson's words are the body's, the one the qualifying name
    // stands for (an acronym the text spells out, as its name would). Only a body the text names
    // outside the description: `a CAPS spokesperson` alone stays the description it was. Only an
    // indefinite description: `the RPS spokesperson` is one met before (`An RPS spokesperson, Jane
    // Roe, said`). Nor when this paragraph or the next names a person for the role (`The
    // spokesperson, Jane Roe, said …`, relations.namedAs): the words are theirs, not the body's.
    const spokenFor =
      head && SPOKESPERSON_NOUNS.has(head) && hasName && INDEFINITE_OPENERS.has(first.key)
        ? this.documents.qualifierOf(m, head)
        : undefined;
    if (
      spokenFor &&
      isNamedNonPlaceBody(spokenFor) &&
      spokenFor.seen.some((at) => at < m.start || at >= m.end) &&
      !this.spokespersonNamed(m, head!)
    )
      return spokenFor;
    // `a spokesperson for the harbour patrol said` after `the Pellworth Harbour Patrol`: the body so
    // named. Not through the road `the harbour patrol said` takes (lastWithWord, above), which is
    // looser: why the two stay apart is in Bodies.spokespersonForBodyInLowerCase.
    const spokenForInLowerCase = !hasName ? this.bodies.spokespersonForBodyInLowerCase(m, span, head, link) : undefined;
    if (spokenForInLowerCase && !this.spokespersonNamed(m, head!)) return spokenForInLowerCase;
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
            span.filter((w) => isCapitalised(w.text) && !DETERMINERS.has(w.key)).map((w) => w.key),
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
    // `the Monday statement` with no issuer found: a writing is never a speaker by its own name.
    if (hasName && ownedWriting) return null;
    // `Loblaw Companies Ltd. reported …` then `the grocer said`, `Hudson's Bay is closing …` then
    // `the company said`: with no one else found, the one firm the text named (firm-descriptions.ts).
    const soleFirm = definite && head && !hasName && isFirmHead(head) ? soleFirmNamed(this.c, this.seen, m.start, head) : undefined;
    if (soleFirm) return soleFirm;
    return newlyDescribed(this.c, m, kind);
  }

  /**
   * Whether the last person named by the end of spokesperson description `m`'s paragraph, or by
   * the end of the next, is set off by its head noun (`The spokesperson, Jane Roe,`, `Jane Roe, a
   * spokesperson for …`): relations.namedAs, read from each end.
   */
  private spokespersonNamed(m: Mention, head: string): boolean {
    const paragraphs = this.c.paragraphs;
    const i = paragraphIndexAt(paragraphs, m.start);
    const ends = [paragraphs[i]!.end, paragraphs[Math.min(i + 1, paragraphs.length - 1)]!.end];
    return ends.some((end) => this.relations.namedAs(head, end) !== undefined);
  }

  /** The body a lower-case noun of its kind or sort stands for at `at` (`city`, `zoo`, `union`); see lowerCaseStaffNoun. */
  private bodyOfNoun(noun: string, at: number): CastMember | undefined {
    return CIVIC_HEADS.has(noun) ? this.governments.civicBody(noun, at) : this.bodies.soleBodyHeadedBy(noun, at);
  }

  /**
   * The named body whose phrase follows the `of` at word k, within the mention: `the government
   * of the Northwest Territories` in `the website of …`. A person, a group or a description the
   * resolver cannot name (`the letter of the law`) is none.
   */
  private bodyAfterOf(m: Mention, k: number): CastMember | undefined {
    const np = k < m.last ? npForward(this.c, k + 1) : undefined;
    if (!np || np.end > m.end || np.kind === "pronoun" || np.kind === "relative") return undefined;
    const owner = this.resolve(np);
    return owner && isNamedNonPlaceBody(owner) ? owner : undefined;
  }
}

/**
 * Whether mention m's sentence runs on from it with no full stop, question or exclamation mark
 * to end it, as a headline's line does. A module function, not a closure in resolve: keepNames
 * wraps a named closure each time the function holding it runs.
 */
function endsWithoutStop(c: Context, m: Mention): boolean {
  return !SENTENCE_STOP.test(c.text.slice(m.end, c.sentenceOf(m.start).end));
}

/**
 * Whether member x, met by a civic head's word (`the city`), is no local government named by its
 * kind and place (`the City of Kingston`): only a name that holds the word (`the Kingston City
 * Plan`, `Edmonton City Hall`). False for any other head. Hoisted out of nominalByRules, as
 * endsWithoutStop is.
 */
function notCivic(head: string, x: CastMember): boolean {
  return CIVIC_HEADS.has(head) && !(x.tokens[0] === head && x.tokens[1] === "of");
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
  return isPlace(caps.map((i) => span[i]!.key));
}

function isPluralHead(head: string | undefined): boolean {
  return !!head && (/s$/.test(head) || PLURALS_WITHOUT_S.has(head));
}

/** A noun of one who does something (`knitter`, `organizer`, `cellist`): a person. */
const AGENT_NOUN = rx.u`^\p{Ll}{3,}(?:er|or|ist|ian)$`;

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
  return isPersonNoun(head) || AGENT_NOUN.test(head.split("-").at(-1)!);
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
  return rx.u`\p{Ll}`.test(last.charAt(0));
}

/**
 * `a Ukrainian family stepped off the bus` then `the Kovalenko family told reporters`: a
 * description's own proper name (`Kovalenko`, not a place or its people) that the one met before
 * by the same noun never carried (its name's words, `tokens`) names someone by that name, so the
 * speaker is the family as the text names it, not the earlier description. Only a family: other
 * nouns' capitalised words are as often the start of a clause a mention ran into (`the Acme
 * Relief Foundation did not want to`) as a name.
 */
function namesAnotherFamily(span: readonly Word[], tokens: readonly string[]): boolean {
  if (span.at(-1)?.key !== "family") return false;
  const names = span.slice(1, -1).filter((w) => isCapitalised(w.text) && !APOSTROPHE_S.test(w.text));
  return names.length > 0 && names.every((w) => !isPlace([w.key]) && !isDemonym([w.key])) && names.some((w) => !tokens.includes(w.key));
}

/**
 * `the adviser to the premier`: an aide's description (AIDE_NOUNS, then `to` at `link`) is a
 * relation of the one served, as `the victim’s boyfriend` is: elegant variation reads no person
 * the text is about from it, who is as likely the premier the aide serves as the aide.
 */
function servesAnother(span: Word[], link: number): boolean {
  return link > 0 && span[link]!.key === "to" && AIDE_NOUNS.has(span[link - 1]!.key);
}

/**
 * The noun in lower case before `officials` that says whose officials they are (`zoo officials`,
 * `the union officials`): the description's only other word but its article. No place's or
 * people's word (`French officials`), which is capitalised; a level of government (`federal
 * officials`) passes, and bodyOfNoun finds no body by it.
 */
function lowerCaseStaffNoun(span: Word[]): string | undefined {
  const words = span[0] && DETERMINERS.has(span[0].key) ? span.slice(1) : span;
  if (words.length !== 2 || words[1]!.key !== "officials") return undefined;
  const noun = words[0]!;
  return isLowerCase(noun.text) && /^[a-z]+$/.test(noun.key) && !isDemonym([noun.key]) ? noun.key : undefined;
}
