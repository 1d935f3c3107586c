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
 * open after a space or bracket and close before something that is not a letter: the
 * first such mark after it on its line, after a character that is not a space.
 *
 * A scan, where a lazy regular expression (`['‘](?=\S)[^\n]*?\S['’](?![\p{L}\p{N}])`)
 * searched to the end of the line from every mark that never closed: quadratic.
 */
function singleQuotations(text: string): Quotation[] {
  // closes[i]: the first offset >= i of a mark that can close a single quotation; lines[i]:
  // the first line break at or after i. Filled from the end, once.
  const n = text.length;
  const closes = new Int32Array(n + 2).fill(n + 1);
  const lines = new Int32Array(n + 2).fill(n);
  for (let k = n - 1; k >= 0; k--) {
    const ch = text[k]!;
    const canClose = (ch === "'" || ch === "’") && k > 0 && /\S/.test(text[k - 1]!) && !LETTER_OR_DIGIT.test(text.slice(k + 1, k + 3));
    closes[k] = canClose ? k : closes[k + 1]!;
    lines[k] = ch === "\n" ? k : lines[k + 1]!;
  }
  const found: Quotation[] = [];
  for (let open = 0; open < n; open++) {
    const ch = text[open]!;
    if (ch !== "'" && ch !== "‘") continue;
    if (open > 0 && !OPENS_SINGLE.test(text[open - 1]!)) continue;
    if (open + 1 >= n || !/\S/.test(text[open + 1]!)) continue;
    const close = closes[open + 2]!;
    if (close >= lines[open + 1]! || close >= n) continue;
    found.push({ open, close, start: open + 1, end: close });
    open = close;
  }
  return found;
}

const OPENS_SINGLE = /[\s(\[—–]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A test of whether [start, end) lies inside one quotation's words, built once for many questions. */
export function quotedIndex(quotations: Quotation[]): (start: number, end: number) => boolean {
  // Sorted by start, with the furthest end among each prefix: one binary search a question.
  const sorted = [...quotations].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let max = -Infinity;
  for (const q of sorted) furthest.push((max = Math.max(max, q.end)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! >= end;
  };
}
