// One pass over an article that the public functions share: paragraphs, sentences and
// words, the quotations and what they are, the cast, and who said each quotation. Every
// step is linear in the text or n·log n, and counts its steps in `work`.
import { Cast } from "./actors";
import { type Analysis, paragraphIndexAt, type QuoteInfo, type SpeechEvent, sentenceOf, startsOf, wordIndexAt } from "./analysis";
import { attributeAll } from "./attribute";
import { isHeadline, quoteKind } from "./classify";
import { CORE_SPEECH, NOUN_MARKERS_BEFORE_VERB, STANCE_VERBS, TEASER_LABELS, UNREPORTED_STANCE_VERBS } from "./lexicon";
import { type Mention, npForward } from "./mentions";
import { findQuotations, type Quotation, type QuotePiece } from "./quotes";
import { lastAtOrBefore, Reach } from "./spans";
import { subjectOf } from "./subjects";
import { isLowerCase, paragraphs, type Range, sentenceEnds, type Word, words } from "./text";
import { NAME_STEPS, NAME_WORD_STEPS, survey, Work } from "./work";

export function analyse(text: string, work: Work = Work.forText(text.length)): Analysis {
  // Paid before any work that allocates per mark, quotation, word or name (see
  // src/extract/work.ts): a text whose survey predicts more than a draft may take is refused
  // here, before the costly stages.
  work.charge(survey(text));
  const paras = paragraphs(text);
  work.add(text.length);
  const quotations = findQuotations(text, paras, work);
  const marked = new Reach(quotations.flatMap((q) => q.pieces.map((p) => ({ start: p.open, end: p.close + 1 }))));
  const sentences = sentencesOf(text, paras, marked, work);
  const ws = words(text, 0, text.length);
  work.add(ws.length);
  // Inside a quotation: some quotation opens before the word and closes at or after its end.
  const quoted = ws.map((w) => marked.furthestEnd(w.start, true) >= w.end);
  work.chargeVerbs(speechVerbCandidates(ws, quoted));
  const headline = !!paras[0] && isHeadline(text.slice(paras[0].start, paras[0].end));
  const a: Analysis = {
    text,
    work,
    paragraphs: paras,
    sentences,
    words: ws,
    quoted,
    headline,
    quotes: [],
    cast: new Cast(work),
    names: [],
    events: [],
  };
  a.quotes = classified(a, quotations);
  a.names = castOf(a);
  a.events = speechEvents(a);
  attributeAll(a);
  return a;
}

function sentencesOf(text: string, paras: Range[], marked: Reach, work: Work): Range[] {
  const sentences: Range[] = [];
  for (const p of paras) {
    let from = p.start;
    for (const end of sentenceEnds(text, p.start, p.end, marked, work)) {
      if (end > from) sentences.push({ start: from, end });
      from = end;
      while (from < p.end && /\s/.test(text[from]!)) from++;
    }
    if (from < p.end) sentences.push({ start: from, end: p.end });
  }
  return sentences;
}

/** Each quotation with letters in it, and what it is: speech, scare quotes, a title… */
function classified(a: Analysis, quotations: Quotation[]): QuoteInfo[] {
  const reports = sentencesReportingSpeech(a);
  const sentenceStarts = startsOf(a.sentences);
  const infos: QuoteInfo[] = quotations
    .filter((q) => q.pieces.some((p) => /\p{L}/u.test(a.text.slice(p.start, p.end))))
    .map((q) => {
      const open = q.pieces[0]!.open;
      a.work.add();
      const paragraph = paragraphIndexAt(a.paragraphs, open);
      const si = lastAtOrBefore(sentenceStarts, open);
      const reported = si >= 0 && open < a.sentences[si]!.end && reports[si]!;
      const paragraphStart = a.paragraphs[paragraph]?.start ?? 0;
      return {
        q,
        kind: quoteKind(a.text, q, a.headline && paragraph === 0, reported, paragraphStart),
        paragraph,
        attribution: null,
        speaker: null,
      };
    });
  markLists(a, infos);
  markFurniture(a, infos);
  return infos;
}

/** Captions credit a photograph: `(AP Photo/…)`, `Photo: …`, `… Getty Images`. */
const CAPTION =
  /\((?:AP|Reuters|AFP|EPA|Getty)\b[^)]{0,40}(?:Photo|Images)[^)]{0,60}\)|\b(?:Photo|Photograph|Image|Picture)s?(?: credit)?:|\bGetty Images\b|\b(?:Credit|Source):\s*\S[^.]{0,60}$|\((?:THE )?(?:CANADIAN PRESS|Canadian Press|PA|AAP|Bloomberg|Reuters|AP|AFP|EPA)\b[^)]{0,60}\)\s*$|\bFile photo\b/;

/**
 * Page furniture quotes nobody: a teaser line (`READ MORE: '…'`), a caption, or a subhead
 * or pull quote, which stands alone as its paragraph without the punctuation of speech.
 */
function markFurniture(a: Analysis, infos: QuoteInfo[]): void {
  // Whether a paragraph is a caption, read once per paragraph, not once per quotation in it.
  const caption = new Map<number, boolean>();
  const isCaption = (pi: number) => {
    let known = caption.get(pi);
    if (known === undefined) {
      const p = a.paragraphs[pi]!;
      a.work.add(p.end - p.start);
      caption.set(pi, (known = CAPTION.test(a.text.slice(p.start, p.end))));
    }
    return known;
  };
  // An article that quotes speech in double marks keeps single marks for subheads and titles.
  const singles = infos.filter((x) => x.q.single).length;
  const doubleStyle = infos.length - singles > singles;
  for (const info of infos) {
    if (info.kind !== "speech") continue;
    const p = a.paragraphs[info.paragraph]!;
    // Read a bounded head of the paragraph: the label is at its start.
    const head = a.text.slice(p.start, Math.min(p.end, p.start + 40));
    a.work.add(head.length);
    // In capitals (`READ MORE:`) or not (`Click to play video:`, `Watch:`).
    const label = /^\s*([A-Z][A-Za-z' ]{1,22}[A-Za-z])\s*[:|]/.exec(head);
    if (label && TEASER_LABELS.has(label[1]!.toLowerCase())) info.kind = "furniture";
    else if (info.q.pieces.length === 1 && standsAlone(a.text, info.q.pieces[0]!, p)) info.kind = "furniture";
    else if (doubleStyle && info.q.single && info.q.pieces.length === 1 && isSubhead(a.text, info.q.pieces[0]!, p)) info.kind = "furniture";
    else if (isCaption(info.paragraph)) info.kind = "furniture";
  }
}

/** A quotation that is its whole paragraph and ends without a stop or comma: a subhead or pull quote. */
function standsAlone(text: string, q: QuotePiece, p: Range): boolean {
  return isWholeParagraph(text, q, p) && !/[.?!,;:…—–-]\s*$/.test(text.slice(q.start, q.end));
}

/** The most words of a subhead in single marks (`'A fight from start to finish.'`). */
const SUBHEAD_MAX_WORDS = 10;

/** A short quotation that is its whole paragraph, with or without a stop: a subhead in single marks. */
function isSubhead(text: string, q: QuotePiece, p: Range): boolean {
  return q.end - q.start < 120 && isWholeParagraph(text, q, p) && text.slice(q.start, q.end).split(/\s+/).length <= SUBHEAD_MAX_WORDS;
}

function isWholeParagraph(text: string, q: QuotePiece, p: Range): boolean {
  if (q.open !== firstNonSpaceFrom(text, p.start, p.end) || q.close >= p.end) return false;
  return text.slice(q.after, p.end).trim() === "";
}

function firstNonSpaceFrom(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from]!)) from++;
  return from;
}

/** Words a list of quoted items is joined by: commas, `and`, `or`, `nor`, `as well as`. */
const LIST_GLUE = /^(?:[\s,;]|and\b|or\b|nor\b|as well as\b)*$/;
/** The most words a quoted item of a list has; longer ones are sentences someone said. */
const LIST_ITEM_MAX_WORDS = 4;
/** The longest glue between two items (`, as well as `): read only when this short. */
const LIST_GAP_MAX_CHARS = 20;

/**
 * Quoted words listed side by side (`“reform,” “growth” and “jobs”`) are terms being
 * named, not speech: two or more short quotations with nothing but list glue between them.
 * One pass over the quotations in order, each compared with its neighbour.
 */
function markLists(a: Analysis, infos: QuoteInfo[]): void {
  // An item that ends a sentence inside its marks (`… and “sad.”`) is left as speech: the
  // tuning split annotates such lists as the speaker's words.
  const short = (info: QuoteInfo) => {
    if (info.q.pieces.length !== 1) return false;
    const inner = a.text.slice(info.q.pieces[0]!.start, info.q.pieces[0]!.end);
    return !/[.?!]\s*$/.test(inner) && inner.split(/\s+/).length <= LIST_ITEM_MAX_WORDS;
  };
  for (let i = 0; i + 1 < infos.length; i++) {
    const x = infos[i]!;
    const y = infos[i + 1]!;
    a.work.add();
    const from = x.q.pieces[0]!.after;
    const to = y.q.pieces[0]!.open;
    if (x.paragraph !== y.paragraph || to - from > LIST_GAP_MAX_CHARS || !LIST_GLUE.test(a.text.slice(from, to)) || !short(x) || !short(y))
      continue;
    if (x.kind === "speech") x.kind = "scare-quotes";
    if (y.kind === "speech") y.kind = "scare-quotes";
  }
}

/** For each sentence, whether a verb of saying outside quotations stands in it. */
function sentencesReportingSpeech(a: Analysis): boolean[] {
  const reports = a.sentences.map(() => false);
  const starts = startsOf(a.sentences);
  a.words.forEach((w, i) => {
    if (a.quoted[i] || !CORE_SPEECH.has(w.key) || !isLowerCase(w.text)) return;
    const si = lastAtOrBefore(starts, w.start);
    if (si >= 0 && w.end <= a.sentences[si]!.end) reports[si] = true;
  });
  return reports;
}

/** Names outside quotations: first every full name, so that early short forms can join them. */
function castOf(a: Analysis): Analysis["names"] {
  const found: Mention[] = [];
  // Full names inside quotations are no mentions of a speaker, but they say who a later bare
  // surname is: `“Doug Ford cut it,” she said. Ford defended his record.`
  const quotedNames: Mention[] = [];
  for (let i = 0; i < a.words.length; i++) {
    const m = npForward(a, i);
    if (m && m.kind === "name") {
      if (!a.quoted[i]) found.push(m);
      else if (m.last > m.first && a.quoted[m.last]) quotedNames.push(m);
      i = m.last;
    }
  }
  // Paid now for what each name costs the cast and the draft later (see NAME_STEPS).
  for (const m of [...found, ...quotedNames]) a.work.add(NAME_STEPS + NAME_WORD_STEPS * (m.last - m.first + 1));
  a.cast.prepare([...found, ...quotedNames].map((m) => a.text.slice(m.start, m.end)));
  return found.map((mention) => ({ mention, member: a.cast.byName(a.text.slice(mention.start, mention.end), mention.start) }));
}

/** A lower-case verb of saying or stance: what speechEvents finds the subject of. */
function isSpeechOrStanceVerb(w: Word): boolean {
  return isLowerCase(w.text) && (CORE_SPEECH.has(w.key) || STANCE_VERBS.has(w.key) || UNREPORTED_STANCE_VERBS.has(w.key));
}

/** How many words outside quotations speechEvents will look for a subject of, charged before (VERB_STEPS). */
function speechVerbCandidates(ws: Word[], quoted: boolean[]): number {
  let n = 0;
  for (let i = 0; i < ws.length; i++) if (!quoted[i] && isSpeechOrStanceVerb(ws[i]!)) n++;
  return n;
}

/** Every speech or stance verb outside quotations whose subject can be found. */
function speechEvents(a: Analysis): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  a.words.forEach((w: Word, v) => {
    if (a.quoted[v] || !isSpeechOrStanceVerb(w)) return;
    // `his claims`, `the report`: nouns, not verbs.
    const prev = a.words[v - 1];
    if (prev && NOUN_MARKERS_BEFORE_VERB.has(prev.key)) return;
    const lo = wordIndexAt(a, sentenceOf(a, w.start).start);
    const mention = subjectOf(a, v, lo);
    if (mention) out.push({ at: w.start, verb: w, mention, member: null });
  });
  return out;
}
