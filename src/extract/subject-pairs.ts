// Two parties joined by `and` before a verb: `Roe and Baker said`, whose first speaks for the
// pair, and `The agreement between the Liberals and the NDP says`, where the writing they are
// party to speaks, neither of them. Separate because both read back over a pair of names to what
// stands before it, and ask nothing of the verb or of what is set off before it.
import { ISSUED_WRITINGS, LAW_WORDS, SPEECH_VERBS } from "./lexicon";
import { itemOfListInName } from "./mention-joined-bodies";
import { holderAfterJoinedPortfolio, holderAfterJoinedTitles } from "./mention-office-holders";
import type { Mention } from "./mention-words";
import { npBackward } from "./mentions";
import { describedBackward } from "./subject-descriptions";
import type { Clause } from "./subject-words";
import { isCapitalised } from "./text";
import { MAX_DESCRIPTION_WORDS } from "./thresholds";

/** Words after which a subject opens a clause: `said that she and Baker …`. */
const CLAUSE_OPENERS = new Set(["that", "but", "and", "so", "while", "when", "as", "because"]);

/**
 * `she and Baker agreed to meet “in a few months”`, `Roe and Baker said`: of coordinated
 * subjects the first is the one the sentence is about and the one who reports what both
 * said, so it speaks for the pair; the last name read back from the verb is the second.
 */
export function firstConjunct(a: Clause, m: Mention, lo: number): Mention | undefined {
  const ws = a.words;
  const and = m.first - 1;
  if (and - 1 < lo || ws[and]!.text !== "and" || a.quoted[and - 1]) return undefined;
  if (!/^\s+$/.test(a.text.slice(ws[and - 1]!.end, ws[and]!.start))) return undefined;
  const before = npBackward(a, and - 1);
  if (!before || before.first < lo || (before.kind !== "name" && before.kind !== "pronoun")) return undefined;
  // `Ontario Premier and Council Chair Jane Roe said`: two offices of one holder, no pair.
  // `Ferry Safety and Harbour Planning Minister Jane Roe said`: a portfolio of two parts, one holder.
  if (
    before.kind === "name" &&
    (holderAfterJoinedTitles(a, before.first, before.last) || holderAfterJoinedPortfolio(a, before.first, before.last))
  )
    return undefined;
  // `Minister of Trade, Tourism and Rural Affairs Jane Roe said`: the last items of a list of
  // portfolios or fields inside one name, no pair of speakers.
  if (before.kind === "name" && before.first > lo && !a.quoted[before.first - 1] && itemOfListInName(a, before.first)) return undefined;
  // Only a pair that opens its clause: `asked Roe and Baker` leaves the verb before them.
  const prev = ws[before.first - 1];
  const opens =
    before.first === lo ||
    !prev ||
    /[,;:]/.test(a.text.slice(prev.end, ws[before.first]!.start)) ||
    CLAUSE_OPENERS.has(prev.key) ||
    SPEECH_VERBS.has(prev.key);
  return opens ? before : undefined;
}

/**
 * `The agreement between the Liberals and the NDP says`: the parties named after `between`
 * (read back from the verb, the last of them) are what the subject is between, not the subject;
 * the subject is the writing or the pact before `between`, whose words are no one party's. The
 * parties may stand before the clause's bound, which an `and` between them sets.
 */
export function jointWriting(a: Clause, m: Mention | undefined): Mention | undefined {
  if (m?.kind !== "name") return undefined;
  const ws = a.words;
  let k = m.first - 1;
  // Back over the first party (`between Acme Steel and Beta`), past the `and` that bounds the clause.
  if (ws[k]?.key === "and") for (k--; k > 0 && m.first - k <= PARTY_MAX_WORDS && isCapitalised(ws[k]!.text) && !a.quoted[k]; ) k--;
  if (ws[k]?.key === "the") k--;
  if (k < 1 || ws[k]!.key !== "between" || a.quoted[k - 1]) return undefined;
  const writing = npBackward(a, k - 1) ?? describedBackward(a, k - 1, Math.max(0, k - 1 - MAX_DESCRIPTION_WORDS));
  if (writing?.kind !== "nominal") return undefined;
  const head = ws[writing.last]!.key;
  return ISSUED_WRITINGS.has(head) || LAW_WORDS.has(head) ? writing : undefined;
}

/** How many words the parties' names may take after `between`: `between Acme Steel Canada and Beta`. */
const PARTY_MAX_WORDS = 6;
