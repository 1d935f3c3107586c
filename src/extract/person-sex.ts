// A person's sex as the text shows it, apart from pronoun resolution (pronouns.ts), which asks
// it of every candidate: the sex the cast gave a member (a title's, `Mr.`, `Ms.`, over a given
// name's, see actors.ts), unless the text's own pronoun for a person whose sex was only guessed
// says otherwise (`Lustrik said he`), and the sex a pronoun teaches a name that showed none. The
// sexed nouns (`the mother`, `the man`, `the spokeswoman`) are read by nounSex here, from a word
// list (NOUN_SEXES in lexicon.ts) and the `-woman` and `-man` compounds; resolve.ts hands that
// sex to pronouns.ts, whose candidates must fit it (sexFits).
//
// Exported: PersonSex (sexOf, sexFits: the two questions pronouns.ts asks, over one memo per
// member), nounSex (the sex a description's head gives) and learnGender (resolve.ts teaches a
// member the sex of the pronoun that stood for it). The first pronoun after a name is
// antecedents.ts's pronounAfter.
import type { CastMember } from "./actors";
import { type Antecedents, type Context, pronounAfter } from "./antecedents";
import { NOUN_SEXES, SPEECH_VERBS } from "./lexicon";
import { isPersonNoun, isSpeakerNoun } from "./mention-words";
import { hasGuessedGender } from "./names";
import { isLowerCase } from "./text";
import { rx } from "./unicode-regexps";

/** How many of a member's mentions saidToBe reads for `Roe says she`. */
const SAID_MENTIONS_READ = 8;
/** The words saidToBe reads after a mention's name: its verb of saying, a `that`, the pronoun. */
const SAID_PRONOUN_WORDS = 3;
/**
 * A possessive and a person's noun set off by a comma right before a name (`His wife, Abena
 * Osei`, `Her brother, K.D. Lusk`), read in the characters before it: by Pronouns'
 * personNounBefore anywhere, by kinSetOff only where it opens the sentence.
 */
export const POSSESSIVE_NOUN_SET_OFF = rx.iu`(?:^|\s)(?:his|her|their|my|our)\s+(\p{Ll}+),\s*$`;
/**
 * The most characters a possessive's noun opening a sentence may span (`Their granddaughter, `):
 * a longer way from the sentence's start to a mention is read as no such opening, unsliced, so a
 * sentence that never ends (a text without stops) costs each mention a constant, not its length.
 */
const KIN_OPENING_MAX_CHARS = 40;
/** The sex each third-person pronoun gives: see saidToBe. */
const PRONOUN_SEXES = new Map<string, "m" | "f">([
  ...["he", "him", "his", "himself"].map((w) => [w, "m"] as const),
  ...["she", "her", "hers", "herself"].map((w) => [w, "f"] as const),
]);

/** A person's sex as the text shows it: one per text, shared by every rule that asks (its memo charges each member's reading once). */
export class PersonSex {
  /** saidToBe's answers, by member. */
  private readonly sexSaid = new Map<CastMember, "m" | "f" | undefined>();
  /** kinSetOff's answers, by member. */
  private readonly sexSetOff = new Map<CastMember, "m" | "f" | undefined>();

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
  ) {}

  /**
   * A person's sex as the text shows it: the one its own pronoun gives (saidToBe) over the one
   * guessed from a given name, as an honorific wins over the guess in the cast (actors.ts).
   */
  sexOf(m: CastMember): "m" | "f" | undefined {
    return this.saidToBe(m) ?? m.gender ?? this.kinSetOff(m);
  }

  /** Whether the text shows a person of that sex or of none (no array built per candidate). */
  sexFits(m: CastMember, sex: "m" | "f"): boolean {
    const s = this.sexOf(m);
    return s === undefined || s === sex;
  }

  /**
   * The sex the text's own pronoun gives a person whose sex was only guessed from a given name
   * (no title, a name the long generated lists hold, not the curated one): `Robin Lustrik` is
   * guessed a woman, but `Lustrik says he trained in 2015` makes him a man (see sexOf). Only the pronoun that
   * opens what the name reports (`Roe said that she`), read after the member's first few
   * mentions, and only when no other person shares the surname, nor a first pronoun after one
   * of those mentions gives the other sex. Read once per member.
   */
  private saidToBe(m: CastMember): "m" | "f" | undefined {
    if (m.kind !== "person" || m.tokens.length < 2 || m.titles.size > 0 || !hasGuessedGender(m.tokens[0]!)) return undefined;
    if (this.sexSaid.has(m)) return this.sexSaid.get(m);
    // `Roe said she` names Jane Roe as well as Tom Roe: no evidence for either.
    if (this.c.cast.sharesSurname(m)) return undefined;
    let said: "m" | "f" | undefined;
    const ws = this.c.words;
    for (let k = 0; k < m.seen.length && k < SAID_MENTIONS_READ && !said; k++) {
      // Past the name's own words, then its verb of saying and a `that`.
      const i = this.pastName(this.seen.wordFrom(m.seen[k]!), m);
      this.c.work.add(SAID_PRONOUN_WORDS);
      const verb = ws[i];
      if (!verb || this.c.quoted[i] || !isLowerCase(verb.text) || !SPEECH_VERBS.has(verb.key)) continue;
      const next = ws[i + 1]?.key === "that" ? i + 2 : i + 1;
      const w = ws[next];
      if (w && !this.c.quoted[next] && (w.text === "he" || w.text === "she")) said = PRONOUN_SEXES.get(w.text);
    }
    // `Robin Lustrik waited for her son. Lustrik said he …`: the `he` is the son; a first pronoun after
    // one of the name's mentions, in its sentence, of the other sex leaves the sex unsaid.
    for (let k = 0; said && k < m.seen.length && k < SAID_MENTIONS_READ; k++) {
      const other = this.firstPronounSex(this.seen.wordFrom(m.seen[k]!), m);
      if (other && other !== said) said = undefined;
    }
    this.sexSaid.set(m, said);
    return said;
  }

  /**
   * For a person whose name shows no sex (initials, a given name no list holds), the sex of a
   * sexed person's noun the sentence opens on, after a possessive, with the name set off as its
   * appositive (`Her brother, K.D. Lusk, who …`, `His mother, Chidi Lusk,`): a brother is a man,
   * whoever the possessive's `her` is. Only that opening: a phrase fronted before a subject (`Like
   * her father, K.D. Lang grew up`) sets off no appositive, and a noun inside the sentence may be
   * someone else's. The first few mentions are read, once per member.
   */
  private kinSetOff(m: CastMember): "m" | "f" | undefined {
    if (m.kind !== "person" || m.seen.length === 0) return undefined;
    if (this.sexSetOff.has(m)) return this.sexSetOff.get(m);
    let sex: "m" | "f" | undefined;
    const ws = this.c.words;
    for (let k = 0; k < m.seen.length && k < SAID_MENTIONS_READ && !sex; k++) {
      const at = m.seen[k]!;
      const start = this.c.sentenceOf(at).start;
      if (at - start > KIN_OPENING_MAX_CHARS) continue;
      const opening = this.c.text.slice(start, at);
      this.c.work.add(opening.length);
      // The sentence opens on it: the match starts where the opening does.
      const match = POSSESSIVE_NOUN_SET_OFF.exec(opening);
      const noun = match?.index === 0 ? match[1] : undefined;
      if (noun === undefined || !isPersonNoun(noun)) continue;
      // The appositive closes after the name: `Her brother, K.D. Lusk, who`, not `Her brother, K.D. Lusk said`.
      const last = ws[this.pastName(this.seen.wordFrom(at), m) - 1];
      if (last && /^\s*,/.test(this.c.text.slice(last.end, last.end + 2))) sex = nounSex(noun);
    }
    this.sexSetOff.set(m, sex);
    return sex;
  }

  /** The sex of the first personal pronoun after a mention of `m` at word `at`, in its sentence and out of quotation. */
  private firstPronounSex(at: number, m: CastMember): "m" | "f" | undefined {
    const ws = this.c.words;
    const end = this.c.sentenceOf(ws[at]!.start).end;
    const pronoun = pronounAfter(this.c, this.pastName(at, m), end, (key) => PRONOUN_SEXES.has(key));
    return pronoun === undefined ? undefined : PRONOUN_SEXES.get(pronoun);
  }

  /** The word after a mention of `m` at word `at`, past the name's own words (`Robin Lustrik`, `Lustrik`). */
  private pastName(at: number, m: CastMember): number {
    const ws = this.c.words;
    let i = at;
    for (let n = 0; i < ws.length && n < m.tokens.length && m.tokens.includes(ws[i]!.key); n++) i++;
    return i;
  }
}

/**
 * `Marrow has pleaded not guilty. He admitted …`: the pronoun the text uses for a person
 * whose name showed no gender tells it, so a later `she` does not stand for him.
 */
export function learnGender(member: CastMember | null, pronoun: string): CastMember | null {
  if (member?.kind === "person" && member.gender === undefined && (pronoun === "he" || pronoun === "she"))
    member.gender = pronoun === "he" ? "m" : "f";
  return member;
}

/**
 * The sex a description's head gives: a sexed noun's (NOUN_SEXES), or a compound's in `-woman`
 * (`the spokeswoman`), or in `-man` where its `-woman` twin is a person's noun too (`the
 * councilman`): one with no such twin (`the ombudsman`, `the foreman`) is said of women as well.
 */
export function nounSex(head: string): "m" | "f" | undefined {
  const sex = NOUN_SEXES.get(head);
  if (sex || head.length <= "woman".length) return sex;
  if (head.endsWith("woman")) return "f";
  return head.endsWith("man") && isSpeakerNoun(`${head.slice(0, -3)}woman`) ? "m" : undefined;
}
