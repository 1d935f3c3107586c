// Finds quotations and tells speech from scare quotes, titles and nicknames.
// News prose marks quotations with straight or curly double marks, doubled apostrophes
// ('' as some wire archives print them) and, in headlines, single marks.
import { paragraphs, type Range } from "./text";

export interface QuotePiece extends Range {
  /** Offsets of the opening and closing marks; `close` is the paragraph's end when the quotation runs on. */
  open: number;
  close: number;
  /** The offset just after the closing mark (marks can be two characters: ''). */
  after: number;
}

export interface Quotation {
  /** One piece, or several when the quotation runs over paragraphs. */
  pieces: QuotePiece[];
  /** Single marks: headlines, or a quotation nested in reported speech. */
  single: boolean;
  /** The paragraph ended before the quotation closed, and no paragraph continued it. */
  unclosed: boolean;
}

const OPENS = new Set(["“", "„", "«"]);
const CLOSES = new Set(["”", "»"]);

interface Mark {
  at: number;
  len: number;
  role: "open" | "close" | "either";
}

/** Double marks of one paragraph, in order. */
function doubleMarks(text: string, p: Range): Mark[] {
  const marks: Mark[] = [];
  let inTag = false;
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i]!;
    // Markup left in the text (<tweet id="...">) quotes attribute values, not words.
    if (ch === "<" && /^<\/?[a-z][\w-]*[\s>\/]/i.test(text.slice(i, i + 20))) inTag = true;
    if (inTag) {
      if (ch === ">") inTag = false;
      continue;
    }
    // Inches, as in 6'3": a digit, an apostrophe, digits and a straight mark.
    if (ch === '"' && /\d['’]\d{1,2}$/.test(text.slice(Math.max(p.start, i - 5), i))) continue;
    if (ch === "'" && text[i + 1] === "'") {
      marks.push({ at: i, len: 2, role: "either" });
      i++;
    } else if (ch === '"') marks.push({ at: i, len: 1, role: "either" });
    else if (OPENS.has(ch)) marks.push({ at: i, len: 1, role: "open" });
    else if (CLOSES.has(ch)) marks.push({ at: i, len: 1, role: "close" });
  }
  return marks;
}

/** Whether a mark stands where a quotation could open: after a space or start, before a word. */
function looksOpening(text: string, m: Mark, p: Range): boolean {
  const before = m.at > p.start ? text[m.at - 1]! : " ";
  const after = text[m.at + m.len] ?? " ";
  return /[\s(\[—–\-:,;/]/.test(before) && !/\s/.test(after);
}

/** Whether a mark reads as a closing one: after a word or punctuation, before a space or punctuation. */
function closesHere(text: string, m: Mark, p: Range): boolean {
  const before = m.at > p.start ? text[m.at - 1]! : " ";
  const after = text[m.at + m.len] ?? " ";
  return !/\s/.test(before) && /[\s,.;:!?)\]—–-]/.test(after);
}

export function findQuotations(text: string): Quotation[] {
  const paras = paragraphs(text);
  const found: Quotation[] = [];
  let carried: QuotePiece[] | null = null;
  paras.forEach((p, pi) => {
    const marks = doubleMarks(text, p);
    let open: Mark | null = null;
    let pending: QuotePiece[] | null = carried;
    carried = null;
    // The paragraph must reopen a carried quotation with its first mark.
    const firstNonSpace = text.slice(p.start, p.end).search(/\S/) + p.start;
    if (pending && !(marks[0] && marks[0].at === firstNonSpace && marks[0].role !== "close")) {
      found.push({ pieces: pending, single: false, unclosed: true });
      pending = null;
    }
    // A quotation opened with one style of mark may nest the other style inside it.
    let nested = 0;
    for (const m of marks) {
      if (!open) {
        if (m.role === "close" && !looksOpening(text, m, p)) continue;
        open = m;
        continue;
      }
      const openStraight = open.role === "either";
      const straight = m.role === "either";
      if (openStraight !== straight) {
        if (m.role === "open" || (straight && looksOpening(text, m, p) && !closesHere(text, m, p))) {
          nested++;
          continue;
        }
        if (nested > 0) {
          nested--;
          continue;
        }
      } else if (m.role === "open" && looksOpening(text, m, p) && !/[,.?!]/.test(text[m.at - 1] ?? "")) {
        // A second opening mark of the same style: the first never closed; keep the later one.
        open = m;
        continue;
      }
      const piece: QuotePiece = { open: open.at, close: m.at, start: open.at + open.len, end: m.at, after: m.at + m.len };
      found.push({ pieces: [...(pending ?? []), piece], single: false, unclosed: false });
      pending = null;
      open = null;
      nested = 0;
    }
    if (open) {
      const piece: QuotePiece = { open: open.at, close: p.end, start: open.at + open.len, end: p.end, after: p.end };
      const next = paras[pi + 1];
      const reopens = next && /^\s*(["“„«]|'')/.test(text.slice(next.start, next.end));
      if (reopens) carried = [...(pending ?? []), piece];
      else found.push({ pieces: [...(pending ?? []), piece], single: false, unclosed: true });
    } else if (pending) found.push({ pieces: pending, single: false, unclosed: true });
  });
  if (carried) found.push({ pieces: carried, single: false, unclosed: true });

  const inDouble = (at: number) => found.some((q) => q.pieces.some((x) => x.open <= at && at <= x.close));
  for (const p of paras) {
    for (const m of text.slice(p.start, p.end).matchAll(SINGLE)) {
      const open = p.start + m.index;
      const close = open + m[0].length - 1;
      if (inDouble(open) || inDouble(close)) continue;
      found.push({ pieces: [{ open, close, start: open + 1, end: close, after: close + 1 }], single: true, unclosed: false });
    }
  }
  return trimPieces(text, found).sort((a, b) => a.pieces[0]!.open - b.pieces[0]!.open);
}

/** Single marks double as apostrophes, so a quotation must open after a space and close before a non-letter. */
const SINGLE = /(?<=^|[\s(\[—–:])['‘](?=[^\s'])([^\n'‘’]|['’](?=\p{L}))*?[^\s]['’](?![\p{L}\p{N}'])/gu;

function trimPieces(text: string, qs: Quotation[]): Quotation[] {
  for (const q of qs) {
    for (const piece of q.pieces) {
      while (piece.end > piece.start && /\s/.test(text[piece.end - 1]!)) piece.end--;
      while (piece.start < piece.end && /\s/.test(text[piece.start]!)) piece.start++;
    }
    // Stage directions such as (CROSSTALK) inside a transcript are nobody's words.
    q.pieces = q.pieces.filter((x) => x.end > x.start && !/^\([^()]*\)\.?$/.test(text.slice(x.start, x.end)));
  }
  return qs.filter((q) => q.pieces.length > 0);
}

export function innerText(text: string, q: Quotation): string {
  return q.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
}
