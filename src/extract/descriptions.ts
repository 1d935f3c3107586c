// Descriptions of people as speakers: `the Liberal leader`, `the chief medical officer`, `the
// Raptors head coach`, `the spokesperson`. Each stands for a person the text named or introduced
// with those words before, or, failing that, the person the paragraph is about.
import type { CastMember } from "./actors";
import { paragraphIndexAt } from "./analysis";
import { type Antecedents, type Context, isEvidentlyPerson, MAX_ANTECEDENTS, type NameMention } from "./antecedents";
import {
  ARTICLES,
  COURTESY_TITLES,
  HEAD_LINKS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TITLE_SMALL_WORDS,
} from "./lexicon";
import {
  isCrownBody,
  isOffice,
  isOfficeWord,
  isPersonNoun,
  isSpeakerNoun,
  joined,
  type Mention,
  onlyOrigin,
  onlyPlaced,
} from "./mention-words";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import { isOfficeAlone } from "./speaker-names";
import { APOSTROPHE_S, DOUBLE_MARK, isLowerCase, isSpaceAt, type Word } from "./text";
import { MIN_INITIALS, OPENING_PARAGRAPHS } from "./thresholds";
import { rx } from "./unicode-regexps";

/** How many words before a name its introduction may take: `Ontario NDP Leader` before `Jane Roe`. */
const INTRO_WORDS_BEFORE = 4;
/** How many words an appositive or a copula's complement after a name may take: `, the town’s chief harbour officer,`. */
const INTRO_WORDS_AFTER = 10;
/** Words that end the modifiers joined before a name: a link or an article begins another phrase. */
const NOT_INTRO_WORDS = new Set([...HEAD_LINKS, "the", "a", "an", "and", "or", "to", "by"]);
/** How many paragraphs on a description may be named with its own title: `a judge …` then `Judge Jane Roe`. */
const TITLED_LATER_PARAGRAPHS = 2;
/** How many paragraphs on a title met alone may be given to its holder: a headline, its lead and the next. */
const TITLED_NEXT_PARAGRAPHS = 3;
/**
 * How many paragraphs below a role met alone its holder may be introduced (`Quebec premier says …`
 * above `Quebec Premier Jane Roe said …`): counted from the role's own paragraph, wherever it
 * stands (a heading credited below the opening too): as many as open an article.
 */
const INTRODUCED_BELOW_PARAGRAPHS = OPENING_PARAGRAPHS;
/** Words that open a clause on a place, a time or a thing after a comma, never a person's appositive. */
const CLAUSE_ADVERBS = new Set(["where", "when", "which", "while", "whereas"]);
/** How many words before a name its sentence is read for a subject pronoun. */
const MAX_SENTENCE_WORDS = 40;
/** Verbs that introduce what a name is: `Jane Roe is the town’s chief harbour officer`. */
const COPULAS = new Set(["is", "was", "as"]);
/** A lawyer's nouns in the singular, which `Crown` before makes the prosecution's: `Crown prosecutor`, `Crown attorney`. */
const CROWN_LAWYERS = new Set(["prosecutor", "attorney", "counsel", "lawyer"]);
/** Words that make an office one held before (`a former Crown prosecutor`, `Pellworth's former Fisheries Minister`). */
const PAST_OFFICE_WORDS = ["former", "ex", "once", "formerly", "retired"];
/** Nouns that make the name after them an office's next holder when the holder is their possessor: `Her successor, Dag Fenn,`. */
const SUCCESSOR_NOUNS = new Set(["successor", "replacement"]);
/** Verbs whose object is the office's last holder: `Dag Fenn succeeded her`, `was replaced by Dag Fenn`. */
const SUCCEEDING_VERBS = new Set(["replaced", "replaces", "succeeded", "succeeds"]);
/** Possessors of a successor that name a person, the holder (`Her successor`), not a body (`the guild's`). */
const HOLDER_POSSESSORS = new Set(["her", "his", "their"]);
/** Objects of a verb of succeeding that stand for the holder: `Dag Fenn succeeded her`. */
const HOLDER_OBJECTS = new Set(["her", "him", "them"]);
/** How many words before a name a word of succession may stand: `was replaced by Dag Fenn`. */
const SUCCESSION_WORDS_BEFORE = 3;
/** Nouns that make a lawyer the accused's, whatever Crown office the introduction also mentions. */
const DEFENCE_NOUNS = new Set(["defence", "defense"]);
/** How far past an appositive's article its noun is looked for (`a nurse`, `a longtime local nurse`). */
const APPOSITIVE_HEAD_CHARS = 60;
/** The most characters between a name and the appositive after it: a comma and a space or two. */
const APPOSED_GAP_MAX_CHARS = 4;
/** What ends an appositive: any punctuation between two of its words. */
const APPOSITIVE_END = /[,.;:!?()[\]“”"—–]/;

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

/**
 * Whether a word before a name is a verb of saying whose object the name is (`asks`, `tells`,
 * `urges`), in lower case or, as headlines capitalise them, in its `-s` form (`Asks`): the
 * introduction of the name ends there.
 */
function isVerbBefore(w: Word): boolean {
  return SPEECH_VERBS.has(w.key) && (isLowerCase(w.text) || w.key.endsWith("s"));
}

/** A description's word as an introduction would give it: a party's nickname as its name. */
export function partyName(key: string): string {
  return PARTY_NICKNAMES.get(key) ?? key;
}

/**
 * Informal names of offices in Canadian news, each with the formal titles an introduction gives
 * it (the words one must hold): `Canada’s top doctor` is its chief public health officer, a
 * province’s its chief medical officer (of health), a city’s `top cop` its police chief.
 */
const OFFICE_SYNONYMS = new Map<string, string[][]>([
  [
    "top doctor",
    [
      ["chief", "medical", "officer"],
      ["chief", "public", "health", "officer"],
      ["medical", "officer", "health"],
    ],
  ],
  [
    "top cop",
    [
      ["police", "chief"],
      ["police", "commissioner"],
      ["rcmp", "commissioner"],
    ],
  ],
  [
    "top soldier",
    [
      ["chief", "defence", "staff"],
      ["chief", "defense", "staff"],
    ],
  ],
]);
/**
 * Role nouns news uses for one another, so that `the league’s busiest netminder` finds `Jets
 * goalie Jane Roe` and `the Acme spokesperson` finds `Acme spokesman Tom Baker` (a writer varies
 * the gendered and the neutral word; a baseball team's manager is its skipper): each noun with the
 * words an introduction may give the role by.
 */
const ROLE_VARIANTS = new Map<string, string[]>(
  [
    ["goalie", "goaltender", "netminder", "goalkeeper"],
    ["spokesperson", "spokesman", "spokeswoman"],
    ["councillor", "councilor", "coun", "cllr", "councilman", "councilwoman"],
    ["chair", "chairperson", "chairman", "chairwoman"],
    ["manager", "skipper"],
  ].flatMap((nouns) => nouns.map((n) => [n, nouns] as [string, string[]])),
);

/**
 * The words an introduction may give a role by: the role noun itself, or its variants
 * (ROLE_VARIANTS), the first of them the one a heading's title is read as (`Coun.` as `councillor`).
 */
export function roleVariants(head: string): string[] {
  return ROLE_VARIANTS.get(head) ?? [head];
}

/** What stands between a label and the description after it: its colon. */
const LABEL_GAP = /^:\s+$/;

/** An article that may open an introduction (`a`, `an`, `one`), with the white space after it. */
const INTRO_ARTICLE = /\b(?:[Aa]n?|[Oo]ne)\s+/g;
/** The tokens after an article an introduction's head noun may start: up to three words, then the head. */
const INTRO_HEAD_TOKENS = 4;

interface IntroOpening {
  /** Where the article starts. */
  at: number;
  /** Where the tokens after it start, split at white space, the first INTRO_HEAD_TOKENS of them. */
  tokens: number[];
}

/**
 * Every article that may open an introduction, with where the tokens after it start. An article
 * ends its token (white space follows it), so each character is looked at for at most the
 * INTRO_HEAD_TOKENS articles among the tokens before it: linear in the text.
 */
function introOpenings(text: string): IntroOpening[] {
  const out: IntroOpening[] = [];
  INTRO_ARTICLE.lastIndex = 0;
  for (let m = INTRO_ARTICLE.exec(text); m; m = INTRO_ARTICLE.exec(text)) {
    const tokens: number[] = [];
    for (let i = m.index + m[0].length; tokens.length < INTRO_HEAD_TOKENS && i < text.length; ) {
      tokens.push(i);
      while (i < text.length && !isSpaceAt(text, i)) i++;
      while (i < text.length && isSpaceAt(text, i)) i++;
    }
    out.push({ at: m.index, tokens });
  }
  return out;
}

/**
 * Whether `head` is written at one of the offsets `tokens`: asked of every article for each head
 * noun, a plain loop, where a new function for each article's test cost more than the test.
 */
function startsAToken(text: string, head: string, tokens: number[]): boolean {
  for (const t of tokens) if (text.startsWith(head, t)) return true;
  return false;
}

const CAPITAL = rx.u`\p{Lu}`;

/**
 * Words that end the modifiers before an introduction's head: `a picture of the officers`
 * introduces a picture, not officers.
 */
const INTRO_NOT_MODIFIERS = "(?:of|for|at|with|from|in|on|to|by|the|a|an|and|or)";

/**
 * `a spokesperson for the Port Authority`: an introduction is an article (introOpenings), up to
 * INTRO_MAX_MODIFIERS words, the head noun and what it is of. Read in steps with three patterns
 * made once, none of them holding the head noun: a pattern made for each head noun (its Unicode
 * classes compiled at its first match) cost more than all its matches, and had to be kept across
 * texts. Each step is the one way the single pattern `article (modifier){0,3}? head tail` could
 * match there: a modifier is a whole run of letters and the white space after it, so the fewest
 * modifiers before the head are tried first, as its lazy count did.
 */
const INTRO_MODIFIER = new RegExp(String.raw`(?!${INTRO_NOT_MODIFIERS}\s)[\p{L}’'-]+\s+`, "uy");
/** What the head noun is of (`for the Port Authority`), if anything, then the end of a word; sticky. */
const INTRO_TAIL = rx.uy`(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?\b`;
/** The most words an introduction may put between its article and its head noun. */
const INTRO_MAX_MODIFIERS = INTRO_HEAD_TOKENS - 1;

/**
 * The end of the introduction of `head` whose words (past the article) start at `from`, or -1
 * when the words there introduce no such head.
 */
function introductionEnd(text: string, from: number, head: string): number {
  for (let at = from, modifiers = 0; ; modifiers++) {
    if (text.startsWith(head, at)) {
      INTRO_TAIL.lastIndex = at + head.length;
      if (INTRO_TAIL.test(text)) return INTRO_TAIL.lastIndex;
    }
    if (modifiers === INTRO_MAX_MODIFIERS) return -1;
    INTRO_MODIFIER.lastIndex = at;
    if (!INTRO_MODIFIER.test(text)) return -1;
    at = INTRO_MODIFIER.lastIndex;
  }
}

export class Descriptions {
  /** The words each name mention was introduced with, and the first and last index of those words in `words`, by its index in `names` (see intro). */
  private readonly intros = new Map<number, { words: Set<string>; from: number; to: number }>();
  /** Matches of `introduced`'s pattern over the whole text, by head noun. */
  private readonly introductions = new Map<
    string,
    { all: { name: string; at: number; end: number; named: boolean }[]; starts: number[] }
  >();
  /** The articles an introduction may open with, found once per text: see introOpenings. */
  private openings: IntroOpening[] | undefined;
  /** For each index into `names`, the first at or after it of a person named in full: see introducedLater. */
  private fullNames: Int32Array | undefined;

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
  ) {}

  /**
   * The person named right before `at`, set off from it by a comma alone, as the subject opening
   * its sentence (`Jane Roe, a nurse at Oakvale General,`): whom an appositive description opening
   * at `at` describes. Not a name after a preposition (`Unlike Tom Baker, a neighbour stayed`,
   * `According to Mayor Tom Baker, a councillor had complained`), whose comma ends a phrase and
   * opens a clause about someone else. Reads the one name before and the few characters between.
   */
  apposedTo(at: number, head: string): CastMember | undefined {
    const n = this.c.names[lastAtOrBefore(this.seen.namesAt, at - 1)];
    if (n?.member.kind !== "person" || n.member.unnamed || at - n.mention.end > APPOSED_GAP_MAX_CHARS) return undefined;
    if (!/^,\s+$/.test(this.c.text.slice(n.mention.end, at))) return undefined;
    // The appositive's own noun, not a possessor's (`Jane Roe, a lawyer's daughter,` is no `the
    // lawyer`; `a victims' advocate` no `the victim`): the noun then ends its word.
    const words = this.c.text.slice(at, at + APPOSITIVE_HEAD_CHARS).toLowerCase();
    const h = words.indexOf(head);
    if (h < 0 || !/^[\s,.;]/.test(words.slice(h + head.length, h + head.length + 1))) return undefined;
    return this.c.sentenceOf(n.mention.start).start === n.mention.start ? n.member : undefined;
  }

  /** The last indefinite description with this head noun before `at`, as a name: `A spokesperson for the Port Authority`. */
  introduced(head: string, at: number): { name: string; at: number; named: boolean } | undefined {
    // The matches over the whole text, found once per head noun; those that end by `at`
    // are the ones a search of the text before `at` finds.
    let found = this.introductions.get(head);
    if (!found) {
      this.c.work.add(this.c.text.length);
      const all = this.introductionsOf(head);
      this.introductions.set(head, (found = { all, starts: all.map((x) => x.at) }));
    }
    for (let i = lastAtOrBefore(found.starts, at), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      if (found.all[i]!.end <= at) return found.all[i];
    }
    return undefined;
  }

  /**
   * Every introduction of `head` in the text, in order, none inside the one before it. One
   * starts at an article (introOpenings) and its head noun starts one of the four tokens after
   * it: introductionEnd reads only the articles the head noun follows so, where a search of the
   * whole text for each head noun cost most of resolving descriptions.
   */
  private introductionsOf(head: string): { name: string; at: number; end: number; named: boolean }[] {
    const text = this.c.text;
    this.openings ??= introOpenings(text);
    const all: { name: string; at: number; end: number; named: boolean }[] = [];
    // A global search goes on from the end of the last match.
    let from = 0;
    for (const opening of this.openings) {
      if (opening.at < from || !startsAToken(text, head, opening.tokens)) continue;
      // The tokens start where the article's white space ends: the first is where its words do.
      const words = opening.tokens[0]!;
      const end = introductionEnd(text, words, head);
      if (end < 0) continue;
      const phrase = text.slice(words, end);
      const split = phrase.split(/\s+/);
      // `named`: a proper name among its words (`a Times article`), which common nouns alone are
      // not, nor a nationality or a place before them (`a Canadian woman`, `a Montreal private
      // school`), nor `Crown` making the kind of body (`a Crown corporation`, isCrownBody).
      const crown = split.length === 2 && isCrownBody(split[0]!.toLowerCase(), split[1]!.toLowerCase());
      all.push({
        name: phrase.charAt(0).toUpperCase() + phrase.slice(1),
        at: opening.at,
        end,
        named: CAPITAL.test(phrase) && !onlyOrigin(split) && !onlyPlaced(split) && !crown,
      });
      from = end;
    }
    return all;
  }

  /**
   * The person a description with more than its head (`the Liberal leader`, `the chief medical
   * officer`) stands for: the nearest person named before it whose introduction holds every
   * word of the description (`Liberal Leader Jane Roe`, `Jane Roe, the province’s chief
   * medical officer`), though someone else holds the head noun's title since. A role word may be
   * introduced by its variant (`the Acme spokesperson` after `Acme spokesman Tom Baker`), within
   * the one walk back, so that the nearest introduction wins whichever word it used.
   */
  introducedAs(words: string[], at: number): CastMember | undefined {
    const alts = words.map((w) => roleVariants(w));
    for (let i = lastAtOrBefore(this.seen.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      // Not the office alone (`Pellworth's Fisheries Minister` after `Ilse Marrow,`), which names no
      // one: its holder's introduction holds the same words.
      if (n.member.kind !== "person" || n.mention.end > at || isOfficeAlone(n.member)) continue;
      const intro = this.introWords(i);
      if (alts.every((vs) => vs.some((v) => intro.has(v)))) return n.member;
    }
    return undefined;
  }

  /**
   * The one person the text introduced before `at` in a role (`Jets goalie Jane Roe`, `Jane Roe,
   * the utility’s vice-president,`), or by another word for it (ROLE_VARIANTS), for a description
   * that gives only the role and what qualifies it (`the TSL’s second-busiest goalie`, `Acme’s
   * vice-president`). With two such people named, which one it is the text does not say; one the
   * text gave another title holds another office. A qualifier that is a word of another body the
   * text named, not of the holder's introduction (`the Leafs’ goalie` after `Jets goalie Jane
   * Roe` and `the Toronto Maple Leafs`), describes someone else. `introduced` tests name `i`'s
   * introduction in place of the role's words (crownLawyer).
   */
  soleHolder(head: string, at: number, qualifiers: string[], introduced?: (i: number) => boolean): CastMember | undefined {
    const nouns = roleVariants(head);
    const fits = introduced ?? ((i: number) => nouns.some((w) => this.introWords(i).has(w)));
    const sole = this.seen.soleNamed(at, ({ member }, i) => member.kind === "person" && member.tokens.length >= 2 && fits(i));
    if (sole === undefined) return undefined;
    const holder = this.c.names[sole]!.member;
    if (holdsOtherTitle(holder, head)) return undefined;
    return qualifiers.some((q) => this.qualifiesOtherBody(q, at, sole)) ? undefined : holder;
  }

  /**
   * `Ilse Marrow, Pellworth's Fisheries Minister, opened …` then `the minister said`: the office
   * in apposition, capitalised, is read as a name of its own, the office alone (isOfficeAlone),
   * which names no one; its holder is the one person the text gave the office to, the office's
   * own member passed over. Two such people, or none: undefined.
   */
  holderOfOfficeAlone(head: string, at: number): CastMember | undefined {
    const nouns = roleVariants(head);
    // soleHolder's walk, but one that meets the office alone by its title's word only (`Minister`
    // from `Corvale's Prime Minister`) too, which soleHolder passes over as no full name.
    const succeeded = new Set<CastMember>();
    const sole = this.seen.soleNamed(at, ({ member, mention }, i) => {
      if (member.kind !== "person") return false;
      // An office of the same title that is no one's apposition (`met Corvale's Fisheries
      // Minister`, `The Pellworth Trawler Guild, led by Pellworth's Fisheries Minister,`): a
      // minister the text did not name, so no single holder. A successor named (`Her successor,
      // Dag Fenn,`): the holding ended.
      if (isOfficeAlone(member)) return nouns.includes(member.tokens.at(-1)!) && !this.inApposition(mention) ? "veto" : false;
      if (this.followsSuccession(mention)) return "veto";
      // `Dag Fenn replaced Marrow`: the one the walk (back from `at`) saw replaced is no holder now.
      const replaced = this.succeededName(mention);
      if (replaced) succeeded.add(replaced);
      if (member.tokens.length < 2) return false;
      // Not one who held the office once (`Pellworth's former Fisheries Minister`).
      const intro = this.introWords(i);
      const holds = nouns.some((w) => intro.has(w)) && !PAST_OFFICE_WORDS.some((w) => intro.has(w));
      return holds && succeeded.has(member) ? "veto" : holds;
    });
    const holder = sole === undefined ? undefined : this.c.names[sole]!.member;
    return holder && !holdsOtherTitle(holder, head) ? holder : undefined;
  }

  /**
   * Whether an office's mention stands in apposition to the name before it, its possessive
   * between (`Ilse Marrow, Pellworth's Fisheries Minister,`), or opens its paragraph (a headline's
   * `Fisheries Minister defends quota`, which the lead's holder speaks for).
   */
  private inApposition(mention: Mention): boolean {
    const ws = this.c.words;
    // The possessive is the mention's own first word (`Corvale's Fisheries Minister`).
    const i = mention.first - 1;
    if (i < 0) return true;
    const between = this.c.text.slice(ws[i]!.end, ws[i + 1]!.start);
    return between.includes(",") || between.includes("\n");
  }

  /** The person a name succeeds, named as the verb's object (`Dag Fenn replaced Marrow`), to veto as the holder. */
  private succeededName(mention: Mention): CastMember | undefined {
    const ws = this.c.words;
    const verb = ws[mention.last + 1];
    const object = ws[mention.last + 2];
    if (!verb || !object || !SUCCEEDING_VERBS.has(verb.key)) return undefined;
    const n = this.c.names[firstAtOrAfter(this.seen.namesAt, object.start)];
    return n && n.mention.start === object.start && n.member.kind === "person" ? n.member : undefined;
  }

  /**
   * Whether a name is the office holder's successor: after the holder's successor (`Her successor,
   * Dag Fenn,`), as the agent of the holder's replacing (`Ilse Marrow, …, was replaced by Dag
   * Fenn`), or succeeding the holder (`Dag Fenn succeeded her`). Not a succession that concerns
   * another: a body's successor (`the guild's replacement`), another's replacing (`The guild's
   * chairman, who was replaced by Dag Fenn`), nor the holder's own succeeding (`who succeeded Dag
   * Fenn`, where the name is the one before). Reads a few words either side of the name.
   */
  private followsSuccession(mention: Mention): boolean {
    const ws = this.c.words;
    const after = ws[mention.last + 1];
    if (after && SUCCEEDING_VERBS.has(after.key) && HOLDER_OBJECTS.has(ws[mention.last + 2]?.key ?? "")) return true;
    for (let i = mention.first - 1; i >= 0 && i >= mention.first - SUCCESSION_WORDS_BEFORE; i--) {
      const key = ws[i]!.key;
      if (SUCCESSOR_NOUNS.has(key)) return i > 0 && HOLDER_POSSESSORS.has(ws[i - 1]!.key);
      if (key === "replaced" && ws[i + 1]?.key === "by") return !replacedInOthersClause(ws, i);
    }
    return false;
  }

  /**
   * Whether a role's qualifier `q` is a word of a body the text named before `at` other than
   * name `i`, and not of name `i`'s introduction: `the Leafs’ goalie` after `Jets goalie Jane
   * Roe` and `the Toronto Maple Leafs`, `Beta’s CEO` after `Acme chief executive officer Jane
   * Roe` and `Beta Inc.` describe someone else.
   */
  qualifiesOtherBody(q: string, at: number, i: number): boolean {
    const body = this.c.cast.lastNamedWithWord(q, at);
    // introWords reads again from its cache: its steps were charged the first time.
    return !!body && body !== this.c.names[i]!.member && body.kind !== "person" && !this.introWords(i).has(q);
  }

  /**
   * `Crown prosecutor Jane Roe argued …` then `the Crown argues`: the one person the text
   * introduced as the Crown's lawyer, `Crown` joined to a lawyer's noun in the singular (`Crown
   * attorney Jane Roe`, `Jane Roe, the Crown prosecutor,`), as soleHolder finds a role's. Not one
   * whose introduction only mentions the Crown (`Defence lawyer Jane Roe, who has fought the
   * Crown …`), nor `Crown prosecutors Jane Roe and Tom Baker`: two lawyers, none the sole one.
   */
  crownLawyer(at: number): CastMember | undefined {
    return this.soleHolder("crown", at, [], (i) => this.crownJoinedToLawyer(i));
  }

  /**
   * Whether `Crown` stands joined before a lawyer's singular noun, both among the words name `i`
   * was introduced with (intro): not in another sentence nor in a quotation beside it. Not an
   * office held once (`Jane Roe, a former Crown prosecutor,`, `once a Crown prosecutor`), nor a
   * defence lawyer's (`Defence lawyer Jane Roe, once a Crown prosecutor herself,`): the Crown's
   * lawyer no longer.
   */
  private crownJoinedToLawyer(i: number): boolean {
    const ws = this.c.words;
    const { from, to } = this.intro(i);
    let crown = false;
    for (let k = from; k <= to; k++) {
      if (DEFENCE_NOUNS.has(ws[k]!.key)) return false;
      if (k < to && ws[k]!.key === "crown" && CROWN_LAWYERS.has(ws[k + 1]!.key) && joined(this.c.text, ws[k]!, ws[k + 1]!)) {
        // `former Crown`, or `once a Crown`: the word before, or the one before its article.
        const b = k > from && ARTICLES.has(ws[k - 1]!.key) ? k - 2 : k - 1;
        if (b >= from && PAST_OFFICE_WORDS.includes(ws[b]!.key)) return false;
        crown = true;
      }
    }
    return crown;
  }

  /**
   * The holder of an office described by where it is held (`the province’s top doctor`,
   * `Manitoba’s chief public water officer`): the possessor only says where, since the
   * introduction may name the place (`Ontario’s`) where the description says `the province’s`;
   * the office's informal name stands for its formal titles.
   */
  officeHolder(span: readonly Word[], at: number): CastMember | undefined {
    const i = span[0]?.text === "the" || span[0]?.text === "The" ? 1 : 0;
    if (!span[i] || !APOSTROPHE_S.test(span[i]!.text) || span.length - i < 3) return undefined;
    const office = span.slice(i + 1).map((w) => w.key);
    for (const words of OFFICE_SYNONYMS.get(office.join(" ")) ?? [office]) {
      const holder = this.introducedAs(words, at);
      if (holder) return holder;
    }
    return undefined;
  }

  /**
   * The name a description stands for when a label opens its paragraph with it (`BCE Inc.: The
   * Montreal-based telecommunications giant said …`), the way lists of companies or people
   * name each entry and then describe it: the label and the description are in apposition.
   */
  labelledBy(m: Mention): CastMember | undefined {
    this.c.work.add();
    const n = this.c.names[lastAtOrBefore(this.seen.namesAt, m.start - 1)];
    if (!n || n.mention.start !== this.seen.paragraphStart(m.start, 0)) return undefined;
    return LABEL_GAP.test(this.c.text.slice(n.mention.end, m.start)) ? n.member : undefined;
  }

  /**
   * The person a description with a capitalised qualifier (`the Raptors head coach`) stands for
   * when no introduction names its holder: the nearest person named, as the subject of its
   * clause, in this paragraph or the one before, unless what the text said of that person
   * contradicts it (another title, or the head noun with another qualifier); failing one, the
   * one who spoke last in reach (spokeDescribed); failing that, the first such person named
   * after it in its own paragraph (`The Progressive Conservative leader said … When asked why,
   * Brown repeated …`).
   */
  subjectDescribed(words: string[], head: string, at: number): CastMember | undefined {
    const { names } = this.c;
    const { namesAt } = this.seen;
    const from = this.seen.paragraphStart(at, 1);
    // Whether a person was named as a subject in reach, whom the description did not fit.
    let named = false;
    for (let i = lastAtOrBefore(namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = names[i]!;
      if (n.mention.start < from) break;
      if (n.mention.end > at || !this.isSubjectPerson(i)) continue;
      if (this.fitsDescription(i, words, head)) return n.member;
      named = true;
      break;
    }
    const spoke = named ? undefined : this.spokeDescribed(words, head, at, from);
    if (spoke) return spoke;
    const to = this.c.paragraphs[paragraphIndexAt(this.c.paragraphs, at)]!.end;
    for (let i = firstAtOrAfter(namesAt, at), looked = 0; i < namesAt.length && looked < MAX_ANTECEDENTS; i++, looked++) {
      this.c.work.add();
      const n = names[i]!;
      if (n.mention.start >= to) break;
      if (this.isSubjectPerson(i)) return this.fitsDescription(i, words, head) ? n.member : undefined;
    }
    return undefined;
  }

  /**
   * For subjectDescribed, when no person is named as a subject in reach: the person who spoke
   * last there (`“…,” he said.` then `“…,” the Dominican skipper said`), the one the reporter
   * has kept on the floor, unless what the text said of them, at their last name, contradicts
   * the description, or whom a name in reach introduced as another person (`Tom Baker, the team's
   * manager,` then `the Dominican rookie`) or never in the description's role, when that is no
   * office (`the Tallwood Owls fan` is someone new). Not one who asked (`“…?” Roe asked.`): the one asked answers. Nor for a
   * description holding another person's surname (`the Baker supporter`): that is someone else.
   */
  private spokeDescribed(words: string[], head: string, at: number, from: number): CastMember | undefined {
    const spoke = this.seen.lastSpoke(at, from, (x) => x.kind === "person" && isEvidentlyPerson(x));
    if (!spoke) return undefined;
    if (this.seen.afterQuestion(spoke.at) || this.seen.askingVerbAfter(spoke) !== undefined) return undefined;
    if (words.some((w) => this.c.cast.isSurname(w) && !spoke.member.tokens.includes(w))) return undefined;
    // Their last name must fit the description, and none in reach have introduced them as
    // another person (`Tom Baker, the team's manager,` is no `rookie`). An office (`the Maine
    // senator`, `the QS co-leader`) or an age (`the 62-year-old`) a reporter gives the one on the
    // floor untold; any other noun one of their names in reach must have been introduced with
    // (`Tallwood Owls manager Tom Baker` is `the skipper`): else it is a new person's (`the
    // Dominican rookie`, `the Tallwood Owls fan`).
    const nouns = roleVariants(head);
    let held = isOfficeWord(head) || (head.includes("-") && isSpeakerNoun(head));
    const last = this.seen.soleNamed(at, ({ member }, i) => {
      if (member !== spoke.member) return false;
      if (this.introducedAsOther(i, head)) return "veto";
      held ||= nouns.some((w) => this.introWords(i).has(w));
      return true;
    });
    if (last === undefined || !held || !this.fitsDescription(last, words, head)) return undefined;
    // The office is then theirs, so a later `the senator` is them too (as soleDescribed's is, in resolve.ts).
    if (isOffice(head)) this.c.cast.fileUnderOffice(spoke.member, head);
    return spoke.member;
  }

  /**
   * The person a definite description qualified by a proper name (`the Comets right-fielder`,
   * `the 79-year-old Elm Crescent resident`) stands for when no subject does and its holder was
   * named though not as a subject (`So when Jane Roe hit the winning home run …`, `including
   * Martha Quill`): the one person the text names in this paragraph and the one before, if
   * nothing said of them contradicts it. With two people named there, which one it is the text
   * does not say.
   */
  soleDescribed(words: string[], head: string, at: number): CastMember | undefined {
    const from = this.seen.paragraphStart(at, 1);
    const sole = this.seen.soleNamed(
      at,
      ({ member, mention }) => {
        if (member.kind !== "person" || !isEvidentlyPerson(member)) return false;
        // `speaking highly of Mr. Trump`: one named in passing, a preposition's object, is as often
        // whom the speaker spoke of; `And he even praised Mr. Baker.`: the person the text is about
        // is someone else, unnamed here.
        return PREPOSITIONS.has(this.c.words[mention.first - 1]?.key ?? "") || this.afterSubjectPronoun(mention) ? "veto" : true;
      },
      from,
    );
    return sole !== undefined && this.fitsDescription(sole, words, head) ? this.c.names[sole]!.member : undefined;
  }

  /** Whether a personal pronoun, a clause's subject, stands before a name in its sentence (`he even praised Mr. Baker`). */
  private afterSubjectPronoun(m: Mention): boolean {
    const start = this.c.sentenceOf(m.start).start;
    for (let i = m.first - 1, looked = 0; i >= 0 && looked < MAX_SENTENCE_WORDS && this.c.words[i]!.start >= start; i--, looked++) {
      this.c.work.add();
      // `.key` is lower case, so the set's `I` never matches here, and rightly: `I` is most often
      // the speaker's inside a quotation (`“Oh well, I won't go that far,” Baker responded`), and
      // outside one the writer, who leaves the name the one the text is about. Matched, it cost one
      // right speaker on PolNeAR's train split and changed nothing else there or on the pages.
      if (SUBJECT_PRONOUNS.has(this.c.words[i]!.key)) return true;
    }
    return false;
  }

  /**
   * The holder of a title who has the floor (`the premier said` after Premier Jane Roe spoke,
   * or opened the paragraph as its subject): the last speaker since two paragraphs before if
   * she holds it, else the last holder named there as the subject of a clause. A holder named only
   * in passing (`she had called Quebec Premier Tom Baker`) is not the one speaking.
   */
  holderWithTheFloor(title: string, at: number): CastMember | undefined {
    // Two paragraphs back: a quotation's paragraph of its own may stand between (`“…,” Justice Jane
    // Roe said. ¶ “…” ¶ …, the judge said.`), the speaker noted where she was named.
    const from = this.seen.paragraphStart(at, 2);
    // `Justice Jane Roe ruled …` then `said the judge`: a judge of a higher court is titled Justice.
    const also = title === "judge" ? "justice" : title;
    const holds = (m: CastMember) => m.kind === "person" && (m.titles.has(title) || m.titles.has(also));
    const spoke = this.seen.lastSpoke(at, from, () => true);
    if (spoke && holds(spoke.member)) return spoke.member;
    for (let i = lastAtOrBefore(this.seen.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.start < from) break;
      if (n.mention.end <= at && holds(n.member) && this.seen.isSubject(n.mention)) return n.member;
    }
    return undefined;
  }

  /**
   * The holder of a title met alone before anyone holding it is named, as a headline or a
   * delayed identification lead gives it (`Minister says he won't …` then `Justice Minister
   * Jane Roe says …`): the first person named after it, within a few paragraphs, with that title.
   */
  titledNext(title: string, at: number): CastMember | undefined {
    const last = paragraphIndexAt(this.c.paragraphs, at) + TITLED_NEXT_PARAGRAPHS;
    for (
      let i = firstAtOrAfter(this.seen.namesAt, at + 1), looked = 0;
      i < this.seen.namesAt.length && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (paragraphIndexAt(this.c.paragraphs, n.mention.start) > last) break;
      if (n.member.kind === "person" && n.member.tokens.length >= 2 && n.member.titles.has(title)) return n.member;
    }
    return undefined;
  }

  /**
   * The holder of an office a headline or a lead gives by its role, qualified by the place or
   * body where it is held (`Quebec premier says …`, `Ontario’s premier vows …`), before the
   * article names them: the first person named after it, within a few paragraphs
   * (INTRODUCED_BELOW_PARAGRAPHS), whose introduction holds every word of the description
   * (`Quebec Premier Jane Roe`, `Jane Roe, Ontario’s premier,`).
   */
  introducedNext(words: string[], office: string[], at: number): CastMember | undefined {
    const last = paragraphIndexAt(this.c.paragraphs, at) + INTRODUCED_BELOW_PARAGRAPHS;
    const { names, paragraphs } = this.c;
    // `Canada’s prime minister says …` above `Prime Minister Jane Roe`: failing one introduced
    // with the place, the first given the office's words and nothing else (never `Saskatchewan
    // Premier Tom Baker`, whose place is another).
    let bare: CastMember | undefined;
    for (let i = firstAtOrAfter(this.seen.namesAt, at), looked = 0; i < names.length && looked < MAX_ANTECEDENTS; i++, looked++) {
      this.c.work.add();
      const n = names[i]!;
      if (paragraphIndexAt(paragraphs, n.mention.start) > last) break;
      if (n.member.kind !== "person" || n.member.tokens.length < 2 || n.mention.start < at) continue;
      const intro = this.introWords(i);
      if (words.every((w) => intro.has(w) || isInitialsOf(w, intro))) return n.member;
      if (
        !bare &&
        office.length > 0 &&
        office.every((w) => intro.has(w)) &&
        [...intro].every((w) => office.includes(w) || n.member.tokens.includes(w))
      )
        bare = n.member;
    }
    return bare;
  }

  /**
   * The one person the paragraphs below the one holding `at`, a few of them
   * (INTRODUCED_BELOW_PARAGRAPHS), introduce with a role (`Premier Jane Roe`, `Jane Roe, a pharmacist`) or
   * another word for it (ROLE_VARIANTS): the holder a heading credits by the role alone (`Yukon
   * premier blasts …`). The name's own words give no role (`Mayor Tom Farmer` is no farmer), and
   * with two people so introduced which one it is the text does not say. Their first such name.
   */
  soleIntroducedBelow(head: string, at: number): NameMention | undefined {
    const { names, paragraphs } = this.c;
    const here = paragraphIndexAt(paragraphs, at);
    const nouns = roleVariants(head);
    let sole: NameMention | undefined;
    for (
      let i = firstAtOrAfter(this.seen.namesAt, paragraphs[here]!.end), looked = 0;
      i < names.length && looked < MAX_ANTECEDENTS;
      i++, looked++
    ) {
      this.c.work.add();
      const n = names[i]!;
      if (paragraphIndexAt(paragraphs, n.mention.start) > here + INTRODUCED_BELOW_PARAGRAPHS) break;
      if (n.member.kind !== "person" || n.member.tokens.length < 2 || n.member === sole?.member) continue;
      const intro = this.introWords(i);
      if (!nouns.some((w) => intro.has(w) && !n.member.tokens.includes(w))) continue;
      if (sole) return undefined;
      sole = n;
    }
    return sole;
  }

  /** The last person named before `at` by a full name with `title` among their titles. */
  titledBefore(title: string, at: number): CastMember | undefined {
    for (let i = lastAtOrBefore(this.seen.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = this.c.names[i]!;
      if (n.mention.end <= at && n.member.kind === "person" && n.member.tokens.length >= 2 && n.member.titles.has(title)) return n.member;
    }
    return undefined;
  }

  /**
   * The first person the text names by a full name after `at`, within the paragraphs a headline's
   * lead takes (TITLED_NEXT_PARAGRAPHS): the person a headline speaks of without naming.
   */
  personNamedNext(at: number): CastMember | undefined {
    const last = paragraphIndexAt(this.c.paragraphs, at) + TITLED_NEXT_PARAGRAPHS;
    const { names, paragraphs } = this.c;
    for (let i = firstAtOrAfter(this.seen.namesAt, at + 1), looked = 0; i < names.length && looked < MAX_ANTECEDENTS; i++, looked++) {
      this.c.work.add();
      const n = names[i]!;
      if (paragraphIndexAt(paragraphs, n.mention.start) > last) break;
      if (n.member.kind === "person" && n.member.tokens.length >= 2 && isEvidentlyPerson(n.member)) return n.member;
    }
    return undefined;
  }

  /**
   * The person an indefinite description introduces when the text names them next
   * (`A national radio host announced his resignation … “with integrity.”` then `Jane Roe
   * describes leaving …`): a person named as the subject that opens the very next sentence,
   * in this paragraph or the next. A sentence that quotes someone of its own is another
   * speaker's turn, not the naming of this one.
   */
  namedNext(m: Mention, head?: string): CastMember | undefined {
    const s = this.c.sentenceOf(m.start);
    const i = firstAtOrAfter(this.seen.namesAt, s.end);
    const n = this.c.names[i];
    if (head && n && this.titledAs(n, head, m.start)) return n.member;
    // A title of their own (`Police Chief Tom Baker`) makes another role, and one who spoke
    // before is no one newly introduced.
    if (n?.member.kind !== "person" || n.member.tokens.length < 2 || n.member.titles.size > 0) return undefined;
    if (this.seen.lastSpoke(m.start, 0, (x) => x === n.member)) return undefined;
    this.c.work.add(n.mention.start - s.end);
    if (!/^[\s"”’'.!?]*$/.test(this.c.text.slice(s.end, n.mention.start))) return undefined;
    const next = this.c.sentenceOf(n.mention.start);
    if (paragraphIndexAt(this.c.paragraphs, next.start) > paragraphIndexAt(this.c.paragraphs, m.start) + 1) return undefined;
    this.c.work.add(next.end - next.start);
    return DOUBLE_MARK.test(this.c.text.slice(next.start, next.end)) ? undefined : n.member;
  }

  /**
   * A delayed identification: the article's first paragraph introduces someone by an indefinite
   * description (`a length of time one lawyer calls “outrageous”`), and the body names them later
   * with that role (`Toronto lawyer Jane Roe`, `Jane Roe, a lawyer with …`). The first person the
   * text names after the lead with the description's head noun among the words of their
   * introduction is the one the lead introduced.
   */
  introducedLater(m: Mention, head: string, lead = false): CastMember | undefined {
    if (!lead && paragraphIndexAt(this.c.paragraphs, m.start) !== 0) return undefined;
    const { names } = this.c;
    // Up to MAX_ANTECEDENTS names on, stepping from one person named in full to the next (a
    // text of descriptions reads this for every one, past the same names that are no persons);
    // a step is charged for every name passed, as when each was read in turn.
    const from = firstAtOrAfter(this.seen.namesAt, m.end);
    const to = Math.min(names.length, from + MAX_ANTECEDENTS);
    const next = this.fullNamesFrom();
    for (let i = next[from]!; i < to; i = next[i + 1]!) {
      const n = names[i]!;
      if (n.mention.start < m.end) continue;
      if (this.introWords(i).has(head) && !n.member.tokens.includes(head)) {
        this.c.work.add(i + 1 - from);
        return n.member;
      }
    }
    this.c.work.add(Math.max(0, to - from));
    return undefined;
  }

  /**
   * For each index into `names` (and one past the last), the first at or after it whose member
   * is a person with two name words or more. Made once, on first need: the cast's kinds are
   * settled before any speaker is resolved.
   */
  private fullNamesFrom(): Int32Array {
    if (this.fullNames) return this.fullNames;
    const { names } = this.c;
    const next = new Int32Array(names.length + 1);
    next[names.length] = names.length;
    for (let i = names.length - 1; i >= 0; i--) {
      const { member } = names[i]!;
      next[i] = member.kind === "person" && member.tokens.length >= 2 ? i : next[i + 1]!;
    }
    this.fullNames = next;
    return next;
  }

  /**
   * `An Ontario Court judge denied …` then, a paragraph or two on, `Judge Bruce Duncan declined`:
   * the next person named, given the description's own title, is the one it introduced.
   */
  private titledAs(n: { mention: Mention; member: CastMember }, head: string, at: number): boolean {
    if (n.member.kind !== "person" || n.member.tokens.length < 2 || !n.member.titles.has(head)) return false;
    const paragraphs = this.c.paragraphs;
    return paragraphIndexAt(paragraphs, n.mention.start) <= paragraphIndexAt(paragraphs, at) + TITLED_LATER_PARAGRAPHS;
  }

  /**
   * The words a name mention comes with: the name's own, up to a few words joined to it before
   * (`Liberal Leader Jane Roe`, `Raptors coach Jane Roe`), and an appositive or a copula's
   * complement after it (`Jane Roe, leader of Renewal Montreal,`, `Jane Roe is the chief medical
   * officer`). Read once per mention, a bounded number of words.
   */
  private introWords(index: number): Set<string> {
    return this.intro(index).words;
  }

  /**
   * introWords' words of name `index`, and the indexes in `words` of the first and the last word it
   * took: one run of words, the name's own and those joined to it before and after.
   */
  private intro(index: number): { words: Set<string>; from: number; to: number } {
    const cached = this.intros.get(index);
    if (cached) return cached;
    const ws = this.c.words;
    const { mention } = this.c.names[index]!;
    const found = new Set<string>();
    let from = mention.first;
    let to = mention.last;
    for (let i = mention.first; i <= mention.last; i++) found.add(partyName(ws[i]!.key));
    // Not past `of` or `the`: `the leader of the Bloc` describes no one named `Bloc`. Nor past a
    // verb of saying: in `Party leader asks Jane Roe …` she is the one asked, and the words
    // before the verb describe its subject, the asker, never her.
    for (
      let i = mention.first - 1;
      i >= 0 &&
      i >= mention.first - INTRO_WORDS_BEFORE &&
      joined(this.c.text, ws[i]!, ws[i + 1]!) &&
      !NOT_INTRO_WORDS.has(ws[i]!.key) &&
      !isVerbBefore(ws[i]!);
      i--
    ) {
      this.c.work.add();
      found.add(partyName(ws[i]!.key));
      from = i;
    }
    const next = ws[mention.last + 1];
    const gap = next ? this.c.text.slice(ws[mention.last]!.end, next.start) : "";
    // `in New Brunswick, where the ferries …`: a clause on a place or thing is no appositive.
    if (next && !CLAUSE_ADVERBS.has(next.key) && (/^,\s+$/.test(gap) || (/^\s+$/.test(gap) && COPULAS.has(next.key)))) {
      // Nor past a verb of saying: `His lawyer, Ann Smith, said the Crown …` is her predicate.
      for (
        let i = mention.last + 1;
        i < ws.length && i <= mention.last + INTRO_WORDS_AFTER && !this.c.quoted[i] && !isVerbBefore(ws[i]!);
        i++
      ) {
        this.c.work.add();
        found.add(partyName(ws[i]!.key));
        to = i;
        const after = ws[i + 1];
        if (!after || APPOSITIVE_END.test(this.c.text.slice(ws[i]!.end, after.start))) break;
      }
    }
    const intro = { words: found, from, to };
    this.intros.set(index, intro);
    return intro;
  }

  /** Whether name `i` is a person by evidence and the subject of its clause. */
  private isSubjectPerson(i: number): boolean {
    const n = this.c.names[i]!;
    return n.member.kind === "person" && isEvidentlyPerson(n.member) && this.seen.isSubject(n.mention);
  }

  /**
   * Whether name `i` was introduced with a person's noun other than a description's head or its
   * variants (`Tom Baker, the team's manager,` is no `rookie`): someone else is described.
   */
  private introducedAsOther(i: number, head: string): boolean {
    const heads = roleVariants(head);
    const { tokens } = this.c.names[i]!.member;
    for (const w of this.introWords(i))
      if (isPersonNoun(w) && !COURTESY_TITLES.has(w) && !heads.includes(w) && !tokens.includes(w)) return true;
    return false;
  }

  /**
   * Whether the person first named at `at` was introduced as someone other than a description
   * with head `head` says (see nameDescribedSpeakers): a person's noun of their own
   * (introducedAsOther: `Defence lawyer Tom Baker`), a relative clause after the name (`Tom Baker,
   * who lives by the bridge,`), or an appositive with none of the head's words (`Jane Roe, the
   * accused,`) other than an age (`Tom Baker, 54,`). Either says who they are in words of its own.
   */
  introducedOtherThan(at: number, head: string): boolean {
    const i = firstAtOrAfter(this.seen.namesAt, at);
    const n = this.c.names[i];
    if (!n || n.mention.start !== at) return false;
    if (this.introducedAsOther(i, head)) return true;
    const ws = this.c.words;
    const next = ws[n.mention.last + 1];
    if (next && RELATIVE_PRONOUNS.has(next.key) && /^,\s+$/.test(this.c.text.slice(ws[n.mention.last]!.end, next.start))) return true;
    const { to } = this.intro(i);
    const heads = roleVariants(head);
    // A noun phrase, not a phrase of where or how (`Tom Baker, in a statement on Monday, said`).
    const after = ws.slice(n.mention.last + 1, to + 1);
    if (after.length === 0 || PREPOSITIONS.has(after[0]!.key)) return false;
    return !after.some((w) => heads.includes(w.key)) && !after.every((w) => /^\d+$/.test(w.key));
  }

  /** Whether nothing said of name `i` contradicts a description: another title, or its head noun with other words. */
  private fitsDescription(i: number, words: string[], head: string): boolean {
    const { member } = this.c.names[i]!;
    const intro = this.introWords(i);
    return !holdsOtherTitle(member, head) && !(intro.has(head) && !words.every((w) => intro.has(w)));
  }
}

/** Whether a member was given a title other than `head`, one that says what office they hold (`Trustee Jane Roe` is no chair). */
export function holdsOtherTitle(member: CastMember, head: string): boolean {
  // A title cut short is the same title (`Det. Jane Roe` is `the detective`).
  return !member.titles.has(head) && [...member.titles].some((t) => !COURTESY_TITLES.has(t) && !head.startsWith(t));
}

/**
 * Whether a word is the initials of words running on in an introduction (`mmf` in `president of
 * the Manitoba Métis Federation`), the small words of a title left out: `president of MMF` in a
 * headline above the name introduced with the body written out.
 */
function isInitialsOf(word: string, intro: Set<string>): boolean {
  if (word.length < MIN_INITIALS || !rx.u`^\p{Ll}+$`.test(word)) return false;
  const initials = [...intro]
    .filter((w) => !TITLE_SMALL_WORDS.has(w))
    .map((w) => w.charAt(0))
    .join("");
  return initials.includes(word);
}

/**
 * `The guild's chairman, who was replaced by …`: the passive's subject (before its `was`) is a
 * relative pronoun whose head, before the comma, is a lower-case noun: someone the text describes,
 * not the office's holder, whom it names (`Ilse Marrow, who was replaced by …`). Reads three words back.
 */
function replacedInOthersClause(ws: readonly Word[], replaced: number): boolean {
  const rel = ws[replaced - 2];
  const head = ws[replaced - 3];
  return !!rel && (rel.key === "who" || rel.key === "which" || rel.key === "that") && !!head && isLowerCase(head.text);
}
