// Who speaks when a fixed verb phrase leads into the verb of saying: the subject of `went on to
// say` or `was prompted to say`, the object of `prompting Roe to say` or of `quoted the premier
// as saying`. Separate because each is read from the few words straight before the verb, and
// subjectOf (./subjects) asks them first, before any subject is read back.
import { BE_FORMS, GO_FORMS } from "./lexicon";
import type { Mention } from "./mention-words";
import { npBackward } from "./mentions";
import type { Clause } from "./subject-words";

/**
 * `the memo went on to say`, `Roe goes on to write`: the verb's subject is the subject of
 * `go on to` before it. Returns how many words that phrase takes (3), or 0.
 */
export function goesOnTo(a: Clause, v: number, lo: number): number {
  const ws = a.words;
  if (v - 3 < lo || ws[v - 1]!.key !== "to" || ws[v - 2]!.key !== "on" || !GO_FORMS.has(ws[v - 3]!.key)) return 0;
  return a.quoted[v - 3] ? 0 : 3;
}

/** Participles of a passive that moves someone to speak: `was prompted to say`. */
const MOVED_TO_SPEAK = new Set(["prompted", "moved", "compelled", "forced", "inspired"]);

/**
 * `Roe was prompted to say`: the passive's subject is the one who speaks, as in `went on to
 * say`; the participle and `to` are skipped (2 words), the form of `be` with the auxiliaries.
 */
export function promptedTo(a: Clause, v: number, lo: number): number {
  const ws = a.words;
  if (v - 3 < lo || ws[v - 1]!.key !== "to" || !MOVED_TO_SPEAK.has(ws[v - 2]!.text) || !BE_FORMS.has(ws[v - 3]!.key)) return 0;
  return a.quoted[v - 2] || a.quoted[v - 3] ? 0 : 2;
}

/** Verbs that move their object to speak: `prompting Roe to say`, `which led the mayor to ask`. */
const PROMPTING_VERBS = new Set(["prompting", "prompted", "leading", "led", "forcing", "forced", "causing", "caused", "moving"]);

/**
 * `Baker raised the figure, prompting Roe to say`: the object of a verb that moves someone to
 * speak is who speaks, not the clause's subject. A name or a description only: `prompting him
 * to say` leaves the pronoun to the subject's search.
 */
export function promptedObject(a: Clause, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (v - 3 < lo || ws[v - 1]!.key !== "to" || a.quoted[v - 2]) return undefined;
  const m = npBackward(a, v - 2);
  if (!m || m.kind === "pronoun" || m.kind === "relative" || m.first - 1 < lo || m.last !== v - 2) return undefined;
  const verb = ws[m.first - 1]!;
  return PROMPTING_VERBS.has(verb.text) && !a.quoted[m.first - 1] ? m : undefined;
}

/** Verbs of quoting whose object is who spoke: `quoted the premier as saying`, `cited Jane Roe as saying`. */
const QUOTING_VERBS = new Set(["quoted", "quotes", "quoting", "cited", "cites", "citing"]);

/** `She quoted the prime minister as saying … “…”`: the object of a verb of quoting, before `as`, speaks. */
export function quotedAsSaying(a: Clause, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (v - 2 < lo || ws[v - 1]!.key !== "as" || a.quoted[v - 2]) return undefined;
  const m = npBackward(a, v - 2);
  return m && m.first - 1 >= lo && QUOTING_VERBS.has(ws[m.first - 1]!.key) ? m : undefined;
}
