// The speaker a quotation's own sentence opens with: `Uber contends limousine drivers are
// entrepreneurs — similar to vendors “selling goods on eBay.”`, its subject and a verb of saying
// or stance before the reported clause the quotation closes. Apart from headAttribution
// (speakers.ts), which reads back from the quotation for the verb nearest it and takes a weaker
// verb only close to the marks: this reads forward from the sentence's start, and is asked only
// to weigh the sentence's own speaker against the next sentence's subject.
import { type Analysis, sentenceOf, wordIndexAt } from "./analysis";
import { afterDateline } from "./clause-subjects";
import { RELATIVE_PRONOUNS, SPEECH_VERBS, STANCE_VERBS, SUBORDINATORS } from "./lexicon";
import type { Mention } from "./mention-words";
import { subjectOf } from "./subjects";
import { isLowerCase } from "./text";

/** Words that open another clause between the verb and the quotation: its words may be that clause's subject's, or no one's. */
const OTHER_CLAUSE_OPENERS = new Set(["but", "yet", ...SUBORDINATORS, ...RELATIVE_PRONOUNS]);

/**
 * The subject opening the sentence of the quotation whose mark is at `open`, when a verb of saying
 * or stance follows it straight away (`Uber contends`, `The mayor maintains`) and the clause it
 * reports runs on to the quotation: no other clause opens between (`, but`, `which`, `;`, a
 * subordinator) and no other verb of saying stands there (`what critics call`). Undefined else.
 * Reads the sentence's words up to the mark once; asked only of a quotation that closes its
 * sentence, so once per sentence at most.
 */
export function openingSpeaker(a: Analysis, open: number): Mention | undefined {
  const ws = a.words;
  const s = sentenceOf(a, open);
  const hi = wordIndexAt(a, open);
  const lo = afterDateline(a, wordIndexAt(a, s.start), hi);
  let v = lo + 1;
  while (v < hi && v <= lo + SUBJECT_MAX_WORDS && !(isLowerCase(ws[v]!.text) && !a.quoted[v] && saysOrStands(ws[v]!.key))) v++;
  a.work.add(v - lo);
  if (v >= hi || v > lo + SUBJECT_MAX_WORDS) return undefined;
  const m = subjectOf(a, v, lo);
  if (!m || m.first !== lo || a.quoted[lo]) return undefined;
  for (let k = v + 1; k < hi; k++) {
    a.work.add();
    const w = ws[k]!;
    if (/;/.test(a.text.slice(ws[k - 1]!.end, w.start))) return undefined;
    if (a.quoted[k]) continue;
    if (OTHER_CLAUSE_OPENERS.has(w.key) || (isLowerCase(w.text) && SPEECH_VERBS.has(w.key))) return undefined;
  }
  return m;
}

/** How many words the subject opening the sentence may run to before its verb (`The Canadian Union of Postal Workers contends`). */
const SUBJECT_MAX_WORDS = 8;

/** Whether a word is a verb of saying or of stance. */
function saysOrStands(key: string): boolean {
  return SPEECH_VERBS.has(key) || STANCE_VERBS.has(key);
}
