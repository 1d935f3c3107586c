// Paragraphs, sentences and words with their offsets into the article, so that every
// later step can point back into the original text.
import { ABBREVIATIONS, DESCRIPTION_OPENERS, NOUNS_IN_LY, PROVINCES, SPEAKING_PRONOUNS, TITLES } from "./lexicon";
import type { Range, Reach } from "./spans";
import { rx } from "./unicode-regexps";
import type { Work } from "./work";

export type { Range } from "./spans";

/** Non-empty lines: news text puts one paragraph on a line. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() !== "") out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** An article's text and its words: what the noun-phrase parsers walk, and the work they do. */
export interface Tokens {
  text: string;
  words: Word[];
  work: Work;
}

export interface Word extends Range {
  text: string;
  /** Lower case without a trailing full stop or possessive, for lexicon look-ups. */
  key: string;
}

/**
 * Words: a letter or digit, then letters, digits, apostrophes, full stops, hyphens and
 * ampersands, ending at the last letter, digit or full stop of that run. What the regular
 * expression `[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*[\p{L}\p{N}.]|[\p{L}\p{N}]` matches, read by
 * hand: tested with Unicode classes at every character, it was a tenth of a whole draft. Save two
 * places where a word ends where the next starts: a verb of saying glued to a capitalised word
 * (`saidCameco`, GLUED_VERB), and a full stop between a lower-case letter and a capitalised word
 * (`Roe.John`, stopSplitsWords), which ends the word before it.
 */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; ) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    let wordEnd = i + first;
    // Whether the word holds a capital or a character past ASCII, which its key folds (keyOf):
    // most words are lower-case ASCII, their key the text itself, and skip a second reading.
    let cased = !isLowerAsciiOrDigit(text.charCodeAt(i));
    // The text's end ends the word: no character is read past it.
    for (let j = wordEnd; j < text.length; ) {
      const c = text.charCodeAt(j);
      // Lower-case ASCII and digits, most of every word, answer by their code; a capital or a
      // letter past ASCII asks letterOrDigitAt, and gives the word a case to fold.
      let ld = 1;
      if (!isLowerAsciiOrDigit(c)) {
        ld = letterOrDigitAt(text, j);
        if (ld > 0) cased = true;
      }
      // A letter, digit or full stop may end the word; ' ’ - & only join its letters.
      if (ld) wordEnd = j += ld;
      else if (c === 0x2e && stopSplitsWords(text, i, j)) {
        wordEnd = ++j;
        break;
      } else if (c === 0x2e) wordEnd = ++j;
      // `Tk̓emlups`: a combining diacritical mark belongs to the lower-case letter before it, as an accent
      // written as one character does (after a capital it is mostly mis-decoded text: `SarukhÃ`);
      // `Stó:lō`, `Kanien'kehá:ka`: a colon between lower-case letters is a letter of an
      // Indigenous spelling, where a colon in prose has a space after it.
      else if (c >= 0x300 && c <= 0x36f && j === wordEnd && isLowerCase(text[j - 1]!)) wordEnd = ++j;
      else if (c === 0x3a && j === wordEnd && isLowerCase(text[j - 1]!) && isLowerCase(text[j + 1] ?? "")) j++;
      else if (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26) j++;
      // `S/Sgt.`, `A/Insp.`: a lone capital and a slash before a capital are one word with what follows,
      // as a rank (staff, acting) is written; so are `N/A` and `P/E`, the rank not asked.
      else if (c === 0x2f && j === i + 1 && isUpperAscii(text.charCodeAt(i)) && isUpperAscii(text.charCodeAt(j + 1))) j++;
      else break;
    }
    let end = Math.min(wordEnd, to);
    // A full stop belongs to the word only for abbreviations and initials (Mr., U.S., J.).
    if (text.charCodeAt(end - 1) === 0x2e && !abbreviatedBeforeStop(text.slice(i, end - 1))) end--;
    const raw = text.slice(i, end);
    const glued = gluedVerbLength(text, i, end, raw);
    if (glued > 0) {
      out.push({ start: i, end: i + glued, text: raw.slice(0, glued), key: raw.slice(0, glued) });
      out.push({ start: i + glued, end, text: raw.slice(glued), key: keyOf(raw.slice(glued)) });
    } else out.push({ start: i, end, text: raw, key: cased ? keyOf(raw) : lowerCaseKeyAt(text, i, end, raw) });
    i = wordEnd;
  }
  return out;
}

/**
 * `says lawyer Jane Roe.John Doe`, a caption run into its credit by a lost space: a full stop
 * between a lower-case letter and a capitalised word ends the word before it, and the name after
 * is a name of its own, never one with the name before (`Roe.John Doe`). Not after an
 * abbreviation (`St.Croix`) nor inside a word that holds a full stop already (an address).
 */
function stopSplitsWords(text: string, start: number, stop: number): boolean {
  // A stop that ends the text has no word after it.
  if (stop + 1 >= text.length) return false;
  // The capital after the stop first: nearly every stop ends a sentence, a space after it.
  if (!isUpperAscii(text.charCodeAt(stop + 1)) || stop - start < 2 || !isLowerCase(text[stop - 1]!) || !isLowerCase(text[stop + 2] ?? ""))
    return false;
  const before = text.slice(start, stop);
  return !before.includes(".") && !isAbbreviation(`${before}.`);
}

/**
 * `saidCameco president Jane Roe`, `toldCBC`: a verb of saying glued to a capitalised word by a
 * lost space, where no word of English or a name starts so (a lower-case verb, then a capital
 * and a letter). Not in a handle, a hashtag or an address (`@saidHello`, `/toldMe`).
 */
const GLUED_VERB = rx.u`^(?:said|says|told|tells)(?=\p{Lu}\p{L})`;

/**
 * The length of the verb of saying that opens `raw`, the text from start to end, glued to a
 * capitalised word (GLUED_VERB), or 0. Its length and first letter are read from the text: a word's
 * own string is of one of several kinds (copied, sliced, one or two bytes a character), and reading
 * it made the reading a generic look-up for every word.
 */
function gluedVerbLength(text: string, start: number, end: number, raw: string): number {
  if (end - start < 6 || (text.charCodeAt(start) !== 0x73 && text.charCodeAt(start) !== 0x74)) return 0;
  const m = GLUED_VERB.exec(raw);
  if (!m) return 0;
  const before = text[start - 1];
  return before === "@" || before === "#" || before === "/" || before === "." ? 0 : m[0].length;
}

const LETTER_OR_DIGIT = rx.u`^[\p{L}\p{N}]`;

/** The length of the letter or digit at i: 1, 2 for one outside the Basic Multilingual Plane, or 0 for none. */
function letterOrDigitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A lower-case ASCII letter or a digit: what most of a word is. */
function isLowerAsciiOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * A word's key: lower case, less a closing `'s` or `’s`, then a closing full stop. For a word that
 * may hold a capital or a character past ASCII; one without is lower case already (lowerCaseKeyAt).
 * The endings are read by code and cut with one slice: asked of every word of an article.
 */
function keyOf(word: string): string {
  const key = word.toLowerCase();
  let end = key.length;
  if (end >= 2 && key.charCodeAt(end - 1) === 0x73 && (key.charCodeAt(end - 2) === 0x27 || key.charCodeAt(end - 2) === 0x2019)) end -= 2;
  if (key.charCodeAt(end - 1) === 0x2e) end--;
  return end === key.length ? key : key.slice(0, end);
}

/**
 * keyOf for the word from start to end of the text, `raw`, which holds no capital nor a character
 * past ASCII: its endings are read from the text by offset, not from the word's own string, whose
 * several kinds (copied, sliced, one or two bytes a character) made every reading of it a generic
 * look-up. The word's key is `raw` itself unless an ending is cut.
 */
function lowerCaseKeyAt(text: string, start: number, end: number, raw: string): string {
  let cut = end;
  const apostrophe = text.charCodeAt(cut - 2);
  if (cut - start >= 2 && text.charCodeAt(cut - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019)) cut -= 2;
  if (cut > start && text.charCodeAt(cut - 1) === 0x2e) cut--;
  return cut === end ? raw : text.slice(start, cut);
}

/**
 * `word.toLowerCase()`, but a word already in lower-case ASCII, as most are, is its own: the
 * conversion copies a word even when nothing changes, and the last word of every sentence is
 * asked whether it is an abbreviation.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || isUpperAscii(c)) return word.toLowerCase();
  }
  return word;
}

/** A step below a rank, hyphened to its abbreviation: `Sub-Lt.`, a sub-lieutenant. */
const RANK_PREFIXES = new Set(["sub"]);

/**
 * `det.-insp`, `s/sgt`, `dir.-supt`: ranks chained by hyphens or slashes, as police and military
 * stories write them, keyed in lower case: a chain that ends in an abbreviated title, each part
 * before it an abbreviation or a title, or a letter before a slash (`S/Sgt.`, a staff sergeant;
 * `A/Insp.`, an acting inspector). One word with the ranks it chains: a title before a name, and
 * an abbreviation whose stop ends no sentence; a step below the rank may open it (`Sub-Lt.`). Not
 * a party and state (`R-Tex.`), nor two months.
 */
export function isRankChain(key: string): boolean {
  if (!key.includes("-") && !key.includes("/")) return false;
  const parts = key.split(/[-/]/);
  const last = parts.at(-1)!;
  if (parts.length > 3 || !ABBREVIATIONS.has(last) || !TITLES.has(last)) return false;
  let at = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    at += p.length;
    const bare = p.endsWith(".") ? p.slice(0, -1) : p;
    const letter = bare.length === 1 && key[at] === "/";
    if (!letter && !ABBREVIATIONS.has(bare) && !TITLES.has(bare) && !RANK_PREFIXES.has(bare)) return false;
    at++;
  }
  return true;
}

/** A title's key, or a chain of abbreviated ranks (`det.-insp`, `s/sgt`) that reads as one: the one answer to whether a word is a title. */
export function isTitleKey(key: string): boolean {
  return TITLES.has(key) || isRankChain(key);
}

/** Whether a full stop after `word` belongs to it (Mr., U.S., J.) rather than ending a sentence. */
export function isAbbreviation(word: string): boolean {
  // The word without its full stop, cut once rather than by a replace for each test.
  return abbreviatedBeforeStop(word.endsWith(".") ? word.slice(0, -1) : word);
}

/**
 * Whether a full stop after `bare`, a word without its own, makes an abbreviation: isAbbreviation of
 * `bare` and a stop, asked by words and abbreviationStopAt of the letters before a stop, without
 * joining the stop on (or cutting it with the word) only to cut it off again.
 */
function abbreviatedBeforeStop(bare: string): boolean {
  // Lower-cased once, and only when it has a capital: asked of the last word of every sentence.
  const key = lowerCase(bare);
  if (ABBREVIATIONS.has(key)) return true;
  if (isUpperAscii(bare.charCodeAt(0)) && isRankChain(key)) return true;
  // Both patterns need a single letter (at most two code units) or a full stop inside: the last
  // word of nearly every sentence has neither, and skips them.
  if (bare.length > 2 && !bare.includes(".")) return false;
  // `M.F.U.-T.T.W.`: two sets of initials joined by a hyphen are one abbreviation.
  return rx.u`^\p{Lu}$`.test(bare) || rx.u`^(\p{L}\.)+(?:-(\p{L}\.)+)*\p{L}?$`.test(`${bare}.`);
}

/** A present participle as written in lower case: `saying`, `asking`. */
export const PARTICIPLE_ING = rx.u`^\p{Ll}+ing$`;

/**
 * Whether `word` is a present participle (PARTICIPLE_ING). Asked of most words near a verb of
 * saying, for every quotation: the ending, tested first, spares most words the Unicode expression.
 */
export function isParticiple(word: string): boolean {
  return word.endsWith("ing") && PARTICIPLE_ING.test(word);
}

const CAPITAL = rx.u`^\p{Lu}`;

/** A letter of any script: a span holding none holds no words (a dash, a number, markup). */
export const LETTER = rx.u`\p{L}`;

/**
 * A word as a literal inside a regular expression. Only the syntax characters are escaped: with the
 * `u` flag any other escape (`\’`, `\-`) is a syntax error, and a name like `I’m` would throw.
 */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A word's closing full stop: `Premier.` ending its sentence, `Ltd.` an abbreviation's. */
export const FINAL_STOP = /\.$/;

/** A word's `'s` ending: a possessive (`Ford's`, `Canada’s`) or a contracted `is` (`that's`). */
export const APOSTROPHE_S = /['’]s$/;
/** A double quotation mark, straight or curly: a span holding one quotes someone. */
export const DOUBLE_MARK = /["“”]/;

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  // An ASCII capital answers at once, before the test for `d'` below.
  if (c >= 65 && c <= 90) return true;
  // `d'Entremont`, `d’Arcy`: a surname's elided particle in lower case, then its capital.
  // The apostrophe is read first: most words opening with `d` have none there, and skip the expression.
  if (c === 100 && (word.charCodeAt(1) === 39 || word.charCodeAt(1) === 0x2019) && ELIDED_PARTICLE.test(word)) return true;
  // The rest of ASCII is no capital; the rest of Unicode asks the expression.
  if (c < 128) return false;
  return CAPITAL.test(word);
}

/** A surname opened by `d'` before its capital (`d'Entremont`), as French and Italian names write it. */
const ELIDED_PARTICLE = rx.u`^d['’]\p{Lu}\p{Ll}`;

const WHITE_SPACE = /\s/;

/** Whether the character at i is white space as `\s` reads it; ASCII answers by code, without the expression. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(text[i]!);
}

/** The first offset in text[from, to) that is no white space (isSpaceAt), or `to`. */
export function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && isSpaceAt(text, from)) from++;
  return from;
}

/** Whether a word starts with an upper-case letter (`\p{Lu}`); ASCII answers by its code. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

const LOWER = rx.u`^\p{Ll}`;

/** Whether a word starts with a lower-case letter, as verbs of saying do. */
export function isLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(word);
}

/**
 * isCapitalised of word w of `text`, read from the text at the word's first character: nearly
 * every word answers by that code alone. A word's own string is one of many kinds to the engine
 * (copied or sliced, one or two bytes a character), so that reading it in the passes over every
 * word (runs, the cast, the sentence openers) was a property look-up of the generic, slow kind;
 * the text is one string. Only `d'Entremont` and letters past ASCII ask the word's own test.
 */
export function capitalisedAt(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if (c >= 65 && c <= 90) return true;
  return (c === 100 || c >= 128) && isCapitalised(w.text);
}

/** isLowerCase of word w of `text`, read from the text as capitalisedAt reads it. */
export function lowerCaseAt(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  return c < 128 ? c >= 97 && c <= 122 : isLowerCase(w.text);
}

/**
 * `Boil-water advisory`, `Toronto-area residents`, `Well-connected Democrat`, `Spanish-language
 * ads`: a capitalised word joined by a hyphen to a lower-case one is a compound modifier
 * capitalised to open its sentence or headline, no part of a name where a name would begin with
 * it (a Korean given name, `Ban Ki-moon`, follows the surname). Reads the one word.
 */
export function isCompoundModifier(word: string): boolean {
  const hyphen = word.indexOf("-");
  return hyphen > 0 && hyphen + 1 < word.length && isCapitalised(word) && isLowerCase(word.slice(hyphen + 1));
}

// What sentenceEnds reads around each stop, asked by character code: a character made into a
// string to look up in a set, or to test with an expression, cost several times as much.
/** A stop that may end a sentence: . ! ? … */
function endsSentenceCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}
/** A mark or bracket that closes a sentence after its stop: " ” ’ ' » ) */
function closesSentenceCode(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x29;
}
/** A mark or bracket that opens a sentence: " “ ‘ ' « ( */
function opensSentenceCode(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x27 || c === 0xab || c === 0x28;
}
/** An apostrophe, straight or curly: ' ‘ ’ */
function apostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019;
}
const CAPITAL_OR_DIGIT = rx.u`^[\p{Lu}\p{N}]`;
/** Whether a capital or a digit (CAPITAL_OR_DIGIT) is at i; ASCII answers by code, without the expression. */
function capitalOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL_OR_DIGIT.test(text.slice(i, i + 2));
}
/** The letters that open the word after a full stop (`She` of `She's`), for placeStopEndsSentence. */
const NEXT_WORD = rx.u`^\p{L}+`;

/**
 * `… in Oakvale, Ont. She rents …`, `… near Millbrook, Sask. The plan …`: a province's abbreviation
 * (`Ont.`, `B.C.`) closes a dateline or an address, so its full stop ends the sentence where
 * the next word is a pronoun or a determiner, which opens a sentence and continues no name
 * (`B.C. Premier`, `Ont. Mayor` read on). `bare` is the abbreviation without its last stop;
 * `after` the word after it, as written, whose letters only are read (`Ont. She's`).
 */
export function placeStopEndsSentence(bare: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[0];
  if (!next || !isCapitalised(next)) return false;
  const key = lowerCase(next);
  if (!SPEAKING_PRONOUNS.has(key) && !DESCRIPTION_OPENERS.has(key)) return false;
  const place = lowerCase(bare);
  // A key of PROVINCES abbreviated: no space in it, and shorter than any province's whole name.
  return place.length <= 5 && PROVINCES.has(place);
}

const LETTERS_AND_STOPS_AT_END = rx.u`[\p{L}.]+$`;

/**
 * The letters and full stops that end text[from, at) (`Mr`, `U.S`), or "" for none: what
 * LETTERS_AND_STOPS_AT_END matches there. ASCII is read back by hand, as the expression tries a
 * match at each character; a character past ASCII leaves the Unicode letters to the expression.
 */
function lettersBefore(text: string, from: number, at: number): string {
  let i = at;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0x80) return LETTERS_AND_STOPS_AT_END.exec(text.slice(from, at))?.[0] ?? "";
    if (c !== 0x2e && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) break;
  }
  return text.slice(i, at);
}

/** How many characters before a full stop are read for the abbreviation it may end (`Prof.`, `U.S.`). */
const ABBREVIATION_MAX_CHARS = 12;

/**
 * Whether the full stop at `at` ends an abbreviation (`Mr.`, `U.S.`) the sentence reads on past:
 * its letters read back no further than `from`, and not a province's closing a dateline before a
 * pronoun (placeStopEndsSentence); `next` is where the word after it starts. One reading for
 * sentenceEnds and classify.ts's sentenceWindow.
 */
export function abbreviationStopAt(text: string, from: number, at: number, next: number): boolean {
  const before = lettersBefore(text, Math.max(from, at - ABBREVIATION_MAX_CHARS), at);
  return !!before && abbreviatedBeforeStop(before) && !placeStopEndsSentence(before, text.slice(next, next + 8));
}

/**
 * Ends of sentences in text[from, to): a full stop, question or exclamation mark
 * (with any closing quotation mark) followed by a space and a capital or an opening mark.
 * Quotations (`quoted`) never end a sentence inside them.
 *
 * A scan rather than a regular expression: `[.!?…]+` backtracked over every run of dots,
 * and the search for the next end ran on past `to` for every paragraph.
 */
export function sentenceEnds(text: string, from: number, to: number, quoted?: Reach, work?: Work): number[] {
  const ends: number[] = [];
  work?.add(to - from);
  // A regular expression jumps to each stop, in this stretch only (a search of the whole
  // text would run on past `to` when the stretch has none); the run after it is walked by hand.
  const stretch = text.slice(from, to);
  const stops = /[.!?…]/g;
  // Each stop is one character, the one before lastIndex: `test` finds it without a match object.
  while (stops.test(stretch)) {
    const at = from + stops.lastIndex - 1;
    let end = at;
    while (end < text.length && endsSentenceCode(text.charCodeAt(end))) end++;
    while (end < text.length && closesSentenceCode(text.charCodeAt(end))) end++;
    stops.lastIndex = end - from;
    let next = end;
    while (next < text.length && isSpaceAt(text, next)) next++;
    work?.add(next - at);
    // No space after the stop, or nothing but space to the text's end: no sentence opens there.
    if (next === end || next === text.length) continue;
    // A doubled mark ('', ‘‘, ’’ or a half-curled pair) opens the next sentence as one mark does.
    if (apostropheCode(text.charCodeAt(next)) && apostropheCode(text.charCodeAt(next + 1))) next += 2;
    // `(“This is stupid,” he said.)`: a bracket and a mark may open it together.
    else for (let k = 0; k < 2 && opensSentenceCode(text.charCodeAt(next)); k++) next++;
    if (!capitalOrDigitAt(text, next)) continue;
    if (quoted && quoted.furthestEnd(at) > at) continue;
    if (text[at] === "." && abbreviationStopAt(text, from, at, next)) continue;
    ends.push(end);
  }
  return ends;
}

const ADVERB = rx.u`^\p{Ll}+ly$`;

/**
 * Whether `word` is an adverb in -ly (ADVERB): the ending, tested first, spares most words the
 * Unicode expression. A noun in -ly (`family`, `assembly`: NOUNS_IN_LY) is none.
 */
export function isLyAdverb(word: string): boolean {
  return word.endsWith("ly") && ADVERB.test(word) && !NOUNS_IN_LY.has(word);
}
