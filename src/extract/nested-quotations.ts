// Quotations nested in someone's quoted words: `“My husband said, ‘When are you going to stop
// crying?’ I said, ‘I have to cry.’”`. They are quotations of their own (the hand-annotated pages
// list each, after the one that holds it), but quotes.ts leaves them out of the text's quotations,
// whose speakers and furniture the rest of the extractor weighs: this file decides which are
// speech and who says them. In single marks inside double ones, words quoted for their own sake
// (a title, a term, a sign's words) are as common as speech, so a nested quotation is speech only
// where a person's verb of saying or thinking frames it (`said, ‘`, `thought ‘`, `told them, ‘`,
// `telling Ottawa: ‘`, `My last words to him were ‘`) and its words end as said words end, not
// run on into the holder's sentence (`said ‘Romeo and Juliet’ was his favourite`), and words
// printed on a thing (`The note on my windshield said`) are no one's speech. Its speaker is the
// holder's own when the frame's subject is `I` or `we` saying them (not `I was asked`, `I never
// said`, `If I said`), a person the text names outside quotations when the subject is that name
// (`Coach Babcock told us`), and no one for anyone else the holder reports (`people say`, `the
// nurse said`).
import type { CastMember } from "./actors";
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
import { isLowerCase, startsUpper, type Word } from "./text";

/** Who says a nested quotation: the holder's own speaker, a member the text names, or someone it does not (null). */
export type Sayer = "own" | CastMember | null;

/** A quotation nested in a speech quotation (the group `outer` of the analysis's quotes). */
export interface NestedQuotation {
  piece: QuotePiece;
  outer: number;
  sayer: Sayer;
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
  "text",
  "line",
  "screen",
  "signs",
  "labels",
  "banners",
  "shirts",
  "t-shirts",
  "headlines",
  "posters",
  "notes",
  "letters",
  "messages",
  "emails",
  "tweets",
  "posts",
  "law",
  "laws",
  "bylaw",
  "act",
  "code",
  "contract",
  "ticket",
  "obituary",
  "recording",
  "app",
  "warning",
  "pack",
  "bible",
]);
/** Prepositions whose object is no verb's subject: `The note on my windshield said`. */
const PREPOSITIONS = new Set(["of", "from", "on", "at", "in", "with", "by", "for", "to", "about"]);
/** Pronouns for a thing, which print its words only as the verb's own subject (`It says`), not further back (`I put this in front of them and say`). */
const PRINTING_PRONOUNS = new Set(["it", "this", "that", "which"]);
/** Capitalised things that speak in print: `The Bible says`, `The Charter says`, `the Criminal Code says`. */
const THING_NAMES = new Set(["bible", "charter", "code", "constitution", "act", "koran", "quran", "torah"]);
/** Words for a person, besides pronouns and the lexicon's nouns of kin and role: `this guy goes`. */
const PERSON_WORDS = new Set(["guy", "man", "woman", "kid", "kids", "girl", "boy", "someone", "somebody", "everyone", "people"]);
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
  "remember",
  "used",
  "have",
  "has",
  "had",
  "got",
  ...BE_FORMS,
]);
/** A verb so qualified says no words were said: `I never said, ‘…’`, `Why would I say, ‘…’`, `Nobody said`. */
const UNSAID = new Set(["not", "never", "nobody", "would", "could", "should", "might", "can", "cannot"]);
/** After a negation, words that make it no denial: `I can’t stop thinking`, `couldn’t help but think`. */
const NOT_DENIALS = new Set(["stop", "help"]);
/** Words opening a clause that only supposes its verb: `If I said`, `Imagine saying`. */
const SUPPOSING = new Set(["if", "unless", "whether", "imagine", "suppose"]);
/** Auxiliaries that open a question: `Did you ever think`, `Do I say`, `Should we have said`. */
const QUESTION_OPENERS = new Set(["do", "does", "did", "would", "should", "could", "can", "will", "shall"]);
/** Words that ask before an auxiliary: `Why would I say`. */
const QUESTION_WORDS = new Set(["why", "how", "what", "who"]);
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
    a.work.add(SUBJECT_REACH * 3);
    while (h < holders.length && holders[h]!.close < piece.close) h++;
    const holder = holders[h];
    if (!holder || holder.open > piece.open || wordsIn(a, piece) < MIN_WORDS) continue;
    const last = out.at(-1);
    // `said, ‘Breathe in’ and ‘Look at me’`: the second is framed as the first is.
    if (last && last.outer === holder.group && /^[,\s]*(and|or)\s+$/.test(a.text.slice(last.piece.after, piece.open))) {
      if (endsAsSaid(a, piece, holder.close)) out.push({ piece, outer: holder.group, sayer: last.sayer });
      continue;
    }
    // Not `??`: a frame's null (someone unnamed says it) is an answer.
    const byVerb = verbFrame(a, piece, holder.open);
    const sayer = byVerb !== undefined ? byVerb : beFrame(a, piece, holder.open);
    // A comma or colon after the frame sets the words off as said; without one they must end so.
    const setOff = /[,:]\s*$/.test(a.text.slice(Math.max(holder.open, piece.open - 3), piece.open));
    if (sayer !== undefined && (setOff || endsAsSaid(a, piece, holder.close))) out.push({ piece, outer: holder.group, sayer });
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
  return piece.after >= holderClose || /^\s*([,.!?;:—–]|$|(and|or)\s+['‘]|(and|but|so|then)\s+(you|he|she|we|they)\b)/.test(after);
}

/**
 * A verb's frame (`I said, ‘`, `I told them, ‘`, `say to us, ‘`, `telling the government: ‘`,
 * `My message to Ottawa is simple: ‘`): who says the words, or undefined when no person's verb frames them.
 */
function verbFrame(a: Analysis, piece: QuotePiece, holderOpen: number): Sayer | undefined {
  const i = wordIndexAt(a, piece.open) - 1;
  const w = a.words[i];
  if (!w || w.start <= holderOpen) return undefined;
  const gap = a.text.slice(w.end, piece.open);
  if (!/^\s*[,:]?\s*$/.test(gap)) return undefined;
  if (gap.includes(":")) return colonFrame(a, i, holderOpen);
  let verb = -1;
  if (isVerbAt(a, i) && (CORE_SPEECH.has(w.key) || THINKING_VERBS.has(w.key))) verb = i;
  else if (COLLOQUIAL_FRAMES.has(w.key) && gap.includes(",") && colloquialSubject(a, i)) verb = i;
  else if (TOLD_OBJECTS.has(w.key)) {
    const v = a.words[i - 1]?.key === "to" ? i - 2 : i - 1;
    if (a.words[v] && a.words[v]!.start > holderOpen && CORE_SPEECH.has(a.words[v]!.key) && isVerbAt(a, v)) verb = v;
    // `I asked myself, ‘…’`: the holder's own thought.
    if (verb >= 0 && (w.key === "myself" || w.key === "ourselves")) return supposedOrUnsaid(a, verb, holderOpen) ? null : "own";
  }
  return verb < 0 ? undefined : sayerOfVerb(a, verb, holderOpen);
}

/** Whether the word at `i` reads as a verb: lower case, no determiner before it (`the counter`, `a note`). */
function isVerbAt(a: Analysis, i: number): boolean {
  return isLowerCase(a.words[i]!.text) && !NOUN_MARKERS_BEFORE_VERB.has(a.words[i - 1]?.key ?? "");
}

/**
 * A colon's frame: the verb of saying before it in its sentence (`telling the federal government:`),
 * or a noun of what is said (`My message to Ottawa is simple:`, `I have one message for Ottawa:`), or
 * undefined (`We have a new slogan:`).
 */
function colonFrame(a: Analysis, colon: number, holderOpen: number): Sayer | undefined {
  for (let j = colon; j >= Math.max(0, colon - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || (j < colon && /[.;!?,]/.test(a.text.slice(w.end, a.words[j + 1]!.start)))) return undefined;
    if (CORE_SPEECH.has(w.key) && isVerbAt(a, j)) return sayerOfVerb(a, j, holderOpen);
    if (SPEECH_NOUNS.has(w.key)) return ownedByFirstPerson(a, j, holderOpen) ? "own" : null;
  }
  return undefined;
}

/** `he goes,`, `this guy goes,`, `she was like,`, `I’m like,`: a colloquial verb of quoting after its subject. */
function colloquialSubject(a: Analysis, i: number): boolean {
  const before = a.words[i - 1];
  if (!before) return false;
  // A word's key drops `’s`, which here is `is`: read the text.
  if (a.words[i]!.key === "like") return BE_FORMS.has(before.key) || /['’](s|m|re)$/i.test(before.text);
  return FIRST_PERSON.has(before.key) || OTHER_PERSONS.has(before.key) || isPersonNoun(before.key);
}

/**
 * Who says the words a verb frames: the holder's speaker when `I` or `we` is its subject, just
 * before it (past adverbs: `I just thought`, `I used to say`) or before an `and` it follows (`I
 * want to put this in front of them and say`), or a generic `you` that thinks (`you come in and
 * think, ‘…’`); a person the text names when the subject is that name; else no one. Not in a
 * passive (`I was asked`, `I got told`), nor where the words went unsaid or were only supposed (`I
 * never said`, `If I said`, `Did you ever think`): no one, as the pages' readers list such words
 * (`The people of B.C. are not saying, ‘…’`). Undefined where a thing prints them (`The sign
 * said`, `It says`).
 */
function sayerOfVerb(a: Analysis, verb: number, holderOpen: number): Sayer | undefined {
  const v = a.words[verb]!;
  let passive = false;
  let j = verb - 1;
  for (; j >= 0 && a.words[j]!.start > holderOpen && (FILLERS.has(a.words[j]!.key) || usedTo(a, j)); j--) {
    if ((BE_FORMS.has(a.words[j]!.key) || a.words[j]!.key === "got") && !v.key.endsWith("ing") && v.key !== "like") passive = true;
  }
  const w = a.words[j];
  if (!w || w.start <= holderOpen) return null;
  const key = pronounOf(w.key);
  // `it’s like, ‘…’`, `that’s like, ‘…’`: a manner of quoting, no thing's printed words.
  if (v.key === "like" && (key === "it" || key === "that")) return null;
  if (PRINTING_PRONOUNS.has(key) || printedBy(a, j, holderOpen)) return undefined;
  if (passive || supposedOrUnsaid(a, verb, holderOpen)) return null;
  if (FIRST_PERSON.has(key) || key === "myself") return "own";
  if (key === "you") return THINKING_VERBS.has(v.key) ? "own" : null;
  if (key === "and") return coordinatedSayer(a, j, holderOpen, THINKING_VERBS.has(v.key));
  return namedPerson(a, w);
}

/** `to` in `I used to say`. */
function usedTo(a: Analysis, j: number): boolean {
  return a.words[j]!.key === "to" && a.words[j - 1]?.key === "used";
}

/**
 * Whether a thing is the verb's subject, its words printed: the nearest noun before the verb in its
 * clause, past what it is on or from (`The note on my windshield said`, `The email from the
 * company said`), is a thing's, with no person nearer (`My grandmother wrote`).
 */
function printedBy(a: Analysis, from: number, holderOpen: number): boolean {
  for (let j = from; j >= Math.max(0, from - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen) return false;
    const key = pronounOf(w.key);
    if (key === "and" || key === "but") return false;
    // `T-shirts` keeps its capital wherever it stands.
    if ((startsUpper(w.text) && !key.startsWith("t-shirt") ? THING_NAMES.has(key) : THING_SUBJECTS.has(key)) && !PRINTING_PRONOUNS.has(key))
      return true;
    // What the thing is on or from is no subject: `The email from the company said`.
    if (afterPreposition(a, j)) continue;
    if (
      FIRST_PERSON.has(key) ||
      OTHER_PERSONS.has(key) ||
      key === "you" ||
      isPersonNoun(key) ||
      (startsUpper(w.text) && j > 0 && !sentenceOpens(a, j))
    )
      return false;
    if (j > 0 && /[.;!?,:—]/.test(a.text.slice(a.words[j - 1]!.end, w.start))) return false;
  }
  return false;
}

/** Whether a preposition stands one or two words before the word at `j` (`from the company`, `on my windshield`). */
function afterPreposition(a: Analysis, j: number): boolean {
  return PREPOSITIONS.has(a.words[j - 1]?.key ?? "") || PREPOSITIONS.has(a.words[j - 2]?.key ?? "");
}

/** Whether the word at `j` opens its sentence (its capital says nothing of a name). */
function sentenceOpens(a: Analysis, j: number): boolean {
  return /[.!?“"‘]\s*$/.test(a.text.slice(Math.max(0, a.words[j]!.start - 3), a.words[j]!.start));
}

/** Who says the words of a verb joined by `and` to a first clause (`I walked in and said`, `Dr. Patel came in and said`). */
function coordinatedSayer(a: Analysis, j: number, holderOpen: number, thinking: boolean): Sayer {
  for (let k = j - 1; k >= Math.max(0, j - SUBJECT_REACH); k--) {
    const w = a.words[k]!;
    if (w.start <= holderOpen || /[.;!?]/.test(a.text.slice(w.end, a.words[k + 1]!.start))) return null;
    const key = pronounOf(w.key);
    if (FIRST_PERSON.has(key)) return "own";
    if (key === "you") return thinking ? "own" : null;
    if (OTHER_PERSONS.has(key) || isPersonNoun(key)) return null;
    if (startsUpper(w.text)) return namedPerson(a, w);
  }
  return null;
}

/** The person the text names by a capitalised subject (`Coach Babcock told us`), met outside quotations; else no one. */
function namedPerson(a: Analysis, w: Word): CastMember | null {
  if (!startsUpper(w.text)) return null;
  const m = a.cast.lastNamedWithWord(w.key, w.start);
  return m && !m.unnamed && m.kind === "person" ? m : null;
}

/**
 * Whether the verb's clause says its words went unsaid (`I never said`, `I’m not going to stand
 * here and say`, `Nobody said`, `Why would I say`) or only supposes them (`If I said`, `Did you
 * ever think`, `Imagine saying`). Not `I can’t stop thinking`.
 */
function supposedOrUnsaid(a: Analysis, verb: number, holderOpen: number): boolean {
  let first = verb;
  for (let j = verb - 1; j >= Math.max(0, verb - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || /[.;!?,:—]/.test(a.text.slice(w.end, a.words[j + 1]!.start))) break;
    first = j;
    const key = w.key.replace(/’/g, "'");
    if ((UNSAID.has(key) || key.endsWith("n't")) && !NOT_DENIALS.has(a.words[j + 1]?.key ?? "")) return true;
  }
  const opener = a.words[first]!.key;
  return (
    SUPPOSING.has(opener) ||
    (first < verb && QUESTION_OPENERS.has(opener)) ||
    (QUESTION_WORDS.has(opener) && QUESTION_OPENERS.has(a.words[first + 1]?.key ?? ""))
  );
}

/**
 * A frame of `be` after a noun of what is said (`The first question I asked was, ‘…’`, `My last
 * words to him were ‘…’`): the holder's own words when `my` or `our` owns the noun, or `I asked`
 * or `we made` follows it; else no one's; undefined when no such noun heads the subject, or a
 * thing holds the words (`the message on the sign was`).
 */
function beFrame(a: Analysis, piece: QuotePiece, holderOpen: number): Sayer | undefined {
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
    return ownedByFirstPerson(a, j, holderOpen) ? "own" : null;
  }
  return undefined;
}

/**
 * Whether the holder's speaker owns the noun of what is said at `j`: `my` or `our` before it (`my
 * last words`, not `my parents’ words`: a possessive noun between owns them), `I asked` or `we
 * made` after it, or `I` or `we` before it in its clause (`I have one message for Ottawa`).
 */
function ownedByFirstPerson(a: Analysis, j: number, holderOpen: number): boolean {
  const before = a.words[j - 1];
  if (before && before.start > holderOpen) {
    if (FIRST_PERSON_POSSESSIVES.has(before.key)) return true;
    const owner = a.words[j - 2];
    if (
      owner &&
      owner.start > holderOpen &&
      FIRST_PERSON_POSSESSIVES.has(owner.key) &&
      !/['’]/.test(a.text.slice(before.start, a.words[j]!.start))
    )
      return true;
  }
  const made = a.words[j + 2]?.key ?? "";
  if (FIRST_PERSON.has(pronounOf(a.words[j + 1]?.key ?? "")) && (CORE_SPEECH.has(made) || made === "made")) return true;
  for (let k = j - 1; k >= Math.max(0, j - SUBJECT_REACH); k--) {
    const w = a.words[k]!;
    if (w.start <= holderOpen || /[.;!?,]/.test(a.text.slice(w.end, a.words[k + 1]!.start))) return false;
    if (FIRST_PERSON.has(pronounOf(w.key))) return true;
  }
  return false;
}

/** `I’d`, `we've`: the pronoun before a verb run on to it. */
function pronounOf(key: string): string {
  return key.split(/['’]/)[0]!;
}

/** A noun for a person by kin or role: `the nurse said`, `my mom said`, `this guy goes`. */
function isPersonNoun(key: string): boolean {
  return KIN_NOUNS.has(key) || PEOPLE_BY_ROLE.has(key) || SPEAKER_NOUNS.has(key) || PERSON_WORDS.has(key);
}

/** How many words the quotation holds. */
function wordsIn(a: Analysis, piece: QuotePiece): number {
  return wordIndexAt(a, piece.end) - wordIndexAt(a, piece.start);
}
