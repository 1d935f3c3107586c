// A speaker the lead gives by description and the next paragraph names: `Millbrook's fire chief
// says the bridge is “unsafe.”` then `Tom Baker says crews …`. News introduces a person so, the
// role first and the name in the sentence after; a name met there for the first time, given bare
// or with the same role, is the one described. Apart from ./attribute because it reads forward,
// once every event has its speaker, where the resolver reads only what came before a mention.
import type { CastMember } from "./actors";
import { type Analysis, type QuoteInfo, wordIndexAt } from "./analysis";
import { holdsOtherTitle, roleVariants } from "./descriptions";
import { DETERMINERS, PEOPLE_BY_ROLE, SPEAKER_NOUNS, TITLES } from "./lexicon";
import { joined } from "./mention-words";
import { nounSex } from "./person-sex";
import { firstAtOrAfter } from "./spans";
import { isCapitalised } from "./text";

/**
 * Gives each quotation whose own attribution is a definite description of one person the text
 * names no one by (`the judge`, `Riverton's mayor`) the person the next speech event names, when
 * that event is in the same paragraph or the next and its name is met there for the first time,
 * with no title or role that says it is someone else. The quotations lent that speaker (`“…”`
 * going on after it) take the name too: they run before lendNeighbourSpeakers.
 */
export function nameDescribedSpeakers(a: Analysis, speech: QuoteInfo[]): void {
  // Where events start, gathered only if a quotation needs them.
  let at: number[] | undefined;
  const named = new Map<CastMember, CastMember | null>();
  speech.forEach((info, q) => {
    const sp = info.speaker;
    const member = sp?.member;
    if (!sp || !member?.unnamed || member.kind !== "person" || sp.mention?.kind !== "nominal") return;
    a.work.add();
    if (!named.has(member)) {
      const close = info.q.pieces[info.q.pieces.length - 1]!.close;
      at ??= a.events.map((e) => e.at);
      named.set(member, info.attribution ? nameAfter(a, speech, q, member, sp.mention.start, sp.mention.last, at, close) : null);
    }
    const person = named.get(member);
    if (person) info.speaker = { ...sp, member: person };
  });
}

/** How many words after a name its appositive may run to the comma that closes it: `Tom Baker, the town's treasurer,`. */
const APPOSITIVE_MAX_WORDS = 8;

/** A role word: a title, or a noun for a person by role (`lawyer`, `treasurer`). */
function isRoleWord(key: string): boolean {
  return TITLES.has(key) || PEOPLE_BY_ROLE.has(key) || SPEAKER_NOUNS.has(key);
}

/**
 * Whether the name met at `at` is introduced with a role other than the description's (none of
 * `variants`): a role word right before it (`Defence lawyer Tom Baker`), or one in the
 * appositive set off by a comma after it (`Tom Baker, the town's treasurer,`). Not every title
 * reaches the member's titles (holdsOtherTitle), nor every appositive its role.
 */
function otherRoleAtIntroduction(a: Analysis, at: number, variants: string[]): boolean {
  const ws = a.words;
  let i = wordIndexAt(a, at);
  const before = ws[i - 1];
  if (before && joined(a.text, before, ws[i]!) && isRoleWord(before.key) && !variants.includes(before.key)) return true;
  while (ws[i + 1] && isCapitalised(ws[i + 1]!.text) && joined(a.text, ws[i]!, ws[i + 1]!)) i++;
  if (!ws[i + 1] || !/^,\s+$/.test(a.text.slice(ws[i]!.end, ws[i + 1]!.start))) return false;
  // A noun phrase (`the town's treasurer`, `Acme's lawyer`, `treasurer of Tallwood`), not a
  // clause or a phrase of where or how (`in a statement released by the campaign,`).
  const opener = ws[i + 1]!;
  if (!DETERMINERS.has(opener.key) && !isCapitalised(opener.text) && !isRoleWord(opener.key)) return false;
  let other = false;
  for (let k = i + 1; k <= i + APPOSITIVE_MAX_WORDS && ws[k]; k++) {
    a.work.add();
    const key = ws[k]!.key;
    if (variants.includes(key)) return false;
    if (isRoleWord(key)) other = true;
    if (ws[k + 1] && /[,.;:]/.test(a.text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
  }
  return other;
}

/**
 * Whether a member's name is a person's own, given and family names capitalised (`Tom Baker`),
 * not a description that holds a name (`source familiar with Baker's thinking`) nor a lone word
 * (`Tallwood Star`'s `Star` read as a person).
 */
function personalName(member: CastMember): boolean {
  const words = member.name.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words a description opens with that make it definite: one person the reader is to know. */
const DEFINITE = /^(?:the\s|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*['’]s?\s)/iu;

/**
 * The person the first speech event after `close` names, if the description (its head the word
 * at `head`, starting at `start`) is that person's: see nameDescribedSpeakers.
 */
function nameAfter(
  a: Analysis,
  speech: QuoteInfo[],
  q: number,
  member: CastMember,
  start: number,
  head: number,
  at: number[],
  close: number,
): CastMember | null {
  const info = speech[q]!;
  // The next paragraph's end: no speaker is looked for past it.
  const end = a.paragraphs[info.paragraph + 1]?.end ?? a.text.length;
  const key = a.words[head]!.key;
  // One person by role or office (`the judge`, `Acme's lawyer`), never many (`officers`) nor a
  // description with no role (`the vote`), nor `a lawyer`, who may be any of several.
  if (!TITLES.has(key) && !PEOPLE_BY_ROLE.has(key) && !SPEAKER_NOUNS.has(key)) return null;
  if (SPEAKER_NOUNS.has(key.slice(0, -1))) return null;
  if (!DEFINITE.test(a.text.slice(start, a.words[head]!.start + 1))) return null;
  // The next speaker the text names: a speech event's (`Tom Baker says …`) or a quotation's own
  // attribution's (`“…,” said Judge Tom Baker`), whichever comes first.
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
  const person = ev?.member;
  if (!ev || !person || person.unnamed || person.kind !== "person" || !personalName(person)) return null;
  // Met for the first time after the description: a person named before it is someone else.
  if ((person.seen[0] ?? -1) < start) return null;
  if (holdsOtherTitle(person, key)) return null;
  // `Tom Baker, the Crown's lawyer, said` after `the judge`: a role of its own says who else it is.
  const role = person.role?.toLowerCase();
  const variants = roleVariants(key);
  if (role && !variants.some((r) => role.includes(r))) return null;
  if (otherRoleAtIntroduction(a, person.seen[0]!, variants)) return null;
  const sex = nounSex(key);
  if (sex && person.gender && sex !== person.gender) return null;
  return person;
}
