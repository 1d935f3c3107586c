// Noun phrases that can name a speaker: proper names (with titles), pronouns, and
// descriptions such as `a spokesperson for the council`. Works on the words of a
// stretch of text and on the punctuation between them.
import { NOT_NAMES, PERSONAL_PRONOUNS, SPEAKER_NOUNS, TITLES } from "./lexicon";
import { isCapitalised, type Word } from "./text";

export type MentionKind = "name" | "pronoun" | "nominal" | "relative";

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** First and last word index in the word list it was parsed from. */
  first: number;
  last: number;
}

const PARTICLES = new Set(["de", "van", "von", "da", "di", "del", "der", "bin", "al", "la", "le", "du", "dos", "das", "ibn", "st", "mc", "y"]);
const DETERMINERS = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that", "these",
  "those", "two", "three", "four", "several", "some", "many", "other", "most", "both", "no", "each",
]);
const LINKS = new Set(["for", "of", "at", "with", "from", "in", "to"]);
const EXTRA_NOUNS = new Set(["businessman", "businesswoman", "billionaire", "mogul", "star", "nominee", "hopeful", "incumbent", "challenger", "frontrunner", "front-runner", "contender", "republican", "democrat", "conservative", "liberal", "progressive", "libertarian"]);

export function isSpeakerNoun(key: string): boolean {
  return SPEAKER_NOUNS.has(key) || EXTRA_NOUNS.has(key) || (key.endsWith("s") && SPEAKER_NOUNS.has(key.slice(0, -1)));
}

/** Whether only spaces separate two words (no comma, bracket, dash or quotation mark). */
export function joined(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) && !/[\r\n]/.test(gap);
}

function isPossessive(w: Word): boolean {
  return /['’]s$|s['’]$/.test(w.text);
}

export function isNameWord(w: Word, afterTitle = false): boolean {
  if (!isCapitalised(w.text)) return false;
  if (!afterTitle && NOT_NAMES.has(w.key)) return false;
  return true;
}

export function isTitle(w: Word): boolean {
  return isCapitalised(w.text) && TITLES.has(w.key);
}

/** The name starting at word i: titles, capitalised words, particles and initials with only spaces between them. */
function nameForward(text: string, ws: Word[], i: number): number {
  let j = i;
  let titled = false;
  while (j < ws.length && isTitle(ws[j]!) && j + 1 < ws.length && joined(text, ws[j]!, ws[j + 1]!) && isCapitalised(ws[j + 1]!.text)) {
    titled = true;
    j++;
  }
  if (!isNameWord(ws[j]!, titled || j > i) && !(titled && isCapitalised(ws[j]!.text))) return -1;
  let last = j;
  while (last + 1 < ws.length && joined(text, ws[last]!, ws[last + 1]!) && !isPossessive(ws[last]!)) {
    const nx = ws[last + 1]!;
    if (isCapitalised(nx.text) && !["i"].includes(nx.key)) last++;
    else if (PARTICLES.has(nx.key) && last + 2 < ws.length && isCapitalised(ws[last + 2]!.text)) last += 2;
    else break;
  }
  return last;
}

/** The noun phrase starting at word i, or undefined. */
export function npForward(text: string, ws: Word[], i: number): Mention | undefined {
  const w = ws[i];
  if (!w) return undefined;
  if (PERSONAL_PRONOUNS.has(w.key) && w.text !== "It" || w.key === "it") {
    return { start: w.start, end: w.end, kind: "pronoun", first: i, last: i };
  }
  // `the Rev. Jane Doe`
  if (w.key === "the" && ws[i + 1] && joined(text, w, ws[i + 1]!) && isTitle(ws[i + 1]!)) {
    const m = npForward(text, ws, i + 1);
    if (m && m.kind === "name") return { ...m, start: w.start, first: i };
  }
  if (isCapitalised(w.text) && !DETERMINERS.has(w.key)) {
    const last = nameForward(text, ws, i);
    if (last >= 0) {
      // `Russia's President Putin`: a possessive name qualifies the name after it.
      if (isPossessive(ws[last]!) && last + 1 < ws.length && joined(text, ws[last]!, ws[last + 1]!) && isCapitalised(ws[last + 1]!.text)) {
        const more = nameForward(text, ws, last + 1);
        if (more >= 0) return withLink(text, ws, { start: w.start, end: ws[more]!.end, kind: "name", first: i, last: more });
      }
      return withLink(text, ws, { start: w.start, end: ws[last]!.end, kind: "name", first: i, last });
    }
  }
  // A description: determiner, a few modifiers, a speaker noun.
  const det = DETERMINERS.has(w.key) || isPossessive(w) ? 1 : 0;
  for (let k = i + det; k < Math.min(ws.length, i + det + 6); k++) {
    if (k > i && !joined(text, ws[k - 1]!, ws[k]!)) break;
    if (isSpeakerNoun(ws[k]!.key) && (det || k === i)) {
      // Take the last of a run of nouns: `the campaign spokesman`.
      let head = k;
      while (head + 1 < ws.length && joined(text, ws[head]!, ws[head + 1]!) && isSpeakerNoun(ws[head + 1]!.key)) head++;
      return withLink(text, ws, { start: w.start, end: ws[head]!.end, kind: "nominal", first: i, last: head });
    }
    if (!det && k === i) break;
    if (LINKS.has(ws[k]!.key) || ["and", "or", "who", "that", "said", "says"].includes(ws[k]!.key)) break;
  }
  return undefined;
}

/** `a spokesman for the Treasury Department`: a description runs on through one link to a name. */
function withLink(text: string, ws: Word[], m: Mention): Mention {
  const link = ws[m.last + 1];
  if (m.kind !== "nominal" || !link || !["for", "of", "at", "with", "from"].includes(link.key) || !joined(text, ws[m.last]!, link)) return m;
  let k = m.last + 2;
  if (ws[k] && ["the", "a", "an"].includes(ws[k]!.key)) k++;
  const n = ws[k] && joined(text, ws[k - 1]!, ws[k]!) ? npForward(text, ws, k) : undefined;
  if (!n || n.kind === "pronoun") return m;
  return { ...m, end: n.end, last: n.last };
}

/** The noun phrase that ends with word j, or undefined. */
export function npBackward(text: string, ws: Word[], j: number): Mention | undefined {
  const w = ws[j];
  if (!w) return undefined;
  if (PERSONAL_PRONOUNS.has(w.key)) return { start: w.start, end: w.end, kind: "pronoun", first: j, last: j };
  if (w.key === "who" || w.key === "which") return { start: w.start, end: w.end, kind: "relative", first: j, last: j };
  let i = j;
  if (isCapitalised(w.text)) {
    while (i - 1 >= 0 && joined(text, ws[i - 1]!, ws[i]!)) {
      const pv = ws[i - 1]!;
      if (isCapitalised(pv.text) && (!NOT_NAMES.has(pv.key) || isTitle(pv))) i--;
      else if (PARTICLES.has(pv.key) && i - 2 >= 0 && isCapitalised(ws[i - 2]!.text)) i -= 2;
      else break;
    }
    if (NOT_NAMES.has(ws[i]!.key) && i === j) return undefined;
    while (i < j && NOT_NAMES.has(ws[i]!.key) && !isTitle(ws[i]!)) i++;
  } else if (isSpeakerNoun(w.key)) {
    while (i - 1 >= 0 && j - i < 6 && joined(text, ws[i - 1]!, ws[i]!) && !DETERMINERS.has(ws[i]!.key)) {
      const pv = ws[i - 1]!;
      if (pv.key === "that") break;
      if (LINKS.has(pv.key) || ["and", "or", "but", "that", "as", "said", "says", "told", "is", "was", "are", "were", "has", "have"].includes(pv.key)) break;
      if (pv.key === "according") break;
      i--;
    }
  } else return undefined;
  // `a spokesperson for the Council`: reach back through one link to the description.
  let k = i - 1;
  if (k >= 0 && ["the", "a", "an"].includes(ws[k]!.key) && joined(text, ws[k]!, ws[i]!)) k--;
  if (k >= 0 && ["for", "of", "at", "with", "from"].includes(ws[k]!.key) && k - 1 >= 0 && joined(text, ws[k - 1]!, ws[k]!)) {
    const desc = npBackward(text, ws, k - 1);
    if (desc && desc.kind === "nominal") return { ...desc, end: w.end, last: j };
  }
  // `that` before a noun phrase is far more often the conjunction than the determiner.
  if (i - 1 >= 0 && DETERMINERS.has(ws[i - 1]!.key) && ws[i - 1]!.key !== "that" && joined(text, ws[i - 1]!, ws[i]!)) i--;
  const kind: MentionKind = isCapitalised(ws[j]!.text) && !isSpeakerNoun(ws[j]!.key) ? "name" : isCapitalised(w.text) ? "name" : "nominal";
  return { start: ws[i]!.start, end: w.end, kind, first: i, last: j };
}
