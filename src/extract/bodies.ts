// Organisations and bodies as speakers: a body a description stands for (`the company`, `the
// band`, `police`), the one that spoke or was named before it, a force named by its place
// (`Winnipeg police`), an outlet (`the website`), the owner of a platform's page or a writing
// (`the Acme Facebook page`, `the union’s statement`), the body a joint subject or a body's
// officials or spokesperson speak for; a civic body is ./governments'. Apart
// from people's descriptions (./descriptions) because a body is known by the words of its name
// and by the organisations the text named, never by a person's titles or pronouns.
import { type CastMember, showsNoPerson } from "./actors";
import { paragraphIndexAt } from "./analysis";
import { type Antecedents, type Context, isEvidentlyPerson, mayBeBody, sentenceBefore } from "./antecedents";
import { DATELINE_TAIL, DATELINE_TAIL_MAX_CHARS } from "./clause-subjects";
import type { Governments } from "./governments";
import {
  COMPANY_SUFFIXES,
  COORDINATORS,
  DEFINITE_OPENERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FIRM_NOUNS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_WORDS,
  INDEFINITE_OPENERS,
  IT_AUXILIARIES,
  IT_COMPANY_ACTS,
  MEDIA_NOUNS,
  ORG_WORDS,
  ORGANISATION_NOUNS,
  PLATFORM_MEDIA,
  PLATFORMS,
  POLICE_FORCE_INITIALISMS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PRIZE_WORDS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  TITLES,
} from "./lexicon";
import { firmNounBefore } from "./mention-firm-nouns";
import { joined, type Mention, pluralPossessiveBefore } from "./mention-words";
import { isGivenName, isPlace } from "./names";
import { kindOfDescription, newlyDescribed } from "./newly-described";
import { THE_TITLE } from "./roles";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import { APOSTROPHE_S, isCapitalised, isLowerCase, type Range, type Word } from "./text";
import { rx } from "./unicode-regexps";

/** The nouns of a body that speaks: a government's, an organisation's, an outlet's (`the ministry`, `the union`, `the newspaper`). */
export const ORGANISATION_HEADS = new Set([...GOVERNMENT_NOUNS, ...ORGANISATION_NOUNS, ...MEDIA_NOUNS]);

/** A lower-case noun right before an opening bracket, where initials follow (`the nurses union (`): introducedAsOther. */
const NOUN_BEFORE_INITIALS = rx.u`(\p{Ll}+)\s*\($`;
/** How far around a body's first mention introducedAsOther looks for its initials in brackets. */
const INITIALS_WINDOW_CHARS = 48;
/**
 * Nouns that name one sort of body, so one body by either (`the mining company (BKR)` then `the
 * firm said`; `the transit authority (RTA)` then `the agency said`): introducedAsOther.
 */
const SAME_SORT_NOUNS: string[][] = [
  ["company", "firm", "corporation", "business", "employer"],
  ["agency", "authority", "commission"],
  ["ministry", "department"],
];
const SORT_OF_NOUN = new Map(SAME_SORT_NOUNS.flatMap((nouns) => nouns.map((n) => [n, nouns[0]!] as const)));
/** A noun's sort (SAME_SORT_NOUNS), or the noun itself. */
const sortOfNoun = (noun: string) => SORT_OF_NOUN.get(noun) ?? noun;
/**
 * Words of another government's level (`Provincial officials disagreed`): named between a body
 * and `the ministry`, they may bring in the body the other noun stands for (apartSince).
 */
const GOVERNMENT_LEVELS = ["provincial", "federal", "municipal", "territorial", "national"];
/** The words namedBetween looks for: SAME_SORT_NOUNS and GOVERNMENT_LEVELS. */
const SORT_WORDS = new Set([...SORT_OF_NOUN.keys(), ...GOVERNMENT_LEVELS]);
/** Words before which a possessor's phrase starts: `a notice on the agency’s website`. */
const POSSESSOR_STARTS = new Set(["on", "in", "from", "at", "of", "by"]);
/** Words that join a joint subject to the body it governs: `Chief and council of …`, `… in …`. */
const JOINT_SUBJECT_LINKS = new Set(["of", "in", "at"]);
/** How many quoted words a platform's owner may take: `the “Okanagan Riding Association” Facebook group`. */
const OWNER_MAX_WORDS = 5;
/** Nouns for one who speaks for a body, whose description names the body (`the NSC spokesperson`, `a NY1 representative`). */
export const SPOKESPERSON_NOUNS = new Set(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "representative"]);
/** What follows a subject whose clause goes on: a comma, or a lower-case word (`Kestrel Law said`). */
const CLAUSE_GOES_ON = rx.u`^(?:,|\s\p{Ll})`;
/**
 * Nouns that stand for a government alone (`the government says`, `the ministry said`): never a
 * firm, a team or a person the text named, however recently it spoke or opened a sentence; a
 * place or a body of government only. `the department` may be a fire or police department.
 */
const GOVERNMENT_ONLY_HEADS = new Set(["government", "ministry"]);
/** How many names of the sentence before subjectBodyBefore reads for its subject. */
const SUBJECT_BEFORE_NAMES = 6;
/** How many words back organisationBeforeLink reads for the noun's last use as a subject. */
const LINK_MAX_WORDS = 300;
/** Words after a link's noun that tie it to some other body: `The company that owns the port`. */
const LINK_QUALIFIERS = new Set(["that", "which", "who"]);
/**
 * A time's possessive opening a sentence's subject, past any dateline (its place, then what
 * afterDateline reads after it): `This year's`, `HALIFAX -- Last season’s`, `HALIFAX, N.S. – This year's`.
 */
const TIME_POSSESSIVE = new RegExp(
  `^(?:[^\\n]{0,40}?${DATELINE_TAIL.source.slice(1)})?(?:this|last|next)\\s+(?:year|season|month|week|weekend)['’]s\\s+$`,
  "iu",
);
/** Those who organise an event or a body and speak for it: `organizers said`, `festival organisers`. */
export const ORGANISER_NOUNS = new Set(["organizers", "organisers"]);
/** What organizers put on, named with its noun: `Organizers of the Acme music festival`. */
const ORGANISED_EVENTS = new Set([
  "festival",
  "fest",
  "parade",
  "concert",
  "fair",
  "carnival",
  "rodeo",
  "marathon",
  "tournament",
  "conference",
]);
/** How many words after `organizers of` the event's noun may come: `of a Millbrook summer kite and folk festival`. */
const ORGANISED_EVENT_MAX_WORDS = 6;
/** How many words of no capital may stand between the event's name and its noun: `Acme music festival`. */
const EVENT_MODIFIERS = 2;
/** What an outlet publishes (`a story on Sportsnet`), as a platform carries posts. */
const STORY_NOUNS = new Set(["story", "report", "article"]);
/** How many paragraphs back `the outlet said` looks for the outlet that spoke. */
const OUTLET_LOOKBACK_PARAGRAPHS = 3;
/** How many paragraphs back `police` looks for a force a place named (`Winnipeg police`). */
const PLACE_FORCE_PARAGRAPHS = 4;
/** Lower-case role words between an organisation's name and its spokesperson's: ` fire information officer, `. */
const ROLE_BETWEEN = rx.u`^(?:\s+\p{Ll}[\p{Ll}-]*){1,4},?\s+$`;
/** How many characters those role words may take. */
const AFFILIATION_ROLE_MAX_CHARS = 60;
/** How many of a person's mentions, from the first, are read for the body they speak for. */
const AFFILIATION_MENTIONS = 3;
/**
 * Nouns for a police force: `police`, and `the force`, by which Canadian news varies the name of
 * the service it named (`York Regional Police said …` then `“…,” the force said`).
 */
const POLICE_HEADS = new Set(["police", "force"]);
/**
 * Words of a court's business: one in or just before the paragraph of `the jury said` tells of a
 * trial's jury, no prize's. No `accused`, which a novel's plot holds as often (`a woman accused of …`).
 */
const COURT_WORDS = new Set(["trial", "trials", "court", "courtroom", "verdict", "judge", "prosecutor", "prosecutors"]);
/** Nouns by which Indigenous news calls a First Nation named before (`the community`, `the band`). */
const FIRST_NATION_NOUNS = new Set(["community", "band"]);
/** How many paragraphs back the organisation that spoke last may be for `the agency said` with no one speaking since. */
const SPEAKER_LOOKBACK_PARAGRAPHS = 4;

export class Bodies {
  /** The events the text names after `organizers of`, found once: see eventOrganised. */
  private organised: { at: number; member: CastMember }[] | undefined;
  /** Each body's introducingNoun, read once. */
  private readonly introducingNouns = new Map<CastMember, string | null>();
  /** Where each word of SAME_SORT_NOUNS and GOVERNMENT_LEVELS stands, found in one pass: apartSince. */
  private sortWordStarts: Map<string, number[]> | undefined;

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
    /** Resolves an owner's or a joint subject's name (`the Acme Facebook page`, `Acme’s statement`). */
    private readonly resolve: (m: Mention) => CastMember | null,
    /** Governments named by place, for a civic body's possessive (`the town’s notice`). */
    private readonly governments: Governments,
  ) {}

  /**
   * The owner of a platform's page or group a mention ends in (`the Acme Facebook page`, `the
   * “Acme” Facebook group`): a medium carries its owner's words and is never the speaker. The
   * owner is the capitalised words before the platform, inside the mention or quoted right
   * before it; with none, no one (null). Undefined when the mention is no such medium.
   */
  platformOwner(m: Mention): CastMember | null | undefined {
    const ws = this.c.words;
    const p = m.last - 1;
    if (p < m.first || !PLATFORM_MEDIA.has(ws[m.last]!.key) || !PLATFORMS.has(ws[p]!.key)) return undefined;
    // `Acme’s Facebook page`, `their Facebook page`: a possessor's, read as any owned writing's.
    const before = ws[p - 1];
    if (p > m.first && before && (APOSTROPHE_S.test(before.text) || POSSESSIVE_DETERMINERS.has(before.key))) return undefined;
    let o = p;
    // `the Acme Facebook page`: the owner's name runs back to the mention's article.
    while (o > m.first && isCapitalised(ws[o - 1]!.text) && !DETERMINERS.has(ws[o - 1]!.key) && !APOSTROPHE_S.test(ws[o - 1]!.text)) o--;
    if (o === p && p === m.first && /^[”"]\s+$/.test(this.c.text.slice(ws[p - 1]?.end ?? 0, ws[p]!.start))) {
      // `the “Acme” Facebook group`: a name quoted whole right before the mention, a few words long.
      while (o > 0 && p - o < OWNER_MAX_WORDS && this.c.quoted[o - 1] && isCapitalised(ws[o - 1]!.text)) o--;
      if (o === p || !/[“"]\s*$/.test(this.c.text.slice(ws[o - 1]?.end ?? 0, ws[o]!.start))) return null;
    }
    if (o === p) return null;
    return this.resolve({ start: ws[o]!.start, end: ws[p - 1]!.end, first: o, last: p - 1, kind: "name" });
  }

  /** Whether a mention is a title alone (`Chief`, `the Mayor`) followed by `and` and a lower-case noun (`and council`). */
  titleJoinedToBody(m: Mention, text: string): boolean {
    const ws = this.c.words;
    const and = ws[m.last + 1];
    const noun = ws[m.last + 2];
    // The words after first: asked of every name, nearly none of which `and` a body's noun follows.
    if (and?.key !== "and" || !noun || !isLowerCase(noun.text) || !isBodyNoun(noun.key)) return false;
    const title = (THE_TITLE.exec(text)?.[1] ?? text).toLowerCase();
    if (!TITLES.has(title)) return false;
    // Joined by spaces alone: `the mayor, and council later said` is no joint subject.
    return /^\s+$/.test(this.c.text.slice(ws[m.last]!.end, and.start)) && /^\s+$/.test(this.c.text.slice(and.end, noun.start));
  }

  /**
   * The organisation a joint subject governs, named right after it (`Chief and council of the
   * Acme Lake First Nation`, `the president and board of Acme Corp.`): they speak for it. Not a
   * place (`the mayor and council of Smallville`), which is no body that speaks.
   */
  bodyOfJointSubject(m: Mention): CastMember | undefined {
    const ws = this.c.words;
    let k = m.last + 3;
    if (!JOINT_SUBJECT_LINKS.has(ws[k]?.key ?? "")) return undefined;
    if (ws[k + 1]?.key === "the") k++;
    const next = ws[k + 1];
    if (!next) return undefined;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, next.start)];
    if (!n || n.mention.start !== next.start) return undefined;
    const member = this.seen.headOfName(firstAtOrAfter(this.seen.namesAt, next.start));
    return member.kind !== "person" && member.kind !== "group" && !isPlace(member.tokens) ? member : undefined;
  }

  /**
   * The organisation a place name read as a subject belongs to: `Toronto` in `the University of
   * Toronto said`, one name to the cast, or `Manitoba` in `the Independent Investigation Unit of
   * Manitoba (IIU) said`, two names joined by `of`.
   */
  organisationOfPlace(m: Mention): CastMember | undefined {
    const i = lastAtOrBefore(this.seen.namesAt, m.start);
    const n = this.c.names[i];
    if (!n || n.mention.end < m.end) return undefined;
    if (n.mention.start < m.start) return n.member.kind !== "person" ? n.member : undefined;
    if (n.mention.start !== m.start || !isPlace(n.member.tokens)) return undefined;
    const head = this.seen.headOfName(i);
    return head !== n.member ? head : undefined;
  }

  /**
   * The organisation of the description's sort that spoke last, in this paragraph or the one
   * before: an outlet for `the newspaper`, none for `the council`; a place (`Ottawa`) only for
   * `the government`, never for `the agency`.
   */
  lastOrganisationSpeaker(at: number, head: string): CastMember | null {
    const outlet = MEDIA_NOUNS.has(head);
    // `The Conservatives said … the party said`: a party speaks by its members' plural name too.
    const members = head === "party";
    const fits = (x: CastMember) =>
      x.kind !== "person" &&
      (x.kind !== "group" || members) &&
      (x.kind === "outlet") === outlet &&
      (head === "government" || !isPlace(x.tokens)) &&
      this.governsAsHead(x, head) &&
      !isOtherSortForFirm(head, x.tokens) &&
      !this.introducedAsOther(x, head, at);
    const from = this.seen.paragraphStart(at, 1);
    const spoke = this.seen.lastSpoke(at, from, fits);
    if (outlet) return spoke?.member ?? null;
    // `Health Canada issued a recall. “…,” the agency said`: an organisation named as a subject
    // since the last one that spoke. One named inside a phrase (`workers at Acme filed … the
    // union said`) is as often another body the description's noun sets apart.
    const named = this.seen.lastNamed(at, from, fits);
    if (named && this.isSubjectWithArticle(named.mention) && (!spoke || this.seen.tookOver(named, spoke))) return named.member;
    if (spoke) return spoke.member;
    // `The mill, owned by Acme Forest Products Ltd., will close. “…,” the company said`: with no
    // organisation speaking, one whose own name marks it of the description's sort (`Ltd.` a
    // company, `the Canada Revenue Agency` an agency), wherever it stood in its sentence.
    const sorted = this.seen.lastNamed(at, from, (x) => fits(x) && isOfSort(x.tokens, head));
    if (sorted) return sorted.member;
    // `Imperial Oil … said … “…,” the company said`: a name read as a person's for want of an
    // organisation's word, when nothing shows a person (no title, no known given name); one word
    // too (`Domtar said … the company said`): a person the text named by a surname alone was
    // named in full first, and is known by that name.
    // Never `the government`'s (governsAsHead): `Shaw said … the government said` is no firm's.
    const unknown = (x: CastMember) => x.kind === "person" && showsNoPerson(x) && this.governsAsHead(x, head);
    const spokeUnknown = this.seen.lastSpoke(at, from, unknown)?.member;
    if (spokeUnknown) return spokeUnknown;
    // `Acme Power spokesman Sean Roe said …` then `Roe said …` and `“…,” the utility said`: the
    // organisation the person who spoke last was introduced as speaking for, its name right
    // before theirs. A name read as a person's (`Acme Power`, no word of an organisation's) only
    // when nothing shows a person and the role is a spokesperson's: `Republican poll leader Jane
    // Roe` speaks for no body a later `the board` is. Never a place (`Halifax resident Jane Roe`).
    const person = this.seen.lastSpoke(at, from, (x) => x.kind === "person" && isEvidentlyPerson(x))?.member;
    if (!person) return this.organisationThatSpokeBefore(at, fits);
    const body = (x: CastMember, seen: number) => {
      const spokesperson = SPOKESPERSON_NOUNS.has(this.c.words[this.seen.wordBefore(seen)]?.key ?? "");
      return !x.unnamed && (fits(x) || (spokesperson && unknown(x))) && !isPlace(x.tokens) && x !== person;
    };
    return affiliationOfSpeaker(this.c, this.seen, person, at, body) ?? null;
  }

  /**
   * `“…,” said Parks Canada.` then two paragraphs of narration (`Rescuers reached the scene …`)
   * and `“…,” said the agency`: the organisation that spoke a few paragraphs back
   * (SPEAKER_LOOKBACK_PARAGRAPHS), when no one has spoken since, a person or another body, and
   * no other organisation the description may stand for was named since.
   */
  private organisationThatSpokeBefore(at: number, fits: (x: CastMember) => boolean): CastMember | null {
    const spoke = this.seen.lastSpoke(at, this.seen.paragraphStart(at, SPEAKER_LOOKBACK_PARAGRAPHS), () => true);
    if (!spoke || !fits(spoke.member)) return null;
    const since = this.seen.lastNamed(at, spoke.at + 1, (x) => x !== spoke.member && fits(x));
    return since ? null : spoke.member;
  }

  /**
   * Whether `x` may be the body a description whose head is `head` stands for, as far as its
   * being a government goes (GOVERNMENT_ONLY_HEADS): a government by its name, or a body the
   * text brought in by its initials after a noun of the head's sort (`The provincial health
   * department (PHD)` is `the ministry`).
   */
  private governsAsHead(x: CastMember, head: string): boolean {
    if (!GOVERNMENT_ONLY_HEADS.has(head) || x.kind === "government") return true;
    const noun = this.introducingNoun(x);
    return noun !== null && sortOfNoun(noun) === sortOfNoun(head);
  }

  /**
   * Whether the text brought a body in by its initials after another sort of organisation's noun
   * than `head` (`the nurses union (NUC)` when `the board` is asked): a speaker's union is not the
   * board that employs them, however recently the union's spokesperson spoke. Nouns of one sort
   * name the same body (`the mining company (BKR)` is `the firm`; SAME_SORT_NOUNS).
   */
  private introducedAsOther(x: CastMember, head: string, at?: number): boolean {
    // `The bank Desjardins …` is no `the retailer`: a firm's own trade other than the one asked.
    const trade = this.firmNounOf(x);
    if (trade && trade !== head && FIRM_NOUNS.has(head) && !COMPANY_HEADS.has(head) && !COMPANY_HEADS.has(trade)) return true;
    const noun = this.introducingNoun(x);
    if (noun === null || noun === head) return false;
    if (sortOfNoun(noun) !== sortOfNoun(head)) return true;
    // Of one sort but another noun: not when `head` itself, or another government's level, was
    // named since (`hired Dunmore, a consulting firm` … `the firm said`; `Provincial officials`
    // … `the ministry said`): that may be the body the noun stands for.
    const from = x.seen[0];
    return (
      at !== undefined &&
      from !== undefined &&
      (this.namedBetween(head, from, at) || GOVERNMENT_LEVELS.some((l) => this.namedBetween(l, from, at)))
    );
  }

  /** Whether the word `key` (one of SAME_SORT_NOUNS or GOVERNMENT_LEVELS) stands after offset `from` and before `at`. */
  private namedBetween(key: string, from: number, at: number): boolean {
    if (!this.sortWordStarts) {
      const starts = new Map<string, number[]>();
      for (const w of this.c.words) {
        if (!SORT_WORDS.has(w.key)) continue;
        const list = starts.get(w.key);
        if (list) list.push(w.start);
        else starts.set(w.key, [w.start]);
      }
      this.c.work.add(this.c.words.length);
      this.sortWordStarts = starts;
    }
    const starts = this.sortWordStarts.get(key);
    if (!starts) return false;
    this.c.work.add();
    const next = firstAtOrAfter(starts, from + 1);
    return next < starts.length && starts[next]! < at;
  }

  /**
   * The firm's noun joined to `x`'s first mention, one word named (`bank` of `the bank Desjardins`,
   * `Retailer Sears`; see mention-firm-nouns.ts), or undefined.
   */
  private firmNounOf(x: CastMember): string | undefined {
    if (x.tokens.length !== 1 || x.seen.length === 0) return undefined;
    const i = this.seen.wordFrom(x.seen[0]!);
    const ws = this.c.words;
    if (ws[i]?.key !== x.tokens[0]) return FIRM_NOUNS.has(ws[i]?.key ?? "") && ws[i + 1]?.key === x.tokens[0] ? ws[i]!.key : undefined;
    const noun = firmNounBefore(this.c, { first: i, last: i });
    return noun === i - 1 ? ws[noun]!.key : undefined;
  }

  /**
   * The organisation's noun before the initials in brackets that first brought `x` in (`the
   * nurses union (NUC)`: `union`), or null. Read once per body: every look-up for `the board`
   * asks it of each body it passes, and a window read each time grew with the bodies named
   * before in the paragraph.
   */
  private introducingNoun(x: CastMember): string | null {
    const known = this.introducingNouns.get(x);
    if (known !== undefined) return known;
    const at = x.seen[0];
    let noun: string | null = null;
    if (at !== undefined) {
      // The first mention may open on the description itself (`The nurses union (NUC)`): a bounded window around it.
      const window = this.c.text.slice(Math.max(0, at - INITIALS_WINDOW_CHARS), at + INITIALS_WINDOW_CHARS);
      this.c.work.add(window.length);
      const bracket = window.indexOf(`(${x.name})`);
      const found = bracket < 0 ? undefined : NOUN_BEFORE_INITIALS.exec(window.slice(0, bracket + 1))?.[1]?.toLowerCase();
      if (found !== undefined && ORGANISATION_HEADS.has(found)) noun = found;
    }
    this.introducingNouns.set(x, noun);
    return noun;
  }

  /**
   * `“…,” Acme Rail said.` then `The company cast its notice as a last resort.` and, in the
   * paragraph after, `“…,” the company said`: news carries a body on by its noun alone from one
   * sentence to the next, so a description the speaker window of lastOrganisationSpeaker no
   * longer reaches from `at` is the body the same noun stood for where it last opened a sentence
   * as its subject, in this paragraph or the one before: the organisation that spoke or was named
   * before that link, when no other body is named between the link and `at`. One link only.
   */
  organisationBeforeLink(at: number, head: string): CastMember | null {
    const ws = this.c.words;
    const from = this.seen.paragraphStart(at, 1);
    let link: Word | undefined;
    for (let i = this.seen.wordBefore(at), looked = 0; i > 0 && ws[i]!.start >= from && looked < LINK_MAX_WORDS; i--, looked++) {
      this.c.work.add();
      const w = ws[i]!;
      const the = ws[i - 1]!;
      if (w.key !== head || the.key !== "the" || this.c.quoted[i] || !joined(this.c.text, the, w)) continue;
      // Only `The company` opening its sentence, its subject: an object (`hit the company`) may be another's.
      if (this.c.sentenceOf(the.start).start !== the.start || the.start >= this.c.sentenceOf(at).start) return null;
      // `The company that owns the port`, `The company in Pellston`: the noun is pinned to
      // another body by what follows it, no carrying on of the one before.
      const next = ws[i + 1]?.key ?? "";
      if (LINK_QUALIFIERS.has(next) || PREPOSITIONS.has(next)) return null;
      link = the;
      break;
    }
    if (!link) return null;
    const body = this.lastOrganisationSpeaker(link.start, head);
    // The body's own name, or its words, in the sentence right before the link: a sentence
    // between (`Its biggest client is a grain shipper. The company moves …`) may bring in
    // another body the noun stands for, named only by common nouns the cast does not hold.
    const before = sentenceBefore(this.c, link.start);
    if (!body || !before) return null;
    const own = (x: CastMember) => x === body;
    if (!this.seen.lastNamed(before.end, before.start, own) && !this.seen.lastSpoke(before.end, before.start, own)) return null;
    const other = this.seen.lastNamed(at, link.start, (x) => x !== body && x.kind !== "person" && !isPlace(x.tokens));
    return other ? null : body;
  }

  /** The last outlet that spoke within a few paragraphs before `at`. */
  lastOutletSpeaker(at: number): CastMember | undefined {
    return this.seen.lastSpoke(at, this.seen.paragraphStart(at, OUTLET_LOOKBACK_PARAGRAPHS), (x) => x.kind === "outlet")?.member;
  }

  /** Whether a name is a subject, with `the` before it: `The Canadian Cancer Society released …`. */
  private isSubjectWithArticle(m: Mention): boolean {
    // `The retailer Sears plans`, `Telecom giant Rogers plans`: a firm's noun before the name opens its phrase.
    const noun = firmNounBefore(this.c, m);
    if (noun !== undefined) m = { ...m, start: this.c.words[noun]!.start, first: noun };
    const article = this.c.words[m.first - 1];
    if (article?.key !== "the" || !joined(this.c.text, article, this.c.words[m.first]!)) return this.seen.isSubject(m);
    return this.seen.isSubject({ ...m, start: article.start, first: m.first - 1 });
  }

  /**
   * The organisation a description of a body by common nouns alone stands for, when nothing
   * nearer resolved it: the last organisation named with the description's head among its words
   * (`Hamilton police` for `police`), else the last named as the subject of its clause in this
   * paragraph or the two before (`where the Redwillow Cree Nation will explain …` for `the band`),
   * else the last named in its own paragraph.
   * A place is a government's seat, no body of this kind; a person is none.
   */
  namedBody(head: string, at: number): CastMember | undefined {
    const body = isNamedNonPlaceBody;
    const byWord = this.lastForce(head, at, body) ?? this.c.cast.lastNamedWithWord(head, at);
    if (byWord && body(byWord)) return byWord;
    const force = POLICE_HEADS.has(head) ? this.placeForce(at) : undefined;
    if (force) return force;
    // `The chief of the Acme Cree Nation says …` then `The community has asked …`: in Indigenous
    // news the community or the band is the First Nation the text named, wherever it stood.
    const nation = FIRST_NATION_NOUNS.has(head) ? this.c.cast.lastNamedWithWord("nation", at) : undefined;
    if (nation && body(nation)) return nation;
    // A government's body (`police`, `the ministry`, `the force` read as `police`) is one of
    // government, never `the Riverside Hawks`; the press (`the outlet`) is an outlet.
    const government = GOVERNMENT_WORDS.has(head) || POLICE_HEADS.has(head);
    const outlet = MEDIA_NOUNS.has(head);
    // Nor a body whose name gives it another sort than a firm's noun's (`the Canadian Transportation
    // Agency` is no `the airline`), or a company's where no company is meant (`the union`).
    const sorted = (x: CastMember) => !isOtherSortForFirm(head, x.tokens) && !isCompanyForOtherSort(head, x.tokens);
    const fits = (x: CastMember) =>
      body(x) &&
      (!government || x.kind === "government") &&
      (!outlet || x.kind === "outlet") &&
      sorted(x) &&
      !this.introducedAsOther(x, head, at);
    const subject = this.seen.lastNamed(
      at,
      this.seen.paragraphStart(at, 2),
      fits,
      false,
      (n) => this.isSubjectWithArticle(n.mention) || this.beforeItsVerb(n.mention),
    );
    if (subject) return subject.member;
    // `…, according to the National Florists Association. … the group says`: one named in its own
    // paragraph, not as a modifier of the noun after it (`the State of the Union address`), nor
    // an outlet that only reported (`told the Gazette`) for another body's noun.
    const named = (x: CastMember) => fits(x) && (outlet || x.kind !== "outlet");
    return this.seen.lastNamed(at, this.seen.paragraphStart(at, 0), named, false, (n) => !this.beforeANoun(n.mention))?.member;
  }

  /**
   * Whether a lower-case word other than an auxiliary, a preposition or a conjunction follows a
   * name, which then qualifies the noun it is (`the State of the Union address`).
   */
  private beforeANoun(m: Mention): boolean {
    const next = this.c.words[m.last + 1];
    if (!next || !isLowerCase(next.text) || !joined(this.c.text, this.c.words[m.last]!, next)) return false;
    return !SUBJECT_VERB_FILLERS.has(next.key) && !PREPOSITIONS.has(next.key) && !COORDINATORS.has(next.key);
  }

  /**
   * Whether an auxiliary follows a name (`where the Acme Union will explain`): the name is its
   * clause's subject, unless a preposition's object or a second in a pair (`The closing of Acme
   * and Apex was`), where the phrase that holds it is.
   */
  private beforeItsVerb(m: Mention): boolean {
    const ws = this.c.words;
    const before = ws[m.first - 1]?.key === "the" ? ws[m.first - 2] : ws[m.first - 1];
    if (before && (PREPOSITIONS.has(before.key) || COORDINATORS.has(before.key))) return false;
    const next = this.c.words[m.last + 1];
    return !!next && isLowerCase(next.text) && SUBJECT_VERB_FILLERS.has(next.key) && joined(this.c.text, this.c.words[m.last]!, next);
  }

  /**
   * For `police` or `the force`, a force the text named by its initialism (`B.C. RCMP`) more
   * lately than any body named with `police` among its words; undefined otherwise. Only a body
   * counts (not `RCMP Commissioner Jane Roe`, filed under her office's words).
   */
  private lastForce(head: string, at: number, body: (x: CastMember) => boolean): CastMember | undefined {
    if (!POLICE_HEADS.has(head)) return undefined;
    let best: CastMember | undefined;
    let bestAt = -1;
    for (const word of ["police", ...POLICE_FORCE_INITIALISMS]) {
      const x = this.c.cast.lastNamedWithWord(word, at);
      const seen = x ? lastAtOrBefore(x.seen, at - 1) : -1;
      if (x && body(x) && seen >= 0 && x.seen[seen]! > bestAt) {
        best = x;
        bestAt = x.seen[seen]!;
      }
    }
    return best;
  }

  /**
   * For `police` or `the force`, a force the text named by a place before the word but never as a
   * speaker (`Winnipeg police have identified …`, `a standoff with Winnipeg police`), within a few
   * paragraphs back: the force of that place, as `Winnipeg police said` would have named it.
   * Not a place before `police` qualifying another noun (`a Winnipeg police officer`).
   */
  private placeForce(at: number): CastMember | undefined {
    const ws = this.c.words;
    const from = this.seen.paragraphStart(at, PLACE_FORCE_PARAGRAPHS);
    for (let b = lastAtOrBefore(this.seen.namesAt, at - 1); b >= 0; b--) {
      this.c.work.add();
      const n = this.c.names[b]!;
      if (n.mention.start < from) return undefined;
      const police = ws[n.mention.last + 1];
      if (police?.key !== "police" || this.c.quoted[n.mention.last + 1] || !joined(this.c.text, ws[n.mention.last]!, police)) continue;
      if (!isPlace(n.member.tokens)) continue;
      const next = ws[n.mention.last + 2];
      const heads =
        !next || !joined(this.c.text, police, next) || FUNCTION_WORDS.has(next.key) || SPEECH_VERBS.has(next.key) || /ed$/.test(next.key);
      if (!heads) continue;
      const mention: Mention = {
        start: n.mention.start,
        end: police.end,
        first: n.mention.first,
        last: n.mention.last + 1,
        kind: "nominal",
      };
      return newlyDescribed(this.c, mention, kindOfDescription("police"));
    }
    return undefined;
  }

  /**
   * The one organisation named before `at` whose name holds a word of a description by common
   * nouns (`Interior Health` for `the health authority`, `the Public Service Union` for `the
   * union`), within MAX_ANTECEDENTS names: a body's description varies its name. With two such
   * bodies named, which one it is the text does not say. Never a place, a person or a group.
   */
  soleBodyOfSort(span: Word[], at: number): CastMember | undefined {
    // The words qualifying the head: `the union` says no more than lastWithWord reads. Not a body's
    // own noun (`the bank board` is the bank's board, no bank), nor a possessor's (`the bank’s board`).
    const words = span
      .slice(0, -1)
      .filter((w) => isLowerCase(w.text) && !FUNCTION_WORDS.has(w.key) && !DETERMINERS.has(w.key) && !ORGANISATION_HEADS.has(w.key))
      .filter((w) => !APOSTROPHE_S.test(w.text))
      .map((w) => w.key);
    if (words.length === 0) return undefined;
    return this.soleBody(at, (tokens) => words.some((w) => tokens.includes(w)));
  }

  /**
   * `the employers’ group`, `the nurses’ union`: the one organisation named before `at` whose name
   * holds the members a plural possessive in the description names (`Maritime Employers
   * Association`), else undefined. Only a plural's apostrophe before the next word, in lower case.
   */
  bodyOfMembers(span: Word[], at: number): CastMember | undefined {
    const i = span.findIndex((w, k) => k + 1 < span.length && isLowerCase(w.text) && pluralPossessiveBefore(this.c.text, w, span[k + 1]!));
    if (i < 0) return undefined;
    const members = span[i]!.key;
    return this.soleBody(at, (tokens) => tokens.includes(members));
  }

  /**
   * `Flair Airlines planes were seized.` then, past people quoted and paragraphs on, `the airline
   * said`: for a firm's noun (FIRM_NOUNS), the one organisation the text named before `at`
   * (within MAX_ANTECEDENTS names), when no other is named there, and its name gives it no other
   * sort (`Western University` is no `the association`; a union is no company). Named by two
   * words or more: one word may be what is left of a longer name misread (`Rail` of `Via Rail`),
   * and leaves the description no one's. A name read as a person's is neither taken nor counted
   * (a firm so read is soleFirmNamed's to find, which asks for a firm's evidence).
   */
  soleOrganisationForFirmNoun(head: string, at: number): CastMember | undefined {
    if (!FIRM_NOUNS.has(head)) return undefined;
    const sole = this.seen.soleNamed(at, ({ member: x }) => {
      if (x.unnamed || x.kind === "person" || x.kind === "group" || x.kind === "outlet" || isPlace(x.tokens)) return false;
      if (x.tokens.length < 2) return "veto";
      return !x.tokens.some((t) => ORGANISATION_HEADS.has(t) && sortOfNoun(t) !== sortOfNoun(head));
    });
    return sole === undefined ? undefined : this.c.names[sole]!.member;
  }

  /**
   * The one name before `at`, within MAX_ANTECEDENTS names, whose head is `noun`: its last word
   * (`the Calgary Zoo` for `zoo`) or its first before `of` (`the University of Ridge` for
   * `university`). A body, though read as a person's name for want of an organisation's word,
   * unless something shows a person (showsNoPerson: a title, a known sex, a given name first).
   * Never a place, a group or a body known only by a noun.
   */
  soleBodyHeadedBy(noun: string, at: number): CastMember | undefined {
    const sole = this.seen.soleNamed(at, ({ member }) => {
      const { tokens } = member;
      // Not two names the reading joined (`the University of Ridge and Lakehead Polytechnic`).
      const headed = !tokens.includes("and") && (tokens.at(-1) === noun || (tokens[0] === noun && tokens[1] === "of"));
      if (!headed || member.kind === "group" || member.unnamed || isPlace(tokens)) return false;
      return member.kind !== "person" || showsNoPerson(member);
    });
    return sole === undefined ? undefined : this.c.names[sole]!.member;
  }

  /**
   * The one organisation named before `at`, within MAX_ANTECEDENTS names, whose tokens `fits`
   * accepts; none when two are. Never a place, a person, a group or a body known only by a noun.
   */
  private soleBody(at: number, fits: (tokens: string[]) => boolean): CastMember | undefined {
    const sole = this.seen.soleNamed(at, ({ member }) => {
      if (member.kind === "person" || member.kind === "group" || member.unnamed || isPlace(member.tokens)) return false;
      return fits(member.tokens);
    });
    return sole === undefined ? undefined : this.c.names[sole]!.member;
  }

  /**
   * `Jane Roe won the Acme Fiction Prize.` then `“…,” read the jury’s citation`: a prize's jury
   * speaks for the prize, as Canadian news's gold names it (`Acme Fiction Prize jury`). The prize
   * is the one the text named before `at` (a name ending in PRIZE_WORDS: `Prize`, `Award`, …), within
   * MAX_ANTECEDENTS names, counting as one a name that holds another (`the Ontario Acme Book
   * Award` after `the Acme Book Award`); none when it named two, or none, or when a word of a
   * court's business comes before `at` in its paragraph or the one before (COURT_WORDS): a trial's
   * jury is no prize's, though the accused or a witness once won one (`Roe, who won the Acme
   * Fiction Prize, is on trial`).
   */
  juryOfPrize(at: number): CastMember | undefined {
    let prize: CastMember | undefined;
    const ok = this.seen.soleNamed(at, ({ member }) => {
      if (member.unnamed || !PRIZE_WORDS.has(member.tokens.at(-1) ?? "")) return false;
      if (!prize) {
        prize = member;
        return true;
      }
      const [a, b] = [prize.tokens.join(" "), member.tokens.join(" ")];
      // A name that holds the other (`Ontario Acme Book Award`) is the same prize: no second one.
      return !(a.endsWith(b) || b.endsWith(a));
    });
    if (ok === undefined || !prize) return undefined;
    const ws = this.c.words;
    for (let i = this.seen.wordFrom(this.seen.paragraphStart(at, 1)); i < ws.length && ws[i]!.start < at; i++) {
      this.c.work.add();
      if (COURT_WORDS.has(ws[i]!.key)) return undefined;
    }
    return this.c.cast.described(`${prize.name} jury`, "institution", null, at);
  }

  /**
   * The owner named by a possessive before a writing's head noun: `the union’s statement`,
   * `Acme’s Twitter account`, `a notice on the agency’s website`. The possessor's phrase runs
   * back to the mention's start or to the preposition before it (`on the agency’s`).
   */
  possessorOf(m: Mention, head: string): CastMember | null | undefined {
    const ws = this.c.words;
    let p = m.last;
    while (p > m.first && ws[p]!.key !== head) p--;
    while (p > m.first && !APOSTROPHE_S.test(ws[p]!.text)) p--;
    if (p <= m.first && !APOSTROPHE_S.test(ws[p]!.text)) return undefined;
    let first = p;
    while (first > m.first && !POSSESSOR_STARTS.has(ws[first - 1]!.key)) first--;
    const end = ws[p]!.end - 2;
    const owner: Mention = { start: ws[first]!.start, end, first, last: p, kind: isCapitalised(ws[p]!.text) ? "name" : "nominal" };
    if (owner.kind === "name") return this.seen.nameEndingAt(end) ?? this.resolve(owner);
    if (!DEFINITE_OPENERS.has(ws[first]!.key)) return undefined;
    // `the union’s account`: the member known by that noun, else the union met for the first
    // time, not whichever organisation spoke last (the company the union is at odds with).
    const key = ws[p]!.key;
    const known = this.c.cast.lastWithWord(key, m.start);
    if (known && !(known.unnamed && isBodyNoun(key))) return known;
    // `the town’s website read` or `the town’s notice` after `the Town of Smallville`: the one
    // such local government the text named by its kind and place, as `the town said` finds it
    // (./governments).
    const civic = this.governments.civicBody(key, m.start);
    if (civic) return civic;
    // `The law firm … issued a statement.` then `Patterson Law said …` and `the law firm’s
    // statement said`: a body known only by that noun may be the organisation the text has named
    // since, as for `the firm said` (nominal, below); never a person known by a given name
    // (`Corey Lewandowski … the campaign’s statement`).
    const named = known && ORGANISATION_HEADS.has(key) ? this.lastOrganisationSpeaker(m.start, key) : null;
    const body = named && (named.kind !== "person" || !isGivenName(named.tokens[0] ?? "")) ? named : null;
    if (body ?? known) return body ?? known;
    // `the jury’s citation` after `Jane Roe won the Acme Fiction Prize`: the prize's jury (juryOfPrize).
    const jury = key === "jury" ? this.juryOfPrize(m.start) : undefined;
    if (jury) return jury;
    // `Acme Mining Inc. plans a mine.` then `the company’s report concluded`: with no body known by
    // the noun yet, the one body named before whose own name marks it of that sort (isOfSort),
    // rather than a company met for the first time, which names no one and which a later `the
    // company said` would find by its noun.
    return this.soleBody(m.start, (tokens) => isOfSort(tokens, key)) ?? newlyDescribed(this.c, owner, kindOfDescription(key));
  }

  /**
   * The event that `organizers` (no name of their own) speak for: the one the text named after
   * `organizers of`, in this mention's phrase or the last such phrase before it (`Organizers of
   * the Acme music festival say …` then `“…,” organizers said`). One pass over the words (an
   * ORGANISER_NOUNS word, then an unquoted `of` joined to it), its matches kept.
   */
  eventOrganised(m: Mention): CastMember | undefined {
    if (!this.organised) {
      const ws = this.c.words;
      this.c.work.add(ws.length);
      this.organised = [];
      for (let i = 0; i + 1 < ws.length; i++) {
        if (!ORGANISER_NOUNS.has(ws[i]!.key)) continue;
        const noun = ws[i]!;
        const of = ws[i + 1]!;
        if (of.key !== "of" || this.c.quoted[i + 1] || !joined(this.c.text, noun, of)) continue;
        const member = this.eventAfter(i + 1);
        if (member) this.organised.push({ at: noun.start, member });
      }
    }
    let found: CastMember | undefined;
    for (const x of this.organised) {
      if (x.at > m.start) break;
      found = x.member;
    }
    return found;
  }

  /**
   * The event named within a few words after `of` at word k: a name right before the event's noun,
   * past a word or two of no capital (`the Acme music festival`), or, when that is a place's or
   * none, right after it (`an Ontario electronic music festival Acme Fest`). Never a place.
   */
  private eventAfter(k: number): CastMember | undefined {
    const ws = this.c.words;
    const end = this.c.sentenceOf(ws[k]!.start).end;
    for (let e = k + 1; e <= k + ORGANISED_EVENT_MAX_WORDS && ws[e] && ws[e]!.start < end && !this.c.quoted[e]; e++) {
      if (!ORGANISED_EVENTS.has(ws[e]!.key) || !isLowerCase(ws[e]!.text)) continue;
      let b = e - 1;
      while (b > k && e - 1 - b < EVENT_MODIFIERS && isLowerCase(ws[b]!.text) && !DETERMINERS.has(ws[b]!.key)) b--;
      const before = b > k ? this.seen.nameEndingAt(ws[b]!.end) : undefined;
      if (before && !before.unnamed && !isPlace(before.tokens)) return before;
      const i = firstAtOrAfter(this.seen.namesAt, ws[e]!.end);
      const after = this.c.names[i];
      const next = ws[e + 1];
      if (!after || !next || after.mention.start !== next.start || this.c.quoted[e + 1]) return undefined;
      const member = this.seen.headOfName(i);
      return member.unnamed || isPlace(member.tokens) ? undefined : member;
    }
    return undefined;
  }

  /**
   * The name after `a story on` earlier in the mention's sentence (`In a story on Sportsnet, the
   * website reported`): the outlet whose own the website is.
   */
  siteNamedBefore(m: Mention): CastMember | undefined {
    const ws = this.c.words;
    const b = lastAtOrBefore(this.seen.namesAt, m.start - 1);
    const n = this.c.names[b];
    if (!n || n.mention.start < this.c.sentenceOf(m.start).start || n.mention.kind !== "name") return undefined;
    const on = ws[n.mention.first - 1];
    // `Sportsnet`, one word known as no one's given name, is read as a person for want of an outlet's word.
    const outlet = n.member.kind !== "person" || !isEvidentlyPerson(n.member);
    // A story's outlet (`a story on Sportsnet`), not a post's platform (`a post on Facebook`).
    const story = STORY_NOUNS.has(ws[n.mention.first - 2]?.key ?? "");
    return on?.key === "on" && story && !this.c.quoted[n.mention.first - 1] && outlet ? n.member : undefined;
  }

  /**
   * The body a description of a body (`the company`, `festival organizers`) stands for when
   * nothing before resolved it: the name that is the subject of the sentence right before the
   * description's (`BlackBerry says it will cut jobs. “…,” said the company`), the body that did
   * or announced what the description's sentence reports. Never a person by evidence (two words,
   * a title, a known sex), but for `the company`: two words nothing else shows a person's
   * (showsNoPerson) that the sentence calls `it` (`Brenvo Lustrik says it …`); never a group or a place; nor a body whose own name gives it another body's
   * noun than the description's words (`the Canada Revenue Agency` is no `the company`). A
   * writing's issuer (no `words`) may be a body of any sort. A sentence before whose subject is
   * those who organise, unnamed (`Organizers made the announcement online.`), passes the look-up
   * on to the sentence before it, once.
   */
  subjectBodyBefore(m: Mention, words?: string[]): CastMember | undefined {
    let at = m.start;
    for (let hop = 0; hop < 2; hop++) {
      const before = sentenceBefore(this.c, this.c.sentenceOf(at).start);
      if (!before) return undefined;
      const subject = this.subjectOf(before, m.start, words);
      if (subject !== undefined) return subject ?? undefined;
      if (!ORGANISER_NOUNS.has(this.c.words[this.seen.wordFrom(before.start)]?.key ?? "")) return undefined;
      at = before.start;
    }
    return undefined;
  }

  /**
   * Whether an unquoted `its` follows word k in its sentence, which ends at `end`, or an `it` that
   * a company's act follows (`says it is short of stock`, `said it will close the plant`): not the
   * `it` of `it will take years`, `it is too late`, which a person says as often.
   */
  private itAfter(k: number, end: number): boolean {
    const ws = this.c.words;
    for (let j = k + 1; ws[j] && ws[j]!.start < end; j++) {
      this.c.work.add();
      if (this.c.quoted[j] || !IT_WORDS.has(ws[j]!.key)) continue;
      if (ws[j]!.key === "its") return true;
      // `it will soon close`; `it's short` (the `'s` is glued to `it`, whose key drops it).
      let verb = j + 1;
      while (IT_AUXILIARIES.has(ws[verb]?.key ?? "")) verb++;
      if (IT_COMPANY_ACTS.has(ws[verb]?.key ?? "")) return true;
    }
    return false;
  }

  /**
   * The body a sentence's first name read as a subject stands for (see subjectBodyBefore), for
   * the description at `at`; null when that name is no such body, undefined when no name reads as
   * the subject.
   */
  private subjectOf(sentence: Range, at: number, words?: string[]): CastMember | null | undefined {
    for (let i = firstAtOrAfter(this.seen.namesAt, sentence.start), looked = 0; looked < SUBJECT_BEFORE_NAMES; i++, looked++) {
      this.c.work.add();
      const n = this.c.names[i];
      if (!n || n.mention.start >= sentence.end) return undefined;
      // `This year's Acme Folk Festival has been cancelled`: a time's possessive opens the subject.
      const timed = TIME_POSSESSIVE.test(this.c.text.slice(sentence.start, n.mention.start));
      // A dateline's place (`HALIFAX --`, `HALIFAX, N.S. –`) is no subject: what follows it is read as afterDateline reads it.
      const dateline = DATELINE_TAIL.test(this.c.text.slice(n.mention.end, n.mention.end + DATELINE_TAIL_MAX_CHARS));
      if (this.c.quoted[n.mention.first] || dateline || !(timed || this.isSubjectWithArticle(n.mention))) continue;
      const x = n.member;
      // `The nurses union (NUC) spokesperson …` before `The board said`: brought in as another sort of body.
      const otherNoun =
        !!words &&
        (x.tokens.some((t) => ORGANISATION_HEADS.has(t) && !words.includes(t)) ||
          (words.length > 0 && words.every((w) => this.introducedAsOther(x, w, at))));
      // `Brenvo Lustrik says it is short of stock.` then `a statement from the company`: a name of
      // two words that nothing shows a person's (showsNoPerson: no title, no sex known, no given
      // name first) and that its own sentence calls `it` is a company's, as `the company` says.
      const company =
        !!words &&
        words.some(isCompanyHead) &&
        x.kind === "person" &&
        x.tokens.length === 2 &&
        showsNoPerson(x) &&
        this.itAfter(n.mention.last, sentence.end);
      // `Shaw's wireless business will be sold.` then `the government says`: a firm is no government.
      const governs = !words || words.every((w) => this.governsAsHead(x, w));
      const body = !x.unnamed && !isPlace(x.tokens) && (mayBeBody(x) || company) && governs;
      // A lone capitalised word opening its sentence, met nowhere else (`Carrying placards, the
      // crowd …`), is as often no name at all.
      const lone = n.mention.first === n.mention.last && n.mention.start === sentence.start && x.seen.length < 2;
      // The first subject only: a body named as a later clause's subject did not announce it.
      return body && !otherNoun && !lone ? x : null;
    }
    return undefined;
  }

  /**
   * The name opening the paragraph after the mention's, as the subject of its sentence, when it is
   * no person known by a given name: `Kestrel Law, based in Moncton, said …`.
   */
  bodyNamedNext(m: Mention, head?: string): CastMember | undefined {
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, this.c.sentenceOf(m.start).end)];
    if (!n || n.member.unnamed || (n.member.kind === "person" && isGivenName(n.member.tokens[0] ?? ""))) return undefined;
    // `The union says …` then `Acme Ltd. said …`: a company is no union, but another party.
    if (head && isCompanyForOtherSort(head, n.member.tokens)) return undefined;
    if (n.member.kind === "group" || isPlace(n.member.tokens)) return undefined;
    const p = paragraphIndexAt(this.c.paragraphs, n.mention.start);
    if (p !== paragraphIndexAt(this.c.paragraphs, m.start) + 1 || this.c.paragraphs[p]!.start !== n.mention.start) return undefined;
    // A comma or a verb after it (`Kestrel Law said`), not a label standing alone (`FULL TEXT.`).
    const after = this.c.text.slice(n.mention.end, n.mention.end + 2);
    return CLAUSE_GOES_ON.test(after) && this.seen.isSubject(n.mention) ? n.member : undefined;
  }

  /**
   * The organisation whose name, met before, stands right before a staff noun as its last word
   * (`ASIRT officials`, `the Ontario Health officials`): the body they speak for.
   */
  bodyOfStaff(span: Word[], m: Mention): CastMember | undefined {
    const i = span.findIndex((w) => w.key === "officials");
    const before = span[i - 1];
    if (i < 1 || !before || !isCapitalised(before.text) || APOSTROPHE_S.test(before.text)) return undefined;
    const member = this.seen.nameEndingAt(before.end);
    // `B.C. officials`: a place's, however it was read, names no one.
    if (member && member.seen[0]! < m.start && (member.kind === "institution" || member.kind === "government") && !isPlace(member.tokens))
      return member;
    // `Horizon officials` after `Horizon Health Network`: the one body named before whose name
    // the word opens. Not a place's word (`Ottawa officials` are not the Ottawa Police Service's).
    if (isPlace([before.key])) return undefined;
    return this.soleBody(m.start, (tokens) => tokens.length > 1 && tokens[0] === before.key);
  }

  /**
   * `According to Acme Health, it employs 4,100 nurses. A spokesperson tells CTV News …` then `the
   * spokesperson said`: a spokesperson introduced with no body of their own speaks for the first
   * organisation the sentence before names, as `a spokesperson for Acme Health`. Never for a
   * place, a person or an outlet (the one told).
   */
  spokespersonFor(m: Mention, span: Word[], head: string | undefined): CastMember | undefined {
    if (!head || !SPOKESPERSON_NOUNS.has(head) || span.length !== 2 || !INDEFINITE_OPENERS.has(span[0]!.key)) return undefined;
    const fits = (x: CastMember) => x.kind !== "person" && x.kind !== "group" && x.kind !== "outlet" && !isPlace(x.tokens);
    // The sentence before, within this paragraph or the one before: its first name is what it is
    // about (`According to Acme Health, it employs nurses at Valley Hospital …`).
    const s = this.c.sentenceOf(m.start);
    const prev = sentenceBefore(this.c, s.start);
    if (!prev || prev.start >= s.start || prev.start < this.seen.paragraphStart(m.start, 1)) return undefined;
    // `Mitt Romney … will not see Trump become the GOP’s nominee. A spokesman said`: a sentence
    // about a person has the person's spokesman speak, so only a first name that is a body counts.
    this.c.work.add();
    const first = this.c.names[firstAtOrAfter(this.seen.namesAt, prev.start)];
    if (!first || first.mention.start >= prev.end || !fits(first.member)) return undefined;
    const name = `${span[1]!.text.charAt(0).toUpperCase()}${span[1]!.text.slice(1)} for ${first.member.name}`;
    return this.c.cast.described(name, "person", null, m.start);
  }

  /**
   * `“…,” a spokesperson for the harbour patrol said` after `the Pellworth Harbour Patrol`: a body the
   * text named, called again by its name's last words in lower case, as `the coast guard said`
   * would call it, and the spokesperson's words are the body's. (The name written whole, `a
   * spokesperson for the Pellworth Harbour Patrol`, takes the resolver's other roads, and most often
   * gives the spokesperson for the body, not the body: the two forms' names differ.) Only `for the` and a few lower-case words, each a word of the
   * name and the last its head (its last word, or the one before its `of`: `the ministry` for `the
   * Ministry of Health`); the one named organisation, no place, so called among the names before
   * (none when two are), and none called by that head since with a qualifier of its own.
   *
   * Apart from the road `the coast guard said` takes (the resolver's lastWithWord: the last member
   * any of whose words, titles or filed nouns is the head), and stricter, both ways measured: read
   * through that road, `a spokesperson for the authority` speaks again for one of two authorities,
   * or past `the village’s water authority`, the wrong names round 22's reviewers found (two
   * regression texts fail); made as strict, that road moves four PolNeAR train quotations (`the
   * group wrote`, `the report stated`), and its outputs stay as they are measured.
   */
  spokespersonForBodyInLowerCase(m: Mention, span: Word[], head: string | undefined, link: number): CastMember | undefined {
    if (!head || !SPOKESPERSON_NOUNS.has(head) || !INDEFINITE_OPENERS.has(span[0]!.key) || link !== 2) return undefined;
    if (span[1]!.key !== head || span[2]!.key !== "for" || span[3]?.key !== "the") return undefined;
    const group = span.slice(4);
    if (group.length < 1 || group.length > SPOKESPERSON_GROUP_MAX_WORDS || !group.every((w) => rx.u`^\p{Ll}+$`.test(w.text)))
      return undefined;
    const last = group.at(-1)!.key;
    const fits = (body: CastMember) => {
      if (!isNamedNonPlaceBody(body)) return false;
      const of = body.tokens.indexOf("of");
      const bodyHead = of > 0 ? body.tokens[of - 1] : body.tokens.at(-1);
      return bodyHead === last && group.every((w) => body.tokens.includes(w.key));
    };
    // The one body so named (two fit, as `the Pellworth Port Authority` and `the Tolland Housing
    // Authority` do `the authority`: which one the text does not say, as in soleBodyOfSort).
    const sole = this.seen.soleNamed(m.start, ({ member }) => fits(member));
    if (sole === undefined) return undefined;
    const named = this.c.names[sole]!;
    return this.otherOfSortBetween(named.member, last, named.mention.end, m.start) ? undefined : named.member;
  }

  /**
   * Whether, between a body's mention (at `from`) and a description at `to`, the text calls another
   * of its sort by its head in lower case with a qualifier not of the body's name (`the town's
   * harbour authority`, `Dunmere's volunteer coast guard` after `the Pellworth Port Authority`,
   * `the Pellworth Coast Guard`): the description may be that unnamed one's. A gap past
   * BETWEEN_MAX_WORDS counts as one, unread: the scan stays bounded.
   */
  private otherOfSortBetween(body: CastMember, head: string, from: number, to: number): boolean {
    const ws = this.c.words;
    const first = this.seen.wordFrom(from);
    const end = this.seen.wordFrom(to);
    if (end - first > BETWEEN_MAX_WORDS) return true;
    for (let j = first; j < end; j++) {
      this.c.work.add();
      if (ws[j]!.key !== head || !isLowerCase(ws[j]!.text)) continue;
      // Its qualifiers back to the determiner: each a word of the body's name, a possessor its place.
      for (let i = j - 1; i >= Math.max(first, j - 1 - SPOKESPERSON_GROUP_MAX_WORDS); i--) {
        const w = ws[i]!;
        if (DETERMINERS.has(w.key) || FUNCTION_WORDS.has(w.key)) break;
        if (!body.tokens.includes(w.key)) return true;
        if (isCapitalised(w.text) && !APOSTROPHE_S.test(w.text)) break;
      }
    }
    return false;
  }
}

/** How many lower-case words may call a body after `a spokesperson for the` (`the coast guard`). */
const SPOKESPERSON_GROUP_MAX_WORDS = 3;
/** How many words otherOfSortBetween reads between a body's mention and its lower-case description. */
const BETWEEN_MAX_WORDS = 600;
/** Descriptions a company's name fits: `the company`, `the firm`. */
const COMPANY_HEADS = new Set(["company", "firm", "corporation"]);
/** The pronoun a body is called by, and its possessive: `says it is`, `its plant`. */
const IT_WORDS = new Set(["it", "its"]);
/** Whether a description's head noun is a company's (`the company`, `the firm`). */
export const isCompanyHead = (head: string) => COMPANY_HEADS.has(head);

/** Whether a name's own words mark it of a description's sort: `Acme Ltd.` a company, `Canada Revenue Agency` an agency. */
export function isOfSort(tokens: string[], head: string): boolean {
  if (tokens.includes(head)) return true;
  return COMPANY_HEADS.has(head) && COMPANY_SUFFIXES.has(tokens.at(-1) ?? "");
}

/**
 * Descriptions of a body no company answers to: `the union`, `the agency`, a members' body (`the
 * coalition`, `the federation`), a government's nouns (`the ministry`).
 */
const NOT_COMPANY_HEADS = new Set([
  ...GOVERNMENT_NOUNS,
  ...["union", "agency", "association", "watchdog", "coalition", "federation", "alliance", "society"],
]);

/** Whether a name marks a company (`Acme Ltd.`) where the description is of a sort no company is (`the union`). */
function isCompanyForOtherSort(head: string, tokens: string[]): boolean {
  return NOT_COMPANY_HEADS.has(head) && isOfSort(tokens, "company");
}

/**
 * Whether a name holds the noun of a body no firm is (`the Canadian Food Inspection Agency`,
 * `Greenfield Workers Union`) where the description is a firm's (`the company`, `the airline`):
 * the other way round from isCompanyForOtherSort.
 */
function isOtherSortForFirm(head: string, tokens: string[]): boolean {
  return FIRM_NOUNS.has(head) && tokens.some((t) => NOT_COMPANY_HEADS.has(t));
}

/**
 * A head noun that describes a body, not a person nor a writing (whose issuer speaks, see
 * ./documents): `the company`, `police`, `the band` (a First Nation's government, as `the
 * nation` and `the community` in Indigenous news).
 */
export function isBodyNoun(head: string): boolean {
  if (DOCUMENT_NOUNS.has(head)) return false;
  return kindOfDescription(head) !== "person" || ORG_WORDS.has(head) || head === "community";
}

/** An organisation of the cast, named: what a body's description must resolve to to speak (see ./documents). */
export const isNamedBody = (x: CastMember) => x.kind !== "person" && x.kind !== "group" && !x.unnamed;
/** A named body that is no place: a place is a government's seat, not a body that speaks. */
export const isNamedNonPlaceBody = (x: CastMember) => isNamedBody(x) && !isPlace(x.tokens);

/**
 * The organisation a person was introduced as speaking for (`Acme Fire Service information officer
 * Jane Roe said …`): the one affiliationBefore finds right before one of their first few
 * mentions before `at`, wherever they spoke last (`Roe said …` since names no body). `fits`
 * tests a candidate at the mention it stands before, by default a named organisation.
 */
export function affiliationOfSpeaker(
  c: Context,
  seen: Antecedents,
  person: CastMember,
  at: number,
  fits: (x: CastMember, mention: number) => boolean = isNamedBody,
): CastMember | undefined {
  for (const mention of person.seen.slice(0, AFFILIATION_MENTIONS)) {
    if (mention >= at) break;
    const affiliation = affiliationBefore(c, seen, mention, (x) => fits(x, mention));
    if (affiliation) return affiliation;
  }
  return undefined;
}

/**
 * The organisation named right before a person's mention at `at` with only lower-case role words
 * between, a comma at most after them (`Acme Fire Service information officer, Jane Roe`): one
 * that `fits`, by default a named organisation of the cast.
 */
export function affiliationBefore(c: Context, seen: Antecedents, at: number, fits = isNamedBody): CastMember | undefined {
  const n = c.names[lastAtOrBefore(seen.namesAt, at - 1)];
  if (!n || n.mention.end > at || at - n.mention.end > AFFILIATION_ROLE_MAX_CHARS) return undefined;
  if (!fits(n.member)) return undefined;
  c.work.add(at - n.mention.end);
  return ROLE_BETWEEN.test(c.text.slice(n.mention.end, at)) ? n.member : undefined;
}
