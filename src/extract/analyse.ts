// One pass over an article that the public functions share: quotations and what they
// are, the cast, and who said each quotation.
import { Cast, type CastMember } from "./actors";
import { isHeadline, quoteKind, type QuoteKind } from "./classify";
import { CORE_SPEECH, STANCE_VERBS } from "./lexicon";
import { npBackward, npForward, type Mention } from "./mentions";
import { findQuotations, type Quotation } from "./quotes";
import { paragraphs, sentenceEnds, words, type Range, type Word } from "./text";
import { explicitAttribution, type Attribution } from "./speakers";
import { Resolver } from "./resolve";

export interface QuoteInfo {
  q: Quotation;
  kind: QuoteKind;
  paragraph: number;
  attribution: Attribution | null;
  /** Who said it, when found; `how` names the rule (an attribution pattern or a fallback). */
  speaker: { mention: Mention | null; member: CastMember | null; how: string } | null;
}

export interface SpeechEvent {
  /** Offset of the speech verb. */
  at: number;
  verb: Word;
  mention: Mention;
  member: CastMember | null;
}

export interface Analysis {
  text: string;
  paragraphs: Range[];
  /** Sentences, each inside one paragraph; quotations never end a sentence inside them. */
  sentences: Range[];
  words: Word[];
  /** Whether each word lies inside a quotation. */
  quoted: boolean[];
  quotes: QuoteInfo[];
  cast: Cast;
  /** Name mentions outside quotations, in text order. */
  names: { mention: Mention; member: CastMember }[];
  /** Every speech or stance verb outside quotations with its subject. */
  events: SpeechEvent[];
}

export function analyse(text: string): Analysis {
  const paras = paragraphs(text);
  const quotations = findQuotations(text);
  const quoteRanges = quotations.flatMap((q) => q.pieces.map((p) => ({ start: p.open, end: p.close + 1 })));
  const sentences: Range[] = [];
  for (const p of paras) {
    let from = p.start;
    for (const end of sentenceEnds(text, p.start, p.end, quoteRanges)) {
      if (end > from) sentences.push({ start: from, end });
      from = end;
      while (from < p.end && /\s/.test(text[from]!)) from++;
    }
    if (from < p.end) sentences.push({ start: from, end: p.end });
  }
  const ws = words(text, 0, text.length);
  const quoted = ws.map((w) => quoteRanges.some((r) => r.start < w.start && w.end <= r.end));

  const paraOf = (at: number) => {
    const i = paras.findIndex((p) => at < p.end);
    return i < 0 ? paras.length - 1 : i;
  };
  const headline = paras[0] && isHeadline(text.slice(paras[0].start, paras[0].end)) ? 0 : -1;
  const quotes: QuoteInfo[] = quotations
    .filter((q) => q.pieces.some((p) => /\p{L}/u.test(text.slice(p.start, p.end))))
    .map((q) => {
      const paragraph = paraOf(q.pieces[0]!.open);
      const s = sentences.find((x) => x.start <= q.pieces[0]!.open && q.pieces[0]!.open < x.end);
      const reported = !!s && ws.some((w, i) => w.start >= s.start && w.end <= s.end && !quoted[i] && CORE_SPEECH.has(w.key) && /^\p{Ll}/u.test(w.text));
      return { q, kind: quoteKind(text, q, paragraph === headline, reported), paragraph, attribution: null, speaker: null };
    });

  // Names outside quotations: first every full name, so that early short forms can join them.
  const cast = new Cast();
  const nameMentions: Mention[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (quoted[i]) continue;
    const m = npForward(text, ws, i);
    if (m && m.kind === "name") {
      nameMentions.push(m);
      i = m.last;
    }
  }
  cast.prepare(nameMentions.map((m) => text.slice(m.start, m.end)));
  const names = nameMentions.map((mention) => ({ mention, member: cast.byName(text.slice(mention.start, mention.end), mention.start) }));

  const analysis: Analysis = { text, paragraphs: paras, sentences, words: ws, quoted, quotes, cast, names, events: [] };
  analysis.events = speechEvents(analysis);
  attributeAll(analysis);
  return analysis;
}

/** Attributes every speech quotation, in text order, so that pronouns see who spoke before. */
function attributeAll(a: Analysis) {
  const resolver = new Resolver({ ...a, sentenceOf: (at: number) => sentenceOf(a, at) });
  const speech = a.quotes.filter((x) => x.kind === "speech");
  const allStarts = a.quotes.map((x) => x.q.pieces[0]!.open);
  const allEnds = a.quotes.map((x) => x.q.pieces[x.q.pieces.length - 1]!.close + 1);
  type Item = { at: number; run: () => void };
  const items: Item[] = [];
  for (const ev of a.events) {
    items.push({
      at: ev.at,
      run: () => {
        ev.member = resolver.resolve(ev.mention);
        if (ev.member) resolver.noteSpeaker(ev.mention.start, ev.member);
      },
    });
  }
  for (const info of speech) {
    const first = info.q.pieces[0]!;
    const last = info.q.pieces[info.q.pieces.length - 1]!;
    const prevClose = Math.max(0, ...allEnds.filter((e) => e <= first.open));
    const nextOpen = Math.min(a.text.length, ...allStarts.filter((o) => o > last.close));
    items.push({
      at: first.open,
      run: () => {
        const att = explicitAttribution(a, info, prevClose, nextOpen);
        info.attribution = att;
        if (att) {
          const member = resolver.resolve(att.mention);
          info.speaker = { mention: att.mention, member, how: att.how };
          if (member) resolver.noteSpeaker(att.mention.start, member);
        }
      },
    });
  }
  items.sort((x, y) => x.at - y.at);
  for (const it of items) it.run();

  // Quotations with no attribution beside them take the speaker of a neighbour.
  speech.forEach((info, i) => {
    if (info.speaker) return;
    const open = info.q.pieces[0]!.open;
    const prev = speech[i - 1];
    const next = speech[i + 1];
    // The quotation before it in the same paragraph, or the one after it.
    if (prev?.speaker && prev.paragraph === info.paragraph) return void (info.speaker = { ...prev.speaker, how: "previous-quote" });
    if (next?.attribution && next.paragraph === info.paragraph && next.speaker) return void (info.speaker = { ...next.speaker, how: "next-quote" });
    // The sentence or quotation that introduced it, in this paragraph or the one before.
    const from = a.paragraphs[Math.max(0, info.paragraph - 1)]!.start;
    const ev = a.events.filter((e) => e.at < open && e.at >= from && e.member).at(-1);
    const pq = prev && prev.paragraph >= info.paragraph - 1 && prev.speaker?.member ? prev : undefined;
    if (ev && (!pq || ev.at > pq.q.pieces[0]!.open)) return void (info.speaker = { mention: ev.mention, member: ev.member, how: "previous-sentence" });
    if (pq) return void (info.speaker = { ...pq.speaker!, how: "previous-paragraph" });
    const para = a.paragraphs[info.paragraph]!;
    const after = a.events.find((e) => e.at > open && e.at < para.end && e.member);
    if (after) return void (info.speaker = { mention: after.mention, member: after.member, how: "next-sentence" });
  });
}

const SKIPPABLE = new Set(["has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "then", "later", "again", "once", "further", "previously", "recently", "repeatedly", "not", "never", "did", "does", "do", "had", "already", "even", "still", "has", "be", "been", "reportedly", "publicly", "privately", "often", "frequently", "since"]);

/** The subject of the verb at word v: skips auxiliaries and adverbs, and an appositive between commas. */
export function subjectOf(a: Analysis, v: number, lo: number): Mention | undefined {
  const ws = a.words;
  let k = v - 1;
  let skipped = 0;
  while (k >= lo && skipped < 3 && (SKIPPABLE.has(ws[k]!.key) || /^\p{Ll}+ly$/u.test(ws[k]!.text)) && !a.quoted[k]) {
    k--;
    skipped++;
  }
  if (k < lo || a.quoted[k]) return undefined;
  // `X laughed and said`: the subject of the first verb.
  if (["and", "but", "then", "or"].includes(ws[k]!.key) && k - 1 >= lo && /^\p{Ll}/u.test(ws[k - 1]!.text)) return subjectOf(a, k - 1, lo);
  const gap = a.text.slice(ws[k]!.end, ws[k + 1]!.start);
  if (/\)/.test(gap)) {
    // `Rep. Jane Doe (D-Wis.) said`: the subject stands before the brackets.
    for (let j = k; j >= Math.max(lo, k - 8); j--) {
      if (/\(/.test(a.text.slice(ws[j - 1]?.end ?? 0, ws[j]!.start))) {
        const m = j - 1 >= lo ? npBackward(a.text, ws, j - 1) : undefined;
        return m && m.first >= lo ? m : undefined;
      }
    }
    return undefined;
  }
  if (/,/.test(gap) && !/[”"'’]/.test(gap)) {
    // `X, the deputy director of Y, said`: the subject stands before the appositive.
    for (let j = k - 1; j >= Math.max(lo, k - 40); j--) {
      if (a.quoted[j]) break;
      const g = a.text.slice(ws[j]!.end, ws[j + 1]!.start);
      if (/[.;:!?”"]/.test(g)) break;
      if (/,/.test(g)) {
        const m = /\)\s*,/.test(g) ? subjectOf(a, j + 1, lo) : npBackward(a.text, ws, j);
        if (m && (m.kind === "name" || m.kind === "nominal") && m.first >= lo) return m;
        if (m && m.kind === "pronoun") return undefined;
      }
    }
    return undefined;
  }
  const m = npBackward(a.text, ws, k) ?? describedBackward(a, k, lo);
  return m && m.first >= lo ? m : undefined;
}

const OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that"]);

/** `a narrator in the ad asks`: a description that opens with a determiner, whatever its noun. */
function describedBackward(a: Analysis, k: number, lo: number): Mention | undefined {
  const ws = a.words;
  if (!/^\p{Ll}/u.test(ws[k]!.text)) return undefined;
  for (let j = k; j >= Math.max(lo, k - 7); j--) {
    if (j < k && (a.quoted[j] || !/^\s+$/.test(a.text.slice(ws[j]!.end, ws[j + 1]!.start)))) return undefined;
    if (OPENERS.has(ws[j]!.key)) {
      const before = ws[j - 1];
      // Only at the start of a clause: not `told the reporter`.
      if (before && j - 1 >= lo && /^\s+$/.test(a.text.slice(before.end, ws[j]!.start)) && /^\p{Ll}/u.test(before.text) && !["and", "but", "then", "so"].includes(before.key)) return undefined;
      return { start: ws[j]!.start, end: ws[k]!.end, kind: "nominal", first: j, last: k };
    }
  }
  return undefined;
}

function speechEvents(a: Analysis): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  a.words.forEach((w, v) => {
    if (a.quoted[v] || !/^\p{Ll}/u.test(w.text)) return;
    if (!CORE_SPEECH.has(w.key) && !STANCE_VERBS.has(w.key) && !isStanceVerb(w.key)) return;
    // `his claims`, `the report`: nouns, not verbs.
    const prev = a.words[v - 1];
    if (prev && /^(the|a|an|his|her|their|its|our|my|this|these|those)$/.test(prev.key)) return;
    const s = sentenceOf(a, w.start);
    const lo = a.words.findIndex((x) => x.start >= s.start);
    const mention = subjectOf(a, v, lo);
    if (mention) out.push({ at: w.start, verb: w, mention, member: null });
  });
  return out;
}

function isStanceVerb(key: string): boolean {
  return ["believes", "thinks", "refused", "rejected", "called", "calls", "described", "touted", "touting", "voiced", "pointed", "highlighted"].includes(key);
}

export function sentenceOf(a: Analysis, at: number): Range {
  return a.sentences.find((s) => s.start <= at && at < s.end) ?? a.sentences.find((s) => at < s.end) ?? { start: 0, end: a.text.length };
}

export function wordIndexAt(a: Analysis, at: number): number {
  let lo = 0;
  let hi = a.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
