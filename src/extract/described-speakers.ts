// A speaker the lead gives by description and the next paragraph names: `Millbrook's fire chief
// says the bridge is “unsafe.”` then `Tom Baker says crews …`. News introduces a person (or a
// body: `The union representing Millbrook's nurses`) so, the role first and the name in the
// sentence after; a name met there for the first time, given bare or with the same role, is the
// one described. The resolver reads forward for this class too (Descriptions.namedNext, a name
// opening the very next sentence; Bodies.bodyNamedNext, a body opening the next paragraph;
// introducedLater; holderNamedBelow), but only from an indefinite description or the lead's; this
// pass reads the next speech event or attribution, once every event has its speaker, for a
// definite one (or a body's qualified one), and keeps the resolver's guards: a judge only the one
// titled so (BENCH_HEADS), never a person introduced as someone else, a union never a company.
import type { CastMember } from "./actors";
import type { Analysis, QuoteInfo } from "./analysis";
import { isBodyNoun, isCompanyHead, isNamedNonPlaceBody, isOfSort } from "./bodies";
import { holdsOtherTitle, roleVariants } from "./descriptions";
import { HEAD_LINKS, PEOPLE_BY_ROLE, RELATIVE_PRONOUNS, SPEAKER_NOUNS, TITLES } from "./lexicon";
import type { Mention } from "./mention-words";
import { nounSex } from "./person-sex";
import { BENCH_HEADS, type Resolver } from "./resolve";
import { firstAtOrAfter } from "./spans";
import { startsUpper } from "./text";
import { rx } from "./unicode-regexps";

/**
 * Gives each quotation whose own attribution is a definite description of one person the text
 * names no one by (`the judge`, `Riverton's mayor`) the person the next speaker names, when it
 * speaks in the same paragraph or the next and its name is met there for the first time, with
 * no title or role that says it is someone else; and likewise a body's description met there
 * for the first time the body named next, of its sort (bodyNamedAfter). The quotations lent that
 * speaker (`“…”` going on after it) take the name too: this runs before lendNeighbourSpeakers.
 */
export function nameDescribedSpeakers(a: Analysis, speech: QuoteInfo[], resolver: Resolver): void {
  // Where events start, gathered only if a quotation needs them.
  let at: number[] | undefined;
  const named = new Map<CastMember, CastMember | null>();
  speech.forEach((info, q) => {
    const sp = info.speaker;
    const member = sp?.member;
    if (!sp || !member || sp.mention?.kind !== "nominal") return;
    // A person the description names no one by; a body met first there (`The union representing
    // Millbrook's nurses`), whose words may hold a capital, but never a body named before.
    const body = member.kind !== "person" && (member.seen[0] ?? -1) >= sp.mention.start;
    if (!body && !(member.unnamed && member.kind === "person")) return;
    a.work.add();
    if (!named.has(member)) {
      const close = info.q.pieces[info.q.pieces.length - 1]!.close;
      at ??= a.events.map((e) => e.at);
      const next = info.attribution ? nextNamedSpeaker(a, speech, q, member, at, close) : undefined;
      named.set(
        member,
        !next ? null : body ? bodyNamedAfter(a, sp.mention, next) : personNamedAfter(a, resolver, sp.mention.start, sp.mention.last, next),
      );
    }
    const person = named.get(member);
    if (person) info.speaker = { ...sp, member: person };
  });
}

/** A role word: a title, or a noun for a person by role (`lawyer`, `treasurer`). */
function isRoleWord(key: string): boolean {
  return TITLES.has(key) || PEOPLE_BY_ROLE.has(key) || SPEAKER_NOUNS.has(key);
}

/**
 * Whether a member's name is a person's own, given and family names capitalised (`Tom Baker`),
 * not a description that holds a name (`source familiar with Baker's thinking`) nor a lone word
 * (`Tallwood Star`'s `Star` read as a person).
 */
function personalName(member: CastMember): boolean {
  const words = member.name.split(/\s+/);
  return words.length >= 2 && words.every((w) => startsUpper(w));
}

/** Words a description opens with that make it definite: one person the reader is to know. */
const DEFINITE = rx.iu`^(?:the\s|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*['’]s?\s)`;

/**
 * The member the first speech event after `close` names (`Tom Baker says …`), or the first
 * quotation's own attribution (`“…,” said Judge Tom Baker`), whichever comes first, within the
 * paragraph after the quotation's; passing over the described member itself speaking again.
 */
function nextNamedSpeaker(
  a: Analysis,
  speech: QuoteInfo[],
  q: number,
  member: CastMember,
  at: number[],
  close: number,
): CastMember | undefined {
  const info = speech[q]!;
  // The next paragraph's end: no speaker is looked for past it.
  const end = a.paragraphs[info.paragraph + 1]?.end ?? a.text.length;
  let ev: { at: number; member: CastMember | null } | undefined;
  for (let i = firstAtOrAfter(at, close + 1); i < a.events.length && a.events[i]!.at < end; i++) {
    a.work.add();
    const e = a.events[i]!;
    if (e.member !== member) {
      ev = e;
      break;
    }
  }
  for (let i = q + 1; i < speech.length; i++) {
    a.work.add();
    const next = speech[i]!;
    const open = next.q.pieces[0]!.open;
    if (open >= end || (ev && open > ev.at)) break;
    if (next.attribution && next.speaker?.member !== member) {
      ev = { at: open, member: next.speaker?.member ?? null };
      break;
    }
  }
  return ev?.member && !ev.member.unnamed ? ev.member : undefined;
}

/**
 * The person named next (nextNamedSpeaker), if the description (its head the word at `head`,
 * starting at `start`) is that person's: see nameDescribedSpeakers.
 */
function personNamedAfter(a: Analysis, resolver: Resolver, start: number, head: number, person: CastMember): CastMember | null {
  const key = a.words[head]!.key;
  // One person by role or office (`the judge`, `Acme's lawyer`), never many (`officers`) nor a
  // description with no role (`the vote`), nor `a lawyer`, who may be any of several. Never the
  // bench but by its title (`Judge Tom Baker`): a court story names next the parties the judge
  // hears (see Resolver's BENCH_HEADS).
  if (!isRoleWord(key) || (BENCH_HEADS.has(key) && !person.titles.has(key))) return null;
  if (SPEAKER_NOUNS.has(key.slice(0, -1))) return null;
  if (!DEFINITE.test(a.text.slice(start, a.words[head]!.start + 1))) return null;
  if (person.kind !== "person" || !personalName(person)) return null;
  // Met for the first time after the description: a person named before it is someone else.
  if ((person.seen[0] ?? -1) < start) return null;
  if (holdsOtherTitle(person, key)) return null;
  // `Tom Baker, the Crown's lawyer, said` or `Tom Baker, who lives by the bridge, says` after
  // `the fire chief`: words of their own say who else they are.
  const role = person.role?.toLowerCase();
  if (role && !roleVariants(key).some((r) => role.includes(r))) return null;
  // A title the text gave them is theirs however they were introduced (`Ontario Superior Court
  // Justice Jane Roe` is titled judge: see Cast.entitle).
  if (!person.titles.has(key) && resolver.introducedOtherThan(person.seen[0]!, key)) return null;
  const sex = nounSex(key);
  if (sex && person.gender && sex !== person.gender) return null;
  return person;
}

/**
 * Whether a word ends a body's description's head and starts what qualifies it: a link (`the
 * agency for …`), a relative pronoun or `that` (`the agency that …`), `on`, or a participle
 * (`the union representing …`).
 */
function opensQualifier(key: string): boolean {
  return HEAD_LINKS.has(key) || RELATIVE_PRONOUNS.has(key) || key === "that" || key === "on" || rx.u`^\p{Ll}+ing$`.test(key);
}

/** Nouns a body is called by whatever its name: `the agency` for a `… Establishment`, `the union` for the `Teamsters`. */
const ANY_NAME_HEADS = new Set(["company", "agency", "union", "watchdog", "organization", "organisation", "association"]);

/**
 * The body named next (nextNamedSpeaker), if a body's description (`The union representing
 * Millbrook's nurses`, `the agency`) is that body's: a body by name for the first time there,
 * of no other sort than the description's head (a company for `the company`, and `the union`
 * never a company).
 */
function bodyNamedAfter(a: Analysis, m: Mention, body: CastMember): CastMember | null {
  if (!isNamedNonPlaceBody(body) || (body.seen[0] ?? -1) < m.start) return null;
  let head: string | undefined;
  let i = m.first;
  for (; i <= m.last && !opensQualifier(a.words[i]!.key); i++) {
    a.work.add();
    if (isBodyNoun(a.words[i]!.key)) head = a.words[i]!.key;
  }
  if (!head) return null;
  // `the union`, `Millbrook's union`, or one a qualifier picks out (`A union representing
  // Millbrook's nurses`), never a bare `a union`, which may be any of several.
  // The mention may end before its qualifier (`A union` of `A union representing 55,000 …`).
  const next = a.words[m.last + 1];
  const qualified = i <= m.last || (next && /^\s+$/.test(a.text.slice(m.end, next.start)) && opensQualifier(next.key));
  if (!qualified && !DEFINITE.test(`${a.text.slice(m.start, m.end)} `)) return null;
  // `the company` is a company's (`Acme Ltd.`), and a company is no `union`; a noun of a narrower
  // sort (`the coroner's office`, `the ministry`) is a body its name calls so.
  if (isCompanyHead(head) !== isOfSort(body.tokens, "company")) return null;
  return isOfSort(body.tokens, head) || ANY_NAME_HEADS.has(head) ? body : null;
}
