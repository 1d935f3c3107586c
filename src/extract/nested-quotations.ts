// Quotations nested in someone's quoted words: `“My husband said, ‘When are you going to stop
// crying?’ I said, ‘I have to cry.’”`. They are quotations of their own (the hand-annotated pages
// list each, after the one that holds it), but quotes.ts leaves them out of the text's quotations,
// whose speakers and furniture the rest of the extractor weighs: this file decides which are
// speech and who says them. Only one a verb of saying or thinking frames (`said, ‘`, `thought
// ‘`, `told them, ‘`, a colon) is speech; in single marks inside double ones, words quoted for
// their own sake (`the word ‘guilty’`) are far more often named than said. Its speaker is the
// holder's own when the frame's subject is `I` or `we`; anyone else (`people say`, `she said`) is
// someone the holder reports, whom this file does not try to name: it gives no speaker.
import { type Analysis, wordIndexAt } from "./analysis";
import { BE_FORMS, CORE_SPEECH } from "./lexicon";
import type { QuotePiece } from "./quotes";
import { startsUpper } from "./text";

/** A quotation nested in a speech quotation (the group `outer` of the analysis's quotes). */
export interface NestedQuotation {
  piece: QuotePiece;
  outer: number;
  /** Said by the holder's own speaker: the frame's subject is `I` or `we`. */
  ownSpeaker: boolean;
}

/** Verbs of thinking that frame words as a verb of saying does: `I thought, ‘This is it.’` */
const THINKING_VERBS = new Set(["think", "thinks", "thought", "thinking", "wonder", "wondered", "wondering"]);
/** Speech's own verbs of quoting, which frame only before a comma: `she was like, ‘…’`, `he goes, ‘…’`. */
const COLLOQUIAL_FRAMES = new Set(["like", "go", "goes", "went"]);
/** The object a verb of telling takes before the words: `I told them, ‘…’`, `say to us, ‘…’`. */
const TOLD_OBJECTS = new Set(["them", "him", "her", "me", "us", "you"]);
const FIRST_PERSON = new Set(["i", "we"]);
const FIRST_PERSON_POSSESSIVES = new Set(["my", "our"]);
/** The verb of a frame of `be`: `My last words to him were ‘…’`. */
const FRAMING_BE = new Set(["is", "was", "are", "were"]);
/** Nouns of what is said or thought, which a frame of `be` gives the words of. */
const SPEECH_NOUNS = new Set([
  "question",
  "questions",
  "words",
  "comment",
  "comments",
  "message",
  "answer",
  "response",
  "reply",
  "reaction",
  "thought",
  "thoughts",
  "advice",
]);
/** Fewer words are a term's (`‘guilty’`), which the pages' convention leaves out as it does outside. */
const MIN_WORDS = 2;
/** Subjects that are someone other than the holder's speaker: `people say`, `she said`. */
const OTHER_SUBJECTS = new Set(["he", "she", "they", "it", "people", "someone", "everyone", "who", "that", "which"]);
/** How far back from the verb its subject is looked for, in its sentence. */
const SUBJECT_REACH = 12;

/**
 * The nested quotations that are speech, in text order. Both lists are in text order and no two
 * speech quotations' pieces overlap, so one walk pairs each inner quotation with its holder.
 */
export function nestedQuotations(a: Analysis): NestedQuotation[] {
  if (a.inner.length === 0) return [];
  const holders: { open: number; close: number; group: number }[] = [];
  a.quotes.forEach((info, group) => {
    if (info.kind === "speech") for (const p of info.q.pieces) holders.push({ open: p.open, close: p.close, group });
  });
  holders.sort((x, y) => x.open - y.open);
  const out: NestedQuotation[] = [];
  let h = 0;
  for (const q of a.inner) {
    const piece = q.pieces[0]!;
    a.work.add(SUBJECT_REACH);
    while (h < holders.length && holders[h]!.close < piece.close) h++;
    const holder = holders[h];
    if (!holder || holder.open > piece.open || wordsIn(a, piece) < MIN_WORDS) continue;
    const joined = joinedTo(a, out.at(-1), piece, holder.group);
    if (joined) {
      out.push({ piece, outer: holder.group, ownSpeaker: joined.ownSpeaker });
      continue;
    }
    const verb = frameVerb(a, piece, holder.open);
    if (verb >= 0) out.push({ piece, outer: holder.group, ownSpeaker: firstPersonSubject(a, verb, holder.open) });
    else {
      const be = beFrame(a, piece, holder.open);
      if (be) out.push({ piece, outer: holder.group, ownSpeaker: be.own });
    }
  }
  return out;
}

/**
 * The nested quotation `last` when `piece` is joined to it by `and` or `or` (`said, ‘Breathe in’
 * and ‘Look at me’`): the second is framed as the first is.
 */
function joinedTo(a: Analysis, last: NestedQuotation | undefined, piece: QuotePiece, group: number): NestedQuotation | undefined {
  if (!last || last.outer !== group) return undefined;
  return /^[,\s]*(and|or)\s+$/.test(a.text.slice(last.piece.after, piece.open)) ? last : undefined;
}

/**
 * A frame of `be` after a noun of speech or thought: `The first question I asked was, ‘…’`, `My
 * last words to him were ‘…’`. The words are the holder's own when the sentence before the verb
 * names the holder's speaker by `I`, `we`, `my` or `our` (`I think the real question is, ‘…’`).
 */
function beFrame(a: Analysis, piece: QuotePiece, holderOpen: number): { own: boolean } | undefined {
  const i = wordIndexAt(a, piece.open) - 1;
  const w = a.words[i];
  if (!w || w.start <= holderOpen || !FRAMING_BE.has(w.key) || !/^\s*,?\s*$/.test(a.text.slice(w.end, piece.open))) return undefined;
  let noun = false;
  let own = false;
  for (let j = i - 1; j >= Math.max(0, i - SUBJECT_REACH); j--) {
    const x = a.words[j]!;
    if (x.start <= holderOpen || /[.;!?]/.test(a.text.slice(x.end, a.words[j + 1]!.start))) break;
    noun ||= SPEECH_NOUNS.has(x.key);
    own ||= FIRST_PERSON.has(x.key.split(/['’]/)[0]!) || FIRST_PERSON_POSSESSIVES.has(x.key);
  }
  return noun ? { own } : undefined;
}

/**
 * The index of the word that frames the quotation as speech (`said` in `I said, ‘`, `told` in
 * `I told them, ‘`, the word before a colon), inside its holder, or -1.
 */
function frameVerb(a: Analysis, piece: QuotePiece, holderOpen: number): number {
  const i = wordIndexAt(a, piece.open) - 1;
  const w = a.words[i];
  if (!w || w.start <= holderOpen) return -1;
  const gap = a.text.slice(w.end, piece.open);
  if (!/^\s*[,:]?\s*$/.test(gap)) return -1;
  if (gap.includes(":")) return i;
  if (CORE_SPEECH.has(w.key) || THINKING_VERBS.has(w.key)) return i;
  if (COLLOQUIAL_FRAMES.has(w.key) && gap.includes(",")) return i;
  if (!TOLD_OBJECTS.has(w.key)) return -1;
  // `told them, ‘`, `say to us, ‘`: the verb before its object.
  const v = a.words[i - 1]?.key === "to" ? i - 2 : i - 1;
  const verb = a.words[v];
  return verb && verb.start > holderOpen && CORE_SPEECH.has(verb.key) && /^[\sA-Za-z]*$/.test(a.text.slice(verb.end, w.start)) ? v : -1;
}

/**
 * Whether the verb's subject is `I` or `we`: the nearest pronoun or name before it in its
 * sentence, past objects and coordinated verbs (`I want to put this in front of them and say`,
 * `We kind of all looked at each other and said`). A generic `you` that thinks (`you come in and
 * think, ‘…’`) is the holder's speaker too, and a passive (`I was asked`) never is.
 */
function firstPersonSubject(a: Analysis, verb: number, holderOpen: number): boolean {
  const thinking = THINKING_VERBS.has(a.words[verb]!.key);
  if (BE_FORMS.has(a.words[verb - 1]?.key ?? "")) return false;
  for (let j = verb - 1; j >= Math.max(0, verb - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || /[.;!?]/.test(a.text.slice(w.end, a.words[j + 1]!.start))) return false;
    // `I’d`, `we've`: the pronoun before a verb run on to it.
    const key = w.key.split(/['’]/)[0]!;
    if (FIRST_PERSON.has(key)) return true;
    if (key === "you") return thinking;
    if (OTHER_SUBJECTS.has(key) || startsUpper(w.text)) return false;
  }
  return false;
}

/** How many words the quotation holds. */
function wordsIn(a: Analysis, piece: QuotePiece): number {
  return wordIndexAt(a, piece.end) - wordIndexAt(a, piece.start);
}
