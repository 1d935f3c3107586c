// Who speaks a quotation that no attribution stands beside: the name that opens the sentence
// before it, or, for a quotation that opens the article, the subject of the next paragraph's
// first verb of saying, or the name an attribution that lost its verb kept (`“…,” Jane Roe, a
// nurse.`). Separate because attribute.ts asks these only after explicitAttribution found
// nothing; they read whole sentences and paragraphs, not the clause at the quotation.
import type { CastMember } from "./actors";
import { type Analysis, type QuoteInfo, sentenceOf, wordIndexAt } from "./analysis";
import { opensSentence } from "./classify";
import { afterDateline, clauseSubject, ONLY_A_COMMA } from "./clause-subjects";
import { LEAD_SKIP } from "./lexicon";
import type { Mention } from "./mention-words";
import { npForward } from "./mentions";
import { firstAtOrAfter } from "./spans";
import { isSpeechVerb } from "./speech-verbs";
import { subjectOf } from "./subjects";
import { DOUBLE_MARK, isLowerCase, type Range } from "./text";
import { MAX_APPOSITIVE_WORDS } from "./thresholds";
import { rx } from "./unicode-regexps";

/**
 * The person a sentence is about, as the name that opens it (`Poilievre chided the energy
 * sector …`): who speaks in the bare quotation that follows, when no verb of saying says so.
 */
export function openingName(a: Analysis, s: Range): Mention | undefined {
  const words = sentenceWords(a, s);
  if (!words) return undefined;
  const [lo, hi] = words;
  const m = clauseSubject(a, lo, hi) ?? topicAfterFor(a, lo, hi);
  return m?.kind === "name" && !reportsDeath(a, m, hi) ? m : undefined;
}

/**
 * The subject of sentence `s` when the sentence reports that subject's death (`Ivo Brand, a
 * fisherman, has died.`, `He died on Monday.`), as openingName reads it; else undefined.
 */
export function deathReportedIn(a: Analysis, s: Range): Mention | undefined {
  const words = sentenceWords(a, s);
  if (!words) return undefined;
  const m = clauseSubject(a, words[0], words[1]);
  return m && reportsDeath(a, m, words[1]) ? m : undefined;
}

/** Sentence `s`'s words as [first, end) past any dateline, or undefined when none is left or the first is quoted. */
function sentenceWords(a: Analysis, s: Range): [number, number] | undefined {
  const hi = wordIndexAt(a, s.end);
  const lo = afterDateline(a, wordIndexAt(a, s.start), hi);
  return lo >= hi || a.quoted[lo] ? undefined : [lo, hi];
}

/** How many stretches set off by commas may stand between a name and its verb (`, 54, of Pellworth,`). */
const SET_OFF_MAX_STRETCHES = 3;

/** Verbs that report a person's death (`died`, `passed away`), by their first word. */
const DEATH_VERBS = new Set(["died", "dies", "passed"]);
/** Auxiliaries of the perfect before a death verb: `has died`, `had passed away`. */
const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

/**
 * `Abel Troake, 54, of Pellworth, died on Monday.`: a sentence that reports its subject's death
 * is about him, and the bare quotation after is a mourner's words, not his. Its verb is the first
 * word of the stretch after the name that no comma closes (what the commas set off is the name's
 * age, place or description); not a death inside a relative clause (`Troake, whose wife died
 * in May, opened the pier`), which the comma closes.
 */
function reportsDeath(a: Analysis, m: Mention, hi: number): boolean {
  const ws = a.words;
  let j = m.last + 1;
  // A few stretches of a few words each (`, 54, of Pellworth,`): the work per quotation is bounded.
  for (let stretches = 0; j < hi && /,/.test(a.text.slice(ws[j - 1]!.end, ws[j]!.start)); stretches++) {
    if (stretches >= SET_OFF_MAX_STRETCHES) return false;
    let k = j;
    while (k + 1 < hi && k - j < MAX_APPOSITIVE_WORDS && !/,/.test(a.text.slice(ws[k]!.end, ws[k + 1]!.start))) k++;
    a.work.add(k - j + 1);
    if (k + 1 >= hi) break;
    if (k - j >= MAX_APPOSITIVE_WORDS) return false;
    j = k + 1;
  }
  // `has died`, `had passed away`: the perfect's auxiliary first.
  if (j + 1 < hi && PERFECT_AUXILIARIES.has(ws[j]!.key)) j++;
  const verb = ws[j];
  if (j >= hi || !verb || !DEATH_VERBS.has(verb.key)) return false;
  return verb.key !== "passed" || ws[j + 1]?.key === "away";
}

/**
 * `And for Kyle Roe, one thing really bothered him.`: a name set off after `For` opening the
 * sentence is whom it is about, its subject being a thing; the bare quotation after is his.
 */
function topicAfterFor(a: Analysis, lo: number, hi: number): Mention | undefined {
  const ws = a.words;
  const i = LEAD_SKIP.has(ws[lo]!.key) ? lo + 1 : lo;
  if (i + 1 >= hi || ws[i]!.key !== "for") return undefined;
  const m = npForward(a, i + 1);
  const next = m && ws[m.last + 1];
  return m && next && m.last + 1 < hi && ONLY_A_COMMA.test(a.text.slice(ws[m.last]!.end, next.start)) ? m : undefined;
}

/**
 * Verbs by which a lead's next paragraph may bring in who spoke its opening quotation, beside
 * the verbs of saying: a statement or an appeal is issued, made or delivered (`Dr. Jane Roe, the
 * chief public health officer, issued an urgent call on Monday …`).
 */
const STATEMENT_VERBS = new Set(["issued", "issues", "made", "makes", "delivered", "delivers", "appealed", "appeals"]);

/** The longest dateline before a lead quotation (`MILLBROOK HARBOUR, N.L. (The Oakvale Press) —`). */
const DATELINE_MAX_CHARS = 60;

/** What may stand before a lead quotation in its paragraph: nothing, or a dateline (`OTTAWA —`, `ST. JOHN’S, N.L. (CP) -`). */
const DATELINE_ONLY = rx.u`^\s*(?:\p{Lu}[\p{Lu}.'’ ]*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+)?)?\s*(?:\([^)]*\)\s*)?[—–-]+)?\s*$`;

/**
 * Whether a quotation opens its paragraph right after a dateline (`OTTAWA — “…”`): the story
 * begins there, so whatever stands above (headline, caption, teaser) introduces nobody in it.
 */
export function opensAfterDateline(a: Analysis, info: QuoteInfo): boolean {
  const here = a.paragraphs[info.paragraph]!;
  const open = info.q.pieces[0]!.open;
  // A dateline is short: a quotation further into its paragraph is read no further.
  if (open - here.start > DATELINE_MAX_CHARS) return false;
  const lead = a.text.slice(here.start, open);
  a.work.add(lead.length);
  return /[—–-]\s*$/.test(lead) && DATELINE_ONLY.test(lead);
}

/**
 * Who spoke a quotation that opens the article bare, after a dateline at most: news introduces
 * that speaker in the next paragraph, as the subject of the first verb of saying or of a
 * statement in its first sentence. The subject's mention, or undefined when the lead is
 * attributed by nothing there.
 */
export function leadSpeakerBelow(a: Analysis, info: QuoteInfo): Mention | undefined {
  const here = a.paragraphs[info.paragraph]!;
  const below = a.paragraphs[info.paragraph + 1];
  // A headline's quotation is none of the lead's: one in Title Case, or one in sentence case that
  // heads it before a colon (`‘…’: Communities share stories of …`), whose clause names no speaker.
  if (!below || (info.paragraph === 0 && (a.headline || info.colonHead))) return undefined;
  if (!DATELINE_ONLY.test(a.text.slice(here.start, info.q.pieces[0]!.open))) return undefined;
  const s = sentenceOf(a, below.start);
  const lo = wordIndexAt(a, s.start);
  for (let v = lo; v < a.words.length && a.words[v]!.start < s.end; v++) {
    a.work.add();
    const w = a.words[v]!;
    if (a.quoted[v] || !(isSpeechVerb(a, v, lo) || (STATEMENT_VERBS.has(w.key) && isLowerCase(w.text)))) continue;
    const m = subjectOf(a, v, lo);
    if (m) return m.kind === "name" || m.kind === "nominal" ? m : undefined;
  }
  return undefined;
}

/** How long the role after a verbless attribution's name may run (verblessAttribution): an appositive, not a sentence. */
const VERBLESS_ROLE_MAX_CHARS = 240;
/**
 * The lower-case words after the comma closing a verbless attribution's role that are not the
 * name's verb: some prepositions, the articles and relative pronouns, `and`, `that`, `where`.
 * Its own short list, not the lexicon's PREPOSITIONS: `since`, `over`, `by` … can open an
 * adverbial before the name's verb (`…, the coach, over the years has heard`).
 */
const NO_VERB_AFTER_ROLE = [
  ...["in", "on", "at", "of", "for", "from", "to", "with", "during", "after", "before", "via", "through"],
  ...["a", "an", "the", "and", "who", "whose", "which", "that", "where"],
];
/**
 * The comma closing a verbless attribution's role, then a lower-case word that is none of
 * NO_VERB_AFTER_ROLE: the name's own verb (`…, the union leader, heard`), not where the words
 * were put (`…, in a release`), a second role (`…, a nurse`) or a clause on the person (`…, who …`).
 */
const VERB_AFTER_ROLE = new RegExp(`^[^,]*,\\s+(?!(?:${NO_VERB_AFTER_ROLE.join("|")})\\b)\\p{Ll}`, "u");

/**
 * `“…,” Jane Roe, a member of the bargaining team.`: the quotation closes on a comma, a person's
 * name follows at once, then a comma and a role running to the sentence's end with no verb of
 * saying, the quotation opening its sentence. The attribution lost its verb (an editing slip),
 * and the name it kept says who spoke; no neighbour's speaker does. Reads the one sentence after the mark.
 * Not isNameLabel's test (attribute.ts), a label paragraph above the quotation: see there.
 */
export function verblessAttribution(a: Analysis, info: QuoteInfo): { mention: Mention; member: CastMember } | undefined {
  const last = info.q.pieces.at(-1)!;
  if (a.text[last.close - 1] !== "," || a.text[last.after] !== " ") return undefined;
  // Only words that open their sentence: inside one (`Praised by the jury as “…,” Roe, who …`,
  // `While Roe called for “…,” Baker, the …`) the name goes on with the sentence's own clause.
  if (!opensSentence(a.text, a.paragraphs[info.paragraph]!.start, info.q.pieces[0]!.open)) return undefined;
  const named = nameStartingAt(a, last.after + 1);
  if (named?.member.kind !== "person" || !a.text.startsWith(", ", named.mention.end)) return undefined;
  const end = Math.min(sentenceOf(a, named.mention.end).end, a.paragraphs[info.paragraph]!.end);
  const role = a.text.slice(named.mention.end + 2, end);
  // `Jane Roe, the union leader, heard from …`: a comma closing the role, then the name's own
  // verb, whatever it is, is no attribution that lost its verb (VERB_AFTER_ROLE).
  if (end - named.mention.end > VERBLESS_ROLE_MAX_CHARS || DOUBLE_MARK.test(role) || VERB_AFTER_ROLE.test(role)) return undefined;
  for (let k = wordIndexAt(a, named.mention.end); k < a.words.length && a.words[k]!.start < end; k++) {
    a.work.add();
    if (a.speechVerbs[k]) return undefined;
  }
  return { mention: named.mention, member: named.member };
}

/** Where each name's mention starts, per analysis: built once, searched by every look-up. */
const nameStarts = new WeakMap<Analysis["names"], number[]>();

/** Where each name's mention starts, in text order, for a binary search. */
export function nameStartsOf(a: Analysis): number[] {
  let starts = nameStarts.get(a.names);
  if (!starts) nameStarts.set(a.names, (starts = a.names.map((n) => n.mention.start)));
  return starts;
}

/** The name whose mention starts at offset `at` (the names are in text order). */
export function nameStartingAt(a: Analysis, at: number): Analysis["names"][number] | undefined {
  const n = a.names[firstAtOrAfter(nameStartsOf(a), at)];
  return n && n.mention.start === at ? n : undefined;
}
