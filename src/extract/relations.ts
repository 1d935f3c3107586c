// Who a phrase is by where it stands beside a name the text gave: the antecedent of a relative
// pronoun (`the official who …`), a description in apposition (`Jane Roe, a nurse, …`) or a
// copula's complement (`Roe is the official who …`), one set off with a name (`One resident,
// Jane Roe,`), a relation (`his wife, Ann,`), a pair brought in by one plural role
// (`councillors Roe and Baker`), one picked out of a group (`residents, including Roe`), one in
// the clause a name's verb of saying governs (`Roe said the chief …`, someone else). Apart
// from the rest of the resolver because each rule reads the words right around one name, not
// the run of speakers and subjects a pronoun looks back over.
import type { CastMember } from "./actors";
import type { Antecedents, Context, NameMention } from "./antecedents";
import { ARTICLES, KIN_NOUNS, POSSESSIVE_DETERMINERS, SPEECH_VERBS, VERBS_BEFORE_SPEAKER } from "./lexicon";
import { isPersonNoun, joined, type Mention } from "./mention-words";
import { npBackward } from "./mentions";
import { firstAtOrAfter, lastAtOrBefore } from "./spans";
import { APOSTROPHE_S, isLowerCase, LETTER, type Word } from "./text";

/** What may come before a name that opens its sentence: a few capitalised words (a title's) or an age (`81-year-old`). */
const OPENING_WORDS = String.raw`(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){0,3}`;
export const SENTENCE_OPENING_NAME = new RegExp(`^${OPENING_WORDS}$`, "u");
/**
 * A name right after a quotation, or after the verb of saying that follows one (`“…,” said Ms.
 * Roe, a veteran politician who …`): the subject of the attribution, as one opening its sentence is.
 * Group 1 is that verb, when there is one.
 */
const NAME_AFTER_QUOTATION = new RegExp(String.raw`[”"’]\s+(?:(\p{Ll}+)\s+)?${OPENING_WORDS}$`, "u");
/** The same from the end of the sentence before: its closing marks and spaces, then those words. */
export const NEXT_SENTENCE_OPENING_NAME = new RegExp(String.raw`^[\s"”’'.!?)]*${OPENING_WORDS}$`, "u");
/** How far around a name a description set off by commas is read (`One Glengarry resident, Jane Roe,`). */
const APPOSITION_CHARS = 40;
/** The copulas whose complement is their subject: `Jane Roe is the official who …`. */
const COPULAS = new Set(["is", "was"]);
/** How many paragraphs back a relation (`his wife`) looks for the name the text gave it: a quotation may come between. */
const RELATION_PARAGRAPHS = 4;
/** A kin noun of a relation that has ended (`ex-wife`), which the text may also call `former wife`. */
const EX_PREFIX = /^ex-/;
/** What ends a kin noun's relation when written before it: `ex-wife`, `former wife`. */
const ENDED_BEFORE = /(?:ex-|former\s+)$/;
/** How many words before a description reportedBy reads for the verb of saying its clause hangs on. */
const REPORTED_BY_WORDS = 12;
/** How far before that verb reportedBy reads for its subject. */
const REPORTED_BY_CHARS = 120;
/** How many words after a description namedInReport reads for the verb of saying it is the subject of (`the judge has also said`). */
const REPORTING_VERB_WORDS = 3;
/** How many names after that verb namedInReport reads, within its sentence. */
const REPORTED_NAMES_MAX = 6;
/** How far a reported clause is read for those names: one with no break in it is seldom longer. */
const REPORTED_CLAUSE_MAX_CHARS = 300;
/** The marks that end a clause inside its sentence: a comma, a semicolon, a colon, a dash, a bracket, `?` or `!`. */
const CLAUSE_MARKS = "!?;,:—()";
/** What ends the clause a verb of saying reports, short of its sentence's end (see namedInReport): CLAUSE_BREAK but a full stop. */
const REPORTED_CLAUSE_BREAK = new RegExp(`[${CLAUSE_MARKS}]`);
/** What ends a clause between a speaker, its verb of saying and a description: a stop, a comma, a dash, even inside a quotation. */
const CLAUSE_BREAK = new RegExp(`[.${CLAUSE_MARKS}]`);
/**
 * Words that open another clause (`…, and the premier said`, `when the chief arrived`), which
 * the verb of saying before them does not govern: the coordinators that join a second main
 * clause and the subordinators of time and cause, with `as`. A hand subset of COORDINATORS and
 * SUBORDINATORS: not `if`, which opens the reported clause itself as `that` does (`Roe asked if
 * the chief …`), nor `then`, an adverb of the reporting clause as often (`Roe then said the
 * chief …`). The rest (`since`, `unless`, `although`, …) no text has shown to matter: added,
 * they changed no output on PolNeAR or the pages (round 16).
 */
const CLAUSE_BREAK_WORDS = new Set(["and", "but", "or", "when", "while", "after", "before", "as", "because"]);

export class Relations {
  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
    /** Resolves the phrase a relative pronoun stands for when no name beside it does (`the official who …`). */
    private readonly resolve: (m: Mention) => CastMember | null,
  ) {}

  /**
   * The member a relative pronoun (`who`, `which`) stands for: the name a phrase right before it
   * is the copula's complement or the apposition of, else that phrase itself.
   */
  relative(m: Mention): CastMember | null {
    const ws = this.c.words;
    const prev = ws[m.first - 1];
    if (!prev) return null;
    const ante = npBackward(this.c, m.first - 1);
    if (!ante || ante.kind === "relative") return null;
    return this.copulaSubject(ante) ?? this.appositionSubject(ante) ?? this.resolve(ante);
  }

  /**
   * `Roe, a top aide said, “is confident”`: a description and its verb set off by commas inside the
   * sentence they report, whose subject is the name before them, not the speaker.
   */
  parenthetical(m: Mention): boolean {
    const verb = this.c.words[m.last + 1];
    return !!verb && this.c.text[verb.end] === ",";
  }

  /**
   * `Jane Roe, a doctor who has called for …`, `Jane Roe, a nurse in the ward told us …`: a
   * description set off by a comma right after a person's name is in apposition to it (its
   * closing comma left out in the second), so a relative clause on the description, or a verb
   * it is the subject of, is the named person's, not a new, unnamed person's.
   */
  appositionSubject(described: Mention): CastMember | undefined {
    const ws = this.c.words;
    const article = ws[described.first];
    const name = ws[described.first - 1];
    if (!article || !ARTICLES.has(article.key) || !name || this.c.text.slice(name.end, article.start) !== ", ") return undefined;
    const n = this.c.names[lastAtOrBefore(this.seen.namesAt, name.end - 1)];
    if (!n || n.mention.end !== name.end || n.member.kind !== "person") return undefined;
    // Only a name opening its sentence (after at most a few capitalised words or an age), or the
    // speaker right after a quotation (`“…,” said Ms. Roe, a veteran politician who touted her
    // record`): in `As Baker attacked Roe, the crowd chanted` or `At a rally in Chelsea, the mayor
    // said` the name closes a phrase before the subject, which the description is.
    const s = this.c.sentenceOf(n.mention.start);
    this.c.work.add(n.mention.start - s.start);
    const before = this.c.text.slice(s.start, n.mention.start);
    if (SENTENCE_OPENING_NAME.test(before)) return n.member;
    const quoted = NAME_AFTER_QUOTATION.exec(before);
    const verb = quoted?.[1];
    return quoted && (verb === undefined || SPEECH_VERBS.has(verb) || VERBS_BEFORE_SPEAKER.has(verb)) ? n.member : undefined;
  }

  /**
   * `Mr. Roe is the Grinch who refuses …`, `Jane Roe was the official who announced …`: a
   * copula's complement is its subject, so a relative clause on the complement is the subject's,
   * named just before the copula, not a character's or a description's of its own.
   */
  private copulaSubject(complement: Mention): CastMember | undefined {
    const ws = this.c.words;
    let i = complement.first;
    if (!ARTICLES.has(ws[i]!.key)) i--;
    const article = ws[i];
    const copula = ws[i - 1];
    const subject = ws[i - 2];
    if (!article || !ARTICLES.has(article.key) || !copula || !COPULAS.has(copula.key) || !subject) return undefined;
    if (!joined(this.c.text, subject, copula) || !joined(this.c.text, copula, article)) return undefined;
    const named = this.seen.nameEndingAt(subject.end);
    return named?.kind === "person" ? named : undefined;
  }

  /**
   * The person named last before `at`, in this paragraph or the two before, when the text set
   * their name off by `head` (`One resident, Jane Roe,` or `Jane Roe, a resident,`): `one
   * resident` then picks out that person, the one resident the text has introduced.
   */
  namedAs(head: string, at: number): CastMember | undefined {
    const n = this.seen.lastNamed(at, this.seen.paragraphStart(at, 2), (x) => x.kind === "person");
    if (!n) return undefined;
    const text = this.c.text;
    const before = text.slice(Math.max(0, n.mention.start - APPOSITION_CHARS), n.mention.start).toLowerCase();
    const after = text.slice(n.mention.end, n.mention.end + APPOSITION_CHARS).toLowerCase();
    this.c.work.add(2 * APPOSITION_CHARS);
    const described = before.replace(/\s*,\s*$/, "");
    const setOffBefore = described !== before && described.endsWith(head) && !LETTER.test(described.at(-head.length - 1) ?? "");
    const setOffAfter = /^\s*,\s*(?:a|an)\s/.test(after) && after.split(/[,.;]/)[1]?.split(/\s+/).includes(head);
    return setOffBefore || setOffAfter ? n.member : undefined;
  }

  /**
   * The person the text named as someone's relation, set off by the same kin noun just before the
   * name (`with his wife, Ann,` or `his son Tom`), in this paragraph or the few before: a later
   * `his wife` is that person, though the one she is related to was named again since.
   */
  namedRelation(head: string, at: number): CastMember | undefined {
    const from = this.seen.paragraphStart(at, RELATION_PARAGRAPHS);
    const text = this.c.text;
    // `his ex-wife said` after `Tom Roe’s former wife, Ann,`: the two words for one relation.
    const ex = EX_PREFIX.test(head);
    const nouns = ex ? [head, head.replace(EX_PREFIX, "former ")] : [head];
    const setOff = (n: NameMention) => {
      const before = text.slice(Math.max(from, n.mention.start - APPOSITION_CHARS), n.mention.start).toLowerCase();
      this.c.work.add(APPOSITION_CHARS);
      const described = before.replace(/\s*,?\s*$/, "");
      return nouns.some((noun) => {
        if (!described.endsWith(noun) || LETTER.test(described.at(-noun.length - 1) ?? "")) return false;
        // `his wife said` is not the one introduced as `ex-wife` or `former wife`: that relation has ended.
        return ex || !ENDED_BEFORE.test(described.slice(0, -noun.length));
      });
    };
    return this.seen.lastNamed(at, from, (x) => x.kind === "person", false, setOff)?.member;
  }

  /**
   * The first of two people the text introduced together by a plural role noun before their
   * names (`councillors Jane Roe and Tom Baker`), for a later `the councillors`: one speaks for
   * both, as in a joint statement. Only within a few paragraphs back; the latest such pair.
   */
  pairIntroducedAs(head: string, at: number): CastMember | undefined {
    const ws = this.c.words;
    const from = this.seen.paragraphStart(at, RELATION_PARAGRAPHS);
    for (let b = lastAtOrBefore(this.seen.namesAt, at - 1); b >= 1; b--) {
      this.c.work.add();
      const n = this.c.names[b - 1]!;
      if (n.mention.start < from) return undefined;
      // The role before the name, or its title opening it (`Ministers Jane Roe and …` to open a sentence).
      // Only its first word, not any before the surname as Roles.actsAsRole reads an acronym: a
      // plural role noun inside a name is a body's (`the Teachers' Federation`, `Nurses Union`).
      const role = ws[n.mention.first - 1];
      const before = role?.key === head && !this.c.quoted[n.mention.first - 1] && joined(this.c.text, role, ws[n.mention.first]!);
      if (!before && !(ws[n.mention.first]!.key === head && n.mention.last > n.mention.first)) continue;
      // The second name right after `and`.
      const and = ws[n.mention.last + 1];
      const second = this.c.names[b]!;
      if (and?.text === "and" && second.mention.first === n.mention.last + 2 && second.mention.start < at) return n.member;
    }
    return undefined;
  }

  /**
   * `flooding for some residents, including Jane Roe.` then `“…,” says the retired resident`:
   * the one person named as a member of a group the description's noun makes plural (`residents,
   * including`, `voters such as`, `fans like`), in this paragraph or the one before, since the
   * last speaker: the text picked that person out of the group to speak.
   */
  memberNamedOf(head: string, at: number): CastMember | undefined {
    const ws = this.c.words;
    const from = this.seen.paragraphStart(at, 1);
    const spoke = this.seen.lastSpoke(at, from, () => true);
    const n = this.c.names[lastAtOrBefore(this.seen.namesAt, at - 1)];
    if (!n || n.mention.start < from || (spoke && spoke.at > n.mention.start) || n.member.kind !== "person") return undefined;
    let k = n.mention.first - 1;
    if (ws[k]?.key === "as" && ws[k - 1]?.key === "such") k--;
    else if (ws[k]?.key !== "including" && ws[k]?.key !== "like") return undefined;
    const group = ws[k - 1];
    if (!group || group.key !== `${head}s` || this.c.quoted[k - 1]) return undefined;
    return n.member;
  }

  /**
   * Whether `member` is the one who, earlier in the sentence, says or tells what the description
   * `m` of a person does (`Jane Roe said the chief told reporters …`, `Roe told the Star that
   * the premier …`): who reports someone's words, in the clause that governs the description, is
   * someone else, else the text would say `she`. Only when a verb of saying stands between, and
   * no clause or sentence break (a comma, `and`, a full stop, even inside a quotation): `Roe
   * said …, and the premier said` or `Roe said, “…” The premier added` go on with Roe.
   */
  reportedBy(m: Mention, member: CastMember): boolean {
    const ws = this.c.words;
    if (!isPersonNoun(ws[m.last]!.key)) return false;
    const from = this.c.sentenceOf(m.start).start;
    // One reading back from the description, word by word within its sentence, with no clause
    // break on the way: to the verb of saying its clause hangs on, a few words back, then on to
    // where the member, named or speaking since the sentence opened, ends before that verb.
    let verb = -1;
    let end = -1;
    for (let i = m.first - 1; i >= 0 && ws[i]!.start >= from; i--) {
      this.c.work.add();
      const w = ws[i]!;
      if (verb >= 0 && w.end <= end) return !CLAUSE_BREAK.test(this.c.text.slice(end, ws[i + 1]!.start));
      if (verb < 0 && m.first - i > REPORTED_BY_WORDS) return false;
      if (CLAUSE_BREAK.test(this.c.text.slice(w.end, ws[i + 1]!.start)) || CLAUSE_BREAK_WORDS.has(w.key)) return false;
      if (verb >= 0 || this.c.quoted[i] || !isLowerCase(w.text) || !SPEECH_VERBS.has(w.key)) continue;
      verb = i;
      const spoke = this.seen.lastSpoke(w.start, from, (x) => x === member);
      const named = this.seen.lastNamed(w.start, from, (x) => x === member);
      end = Math.max(spoke?.end ?? -1, named?.mention.end ?? -1);
      if (end < 0 || w.start - end > REPORTED_BY_CHARS) return false;
      if (end >= w.start) return true;
    }
    return false;
  }

  /**
   * Whether `member` is named in the clause a description `m` of a person reports, as the
   * subject of the verb of saying right after it (`The judge said the testimony of Jane Roe was
   * “flawed”`, `The minister told Roe …`): the one who says it is someone else than the one
   * their words name, else the text would say `her` (reportedBy's mirror). Reads a few words on
   * to the verb, with no clause break, then the names from there to the sentence's end.
   */
  namedInReport(m: Mention, member: CastMember): boolean {
    const ws = this.c.words;
    if (!isPersonNoun(ws[m.last]!.key)) return false;
    const sentence = this.c.sentenceOf(m.start);
    let verb: Word | undefined;
    for (let i = m.last + 1; i < ws.length && i - m.last <= REPORTING_VERB_WORDS && ws[i]!.start < sentence.end; i++) {
      this.c.work.add();
      const w = ws[i]!;
      if (CLAUSE_BREAK.test(this.c.text.slice(ws[i - 1]!.end, w.start)) || this.c.quoted[i] || !isLowerCase(w.text)) return false;
      if (SPEECH_VERBS.has(w.key)) {
        verb = w;
        break;
      }
    }
    if (!verb) return false;
    // The reported clause up to its first break: past a comma come a relative clause or an
    // aside (`…, where Roe visited`, `…, according to Roe`) that name others as they like. A
    // stop counts only as the sentence's end (`Mr. Roe` holds one).
    // Read at most REPORTED_CLAUSE_MAX_CHARS: a text of quotations whose stops are all inside
    // their marks is one sentence, and reading to its end for each description was quadratic.
    const stop = Math.min(sentence.end, verb.end + REPORTED_CLAUSE_MAX_CHARS);
    const tail = this.c.text.slice(verb.end, stop);
    this.c.work.add(tail.length);
    const brk = tail.search(REPORTED_CLAUSE_BREAK);
    const end = brk < 0 ? stop : verb.end + brk;
    const { names } = this.c;
    for (let k = firstAtOrAfter(this.seen.namesAt, verb.end), looked = 0; k < names.length && looked < REPORTED_NAMES_MAX; k++, looked++) {
      this.c.work.add();
      const n = names[k]!;
      if (n.mention.start >= end) return false;
      if (n.member === member) return true;
    }
    return false;
  }
}

/**
 * Whether a description names someone by their relation to another (`the victim’s boyfriend`,
 * `his niece`), or by their place beside a person a common noun names (`the minister’s press
 * secretary`, `the mayor’s lawyer`): someone else than that person, whom it never stands for.
 * Not beside a body (`the union’s spokesperson`), who may speak for it.
 */
export function isRelationOf(span: Word[], head: string): boolean {
  if (KIN_NOUNS.has(head) && span.some((w) => POSSESSIVE_DETERMINERS.has(w.key) || APOSTROPHE_S.test(w.text))) return true;
  return span.some((w, i) => {
    if (i === span.length - 1 || !APOSTROPHE_S.test(w.text) || !isLowerCase(w.text)) return false;
    const owner = w.key.replace(APOSTROPHE_S, "");
    return owner !== head && isPersonNoun(owner);
  });
}
