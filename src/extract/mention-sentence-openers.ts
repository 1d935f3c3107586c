// Whether a capitalised word that opens a sentence is a common noun (`Police said`, `Arena talks
// stalled`) rather than someone's name. Separate because it reads the whole text once, for which
// words it writes in lower case elsewhere, and needs nothing of the phrase readers.
import {
  CROWD_NOUNS,
  DOCUMENT_NOUNS,
  EXTRA_SPEAKER_NOUNS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  ISSUED_WRITINGS,
  MEDIA_NOUNS,
  MEDIUM_NOUNS,
  ORGANISATION_NOUNS,
  PEOPLE_BY_ROLE,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  TITLES,
} from "./lexicon";
import { INITIALISM, isPossessive, joined, type Mention } from "./mention-words";
import { isGivenName, isPlace } from "./names";
import { capitalisedAt, isLyAdverb, lowerCaseAt, type Tokens, type Word } from "./text";

/**
 * Whether a word is a common noun for a speaker or a body (`police`, `officials`, `band`,
 * `company`, `statement`), never a name: capitalised only to open a sentence (`Police said`), it
 * describes whoever the text names so. Not a title (`Premier says`), nor a party's or a people's
 * word (`Democrats said`), which are capitalised wherever they stand.
 */
function isCommonNounOfSpeaker(key: string): boolean {
  return COMMON_NOUNS_OF_SPEAKER.has(key);
}

/**
 * The words isCommonNounOfSpeaker accepts, gathered once: speaker nouns, their plurals and
 * bodies' nouns, less titles, extra speaker nouns and people by role. Asked of every one-word
 * name, one look-up rather than five.
 */
const COMMON_NOUNS_OF_SPEAKER = new Set(
  [
    ...SPEAKER_NOUNS,
    ...[...SPEAKER_NOUNS].map((noun) => `${noun}s`),
    ...DOCUMENT_NOUNS,
    ...GOVERNMENT_NOUNS,
    ...MEDIA_NOUNS,
    ...ORGANISATION_NOUNS,
    // `Crowd chants ‘…’`: a crowd is people, never a name.
    ...CROWD_NOUNS,
  ].filter((key) => !TITLES.has(key) && !EXTRA_SPEAKER_NOUNS.has(key) && !PEOPLE_BY_ROLE.has(key)),
);

/**
 * `Ask any nurse in Pellston and you will hear: “…”`, `Talk to the growers …`: verbs by which the
 * writer bids the reader go and hear someone, capitalised only to open the sentence as an
 * imperative. No name for a speaker, as a common noun there is none (given names aside).
 */
const READER_IMPERATIVES = new Set(["ask", "tell", "talk", "listen", "visit", "spend", "walk", "look", "imagine", "consider", "picture"]);

/**
 * Whether a name mention is one such noun or imperative opening its sentence, which starts at `sentenceStart(at)`:
 * asked of every name found, so the sentence is looked up for a lone word only. Past the nouns,
 * the sentence (a search of its starts) comes before the given names: one lone name in five
 * opens its sentence, and the given-name look-up cost more than that search.
 */
export function opensAsCommonNoun(t: Tokens, m: Mention, sentenceStart: (at: number) => number): boolean {
  if (m.first !== m.last) return false;
  const key = t.words[m.first]!.key;
  const common = isCommonNounOfSpeaker(key) || WRITINGS.has(key) || modifiesWriting(t, m.first) || READER_IMPERATIVES.has(key);
  if (m.start !== sentenceStart(m.start)) return false;
  return common || (!isGivenName(key) && (capitalisedOnlyToOpen(t, key) || modifiesNounAfter(t, m.first)));
}

/**
 * `Corporate lobbyists describe`, `Answering questions on the red carpet, Portman said`,
 * `Hastily politicizing the tragedy`: a word capitalised only here, to open the sentence, shaped
 * as a modifier or a participle (MODIFIER_ENDING), before a lower-case word that is no verb a
 * subject would take (a verb of saying, an auxiliary, a past in `-ed`, an adverb), modifies that
 * word or governs it; it names no one. The shape is asked because a name or a firm named once,
 * alone, may open a sentence before a verb no list holds (`Bombardier expects`, `Unifor wants`,
 * a helper's review found); a surname of that shape before such a verb is the cost.
 */
function modifiesNounAfter(t: Tokens, i: number): boolean {
  const next = t.words[i + 1];
  const w = t.words[i]!;
  if (!next || !MODIFIER_ENDING.test(w.key) || !joined(t.text, w, next) || !lowerCaseAt(t.text, next)) return false;
  // Not initials (`PQ health care critic`), a place (`Winnipeg police`), a possessive, nor a
  // plural, whose verb has no `-s` (`Tories skip the town hall`).
  if (INITIALISM.test(w.text) || w.key.endsWith("s") || isPossessive(w) || isPlace([w.key])) return false;
  const key = next.key;
  if (FUNCTION_WORDS.has(key) || SPEECH_VERBS.has(key) || SUBJECT_VERB_FILLERS.has(key) || SUBJECTS_VERBS.has(key)) return false;
  if (key.endsWith("ed") || isLyAdverb(key)) return false;
  return capitalisedOnce(t).has(t.words[i]!.key);
}

/** Endings of adjectives, adverbs and participles: `Corporate`, `Intergalactic`, `Hastily`, `Answering`. */
const MODIFIER_ENDING = /(?:ing|ly|ic|al|ate|ous|ive|ful|less|ible|able)$/;

/** Verbs a subject's name is often followed by that FUNCTION_WORDS, SPEECH_VERBS and SUBJECT_VERB_FILLERS lack. */
const SUBJECTS_VERBS = new Set([
  ...["can", "could", "may", "might", "must", "should", "did", "does", "do", "got", "gets", "went"],
  ...["goes", "made", "makes", "took", "takes", "gave", "gives", "won", "wins", "lost", "loses"],
  ...["ran", "runs", "came", "comes", "left", "leaves", "saw", "sees", "knew", "knows", "thought"],
  ...["thinks", "felt", "feels", "became", "becomes", "began", "begins", "kept", "keeps", "held"],
  ...["holds", "met", "meets", "sent", "sends", "spent", "spends", "built", "builds", "brought"],
  ...["brings", "bought", "buys", "sat", "sits", "stood", "stands", "wrote", "writes", "spoke", "speaks"],
  ...["sang", "sings", "led", "leads", "paid", "pays", "set", "sets", "put", "puts", "let", "lets"],
  ...["hit", "hits", "cut", "cuts", "found", "finds", "fell", "falls", "grew", "grows", "rose", "rises"],
  ...["drew", "draws", "flew", "flies", "threw", "throws", "plans", "believes", "expects", "wants"],
  ...["hopes", "fears", "worries", "needs", "estimates", "predicts", "doubts", "intends", "aims"],
  ...["seeks", "agrees", "supports", "opposes", "accepts", "rejects", "remains", "faces", "offers"],
  ...["owns", "operates", "employs", "sells", "cites", "citing"],
]);

/** Keys of the words the text capitalises exactly once, read once per text. */
function capitalisedOnce(t: Tokens): Set<string> {
  let once = onceCapitalised.get(t.words);
  if (!once) {
    t.work.add(t.words.length);
    const seen = new Map<string, number>();
    for (const w of t.words) if (capitalisedAt(t.text, w)) seen.set(w.key, (seen.get(w.key) ?? 0) + 1);
    once = new Set([...seen].filter(([, n]) => n === 1).map(([k]) => k));
    onceCapitalised.set(t.words, once);
  }
  return once;
}

const onceCapitalised = new WeakMap<Word[], Set<string>>();

/**
 * `Arena talks stalled`, `Pressure is building on the mayor`, `Criticism within party …`: a word
 * the text writes in lower case elsewhere (`the new arena`, `under pressure`) and never
 * capitalised inside a sentence or a name is a common noun wherever it opens one, no one's
 * name. A given name is left alone (`Grant said`, after a federal grant). The words are read
 * once per text, on the first one-word name opening a sentence that is asked of.
 */
function capitalisedOnlyToOpen(t: Tokens, key: string): boolean {
  let words = openingOnly.get(t.words);
  if (!words) {
    words = wordsCapitalisedOnlyToOpen(t);
    openingOnly.set(t.words, words);
  }
  return words.has(key);
}

const openingOnly = new WeakMap<Word[], Set<string>>();

/** Whether the character code may open a sentence between two words: a full stop, a line break, a colon, an opening quotation mark. */
function mayOpenSentence(c: number): boolean {
  // Letters and spaces, nearly every character between words, answer in one comparison.
  if (c === 32 || c === 44) return false;
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 10 ||
    c === 58 ||
    c === 59 ||
    c === 34 ||
    c === 40 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 0xab ||
    c === 0x2026
  );
}

/**
 * Keys of the words the text capitalises only where a sentence may open and also writes in lower
 * case. A capitalised word after another word of its sentence (no mark that may open one between
 * them, or a capitalised word ending in a full stop: a title's, `Mr. Hurt`, or an initial's) is
 * a name's. Two passes: the capitalised words, then the lower-case ones among them.
 */
function wordsCapitalisedOnlyToOpen(t: Tokens): Set<string> {
  const { text, words: ws } = t;
  t.work.add(ws.length);
  const opening = new Set<string>();
  const inside = new Set<string>();
  let prevCapital = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Each word's first and last characters read from the text (capitalisedAt).
    const capital = capitalisedAt(text, w);
    if (capital) {
      let here = i > 0 && (prevCapital || text.charCodeAt(ws[i - 1]!.end - 1) !== 46);
      for (let k = i > 0 ? ws[i - 1]!.end : 0; here && k < w.start; k++) if (mayOpenSentence(text.charCodeAt(k))) here = false;
      (here ? inside : opening).add(w.key);
    }
    prevCapital = capital;
  }
  const out = new Set<string>();
  if (opening.size === 0) return out;
  // The case of the word's first letter, read at once, before the two look-ups: most words pass it, but a look-up costs more.
  for (const w of ws) if (lowerCaseAt(text, w) && opening.has(w.key) && !inside.has(w.key)) out.add(w.key);
  return out;
}

/**
 * Writings' nouns, one or many: `Transcript as follows:`, `Text messages kept arriving`. `post`
 * is left out, as `Post` alone is an outlet's short name.
 */
const WRITINGS = new Set(
  [...DOCUMENT_NOUNS, ...ISSUED_WRITINGS, ...MEDIUM_NOUNS, "transcript", "text", "excerpt"]
    .filter((key) => key !== "post")
    .flatMap((key) => [key, `${key}s`]),
);

/**
 * `Partial transcript as follows:`, `Internal memos show`: a capitalised word right before a
 * lower-case writing's noun opens the sentence as its modifier; it is no one's name. Not an
 * initialism (`CHEO reports long waits` heading a story): a body's name, whatever follows it.
 */
function modifiesWriting(t: Tokens, i: number): boolean {
  const w = t.words[i]!;
  const next = t.words[i + 1];
  return !!next && WRITINGS.has(next.text) && !isPossessive(w) && !INITIALISM.test(w.text) && joined(t.text, w, next);
}
