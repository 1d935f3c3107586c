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
  let after = 0;
  // Only marks and line breaks matter; a regular expression jumps from one to the next.
  const marks = /["“„«”»\n]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    // The next paragraph did not reopen the quotation before a word: it ended unclosed.
    if (carried >= 0 && /\S/.test(text.slice(after, i))) carried = -1;
    after = i + 1;
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
    } else if (carried >= 0) {
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
 * searched to the end of the line from every mark that never closed: quadratic. The
 * openings are taken in order, so the next closing mark and the next line break are
 * found by searches that only move forward: each character is looked at once.
 */
function singleQuotations(text: string): Quotation[] {
  const n = text.length;
  const canClose = (k: number) => k > 0 && /\S/.test(text[k - 1]!) && !LETTER_OR_DIGIT.test(text.slice(k + 1, k + 3));
  const closers = /['’]/g;
  let closer = -1; // the first closing mark at or after closers' last search start
  const nextCloser = (from: number) => {
    if (closer >= from) return closer;
    closers.lastIndex = from;
    for (let m = closers.exec(text); m; m = closers.exec(text)) if (canClose(m.index)) return (closer = m.index);
    return (closer = n + 1);
  };
  let line = -1;
  const nextLine = (from: number) => {
    if (line >= from) return line;
    const at = text.indexOf("\n", from);
    return (line = at < 0 ? n : at);
  };
  const found: Quotation[] = [];
  const openers = /['‘]/g;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const open = m.index;
    if (open > 0 && !OPENS_SINGLE.test(text[open - 1]!)) continue;
    if (open + 1 >= n || !/\S/.test(text[open + 1]!)) continue;
    const close = nextCloser(open + 2);
    if (close >= nextLine(open + 1) || close >= n) continue;
    found.push({ open, close, start: open + 1, end: close });
    openers.lastIndex = close + 1;
  }
  return found;
}

const OPENS_SINGLE = /[\s([—–]/;
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
