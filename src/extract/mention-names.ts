// Where a proper name starting at a word ends: runs of titles, capitalised words, particles and
// initials, computed once per text, and the Title Case headline that is one run but no name.
// Separate because it is the one costly table of the mention readers, and every name reader uses it.
import {
  CLOCK_MARKS,
  MODALS_AS_SURNAMES,
  MODALS_GIVEN_AS_NAMES,
  NAME_PARTICLES,
  NOT_NAMES,
  PLATFORM_MEDIA,
  PLATFORMS,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  TIME_ZONES,
  TITLES,
  WEEKDAYS,
} from "./lexicon";
import { isPossessive, isSpeakerNoun, isTitle, joined } from "./mention-words";
import { NOT_YET_IN_OFFICE, newOpensPartyName } from "./name-parts";
import { isGivenName, isPlace } from "./names";
import { capitalisedAt, isCapitalised, isCompoundModifier, isLowerCase, placeStopEndsSentence, type Tokens, type Word } from "./text";
import { rx } from "./unicode-regexps";

function isNameWord(text: string, w: Word, afterTitle = false, given = false): boolean {
  if (!capitalisedAt(text, w)) return false;
  // `Vancouver’s No.1`: a ranking stands for whoever holds it, and names no one.
  if (isRanking(w)) return false;
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
  if (NOT_NAMES.has(nx.key) || isPlace([nx.key])) return false;
  // `Will Bishop, from the club, says`: a title word is the surname when no name follows it
  // (`Will Premier Jane Roe …` is a question to the premier).
  if (TITLES.has(nx.key)) {
    const after = ws[i + 2];
    if (after && caps[i + 2] === 1 && joined(text, nx, after)) return false;
  }
  if (text[nx.end] === ",") return true;
  let k = w.start - 1;
  while (k >= 0 && text[k] === " ") k--;
  if (k >= 0 && text[k] === ",") return true;
  const pv = ws[i - 1];
  return !!pv && joined(text, pv, w) && isLowerCase(pv.text);
}

/** A word that opens with a digit: after `May`, a date's day (`Jane May 5`), so no surname. */
const DAY_NUMBER = /^\d/;

/**
 * `Elizabeth May said`, `Scott Long,`: a word is a surname straight after a given name, where
 * neither a modal (a verb follows its subject, no given name alone) nor a date (`Jane May 5`, a
 * number after) stands. Asked of a capitalised word of MODALS_AS_SURNAMES, and of a word the
 * page gives as a surname (wordSurnameHere). Reads the word and its neighbours: a fixed window.
 */
function surnameAfterGivenName(text: string, ws: Word[], caps: Uint8Array, i: number): boolean {
  const w = ws[i]!;
  const pv = ws[i - 1];
  if (!pv || caps[i - 1] !== 1 || !joined(text, pv, w) || !isGivenName(pv.text)) return false;
  const nx = ws[i + 1];
  return !nx || !DAY_NUMBER.test(nx.text);
}

/**
 * `Scott Long … “…,” Long said`: an adverb or closed-class word that is also a surname (`Long`,
 * `Still`, `Even`) reads as the surname, not as a word between a subject and its verb, where the
 * page writes it straight after a given name and here, capitalised, straight after a given name
 * (a full name) or straight before a verb of saying. `surnames` holds such words the page writes
 * after a given name (wordSurnames). Reads the word and its neighbours: a fixed window.
 */
function wordSurnameHere(text: string, ws: Word[], caps: Uint8Array, i: number, surnames: Set<string>): boolean {
  const w = ws[i]!;
  if (caps[i] !== 1 || !surnames.has(w.key)) return false;
  // Not before a number: `Jane May 5` is a date (a number is no verb of saying either).
  if (surnameAfterGivenName(text, ws, caps, i)) return true;
  const nx = ws[i + 1];
  return !!nx && joined(text, w, nx) && SPEECH_VERBS.has(nx.key);
}

/**
 * The fillers and closed-class words (SUBJECT_VERB_FILLERS, NOT_NAMES) the page writes
 * capitalised straight after a given name, where the name ends (`Scott Long,`, `Al From said`):
 * its people's surnames; or as an initial (`James A. Lewis`). One pass.
 */
function wordSurnames(text: string, ws: Word[], caps: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (caps[i] !== 1 || caps[i - 1] !== 1 || !(SUBJECT_VERB_FILLERS.has(w.key) || NOT_NAMES.has(w.key))) continue;
    const pv = ws[i - 1]!;
    if (!joined(text, pv, w) || NOT_NAMES.has(pv.key) || !isGivenName(pv.text)) continue;
    // Not inside a run of capitals (`Mark Will Tell All`, a headline), save an initial (`James A. Lewis`);
    // nor before a number (`Jane May 5`, a date).
    const nx = ws[i + 1];
    if (nx && caps[i + 1] === 1 && joined(text, w, nx) && !w.text.endsWith(".")) continue;
    if (nx && DAY_NUMBER.test(nx.text)) continue;
    out.add(w.key);
  }
  return out;
}

/**
 * `Boil-water advisory`, `Toronto-area Liberal Jane Roe`, `Los Angeles-area Sanders volunteer`:
 * a capitalised compound modifier describes and names no one, so a name starts after it. Not
 * the last of a run of capitals after another word (`Ban Ki-moon`: a Korean given name follows
 * the surname). Reads the word and its neighbours: a fixed window.
 */
function modifierHere(text: string, ws: Word[], caps: Uint8Array, i: number): boolean {
  // `Mayor-elect`, `Premier-designate`: the title of an office not yet taken (name-parts.ts reads it).
  if (!isCompoundModifier(ws[i]!.text) || NOT_YET_IN_OFFICE.test(ws[i]!.key)) return false;
  const pv = ws[i - 1];
  const nx = ws[i + 1];
  const afterCapital = !!pv && caps[i - 1] === 1 && joined(text, pv, ws[i]!);
  return !afterCapital || (!!nx && caps[i + 1] === 1 && joined(text, ws[i]!, nx));
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
  /** Whether word i is joined to word i + 1 (mention-words' `joined`): kept for nounsEnd. */
  links: Uint8Array;
  /** The first word of the capitalised run that ends at i. */
  nameStart: Int32Array;
  /** The first capitalised preposition in the name that continues from word i, or -1. */
  firstMarker: Int32Array;
  /** How many capitalised prepositions the name that continues from word i holds. */
  markers: Int32Array;
  /** How many capitalised prepositions the run of capitals holds before word i. */
  markersBefore: Int32Array;
  /**
   * Whether word i, of NOT_NAMES, is a name's word here all the same: a given name (`givenNameHere`),
   * the surname `May` (`surnameAfterGivenName`) or a word the page gives as a surname (`wordSurnameHere`).
   */
  given: Uint8Array;
  /** Whether word i is a compound modifier that names no one (`modifierHere`). */
  modifier: Uint8Array;
  /** The first such modifier after word i in the name that continues from i, or -1. */
  modifierIn: Int32Array;
}

const runsOf = new WeakMap<Word[], Runs>();

export function runs(t: Tokens): Runs {
  let r = runsOf.get(t.words);
  if (!r) runsOf.set(t.words, (r = readRuns(t)));
  return r;
}

/**
 * The runs of an article's words, read once (runs keeps them), a pass to each function below.
 * Apart because the engine compiles each alone: a word of a kind the first texts lacked (a
 * particle, a surname the page gives) deoptimises one pass, and only that pass is compiled
 * again, not the whole reading nor the look-up in runs that every phrase reader asks.
 */
function readRuns(t: Tokens): Runs {
  t.work.add(t.words.length);
  const caps = capitals(t.text, t.words);
  const given = givenHere(t.text, t.words, caps);
  const modifier = modifiers(t.text, t.words, caps);
  const { links, placeStop, isMarker, ...forward } = readFromRight(t, caps, modifier);
  const backward = readFromLeft(t, { caps, given, modifier, links, placeStop, isMarker });
  return { ...forward, ...backward, links, given, modifier };
}

/** Whether word i is capitalised: asked of each word up to six times in the passes below. */
function capitals(text: string, ws: Word[]): Uint8Array {
  const caps = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) caps[i] = capitalisedAt(text, ws[i]!) ? 1 : 0;
  return caps;
}

/** Runs' `given`: whether word i, of NOT_NAMES, is a name's word here all the same. */
function givenHere(text: string, ws: Word[], caps: Uint8Array): Uint8Array {
  const given = new Uint8Array(ws.length);
  const surnames = wordSurnames(text, ws, caps);
  // Only a capitalised modal can be a given name or a surname here, and only a capitalised word a
  // surname the page gave: the rest skip the calls.
  for (let i = 0; i < ws.length; i++)
    given[i] =
      caps[i] === 1 &&
      ((MODALS_GIVEN_AS_NAMES.has(ws[i]!.key) && givenNameHere(text, ws, caps, i)) ||
        (MODALS_AS_SURNAMES.has(ws[i]!.key) && surnameAfterGivenName(text, ws, caps, i)) ||
        (surnames.size > 0 && wordSurnameHere(text, ws, caps, i, surnames)) ||
        newDemocratHere(text, ws, caps, i))
        ? 1
        : 0;
  return given;
}

/** Runs' `given`, for `the New Democratic Party`: `New` opens the party's name (newOpensPartyName). */
function newDemocratHere(text: string, ws: Word[], caps: Uint8Array, i: number): boolean {
  const next = ws[i + 1];
  return caps[i + 1] === 1 && !!next && newOpensPartyName(ws[i]!.key, next.key) && joined(text, ws[i]!, next);
}

/** Runs' `modifier`: whether word i is a compound modifier that names no one (`modifierHere`). */
function modifiers(text: string, ws: Word[], caps: Uint8Array): Uint8Array {
  const modifier = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) modifier[i] = caps[i] === 1 && modifierHere(text, ws, caps, i) ? 1 : 0;
  return modifier;
}

/**
 * The runs read from the right, each word's from the word it continues at: where its titles and
 * its name end, the markers and modifier in its name; and, kept for the pass from the left, which
 * words are joined to the next, are capitalised prepositions, or end a sentence with a province's stop.
 */
function readFromRight(t: Tokens, caps: Uint8Array, modifier: Uint8Array) {
  const { text, words: ws } = t;
  const n = ws.length;
  const modifierIn = new Int32Array(n);
  const titlesEnd = new Int32Array(n);
  const nameEnd = new Int32Array(n);
  const firstMarker = new Int32Array(n);
  // Whether word i is a capitalised preposition: kept for the second pass, as `links` is.
  const isMarker = new Uint8Array(n);
  const markers = new Int32Array(n);
  // Whether word i is joined to word i + 1: kept for the second pass, which asks it again, and for nounsEnd.
  const links = new Uint8Array(n);
  // Whether word i is a province's abbreviation whose stop ends the sentence before word i + 1
  // (`Oakvale, Ont. She rents`, placeStopEndsSentence), read by both passes.
  const placeStop = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const linked = i + 1 < n && joined(text, ws[i]!, ws[i + 1]!);
    links[i] = linked ? 1 : 0;
    const w = ws[i]!;
    // The word's last character read from the text, as capitalisedAt reads its first.
    placeStop[i] = linked && text.charCodeAt(w.end - 1) === 0x2e && placeStopEndsSentence(w.key, ws[i + 1]!.text) ? 1 : 0;
    titlesEnd[i] = linked && caps[i] === 1 && caps[i + 1] === 1 && TITLES.has(w.key) ? titlesEnd[i + 1]! : i;
    let end = i;
    // The word the name continues at: i + 1, or i + 2 past a particle.
    let on = -1;
    if (linked) {
      const nx = ws[i + 1]!;
      // `ESPN.com Wednesday`: a day after a name dates it, it does not lengthen it.
      // `Oakvale, Ont. She rents`: a province's abbreviation before a pronoun or determiner ends the
      // sentence, and the name with it.
      if (caps[i + 1] === 1 && nx.key !== "i" && !WEEKDAYS.has(nx.key) && placeStop[i] === 0) on = i + 1;
      // `CUPE Local 500 President Jane Roe`: a union local's number is its name's, which runs on through it.
      // The key first, as in isLocalNumber: nearly every linked word is no `Local`, and skips the call.
      else if (w.key === "local" && isLocalNumber(t, i + 1)) on = i + 1;
      // A particle before a capital (`de Villa`): the capital, known already, is asked first, as
      // nearly every lower-case word comes before another and so skips the particle look-up.
      else if (i + 2 < n && caps[i + 2] === 1) on = NAME_PARTICLES.has(nx.key) ? i + 2 : -1;
      // `Ben van der Berg`, `Maria de la Cruz`: two particles before the surname.
      else if (
        i + 3 < n &&
        caps[i + 3] === 1 &&
        links[i + 1] === 1 &&
        links[i + 2] === 1 &&
        NAME_PARTICLES.has(nx.key) &&
        NAME_PARTICLES.has(ws[i + 2]!.key)
      )
        on = i + 3;
      // A possessive ends the name (`Putin's Kremlin`): asked last, only of a word a name would run on from.
      if (on > 0 && isPossessive(w)) on = -1;
      if (on > 0) end = nameEnd[on]!;
    }
    nameEnd[i] = end;
    modifierIn[i] = on > 0 ? (modifier[on] === 1 ? on : modifierIn[on]!) : -1;
    // A Title Case marker: capitalised first, as nearly every word is in lower case and skips the look-up.
    const marker = caps[i] === 1 && isMarkerKey(w.key);
    isMarker[i] = marker ? 1 : 0;
    firstMarker[i] = marker ? i : on > 0 ? firstMarker[on]! : -1;
    markers[i] = (marker ? 1 : 0) + (on > 0 ? markers[on]! : 0);
  }
  return { titlesEnd, nameEnd, firstMarker, markers, modifierIn, links, placeStop, isMarker };
}

/** What the pass from the right gives the pass from the left, with the words' capitals, given names and modifiers. */
interface WordMarks {
  caps: Uint8Array;
  given: Uint8Array;
  modifier: Uint8Array;
  links: Uint8Array;
  placeStop: Uint8Array;
  isMarker: Uint8Array;
}

/** The runs read from the left: where the capitalised run that ends at each word starts, and the markers before it. */
function readFromLeft(t: Tokens, { caps, given, modifier, links, placeStop, isMarker }: WordMarks) {
  const ws = t.words;
  const n = ws.length;
  const nameStart = new Int32Array(n);
  const markersBefore = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && links[i - 1] === 1 && caps[i - 1] === 1 && caps[i] === 1) markersBefore[i] = markersBefore[i - 1]! + isMarker[i - 1]!;
    let start = i;
    if (i - 1 >= 0 && links[i - 1] === 1) {
      const pv = ws[i - 1]!;
      // A compound modifier before the word (`Toronto-area Liberal`) ends the run as a word of NOT_NAMES does.
      if (modifier[i - 1] === 1) start = i;
      else if (caps[i] === 1 && isLocalNumber(t, i - 1)) start = nameStart[i - 1]!;
      else if (caps[i - 1] === 1 && (!NOT_NAMES.has(pv.key) || TITLES.has(pv.key) || given[i - 1] === 1)) {
        // `Ont. She`, read backward as forward: the abbreviation's stop ends the sentence.
        if (placeStop[i - 1] === 0) start = nameStart[i - 1]!;
      }
      // A particle after a capital, the capital asked first, as in the first pass.
      else if (i - 2 >= 0 && caps[i - 2] === 1) start = NAME_PARTICLES.has(pv.key) ? nameStart[i - 2]! : i;
      else if (
        i - 3 >= 0 &&
        caps[i - 3] === 1 &&
        links[i - 2] === 1 &&
        links[i - 3] === 1 &&
        NAME_PARTICLES.has(pv.key) &&
        NAME_PARTICLES.has(ws[i - 2]!.key)
      )
        start = nameStart[i - 3]!;
    }
    nameStart[i] = start;
  }
  return { nameStart, markersBefore };
}

/**
 * What nounsEnd has read of an article's words: for word i, 1 + the last word of the run of joined
 * speaker nouns that starts at i, or 0 for not read yet. Filled by nounsEnd only.
 */
const nounEnds = new WeakMap<Word[], Int32Array>();

/**
 * The last word of the run of joined speaker nouns that starts at word i (`campaign spokesman`),
 * i itself when the word after it is none. Read on asking, where runs read it for every word: only
 * a speaker noun's run is asked for, and each word is still read once at most, as a run's words
 * keep its end (`officials officials officials …` is walked once).
 */
export function nounsEnd(t: Tokens, i: number): number {
  let ends = nounEnds.get(t.words);
  if (!ends) {
    ends = new Int32Array(t.words.length);
    nounEnds.set(t.words, ends);
  }
  const links = runs(t).links;
  let j = i;
  while (ends[j] === 0 && links[j] === 1 && isSpeakerNoun(t.words[j + 1]!.key)) j++;
  const end = ends[j] === 0 ? j : ends[j]! - 1;
  for (let k = i; k <= j; k++) ends[k] = end + 1;
  return end;
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
 * `Riverton MP Apologizes For Careless Joke About Ferry Fares`: a headline in Title Case is
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

/**
 * `CUPE Local 500`, `Unifor Local 444 said`: a number right after a capitalised `Local` numbers a
 * union's local, a part of the body's name. Reads the word and the one before: a fixed window.
 */
export function isLocalNumber(t: Tokens, j: number): boolean {
  const pv = t.words[j - 1];
  const w = t.words[j];
  // The key first: runs() asks nearly every linked pair of words, and almost none follows `Local`.
  return !!pv && !!w && pv.key === "local" && isCapitalised(pv.text) && /^\d+$/.test(w.key) && joined(t.text, pv, w);
}

/** A ranking written as one word: `No.1`, `No.2`. */
const RANKING = /^no\.\d/;

/** Whether a word is a ranking (`No.1`), which stands for whoever holds it and names no one. */
export function isRanking(w: Word): boolean {
  return RANKING.test(w.key);
}

/**
 * `a post from 6 p.m. CST`, `at 10:30 ET`, `from 4pm PT`: a time zone in capitals right after a
 * clock time is the time's, never a name (`Cst. Jane Roe`, a constable, is written with its full
 * stop and a capital alone). Reads the word and the one before it: a fixed window.
 */
export function isTimeZone(t: Tokens, j: number): boolean {
  const w = t.words[j]!;
  const pv = t.words[j - 1];
  if (!pv || !TIME_ZONES.has(w.key) || w.text !== w.text.toUpperCase() || !joined(t.text, pv, w)) return false;
  return CLOCK_MARKS.has(pv.key) || CLOCK_DIGITS.test(pv.key);
}

/** A clock time's last word: its digits (`4`, the `30` of `10:30`), or its digits with the mark joined on (`4pm`). */
const CLOCK_DIGITS = /^\d+(?:[ap]m)?$/;

/** The name starting at word i: titles, capitalised words, particles and initials with only spaces between them. */
export function nameForward(t: Tokens, i: number): number {
  const ws = t.words;
  const r = runs(t);
  const j = r.titlesEnd[i]!;
  const titled = j > i;
  if (r.modifier[j] === 1 || isTimeZone(t, j)) return -1;
  if (!isNameWord(t.text, ws[j]!, titled, r.given[j] === 1) && !(titled && capitalisedAt(t.text, ws[j]!))) return -1;
  const last = beforeTitleCase(t, r, i, r.nameEnd[j]!);
  if (last > j && (officeAfterName(t, r, j, last) || platformBeforeMedium(t, last))) return last - 1;
  return frenchBodyEnd(t, j, last);
}

/** The particles of a French body's name: `des` of `Centrale des syndicats du Québec`, `pour` of `Juste pour rire`. */
const FRENCH_PARTICLES = new Set(["de", "des", "du", "la", "le", "les", "pour", "et", "en", "sur", "d", "l"]);
/** The capitalised words that open a French body's name, whose lower-case words may follow with no particle first. */
const FRENCH_BODY_HEADS = new Set([
  ...["fédération", "confédération", "centrale", "corporation", "groupe", "regroupement", "syndicat", "société"],
  ...["ordre", "régie", "association", "alliance", "coalition", "conseil", "commission", "union", "mouvement"],
]);
/** A French firm's suffix, closing its name: `Groupe Juste pour rire inc.`. */
const FRENCH_FIRM_SUFFIXES = new Set(["inc", "ltée"]);
/** How many words a French body's name may run on past its capitals. */
const FRENCH_BODY_MAX_WORDS = 6;

/**
 * The last word of a French body's name that runs on in lower case past the capitalised run
 * ending at `last` (`Centrale des syndicats du Québec`, `Fédération interprofessionnelle de la
 * santé`, `Groupe Juste pour rire inc.`): French writes a body's nouns in lower case, so the run
 * stopped at its first word, and a lone `Centrale` or `Groupe Juste` was read as a person. Only
 * through French particles (one at least) and lower-case words, spaces only between, to a
 * capitalised place, a firm's suffix, or (after a French body's head) the phrase's end or an
 * English word; `last` itself when no such name runs on. A fixed window of words.
 */
function frenchBodyEnd(t: Tokens, first: number, last: number): number {
  const ws = t.words;
  if (last < first || (!FRENCH_PARTICLES.has(ws[last + 1]?.key ?? "") && !FRENCH_BODY_HEADS.has(ws[last]!.key))) return last;
  let particle = false;
  for (let k = last + 1; k < ws.length && k <= last + FRENCH_BODY_MAX_WORDS; k++) {
    t.work.add();
    const w = ws[k]!;
    if (!/^[\s'’]+$/.test(t.text.slice(ws[k - 1]!.end, w.start))) break;
    if (FRENCH_FIRM_SUFFIXES.has(w.key)) return particle ? k : last;
    if (isCapitalised(w.text)) return particle && isPlace([w.key]) ? k : last;
    if (FRENCH_PARTICLES.has(w.key)) particle = true;
    else if (!isLowerCase(w.text) || NOT_FRENCH.has(w.key)) return last;
    // The phrase ends here (a stop or a comma after it, or an English word: `nationaux said`):
    // a French body's head may close it in lower case.
    const next = ws[k + 1];
    if (
      particle &&
      FRENCH_BODY_HEADS.has(ws[first]!.key) &&
      !FRENCH_PARTICLES.has(w.key) &&
      (!next || !/^\s+$/.test(t.text.slice(w.end, next.start)) || NOT_FRENCH.has(next.key))
    )
      return k;
  }
  return last;
}

/** English words no French body's name runs on to: `the Union said`, `Groupe members are`. */
const NOT_FRENCH = new Set([
  ...SPEECH_VERBS,
  ...["the", "a", "an", "of", "and", "to", "in", "that", "which", "who", "members"],
  ...["is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says"],
]);

/**
 * `the Acme Students Union Facebook page`, `the Blue Jays Twitter account`: a platform closing a
 * run of capitals, before the noun of what it holds, is where the name's owner posts, no word of
 * the name. (`Facebook` alone, or `Facebook Canada`, is a company's name.)
 */
function platformBeforeMedium(t: Tokens, last: number): boolean {
  const next = t.words[last + 1];
  return PLATFORMS.has(t.words[last]!.key) && !!next && PLATFORM_MEDIA.has(next.key) && joined(t.text, t.words[last]!, next);
}

/**
 * `said Dr. Jane Roe President of the Rural Nurses' Federation`: a title closing a person's name
 * run, with `of` (and `the`) and a body's capitals after it, is the office the comma-less appositive gives
 * her, not a word of her name (`Jane Roe President` names no one). Only after a given name, and
 * before a body, not a place (`Tom B. King of Ohio`: a surname that is also a title); nor
 * straight after a given name or an initial (`Jane Ellen Judge of the Tallwood Nurses Association`,
 * `Tom R. King of the House Fisheries Committee`: the title word is then her surname,
 * as roles.ts's roleHolder reads `Premier Tom King`).
 * Reads the run's first word and the words after its last: a fixed window.
 */
function officeAfterName(t: Tokens, r: Runs, first: number, last: number): boolean {
  const ws = t.words;
  if (ws[last + 1]?.text !== "of" || !TITLES.has(ws[last]!.key)) return false;
  const k = nameThroughLink(t, last);
  if (k < 0 || last - 1 <= first || !isGivenName(ws[first]!.text)) return false;
  if (isGivenName(ws[last - 1]!.text) || LONE_INITIAL.test(ws[last - 1]!.text)) return false;
  // `Tom B. King of Ohio`: a surname that is also a title, before a place, is the name's.
  // The run of capitals, not nameForward: a body's run asks no more after-name offices of its own.
  return !isPlace(ws.slice(k, r.nameEnd[k]! + 1).map((w) => w.key));
}

/**
 * The first word of a name that runs on through `of` or `for` (and `the`) from the name ending
 * at word `last`, all on one line: `University of [the] Tallwood Valley`, `Justice for Orchard
 * Workers`; -1 when none does. The one walk through the link that organisationEnd, a role's
 * body (bodyNameOn), a place (placeOfEnd) and an office after a name (officeAfterName) each
 * build their own rule on. Here, below mention-office-holders.ts, which reads names with nameForward.
 */
export function nameThroughLink(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const link = ws[last + 1];
  if ((link?.text !== "of" && link?.text !== "for") || !joined(text, ws[last]!, link)) return -1;
  let k = last + 2;
  if (!ws[k] || !joined(text, link, ws[k]!)) return -1;
  if (ws[k]!.text === "the" && ws[k + 1] && joined(text, ws[k]!, ws[k + 1]!)) k++;
  return isCapitalised(ws[k]!.text) ? k : -1;
}

/** A name's initial, one capital with or without its stop: the `B.` of `Tom B. King`. */
const LONE_INITIAL = rx.u`^\p{Lu}\.?$`;
