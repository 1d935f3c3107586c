// Pronouns as speakers: `he` and `she` back to the person they stand for (the one asked, a
// subject of the same, the lead-in or the previous sentence, the last person to speak or be
// named, else the subject of the next sentence); `it` and `they` back to the body or writing
// that spoke or was named, or an organisation or a document described before; `I` and `we` to
// the article's own voice. Apart from the rest of the resolver because a pronoun has no words
// of its own to match: it is judged only by who spoke and who was named before it, and where.
// The sex a `he` or `she` must fit is person-sex.ts's.
import { type CastMember, namesACrowd, opensOnInitials, showsNoPerson } from "./actors";
import { paragraphIndexAt } from "./analysis";
import {
  type Antecedents,
  type Context,
  isEvidentlyPerson,
  MAX_ANTECEDENTS,
  type NameMention,
  pronounAfter,
  type Spoken,
  sentenceBefore,
} from "./antecedents";
import { ORGANISATION_HEADS } from "./bodies";
import { clauseSubject, ONLY_A_COMMA } from "./clause-subjects";
import type { Documents } from "./documents";
import {
  ADDRESSED_PARTICIPLES,
  ARTICLES,
  COORDINATORS,
  DEFINITE_OPENERS,
  DESCRIPTION_OPENERS,
  FIRM_WORDS,
  FUNCTION_WORDS,
  KIN_NOUNS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  RESIDENCE_HEADS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  SUBORDINATORS,
  TITLES,
} from "./lexicon";
import { isOffice, isPersonNoun, isSpeakerNoun, joined, type Mention, nameModifiesNoun } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { genderOfGivenName, isPlace } from "./names";
import { namedByFrame, surnameWithheldAfter } from "./naming-frames";
import { newlyDescribed } from "./newly-described";
import { nounSex, type PersonSex, POSSESSIVE_NOUN_SET_OFF } from "./person-sex";
import { NEXT_SENTENCE_OPENING_NAME, SENTENCE_OPENING_NAME } from "./relations";
import { fitsRole } from "./role-fits";
import { rolesBesideName } from "./roles-beside-names";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import { placeAfterPreposition } from "./subject-places";
import { ED_PAST, IRREGULAR_PAST } from "./subject-words";
import { APOSTROPHE_S, DOUBLE_MARK, isLowerCase, type Range, startsUpper, type Word } from "./text";
import { rx } from "./unicode-regexps";

/** The member `I` and `we` stand for: the outlet that published the article, in its own voice (see draft.ts). */
export const EDITORIAL = "The article’s editorial voice";
/** A name coordinated with the one before it: `Jane Roe and Tom Baker`. */
const PAIRED = rx.u`^\s+and\s+\p{Lu}`;
/**
 * A clause joined by `and` right before a pronoun (`…, and he`, `… and she`), or an aside that
 * credits the words to the sentence's subject (`fallen into the “trap,” as he put it`): describedSubjectJoined.
 */
const JOINED_CLAUSE_BEFORE = /(?:\sand|,["”’]?\s*as)\s+$/u;
/** `what` right before a pronoun: `to address what she calls “…”` (describedSubjectOfWhat). */
const WHAT_BEFORE = /\swhat\s+$/u;
/** Enough text before a pronoun for WHAT_BEFORE. */
const WHAT_BEFORE_CHARS = 7;
/** How many words before a `what she calls` pronoun its clause's subject may stand. */
const WHAT_SUBJECT_MAX_WORDS = 16;
/** Enough text before a pronoun for JOINED_CLAUSE_BEFORE. */
const JOINED_CLAUSE_CHARS = 8;
/** `he said,` from the pronoun on: a saying set between commas inside the sentence it reports (nameBeforeInterposedSaying). */
const INTERPOSED_SAYING = rx.u`^\p{L}+\s+\p{Ll}+,`;
/** Enough of the text after a pronoun for INTERPOSED_SAYING (`she insisted,`). */
const INTERPOSED_SAYING_CHARS = 24;
const PAIR_LOOKAHEAD_CHARS = 8;
/** How far after a pronoun its own clause is read for names (namedInOwnClause). */
const OWN_CLAUSE_CHARS = 160;
/**
 * Words that open another clause after a pronoun, where namedInOwnClause stops reading (as it does
 * at any punctuation): a name inside a clause set deeper is often the same person named again for
 * clarity (`he said after the prosecutor read the facts to which Lazar admitted`).
 */
const OWN_CLAUSE_ENDS = new Set([...RELATIVE_PRONOUNS, ...SUBORDINATORS, ...COORDINATORS, "that", "as", "where"]);
/** How many lower-case words of a role may stand between `and` and the second of two people (`energy minister`). */
const JOINT_ROLE_MAX_WORDS = 3;
/** How many quoted words a pronoun after a quotation looks back over to find where it opens. */
const MAX_LEAD_IN_QUOTE_WORDS = 400;
/** How many words a phrase of asking opening a pronoun's sentence may run to (`When asked about the play of Tom Baker,`): see askedAboutBefore. */
const ASKED_PHRASE_MAX_WORDS = 16;
/** How many words after a speaker's mention may hold its verb, the verb's auxiliaries and an object pronoun (`has also told her`). */
const TOLD_PRONOUN_WORDS = 4;
/**
 * Verbs of telling, whose object is the person told: `told her`, `warned him`. The participles
 * whose passive subject was told (`Staff were warned`), their present forms, and `asked`.
 */
const TELLING_VERBS = new Set([
  ...ADDRESSED_PARTICIPLES,
  ...["tells", "tell", "advises", "warns", "informs", "reminds", "assures", "urges", "cautions", "instructs", "notifies"],
  "asked",
]);
/** How many sentences going on about a described person (`Her identity is protected.`) describedLeadIn reads back past. */
const MAX_DESCRIBED_LEAD_IN_LINKS = 1;
/** The words that open a sentence going on about the person before, by the pronoun's sex: see describedLeadIn. */
const SAME_PERSON_OPENERS = { f: new Set(["she", "her"]), m: new Set(["he", "his"]) };
/** The object form of `she` and `he`, which in a described subject's own sentence stands for someone else: see describedSubjectOf. */
const OBJECT_PRONOUNS = { f: "her", m: "him" };
/** How many words before a description describedBefore reads for its head noun. */
const DESCRIBED_BEFORE_WORDS = 400;
/** How many characters before a name personNounBefore reads: a possessive and a noun. */
const PERSON_NOUN_BEFORE_CHARS = 32;
/**
 * Nouns that name a firm at least as often as a person, which show no person before initials
 * (`contractor A.B. Contracting`, `supplier R.J. Lusk`): see initialledBody. Not a winner, a
 * member, a host, a recipient, an organizer nor an owner, which before initials are nearly always
 * a person (`Calder Trophy winner A.J. Roe`, `Wildcats owner R.J. Lusk`).
 */
const BODIES_TOO = new Set([
  ...["contractor", "subcontractor", "supplier", "vendor", "builder", "homebuilder", "developer", "operator"],
  ...["bidder", "lender", "insurer", "underwriter", "manufacturer", "distributor", "wholesaler", "retailer"],
]);
/**
 * Words opening a phrase fronted before a sentence's subject (`Like her father, K.D. Lang grew
 * up …`, `Alongside his wife,`): a person's noun in it is not the name's after the comma. See
 * frontedBefore.
 */
const FRONTED_OPENERS = new Set([
  ...PREPOSITIONS,
  ...["like", "unlike", "alongside", "together", "among", "beside", "besides", "behind", "beyond", "despite"],
]);
/** A family firm's ending right after a name (`A.B. Roe and Sons`), and how many characters it reads: see ownSignAt. */
const AND_SONS = /^ +(?:and|&) +Sons?\b/;
const AND_SONS_CHARS = 12;
/** How many of a name's mentions firmsOwnSign reads for a firm's or a ship's own sign at each. */
const OWN_SIGN_MENTIONS_READ = 8;
/** A boat's people after its name (`The R.J. Lusk crew`): see ownSignAt. */
const SHIPS_CREW = new Set(["crew", "crews", "skipper", "deckhands", "deckhand"]);
/** Past forms after a ship's name that ED_PAST misses (`The R.J. Lusk sank`): see endsItsPhrase. */
const PASTS_AFTER_A_SHIP = new Set([...IRREGULAR_PAST, "sank", "lay"]);
/** How many words before a person's noun frontedBefore reads for the phrase's opening word: `Like his mother and grandmother,`. */
const FRONTED_WORDS = 5;
/** Pronouns that stand for a person after a name: see personPronounAfter. */
const PERSON_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "herself", "who", "whose"]);
/**
 * A lone name, then its appositive: an age (`, 45,`) or an article and a few words ending in a
 * head noun in lower case (`, an Ottawa resident,`), closed by a comma, or by a short phrase of
 * where or with whom before it (`, a volunteer with the Mustard Seed,`), which names no one else.
 */
const LONE_NAME_DESCRIBED = rx.u`^[\p{L}'’-]+,\s+(?:(\d{1,3}),|(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?:\s+(?:with|at|for|from|in)\s+[^,.;:!?"“”]{1,40})?,)`;
/** How many characters from a lone name describedAsPerson reads. */
const DESCRIBED_CHARS = 80;
/** Between a quotation's last word and the pronoun that attributes it: `,” he`, `?” she`. */
const ATTRIBUTED_CLOSE = /^[,?!]\s*["”’']\s*$/u;
/** How many words after a pronoun's verb of saying may close its sentence (`he told the court on Friday`): see closesReportedSentence. */
const REPORTING_TAIL_MAX_WORDS = 4;
/** How many words after a sentence's subject subjectReporting reads for a name in what it reports. */
const REPORTED_NAME_MAX_WORDS = 30;
/** How many words of an opening phrase may stand before a sentence's pronoun subject (`In the meantime, he`): see pronounOfSentence. */
const CHAIN_OPENING_MAX_WORDS = 6;
/**
 * How many sentences back pronounOfSentence follows a chain of `he` or `she` subjects: `Roe won. But
 * he built his name as a critic of Baker. He also allied himself with … ¶ “…,” he said.` takes
 * two links; one left the middle `he` to Baker, named in its predicate.
 */
const MAX_CHAIN_LINKS = 2;
/** Only a semicolon between two words: a main clause ends there and another begins (see pronounOfSentence). */
const ONLY_A_SEMICOLON = /^\s*;\s*$/;
/** Adverbs of time that open a sentence before its subject (`Later, the mother said …`): see subjectAfterOpeningPhrase. */
const OPENING_ADVERBS = new Set([
  "meanwhile",
  "later",
  "earlier",
  "afterward",
  "afterwards",
  "then",
  "now",
  "today",
  "yesterday",
  "tonight",
]);
/**
 * How many words a fronted subordinate clause may run before the sentence's subject (`While he
 * fought not to have the debate, the mayor …`): see subjectAfterOpeningPhrase.
 */
const SUBORDINATE_OPENING_MAX_WORDS = 14;
/** How many words back `it` looks for a described organisation. */
const IT_LOOKBACK_WORDS = 60;

/**
 * `the ` right before a name, or `a`/`an` with at most one word in lower case between (`a red
 * Honda Fit`, `an Ontario`): see namedWithArticle.
 */
const ARTICLE_BEFORE = rx.u`(?:^|[^\p{L}])the +$|(?:^|\s)an?(?: \p{Ll}[\p{Ll}-]*)? +$`;
/** The one word after `a` or `an` that ARTICLE_BEFORE reads before a name. */
const ADJECTIVE_AFTER_A = rx.u`(?:^|\s)an? (\p{Ll}[\p{Ll}-]*) +$`;
/** Words that describe a person's mood, age or bearing, so the name after `a` and one of them is a person's (namedWithArticle). */
const PERSON_ADJECTIVES = new Set(
  `young old elderly aging ageing teenage youthful vibrant smiling beaming grinning tearful emotional determined defiant
  jubilant relaxed confident nervous grieving frail composed poised animated exuberant stoic weary tired shaken sombre
  somber calm angry furious frustrated soft-spoken fiery feisty combative contrite upbeat buoyant triumphant dejected
  humble humbled proud jovial cheerful sober subdued`.split(/\s+/),
);
/** How many characters before a name ARTICLE_BEFORE reads: `a ` and one word. */
const ARTICLE_BEFORE_CHARS = 24;
/** How many of a member's first mentions namedWithArticle and isBareRole read (firstMentionsAll). */
const ARTICLE_MENTIONS_READ = 3;

/** Whether `holds` at each of a member's first mentions, at most ARTICLE_MENTIONS_READ; false for a member never seen. */
function firstMentionsAll(m: CastMember, holds: (at: number) => boolean): boolean {
  if (m.seen.length === 0) return false;
  for (let i = 0; i < m.seen.length && i < ARTICLE_MENTIONS_READ; i++) if (!holds(m.seen[i]!)) return false;
  return true;
}

/** An answer of oncePerMember, with what of the member it was read from. */
interface MemberAnswer {
  holds: boolean;
  unnamed: boolean | undefined;
  tokens: string[];
  words: number;
  titles: number;
  seen: number;
}

/**
 * A test of members that answers each member once: the answer is kept with what of the member
 * the test reads and may change as the text is read (marked unnamed, its name's words, a title
 * given, a mention added), and asked again only if one of those has.
 */
function oncePerMember(test: (m: CastMember) => boolean): (m: CastMember) => boolean {
  const answers = new Map<CastMember, MemberAnswer>();
  return (m) => {
    const known = answers.get(m);
    if (
      known &&
      known.unnamed === m.unnamed &&
      known.tokens === m.tokens &&
      known.words === m.tokens.length &&
      known.titles === m.titles.size &&
      known.seen === m.seen.length
    )
      return known.holds;
    const holds = test(m);
    answers.set(m, { holds, unnamed: m.unnamed, tokens: m.tokens, words: m.tokens.length, titles: m.titles.size, seen: m.seen.length });
    return holds;
  };
}

/** What may stand right before a word that opens a line or a sentence: a line's start, or a stop, a colon or a closing mark and spaces. */
const OPENS_A_LINE_OR_SENTENCE = /(?:^|\n|[.!?:]["”’']?\s+|["”’']\s*:?\s+)$/u;
/**
 * Whether a member is named in full, a surname after other words (`Jane Roe`, not `Acme`, nor a
 * description, nor a body `of` a place), so that a quotation speaking of that surname speaks of it.
 */
function namedInFull(m: CastMember): boolean {
  return !m.unnamed && m.tokens.length > 1 && !m.tokens.includes("of");
}

/** How many characters before a mention OPENS_A_LINE_OR_SENTENCE reads. */
const OPENER_CHARS = 4;

export class Pronouns {
  /** describedAsPerson's answers, by member. */
  private readonly described = new Map<CastMember, boolean>();
  /**
   * What of a member alone shows it no person a `he` or `she` stands for: described only as a
   * thing, a crowd, a bare role, a name used with an article, a firm's or a ship's own sign (see
   * each). Asked of the same few members by every rule of every pronoun (at each mention and
   * each speaker lastNamed and lastSpoke read back over), and the same for all of them, so read
   * once per member (oncePerMember, which reads it again if the member has changed since). None
   * of these tests counts a step.
   */
  private readonly noPersonShown = oncePerMember(
    (m: CastMember) =>
      isThingDescribed(m) ||
      namesACrowd(m) ||
      this.isBareRole(m) ||
      this.namedWithArticle(m) ||
      // `A.B. Contracting won the bid. “…,” he said.`, `The R.J. Lusk was towed in`: a firm's or a
      // ship's own sign shows no person, whoever spoke before.
      this.firmsOwnSign(m),
  );
  /** The nouns `it` reads back for, flagged word by word: see itHeads. */
  private heads: { organisation: Int8Array; document: Int8Array } | undefined;
  /** How many links of a chain pronounOfSentence is resolving already: at most MAX_CHAIN_LINKS. */
  private chaining = 0;
  /** How many people of the cast bear each surname, read once when namedInOwnClause first needs it. */
  private surnames?: Map<string, number>;
  /** wordBeforeQuotation's last answer, with the pronoun's offset it was asked for. */
  private beforeQuotation: { at: number; word: number | undefined } | undefined;

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
    /** The sex the text shows each person, which `he` and `she` must fit. */
    private readonly sex: PersonSex,
    private readonly documents: Documents,
    /** Resolves a writer's name (`a letter from Jane Roe. “…,” she wrote`). */
    private readonly resolve: (m: Mention) => CastMember | null,
    /** Resolves an organisation's description `it` reads back to (`The ministry defended the plan. “…,” it said.`). */
    private readonly nominal: (m: Mention) => CastMember | null,
  ) {}

  /** The member a pronoun (`key`, in lower case) at `at` stands for: `I`/`we`, `it`/`they`, then `he`/`she`. */
  pronoun(key: string, at: number): CastMember | null {
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
        if (last && last !== spoke && (!spoke || last.at > spoke.at) && showsNoPerson(last.member)) return last.member;
      }
      // `The budget sets aside money for Toronto and Vancouver. “…,” it said.`: a place named in
      // passing is no speaker `it` stands for; one that spoke (`China said …`) still is.
      const named = this.seen.lastNamedThing(at, from, key === "they");
      // `“…,” reads the letter, signed by Jane Roe. The letter was also sent to B.C.’s minister.
      // “…,” it read.`: `it` is the writing that spoke last, a place named in passing since is not.
      const wrote = key === "it" ? this.seen.lastSpoke(at, this.seen.paragraphStart(at, 2), () => true) : undefined;
      if (wrote && wrote !== spoke && this.documents.spokeThroughWriting(wrote) && !(named && this.seen.tookOver(named, wrote)))
        return wrote.member;
      // `Health Canada issued a warning. “…,” it said.`: an organisation named since the last one that spoke.
      if (spoke && named && this.seen.tookOver(named, spoke)) return named.member;
      if (spoke) return spoke.member;
      if (named || key !== "it") return named?.member ?? null;
      // `The ministry defended the plan. “…,” it said.`: an organisation described, not named.
      return this.describedOrganisation(at, from) ?? this.documentIssuer(at, this.seen.paragraphStart(at, 2));
    }
    const gender = key === "he" ? "m" : "f";
    // Read once, and only when a person named in full is asked of: see spokenOfInQuotation.
    let spokenOf: Set<string> | undefined;
    // `Tom Baxter, he said, is “…”`: the name the saying interrupts is what was said of, not who said it.
    const spokenOfBefore = this.nameBeforeInterposedSaying(at);
    // `When asked about Tom Baker, he said …`: the one asked about is not the one who answers.
    const askedAbout = this.askedAboutBefore(at);
    // `“…,” he told the court during Forcillo’s sentencing hearing`: nor one its own clause names.
    const namedInClause = this.namedInOwnClause(at);
    // What of the member alone shows it no person is read once per member (noPersonShown); its sex
    // is asked each time, as its reading may count a step each time (PersonSex.saidToBe), and
    // whether the quotation names it is this pronoun's own.
    const fits = (m: CastMember) =>
      m.kind === "person" &&
      m !== spokenOfBefore &&
      !askedAbout?.has(m) &&
      !namedInClause?.has(m) &&
      this.sex.sexFits(m, gender) &&
      !this.noPersonShown(m) &&
      !(namedInFull(m) && (spokenOf ??= this.spokenOfInQuotation(at)).has(m.tokens[m.tokens.length - 1]!));
    // `read a letter from the victim’s mother. “…,” she wrote`: the writer, not the reader.
    const writer = this.documents.writerFor(this.seen.wordBefore(at + 1));
    const author = writer && (writer.kind === "name" ? this.resolve(writer) : newlyDescribed(this.c, writer));
    if (author && fits(author)) return author;
    // `But he singled out Tom Baker for what he called “…”`: the same pronoun as its sentence's
    // subject, before any name there, is that subject again, not the person named in between.
    const again = this.samePronounBefore(key, at);
    if (again !== undefined) return this.pronoun(key, again);
    const fitsNamed = (m: CastMember) => fits(m) && this.evidentlyPerson(m);
    // `The man was hit once, and he later told investigators …`: the described subject the
    // pronoun's clause is joined to, unnamed, is who it is; no one named paragraphs before.
    const joinedTo = this.describedSubjectJoined(at, gender);
    // null is an answer (an unnamed subject), not a miss: only undefined reads on.
    const ofWhat = joinedTo !== undefined ? joinedTo : this.describedSubjectOfWhat(at, gender);
    const described = ofWhat !== undefined ? ofWhat : this.describedLeadIn(at, gender);
    if (described !== undefined) return described;
    const found =
      this.askedLast(at, fitsNamed) ??
      this.sameSentencePerson(at, fitsNamed) ??
      this.leadInSubject(at, fits, fitsNamed) ??
      this.previousSentenceSubject(at, fitsNamed) ??
      this.lastPerson(at, fits, gender, fitsNamed) ??
      this.nextSentenceSubject(at, fitsNamed);
    return found && showsNoPerson(found) && this.lastUsedAsPlace(found, at) ? (this.personOfSex(at, gender, fitsNamed) ?? found) : found;
  }

  /**
   * The head noun of `m` when `m` is a description of one person that ends before `at`, of a sex
   * `gender` fits (`the mayor`, `the man` for `he`), with no name from `namesFrom` to `at`; else
   * undefined. The described-subject readings of a pronoun share this test.
   */
  private personHeadBefore(m: Mention, at: number, gender: "m" | "f", namesFrom: number): string | undefined {
    if (m.kind !== "nominal" || m.end >= at) return undefined;
    const head = this.c.words[m.last]!.key;
    if (!isPersonNoun(head) || /s$/.test(head)) return undefined;
    const sex = nounSex(head);
    if (sex && sex !== gender) return undefined;
    const next = this.c.names[firstAtOrAfter(this.seen.namesAt, namesFrom)];
    if (next && next.mention.start < at) return undefined;
    return head;
  }

  /**
   * For a `he` or `she` at `at` that opens a clause joined by `and` to the one before
   * (`…, and he later told`) or an aside after a comma (`into a “trap,” as he put it`), when its
   * sentence opens on a description of a person as its
   * subject (`The man was hit once`, `A woman in her 60s`) and names no one before the pronoun:
   * the member that description stands for, or null when it stands for no one the text named
   * (an unnamed man says nothing a name may be given for). Undefined when the pronoun is not so
   * placed, or the description's noun is of the other sex (`The woman …, and he`).
   */
  private describedSubjectJoined(at: number, gender: "m" | "f"): CastMember | null | undefined {
    if (!JOINED_CLAUSE_BEFORE.test(this.c.text.slice(Math.max(0, at - JOINED_CLAUSE_CHARS), at))) return undefined;
    const s = this.c.sentenceOf(at);
    const first = this.seen.wordFrom(s.start);
    const ws = this.c.words;
    if (!ws[first] || !ARTICLES.has(ws[first]!.key)) return undefined;
    const m = npForward(this.c, first);
    // A name anywhere between (`The man punched Tom Baker, and he fell`) leaves the pronoun to the rules after.
    if (!m || this.personHeadBefore(m, at, gender, s.start) === undefined) return undefined;
    const member = this.nominal(m);
    return member && !member.unnamed && member.kind === "person" ? member : null;
  }

  /**
   * For a `he` or `she` right after a quotation (`“…,” she said`) whose lead-in sentence, in its
   * paragraph or the one before, opens on a description of a person as its subject (`The boy's
   * mother, who cannot be named, wept.`), or goes on about one in the sentence before with the
   * pronoun's own word (`The victim read a statement. Her identity is protected.`), and names no
   * one from there to the pronoun: null when the description stands for no one it may be
   * (describedSubjectOf). Undefined, for the rules after, when the pronoun is not so placed or
   * the description may be someone named.
   */
  private describedLeadIn(at: number, gender: "m" | "f"): CastMember | null | undefined {
    const i = this.wordBeforeQuotation(at);
    if (i === undefined || i < 0) return undefined;
    let lead = this.c.sentenceOf(this.c.words[i]!.start);
    if (lead.end > this.c.words[i + 1]!.start || lead.start < this.seen.paragraphStart(at, 1)) return undefined;
    for (let links = 0; links <= MAX_DESCRIBED_LEAD_IN_LINKS; links++) {
      const first = this.c.words[this.seen.wordFrom(lead.start)];
      if (first && ARTICLES.has(first.key)) return this.describedSubjectOf(lead, at, gender, this.seen.wordFrom(lead.start));
      // `Outside court, the complainant's mother spoke briefly.`: a short opening phrase set off
      // by a comma leaves the description after it the sentence's subject.
      const subject = this.subjectAfterOpeningPhrase(lead);
      if (subject !== undefined) {
        const described = this.describedSubjectOf(lead, at, gender, subject);
        // After a fronted subordinate clause (`When officers arrived, the victim was conscious.`)
        // the main clause's subject is as often someone the pronoun is not: only a named person
        // it stands for answers; no one found leaves the pronoun to the rules after.
        return described === null && SUBORDINATORS.has(first?.key ?? "") ? undefined : described;
      }
      const before = first && SAME_PERSON_OPENERS[gender].has(first.key) ? sentenceBefore(this.c, lead.start) : undefined;
      if (!before || before.start >= lead.start) return undefined;
      lead = before;
    }
    return undefined;
  }

  /**
   * Null when the description opening sentence `s` stands for no one the text named, or for a
   * named person the text gave other roles only (`Justice Jane Roe` for `The victim`, `The woman`:
   * holderOfDescribed) (describedLeadIn); undefined, for the rules after, when it may stand for
   * someone named, or is an office (`The judge`), which a title of another form may give.
   */
  private describedSubjectOf(s: Range, at: number, gender: "m" | "f", from: number): CastMember | null | undefined {
    const m = npForward(this.c, from);
    const head = m && this.personHeadBefore(m, at, gender, s.start);
    if (!m || head === undefined) return undefined;
    // `A building inspector has told her the foundation is cracked.`: the pronoun's person is
    // the object there, someone other than the described subject.
    const end = this.seen.wordFrom(s.end);
    for (let j = m.last + 1; j < end; j++) if (OBJECT_PRONOUNS[gender] === this.c.words[j]!.key) return undefined;
    this.c.work.add(end - m.last);
    // `Provost Diane Ledoux …, PhD student Li Wei … The provost said …. “…,” she said`: the one
    // the text gave that role, when the description resolves to her, not the last one named.
    const holder = this.nominal(m);
    if (
      holder &&
      !holder.unnamed &&
      holder.kind === "person" &&
      this.sex.sexFits(holder, gender) &&
      fitsRole(this.c, this.seen, holder, head)
    )
      return holder;
    if (this.describedBefore(m)) return undefined;
    if (!holder || holder.unnamed || holder.kind !== "person") return null;
    return !isOffice(head) && this.holderOfDescribed(m, head, gender) === null ? null : undefined;
  }

  /**
   * The word after a short opening phrase of sentence `s` set off by a comma (`Outside court,`,
   * `On Friday,`) or a fronted subordinate clause (`While he fought not to have the debate,`),
   * when it is an article opening the sentence's subject; else undefined. At most
   * CHAIN_OPENING_MAX_WORDS words (SUBORDINATE_OPENING_MAX_WORDS for the clause), none quoted.
   * Reads those few words.
   */
  private subjectAfterOpeningPhrase(s: Range): number | undefined {
    const ws = this.c.words;
    const first = this.seen.wordFrom(s.start);
    // Only a phrase of place or time, or a subordinate clause: `Terry Fox Day, an organizer said,
    // raised …` sets off a saying, whose description is no subject of the sentence.
    if (!ws[first]) return undefined;
    const key = ws[first]!.key;
    const clause = SUBORDINATORS.has(key);
    if (!(clause || PREPOSITIONS.has(key) || OPENING_ADVERBS.has(key))) return undefined;
    const most = clause ? SUBORDINATE_OPENING_MAX_WORDS : CHAIN_OPENING_MAX_WORDS;
    for (let k = first + 1; k <= first + most && k < ws.length && ws[k]!.start < s.end; k++) {
      this.c.work.add();
      if (this.c.quoted[k - 1]) return undefined;
      if (!ONLY_A_COMMA.test(this.c.text.slice(ws[k - 1]!.end, ws[k]!.start))) continue;
      return ARTICLES.has(ws[k]!.key) && !this.c.quoted[k] ? k : undefined;
    }
    return undefined;
  }

  /**
   * Whether the head noun of description `m` stands in the DESCRIBED_BEFORE_WORDS words before it
   * (`Jane Roe, a nurse, … The nurse then …`): a noun the text gave someone already may be that
   * person, whom the rules after find; only a first description is surely someone new.
   */
  private describedBefore(m: Mention): boolean {
    const ws = this.c.words;
    const head = ws[m.last]!.key;
    const from = Math.max(0, m.first - DESCRIBED_BEFORE_WORDS);
    this.c.work.add(m.first - from);
    for (let j = m.first - 1; j >= from; j--) if (ws[j]!.key === head) return true;
    return false;
  }

  /**
   * For a `he` or `she` at `at` in a `what she calls` aside (`…, and the mayor vowed to address
   * what she calls “…”`): the clause's subject names who calls it so, a description of a person
   * after `and`, a comma or the sentence's opening (`the mayor`). The member holderOfDescribed
   * finds, null, or undefined when there is no such subject within WHAT_SUBJECT_MAX_WORDS before
   * the pronoun, or a name stands between. Reads a fixed few words.
   */
  private describedSubjectOfWhat(at: number, gender: "m" | "f"): CastMember | null | undefined {
    if (!WHAT_BEFORE.test(this.c.text.slice(Math.max(0, at - WHAT_BEFORE_CHARS), at))) return undefined;
    const s = this.c.sentenceOf(at);
    const first = this.seen.wordFrom(s.start);
    const pronoun = this.seen.wordFrom(at);
    const ws = this.c.words;
    for (let j = pronoun - 2; j >= Math.max(first, pronoun - WHAT_SUBJECT_MAX_WORDS); j--) {
      if (!ARTICLES.has(ws[j]!.key) || this.c.quoted[j]) continue;
      const opensClause = j === first || ws[j - 1]!.key === "and" || this.c.text.slice(ws[j - 1]!.end, ws[j]!.start).includes(",");
      if (!opensClause) continue;
      const m = npForward(this.c, j);
      const head = m && this.personHeadBefore(m, at, gender, m.start);
      if (!m || head === undefined) return undefined;
      return this.holderOfDescribed(m, head, gender);
    }
    return undefined;
  }

  /**
   * Who `the mayor` (the described subject `m`, its head noun `head`) before `what she calls` is.
   * The member it stands for, when the text gave that person the role (a title, `nurse Jane Roe`,
   * `Jane Roe, Corvale's mayor`) and the pronoun's sex fits. Null for a member given another role
   * only (`principal Jane Roe`: the mayor is someone unnamed), and for one given no role, of the
   * other sex, named before the sentence before (a byline's writer the lookup reached, which
   * leaves `she` to the byline's other writer). Undefined, for the pronoun's other rules, when it
   * reaches no one named, or a role's holder of the other sex (`Premier Tom Roe …, and the
   * premier ignored what she calls`: the premier is whom she criticises), or one given no role in
   * a form this reads (`Jane Roe became Corvale's mayor`, `Jane Roe is angry. … In her view, the
   * premier ignored what she calls`): the old answer, since nothing here says it is wrong.
   */
  private holderOfDescribed(m: Mention, head: string, gender: "m" | "f"): CastMember | null | undefined {
    const member = this.nominal(m);
    if (!member || member.unnamed || member.kind !== "person") return undefined;
    const roles = rolesBesideName(this.c, this.seen, member);
    if (roles.has(head)) return this.sex.sexFits(member, gender) ? member : undefined;
    if (roles.size > 0) return null;
    if (this.sex.sexFits(member, gender)) return undefined;
    const s = this.c.sentenceOf(m.start);
    const from = sentenceBefore(this.c, s.start)?.start ?? s.start;
    const last = member.seen[lastAtOrBefore(member.seen, m.start)];
    return last !== undefined && last >= from ? undefined : null;
  }

  /**
   * The member named right before `, he said,` (a pronoun at `at` and one lower-case word between
   * commas): `Premier Tom Baxter, he said, is “…”` reports what the speaker said of Baxter, who
   * is the reported clause's subject; had Baxter said it, the text would say `Baxter said`. So the
   * pronoun is someone else. One name looked up, by position.
   */
  private nameBeforeInterposedSaying(at: number): CastMember | undefined {
    if (!INTERPOSED_SAYING.test(this.c.text.slice(at, at + INTERPOSED_SAYING_CHARS))) return undefined;
    const n = this.c.names[lastAtOrBefore(this.seen.namesAt, at - 1)];
    return n && ONLY_A_COMMA.test(this.c.text.slice(n.mention.end, at)) ? n.member : undefined;
  }

  /**
   * The people named in the clause a `he` or `she` at `at` is the subject of, after it, up to
   * any punctuation or a word opening another clause (OWN_CLAUSE_ENDS): `he told the court during
   * Forcillo’s sentencing hearing`. A pronoun is never someone named in its own clause after it
   * (English would say `himself`), so `he` is not Forcillo. Undefined when no name stands there.
   * Reads at most OWN_CLAUSE_CHARS characters.
   */
  private namedInOwnClause(at: number): Set<CastMember> | undefined {
    const ws = this.c.words;
    const limit = at + OWN_CLAUSE_CHARS;
    let end = Math.min(limit, this.c.text.length);
    for (let k = this.seen.wordFrom(at) + 1; k < ws.length && ws[k]!.start < limit; k++) {
      this.c.work.add();
      if (/[^\s]/.test(this.c.text.slice(ws[k - 1]!.end, ws[k]!.start)) || OWN_CLAUSE_ENDS.has(ws[k]!.key)) {
        end = ws[k - 1]!.end;
        break;
      }
    }
    let named: Set<CastMember> | undefined;
    for (let i = firstAtOrAfter(this.seen.namesAt, at); i < this.c.names.length && this.c.names[i]!.mention.start < end; i++) {
      const { mention, member } = this.c.names[i]!;
      // `he told a Leduc rally`, `beside the Roe portrait`: a name before a noun names a thing of
      // the person's, who may well be the pronoun. A lone surname two people share (`his mother,
      // Mary Baker, … during Baker’s hearing`) may be either.
      if (nameModifiesNoun(this.c.text, this.c.words, mention.last) || (mention.first === mention.last && this.surnameShared(member)))
        continue;
      (named ??= new Set()).add(member);
    }
    return named;
  }

  /** Whether another person of the cast bears the surname of person `m` (read from the cast's members once). */
  private surnameShared(m: CastMember): boolean {
    if (!this.surnames) {
      this.surnames = new Map();
      this.c.work.add(this.c.cast.members.length);
      for (const x of this.c.cast.members) {
        const last = x.kind === "person" ? x.tokens.at(-1) : undefined;
        if (last) this.surnames.set(last, (this.surnames.get(last) ?? 0) + 1);
      }
    }
    const last = m.tokens.at(-1);
    return !!last && (this.surnames.get(last) ?? 0) > 1;
  }

  /**
   * The people named in a phrase of asking that opens the pronoun's sentence, the pronoun right
   * after its comma (`When asked about Tom Baker, he said`, `Asked whether Jane Roe would run,
   * she said`, `When asked by Jane Roe about it, he said`): whom the question was about, or who
   * put it, never who answers it, the pronoun; undefined when the sentence opens otherwise.
   * Reads at most ASKED_PHRASE_MAX_WORDS words.
   */
  private askedAboutBefore(at: number): Set<CastMember> | undefined {
    const s = this.c.sentenceOf(at);
    const ws = this.c.words;
    const first = this.seen.wordFrom(s.start);
    const p = this.seen.wordFrom(at);
    if (p - first > ASKED_PHRASE_MAX_WORDS || p - first < 3 || ws[p]?.start !== at) return undefined;
    const asked = SUBORDINATORS.has(ws[first]!.key) ? first + 1 : first;
    if (ws[asked]!.key !== "asked" || !ONLY_A_COMMA.test(this.c.text.slice(ws[p - 1]!.end, at))) return undefined;
    this.c.work.add(p - first);
    // No quotation in the phrase, and no comma but the one that closes it: `Asked about Roe, who
    // left in April, he said` sets off more than the question.
    for (let k = first; k < p; k++)
      if (this.c.quoted[k] || ONLY_A_COMMA.test(this.c.text.slice(ws[k]!.end, ws[k + 1]!.start)) !== (k === p - 1)) return undefined;
    const named = new Set<CastMember>();
    for (const i of this.namesBetween(s.start, at)) named.add(this.c.names[i]!.member);
    return named;
  }

  /**
   * Whether a member's last name before `at`, in its paragraph or the two before, stands after
   * a preposition of place (`in Silver Ledge`) or only qualifies the noun after it (`the Jamboree
   * grounds`): a name used so is where something happens, as a town's or an event's is.
   */
  private lastUsedAsPlace(m: CastMember, at: number): boolean {
    const n = this.seen.lastNamed(at, this.seen.paragraphStart(at, 2), (x) => x === m);
    if (!n) return false;
    return placeAfterPreposition(this.c, n.mention, -1) >= 0 || this.seen.modifiesNoun(n.mention);
  }

  /**
   * `Jane Roe of Halifax is glad to be in Silver Ledge, Alta. ¶ “…,” she said.`: a name whose
   * only sign of a person is its capitalised words (a town's, an event's) yields a
   * `he` or `she` to a person the text shows to be of the pronoun's sex, named in the same
   * paragraph or the two before (the regression's `Jane Roe` is two back): a given name or a title
   * is evidence, two capitals are none.
   */
  private personOfSex(at: number, gender: "m" | "f", fits: (m: CastMember) => boolean): CastMember | null {
    return this.seen.lastNamed(at, this.seen.paragraphStart(at, 2), (m) => this.sex.sexOf(m) === gender && fits(m), true)?.member ?? null;
  }

  /**
   * The surnames a quotation right before a pronoun (`“…,” he said`) names in its own words, as
   * keys: `“Roe did not testify, and he denied it,” he said` speaks of Roe in the third person,
   * so Roe is not the one who said it, however recently named. Capitalised words only, and not
   * a modifier of a noun after it (`the Roe government`), which a speaker may say of their own.
   */
  private spokenOfInQuotation(at: number): Set<string> {
    const names = new Set<string>();
    const ws = this.c.words;
    const last = this.seen.wordBefore(at);
    // Only the quotation the pronoun attributes: `,” he said`, not `.” He adds` (a new sentence).
    if (last < 0 || !this.c.quoted[last] || !ATTRIBUTED_CLOSE.test(this.c.text.slice(ws[last]!.end, at))) return names;
    // Its words, from where it opens: wordBeforeQuotation charged a step for each.
    const opens = this.wordBeforeQuotation(at);
    if (opens === undefined) return names;
    for (let i = opens + 1; i <= last; i++) {
      const w = ws[i]!;
      if (isLowerCase(w.text) || !rx.u`^\p{Lu}\p{Ll}`.test(w.text)) continue;
      // `Roe Foundation`, `Roe supporters`, `the Roe government`: a name that modifies the
      // words after it names something else; the verb after a name speaks of the person.
      if (modifiesNext(this.c, i)) continue;
      names.add(w.key);
    }
    return names;
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
    const v = this.seen.askingVerbAfter(spoke);
    if (v === undefined) return undefined;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, ws[v]!.end)];
    if (!n || n.mention.first !== v + 1 || n.member === spoke.member || !fitsNamed(n.member)) return undefined;
    if (ws[n.mention.last + 1]?.key === "to" || this.c.sentenceOf(n.mention.start).end > this.c.sentenceOf(at).start) return undefined;
    // The asking is its sentence's main clause, the asker its opening subject: not `…, when a
    // man asked Roe why …`, which tells what someone else is talking about.
    const asking = this.c.sentenceOf(spoke.at);
    this.c.work.add(spoke.at - asking.start);
    if (!SENTENCE_OPENING_NAME.test(this.c.text.slice(asking.start, spoke.at))) return undefined;
    // Only the pronoun of the quotation's own attribution, after it closes, and not after a question.
    if (!this.c.quoted[this.seen.wordBefore(at)]) return undefined;
    return this.seen.afterQuestion(at) ? undefined : n.member;
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
   * `the Brenvo’lustrik announced`, `the Lustrik te Brenvo said`: a name the text first gives
   * after `the`, with no title, is a people's, a nation's or a body's, as no one person's name
   * takes the article; `he` or `she` never stands for it. So too a name only ever met after `a`
   * (`a red Honda Fit`, `an Ontario Hydro truck`): a make, a model, a thing of a kind. Not a full
   * name a given name of one sex opens after a word that describes a person's mood, age or bearing
   * (`a vibrant Sharlene Bosma`, `a young Tom Baker`), as a colour or `vintage` does a make's (`a
   * green John Deere`, `a vintage Austin Healey`).
   */
  private namedWithArticle(m: CastMember): boolean {
    if (m.titles.size > 0) return false;
    const sexed = m.tokens.length > 1 && genderOfGivenName(m.tokens[0]!) !== undefined;
    // Every mention, the first few read: `the Tucker Carlson interview` then `told Carlson` is a
    // person's name used as a modifier once.
    return firstMentionsAll(m, (at) => {
      // Both of ARTICLE_BEFORE's forms end in a space, read first.
      if (this.c.text.charCodeAt(at - 1) !== 32) return false;
      const before = this.c.text.slice(Math.max(0, at - ARTICLE_BEFORE_CHARS), at);
      if (!ARTICLE_BEFORE.test(before)) return false;
      const adjective = sexed ? ADJECTIVE_AFTER_A.exec(before)?.[1] : undefined;
      return !(adjective && PERSON_ADJECTIVES.has(adjective));
    });
  }

  /**
   * A member named by a role word alone, and only where the word opens a headline, a line or a
   * sentence, capitalised as any word there is (`Pharmacist warns of shortages`): a role, not a
   * name, so no `he` or `she` stands for it; the person the article names in that role is who the
   * pronoun means, or no one it can tell. A surname that is a role word (`said Baker`) stands
   * elsewhere too; the first few mentions are read.
   */
  private isBareRole(m: CastMember): boolean {
    if (m.unnamed || m.tokens.length !== 1 || m.titles.size > 0 || !isSpeakerNoun(m.tokens[0]!)) return false;
    return firstMentionsAll(m, (at) => OPENS_A_LINE_OR_SENTENCE.test(this.c.text.slice(Math.max(0, at - OPENER_CHARS), at)));
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
    if (!NEXT_SENTENCE_OPENING_NAME.test(gap)) return null;
    const next = this.c.sentenceOf(n.mention.start);
    if (next.start < s.end || paragraphIndexAt(this.c.paragraphs, next.start) > paragraphIndexAt(this.c.paragraphs, at) + 1) return null;
    this.c.work.add(next.end - next.start);
    return DOUBLE_MARK.test(this.c.text.slice(next.start, next.end)) ? null : n.member;
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
    const prev = sentenceBefore(this.c, s.start);
    if (!prev || prev.start >= s.start || prev.start < this.seen.paragraphStart(at, 0)) return null;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, prev.start)];
    if (!n || n.mention.start >= prev.end || !this.seen.isSubject(n.mention) || !fitsNamed(n.member)) return null;
    // Only the sentence's opening subject, with at most a title's words before it.
    const before = this.c.text.slice(prev.start, n.mention.start);
    this.c.work.add(prev.end - prev.start);
    if (!SENTENCE_OPENING_NAME.test(before) || DOUBLE_MARK.test(this.c.text.slice(prev.start, prev.end))) return null;
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
    const i = this.wordBeforeQuotation(at);
    if (i === undefined || i < 0) return null;
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
    for (const n of this.namesBetween(from, lead.end)) {
      const named = this.c.names[n]!;
      if (named.mention.start !== from && !this.seen.isSubject(named.mention)) continue;
      return fitsNamed(named.member) ? named.member : null;
    }
    return null;
  }

  /**
   * For a pronoun right after a quotation (`“…,” he said`), the word before that quotation opens:
   * -1 when it opens the text; undefined when the word before the pronoun is not quoted, or the
   * quotation runs back more than MAX_LEAD_IN_QUOTE_WORDS words.
   */
  private wordBeforeQuotation(at: number): number | undefined {
    // Up to three rules ask it of the same pronoun: the quotation is walked, and charged, once.
    if (this.beforeQuotation?.at !== at) this.beforeQuotation = { at, word: this.walkBackOverQuotation(at) };
    return this.beforeQuotation.word;
  }

  private walkBackOverQuotation(at: number): number | undefined {
    let i = this.seen.wordBefore(at);
    if (i < 0 || !this.c.quoted[i]) return undefined;
    for (let looked = 0; i >= 0 && this.c.quoted[i] && looked < MAX_LEAD_IN_QUOTE_WORDS; i--, looked++) this.c.work.add();
    return i >= 0 && this.c.quoted[i] ? undefined : i;
  }

  /**
   * The indexes of the names met from `from` up to `at`, in text order, at most MAX_ANTECEDENTS of
   * them, each charged to the work budget as it is read: the walk the same-sentence rules share.
   */
  private *namesBetween(from: number, at: number): Generator<number> {
    for (
      let i = firstAtOrAfter(this.seen.namesAt, from), looked = 0;
      i < this.seen.namesAt.length && this.seen.namesAt[i]! < at && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      yield i;
    }
  }

  /**
   * A person named earlier in the pronoun's own sentence: `As for Carlson's view, he said ...`.
   * The subject of a clause is the likelier antecedent than a name inside a phrase or a
   * subordinate clause before it (`As aides listened, Roe warned of what he called …`), so the
   * first subject that fits goes before the first name that fits.
   */
  private sameSentencePerson(at: number, fitsNamed: (m: CastMember) => boolean): CastMember | null {
    const s = this.c.sentenceOf(at);
    if (this.closesReportedSentence(at, s.end)) return null;
    let first: CastMember | null = null;
    for (const i of this.namesBetween(s.start, at)) {
      const n = this.c.names[i]!;
      if (!fitsNamed(n.member) || this.seen.modifiesNoun(n.mention) || this.seen.isInterviewer(n.mention)) continue;
      if (this.seen.isSubject(n.mention)) return this.subordinateSubject(i, at, fitsNamed) ?? n.member;
      // `The news out of Millbrook General, she said`, `flew in with CC-130 Hercules planes, … he
      // said`: a name that is no subject, with only its two capitalised words to show a person (no
      // title, no known given name), is as often a place, a body or a thing; the rules after decide.
      if (showsNoPerson(n.member)) continue;
      first ??= n.member;
    }
    return first;
  }

  /**
   * Where the same `he` or `she` as the one at `at` stands earlier in its sentence, as the
   * subject of a clause no name comes before (`But he met Tom Baker, and he called it “…”`),
   * when the sentence names no subject and a person stands between the two: the later pronoun
   * goes back to the earlier one, never to a name it passes. Reads the sentence's words before
   * `at` once; the earlier pronoun has no such pronoun before it, so the chain ends there.
   */
  private samePronounBefore(key: string, at: number): number | undefined {
    const s = this.c.sentenceOf(at);
    if (this.closesReportedSentence(at, s.end)) return undefined;
    const ws = this.c.words;
    const end = this.seen.wordBefore(at + 1);
    let named = false;
    let passed = s.start;
    for (const i of this.namesBetween(s.start, at)) {
      const n = this.c.names[i]!;
      if (this.seen.isSubject(n.mention)) return undefined;
      if (n.member.kind === "person") {
        named = true;
        passed = n.mention.end;
      }
    }
    if (!named) return undefined;
    // `He replaced Tom Baker, who resigned after he called …`, `… the farm of Tom Baker, where he
    // grows …`, `She praised Jane Roe because she had …`: a clause the name's own relative or a
    // subordinator opens has a subject of its own, often the name. Not `whom` (`Baker, whom he
    // described as …`), whose clause's subject the pronoun is.
    for (let k = this.seen.wordFrom(passed); k < end; k++) {
      this.c.work.add();
      const w = ws[k]!.key;
      if ((RELATIVE_PRONOUNS.has(w) && w !== "whom") || SUBORDINATORS.has(w) || w === "where") return undefined;
    }
    // Up to the first word in capitals after the sentence's first (a name, its title): a pronoun after it may be its.
    const first = this.seen.wordFrom(s.start);
    for (let k = first; k < end; k++) {
      this.c.work.add();
      if (this.c.quoted[k]) continue;
      if (ws[k]!.key === key) return ws[k]!.start;
      if (k > first && startsUpper(ws[k]!.text)) return undefined;
    }
    return undefined;
  }

  /**
   * `But fining Mr. Roe twice would be pointless, he told the court.`: a pronoun that, after a
   * comma, closes its sentence with a verb of saying and at most a few words more (whom it was
   * told, where) reports the words before it; anyone they name is spoken of, not the speaker.
   */
  private closesReportedSentence(at: number, end: number): boolean {
    const ws = this.c.words;
    const p = this.seen.wordBefore(at + 1);
    const verb = ws[p + 1];
    if (p < 1 || !verb || this.c.quoted[p] || !isLowerCase(verb.text) || !SPEECH_VERBS.has(verb.key)) return false;
    if (!ONLY_A_COMMA.test(this.c.text.slice(ws[p - 1]!.end, ws[p]!.start))) return false;
    let k = p + 2;
    while (k < ws.length && ws[k]!.start < end && k - p - 1 <= REPORTING_TAIL_MAX_WORDS) {
      this.c.work.add();
      if (ws[k]!.key === "that" || this.c.quoted[k]) return false;
      k++;
    }
    return !(k < ws.length && ws[k]!.start < end);
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
  lastPerson(
    at: number,
    fits: (m: CastMember) => boolean,
    gender?: "m" | "f",
    fitsWithEvidence?: (m: CastMember) => boolean,
  ): CastMember | null {
    // A name only mentioned, never a speaker, stands for a person only with evidence: see
    // evidentlyPerson. The caller's own test when it has one (pronoun's): a closure made here
    // on every call is wrapped again by keepNames.
    const fitsNamed = fitsWithEvidence ?? ((m: CastMember) => fits(m) && this.evidentlyPerson(m));
    const from = this.seen.paragraphStart(at, 2);
    let spoke = this.seen.lastSpoke(at, from, fits);
    // `said Jane Roe. An adjuster has told her the damage is not covered. “…,” she said.`: a
    // speaker of unknown sex whose own clause gives `her` as its object is not the `she` (that
    // would be `herself`); the one who spoke before it is.
    if (spoke && gender && spoke.member.gender === undefined && this.toldPronoun(spoke, gender))
      spoke = this.seen.lastSpoke(spoke.at, from, fits) ?? spoke;
    // `For Jane Roe, the co-owner of an orchard in Upper Tallwood, …`: two capitals after a
    // preposition of place, with nothing else to show a person, are where someone is, not who.
    // The preposition right before the name only: placeAfterPreposition, lastUsedAsPlace's test,
    // also reads past a capital the name lost (`in Oakvale, Iowa`), which would make a place of
    // `in July, Jane Roe`.
    const last = this.seen.lastNamed(
      at,
      0,
      fitsNamed,
      true,
      (n) => !showsNoPerson(n.member) || !PLACE_PREPOSITIONS.has(this.c.words[n.mention.first - 1]?.key ?? ""),
    );
    // `Roe is bringing motions. He sees scant support for more than Baker promised. ¶ “…,” he said.`:
    // a name inside a sentence whose main subject is already this `he` is no antecedent of it.
    const chained = last && gender && (!spoke || spoke.at <= last.mention.start) ? this.pronounOfSentence(last, gender) : undefined;
    if (chained && chained !== last?.member) return chained;
    // `Premier Roe shared Baker’s view. “…,” he said.`: the subject outranks a possessive in its predicate.
    const named =
      last &&
      (this.seen.subjectBeforePossessive(last, fitsNamed) ??
        this.seen.subjectBeforeAppositive(last, fitsNamed) ??
        this.seen.personBeforeRelativeClause(last, fitsNamed) ??
        this.seen.subjectBeforeObject(last, fitsNamed) ??
        this.subjectReporting(last, fitsNamed) ??
        last);
    // `said Rachel Notley. … Kinder Morgan's bid is before Ottawa. “…,” she said.`: a speaker the
    // text shows to be of the pronoun's sex is not displaced by a name whose only sign of a
    // person is its two capitalised words (a company's, an event's): that is no evidence.
    if (spoke && named && this.seen.tookOver(named, spoke, at) && this.displaces(named, spoke, at, gender)) return named.member;
    // `Roe then contrasted Baker's plan with his own. “…,” he said.`: the last name (Baker) is
    // no subject, but the subject of a paragraph after the speaker's has taken over all the same.
    const subject = spoke && this.seen.subjectSince(at, spoke, fitsNamed);
    if (spoke && subject && this.seen.tookOver(subject, spoke, at) && this.displaces(subject, spoke, at, gender)) return subject.member;
    // `When Mr. Roe was asked about it, Councillor Tom Baker cut in. ¶ “…,” he said.`: a speaker
    // noted inside a clause that opens the sentence with a subordinator is the background; the
    // main clause's subject after it is who the next quotation's `he` stands for.
    if (spoke && subject && this.subordinateThenMain(spoke, subject) && this.displaces(subject, spoke, at, gender)) return subject.member;
    // `Several councillors, including Jane Roe, were pleased. ¶ “…,” she said.`: so too the
    // person a paragraph of its own introduces, in any role, right before the quotation it leads into.
    if (spoke && named && gender && this.introducedBefore(named, spoke, at, gender) && this.displaces(named, spoke, at, gender))
      return named.member;
    if (spoke) return spoke.member;
    const earlier = this.seen.lastSpoke(at, 0, fits);
    // So too, with no speaker near, the last one earlier when of the pronoun's sex.
    if (named && earlier && !this.displaces(named, earlier, at, gender)) return earlier.member;
    return named?.member ?? earlier?.member ?? null;
  }

  /**
   * `said Rachel Notley. … Kinder Morgan's bid is before Ottawa. “…,” she said.`: whether name n
   * may displace speaker `spoke` as the antecedent of the pronoun of sex `gender` at `at`. A
   * speaker the text shows to be of the pronoun's sex is not displaced by a name whose only sign
   * of a person is its two capitalised words (a company's, an event's): that is no evidence. A
   * method, not a closure in lastPerson: keepNames wraps a named closure on every call.
   */
  private displaces(n: NameMention, spoke: Spoken | undefined, at: number, gender: "m" | "f" | undefined): boolean {
    return !(
      gender &&
      spoke &&
      this.sex.sexOf(spoke.member) === gender &&
      (showsNoPerson(n.member) || this.initialledBody(n.member, gender)) &&
      !this.personPronounAfter(n, at) &&
      !this.personNounBefore(n, gender)
    );
  }

  /**
   * Whether speaker `spoke` is named in a clause opened by a subordinator that opens its sentence
   * (`When Roe was asked …,`), and `subject`, a subject, is named after that clause's comma in the
   * same sentence: the main clause's subject (`When Roe was asked about it, Baker cut in.`).
   */
  private subordinateThenMain(spoke: Spoken, subject: NameMention): boolean {
    const s = this.c.sentenceOf(spoke.at);
    if (subject.mention.start >= s.end || subject.mention.start <= spoke.end) return false;
    const first = this.seen.wordFrom(s.start);
    const opener = this.c.words[first];
    if (!opener || opener.start >= spoke.at || !SUBORDINATORS.has(opener.key)) return false;
    // `When Roe said the ferries would run, Baker clapped. ¶ “…,” he said.`: a speaker saying
    // something in the clause is the one the next quotation goes on with, no background.
    if (isSayingWord(this.c.words[this.seen.wordFrom(spoke.end)])) return false;
    // `When Roe was asked by the harbour chair, Abel Baker, whether …, the crowd went quiet.`: a
    // name set off by commas inside the subordinate clause is an apposition there, no main
    // clause's subject; the sentence's subject as the attribution reads it (clauseSubject, past
    // the opening clause and what it sets off) must be this name. A name set off and then run
    // on to the main clause's verb (`…, Baker, who chairs the board, stepped up`, `…, Baker, 54,
    // stepped up`, `…, Baker, the harbour chair, stepped up`) is that subject.
    const main = clauseSubject(this.c, first, this.seen.wordFrom(s.end), true);
    const ws = this.c.words;
    if (!main || ws[main.last]!.end <= subject.mention.start || ws[main.first]!.start >= subject.mention.end) return false;
    // The clause ends at a comma between the speaker and the subject; the gap is bounded by one sentence.
    this.c.work.add(subject.mention.start - spoke.end);
    return this.c.text.slice(spoke.end, subject.mention.start).includes(",");
  }

  /**
   * The person a description of a person stands for (lastPerson), never one the text shows to be
   * of the other sex than a sexed noun's (`the mother`, `the Englishman`), as `she` or `he` would
   * not; `fits` narrows the people further. Asked by the resolver for descriptions and demonyms.
   */
  lastPersonOfSex(at: number, sex: "m" | "f" | undefined, fits: (m: CastMember) => boolean = () => true): CastMember | null {
    return this.lastPerson(at, (x) => x.kind === "person" && fits(x) && (!sex || this.sex.sexFits(x, sex)));
  }

  /**
   * For a name in a sentence whose main subject is a `he` or `she` of `gender` standing before it
   * (`He sees scant support for more than Baker promised.`, `Likewise, he will not guess what Baker will
   * choose.`), the person that pronoun stands for: a later pronoun of the same sex goes on with the
   * chain of subjects, not with a name inside an object or a subordinate clause of that chain's
   * sentence. Only the sentence's first word, the first after a short opening phrase set off by a
   * comma, or the first after a conjunction opening the sentence (`But he`), and at most
   * MAX_CHAIN_LINKS links back.
   */
  private pronounOfSentence(n: NameMention, gender: "m" | "f"): CastMember | null | undefined {
    if (this.chaining >= MAX_CHAIN_LINKS) return undefined;
    const ws = this.c.words;
    const s = this.c.sentenceOf(n.mention.start);
    // A sentence that quotes someone (`Last week, he filed a report on “…,” Baker said.`) names its speaker.
    this.c.work.add(s.end - s.start);
    if (DOUBLE_MARK.test(this.c.text.slice(s.start, s.end))) return undefined;
    const first = this.seen.wordFrom(s.start);
    const key = gender === "m" ? "he" : "she";
    let p = -1;
    for (let k = first; k < n.mention.first && k - first <= CHAIN_OPENING_MAX_WORDS; k++) {
      this.c.work.add();
      if (this.c.quoted[k]) return undefined;
      const w = ws[k]!;
      // `But he built his name as a critic of Baker.`: a conjunction opening the sentence leaves its pronoun the subject.
      const opensAfterConjunction = k === first + 1 && COORDINATORS.has(ws[first]!.key);
      if (w.key === key && (k === first || opensAfterConjunction || ONLY_A_COMMA.test(this.c.text.slice(ws[k - 1]!.end, w.start)))) {
        p = k;
        break;
      }
    }
    // `He will win the vote, Baker said.`, `…, said Baker.`, `…, according to Baker.`: a name set off
    // by a comma with its verb of saying (or `according to`) reports the sentence; its pronoun is
    // another's. k: the word the comma follows, -1 where no verb of saying stands by the name.
    let k = n.mention.first - 1;
    if (isSayingWord(ws[k])) k--;
    else if (ws[k]?.key === "to" && ws[k - 1]?.key === "according") k -= 2;
    else if (!isSayingWord(ws[n.mention.last + 1])) k = -1;
    if (p < 0 || (k >= 0 && ONLY_A_COMMA.test(this.c.text.slice(ws[k]!.end, ws[k + 1]!.start)))) return undefined;
    // `He lost the vote, but Mayor Baker won his.`, `He lost the vote; Baker then moved his own.`: a
    // name opening a main clause of its own (after `;`, or a comma and `and`, `but`, `or`) is that
    // clause's subject, no part of the pronoun's.
    const f = n.mention.first;
    const gap = (i: number) => this.c.text.slice(ws[i - 1]!.end, ws[i]!.start);
    if (ONLY_A_SEMICOLON.test(gap(f)) || (COORDINATORS.has(ws[f - 1]!.key) && ONLY_A_COMMA.test(gap(f - 1)))) return undefined;
    // `He met Bill Baker, who runs the food bank.`, `He introduced Bill Baker, the fire chief.`: a
    // person the sentence introduces (named there first, and described at once) is brought in for
    // what follows, the likelier `he` next; the chain goes on only past one named before.
    const next = ws[n.mention.last + 1];
    const described = next && ONLY_A_COMMA.test(gap(n.mention.last + 1)) && (next.key === "who" || DESCRIPTION_OPENERS.has(next.key));
    if (described && n.member.seen[0] === n.mention.start) return undefined;
    this.chaining++;
    try {
      return this.pronoun(key, ws[p]!.start);
    } finally {
      this.chaining--;
    }
  }

  /**
   * Whether a name only mentioned, never a speaker, shows it is a person's: a full name, a title,
   * a known given name, or a lone name set off by an age or a person's description (see
   * describedAsPerson). A lone capitalised word (`Southern`, `Russian`, a section label) is no
   * such evidence. Asked by every rule a pronoun tries, so that each reads the same names as people.
   */
  private evidentlyPerson(m: CastMember): boolean {
    return isEvidentlyPerson(m) || this.describedAsPerson(m);
  }

  /**
   * For a name inside the clause its sentence's opening subject reports (`Baker` in `Jane Roe
   * says Baker never showed remorse.` or `Roe toured the city, warning that her rival, Tom Baker,
   * would cut spending.`), that subject when it fits: the one spoken of acts only inside what was
   * said, and the one who said it stays in mind for the quotation that follows.
   */
  private subjectReporting(n: NameMention, fits: (m: CastMember) => boolean): NameMention | undefined {
    const s = this.c.sentenceOf(n.mention.start);
    const subject = this.c.names[firstAtOrAfter(this.seen.namesAt, s.start)];
    if (!subject || subject.mention.start >= n.mention.start || subject.member === n.member) return undefined;
    // `Roe's plan is wrong, said Baker`: a possessive qualifies a noun, and says nothing.
    if (APOSTROPHE_S.test(this.c.words[subject.mention.last]!.text)) return undefined;
    if (n.mention.first - subject.mention.last > REPORTED_NAME_MAX_WORDS || !fits(subject.member)) return undefined;
    this.c.work.add(n.mention.start - s.start);
    const opening = this.c.text.slice(s.start, subject.mention.start);
    if (!SENTENCE_OPENING_NAME.test(opening)) return undefined;
    // `New Democrat Leader Jane Roe`: capitalised words of the name's own before it, not `After` or `In`.
    const ws = this.c.words;
    const openers = ws.slice(this.seen.wordFrom(s.start), subject.mention.first);
    if (!this.seen.isSubject(subject.mention) && openers.some((w) => PREPOSITIONS.has(w.key) || SUBORDINATORS.has(w.key))) return undefined;
    if (DOUBLE_MARK.test(this.c.text.slice(subject.mention.end, n.mention.start))) return undefined;
    // A verb of saying between them, right before the name or with `that` after it: read back from the name.
    for (let v = n.mention.first - 1, that = false; v > subject.mention.last; v--) {
      const w = ws[v]!;
      if (w.key === "that") that = true;
      // `…, said Baker`: a verb set off by a comma inverts; the name after it speaks.
      else if (isSayingWord(w) && (that || (v === n.mention.first - 1 && joined(this.c.text, ws[v - 1]!, w)))) return subject;
    }
    return undefined;
  }

  /**
   * Whether a lone name is set off, where the text first gives it, by an age or a description of
   * a person (`Althea, an Ottawa resident,`, `Kyle, 10,`), or is given as a person's name (`a
   * rider named Vic`): a person named by a given name alone, as people who give only that are,
   * though the name shows no sex and no title. Read once per member.
   */
  private describedAsPerson(m: CastMember): boolean {
    if (m.tokens.length !== 1 || m.seen.length === 0) return false;
    let known = this.described.get(m);
    if (known === undefined) {
      const at = m.seen[0]!;
      this.c.work.add(DESCRIBED_CHARS);
      const x = LONE_NAME_DESCRIBED.exec(this.c.text.slice(at, at + DESCRIBED_CHARS));
      const head = x?.[2];
      // A person's noun, not a body's (`Zentrix, a software firm,` names a company).
      known =
        (!!x && (x[1] !== undefined || (head !== undefined && (isPersonNoun(head) || RESIDENCE_HEADS.has(head))))) ||
        this.namedAfterPersonNoun(at) ||
        namedByFrame(this.c, at) ||
        surnameWithheldAfter(this.c, at);
      this.described.set(m, known);
    }
    return known;
  }

  /** `a rider named Vic`, `a man called Truth`: a person's noun and `named` or `called` right before the name at `at`. */
  private namedAfterPersonNoun(at: number): boolean {
    const ws = this.c.words;
    const i = this.seen.wordFrom(at);
    const verb = ws[i - 1];
    const noun = ws[i - 2];
    if (!verb || !noun || (verb.key !== "named" && verb.key !== "called")) return false;
    return isLowerCase(noun.text) && isPersonNoun(noun.key) && joined(this.c.text, noun, verb) && joined(this.c.text, verb, ws[i]!);
  }

  /**
   * Whether `named`, named after the last speaker, is introduced by the paragraph just before the
   * one a pronoun at `at` attributes: that paragraph quotes no one and is later than the
   * speaker's, and the pronoun is the first word after the quotation that opens its own
   * paragraph (`¶ “…,” he said.`). A reporter names whoever speaks next right before the
   * quotation; a name there in any role (`echoed by Mayor Tom Baker`, `including Jane Roe`,
   * `came a warning from Premier Roe`) has taken over from the speaker, whose turn ended with
   * a paragraph that is about someone else.
   */
  private introducedBefore(named: NameMention, spoke: Spoken, at: number, gender: "m" | "f"): boolean {
    // A possessive (`made fun of Clinton's delivery`) qualifies a noun: it introduces no one.
    if (named.mention.start <= spoke.at || named.member === spoke.member || APOSTROPHE_S.test(this.c.words[named.mention.last]!.text))
      return false;
    const ps = this.c.paragraphs;
    const p = paragraphIndexAt(ps, at);
    if (p === 0 || paragraphIndexAt(ps, named.mention.start) !== p - 1 || paragraphIndexAt(ps, spoke.at) >= p - 1) return false;
    // The pronoun is the first word outside the quotation that opens its paragraph.
    const i = this.wordBeforeQuotation(at);
    if (i === undefined || (i >= 0 && this.c.words[i]!.start >= ps[p]!.start)) return false;
    const lead = ps[p - 1]!;
    this.c.work.add(lead.end - lead.start);
    const text = this.c.text.slice(lead.start, lead.end);
    // A statement, not a headline or a `Read more:` line (no full stop), nor the reporter's
    // question (`But what if Roe wins?`), which the one asked before answers.
    if (DOUBLE_MARK.test(text) || !/[.:]\s*$/.test(text)) return false;
    // Not a paragraph about the speaker, named again there (`Roe has invited Baker to the
    // meeting.`) or already `he` or `she` before the name (`He mocked Baker …`, `she visited
    // Trump Tower`): the one in mind, whom the quotation's pronoun goes on with.
    if (this.seen.lastNamed(lead.end, lead.start, (x) => x === spoke.member)) return false;
    const pronoun = gender === "m" ? "he" : "she";
    for (let k = this.seen.wordFrom(lead.start); k < named.mention.first; k++) {
      this.c.work.add();
      if (this.c.words[k]!.key === pronoun) return false;
    }
    return true;
  }

  /**
   * Whether a person's pronoun follows a name within a few words of its paragraph, outside
   * quotations (`Jane Roe, who …`, `Roe lives by the river. In 2009, she …`), as none follows
   * `Kinder Morgan's bid to expand its pipeline`: the sign of a person that a name whose given
   * name no list holds may carry right after it. An `its` between proves nothing (`Roe, a
   * minister, says China's growth and its trade are good news, he said`). The pronoun being
   * resolved, at `at`, counts only after a subject (`Jane Roe, a minister, plays it down. …, she
   * says`): after a name that is none (`The news out of Millbrook General, she said`) it is the very
   * thing in question, no evidence of itself.
   */
  private personPronounAfter(n: NameMention, at: number): boolean {
    const paragraphEnd = this.c.paragraphs[paragraphIndexAt(this.c.paragraphs, n.mention.start)]!.end;
    const end = this.seen.isSubject(n.mention) ? paragraphEnd : Math.min(at, paragraphEnd);
    return pronounAfter(this.c, n.mention.last + 1, end, (key) => PERSON_PRONOUNS.has(key)) !== undefined;
  }

  /**
   * Whether a name opening on initials (`J.T. Roe`), which shows a person as a given name does
   * (`J.T. Miller scored twice`, `Defenceman A.J. Roe`), carries, where the text first names it,
   * a sign that it may be no person a pronoun of `gender` stands for: a firm's or a ship's own
   * sign (ownSignAt: `A.B. Roe and Sons`, `The R.J. Lusk was towed in`), a noun naming a firm as
   * often right before it (`contractor A.B. Roe`, not `winner A.J. Roe`), or a sexed person's
   * noun as the name's appositive (`Her husband, J.T. Lusk,` is no `she`; `Like her father, K.D.
   * Lang grew up` is). Only the words joined to the name in its own sentence count: a noun ending
   * the sentence before says nothing of it. These signs only keep an earlier speaker of the
   * pronoun's sex (lastPerson's displaces): the firm's owner may share its name (`A.B. Roe and
   * Sons … A.B. Roe, 81,`). A name that carries its own sign wherever it stands keeps from every
   * pronoun already (firmsOwnSign).
   */
  private initialledBody(m: CastMember, gender: "m" | "f" | undefined): boolean {
    if (!opensOnInitials(m.tokens) || m.seen.length === 0) return false;
    const ws = this.c.words;
    const i = this.seen.wordFrom(m.seen[0]!);
    if (FIRM_WORDS.has(m.tokens[1]!) || this.ownSignAt(m, i)) return true;
    const last = ws[i + m.tokens.length - 1]!;
    const after = ws[i + m.tokens.length];
    const before = ws[i - 1];
    if (!before) return false;
    if (joined(this.c.text, before, ws[i]!) && before.key !== "the" && isLowerCase(before.text) && BODIES_TOO.has(before.key)) return true;
    // `Her husband J.T. Lusk read`, `Her husband, J.T. Lusk, read`: a sexed person's noun in
    // lower case, joined to the name or set off as an appositive closed after it. Not a noun
    // closing a phrase fronted before the name (`Like her father, K.D. Lang grew up`).
    if (!isLowerCase(before.text)) return false;
    const gap = this.c.text.slice(before.end, ws[i]!.start);
    if (!/^,?\s+$/.test(gap)) return false;
    if (gap.includes(",") && !this.opensOnPossessive(i - 1) && (!this.appositiveClosed(last, after) || this.frontedBefore(i - 1)))
      return false;
    const sex = isPersonNoun(before.key) ? nounSex(before.key) : undefined;
    return gender !== undefined && sex !== undefined && sex !== gender;
  }

  /**
   * Whether a name opening on initials stands for no person a pronoun may: a firm's word for its
   * surname (`A.B. Contracting`), or a firm's or a ship's own sign (ownSignAt) at every mention
   * read (`A.B. Contracting won the bid`, `The R.J. Lusk crew hauled in the nets`). A mention with
   * none shows the person who may share the firm's or the ship's name (`A.B. Roe and Sons … A.B.
   * Roe, 81, still works the counter`, `The A.J. Roe crew won … A.J. Roe, the skipper,`).
   */
  private firmsOwnSign(m: CastMember): boolean {
    if (!opensOnInitials(m.tokens) || m.seen.length === 0) return false;
    if (FIRM_WORDS.has(m.tokens[1]!)) return true;
    for (let k = 0; k < m.seen.length && k < OWN_SIGN_MENTIONS_READ; k++)
      if (!this.ownSignAt(m, this.seen.wordFrom(m.seen[k]!))) return false;
    return true;
  }

  /**
   * Whether the mention of a name on initials at word `i`, written in full, carries a firm's or
   * a ship's own sign: a firm's word right after it (`J.D. Irving Ltd.`), `and Sons`, or `the`
   * before it where it ends its noun phrase or a ship's crew follows (`The R.J. Lusk was towed`,
   * `The R.J. Lusk crew hauled in the nets`; not `the J.T. Miller trade`). A mention by the
   * surname alone carries none.
   */
  private ownSignAt(m: CastMember, i: number): boolean {
    const ws = this.c.words;
    if (ws[i]?.key !== m.tokens[0] || ws[i + 1]?.key !== m.tokens[1]) return false;
    const last = ws[i + 1]!;
    const after = ws[i + 2];
    if (after && joined(this.c.text, last, after) && FIRM_WORDS.has(after.key)) return true;
    // `A.B. Roe and Sons`, `R.J. Lusk & Son`: a family firm's name.
    if (AND_SONS.test(this.c.text.slice(last.end, last.end + AND_SONS_CHARS))) return true;
    const before = ws[i - 1];
    if (before?.key !== "the" || !joined(this.c.text, before, ws[i]!)) return false;
    // `The R.J. Lusk was towed`, `towed the R.J. Lusk into port`: a name ending its noun phrase
    // after `the`; not one modifying a noun (`the J.T. Miller trade`, `The K.D. Lang record`),
    // unless the noun is a boat's crew (`The R.J. Lusk crew`), whom no person named so leads.
    return this.endsItsPhrase(last, after) || (!!after && joined(this.c.text, last, after) && SHIPS_CREW.has(after.key));
  }

  /**
   * Whether a name (its last word `last`, `after` the word after it) ends its noun phrase: the
   * sentence or a clause ends after it, or a function word or a past form comes next (`was`,
   * `into`, `capsized`), not a noun it modifies (`trade`, `era`, `record`).
   */
  private endsItsPhrase(last: Word, after: Word | undefined): boolean {
    if (!after || !joined(this.c.text, last, after)) return true;
    return FUNCTION_WORDS.has(after.key) || ED_PAST.test(after.text) || PASTS_AFTER_A_SHIP.has(after.key);
  }

  /** Whether the person's noun at word `k` follows a possessive opening the sentence (`Her husband, J.T. Lusk read …`): the subject's own noun, no fronted phrase's. */
  private opensOnPossessive(k: number): boolean {
    const p = this.c.words[k - 1];
    return !!p && POSSESSIVE_DETERMINERS.has(p.key) && this.c.sentenceOf(p.start).start === p.start;
  }

  /** Whether a name set off after a noun is closed as an appositive: a comma or the sentence's end right after its last word `last`. */
  private appositiveClosed(last: Word, after: Word | undefined): boolean {
    if (!after || this.c.sentenceOf(after.start).start > last.start) return true;
    return /^\s*,/.test(this.c.text.slice(last.end, after.start));
  }

  /**
   * Whether the person's noun at word `k`, set off by a comma before a name, closes a phrase
   * fronted before the sentence's subject, opening (the sentence or after a comma) on a
   * preposition or a participle: `Like her father,`, `Together with her husband,`, `Raised by his
   * grandmother,`, `In 2010, with her husband,`. Even a name closed by a comma after such a
   * phrase may be its subject (`Like her father, K.D. Lang, 60, grew up …`). Not a noun inside the
   * sentence (`Every chapter was read by her husband, J.T. Lusk, before …`). Reads back a few
   * words joined to it.
   */
  private frontedBefore(k: number): boolean {
    const ws = this.c.words;
    this.c.work.add(FRONTED_WORDS);
    for (let j = k - 1; j >= Math.max(0, k - FRONTED_WORDS) && joined(this.c.text, ws[j]!, ws[j + 1]!); j--) {
      if (j > 0 && joined(this.c.text, ws[j - 1]!, ws[j]!)) continue;
      // A participle before a preposition or a determiner (`Raised by`, `Following her`), not a name (`Fred’s wife,`).
      const participle =
        rx.u`\p{Ll}(?:ing|ed)$`.test(ws[j]!.text) && (PREPOSITIONS.has(ws[j + 1]!.key) || DESCRIPTION_OPENERS.has(ws[j + 1]!.key));
      return FRONTED_OPENERS.has(ws[j]!.key) || participle;
    }
    return false;
  }

  /**
   * Whether a name is set off right after a person's noun with a possessive (`His wife, Abena
   * Osei, read every draft.`, `Her son, Marcus Baptiste, confirmed …`): the noun shows a person
   * of `gender` as a pronoun after the name would. A sexed noun shows its own sex only (`Her
   * husband, Obasi Lusk,` is no `she`); a sexless one (`His partner`) a person of either. Reads
   * a fixed few characters before the name.
   */
  private personNounBefore(n: NameMention, gender: "m" | "f"): boolean {
    const before = this.c.text.slice(Math.max(0, n.mention.start - PERSON_NOUN_BEFORE_CHARS), n.mention.start);
    const noun = POSSESSIVE_NOUN_SET_OFF.exec(before)?.[1]?.toLowerCase();
    if (noun === undefined || !isPersonNoun(noun)) return false;
    const sex = nounSex(noun);
    return sex === undefined || sex === gender;
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
}

/**
 * Whether the quoted capitalised word at i modifies the quoted word right after it (`Roe
 * Foundation`, `Roe supporters`, `the Roe government`), naming something else than the person;
 * a verb after a name (`Roe testified`) speaks of the person.
 */
export function modifiesNext(c: { words: Word[]; quoted: boolean[]; text: string }, i: number): boolean {
  const w = c.words[i]!;
  const next = c.words[i + 1];
  return !APOSTROPHE_S.test(w.text) && !!next && c.quoted[i + 1]! && joined(c.text, w, next) && !readsAsVerbAfterName(next);
}

/**
 * Whether the word after a name reads as the name's verb, not a noun the name modifies (`Roe
 * supporters`): an auxiliary or an adverb that stands between a subject and its verb (`did`,
 * `has`, `never`), or a past (`testified`).
 */
function readsAsVerbAfterName(next: Word): boolean {
  return SUBJECT_VERB_FILLERS.has(next.text) || ED_PAST.test(next.text);
}

/** Whether the word after a name reads as its verb (`after Baker threatened`): lower case, no preposition or conjunction. */
function readsAsItsVerb(next: Word | undefined): boolean {
  return !!next && isLowerCase(next.text) && !PREPOSITIONS.has(next.key) && next.key !== "and" && next.key !== "or";
}

/**
 * `… hard if the lockout dragged on all winter. “…,” he said.`: a description by common
 * nouns alone, none of them a word for a person (a speaker's noun, a title, a relative, an age),
 * is the subject of some verb the lexicon also reads as saying (`continued`, `noted`), not a
 * person whom `he` or `she` could stand for.
 */
export function isThingDescribed(member: CastMember): boolean {
  return member.unnamed === true && !member.tokens.some((t) => isSpeakerNoun(t) || TITLES.has(t) || KIN_NOUNS.has(t));
}

/** Whether a word is a verb of saying as written in a sentence, in lower case (`said`, not `Says` of a headline). */
function isSayingWord(w: Word | undefined): boolean {
  return w !== undefined && isLowerCase(w.text) && SPEECH_VERBS.has(w.key);
}
