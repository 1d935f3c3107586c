// Tells quoted speech from quotation marks that do something else: scare quotes around
// a word or two, titles of shows, books and songs, nicknames. Decided from the words
// inside the marks and the words on either side, as a reader of news prose would.
import { SPEECH_VERBS } from "./lexicon";
import type { Quotation } from "./quotes";
import { DETERMINED_MAX_WORDS, HEADLINE_CAPITALS_SHARE, HEADLINE_MIN_WORDS, MODIFIER_MAX_WORDS, NICKNAME_MAX_WORDS, TITLE_MAX_WORDS, UNREPORTED_MAX_WORDS } from "./thresholds";

const LEADS = new Set(["him", "her", "them", "it", "me", "us", "you", "people", "as", "and", "or", "was", "were", "is", "are", "be", "being", "been", "considers", "consider", "considered", "deemed", "called", "calls", "call"]);

export type NotSpeechReason = "scare-quotes" | "title" | "nickname" | "term";
export type QuoteKind = "speech" | NotSpeechReason;

const DETERMINERS = new Set([
  "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
  "those", "some", "any", "no", "every", "each", "another", "whose", "of", "for", "into", "in",
  "on", "at", "from", "with", "about", "by", "over", "under", "so-called", "dubbed", "nicknamed",
  "titled", "entitled", "named", "headlined", "called", "episode", "film", "book", "show", "song",
  "anthem", "documentary", "program", "movie", "album", "series", "column", "commentary", "essay",
  "article", "op-ed", "slogan", "hashtag", "term", "word", "label", "phrase", "rule", "broadcast",
  "newspaper", "magazine", "headline", "novel", "poem", "play", "musical", "podcast", "campaign",
]);

/** After these, a short quotation is a name for something, not speech. */
const NAMING = new Set(["so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "headlined"]);

const FUNCTION_WORDS = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "of", "from", "with",
  "by", "as", "than", "that", "which", "who", "when", "while", "because", "if", "about", "into",
  "over", "after", "before", "since", "until", "is", "are", "was", "were", "be", "been", "has",
  "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
  "did", "not", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our",
  "this", "these", "those", "so", "then", "there", "where", "why", "how", "what", "during",
  "against", "between", "through", "despite", "without", "within", "among", "like", "unlike",
  "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "according", "also",
  "even", "just", "only", "now", "still", "yet", "too", "very", "up", "down", "out", "off",
  "again", "both", "either", "neither", "all", "any", "every", "each", "some", "such", "either",
]);

const SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "vs"]);

function titleCased(inner: string): boolean {
  const ws = inner.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  if (ws.length === 0 || !/^[\p{Lu}\p{N}]/u.test(ws[0]!.replace(/^\W+/u, ""))) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}(]/u.test(w.replace(/^[^\p{L}\p{N}(]+/u, "")) || SMALL.has(w.toLowerCase()));
}

/** A headline: a first paragraph in title case, or any line of capitalised words without a verb-like lower-case run. */
export function isHeadline(line: string): boolean {
  const ws = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length < HEADLINE_MIN_WORDS) return false;
  const caps = ws.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return caps / ws.length >= HEADLINE_CAPITALS_SHARE;
}

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase() : "";
}

function wordAfter(text: string, at: number): { word: string; gap: string } {
  const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]+)/u.exec(text.slice(at, at + 40));
  return m ? { word: m[2]!, gap: m[1]! } : { word: "", gap: "" };
}

/**
 * `reported`: the sentence around the quotation reports speech (a verb of saying outside
 * the marks), which makes even a word or two someone's words.
 */
export function quoteKind(text: string, q: Quotation, headline: boolean, reported: boolean, lineStart: number): QuoteKind {
  const first = q.pieces[0]!;
  const last = q.pieces[q.pieces.length - 1]!;
  const inner = q.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
  const wordCount = inner.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  const endsLikeSpeech = /[,?!…—–-]$/.test(inner);
  const sentences = /[.?!]\s+\S/.test(inner);
  const before = wordBefore(text, first.open);
  const after = wordAfter(text, last.after);
  const glued = after.gap.trim() === "" && after.word !== "";

  if (/^\(.*\)\.?$/s.test(inner)) return "term";
  // A quoted sentence standing on its own (`“Never.”`) is speech, however short.
  if (/[.?!]$/.test(inner) && opensSentence(text, lineStart, first.open)) return "speech";
  if (NAMING.has(before)) return titleCased(inner) ? "title" : "term";
  if (wordCount === 1 && FUNCTION_WORDS.has(inner.toLowerCase().replace(/[^\p{L}]/gu, ""))) return "scare-quotes";
  // Titles keep their capitals; American style puts a comma inside the marks, so a
  // trailing comma only means speech when nothing before names a title.
  const possessed = /['’]s$/.test(before);
  if (headline && possessed && titledCase(inner)) return "title";
  if (!headline && titledCase(inner) && wordCount <= TITLE_MAX_WORDS && !sentences && (!endsLikeSpeech || DETERMINERS.has(before) || possessed)) {
    return wordCount <= NICKNAME_MAX_WORDS && /^\p{Lu}\p{Ll}+$/u.test(inner) && /^\p{Lu}/u.test(after.word) ? "nickname" : "title";
  }
  if (endsLikeSpeech || sentences || q.pieces.length > 1) return "speech";
  // A word or two used as a modifier (“quack” cures) or after a determiner (the “reset”).
  const modifier = glued && /^\p{Ll}/u.test(after.word) && !FUNCTION_WORDS.has(after.word.toLowerCase());
  if (modifier && wordCount <= MODIFIER_MAX_WORDS) return "scare-quotes";
  if (DETERMINERS.has(before) && wordCount <= DETERMINED_MAX_WORDS) return "scare-quotes";
  // A word or two is someone's only when a verb of saying or naming (or its object) leads to it.
  if (wordCount <= UNREPORTED_MAX_WORDS && !reported && !SPEECH_VERBS.has(before) && !LEADS.has(before)) return "scare-quotes";
  return "speech";
}

/**
 * Whether only spaces stand between `from` and `at`, or the end of a sentence and spaces.
 * Read backwards from `at`, so that it costs the spaces and marks before it, not the line.
 */
function opensSentence(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  if (i === from) return true;
  if (i === at) return false;
  while (i > from && /["”'’]/.test(text[i - 1]!)) i--;
  return i > from && /[.?!]/.test(text[i - 1]!);
}

function titledCase(inner: string): boolean {
  return titleCased(inner.replace(/[,.?!]+$/, ""));
}
