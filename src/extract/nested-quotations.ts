// Quotations nested in someone's quoted words: `“My husband said, ‘When are you going to stop
// crying?’ I said, ‘I have to cry.’”`. They are quotations of their own (the hand-annotated pages
// list each, after the one that holds it), but quotes.ts leaves them out of the text's quotations,
// whose speakers and furniture the rest of the extractor weighs: this file decides which are
// speech, and nested-sayers.ts who says them. In single marks inside double ones, words quoted for
// their own sake (a title, a term, a sign's words) are as common as speech, so a nested quotation
// is speech only where a person's verb of saying or thinking frames it (`said, ‘`, `thought ‘`,
// `told them, ‘`, `telling Ottawa: ‘`, `My last words to him were ‘`) and its words end as said
// words end, not run on into the holder's sentence (`said ‘Romeo and Juliet’ was his favourite`).
import { type Analysis, wordIndexAt } from "./analysis";
import { titleCased, withoutTrailingStops } from "./classify";
import { BE_FORMS, CORE_SPEECH, NAMING_NOUNS, NOUN_MARKERS_BEFORE_VERB, PERSONAL_PRONOUNS, WORK_NOUNS } from "./lexicon";
import {
  FIRST_PERSON,
  isPersonNoun,
  OTHER_PERSONS,
  ownedByFirstPerson,
  type Sayer,
  SPEECH_NOUNS,
  SUBJECT_REACH,
  sayerOfVerb,
  supposedOrUnsaid,
  THING_SUBJECTS,
  THINKING_VERBS,
} from "./nested-sayers";
import type { QuotePiece } from "./quotes";
import { isLowerCase } from "./text";

/** A quotation nested in a speech quotation (the group `outer` of the analysis's quotes). */
export interface NestedQuotation {
  piece: QuotePiece;
  outer: number;
  sayer: Sayer;
}

/** Verbs of crying out, whose words a frame gives as a verb of saying's: `We were yelling, ‘Get off the ice!’` */
const CRYING_OUT = new Set([
  "yell",
  "yelling",
  "scream",
  "screaming",
  "shout",
  "shouting",
  "beg",
  "begged",
  "begging",
  "plead",
  "pleaded",
  "pleading",
  "pray",
  "prayed",
  "praying",
  "chant",
  "chanted",
  "chanting",
  "whisper",
  "whispering",
  "mutter",
  "muttered",
  "muttering",
  "crying",
]);
/** Subject pronouns, which open another clause between a verb and its words: `I said it was, ‘…’`. */
const CLAUSE_SUBJECTS = new Set([...PERSONAL_PRONOUNS, "you"]);
/** How far before a comma and the mark a verb may stand past its object: `I told Premier Doug Ford’s chief of staff,`. */
const OBJECT_REACH = 7;
/** Words after a cleft's verb that make what follows `be` its topic, not its words: `All I thought about was`. */
const TOPIC_LINKS = new Set(["about", "of", "for"]);
/** Words a greeting or a cry opens with, whose title case is no work's name: `‘Hello Gab,’`. */
const INTERJECTIONS = new Set([
  "hello",
  "hi",
  "hey",
  "oh",
  "yes",
  "no",
  "thank",
  "thanks",
  "ok",
  "okay",
  "please",
  "sorry",
  "wow",
  "welcome",
  "goodbye",
  "bye",
  "happy",
  "merry",
  "congratulations",
  "good",
]);
/** Things a sentence names in quotation marks after a comma, besides works and writings: `the fundraiser, ‘Hockey for Hope,’`. */
const NAMED_THINGS = new Set([
  "program",
  "programme",
  "campaign",
  "fundraiser",
  "nickname",
  "name",
  "tradition",
  "group",
  "plan",
  "event",
  "initiative",
  "project",
  "motto",
  "word",
  "words",
  "phrase",
  "saying",
]);
/** Words that open a cleft whose `be` gives the words: `All he said was`, `What I told the team was`, `The only thing he said to me was`. */
const CLEFT_OPENERS = new Set(["what", "all", "thing"]);
/** How far before its verb a cleft's opener may stand: `What my mother said`. */
const CLEFT_REACH = 3;
/** Speech's own verbs of quoting, which frame only before a comma and after a subject: `she was like, ‘…’`, `he goes, ‘…’`. */
const COLLOQUIAL_FRAMES = new Set(["like", "goes", "went"]);

/** The object a verb of telling takes before the words: `I told them, ‘…’`, `say to us, ‘…’`, `I asked myself, ‘…’`. */
const TOLD_OBJECTS = new Set([
  "them",
  "him",
  "her",
  "me",
  "us",
  "you",
  "myself",
  "ourselves",
  "yourself",
  "himself",
  "herself",
  "themselves",
]);

/** The verb of a frame of `be`: `My last words to him were ‘…’`. */
const FRAMING_BE = new Set(["is", "was", "are", "were"]);

/** Fewer words are a term's (`‘guilty’`), which the pages' convention leaves out as it does outside. */
const MIN_WORDS = 2;

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
      if (endsAsSaid(a, piece, holder.close) && !namesAWork(a, piece)) out.push({ piece, outer: holder.group, sayer: last.sayer });
      continue;
    }
    // Not `??`: a frame's null (someone unnamed says it) is an answer.
    const byVerb = verbFrame(a, piece, holder.open);
    const sayer = byVerb !== undefined ? byVerb : beFrame(a, piece, holder.open);
    // A comma or colon after the frame sets the words off as said; without one they must end so.
    const setOff = /[,:]\s*$/.test(a.text.slice(Math.max(holder.open, piece.open - 3), piece.open));
    if (sayer !== undefined && (setOff || endsAsSaid(a, piece, holder.close)) && !namesAWork(a, piece))
      out.push({ piece, outer: holder.group, sayer });
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
  // A cry frames words only set off by a comma: not `pleaded ‘not guilty’`, `screaming ‘bloody murder’`.
  if (isFramingVerb(a, i) && (gap.includes(",") || !CRYING_OUT.has(w.key))) verb = i;
  else if (COLLOQUIAL_FRAMES.has(w.key) && gap.includes(",") && colloquialSubject(a, i)) verb = i;
  else if (TOLD_OBJECTS.has(w.key)) {
    const v = a.words[i - 1]?.key === "to" ? i - 2 : i - 1;
    if (a.words[v] && a.words[v]!.start > holderOpen && CORE_SPEECH.has(a.words[v]!.key) && isVerbAt(a, v)) verb = v;
    // `I asked myself, ‘…’`: the holder's own thought.
    if (verb >= 0 && (w.key === "myself" || w.key === "ourselves")) return supposedOrUnsaid(a, verb, holderOpen) ? null : "own";
  }
  if (verb < 0 && gap.includes(",")) verb = verbBeforeObject(a, i, holderOpen);
  return verb < 0 ? undefined : sayerOfVerb(a, verb, holderOpen);
}

/** Whether the word at `i` is a verb of saying, thinking or crying out: `said`, `thought`, `yelling`. */
function isFramingVerb(a: Analysis, i: number): boolean {
  const key = a.words[i]!.key;
  return isVerbAt(a, i) && (CORE_SPEECH.has(key) || THINKING_VERBS.has(key) || CRYING_OUT.has(key));
}

/**
 * The verb a few words before a comma and the mark, past its object or a phrase of where or when
 * (`I told the minister, ‘…’`, `I always tell young players, ‘…’`, `I said at the time, ‘…’`): no
 * punctuation, `be` or subject pronoun between, which would make the words another clause's, and
 * no thing the sentence names last (objectEnds).
 */
function verbBeforeObject(a: Analysis, i: number, holderOpen: number): number {
  for (let j = i; j >= Math.max(0, i - OBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || (j < i && /[^\s]/.test(a.text.slice(w.end, a.words[j + 1]!.start)))) return -1;
    if (j < i && isFramingVerb(a, j)) return objectEnds(a, i) ? j : -1;
    if (BE_FORMS.has(w.key) || CLAUSE_SUBJECTS.has(w.key)) return -1;
  }
  return -1;
}

/**
 * Whether the word before the comma ends a verb's object or a phrase of how, when or where (`told
 * the minister,`, `said to the developer,`, `asked him point-blank,`, `said at the time,`), not a
 * thing the sentence goes on to name (`thought about the song, ‘Four Strong Winds,’`, `the sign,
 * ‘No Trespassing,’`).
 */
function objectEnds(a: Analysis, i: number): boolean {
  const key = a.words[i]!.key;
  return !WORK_NOUNS.has(key) && !NAMING_NOUNS.has(key) && !THING_SUBJECTS.has(key) && !NAMED_THINGS.has(key);
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
    // `All he said was, ‘…’`, `What I told the team was, ‘…’`: the verb's subject says them.
    // Not a topic: `All I thought about was ‘Game 7’`.
    if (isFramingVerb(a, j) && cleftBefore(a, j, holderOpen) && !TOPIC_LINKS.has(a.words[j + 1]?.key ?? ""))
      return sayerOfVerb(a, j, holderOpen);
    if (!SPEECH_NOUNS.has(x.key)) {
      if (THING_SUBJECTS.has(x.key)) return undefined;
      continue;
    }
    return ownedByFirstPerson(a, j, holderOpen) ? "own" : null;
  }
  return undefined;
}

/** Whether a cleft's opener stands a few words before the verb at `j`: `All he said`, `What my mother said`, `The only thing he said`. */
function cleftBefore(a: Analysis, j: number, holderOpen: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - CLEFT_REACH); k--) {
    const w = a.words[k]!;
    if (w.start <= holderOpen || /[^\s]/.test(a.text.slice(w.end, a.words[k + 1]!.start))) return false;
    if (CLEFT_OPENERS.has(w.key)) return true;
  }
  return false;
}

/**
 * Whether the words are a name in title case (`‘The Lion King’`, `‘Schitt’s Creek,’`), which a verb
 * of telling gives as often as anyone's words; not a greeting or a cry (`‘Hello Gab,’`, `‘Thank You’`).
 */
function namesAWork(a: Analysis, piece: QuotePiece): boolean {
  const inner = a.text.slice(piece.start, piece.end);
  const first = a.words[wordIndexAt(a, piece.start)]?.key ?? "";
  // Two capitalised words at least: `‘Breathe in’` is an order, `‘Bill 23’` a name.
  const capitals = inner.match(/(^|\s)[A-Z0-9]/g)?.length ?? 0;
  return capitals >= 2 && titleCased(withoutTrailingStops(inner)) && !/[!?]/.test(inner) && !INTERJECTIONS.has(first);
}

/** How many words the quotation holds. */
function wordsIn(a: Analysis, piece: QuotePiece): number {
  return wordIndexAt(a, piece.end) - wordIndexAt(a, piece.start);
}
