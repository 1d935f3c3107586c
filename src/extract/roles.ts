// Words capitalised as a name that describe rather than name: titles and roles (`the Premier`,
// `the central bank’s Governor`, `said federal Environment Minister`, `the QB`), a party's word
// in a headline (`Liberal says`), a demonym (`the Quebecer`), a common noun opening its sentence
// (`Police said`), a place's or a body's name closed by an office (`Acme CEO`, describesHolder),
// and a role that heads an article before its holder is named (`Quebec premier says …`). Each decides who holds the role, or that the words name no one; they are apart from
// the rest of the resolver because they turn on titles and on where an article opens, not on
// the run of speakers a pronoun reads.
import type { CastMember } from "./actors";
import { paragraphIndexAt } from "./analysis";
import { type Antecedents, type Context, MAX_ANTECEDENTS } from "./antecedents";
import { type Descriptions, partyName } from "./descriptions";
import { isHeadlineLine } from "./furniture";
import { DETERMINERS, FUNCTION_WORDS, HEAD_LINKS, MODALS_GIVEN_AS_NAMES, ROLE_ACRONYMS, SPEECH_VERBS, TITLES } from "./lexicon";
import { beforeJoinedOffices } from "./mention-office-holders";
import { opensAsCommonNoun } from "./mention-sentence-openers";
import { isOffice, isOfficeWord, isPersonByAge, joined, type Mention } from "./mention-words";
import { demonymCompoundSex, isEvent, isGivenName, namesNoOne } from "./names";
import { lastAtOrBefore } from "./spans";
import { APOSTROPHE_S, FINAL_STOP, isCapitalised, isLowerCase, type Word } from "./text";
import { OPENING_PARAGRAPHS } from "./thresholds";
import { rx } from "./unicode-regexps";

/** A title after `the`: `the MPP`, `the Premier`. */
export const THE_TITLE = /^the\s+(\S+)$/i;
const THE_OPENER = /^the\s+/i;
/** A role's abbreviation in capitals: `QB`, `GM`, `MPP`. */
const ACRONYM = rx.u`^\p{Lu}{2,4}$`;
/** A possessor's name and the one word after it, a role's acronym when ACRONYM says so: `Millbrook’s CAO`, `Acme's GM`. */
const OWNED_ACRONYM = rx.u`^\p{Lu}[\p{L}.-]*['’]s\s+(\S+)$`;
/** How many words a possessor before a capitalised title may take after its article: `the central bank’s Governor`. */
const POSSESSOR_WORDS = 3;
/** The most words of a capitalised office after a possessive: `Deputy Finance Minister`. */
const MAX_OFFICE_WORDS = 3;
/** A party's word for one of its members, as headlines use it for a person (`Liberal says`); not lexicon.ts `PARTY_MEMBERS`, which are no offices. */
const HEADLINE_PARTY_WORDS = new Set(["liberal", "conservative", "tory", "grit", "democrat", "republican", "ndper", "new democrat"]);
/** How far before a name its capitalised role is read (`Minister of Crown-Indigenous Relations`). */
const ROLE_LOOKBACK_CHARS = 60;
/** How much space may follow a role cut off at the text's end (`said federal Environment Min` ending the page). */
const CUT_TAIL_CHARS = 16;
/** How many words of a person's name may follow the role before it (`Jane Mary Roe-Baker`). */
const ROLE_MAX_WORDS = 4;
/** The longest quotation heading a headline, deck or subhead, with its colon, that a description after it may follow. */
const QUOTED_HEAD_MAX_CHARS = 160;
/** A quotation closing right before a description, perhaps with a colon: `‘This is …,’ union president says`. */
const QUOTED_HEAD_END = /['’"”]\s*:?\s*$/;
/** A headline's clause closed by a comma, or its verb of saying put first, right before a role: `…, chief says`, `… says councillor`. */
const HEADLINE_ROLE_LEAD = /(?:,|\bsays)\s+$/u;

export class Roles {
  /** Where the first person named in full is mentioned, found once: see opensLead. */
  private firstFullPerson: number | undefined;
  /**
   * A name's lower-case words, `the` left off, by its text: textNamesNoOne asks it of every name
   * resolved, and names recur all through an article (split anew, 3% of repeated-names's draft).
   */
  private readonly nameWords = new Map<string, string[]>();

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
    private readonly descriptions: Descriptions,
  ) {}

  /**
   * Whether a name mention is one common noun capitalised only because it opens its sentence
   * (`Police said`, `Officials say`): a description of whoever the text names so, no name of its
   * own, unless a person named in full bears it as a surname.
   */
  opensAsCommonNoun(m: Mention, text: string): boolean {
    return opensAsCommonNoun(this.c, m, (at) => this.c.sentenceOf(at).start) && !this.c.cast.isSurname(text.toLowerCase());
  }

  /**
   * Whether a name mention is an event's or a storm's (`the Tokyo Olympics`, `Hurricane Fiona`)
   * or a demonym (`the Quebecer`, `British Columbians`), not a surname the cast knows nor a given name (`Adrian`).
   */
  textNamesNoOne(text: string): boolean {
    let words = this.nameWords.get(text);
    if (!words) {
      words = text.toLowerCase().split(/\s+/);
      if (words[0] === "the") words.shift();
      this.nameWords.set(text, words);
    }
    return namesNoOne(words, (w) => this.c.cast.isSurname(w) || isGivenName(w));
  }

  /**
   * `Jane Roe, a 25-year-old Quebecer, …` then `the Quebecer said` or `the 25-year-old Quebecer
   * said`: a demonym after `the` (an age between them or not) describes, as `the premier` does,
   * one person, the text introduced with it or not; never the place it is made from. A plural
   * (`the Quebecers`, `the Chinese`) is a people. Reads the two words before the mention, the one
   * after, and the introductions of the names before it (introducedAs, bounded). Null where the
   * demonym describes no one person; where it does but no introduction gave it, what `orElse`
   * finds of the sex a compound gives (`the Frenchwoman`: f; see Resolver).
   */
  introducedDemonym(m: Mention, text: string, orElse: (sex: "m" | "f" | undefined) => CastMember | null): CastMember | null {
    const words = text.toLowerCase().split(/\s+/);
    const ws = this.c.words;
    let k = m.first - 1;
    if (words[0] === "the") words.shift();
    else {
      if (ws[k] && isPersonByAge(ws[k]!.key)) k--;
      if (ws[k]?.key !== "the") return null;
    }
    // `the Chinese` as often names the people or the state as one person: an -ese demonym is
    // plural too, as `the Englishmen` is (a compound's sex null).
    const last = words.at(-1);
    const sex = demonymCompoundSex(ws[m.last]!.key);
    if (!last || last.endsWith("s") || last.endsWith("ese") || sex === null || isEvent(words)) return null;
    // The demonym as a noun (`the Calgarian said`, `the Calgarian, who …`), not as an adjective
    // before one (`the Chinese comments`, `the Quebecer vote`).
    const next = ws[m.last + 1];
    if (next && joined(this.c.text, ws[m.last]!, next) && !SPEECH_VERBS.has(next.key) && next.key !== "who") return null;
    return this.descriptions.introducedAs(words, m.start) ?? orElse(sex);
  }

  /**
   * `the central bank’s Governor`, `the province’s Finance Minister`: a capitalised title after a possessive is
   * a body's office, a description of whoever holds it as `the governor` is, not a name. The
   * name mention is the bare title; the description, read from the possessor's article (or the
   * possessor alone, `Ottawa’s Mayor`), is returned.
   */
  possessedTitle(m: Mention, text: string): Mention | undefined {
    const ws = this.c.words;
    // `the bank's president and CEO`: the possessive may stand before a first office joined by `and`.
    const owner = beforeJoinedOffices(this.c, m.first);
    const prev = ws[owner];
    // The possessive first: asked of every name, nearly none of which follows one; the split waits for it.
    if (!prev || !APOSTROPHE_S.test(prev.text)) return undefined;
    const words = text.toLowerCase().split(/\s+/);
    if (words.length > MAX_OFFICE_WORDS || !TITLES.has(words.at(-1)!)) return undefined;
    let first = owner;
    for (let j = owner; j >= Math.max(0, m.first - 1 - POSSESSOR_WORDS) && joined(this.c.text, ws[j]!, ws[j + 1]!); j--) {
      this.c.work.add();
      if (ws[j]!.key === "the") {
        first = j;
        break;
      }
    }
    return this.descriptionFrom(m, first);
  }

  /**
   * A title capitalised alone after lower-case words a `the` opens (`the central bank Governor`):
   * a description of its holder, as `the Governor` is. Up to POSSESSOR_WORDS words, joined. The
   * index of that `the`, from which describedTitleMention reads the description.
   */
  describedTitle(m: Mention, text: string): number | undefined {
    if (/\s/.test(text)) return undefined;
    const ws = this.c.words;
    for (let j = m.first - 1; j >= Math.max(0, m.first - 1 - POSSESSOR_WORDS) && joined(this.c.text, ws[j]!, ws[j + 1]!); j--) {
      this.c.work.add();
      if (ws[j]!.text === "the" || ws[j]!.text === "The") return j < m.first - 1 ? j : undefined;
      if (!isLowerCase(ws[j]!.text) || FUNCTION_WORDS.has(ws[j]!.key) || this.c.quoted[j]) return undefined;
    }
    return undefined;
  }

  /**
   * The description a title capitalised after `the` stands in, as a nominal mention: the mention
   * itself (`the Premier`), or read from the `the` describedTitle found (`the central bank Governor`).
   */
  describedTitleMention(m: Mention, the: number | undefined): Mention {
    return the === undefined ? { ...m, kind: "nominal" } : this.descriptionFrom(m, the);
  }

  /** A name mention's words read as a description from an earlier word (its `the`, its possessor). */
  private descriptionFrom(m: Mention, first: number): Mention {
    return { ...m, kind: "nominal", first, start: this.c.words[first]!.start };
  }

  /**
   * A title alone (`Minister says …` in a headline, `The Premier stated`) where no holder was
   * named before: the first holder named after it. A bare capitalised word that is a title
   * (`Premier`) names nobody of its own unless the text also gives it as a name (`Jane Dean`).
   */
  namedHolderOfTitle(m: Mention, text: string, theTitle: string | undefined): CastMember | undefined {
    const title = theTitle ?? text.toLowerCase().replace(FINAL_STOP, "");
    if (!TITLES.has(title) || (!theTitle && (/\s/.test(text) || this.c.cast.lastWithWord(title, m.start)))) return undefined;
    // A headline's title is the person its lead names first (`Premier vows …` then `Jane Roe said`).
    const lead = paragraphIndexAt(this.c.paragraphs, m.start) === 0 ? this.descriptions.namedNext(m) : undefined;
    return this.descriptions.titledNext(title, m.start) ?? lead;
  }

  /**
   * A party's name for one of its members, alone, as the subject in a headline (`Liberal says`,
   * `Tory vows`): headlines write a member of the party so and name them in the article; the
   * party word is no name of the speaker. Plural forms name the party (`Liberals say`).
   */
  isPartyMemberInHeadline(m: Mention, text: string): boolean {
    return HEADLINE_PARTY_WORDS.has(text.toLowerCase()) && paragraphIndexAt(this.c.paragraphs, m.start) === 0;
  }

  /**
   * `said federal Environment Minister` with no name after it: a capitalised role alone is the
   * person it introduced before (`Environment Minister Jane Roe`). A page cut off mid-word
   * (`said federal Environment Min` ending the text) still names the role it began.
   */
  roleHolder(m: Mention, text: string): CastMember | undefined {
    // `Millbrook’s CAO says`: an acronym after a possessor is the one person introduced with the
    // role spelt out, or else read as any role (`Acme's CEO Jane Roe` ... `Acme's CEO said`).
    const owned = OWNED_ACRONYM.exec(text)?.[1];
    const spelledOut = owned && ACRONYM.test(owned) && this.spelledOutHolder(m, owned.toLowerCase(), this.c.words[m.first]!.key);
    if (spelledOut) return spelledOut;
    const acronym = this.isRoleAcronym(m, text);
    const words = (acronym ? text.replace(THE_OPENER, "") : text).toLowerCase().split(/\s+/);
    if (words.length < 2 && !acronym) return undefined;
    // Only the text's last few characters are read: slicing the whole rest for every name was
    // quadratic in the text's length.
    const cut = this.c.text.length - m.end <= CUT_TAIL_CHARS && this.c.text.slice(m.end).trim() === "";
    if (!TITLES.has(words.at(-1)!) && !cut && !acronym) return undefined;
    // `Premier Dennis King`, `Howard Dean`: a given name right before a surname that is also a
    // title makes a person's name, not a role whose holder was introduced before.
    if (!acronym && words.length >= 2 && isGivenName(words.at(-2)!)) return undefined;
    const role = words.join(" ");
    const ns = this.c.names;
    for (let i = lastAtOrBefore(this.seen.namesAt, m.start - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
      this.c.work.add();
      const n = ns[i]!;
      if (n.member.kind !== "person") continue;
      if (acronym) {
        if (this.actsAsRole(n.mention, words[0]!)) return n.member;
        continue;
      }
      // The role stands before the name, or the name's mention takes it in (`Environment Minister Jane Roe`).
      const lead = this.c.text.slice(
        Math.max(0, n.mention.start - ROLE_LOOKBACK_CHARS),
        Math.min(n.mention.end, n.mention.start + ROLE_LOOKBACK_CHARS),
      );
      const before = lead.toLowerCase().split(/\s+/);
      for (let k = Math.max(0, before.length - ROLE_MAX_WORDS - words.length); k + words.length < before.length; k++) {
        const introduced = before.slice(k, k + words.length).join(" ");
        const title = before[k + words.length - 1]!;
        if (introduced === role || (cut && introduced.startsWith(role) && TITLES.has(title))) return n.member;
      }
    }
    // `general manager Jane Roe` ... `the GM`: with none introduced by the acronym itself, the
    // one person introduced with its role spelt out.
    return acronym ? this.spelledOutHolder(m, words[0]!) : undefined;
  }

  /**
   * The one person before `m`, within MAX_ANTECEDENTS names, introduced with the role `role`
   * abbreviates spelt out before their name (`chief administrative officer Tom Baker` for
   * `Millbrook’s CAO`); with two such, which one the text does not say (Antecedents.soleNamed).
   * Not one of another body than the `possessor` (`Beta’s CEO` after `Acme chief executive
   * officer Jane Roe` and `Beta Inc.`), as Descriptions.soleHolder reads a role's qualifiers,
   * unless the possessor stands right before the role spelt out (`Beta Inc. chief executive
   * officer Jane Roe`), past the words an introduction takes.
   */
  private spelledOutHolder(m: Mention, role: string, possessor?: string): CastMember | undefined {
    const sole = this.seen.soleNamed(m.start, ({ member, mention }) => member.kind === "person" && this.spelledOutBefore(mention, role));
    if (sole === undefined) return undefined;
    if (possessor !== undefined && this.descriptions.qualifiesOtherBody(possessor, m.start, sole)) {
      const from = this.c.names[sole]!.mention.first - ROLE_ACRONYMS.get(role)!.split(" ").length;
      let k = from - 1;
      while (k >= 0 && k >= from - POSSESSOR_WORDS && this.c.words[k]!.key !== possessor) k--;
      if (k < 0 || k < from - POSSESSOR_WORDS) return undefined;
    }
    return this.c.names[sole]!.member;
  }

  /**
   * `the QB`, `The MPP`: a capitalised abbreviation after `the` is a role, as a name never is
   * (`the NDP` is a party, which no person's introduction puts right before a name).
   */
  private isRoleAcronym(m: Mention, text: string): boolean {
    const bare = text.replace(THE_OPENER, "");
    if (!ACRONYM.test(bare)) return false;
    if (bare !== text) return true;
    const prev = this.c.words[m.first - 1];
    return prev?.key === "the" && joined(this.c.text, prev, this.c.words[m.first]!);
  }

  /**
   * Whether a name was introduced with `role` right before it, or within it before the surname (`Lions QB Jane Roe`).
   * Apart from spelledOutBefore on purpose: this reads the acronym as written, in capitals, which
   * a name's mention may take in (so its own words are read); that one reads what it stands for,
   * several words in lower case, which stand before the mention and never in it.
   */
  private actsAsRole(mention: Mention, role: string): boolean {
    const ws = this.c.words;
    const first = ws[mention.first]!;
    for (let i = mention.first; i < mention.last; i++) if (ws[i]!.key === role) return true;
    const prev = ws[mention.first - 1];
    return prev?.key === role && joined(this.c.text, prev, first);
  }

  /**
   * Whether a name was introduced with the role the acronym `role` stands for (ROLE_ACRONYMS)
   * spelt out in lower case right before it (`general manager Jane Roe` for `the GM`).
   */
  private spelledOutBefore(mention: Mention, role: string): boolean {
    const spelled = ROLE_ACRONYMS.get(role)?.split(" ");
    const ws = this.c.words;
    const from = mention.first - (spelled?.length ?? 0);
    if (!spelled || from < 0) return false;
    for (let k = from; k < mention.first; k++) {
      const w = ws[k]!;
      if (!isLowerCase(w.text) || w.key !== spelled[k - from] || !joined(this.c.text, w, ws[k + 1]!)) return false;
    }
    return true;
  }

  /** Whether an offset lies in an article's opening paragraphs: its headline, deck, subhead or caption. */
  opensArticle(at: number | undefined): boolean {
    return at !== undefined && paragraphIndexAt(this.c.paragraphs, at) < OPENING_PARAGRAPHS;
  }

  /**
   * The person a role qualified by a place or body (`Quebec premier`, `Ontario’s premier`) in an
   * article's opening paragraphs stands for: one introduced with all its words, before it or,
   * as headlines give the role before the name, after it.
   */
  holderNamedBelow(m: Mention, span: Word[]): CastMember | undefined {
    if (!this.opensArticle(m.start)) return undefined;
    // Only a role its place or body qualifies: `Quebec premier`, `president of MMF`, not `a
    // premier` nor `premier`.
    const ofBody = span.length >= 3 && isLowerCase(span[0]!.text) && HEAD_LINKS.has(span[1]!.key) && isCapitalised(span[2]!.text);
    if ((!isCapitalised(span[0]!.text) && !ofBody) || DETERMINERS.has(span[0]!.key) || span.length < 2) return undefined;
    const words = span.map((w) => partyName(w.key));
    const office = span.filter((w) => isLowerCase(w.text)).map((w) => w.key);
    return this.descriptions.introducedAs(words, m.start) ?? this.descriptions.introducedNext(words, office, m.end);
  }

  /**
   * Whether a description is the subject that opens the article's first sentence, where a
   * delayed identification lead puts the role before the name (`Halifax’s mayor says …`).
   */
  opensLead(m: Mention): boolean {
    const s = this.c.sentenceOf(m.start);
    // A headline, or a deck set as one after a quotation (`‘…,’ union president says`), gives a
    // role whose holder the body names, whoever spoke in the lines above it. Past a sentence's
    // opening, only such a quotation leaves the role opening the clause, or in a line that
    // quotes someone, a comma or a `says` put first before it (`…, chief says`).
    if (s.start !== m.start) return this.afterQuotedHead(s.start, m);
    if (paragraphIndexAt(this.c.paragraphs, m.start) === 0) return true;
    // Below a headline (and a page's furniture), the lead is where the story first speaks of a
    // person.
    return this.beforeAnyoneNamed(m);
  }

  /**
   * `‘Nobody should wait 9 hours’: Quebec nurse says …`, `‘This is …,’ union president says`: a
   * quotation heading a headline, or a deck or subhead among the opening lines, before a colon or
   * none leaves the description after it opening the clause, as it would open the sentence. So,
   * in such a line that quotes someone, does a comma or a `says` put first before it (`… ‘first
   * in line’ …, chief says`, `Report ‘hard to swallow’ says councillor`).
   */
  private afterQuotedHead(from: number, m: Mention): boolean {
    const at = m.start;
    const pi = paragraphIndexAt(this.c.paragraphs, at);
    if (pi >= OPENING_PARAGRAPHS || at - from > QUOTED_HEAD_MAX_CHARS) return false;
    // Below the headline, only a line set as one, with no stop at its end: a deck or a
    // subhead (`‘This is …,’ union president says`), not the lead's prose.
    if (pi > 0 && !isHeadlineLine(this.c, pi)) return false;
    this.c.work.add(at - from);
    const before = this.c.text.slice(from, at);
    // `… should be ‘first in line’ for the plan, chief says`, `Report ‘hard to swallow’ says
    // councillor`: a headline's role after the comma that closes its clause, or after its verb
    // of saying put first, is the subject of that verb as much, when the line quotes someone.
    // Not a role of a body it names (`…, president of PNA says`): whose president the body
    // names is for the description's own reading, not for the lead's next name.
    if (QUOTED_HEAD_END.test(before)) return true;
    return HEADLINE_ROLE_LEAD.test(before) && /['’"”]/.test(before) && !this.c.words.slice(m.first, m.last + 1).some((w) => w.key === "of");
  }

  /**
   * Whether no person spoke or was named in full before a mention. A lone word is no such name
   * (`Skip to main content`, a headline's `Ford vows`, whom the lead then describes), even when
   * the body names that person in full (`Smith begins …` over `Jane Smith had spoken …`); nor is
   * a body that spoke (`NATO warns ‘…’` in the headline), which introduces no person.
   */
  private beforeAnyoneNamed(m: Mention): boolean {
    if (this.seen.lastSpoke(m.start, 0, (x) => x.kind === "person")) return false;
    if (this.firstFullPerson === undefined) {
      const first = this.c.names.find((n) => n.member.kind === "person" && n.member.tokens.length >= 2 && n.mention.last > n.mention.first);
      this.c.work.add(this.c.names.length);
      this.firstFullPerson = first?.mention.start ?? this.c.text.length;
    }
    return m.start < this.firstFullPerson;
  }
}

/** Whether a name's words, after any `the`, are all titles (`Prime Minister`, `the Premier Designate`): an office, no one's name. */
export function isTitlesOnly(text: string): boolean {
  return text
    .replace(THE_OPENER, "")
    .split(/\s+/)
    .every((w) => isOfficeWord(w.toLowerCase().replace(FINAL_STOP, "")));
}

/**
 * Whether a person's name is a place's or a body's name with an office after it (`Millbrook Falls
 * Mayor`, `Oakvale Lake Chief`, `Acme CEO`): no given name opens it (nor a modal that may be one),
 * and an office closes it.
 */
export function describesHolder(member: CastMember): boolean {
  const ts = member.tokens;
  if (member.kind !== "person" || ts.length < 2 || !isOffice(ts.at(-1)!) || isOfficeWord(ts[0]!)) return false;
  // `Will Judge`: a modal that is also a given name opens a person's name.
  return !isGivenName(ts[0]!) && !MODALS_GIVEN_AS_NAMES.has(ts[0]!);
}
