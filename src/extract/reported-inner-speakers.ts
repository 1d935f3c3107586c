// Words quoted inside what a named speaker reports, after a verb whose subject is no one named:
// `Baker said paramedics had responded to a crash when the car returned and “…”`. A verb that only
// stands near saying (`responded`, `warned of`) with an unnamed subject inside the report is part
// of what the reporter says; the quoted words are the reporter's, where the clause found no one.
import type { CastMember } from "./actors";
import { type Analysis, type SpeechEvent, sentenceOf } from "./analysis";
import { CALLING_VERBS, CORE_SPEECH, PREPOSITIONS } from "./lexicon";
import type { Mention } from "./mention-words";

/** How many speech events before the quotation are read back for the reporter. */
const REPORTER_MAX_EVENTS = 4;
/** Auxiliaries between the inner subject and its verb (`had responded`, `would have`). */
const AUXILIARIES = new Set(["had", "has", "have", "would", "will", "could", "may", "might", "did", "do", "does"]);
/**
 * Verbs whose unnamed subject speaks words of their own (`a witness told`, `officials say`, `a
 * caller asked police to “…”`, `some calling the rules “…”`): not read as the reporter's.
 */
const SAYING_PROPER = new Set([
  ...["say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote"],
  ...["ask", "asks", "asked", "asking"],
  ...CALLING_VERBS,
]);
/** How many auxiliaries are read past. */
const AUXILIARY_MAX_WORDS = 2;
/** What ends a reported clause between the reporter's verb and the inner subject: a semicolon, a colon, a dash, a quotation mark. */
const CLAUSE_BREAK = /[;:—–"“”]|\s-\s/;

/**
 * The named reporter whose report holds an unnamed subject's verb that is no verb of saying
 * proper, in the same sentence before it: the inner verb is the one after `mention` and its
 * auxiliaries (or the word after it); the quotation opens at `open`; the reporter's verb is
 * among the `resolved` first events (read in text order, up to the quotation). Undefined when
 * the inner verb is one of saying proper (`told`, `asked`, `calling`: someone unnamed spoke,
 * whose words these may be), or a mark or a clause's break stands between the reporter's verb
 * and the inner subject.
 */
export function reporterOfUnnamed(
  a: Analysis,
  mention: Mention,
  open: number,
  resolved: number,
): { mention: Mention; member: CastMember } | undefined {
  if (mention.kind === "name" || mention.kind === "pronoun") return undefined;
  // A relative set off by a comma (`listeners, who wondered if “…”`) says what those it describes
  // did, whose words these are; one without (`anyone who complains is “…”`) is inside a noun phrase.
  if (mention.kind === "relative" && /,\s*$/.test(a.text.slice(Math.max(0, mention.start - 3), mention.start))) return undefined;
  // `was asked by a reporter whether she “…”`: a preposition's object is no subject of a verb.
  if (PREPOSITIONS.has(a.words[mention.first - 1]?.key ?? "")) return undefined;
  // Only words worked into the sentence (`and “…”`), not a quotation set off by a colon or a comma.
  if (!/[\p{L}\d]\s*$/u.test(a.text.slice(Math.max(0, open - 3), open))) return undefined;
  let v = mention.last + 1;
  while (v < a.words.length && v <= mention.last + AUXILIARY_MAX_WORDS && AUXILIARIES.has(a.words[v]!.key)) v++;
  // The inner verb, or an adverb before it (`has always said`): the next few words hold no verb of saying proper.
  for (let k = v; k < a.words.length && k <= v + 1 && a.words[k]!.start < open; k++)
    if (SAYING_PROPER.has(a.words[k]!.key)) return undefined;
  const s = sentenceOf(a, mention.start);
  for (let k = resolved - 1; k >= 0 && k >= resolved - REPORTER_MAX_EVENTS; k--) {
    a.work.add();
    const r: SpeechEvent = a.events[k]!;
    if (r.at < s.start) return undefined;
    if (r.mention.start >= mention.start) continue;
    if (!CORE_SPEECH.has(r.verb.key) || r.mention.end > r.at) continue;
    const between = a.text.slice(r.verb.end, mention.start);
    a.work.add(between.length);
    if (CLAUSE_BREAK.test(between)) return undefined;
    return r.member && !r.member.unnamed ? { mention: r.mention, member: r.member } : undefined;
  }
  return undefined;
}
