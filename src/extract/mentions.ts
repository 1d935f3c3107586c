// Noun phrases that can name a speaker: proper names (with titles), pronouns, and
// descriptions such as `a spokesperson for the council`. Works on the words of a
// stretch of text and on the punctuation between them.
import {
  ARTICLES,
  BEFORE_DESCRIPTION,
  DESCRIPTION_ENDS,
  DESCRIPTION_LINKS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EXTRA_SPEAKER_NOUNS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  ISSUED_WRITINGS,
  KIN_NOUNS,
  LINKS,
  MEDIA_NOUNS,
  MEDIUM_NOUNS,
  MODALS_GIVEN_AS_NAMES,
  NAME_PARTICLES,
  NOT_NAMES,
  OF_HEADS,
  OFFICE_STEPS,
  ORGANISATION_NOUNS,
  PEOPLE_BY_ROLE,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  RESIDENCE_HEADS,
  SPEAKER_NOUNS,
  TITLES,
  WEEKDAYS,
} from "./lexicon";
import { isGivenName, isPlace } from "./names";
import { APOSTROPHE_S, isCapitalised, isLowerCase, type Tokens, type Word } from "./text";

export type MentionKind = "name" | "pronoun" | "nominal" | "relative";

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** First and last word index in the word list it was parsed from. */
  first: number;
  last: number;
}

/**
 * The speaker nouns, the extra ones, the people by role and the plurals of the first (`officials`) in one set:
 * asked of nearly every word, one look-up, where cutting an `s` made a new string to look up.
 */
const SPEAKER_NOUN_FORMS = new Set([
  ...SPEAKER_NOUNS,
  ...EXTRA_SPEAKER_NOUNS,
  ...PEOPLE_BY_ROLE,
  ...[...SPEAKER_NOUNS].map((noun) => `${noun}s`),
]);

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
  ].filter((key) => !TITLES.has(key) && !EXTRA_SPEAKER_NOUNS.has(key) && !PEOPLE_BY_ROLE.has(key)),
);

/**
 * Whether a name mention is one such noun opening its sentence, which starts at `sentenceStart(at)`:
 * asked of every name found, so the sentence is looked up for a lone word only. Past the nouns,
 * the sentence (a search of its starts) comes before the given names: one lone name in five
 * opens its sentence, and the given-name look-up cost more than that search.
 */
export function opensAsCommonNoun(t: Tokens, m: Mention, sentenceStart: (at: number) => number): boolean {
  if (m.first !== m.last) return false;
  const key = t.words[m.first]!.key;
  const common = isCommonNounOfSpeaker(key) || WRITINGS.has(key) || modifiesWriting(t, m.first);
  if (m.start !== sentenceStart(m.start)) return false;
  return common || (!isGivenName(key) && capitalisedOnlyToOpen(t, key));
}

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
    const capital = isCapitalised(w.text);
    if (capital) {
      let here = i > 0 && (prevCapital || ws[i - 1]!.text.charCodeAt(ws[i - 1]!.text.length - 1) !== 46);
      for (let k = i > 0 ? ws[i - 1]!.end : 0; here && k < w.start; k++) if (mayOpenSentence(text.charCodeAt(k))) here = false;
      (here ? inside : opening).add(w.key);
    }
    prevCapital = capital;
  }
  const out = new Set<string>();
  if (opening.size === 0) return out;
  for (const w of ws) if (opening.has(w.key) && !inside.has(w.key) && isLowerCase(w.text)) out.add(w.key);
  return out;
}

/** Whether a word (lower case, no final full stop) is a title or its step of office: `prime`, `minister`, `designate`. */
export function isOfficeWord(key: string): boolean {
  return TITLES.has(key) || OFFICE_STEPS.has(key);
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
 * lower-case writing's noun opens the sentence as its modifier; it is no one's name.
 */
function modifiesWriting(t: Tokens, i: number): boolean {
  const w = t.words[i]!;
  const next = t.words[i + 1];
  return !!next && WRITINGS.has(next.text) && !isPossessive(w) && joined(t.text, w, next);
}

export function isSpeakerNoun(key: string): boolean {
  if (SPEAKER_NOUN_FORMS.has(key)) return true;
  // Asked of nearly every word: both readings below need a hyphen, looked for once here.
  return key.includes("-") && (isPersonByAge(key) || isHyphenatedOffice(key));
}

/**
 * `the deputy-mayor said`, `the co-owner says`, `premier-designate Jane Roe`, `the
 * president-elect`: an office or a person's noun with a hyphenated step of rank before it
 * (`co-`, `vice-`, `deputy-`, `acting-`, `interim-`) or a step of office after it (`-elect`,
 * `-designate`) is still a person. Only the singular, as PEOPLE_BY_ROLE. Asked only of a
 * hyphenated word (isSpeakerNoun looks for the hyphen).
 */
function isHyphenatedOffice(key: string): boolean {
  const m = HYPHENATED_OFFICE.exec(key);
  const office = m && (m[1] ?? m[2])!;
  return !!office && (SPEAKER_NOUN_FORMS.has(office) || TITLES.has(office)) && !office.endsWith("s");
}

const HYPHENATED_OFFICE = /^(?:co|vice|deputy|acting|interim)-([a-z]+)$|^([a-z]+)-(?:elect|designate)$/;

/** `the 62-year-old`, `the mother-of-two`: a person the text has named, described by age or family. */
export function isPersonByAge(key: string): boolean {
  // Asked of nearly every word: only a hyphenated one can be an age or a family, so the rest skip the expression.
  return key.includes("-") && AGE_DESCRIPTION.test(key);
}

const AGE_DESCRIPTION = /^(?:\d{1,3}-year-old|(?:mother|father|mum|dad|grandmother|grandfather)-of-(?:one|two|three|four|five|six|\d))$/;

/** Whether a name mention is a social-media handle: one word straight after `@` (`@JaneRoe`). */
export function isHandle(text: string, m: Mention): boolean {
  return m.kind === "name" && m.first === m.last && m.start > 0 && text.charCodeAt(m.start - 1) === 64;
}

/**
 * Whether only spaces separate two words (no comma, bracket, dash or quotation mark), or one
 * slash joins an initialism to a capitalised word: `OSSTF/FEESO`, `CBC/Radio-Canada`, one body's
 * names in two languages or two bodies' joined, run on into a title as one name does.
 */
export function joined(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end) return false;
  // Asked for nearly every pair of words: a loop over the (usually one) space, not a slice.
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 47 && b.start === a.end + 1) return INITIALISM.test(a.text) && isCapitalised(b.text);
    // ASCII answers at once (a tab, vertical tab or form feed is a space; a line break, comma or
    // any other character is not); only the rest of Unicode (`\u00a0`, `”`) asks the expression.
    if (c < 128) {
      if (c === 9 || c === 11 || c === 12) continue;
      return false;
    }
    if (!SPACE.test(text[i]!)) return false;
  }
  return true;
}

const SPACE = /\s/;
/** An initialism of two capitals or more, as one word: `OSSTF`, `CBC`. */
const INITIALISM = /^\p{Lu}{2,}$/u;

/**
 * Whether the possessive name at words [i, last] is a person's full name (a given name before
 * the surname) and the capitalised words after it, up to `more`, hold no given name or title: `Jane
 * Roe’s Riverside office`, `Jane Roe's Liberal Party Wins …` in a headline. `Russia's President
 * Putin` and `Donald Trump's Attorney General Jeff Sessions` still name the person after.
 */
function ownsNoName(t: Tokens, i: number, last: number, more: number): boolean {
  const ws = t.words;
  let given = false;
  for (let k = i; k < last && !given; k++) given = isGivenName(ws[k]!.text);
  if (!given) return false;
  for (let k = last + 1; k <= more; k++) {
    t.work.add();
    if (isGivenName(ws[k]!.text) || TITLES.has(ws[k]!.key)) return false;
  }
  return true;
}

/** `Putin's`, `officials’`: read from the last two characters; a regular expression tested with `$` cost a scan per word. */
function isPossessive(w: Word): boolean {
  const t = w.text;
  const a = t[t.length - 2];
  const b = t[t.length - 1];
  return ((a === "'" || a === "’") && b === "s") || (a === "s" && (b === "'" || b === "’"));
}

function isNameWord(w: Word, afterTitle = false, given = false): boolean {
  if (!isCapitalised(w.text)) return false;
  if (!afterTitle && !given && NOT_NAMES.has(w.key)) return false;
  return true;
}

/**
 * `Will Osler, president of the board, said`, `the chair, Will Osler, said`: a modal that is also
 * a given name (MODALS_GIVEN_AS_NAMES) names a person where the modal cannot stand: before a
 * capitalised surname that a comma sets off (an appositive: a question's subject is seldom set
 * off, and `Will Ottawa, …` is a place, `Will the council act?` no surname), or capitalised
 * mid-sentence, after a lower-case word or a comma (`said Will Osler`), where the modal is never
 * capitalised. Reads the word, its neighbours and the gap before: a fixed window.
 */
function givenNameHere(text: string, ws: Word[], caps: Uint8Array, i: number): boolean {
  const w = ws[i]!;
  const nx = ws[i + 1];
  if (caps[i] !== 1 || !MODALS_GIVEN_AS_NAMES.has(w.key) || !nx || caps[i + 1] !== 1 || !joined(text, w, nx)) return false;
  if (NOT_NAMES.has(nx.key) || TITLES.has(nx.key) || isPlace([nx.key])) return false;
  if (text[nx.end] === ",") return true;
  let k = w.start - 1;
  while (k >= 0 && text[k] === " ") k--;
  if (k >= 0 && text[k] === ",") return true;
  const pv = ws[i - 1];
  return !!pv && joined(text, pv, w) && isLowerCase(pv.text);
}

function isTitle(w: Word): boolean {
  return isCapitalised(w.text) && TITLES.has(w.key);
}

/**
 * How far runs of words reach, computed once per article from the right or the left,
 * so that parsing a phrase at every word does not walk the same long run again each time
 * (`officials officials officials …`, a headline of capitalised words).
 */
interface Runs {
  /** The last word of the run of titles that starts at i (i itself when ws[i] leads no title run). */
  titlesEnd: Int32Array;
  /** The last word of the name that continues from word i. */
  nameEnd: Int32Array;
  /** The last word of the run of joined speaker nouns that starts at i. */
  nounsEnd: Int32Array;
  /** The first word of the capitalised run that ends at i. */
  nameStart: Int32Array;
  /** The first capitalised preposition in the name that continues from word i, or -1. */
  firstMarker: Int32Array;
  /** How many capitalised prepositions the name that continues from word i holds. */
  markers: Int32Array;
  /** How many capitalised prepositions the run of capitals holds before word i. */
  markersBefore: Int32Array;
  /** Whether word i, of NOT_NAMES, is a given name here all the same (`givenNameHere`). */
  given: Uint8Array;
}

const runsOf = new WeakMap<Word[], Runs>();

function runs(t: Tokens): Runs {
  const cached = runsOf.get(t.words);
  if (cached) return cached;
  const { text, words: ws } = t;
  const n = ws.length;
  t.work.add(n);
  const link = (a: number) => a + 1 < n && joined(text, ws[a]!, ws[a + 1]!);
  // Whether word i is capitalised: asked of each word up to six times in the two passes below.
  const caps = new Uint8Array(n);
  for (let i = 0; i < n; i++) caps[i] = isCapitalised(ws[i]!.text) ? 1 : 0;
  const given = new Uint8Array(n);
  // Only a capitalised modal can be a given name here: the rest skip the call.
  for (let i = 0; i < n; i++) given[i] = caps[i] === 1 && MODALS_GIVEN_AS_NAMES.has(ws[i]!.key) && givenNameHere(text, ws, caps, i) ? 1 : 0;
  const titlesEnd = new Int32Array(n);
  const nameEnd = new Int32Array(n);
  const nounsEnd = new Int32Array(n);
  const firstMarker = new Int32Array(n);
  // Whether word i is a capitalised preposition: kept for the second pass, as `links` is.
  const isMarker = new Uint8Array(n);
  const markers = new Int32Array(n);
  // Whether word i is joined to word i + 1: kept for the second pass, which asks it again.
  const links = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const linked = link(i);
    links[i] = linked ? 1 : 0;
    const w = ws[i]!;
    titlesEnd[i] = linked && caps[i] === 1 && TITLES.has(w.key) && caps[i + 1] === 1 ? titlesEnd[i + 1]! : i;
    nounsEnd[i] = linked && isSpeakerNoun(ws[i + 1]!.key) ? nounsEnd[i + 1]! : i;
    let end = i;
    // The word the name continues at: i + 1, or i + 2 past a particle.
    let on = -1;
    if (linked && !isPossessive(w)) {
      const nx = ws[i + 1]!;
      // `ESPN.com Wednesday`: a day after a name dates it, it does not lengthen it.
      if (caps[i + 1] === 1 && nx.key !== "i" && !WEEKDAYS.has(nx.key)) on = i + 1;
      // A particle, looked up once for both readings below (nearly every word is asked).
      else if (!NAME_PARTICLES.has(nx.key)) on = -1;
      else if (i + 2 < n && caps[i + 2] === 1) on = i + 2;
      // `Ben van der Berg`, `Maria de la Cruz`: two particles before the surname.
      else if (i + 3 < n && NAME_PARTICLES.has(ws[i + 2]!.key) && caps[i + 3] === 1 && links[i + 1] === 1 && links[i + 2] === 1) on = i + 3;
      if (on > 0) end = nameEnd[on]!;
    }
    nameEnd[i] = end;
    // A Title Case marker: capitalised first, as nearly every word is in lower case and skips the look-up.
    const marker = caps[i] === 1 && isMarkerKey(w.key);
    isMarker[i] = marker ? 1 : 0;
    firstMarker[i] = marker ? i : on > 0 ? firstMarker[on]! : -1;
    markers[i] = (marker ? 1 : 0) + (on > 0 ? markers[on]! : 0);
  }
  const nameStart = new Int32Array(n);
  const markersBefore = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && links[i - 1] === 1 && caps[i - 1] === 1 && caps[i] === 1) markersBefore[i] = markersBefore[i - 1]! + isMarker[i - 1]!;
    let start = i;
    if (i - 1 >= 0 && links[i - 1] === 1) {
      const pv = ws[i - 1]!;
      if (caps[i - 1] === 1 && (!NOT_NAMES.has(pv.key) || TITLES.has(pv.key) || given[i - 1] === 1)) start = nameStart[i - 1]!;
      // A particle, looked up once for both readings below.
      else if (!NAME_PARTICLES.has(pv.key)) start = i;
      else if (i - 2 >= 0 && caps[i - 2] === 1) start = nameStart[i - 2]!;
      else if (i - 3 >= 0 && NAME_PARTICLES.has(ws[i - 2]!.key) && caps[i - 3] === 1 && links[i - 2] === 1 && links[i - 3] === 1)
        start = nameStart[i - 3]!;
    }
    nameStart[i] = start;
  }
  const r = { titlesEnd, nameEnd, nounsEnd, nameStart, firstMarker, markers, markersBefore, given };
  runsOf.set(t.words, r);
  return r;
}

/**
 * `For`, `About` capitalised: a preposition, as only Title Case writes one inside a run of
 * capitals. Asked of a capitalised word's key only (runs knows each word's capital already).
 */
function isMarkerKey(key: string): boolean {
  return key !== "of" && (PREPOSITIONS.has(key) || key === "about");
}

/** How many capitalised prepositions make a run of capitals Title Case prose (`… Apologizes For Remark About …`). */
const TITLE_CASE_MARKERS = 2;

/**
 * `Liberal MP Apologizes For Flippant Remark About Opioid Deaths`: a headline in Title Case is
 * one run of capitals, no name. Where it holds two capitalised prepositions or more (a body's
 * name holds one at most: `Doctors Without Borders`), the name it opens ends before the verb
 * that stands before the first of them (`Apologizes`), or before the preposition itself after a
 * full name (`Jane Roe Under Fire For …`). Returns the name's last word, -1 for none, or `last`.
 */
function beforeTitleCase(t: Tokens, r: Runs, i: number, last: number): number {
  if (r.markers[i]! + r.markersBefore[i]! < TITLE_CASE_MARKERS) return last;
  const ws = t.words;
  const p = r.firstMarker[i]! >= 0 && r.firstMarker[i]! <= last ? r.firstMarker[i]! : last + 1;
  // Past a preposition of the headline, only a given name opens a name (`… For Jane Roe`).
  if (r.markersBefore[i]! > 0) return isGivenName(ws[i]!.text) ? p - 1 : -1;
  const end = p - 2 >= i && isGivenName(ws[p - 2]!.text) ? p - 1 : p - 2;
  // `Liberal MP Apologizes For …`: a title alone before the verb names nobody.
  return end >= i && !isTitle(ws[end]!) ? end : -1;
}

/** The name starting at word i: titles, capitalised words, particles and initials with only spaces between them. */
function nameForward(t: Tokens, i: number): number {
  const ws = t.words;
  const r = runs(t);
  const j = r.titlesEnd[i]!;
  const titled = j > i;
  if (!isNameWord(ws[j]!, titled, r.given[j] === 1) && !(titled && isCapitalised(ws[j]!.text))) return -1;
  return beforeTitleCase(t, r, i, r.nameEnd[j]!);
}

/** Heads of organisations' names that run on through `for`: `Canadian Centre for Housing Rights`, `Institute for Fiscal Studies`. */
const FOR_HEADS = new Set([
  "centre",
  "center",
  "institute",
  "coalition",
  "foundation",
  "alliance",
  "council",
  "association",
  "society",
  "fund",
  "network",
  "partnership",
  "campaign",
  "commission",
  "committee",
  "agency",
  "office",
]);

/**
 * The last word of an organisation's name that runs on through `of` (and `the`) from the
 * name ending at word `last`: `Ontario Chamber of Commerce`, `University of Toronto`,
 * `House of Commons`; or through `for` after a head that takes it (`Centre for Housing
 * Rights`). Returns `last` itself otherwise.
 */
function organisationEnd(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const of = ws[last + 1];
  const head = (of?.text === "of" && OF_HEADS.has(ws[last]!.key)) || (of?.text === "for" && FOR_HEADS.has(ws[last]!.key));
  if (!of || !(head || of.text === "of") || !joined(text, ws[last]!, of)) return last;
  let k = last + 2;
  if (ws[k]?.text === "the" && ws[k + 1] && joined(text, ws[k]!, ws[k + 1]!)) k++;
  if (!ws[k] || !joined(text, ws[k - 1]!, ws[k]!) || !isCapitalised(ws[k]!.text)) return last;
  const end = nameForward(t, k);
  // `Assembly of First Nations National Chief Jane Roe`, `Chiefs of Ontario Regional Chief Tom
  // Baker`: whatever the head, a body's name through `of` that runs into a titled full name
  // names that person; the title comes after the body's own words, not straight after `of`.
  // So too with the body's initials in brackets between (`Assembly of First Nations (AFN) Chief`).
  if (end >= 0 && (head || holdsTitledFullName(t, k + 1, end) || holderAfterInitials(t, end))) return end;
  return last;
}

/**
 * `Canadian Union of Public Employees (CUPE) President Jane Roe`: a body's name, its initials in
 * brackets, then a titled full name on the same line; the person is named, the body only says
 * where they work. Returns the titled name's first and last word, or undefined.
 */
function holderAfterInitials(t: Tokens, last: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  const initials = ws[last + 1];
  const next = ws[last + 2];
  // The bracket's character first: nearly every name has none after it, and skips the rest.
  if (!initials || !next || text.charCodeAt(initials.start - 1) !== 40 || !isCapitalised(next.text)) return undefined;
  if (!INITIALISM.test(initials.text)) return undefined;
  if (!OPEN_BRACKET.test(text.slice(ws[last]!.end, initials.start)) || !CLOSE_BRACKET.test(text.slice(initials.end, next.start)))
    return undefined;
  const end = nameForward(t, last + 2);
  return end >= 0 && isTitle(next) && holdsTitledFullName(t, last + 2, end) ? { first: last + 2, last: end } : undefined;
}

const OPEN_BRACKET = /^ \($/;
const CLOSE_BRACKET = /^\) $/;

/** Whether a determiner stands just before word i, only spaces between (`the Health Minister`). */
function afterDeterminer(t: Tokens, i: number): boolean {
  const before = t.words[i - 1];
  return !!before && DETERMINERS.has(before.key) && joined(t.text, before, t.words[i]!);
}

/**
 * An office a person holds (`minister`, `leader`, `officer`), not a rank that opens a name
 * (`Dr.`), a portfolio (`Health`) nor a party (`Tennessee Republican` is a member, no office).
 */
export function isOffice(key: string): boolean {
  return TITLES.has(key) && isSpeakerNoun(key) && !PARTY_MEMBERS.has(key);
}

const PARTY_MEMBERS = new Set(["democratic", "democrat", "republican", "independent", "libertarian", "gop"]);

/** A nationality's form (`Canadian`, `Chinese`, `British`, `Israeli`), ending as most do. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/**
 * `Canadian woman`, `Regina man`: a nationality or a place, then one lower-case noun, says
 * only where someone is from; it names no one, as `French officials` does not. Not a given
 * name (`Brian`) nor a party's member (`Republican senator`).
 */
export function onlyOrigin(words: string[]): boolean {
  const [origin, head] = words;
  if (words.length !== 2 || !origin || !head || !/^\p{Ll}+$/u.test(head)) return false;
  if (isPlace([origin.toLowerCase()])) return true;
  return NATIONALITY.test(origin) && !isGivenName(origin) && !PARTY_MEMBERS.has(origin.toLowerCase());
}

/** How many capitalised words a portfolio may take before its holder's name (`Mental Health and Addictions`). */
const PORTFOLIO_MAX_WORDS = 4;

/**
 * `Chief Medical Officer of Health Dr. Jane Roe`, `Minister of Finance Jane Roe`: an office
 * named with its portfolio (`of` and capitalised words) runs straight into its holder's name,
 * as Canadian and British titles do. Parsed as one capitalised run it named nobody (`Medical
 * Officer`). The holder is named from a title (`Dr.`) or a given name after the portfolio's
 * first word, to the run's end. Returns the holder's first and last word, or undefined.
 */
export function holderAfterPortfolio(t: Tokens, office: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  const of = ws[office + 1];
  const portfolio = office + 2;
  if (of?.text !== "of" || !joined(text, ws[office]!, of) || !(isSpeakerNoun(ws[office]!.key) || TITLES.has(ws[office]!.key)))
    return undefined;
  if (ws[portfolio]?.text === "the" && ws[portfolio + 1] && joined(text, of, ws[portfolio]!)) return holderAfterBody(t, portfolio + 1);
  if (!ws[portfolio] || !joined(text, of, ws[portfolio]!) || !isCapitalised(ws[portfolio]!.text)) return undefined;
  const end = runs(t).nameEnd[portfolio]!;
  for (let k = portfolio + 1; k < end && k - portfolio <= PORTFOLIO_MAX_WORDS; k++) {
    t.work.add();
    if (isTitle(ws[k]!) || isGivenName(ws[k]!.text)) return { first: k, last: end };
  }
  return undefined;
}

/**
 * `president of the Ontario Federation of Labour Jane Roe`, `Minister of the Environment Tom
 * Baker`: after `of the`, a body's name (running on through its own `of`) that runs straight into
 * a full name, the holder's. The holder opens with a title before two words or more, or a given
 * name before a surname, after the body's first word, and holds no body's word (`the St.
 * Michael's Hospital board`); `Tk’emlups te Secwépemc First Nation` holds neither.
 */
function holderAfterBody(t: Tokens, body: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  if (!joined(text, ws[body - 1]!, ws[body]!) || !isCapitalised(ws[body]!.text)) return undefined;
  const name = nameForward(t, body);
  if (name < 0) return undefined;
  const end = organisationEnd(t, name);
  for (let k = body + 1; k < end && k - body <= PORTFOLIO_MAX_WORDS + 2; k++) {
    t.work.add();
    // A title before a full name (`Dr. Jane Roe`), or a given name before a surname.
    const opens = isTitle(ws[k]!) ? end - k >= 2 : isGivenName(ws[k]!.text) && end > k;
    if (!opens) continue;
    for (let j = k; j <= end; j++) if (ORGANISATION_NOUNS.has(ws[j]!.key) || isPossessive(ws[j]!)) return undefined;
    return { first: k, last: end };
  }
  return undefined;
}

/**
 * The word after an `and` that follows word `last`, the three joined by spaces alone (`Ontario
 * Premier and Council Chair`, `Public Safety and Emergency Preparedness`): where a second part
 * of one name or office starts. -1 when there is none.
 */
function partAfterAnd(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const and = ws[last + 1];
  const part = ws[last + 2];
  return and?.text === "and" && part && joined(text, ws[last]!, and) && joined(text, and, part) ? last + 2 : -1;
}

/**
 * `Public Services and Procurement Minister Jane Roe`, `Mental Health and Addictions Minister
 * Jane Roe`: a portfolio of two parts joined by `and` before its office and holder. The
 * capitalised run stops at `and`, and left the portfolio's first part (`Public Services`) as a
 * name. The holder is the run after `and` when an office in it comes after a portfolio word;
 * the office is dropped when the cast reads the name. Returns the run's first and last word, or undefined.
 */
export function holderAfterJoinedPortfolio(t: Tokens, first: number, last: number): { first: number; last: number } | undefined {
  const ws = t.words;
  const part = partAfterAnd(t, last);
  if (part < 0) return undefined;
  // `Premier Jane Roe and Quebec Premier Tom Baker`: a first part with a title or a given name is a person.
  if (last - first >= PORTFOLIO_MAX_WORDS) return undefined;
  for (let k = first; k <= last; k++) if (isTitle(ws[k]!) || isGivenName(ws[k]!.text)) return undefined;
  // `Jagmeet Singh and Prime Minister Justin Trudeau` are two people: the second part must be a portfolio's words, not a title.
  if (!isCapitalised(ws[part]!.text) || isGivenName(ws[part]!.text) || openingTitle(t, part)) return undefined;
  const end = runs(t).nameEnd[part]!;
  for (let k = part + 1; k < end && k - part <= PORTFOLIO_MAX_WORDS; k++) {
    t.work.add();
    if (isOffice(ws[k]!.key) && isCapitalised(ws[k]!.text)) return { first: part, last: end };
  }
  return undefined;
}

/**
 * Whether the title at word i opens a person's title rather than a portfolio: `Prime Minister`,
 * `Sen. Tom Baker`, `President`. Some portfolios are titles' words too (`Treasury Board
 * Minister`, `Health and Wellness Minister`): not an office, and running on to no name nor title.
 */
function openingTitle(t: Tokens, i: number): boolean {
  const ws = t.words;
  if (!TITLES.has(ws[i]!.key)) return false;
  const next = ws[i + 1];
  return isOffice(ws[i]!.key) || ws[i]!.text.endsWith(".") || !next || isTitle(next) || isGivenName(next.text);
}

/**
 * Whether a capitalised run ending at `last` holds a titled full name: a title (`Chief`,
 * `President`) at `from` or after, then two or more name words to the run's end (`First Nations
 * National Chief Jane Roe`, `Council Chair Tom Baker`). Such a run names the person at its end,
 * the words before the title being a place's or a body's name.
 */
export function holdsTitledFullName(t: Tokens, from: number, last: number): boolean {
  const ws = t.words;
  for (let k = from; k <= last - 2; k++) {
    t.work.add();
    if (isTitle(ws[k]!) && !TITLES.has(ws[k + 1]!.key)) return true;
  }
  return false;
}

/**
 * `Ontario Premier and Council Chair Jane Roe`: two offices joined by `and` before one holder's
 * name. The run stopped at `and` and left the first office (`Ontario Premier`) as a name. The
 * first part ends in a title and holds no given name (`Premier Jane Roe and …` are two people);
 * the part after `and` holds a titled full name, which is the holder. Returns that part's first
 * and last word, or undefined.
 */
export function holderAfterJoinedTitles(t: Tokens, first: number, last: number): { first: number; last: number } | undefined {
  const ws = t.words;
  const part = partAfterAnd(t, last);
  if (part < 0) return undefined;
  if (!isTitle(ws[last]!) || last - first >= PORTFOLIO_MAX_WORDS || !isCapitalised(ws[part]!.text)) return undefined;
  for (let k = first; k <= last; k++) if (isGivenName(ws[k]!.text)) return undefined;
  const end = runs(t).nameEnd[part]!;
  return holdsTitledFullName(t, part, end) ? { first: part, last: end } : undefined;
}

/** How many descriptions one phrase may chain through links (`a spokesman for the council of …`). */
const MAX_LINKED_PHRASES = 3;

/** The noun phrase starting at word i, or undefined. */
export function npForward(t: Tokens, i: number, depth = 0): Mention | undefined {
  const { text, words: ws } = t;
  const w = ws[i];
  if (!w) return undefined;
  t.work.add();
  if ((PERSONAL_PRONOUNS.has(w.key) && w.text !== "It") || w.key === "it") {
    return { start: w.start, end: w.end, kind: "pronoun", first: i, last: i };
  }
  // `the Rev. Jane Doe`
  if (w.key === "the" && ws[i + 1] && joined(text, w, ws[i + 1]!) && isTitle(ws[i + 1]!)) {
    const m = npForward(t, i + 1, depth);
    if (m && m.kind === "name") return { ...m, start: w.start, first: i };
  }
  // `Ward 3 Coun. Jane Roe`: a numbered ward before a councillor's title says whom she represents.
  const councillor = pastWardNumber(t, i);
  if (councillor > i) return npForward(t, councillor, depth);
  const counted = pastCount(t, i);
  if (isCapitalised(w.text) && !DETERMINERS.has(w.key) && counted === i) {
    const name = nameForward(t, i);
    const last = name >= 0 ? organisationEnd(t, name) : -1;
    const holder =
      last >= 0
        ? (holderAfterPortfolio(t, last) ??
          holderAfterJoinedPortfolio(t, i, last) ??
          holderAfterJoinedTitles(t, i, last) ??
          holderAfterInitials(t, last))
        : undefined;
    if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
    // `The Opposition Leader’s comments`: capitalised words that end in an office, after a
    // determiner, name nobody; like `the leader`, they describe the office's holder, named elsewhere.
    // `Minister says he won't …` in a headline: an office alone, capitalised to open the sentence, describes its holder as `the minister` would.
    if (last === i && isOffice(w.key) && !isPossessive(w))
      return withLink(t, { start: w.start, end: w.end, kind: "nominal", first: i, last }, depth);
    if (last > i && isOffice(ws[last]!.key) && afterDeterminer(t, i))
      return withLink(t, { start: w.start, end: ws[last]!.end, kind: "nominal", first: i, last }, depth);
    if (last >= 0) {
      // `Russia's President Putin`: a possessive name qualifies the name after it.
      const owned = ws[last + 1];
      if (
        owned &&
        isCapitalised(owned.text) &&
        ((isPossessive(ws[last]!) && joined(text, ws[last]!, owned)) || pluralPossessiveBefore(text, ws[last]!, owned))
      ) {
        const more = nameForward(t, last + 1);
        // `Unifor's Twitter account`: the medium is the owner's, not a name of its own.
        const medium = more >= 0 ? ws[more + 1] : undefined;
        if (medium && MEDIUM_NOUNS.has(medium.key) && joined(text, ws[more]!, medium))
          return withLink(t, { start: w.start, end: medium.end, kind: "nominal", first: i, last: more + 1 }, depth);
        // `Jane Roe’s Riverside office`: a person's full name owns what follows, which names no one.
        if (more >= 0 && ownsNoName(t, i, last, more))
          return withLink(t, { start: w.start, end: ws[last]!.end, kind: "name", first: i, last }, depth);
        // `Ontario's Minister of Long-Term Care Jane Roe`: the office after the possessive names its holder.
        const holder = more >= 0 ? holderAfterPortfolio(t, more) : undefined;
        if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
        if (more >= 0) return withLink(t, { start: w.start, end: ws[more]!.end, kind: "name", first: i, last: more }, depth);
      }
      return withLink(t, { start: w.start, end: ws[last]!.end, kind: "name", first: i, last }, depth);
    }
  }
  // A description: determiner, a few modifiers, a speaker noun.
  const det = counted > i ? counted - i : DETERMINERS.has(w.key) || isPossessive(w) ? 1 : 0;
  for (let k = i + det; k < Math.min(ws.length, i + det + 6); k++) {
    t.work.add();
    if (k > i && !joinedInDescription(text, ws[k - 1]!, ws[k]!)) break;
    // `the Halifax, N.S., resident`, `the longtime Regina native`: a place before a noun of residence.
    const place = det && isCapitalised(ws[k]!.text) ? nameForward(t, k) : -1;
    const home = place >= 0 ? residenceAfter(t, place) : -1;
    if (home >= 0) return withLink(t, { start: w.start, end: ws[home]!.end, kind: "nominal", first: i, last: home }, depth);
    if (isSpeakerNoun(ws[k]!.key) && (det || k === i)) {
      // Take the last of a run of nouns: `the campaign spokesman`.
      const head = runs(t).nounsEnd[k]!;
      const holder = holderAfterPortfolio(t, head);
      if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
      // `lead author Dr. Jane Doe`: a description that runs straight into a name is her title.
      const next = ws[head + 1];
      if (next && joined(text, ws[head]!, next) && isCapitalised(next.text)) {
        const last = nameForward(t, head + 1);
        // `the union’s Twitter account`: a possessor's name of a medium is no one's title.
        const medium = last >= 0 && isPossessive(ws[head]!) ? ws[last + 1] : undefined;
        if (medium && MEDIUM_NOUNS.has(medium.key) && joined(text, ws[last]!, medium))
          return withLink(t, { start: w.start, end: medium.end, kind: "nominal", first: i, last: last + 1 }, depth);
        // `the 16-year-old Swedish activist`, `a 45-year-old Toronto man`: capitalised words
        // before another person's noun qualify it; the description runs on to that noun.
        const home = last >= 0 ? residenceAfter(t, last) : -1;
        if (home >= 0) return withLink(t, { start: w.start, end: ws[home]!.end, kind: "nominal", first: i, last: home }, depth);
        if (last >= 0 && !qualifiesSpeakerNoun(t, last))
          return { start: next.start, end: ws[last]!.end, kind: "name", first: head + 1, last };
        if (last >= 0) {
          k = last;
          continue;
        }
      }
      return withLink(t, { start: w.start, end: ws[head]!.end, kind: "nominal", first: i, last: head }, depth);
    }
    if (!det && k === i) break;
    if (LINKS.has(ws[k]!.key) || DESCRIPTION_ENDS.has(ws[k]!.key)) break;
  }
  return undefined;
}

/**
 * `said Hydro-Québec’s vice-president`, `Acme’s spokesperson said`: a possessor's name before a
 * lower-case person's noun names whose that person is, not who speaks; the phrase is a
 * description of someone the text names elsewhere (or no one), as `the agency’s vice-president`
 * is. So is a body's name straight before an office (`says Manitoba NDP leader`). Returns that
 * description, or undefined when no person's noun follows within a few words.
 */
export function roleAfterPossessor(t: Tokens, m: Mention): Mention | undefined {
  const { text, words: ws } = t;
  if (m.kind !== "name") return undefined;
  const last = m.last;
  // `says Manitoba NDP leader`: a body's name straight before a lower-case office is its holder's
  // description, as the possessive is; the office ends it, with no name after (checked below).
  // Not after an article (`said the Democratic nominee`), whose description is read as before.
  const office = ws[last + 1];
  const bare = !DETERMINERS.has(ws[m.first]!.key) && !(m.first > 0 && DETERMINERS.has(ws[m.first - 1]!.key));
  if (!isPossessive(ws[last]!) && !(bare && office && isLowerCase(office.text) && isOffice(office.key) && joined(text, ws[last]!, office)))
    return undefined;
  for (let k = last + 1; k < Math.min(ws.length, last + 5); k++) {
    t.work.add();
    if (!joinedInDescription(text, ws[k - 1]!, ws[k]!) || !isLowerCase(ws[k]!.text)) return undefined;
    // `vice-president`, `co-chair`: a hyphenated office ends in its noun.
    const key = ws[k]!.key;
    if (isSpeakerNoun(key) || isSpeakerNoun(key.slice(key.lastIndexOf("-") + 1))) {
      const head = runs(t).nounsEnd[k]!;
      // `Acme’s vice-president Jane Roe`: a name after the noun is the speaker, found as before.
      const next = ws[head + 1];
      if (next && joined(text, ws[head]!, next) && isCapitalised(next.text)) return undefined;
      return { start: m.start, end: ws[head]!.end, kind: "nominal", first: m.first, last: head };
    }
    if (LINKS.has(ws[k]!.key) || DESCRIPTION_ENDS.has(ws[k]!.key)) return undefined;
  }
  return undefined;
}

/**
 * Numbered divisions: seats a representative is elected in (`Ward 3`, `District 5`, `Riding 12`)
 * and units of a body (`Local 233`, `Lodge 12`, `Branch 4`).
 */
const NUMBERED_UNITS = new Set(["ward", "district", "division", "riding", "zone", "local", "lodge", "branch", "chapter", "unit"]);

/** Whether word i is a numbered division's word and the word after it its number (`Local 233`, `Ward 3`). */
function numberedUnitAt(t: Tokens, i: number): boolean {
  const unit = t.words[i];
  const number = t.words[i + 1];
  return !!unit && !!number && NUMBERED_UNITS.has(unit.key) && /^\d{1,4}$/.test(number.text) && joined(t.text, unit, number);
}

/**
 * The title after a numbered seat (`Ward 3 Coun. Jane Roe`): the name starts at the title, since
 * the number stops the capitalised run and left `Ward` alone as the name. Returns i otherwise.
 */
function pastWardNumber(t: Tokens, i: number): number {
  const { text, words: ws } = t;
  const title = ws[i + 2];
  if (!isCapitalised(ws[i]!.text) || !numberedUnitAt(t, i) || !title || !joined(text, ws[i + 1]!, title)) return i;
  return isTitle(title) ? i + 2 : i;
}

/** Nouns of a rough count that take `of` before what they count: `hundreds of nurses`. */
const COUNT_NOUNS = new Set(["dozens", "hundreds", "thousands", "scores"]);
/** Words that make a number a rough one: `about 200 protesters`. */
const APPROXIMATORS = new Set(["about", "around", "roughly", "nearly", "almost", "some", "over"]);
const NUMERAL = /^\d[\d,]*$/;

/**
 * The word after a count that opens a description (`about 200 protesters`, `Hundreds of striking
 * nurses`, `dozens of farmers`): a count stands where a determiner would, and the people it counts
 * are the description's head. Returns i when no count opens it.
 */
function pastCount(t: Tokens, i: number): number {
  const ws = t.words;
  const k = APPROXIMATORS.has(ws[i]!.key) && ws[i + 1] && joined(t.text, ws[i]!, ws[i + 1]!) ? i + 1 : i;
  const w = ws[k]!;
  const next = ws[k + 1];
  if (!next || !joined(t.text, w, next)) return i;
  if (NUMERAL.test(w.text)) return k + 1;
  if (k === i && COUNT_NOUNS.has(w.key) && next.key === "of" && ws[k + 2] && joined(t.text, next, ws[k + 2]!)) return k + 2;
  return i;
}

/** Whether the lower-case word right after word `last` is a person's noun, which the words before it qualify. */
function qualifiesSpeakerNoun(t: Tokens, last: number): boolean {
  const next = t.words[last + 1];
  return next !== undefined && LOWER_WORD.test(next.text) && isSpeakerNoun(next.key) && joined(t.text, t.words[last]!, next);
}

/**
 * The noun of where one lives or comes from that a place qualifies (`the 21-year-old Mississauga
 * native`, `the Halifax, N.S., resident`, the province set off by commas): its index, or -1.
 */
function residenceAfter(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  // Two places to look, without an array made per call (asked at every capitalised word after a determiner).
  for (let k = last + 1; k <= last + 2; k++) {
    const noun = ws[k];
    if (!noun || !RESIDENCE_HEADS.has(noun.key) || !LOWER_WORD.test(noun.text)) continue;
    const gap = text.slice(ws[last]!.end, noun.start);
    if (k === last + 1 ? joined(text, ws[last]!, noun) : PLACE_SET_OFF.test(gap)) return k;
  }
  return -1;
}

/** A province's or state's abbreviation set off by commas after a place: `, Ont., `, `, N.S., `. */
const PLACE_SET_OFF = /^, \p{Lu}[\p{L}.]{0,5},\s+$/u;

/** A lower-case word (hyphens allowed), compiled once: tested for every role word. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+$/u;

/**
 * An office written in lower case right before a person's name (`integrity commissioner Jane
 * Roe`, `ombudsman Tom Baker`), as many outlets write an office that is not a formal title: it
 * is the person's title all the same, which `the commissioner` later refers to. A kin noun
 * (`her sister Jane Roe`) is a relation, not an office.
 */
export function lowerCaseOfficeBefore(t: Tokens, mention: Mention): string | undefined {
  const prev = t.words[mention.first - 1];
  if (!prev || !isLowerCase(prev.text) || !isOffice(prev.key) || KIN_NOUNS.has(prev.key)) return undefined;
  return t.text.slice(prev.end, mention.start) === " " ? prev.key : undefined;
}

/** A union local's or a unit's bare number after its name (`CUPE 500`, `Ward 3`): not a year, which would read as a date. */
export const BARE_UNIT_NUMBER = /^\d{1,3}$/;

/** How many role words may stand between an affiliation and a name (`Labour party deputy leader Jane Doe`). */
const ROLE_MAX_WORDS = 4;

/**
 * `Opposition leader Peter Dutton`, `Fraser Institute director Maria Lopez`: an affiliation
 * name, then lower-case role words, then the person's name, only spaces between. The person
 * is the speaker; the affiliation only says where they work. Returns `m` otherwise.
 */
export function personAfterAffiliation(t: Tokens, m: Mention, anyRole = false): Mention {
  const { text, words: ws } = t;
  if (m.kind !== "name") return m;
  // `Weldon, Sask., resident Jane Roe`: the town's province set off by commas is the town's too.
  const region = pastRegion(t, m.last);
  let k = region >= 0 ? region : anyRole ? placeOfEnd(t, m.last) + 1 : m.last + 1;
  // `UNIFOR Local 233 president Jane Roe`: a unit's number closes the body's name.
  if (numberedUnitAt(t, k - 1)) k++;
  // `CUPE 500 president Jane Roe`, `Teamsters 879 steward Jane Roe`: a local's number written
  // right after the union's name, without `Local`, closes it the same way.
  else if (k < ws.length && BARE_UNIT_NUMBER.test(ws[k]!.text) && joined(text, ws[k - 1]!, ws[k]!)) k++;
  // `Environment and Climate Change Canada climatologist Jane Roe`: a body's name joined by `and`
  // runs on past it; the run stopped at `and`. Not after a person's name (`Jane Roe and Acme staff`).
  k = pastJoinedBodyName(t, m, k);
  const from = k - 1;
  let role = false;
  // Whether a lower-case word that is no role's came before the role (`labour` in `Quebec labour
  // minister Jane Roe`): it qualifies an office only, so the name must follow one.
  let qualified = false;
  // `Montreal police (SPVM) spokesperson Jane Roe`: the body's acronym in brackets, once, only names it again.
  let acronym = bracketedAcronymAt(t, k) ? k++ : -1;
  const pastAcronym = (j: number) => j === acronym + 1 && /^\) +$/.test(text.slice(ws[j - 1]!.end, ws[j]!.start));
  while (
    k < ws.length &&
    k - from <= ROLE_MAX_WORDS + (role ? PORTFOLIO_MAX_WORDS : 0) &&
    (joined(text, ws[k - 1]!, ws[k]!) ||
      k === region ||
      (k === m.last + 1 && pluralPossessiveBefore(text, ws[k - 1]!, ws[k]!)) ||
      pastAcronym(k)) &&
    !isCapitalised(ws[k]!.text)
  ) {
    t.work.add();
    const key = ws[k]!.key;
    // After an inverted verb (`said Toronto cashier Maria Santos`) any noun can be the role.
    const roleWord = isSpeakerNoun(key) || (anyRole && LOWER_WORD.test(ws[k]!.text) && !FUNCTION_WORDS.has(key) && !LINKS.has(key));
    // `vice-provost of teaching and learning Jane Roe`: a role's portfolio in lower case.
    // `NDP MP and health critic Jane Roe`: a second office joined to the one closing the name.
    const portfolio =
      ((anyRole && role && (key === "of" || key === "and")) || (k === m.last + 1 && key === "and" && isOffice(ws[m.last]!.key))) &&
      ws[k]!.text === key;
    const qualifier =
      !role && !roleWord && !portfolio && !TITLES.has(key) && LOWER_WORD.test(ws[k]!.text) && !FUNCTION_WORDS.has(key) && !LINKS.has(key);
    if (!roleWord && !portfolio && !TITLES.has(key) && !qualifier) return m;
    qualified ||= qualifier;
    role ||= roleWord;
    k++;
    if (acronym < 0 && bracketedAcronymAt(t, k)) acronym = k++;
  }
  // `said Milton resident and hospital crusader, Jane Roe.`: after an inverted verb, a comma may
  // set the name off from its role; the name then closes the clause.
  const setOff = anyRole && k < ws.length && text.slice(ws[k - 1]!.end, ws[k]!.start) === ", ";
  if (!role || k >= ws.length || !(joined(text, ws[k - 1]!, ws[k]!) || pastAcronym(k) || setOff)) return m;
  if (qualified && !isOffice(ws[k - 1]!.key)) return m;
  const last = nameForward(t, k);
  if (setOff && (last < 0 || !/^[,.;]/.test(text.slice(ws[last]!.end, ws[last + 1]?.start ?? text.length)))) return m;
  return last >= 0 ? { start: ws[k]!.start, end: ws[last]!.end, kind: "name", first: k, last } : m;
}

/** How many words a province's or state's name may take after a town's (`Prince Edward Island`). */
const REGION_MAX_WORDS = 3;

/**
 * `Weldon, Sask., resident`, `Austin, Texas, teacher`: after a town's name, its province or state
 * set off by commas, then a word in lower case. Returns that word's index, or -1. `Man.` is
 * Manitoba there, though `man` is no place's name elsewhere.
 */
function pastRegion(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const first = ws[last + 1];
  // `, ` read as two characters: asked after every name, nearly none of which a comma follows.
  const gap = ws[last]!.end;
  if (!first || first.start - gap !== 2 || text.charCodeAt(gap) !== 44 || text.charCodeAt(gap + 1) !== 32 || !isCapitalised(first.text))
    return -1;
  const keys: string[] = [];
  for (let end = last + 1; end <= last + REGION_MAX_WORDS && ws[end + 1]; end++) {
    t.work.add();
    if (end > last + 1 && (!joined(text, ws[end - 1]!, ws[end]!) || !isCapitalised(ws[end]!.text))) return -1;
    keys.push(ws[end]!.key);
    const manitoba = end === last + 1 && first.key === "man" && (first.text === "Man." || text[first.end] === ".");
    if (!isPlace(keys) && !manitoba) continue;
    const next = ws[end + 1]!;
    return /^\.?, +$/.test(text.slice(ws[end]!.end, next.start)) && isLowerCase(next.text) ? end + 1 : -1;
  }
  return -1;
}

/** Whether word k is an acronym in brackets right after the word before it: `police (SPVM)`. */
function bracketedAcronymAt(t: Tokens, k: number): boolean {
  const w = t.words[k];
  // The brackets, one character each, are read before the expression: nearly no word has them.
  if (!w || t.text.charCodeAt(w.start - 1) !== 40 || t.text[w.end] !== ")") return false;
  return INITIALISM.test(w.text) && t.text.slice(t.words[k - 1]!.end, w.start) === " (";
}

/** The word after a body's name continued past `and` (`Fisheries and Oceans Canada`) from word k, or k itself. */
function pastJoinedBodyName(t: Tokens, m: Mention, k: number): number {
  const { text, words: ws } = t;
  const and = ws[k];
  const next = ws[k + 1];
  if (and?.text !== "and" || !next || !joined(text, ws[k - 1]!, and) || !joined(text, and, next) || !isCapitalised(next.text)) return k;
  for (let j = m.first; j <= m.last; j++) if (isGivenName(ws[j]!.text) || isTitle(ws[j]!)) return k;
  return runs(t).nameEnd[k + 1]! + 1;
}

/**
 * `U of S`, `University of Regina`: a place's name that runs on through `of` to a capitalised
 * name, before a role in lower case (`said U of S vice-provost … Jane Roe`). Returns the last
 * word of the place, `last` itself when no `of` follows.
 */
function placeOfEnd(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const of = ws[last + 1];
  const next = ws[last + 2];
  if (of?.text !== "of" || !next || !joined(text, ws[last]!, of) || !joined(text, of, next)) return last;
  // `Lake of the Woods`, `University of the Fraser Valley`: `the` may open the name after `of`.
  const at = next.text === "the" && ws[last + 3] && joined(text, next, ws[last + 3]!) ? last + 3 : last + 2;
  if (!isCapitalised(ws[at]!.text)) return last;
  const end = nameForward(t, at);
  // A short initialism (`S`, `UBC`) is a name of its own there.
  return end >= 0 ? end : /^\p{Lu}{1,4}$/u.test(ws[at]!.text) ? at : last;
}

/**
 * `Bombers’ head coach`: a plural's possessive apostrophe stands outside its word (a word ends
 * at a letter), so only the apostrophe and spaces may lie between the two words. The team's
 * role words still run on to the person's name.
 */
export function pluralPossessiveBefore(text: string, a: Word, b: Word): boolean {
  const c = text[a.end];
  if ((c !== "'" && c !== "’") || !a.text.endsWith("s")) return false;
  return joined(text, { ...a, end: a.end + 1 }, b);
}

/** Two words of one description: `the upbeat Flames’ interim head coach` runs on over the plural's apostrophe. */
function joinedInDescription(text: string, a: Word, b: Word): boolean {
  return joined(text, a, b) || pluralPossessiveBefore(text, a, b);
}

/** How many words a description may run to before a name set off after it (`Acme's vice-president of sales, Jane Roe`). */
const SET_OFF_MAX_WORDS = 8;
/** What may follow a name set off after a description: the clause ends, or another comma sets it off. */
const SET_OFF_CLOSE = /^\s*[,.;:!?)]/;

/**
 * `said the company's spokesperson, Jane Roe.`, `said Acme's chief executive, Tom Baker, on
 * Monday`: a description (or a possessive name that opens one) followed by a full name set off
 * by a comma names its speaker by that name. The name must end its clause or be set off again,
 * so a list (`the mayor, Jane Roe and Tom Baker`) is left alone.
 */
export function nameSetOffAfter(t: Tokens, m: Mention, end: number): Mention {
  const { text, words: ws } = t;
  const possessive = m.kind === "name" && APOSTROPHE_S.test(ws[m.last]!.text);
  // `said Parks Canada visitor safety officer, Jane Roe`: a body's name, then its role in lower
  // case ending in a person's noun (or its office capitalised), sets off the name as the possessive does.
  const affiliation = m.kind === "name" && !possessive;
  if (m.kind !== "nominal" && m.kind !== "name") return m;
  let k = m.last;
  let role = m.kind === "nominal";
  while (k + 1 < ws.length && k - m.last < SET_OFF_MAX_WORDS && joined(text, ws[k]!, ws[k + 1]!)) {
    t.work.add();
    k++;
    if (affiliation && !roleWordOfBody(ws[k]!)) return m;
    role ||= isSpeakerNoun(ws[k]!.key);
  }
  // `said Saskatchewan Party MLA, Jane Roe`: the office closes the body's name itself.
  const office = k === m.last && m.last > m.first && isOffice(ws[k]!.key);
  if (affiliation && !office && (k === m.last || !isSpeakerNoun(ws[k]!.key))) return m;
  role ||= office;
  const next = ws[k + 1];
  if (!next || next.end > end || !/^,\s+$/.test(text.slice(ws[k]!.end, next.start))) return m;
  // `said Roe's introducer, actress Jane Doe`: a role of the person's own before the name set off.
  const first = pastBareRole(t, k + 1);
  if (!role && !(possessive && first > k + 1)) return m;
  const last = nameForward(t, first);
  // A full name, two words or more: a lone capitalised word after a comma is too often not one.
  if (last <= first || ws[last]!.end > end) return m;
  const after = ws[last + 1];
  if (after && after.start < end && !SET_OFF_CLOSE.test(text.slice(ws[last]!.end, after.start))) return m;
  return { start: ws[first]!.start, end: ws[last]!.end, kind: "name", first, last };
}

/** A lower-case word of a role after a body's name (`fire information officer`): no function word nor link (`in a statement`). */
function roleWordOfBody(w: Word): boolean {
  return LOWER_WORD.test(w.text) && !FUNCTION_WORDS.has(w.key) && !LINKS.has(w.key);
}

/** How many lower-case role words may stand before a name set off (`actress`, `fellow senator`). */
const BARE_ROLE_WORDS = 2;

/** The first word after the lower-case speaker nouns at i that run straight into a capitalised word, or i when there are none. */
function pastBareRole(t: Tokens, i: number): number {
  const ws = t.words;
  let j = i;
  while (
    j - i < BARE_ROLE_WORDS &&
    ws[j + 1] &&
    /^\p{Ll}/u.test(ws[j]!.text) &&
    isSpeakerNoun(ws[j]!.key) &&
    joined(t.text, ws[j]!, ws[j + 1]!)
  )
    j++;
  return j > i && isCapitalised(ws[j]!.text) ? j : i;
}

/** `a spokesman for the Treasury Department`: a description runs on through one link to a name. */
function withLink(t: Tokens, m: Mention, depth: number): Mention {
  const { text, words: ws } = t;
  const link = ws[m.last + 1];
  if (depth >= MAX_LINKED_PHRASES || m.kind !== "nominal" || !link || !DESCRIPTION_LINKS.has(link.key) || !joined(text, ws[m.last]!, link))
    return m;
  let k = m.last + 2;
  if (ws[k] && ARTICLES.has(ws[k]!.key)) k++;
  const n = ws[k] && joined(text, ws[k - 1]!, ws[k]!) ? npForward(t, k, depth + 1) : undefined;
  if (!n || n.kind === "pronoun") return m;
  return { ...m, end: n.end, last: n.last };
}

/** How many words a place's name may take after its first word: `New York`, `New Hampshire`. */
const PLACE_REST_WORDS = 2;

/**
 * Whether the capitalised word before the name run i..j is a word that is no name (`New`,
 * `The`) opening a place's name with the run: `New York`, `The Hague`. Reads at most three
 * words, and looks the place up only after a capitalised word of NOT_NAMES.
 */
function opensPlace(t: Tokens, i: number, j: number): boolean {
  const ws = t.words;
  const pv = ws[i - 1];
  if (!pv || j - i >= PLACE_REST_WORDS || !isCapitalised(pv.text) || !NOT_NAMES.has(pv.key) || !joined(t.text, pv, ws[i]!)) return false;
  const keys = [pv.key];
  for (let k = i; k <= j; k++) keys.push(ws[k]!.key);
  return isPlace(keys);
}

/** The noun phrase that ends with word j, or undefined. */
export function npBackward(t: Tokens, j: number, depth = 0): Mention | undefined {
  const { text, words: ws } = t;
  const w = ws[j];
  if (!w) return undefined;
  t.work.add();
  if (PERSONAL_PRONOUNS.has(w.key)) return { start: w.start, end: w.end, kind: "pronoun", first: j, last: j };
  if (w.key === "who" || w.key === "which") return { start: w.start, end: w.end, kind: "relative", first: j, last: j };
  let i = j;
  if (isCapitalised(w.text)) {
    const r = runs(t);
    i = r.nameStart[j]!;
    // `New York`, `The Hague`: a place whose name opens with a word that is no name (`New`) is
    // named whole, or `York` alone would stand as a person a later `he said` could resolve to.
    if (opensPlace(t, i, j)) return { start: ws[i - 1]!.start, end: w.end, kind: "name", first: i - 1, last: j };
    if (NOT_NAMES.has(ws[i]!.key) && i === j) return undefined;
    while (i < j && NOT_NAMES.has(ws[i]!.key) && !isTitle(ws[i]!) && r.given[i] !== 1) {
      t.work.add();
      i++;
    }
  } else if (isSpeakerNoun(w.key)) {
    while (i - 1 >= 0 && j - i < 6 && joinedInDescription(text, ws[i - 1]!, ws[i]!) && !DETERMINERS.has(ws[i]!.key)) {
      t.work.add();
      const pv = ws[i - 1]!;
      if (pv.key === "that") break;
      if (LINKS.has(pv.key) || BEFORE_DESCRIPTION.has(pv.key)) break;
      if (pv.key === "according") break;
      i--;
    }
  } else return undefined;
  // `a spokesperson for the Council`: reach back through one link to the description.
  let k = i - 1;
  if (k >= 0 && ARTICLES.has(ws[k]!.key) && joined(text, ws[k]!, ws[i]!)) k--;
  // `a statement by Acme said`: a writing runs on through `by` to its author, as it does through `from`.
  const byWriting = ws[k]?.key === "by" && k - 1 >= 0 && ISSUED_WRITINGS.has(ws[k - 1]!.key);
  if (
    depth < MAX_LINKED_PHRASES &&
    k >= 0 &&
    (DESCRIPTION_LINKS.has(ws[k]!.key) || byWriting) &&
    k - 1 >= 0 &&
    joined(text, ws[k - 1]!, ws[k]!)
  ) {
    const desc = npBackward(t, k - 1, depth + 1);
    if (desc && desc.kind === "nominal") return { ...desc, end: w.end, last: j };
  }
  // `that` before a noun phrase is far more often the conjunction than the determiner.
  if (i - 1 >= 0 && DETERMINERS.has(ws[i - 1]!.key) && ws[i - 1]!.key !== "that" && joined(text, ws[i - 1]!, ws[i]!)) i--;
  const kind: MentionKind = isCapitalised(ws[j]!.text) && !isSpeakerNoun(ws[j]!.key) ? "name" : isCapitalised(w.text) ? "name" : "nominal";
  // `the NDP Leader`, `the Health Minister`: an office after a determiner describes its holder, as in lower case.
  const described = kind === "name" && i < j && DETERMINERS.has(ws[i]!.key) && isOffice(ws[j]!.key);
  return { start: ws[i]!.start, end: w.end, kind: described ? "nominal" : kind, first: i, last: j };
}
