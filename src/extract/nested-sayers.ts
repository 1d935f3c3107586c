// Who says a nested quotation (nested-quotations.ts finds them and their frames): the holder's own
// speaker when the frame's verb has `I` or `we` for subject (`I said, ‘…’`, `I remember thinking`,
// `I want to put this in front of them and say`), a person the text names when the subject is that
// name (`Coach Babcock told us`), and no one for anyone else the holder reports (`people say`, `the
// nurse said`) or for words the holder says went unsaid or only supposes (`I never said`, `If I
// said`), which the pages' readers list with no one's name. A thing that prints the words (`The
// note on my windshield said`, `The Bible says`) says nothing: the frame is none. Separate because
// this reads a clause's subject back from its verb, which framing never needs.
import type { CastMember } from "./actors";
import { type Analysis, wordIndexAt } from "./analysis";
import {
  BE_FORMS,
  CLAUSE_JOINERS,
  CORE_SPEECH,
  DOCUMENT_NOUNS,
  ISSUED_WRITINGS,
  KIN_NOUNS,
  LEAD_SKIP,
  MEDIUM_NOUNS,
  PEOPLE_BY_ROLE,
  PERSONAL_WRITINGS,
  SPEAKER_NOUNS,
  SUBORDINATORS,
  TITLES,
} from "./lexicon";
import { startsUpper, type Word } from "./text";

/** Who says a nested quotation: the holder's own speaker, a member the text names, or someone it does not (null). */
export type Sayer = "own" | CastMember | null;

/** Verbs of thinking that frame words as a verb of saying does: `I thought, ‘This is it.’` */
export const THINKING_VERBS = new Set(["think", "thinks", "thought", "thinking", "wonder", "wondered", "wondering"]);

/** The holder's own speaker as a frame's subject: `I said`, `we thought`. */
export const FIRST_PERSON = new Set(["i", "we"]);

/** Pronouns that are a subject other than the holder's speaker. */
export const OTHER_PERSONS = new Set(["he", "she", "they", "people", "someone", "somebody", "everyone", "everybody", "nobody", "anyone"]);

/** Nouns of things whose words are printed, not said: `the sign said ‘No Entry’` (a pronoun's are PRINTING_PRONOUNS). */
export const THING_SUBJECTS = new Set([
  ...DOCUMENT_NOUNS,
  ...ISSUED_WRITINGS,
  ...PERSONAL_WRITINGS,
  ...MEDIUM_NOUNS,
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

/** Nouns of what is said or asked, which a frame of `be` gives the words of. */
export const SPEECH_NOUNS = new Set([
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

/** How far back from the verb a coordinated subject or a colon's verb is looked for, in its sentence. */
export const SUBJECT_REACH = 12;

const FIRST_PERSON_POSSESSIVES = new Set(["my", "our"]);

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
  "all",
  "both",
  "could",
  "would",
  "can",
  "will",
  "should",
  "might",
  "must",
  "have",
  "has",
  "had",
  "got",
  ...BE_FORMS,
]);

/**
 * A verb so qualified says no words were said: `I never said, ‘…’`, `Nobody said`. Not a modal
 * alone: `All I could say was`, `I would always tell my players` are the holder's words.
 */
const UNSAID = new Set(["not", "never", "nobody", "cannot"]);

/** After a negation, words that make it no denial: `I can’t stop thinking`, `couldn’t help but think`. */
const NOT_DENIALS = new Set(["stop", "help"]);

/** Words opening a clause that only supposes its verb: `If I said`, `Imagine saying`. */
const SUPPOSING = new Set(["if", "unless", "whether", "imagine", "suppose"]);

/** Bare forms of verbs of saying, which a negation or modal before `and` still governs: `not going to stand here and say`. */
const BARE_FORMS = new Set([
  "say",
  "tell",
  "ask",
  "think",
  "write",
  "yell",
  "scream",
  "shout",
  "beg",
  "plead",
  "pray",
  "wonder",
  "add",
  "explain",
]);
/** Verbs after which `if` asks whether: `asked me if`, `wanted to know whether`. */
const ASKING_BEFORE_IF = new Set(["ask", "asks", "asked", "asking", "know", "wonder", "wondered", "see", "sure"]);
/** How many capitalised words before a subject's surname may belong to its name: `Prime Minister Justin Trudeau`. */
const NAME_RUN = 4;
/** Words that open a sentence before a subject's name: `When Harper said`, `Like Mario told me`. */
const SENTENCE_LEADS = new Set([...SUBORDINATORS, ...CLAUSE_JOINERS, "like", "as", "once", "even"]);
/** Words that lead a clause before its subject: `Then Dr. Patel came in and said`. */
const CLAUSE_LEADS = new Set([...LEAD_SKIP, "finally", "when", "once"]);
/** Auxiliaries that open a question: `Did you ever think`, `Do I say`, `Should we have said`. */
const QUESTION_OPENERS = new Set(["do", "does", "did", "would", "should", "could", "can", "will", "shall"]);

/** Words that ask before an auxiliary: `Why would I say`. */
const QUESTION_WORDS = new Set(["why", "how", "what", "who"]);

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
export function sayerOfVerb(a: Analysis, verb: number, holderOpen: number): Sayer | undefined {
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

/**
 * Whether the verb's clause says its words went unsaid (`I never said`, `I’m not going to stand
 * here and say`, `Nobody said`, `Why would I say`) or only supposes them (`If I said`, `Did you
 * ever think`, `Imagine saying`, `I believe if Forcillo asked`). Not `I can’t stop thinking`.
 */
export function supposedOrUnsaid(a: Analysis, verb: number, holderOpen: number): boolean {
  let first = verb;
  for (let j = verb - 1; j >= Math.max(0, verb - SUBJECT_REACH); j--) {
    const w = a.words[j]!;
    if (w.start <= holderOpen || /[.;!?,:—]/.test(a.text.slice(w.end, a.words[j + 1]!.start))) break;
    const key = w.key.replace(/’/g, "'");
    // `I didn’t hesitate and told them`: an earlier clause's negation is its own; but a verb's bare
    // form shares what governs the first (`I’m not going to stand here and say`).
    if ((key === "and" || key === "but") && !BARE_FORMS.has(a.words[verb]!.key)) break;
    first = j;
    if ((UNSAID.has(key) || key.endsWith("n't")) && !NOT_DENIALS.has(a.words[j + 1]?.key ?? "")) return true;
    // `I believe if Forcillo asked my son`: a condition anywhere before the verb; not the
    // `if` of a question asked (`They asked me if I was scared`), which is `whether`.
    if (SUPPOSING.has(key) && !ASKING_BEFORE_IF.has(a.words[j - 1]?.key ?? "") && !ASKING_BEFORE_IF.has(a.words[j - 2]?.key ?? ""))
      return true;
  }
  const opener = a.words[first]!.key;
  return (
    (first < verb && QUESTION_OPENERS.has(opener)) || (QUESTION_WORDS.has(opener) && QUESTION_OPENERS.has(a.words[first + 1]?.key ?? ""))
  );
}

/**
 * Whether the holder's speaker owns the noun of what is said at `j`: `my` or `our` before it (`my
 * last words`, not `my parents’ words`: a possessive noun between owns them), `I asked` or `we
 * made` after it, or `I` or `we` before it in its clause (`I have one message for Ottawa`).
 */
export function ownedByFirstPerson(a: Analysis, j: number, holderOpen: number): boolean {
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

/** A noun for a person by kin or role: `the nurse said`, `my mom said`, `this guy goes`. */
export function isPersonNoun(key: string): boolean {
  return KIN_NOUNS.has(key) || PEOPLE_BY_ROLE.has(key) || SPEAKER_NOUNS.has(key) || PERSON_WORDS.has(key);
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
    if (startsUpper(w.text) && !key.startsWith("t-shirt") ? THING_NAMES.has(key) : THING_SUBJECTS.has(key)) return true;
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

/**
 * Who says the words of a verb joined by `and` to a first clause: that clause's subject, read back
 * from `and` (`I walked in and said`, `people stopping me on the street and saying`), past a name
 * that is an object there (`I looked at Tory and said`: the holder's, not Tory's) to one that opens
 * it (`Then Dr. Patel came in and said`).
 */
function coordinatedSayer(a: Analysis, j: number, holderOpen: number, thinking: boolean): Sayer {
  const stop = Math.max(0, j - SUBJECT_REACH);
  for (let k = j - 1; k >= stop; k--) {
    const w = a.words[k]!;
    if (w.start <= holderOpen || /[.;!?]/.test(a.text.slice(w.end, a.words[k + 1]!.start))) return null;
    const key = pronounOf(w.key);
    if (FIRST_PERSON.has(key)) return "own";
    if (key === "you") return thinking ? "own" : null;
    if (OTHER_PERSONS.has(key) || isPersonNoun(key)) return null;
    if (!startsUpper(w.text)) continue;
    // The capitalised run this word ends (`Dr. Patel`): an object after a lowercase word, a subject after a clause's lead.
    let first = k;
    while (
      first > 0 &&
      startsUpper(a.words[first - 1]!.text) &&
      /^[\s.]*$/.test(a.text.slice(a.words[first - 1]!.end, a.words[first]!.start))
    )
      first--;
    const before = a.words[first - 1];
    const opens =
      !before ||
      before.start <= holderOpen ||
      CLAUSE_LEADS.has(before.key) ||
      // Not after a comma: `I called my MP, Marco Mendicino, and said` names the object again.
      /[.;!?:—]/.test(a.text.slice(before.end, a.words[first]!.start));
    if (opens) return namedPerson(a, w);
    // Go on before the object's name.
    k = first;
  }
  return null;
}

/**
 * The person the text names by a capitalised subject (`Coach Babcock told us`), met outside
 * quotations; else no one. Every name word of the run that ends at `w`, titles aside, must be the
 * member's: `Rob Ford told me` is not Doug Ford, whom `Ford` alone would find.
 */
function namedPerson(a: Analysis, w: Word): CastMember | null {
  if (!startsUpper(w.text)) return null;
  const m = a.cast.lastNamedWithWord(w.key, w.start);
  if (!m || m.unnamed || m.kind !== "person") return null;
  const i = wordIndexAt(a, w.start);
  for (let k = i - 1; k >= Math.max(0, i - NAME_RUN); k--) {
    const x = a.words[k]!;
    if (!startsUpper(x.text) || !/^[\s.]*$/.test(a.text.slice(x.end, a.words[k + 1]!.start))) break;
    if (TITLES.has(x.key) || isPersonNoun(x.key) || m.tokens.includes(x.key)) continue;
    // A word leading the sentence is no part of the name (`When Harper said`, `Like Mario told me`);
    // another given name is someone else's (`Rob Ford told me` is not Doug Ford).
    if (SENTENCE_LEADS.has(x.key)) break;
    return null;
  }
  return m;
}

/** `I’d`, `we've`: the pronoun before a verb run on to it. */
function pronounOf(key: string): string {
  return key.split(/['’]/)[0]!;
}
