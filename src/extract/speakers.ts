// Who said a quotation, from the attribution patterns of news prose:
// `“...,” X said` / `said X` / `X, the ..., said` / `X told Y: “...”` / `according to X` /
// `X: “...”`, and failing those, the speaker of the quotation before it or of the
// sentence that introduces it.
import type { Analysis, QuoteInfo } from "./analyse";
import { sentenceOf, subjectOf, wordIndexAt } from "./analyse";
import { isHeadline } from "./classify";
import { CORE_SPEECH, SPEECH_VERBS } from "./lexicon";
import { joined, npForward, type Mention } from "./mentions";
import type { Range } from "./text";

export interface Attribution {
  mention: Mention;
  /** Which pattern found it, for debugging and tests. */
  how: string;
  /** The stretch of text outside the quotation that carries the attribution. */
  clause: Range;
}

const AFTER_ONLY = new Set(["said", "says", "say", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "notes", "continued", "continues", "recalled", "recalls", "argued", "argues", "insisted", "insists", "declared", "declares", "replied", "replies", "responded", "responds", "warned", "warns", "concluded", "observed", "quipped", "joked", "countered", "cautioned", "conceded", "acknowledged", "admitted", "stated", "states", "emphasized", "stressed", "tweeted", "told", "tells"]);

const LEAD_SKIP = new Set(["but", "and", "so", "then", "later", "also", "now"]);

/** The quotation's own attribution, or null when it has none beside it. */
export function explicitAttribution(a: Analysis, info: QuoteInfo, prevClose: number, nextOpen: number): Attribution | null {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  const inner = a.text.slice(last.start, last.end).replace(/['’”"]+$/, "");
  const trailing = /[,?!—–-]$/.test(inner) || /^\s*[,—–]/.test(a.text.slice(last.close + 1, last.close + 4));
  const tail = tailAttribution(a, last.close + 1, nextOpen);
  const head = headAttribution(a, first.open, prevClose, info.paragraph === 0 && isHeadline(a.text.slice(a.paragraphs[0]!.start, a.paragraphs[0]!.end)));
  if (trailing) return tail ?? head;
  return head ?? tail;
}

function tailAttribution(a: Analysis, from: number, nextOpen: number): Attribution | null {
  while (from < a.text.length && /["”'’»]/.test(a.text[from]!)) from++;
  const s = sentenceOf(a, from);
  const para = a.paragraphs.find((p) => p.start <= from && from <= p.end);
  const paraEnd = para?.end ?? a.text.length;
  const end = Math.min(s.end > from ? s.end : paraEnd, nextOpen, paraEnd);
  const ws = a.words;
  let i = wordIndexAt(a, from);
  if (!ws[i] || ws[i]!.start >= end) return null;
  const clause = { start: from, end };
  // `“...” ― Jane Doe`: a signature after a dash.
  if (/^[\s.]*[―—–-]+\s*$/.test(a.text.slice(from, ws[i]!.start))) {
    const m = npForward(a.text, ws, i);
    if (m && m.kind === "name") return { mention: m, how: "dash", clause };
  }
  if (LEAD_SKIP.has(ws[i]!.key) && ws[i]!.text === ws[i]!.key) i++;
  const w = ws[i];
  if (!w || w.start >= end) return null;
  // `according to X`
  if (w.key === "according" && ws[i + 1]?.key === "to") {
    const m = npForward(a.text, ws, i + 2);
    if (m && m.end <= end) return { mention: m, how: "according-to", clause };
  }
  // `said X`, `added the spokesman`, `said 9/11 widow Jane Doe`
  if (AFTER_ONLY.has(w.key) && /^\p{Ll}/u.test(w.text)) {
    for (let k = i + 1; k <= i + 4 && ws[k] && ws[k]!.end <= end; k++) {
      if (/[,.;:!?"“”]/.test(a.text.slice(ws[k - 1]!.end, ws[k]!.start))) break;
      const m = npForward(a.text, ws, k);
      if (!m) continue;
      if (m.kind !== "pronoun" || ["he", "she", "they", "i", "we"].includes(ws[k]!.key)) return { mention: m, how: "verb-speaker", clause };
      break;
    }
  }
  // `X said`, `X, the deputy director of Y, said`, `the spokesperson told reporters`,
  // and `“...” for criminal behavior, she said`.
  for (let v = i; v < ws.length && ws[v]!.start < end && v - i < 45; v++) {
    if (a.quoted[v] || !isSpeechVerb(a, v, i)) continue;
    const m = subjectOf(a, v, i);
    if (!m) break;
    const lead = a.text.slice(from, m.start);
    const shortLead = m.first - i <= 3 && !/[,.;:!?]/.test(a.text.slice(ws[i]!.start, m.start));
    if (m.first <= i + 1 || shortLead || /,\s*$/.test(lead)) return { mention: m, how: "speaker-verb", clause };
    break;
  }
  return null;
}

const NOUN_MARKERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "whose", "no", "any", "every", "such"]);

/** A speech verb used as a verb: `remark`, `claim` or `report` after a determiner are nouns. */
export function isSpeechVerb(a: Analysis, v: number, lo: number, capitalOk = false): boolean {
  const w = a.words[v]!;
  if (!SPEECH_VERBS.has(w.key)) return false;
  if (!capitalOk && !/^\p{Ll}/u.test(w.text)) return false;
  const prev = a.words[v - 1];
  if (prev && v - 1 >= lo && (NOUN_MARKERS.has(prev.key) || /['’]s$/.test(prev.text))) return false;
  return true;
}

function skippable(key: string): boolean {
  return ["has", "have", "had", "also", "then", "later", "again", "once", "further", "previously", "recently", "would", "will", "was", "is", "quickly", "simply", "flatly", "bluntly", "repeatedly", "reportedly", "publicly", "privately", "often", "once", "has", "had"].includes(key) || /ly$/.test(key);
}

function headAttribution(a: Analysis, open: number, prevClose: number, headline: boolean): Attribution | null {
  const s = sentenceOf(a, open);
  const start = Math.max(s.start, prevClose);
  if (start >= open) return null;
  const ws = a.words;
  const lo = wordIndexAt(a, start);
  const hi = wordIndexAt(a, open); // first word at or after the quotation
  const clause = { start, end: open };
  const headText = a.text.slice(start, open);
  // `according to X, “...”`
  for (let i = lo; i < hi - 1; i++) {
    if (ws[i]!.key === "according" && ws[i + 1]!.key === "to") {
      const m = npForward(a.text, ws, i + 2);
      if (m && m.end <= open) return { mention: m, how: "according-to", clause };
    }
  }
  // The last speech verb before the quotation, and its subject.
  for (let v = hi - 1; v >= lo; v--) {
    if (a.quoted[v] || !isSpeechVerb(a, v, lo, headline)) continue;
    const w = ws[v]!;
    const putIt = w.key === "put" && ws[v + 1]?.key === "it";
    if (!CORE_SPEECH.has(w.key) && !putIt && !nearQuote(a, v, hi, open)) continue;
    const m = subjectOf(a, v, lo) ?? clauseSubject(a, lo, v);
    if (m) return { mention: m, how: "head-verb", clause };
  }
  // `X: “...”`, or a sentence that introduces the quotation with a colon.
  if (/:\s*$/.test(headText)) {
    const j = hi - 1;
    if (j >= lo) {
      const m = npBackwardAt(a, j, lo) ?? clauseSubject(a, lo, hi);
      if (m) return { mention: m, how: "colon", clause };
    }
  }
  if (headline) {
    const m = clauseSubject(a, lo, hi);
    if (m) return { mention: m, how: "headline", clause };
  }
  return null;
}

/** Whether the weaker speech verb at v leads straight into the quotation (`calls them “...”`). */
function nearQuote(a: Analysis, v: number, hi: number, open: number): boolean {
  if (hi - v > 4) return false;
  const between = a.text.slice(a.words[v]!.end, open);
  return !/[.;]/.test(between);
}

/** The subject that opens a clause, after any opening phrase set off by a comma. */
export function clauseSubject(a: Analysis, lo: number, v: number): Mention | undefined {
  let i = lo;
  for (let tries = 0; tries < 3 && i < v; tries++) {
    if (LEAD_SKIP.has(a.words[i]!.key)) i++;
    const m = npForward(a.text, a.words, i);
    const next = m ? a.words[m.last + 1] : undefined;
    const gap = m && next ? a.text.slice(a.words[m.last]!.end, next.start) : "";
    if (m && m.last < v && !/[,:;]/.test(gap)) return m;
    // Skip to the word after the next comma.
    let j = i;
    while (j < v && !/,/.test(a.text.slice(a.words[j]!.end, a.words[j + 1]?.start ?? a.words[j]!.end))) j++;
    i = j + 1;
  }
  return undefined;
}

function npBackwardAt(a: Analysis, j: number, lo: number): Mention | undefined {
  for (let i = Math.max(lo, j - 6); i <= j; i++) {
    const m = npForward(a.text, a.words, i);
    if (m && m.last === j && m.kind !== "pronoun") return m;
  }
  return undefined;
}

/** `told The New York Times`, `to Russia's Sputnik`, `in the lengthy interview`. */
export function setting(text: string, clause: Range): { saidTo: string | null; saidIn: string | null } {
  const s = text.slice(clause.start, clause.end);
  const name = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\.(?=\p{L}))?(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*)*`;
  const told = new RegExp(String.raw`(?:\b(?:told|tells|telling|said\s+to|speaking\s+to|spoke\s+to|in\s+an\s+interview\s+with|interview\s+with)|,\s*to)\s+(${name}|reporters|journalists|me|us)`, "u").exec(s);
  const where = /\b(?:in|on|during|at)\s+((?:a|an|the|his|her|their|its)\s+[^,.;:“”"]{0,60}?\b(?:interview|statement|speech|rally|debate|hearing|press conference|briefing|post|tweet|op-ed|letter|appearance|broadcast|episode|show|program|podcast|town hall|meeting|call|remarks|address|email|memo|report|video|book|column)s?)\b/u.exec(s);
  const toWho = told?.[1]?.replace(/['’]s$/, "") ?? null;
  return { saidTo: toWho && /\p{L}/u.test(toWho) ? toWho : null, saidIn: where?.[1] ?? null };
}
