// Paragraphs, sentences and words with their offsets into the article, so that every
// later step can point back into the original text.
import { ABBREVIATIONS } from "./lexicon";

export interface Range {
  start: number;
  end: number;
}

/** Non-empty lines: news text puts one paragraph on a line. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() !== "") out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface Word extends Range {
  text: string;
  /** Lower case without a trailing full stop or possessive, for lexicon look-ups. */
  key: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-&]*[\p{L}\p{N}.]|[\p{L}\p{N}]/gu;

export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = Math.min(m.index + m[0].length, to);
    let raw = text.slice(m.index, end);
    // A full stop belongs to the word only for abbreviations and initials (Mr., U.S., J.).
    if (raw.endsWith(".") && !isAbbreviation(raw)) {
      raw = raw.slice(0, -1);
      end--;
    }
    out.push({ start: m.index, end, text: raw, key: keyOf(raw) });
  }
  return out;
}

export function keyOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\.$/, "");
}

export function isAbbreviation(word: string): boolean {
  const bare = word.replace(/\.$/, "").toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word.replace(/\.$/, "")) || /^(\p{L}\.)+\p{L}?$/u.test(word.replace(/\.$/, "") + ".");
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Ends of sentences in text[from, to): a full stop, question or exclamation mark
 * (with any closing quotation mark) followed by a space and a capital or an opening mark.
 * `skip` ranges (quotations) never end a sentence inside them.
 */
export function sentenceEnds(text: string, from: number, to: number, skip: Range[] = []): number[] {
  const ends: number[] = [];
  const re = /[.!?…]+["”’'»)]*(?=\s+["“‘'«(]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const at = m.index;
    if (skip.some((r) => r.start <= at && at < r.end)) continue;
    if (text[at] === ".") {
      const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, at - 12), at));
      if (before && isAbbreviation(before[0] + ".")) continue;
    }
    ends.push(at + m[0].length);
  }
  return ends;
}
