// Who speaks a quotation that no attribution stands beside: the name that opens the sentence
// before it, or, for a quotation that opens the article, the subject of the next paragraph's
// first verb of saying. Separate because attribute.ts asks these only after explicitAttribution
// found nothing; they read whole sentences and paragraphs, not the clause at the quotation.
import { type Analysis, type QuoteInfo, sentenceOf, wordIndexAt } from "./analysis";
import { afterDateline, clauseSubject, ONLY_A_COMMA } from "./clause-subjects";
import { LEAD_SKIP } from "./lexicon";
import type { Mention } from "./mention-words";
import { npForward } from "./mentions";
import { isSpeechVerb } from "./speech-verbs";
import { subjectOf } from "./subjects";
import { isLowerCase, type Range } from "./text";

/**
 * The person a sentence is about, as the name that opens it (`Poilievre chided the energy
 * sector …`): who speaks in the bare quotation that follows, when no verb of saying says so.
 */
export function openingName(a: Analysis, s: Range): Mention | undefined {
  const hi = wordIndexAt(a, s.end);
  const lo = afterDateline(a, wordIndexAt(a, s.start), hi);
  if (lo >= hi || a.quoted[lo]) return undefined;
  const m = clauseSubject(a, lo, hi) ?? topicAfterFor(a, lo, hi);
  return m?.kind === "name" ? m : undefined;
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

/** The longest dateline before a lead quotation (`ST. JOHN’S, N.L. (The Canadian Press) —`). */
const DATELINE_MAX_CHARS = 60;

/** What may stand before a lead quotation in its paragraph: nothing, or a dateline (`OTTAWA —`, `ST. JOHN’S, N.L. (CP) -`). */
const DATELINE_ONLY = /^\s*(?:\p{Lu}[\p{Lu}.'’ ]*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+)?)?\s*(?:\([^)]*\)\s*)?[—–-]+)?\s*$/u;

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
