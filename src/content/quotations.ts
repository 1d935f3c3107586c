// Finds the spans of an article that stand inside double quotation marks.
// The verifier uses it to prove that every quotation is attributed and that every
// "quote" really is quoted; it knows nothing of speakers.

export interface Quotation {
  /** Offsets of the opening and closing marks: text.slice(open, close + 1) includes both. */
  open: number;
  close: number;
  /** [start, end) of the words between the marks. */
  start: number;
  end: number;
}

const OPENING = new Set(["“", "„", "«"]);
const CLOSING = new Set(["”", "»"]);

/**
 * Straight quotes are paired in order within a paragraph; curly ones by direction.
 * A paragraph that opens a quotation without closing it continues into the next
 * paragraph's opening mark (the newspaper convention for multi-paragraph quotes),
 * so the pair is the first opening mark and the last closing mark.
 */
export function findQuotations(text: string): Quotation[] {
  return [...doubleQuotations(text), ...singleQuotations(text)].sort((a, b) => a.open - b.open);
}

function doubleQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let openAt = -1;
  let carried = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (openAt >= 0) carried = openAt;
      openAt = -1;
      continue;
    }
    const isStraight = ch === '"';
    if (openAt < 0 && (OPENING.has(ch) || isStraight)) {
      openAt = carried >= 0 ? carried : i;
      carried = -1;
    } else if (openAt >= 0 && (CLOSING.has(ch) || isStraight)) {
      found.push({ open: openAt, close: i, start: openAt + 1, end: i });
      openAt = -1;
    } else if (carried >= 0 && !/\s/.test(ch)) {
      // The next paragraph did not reopen the quotation: it ended unclosed.
      carried = -1;
    }
  }
  return found;
}

/**
 * Single marks double as apostrophes (Putin's, it’s), so a single-quoted span must
 * open after a space or bracket and close before something that is not a letter.
 */
const SINGLE = /(?<=^|[\s(\[—–])(['‘])(?=\S)([^\n]*?\S)(?:'|’)(?![\p{L}\p{N}])/gu;

function singleQuotations(text: string): Quotation[] {
  return [...text.matchAll(SINGLE)].map((m) => {
    const open = m.index;
    const close = open + m[0].length - 1;
    return { open, close, start: open + 1, end: close };
  });
}

/** Whether [start, end) lies inside one quotation's words. */
export function isQuoted(quotations: Quotation[], start: number, end: number): boolean {
  return quotations.some((q) => q.start <= start && end <= q.end);
}
