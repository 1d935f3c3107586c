// Quotations nested in someone's quoted words: `“My husband said, ‘When are you going to stop
// crying?’ I said, ‘I have to cry.’”`. They are quotations of their own (the hand-annotated pages
// list each, after the one that holds it), but quotes.ts leaves them out of the text's quotations,
// whose speakers and furniture the rest of the extractor weighs: this file decides which are
// speech and who says them. In single marks inside double ones, words quoted for their own sake
// (a title, a term, a sign's words) are as common as speech, so a nested quotation is speech only
// where a person's verb of saying or thinking frames it (`said, ‘`, `thought ‘`, `told them, ‘`,
// `telling Ottawa: ‘`, `My last words to him were ‘`) and its words end as said words end, not
// run on into the holder's sentence (`said ‘Romeo and Juliet’ was his favourite`). Its speaker is
// the holder's own when the frame's subject is `I` or `we`, saying it (not `I was asked`, `I never
// said`); anyone else the holder reports (`people say`, `the nurse said`) gets none: this file
// does not try to name them.
import { type Analysis, wordIndexAt } from "./analysis";
import {
  BE_FORMS,
  CORE_SPEECH,
  DOCUMENT_NOUNS,
  ISSUED_WRITINGS,
  KIN_NOUNS,
  MEDIUM_NOUNS,
  NOUN_MARKERS_BEFORE_VERB,
  PEOPLE_BY_ROLE,
  PERSONAL_WRITINGS,
  SPEAKER_NOUNS,
} from "./lexicon";
import type { QuotePiece } from "./quotes";
import { isLowerCase, startsUpper } from "./text";

/** A quotation nested in a speech quotation (the group `outer` of the analysis's quotes). */
export interface NestedQuotation {
  piece: QuotePiece;
  outer: number;
  /** Said by the holder's own speaker: the frame's subject is `I` or `we`. */
  ownSpeaker: boolean;
}

/** Verbs of thinking that frame words as a verb of saying does: `I thought, ‘This is it.’` */
const THINKING_VERBS = new Set(["think", "thinks", "thought", "thinking", "wonder", "wondered", "wondering"]);
/** Speech's own verbs of quoting, which frame only before a comma and after a subject: `she was like, ‘…’`, `he goes, ‘…’`. */
const COLLOQUIAL_FRAMES = new Set(["like", "goes", "went"]);
/** The object a verb of telling takes before the words: `I told them, ‘…’`, `say to us, ‘…’`, `I asked myself, ‘…’`. */
const TOLD_OBJECTS = new Set(["them", "him", "her", "me", "us", "you", "myself", "ourselves"]);
const FIRST_PERSON = new Set(["i", "we"]);
const FIRST_PERSON_POSSESSIVES = new Set(["my", "our"]);
/** Pronouns that are a subject other than the holder's speaker. */
const OTHER_PERSONS = new Set(["he", "she", "they", "people", "someone", "somebody", "everyone", "everybody", "nobody", "anyone"]);
/** Subjects whose words are printed, not said: `the sign said ‘No Entry’`, `It says, ‘Do not enter’`. */
const THING_SUBJECTS = new Set([
  ...DOCUMENT_NOUNS,
  ...ISSUED_WRITINGS,
  ...PERSONAL_WRITINGS,
  ...MEDIUM_NOUNS,
  "it",
  "this",
  "that",
  "which",
  "sign",
  "label",
  "banner",
  "form",
  "shirt",
  "t-shirt",
  "headline",
  "song",
  "plaque",
  "door",
  "poster",
  "placard",
  "caption",
  "charter",
  "bill",
  "text",
  "line",
  "screen",
]);
/** Words between a subject and its verb that leave the subject as it is: `I just thought`, `we finally said`. */
const FILLERS = new Set([
  "just",
  "then",
  "finally",
  "always",
  "also",
  "even",
  "actually",
  "simply",
  "basically",
  "literally",
  "eventually",
  "immediately",
  "really",
  "kept",
  "still",
  "often",
  "once",
  "again",
  "first",
  "have",
  "has",
  "had",
  "got",
  ...BE_FORMS,
]);
/** A verb so qualified says no words were said: `I never said, ‘…’`, `Why would I say, ‘…’`. */
const UNSAID = new Set([
  "not",
  "never",
  "would",
  "could",
  "should",
  "might",
  "can",
  "cannot",
  "can't",
  "won't",
  "wouldn't",
  "didn't",
  "don't",
]);
/** How far back from the verb a word that unsays it is looked for: `Why would I ever say`. */
const UNSAID_REACH = 4;
/** The verb of a frame of `be`: `My last words to him were ‘…’`. */
const FRAMING_BE = new Set(["is", "was", "are", "were"]);
/** Nouns of what is said or asked, which a frame of `be` gives the words of. */
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
  "advice",
  "thought",
  "thoughts",
]);
/** Fewer words are a term's (`‘guilty’`), which the pages' convention leaves out as it does outside. */
const MIN_WORDS = 2;
/** How far back from the verb a coordinated subject or a colon's verb is looked for, in its sentence. */
const SUBJECT_REACH = 12;
/** How far back from `be` its noun of speech may stand: `My last words to him were`. */
const BE_NOUN_REACH = 4;

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
    const last = out.at(-1);
    // `said, ‘Breathe in’ and ‘Look at me’`: the second is framed as the first is.
    if (last && last.outer === holder.group && /^[,\s]*(and|or)\s+$/.test(a.text.slice(last.piece.after, piece.open))) {
      if (endsAsSaid(a, piece, holder.close)) out.push({ piece, outer: holder.group, ownSpeaker: last.ownSpeaker });
      continue;
    }
    const own = verbFrame(a, piece, holder.open) ?? beFrame(a, piece, holder.open);
    // A comma or colon after the frame sets the words off as said; without one they must end so.
    const setOff = /[,:]\s*$/.test(a.text.slice(Math.max(holder.open, piece.open - 3), piece.open));
    if (own !== undefined && (setOff || endsAsSaid(a, piece, holder.close))) out.push({ piece, outer: holder.group, ownSpeaker: own });
  }
  return out;
}

/**
 * Whether the quotation's words end as said words do: on a stop, comma, `?` or `!` inside the
 * marks, or with the holder's sentence stopping (or another quotation joined by `and`) after
 * them, or a clause of its own (`‘…’ and he stormed out`). A title or a term runs on into the
 * sentence: `said ‘Romeo and Juliet’ was his favourite`.
 */
function endsAsSaid(a: Analysis, piece: QuotePiece, holderClose: number): boolean {
  if (/[,.!?…;:]\s*$/.test(a.text.slice(piece.start, piece.end))) return true;
  const after = a.text.slice(piece.after, Math.min(holderClose, piece.after + 12));
  return piece.after >= holderClose || /^\s*([,.!?;:—–]|$|(and|or)\s+['‘]|(and|but|so|then)\s+(I|you|he|she|we|they)\b)/.test(after);
}

/**
 * A verb's frame (`I said, ‘`, `I told them, ‘`, `say to us, ‘`, `telling the government: ‘`):
 * whether the holder's own speaker says the words, or undefined when no person's verb frames them.
 */
function verbFrame(a: Analysis, piece: QuotePiece, holderOpen: number): boolean | undefined {
  const i = wordIndexAt(a, piece.open) - 1;
  const w = a.words[i];
  if (!w || w.start <= holderOpen) return undefined;
  const gap = a.text.slice(w.end, piece.open);
  if (!/^\s*[,:]?\s*$/.test(gap)) return undefined;
  let verb = -1;
  if (gap.includes(":")) verb = speechVerbBefore(a, i, holderOpen);
  else if (isVerbAt(a, i) && (CORE_SPEECH.has(w.key) || THINKING_VERBS.has(w.key))) verb = i;
  else if (COLLOQUIAL_FRAMES.has(w.key) && gap.includes(",") && colloquialSubject(a, i)) verb = i;
  else if (TOLD_OBJECTS.has(w.key)) {
    const v = a.words[i - 1]?.key === "to" ? i - 2 : i - 1;
    if (a.words[v] && a.words[v]!.start > holderOpen && CORE_SPEECH.has(a.words[v]!.key) && isVerbAt(a, v)) verb = v;
    if (verb >= 0 && (w.key === "myself" || w.key === "ourselves")) return !unsaid(a, verb);
  }
  return verb < 0 ? undefined : subjectSays(a, verb, holderOpen);
}

/** Whether the word at `i` reads as a verb: lower case, no determiner before it (`the counter`, `a note`). */
function isVerbAt(a: Analysis, i: number): boolean {
  return isLowerCase(a.words[i]!.text) && !NOUN_MARKERS_BEFORE_VERB.has(a.words[i - 1]?.key ?? "");
}

/**
 * The verb of saying before a colon in its sentence (`telling the federal government:`), or a noun
 * of what is said (`I have one message for Ottawa:`), or -1 (`We have a new slogan:`).
 */
function speechVerbBefore(a: Analysis, colon: number, holderOpen: number): number {
  for (let j = colon; j >= Math.max(0, colon - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || (j < colon && /[.;!?,]/.test(a.text.slice(w.end, a.words[j + 1]!.start)))) return -1;
    if ((CORE_SPEECH.has(w.key) && isVerbAt(a, j)) || SPEECH_NOUNS.has(w.key)) return j;
  }
  return -1;
}

/** `he goes,`, `this guy goes,`, `she was like,`, `I’m like,`: a colloquial verb of quoting after its subject. */
function colloquialSubject(a: Analysis, i: number): boolean {
  const before = a.words[i - 1];
  if (!before) return false;
  // A word's key drops `’s`, which here is `is`: read the text.
  if (a.words[i]!.key === "like") return BE_FORMS.has(before.key) || /['’](s|m|re)$/i.test(before.text);
  return FIRST_PERSON.has(before.key) || OTHER_PERSONS.has(before.key) || isPersonNoun(before.key) || before.key === "guy";
}

/**
 * Whether the verb's subject is the holder's speaker saying the words: `I` or `we` just before it
 * (past adverbs: `I just thought`), or before an `and` it follows (`I want to put this in front of
 * them and say`), or a generic `you` that thinks (`you come in and think, ‘…’`). Not in a
 * passive (`I was asked`, `I got told`), nor where the words went unsaid (`I never said`, `Why
 * would I say`). Undefined when the subject is a thing, whose words are printed: `The sign said`.
 */
function subjectSays(a: Analysis, verb: number, holderOpen: number): boolean | undefined {
  const v = a.words[verb]!;
  let passive = false;
  let j = verb - 1;
  for (; j >= 0 && a.words[j]!.start > holderOpen && FILLERS.has(a.words[j]!.key); j--) {
    if ((BE_FORMS.has(a.words[j]!.key) || a.words[j]!.key === "got") && !v.key.endsWith("ing") && v.key !== "like") passive = true;
  }
  const w = a.words[j];
  if (!w || w.start <= holderOpen) return false;
  const key = pronounOf(w.key);
  // `it’s like, ‘…’`, `that’s like, ‘…’`: a manner of quoting, no thing's printed words.
  if (v.key === "like" && (key === "it" || key === "that")) return false;
  if (THING_SUBJECTS.has(key) && !startsUpper(w.text)) return undefined;
  if (key === "it" || key === "this") return undefined;
  if (passive || unsaid(a, verb)) return false;
  if (FIRST_PERSON.has(key)) return true;
  if (key === "you") return THINKING_VERBS.has(v.key);
  return key === "and" ? coordinatedFirstPerson(a, j, holderOpen, THINKING_VERBS.has(v.key)) : false;
}

/** Whether `and` at `j` joins the verb to a first clause whose subject is `I` or `we` (or a `you` that thinks). */
function coordinatedFirstPerson(a: Analysis, j: number, holderOpen: number, thinking: boolean): boolean {
  for (let k = j - 1; k >= Math.max(0, j - SUBJECT_REACH); k--) {
    const w = a.words[k]!;
    if (w.start <= holderOpen || /[.;!?]/.test(a.text.slice(w.end, a.words[k + 1]!.start))) return false;
    const key = pronounOf(w.key);
    if (FIRST_PERSON.has(key)) return true;
    if (key === "you") return thinking;
    if (OTHER_PERSONS.has(key) || isPersonNoun(key) || (startsUpper(w.text) && key !== "i")) return false;
  }
  return false;
}

/**
 * Whether a word just before the verb, in its clause, says the words went unsaid: `I never
 * said`, `Why would I say`, `I didn’t tell them`.
 */
function unsaid(a: Analysis, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - UNSAID_REACH); j--) {
    if (/[.;!?,]/.test(a.text.slice(a.words[j]!.end, a.words[j + 1]!.start))) return false;
    const key = a.words[j]!.key.replace(/’/g, "'");
    if (UNSAID.has(key) || key.endsWith("n't")) return true;
  }
  return false;
}

/**
 * A frame of `be` after a noun of what is said (`The first question I asked was, ‘…’`, `My last
 * words to him were ‘…’`): whether the words are the holder's own (`my` or `our` before the noun,
 * or `I asked`, `we made` after it), or undefined when no such noun heads the subject, or a thing holds the
 * words (`the message on the sign was`).
 */
function beFrame(a: Analysis, piece: QuotePiece, holderOpen: number): boolean | undefined {
  const i = wordIndexAt(a, piece.open) - 1;
  const w = a.words[i];
  if (!w || w.start <= holderOpen || !FRAMING_BE.has(w.key) || !/^\s*,?\s*$/.test(a.text.slice(w.end, piece.open))) return undefined;
  for (let j = i - 1; j >= Math.max(0, i - BE_NOUN_REACH); j--) {
    const x = a.words[j]!;
    if (x.start <= holderOpen || /[.;!?,]/.test(a.text.slice(x.end, a.words[j + 1]!.start))) return undefined;
    if (!SPEECH_NOUNS.has(x.key)) {
      if (THING_SUBJECTS.has(x.key)) return undefined;
      continue;
    }
    // `my last words`, not `my parents’ words`: a possessive noun between owns them.
    const before = a.words[j - 1];
    const possessor =
      before &&
      before.start > holderOpen &&
      (FIRST_PERSON_POSSESSIVES.has(before.key) ||
        (!/['’]/.test(a.text.slice(before.start, x.start)) &&
          FIRST_PERSON_POSSESSIVES.has(a.words[j - 2]?.key ?? "") &&
          a.words[j - 2]!.start > holderOpen));
    const made = a.words[j + 2]?.key ?? "";
    const asked = FIRST_PERSON.has(pronounOf(a.words[j + 1]?.key ?? "")) && (CORE_SPEECH.has(made) || made === "made");
    return !!possessor || asked;
  }
  return undefined;
}

/** `I’d`, `we've`: the pronoun before a verb run on to it. */
function pronounOf(key: string): string {
  return key.split(/['’]/)[0]!;
}

/** A noun for a person by kin or role: `the nurse said`, `my mom said`. */
function isPersonNoun(key: string): boolean {
  return KIN_NOUNS.has(key) || PEOPLE_BY_ROLE.has(key) || SPEAKER_NOUNS.has(key);
}

/** How many words the quotation holds. */
function wordsIn(a: Analysis, piece: QuotePiece): number {
  return wordIndexAt(a, piece.end) - wordIndexAt(a, piece.start);
}
