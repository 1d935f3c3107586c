// Finds quotations and tells speech from scare quotes, titles and nicknames.
// News prose marks quotations with straight or curly double marks, doubled apostrophes
// ('' as some wire archives print them) and, in headlines, single marks.
import { Reach } from "./spans";
import { firstNonSpace, isSpaceAt, type Range } from "./text";
import { rx } from "./unicode-regexps";
import type { Work } from "./work";

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
/**
 * The characters doubleMarks looks at: `<` (markup), straight and curly marks, guillemets.
 * Sought by the expression engine, which skips the letters and spaces between them far faster
 * than a loop asking of each character.
 */
const MAY_MARK = /[<"'‘’“”„«»]/g;
const CLOSES = new Set(["”", "»"]);

interface Mark {
  at: number;
  len: number;
  role: "open" | "close" | "either";
  /** A curly mark after a height (6’2”): inches, unless nothing after it closes. */
  inches?: boolean;
}

/** Double marks of one paragraph, in order. */
function doubleMarks(text: string, p: Range, work: Work): Mark[] {
  work.add(p.end - p.start);
  const marks: Mark[] = [];
  let inTag = false;
  // Sought in the paragraph alone, so that a paragraph without marks is not searched past its end.
  const paragraph = text.slice(p.start, p.end);
  for (let i = p.start; i < p.end; i++) {
    // Nearly every character is a letter or a space: jump to the next that may be a mark.
    if (!inTag) {
      MAY_MARK.lastIndex = i - p.start;
      // Each mark is one character, the one before lastIndex: `test` finds it without a match object.
      if (!MAY_MARK.test(paragraph)) break;
      i = p.start + MAY_MARK.lastIndex - 1;
    }
    const ch = text[i]!;
    // Markup left in the text (<tweet id="...">) quotes attribute values, not words.
    if (ch === "<" && /^<\/?[a-z][\w-]*[\s>/]/i.test(text.slice(i, i + 20))) inTag = true;
    if (inTag) {
      if (ch === ">") inTag = false;
      continue;
    }
    // Inches, as in 6'3": a digit, an apostrophe, digits and a straight mark.
    if (ch === '"' && isInches(text, p.start, i)) continue;
    if (ch === "'" && text[i + 1] === "'") {
      marks.push({ at: i, len: 2, role: "either" });
      i++;
    } else if ((ch === "‘" || ch === "’") && text[i + 1] === ch) {
      // Doubled curly apostrophes, as some archives and typesetters print double marks.
      marks.push({ at: i, len: 2, role: ch === "‘" ? "open" : "close" });
      i++;
    } else if (isApostrophe(ch) && isApostrophe(text[i + 1])) {
      // Two unlike apostrophes (‘’, ’‘, '’): typed '' and half-curled by an editor. Which
      // way they face says little; where they stand says whether they open or close.
      const mark: Mark = { at: i, len: 2, role: "either" };
      mark.role = looksOpening(text, mark, p) ? "open" : "close";
      marks.push(mark);
      i++;
    } else if (ch === '"') marks.push({ at: i, len: 1, role: "either" });
    else if (OPENS.has(ch)) marks.push({ at: i, len: 1, role: "open" });
    else if (ch === "”" && isInches(text, p.start, i)) marks.push({ at: i, len: 1, role: "close", inches: true });
    else if (CLOSES.has(ch)) marks.push({ at: i, len: 1, role: "close" });
  }
  return withoutInches(reversedOpening(text, p, marks));
}

/**
 * `” The results are in. We won,” she said.`: a paragraph whose first character is a closing mark
 * with a space and a capital after it opens a quotation with a mark typed the wrong way round
 * (one with a letter straight after it already reads as opening, see looksOpening). A reader sees the
 * words after it as quoted; read as a closing mark with nothing open, the mark was dropped, and the
 * quotation with it, leaving its names to be read as the narrator's. Only when a later mark of the
 * paragraph can close it: `” Jane Roe said.` alone is a closing mark wrapped onto a line of its own.
 */
function reversedOpening(text: string, p: Range, marks: Mark[]): Mark[] {
  const first = marks[0];
  if (first?.role !== "close" || first.len !== 1 || first.at !== firstNonSpace(text, p.start, p.end)) return marks;
  if (!rx.u`^[ \u00a0]\p{Lu}`.test(text.slice(first.at + 1, first.at + 3)) || !marks.some((m, k) => k > 0 && m.role !== "open"))
    return marks;
  first.role = "open";
  return marks;
}

/**
 * Marks without the curly ones that read as inches (`he’s like 6’2”,”`) where a later mark
 * of the paragraph could close the quotation instead; the last closing mark stays one.
 */
function withoutInches(marks: Mark[]): Mark[] {
  if (!marks.some((m) => m.inches)) return marks;
  let laterClose = false;
  const kept: Mark[] = [];
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k]!;
    if (m.inches && laterClose) continue;
    if (m.role !== "open") laterClose = true;
    kept.push(m);
  }
  return kept.reverse();
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === "‘" || ch === "’";
}

/** Whether text before `at` (from `from` on) ends in a digit, an apostrophe and one or two digits: 6'3", 6’3”. */
function isInches(text: string, from: number, at: number): boolean {
  // Read character by character: a slice and a regular expression for every straight mark
  // was most of the cost of a text made of quotations.
  if (!isDigit(text, from, at - 1)) return false;
  const k = isDigit(text, from, at - 2) ? at - 3 : at - 2;
  return k - 1 >= from && (text[k] === "'" || text[k] === "’") && isDigit(text, from, k - 1);
}

function isDigit(text: string, from: number, i: number): boolean {
  const c = i >= from ? text.charCodeAt(i) : 0;
  return c >= 48 && c <= 57;
}

/**
 * Whether a mark stands where a quotation could open: after a space or start, before a word.
 * Invisible format characters (zero-width spaces, direction marks) that web copy leaves
 * before a mark count as the space they stand in for.
 */
function looksOpening(text: string, m: Mark, p: Range): boolean {
  const before = m.at > p.start ? text[m.at - 1]! : " ";
  const after = text[m.at + m.len] ?? " ";
  return /[\s([—–\-:,;/\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(before) && !/\s/.test(after);
}

/** Whether a mark reads as a closing one: after a word or punctuation, before a space or punctuation. */
function closesHere(text: string, m: Mark, p: Range): boolean {
  const before = m.at > p.start ? text[m.at - 1]! : " ";
  const after = text[m.at + m.len] ?? " ";
  return !/\s/.test(before) && /[\s,.;:!?)\]—–-]/.test(after);
}

/**
 * Every quotation of the text, in order of its opening mark. A quotation in single marks that a
 * double one holds (`“I said, ‘Not again,’ and left”`) is none of them: it goes to `inner`, when
 * given, for nested-quotations.ts to weigh.
 */
export function findQuotations(text: string, paras: Range[], work: Work, inner?: Quotation[]): Quotation[] {
  const doubles = doubleQuotations(text, paras, work);
  const singles = singleQuotations(text, paras, doubles, work, inner);
  return trimPieces(text, [...withoutNested(doubles, singles), ...singles], work).sort((a, b) => a.pieces[0]!.open - b.pieces[0]!.open);
}

/**
 * Double quotations without those a closed single quotation holds: where speech is set in
 * single marks (`‘I told them “no” and meant it,’ she said`), a double one inside it is a
 * quotation within the speech, as a single one inside double marks is elsewhere.
 */
function withoutNested(doubles: Quotation[], singles: Quotation[]): Quotation[] {
  const closed = singles.filter((q) => !q.unclosed).map((q) => ({ start: q.pieces[0]!.open, end: q.pieces[0]!.close }));
  if (closed.length === 0) return doubles;
  const holders = new Reach(closed);
  return doubles.filter((q) => {
    const first = q.pieces[0]!;
    return !(q.pieces.length === 1 && holders.furthestEnd(first.open) > first.close);
  });
}

/** Quotations in double marks, paragraph by paragraph; one left open runs on into a paragraph that reopens it. */
function doubleQuotations(text: string, paras: Range[], work: Work): Quotation[] {
  const found: Quotation[] = [];
  let carried: QuotePiece[] | null = null;
  // Whether the carried quotation goes on without an opening mark (see closesCarried).
  let bare = false;
  // The next paragraph's marks, read once for the look ahead and kept for its own turn.
  let ahead: Mark[] | null = null;
  paras.forEach((p, pi) => {
    const read = ahead ?? doubleMarks(text, p, work);
    const marks = excerptFrame(text, p, read) ? read.filter((m, k) => k > 0 && !(m.role === "either" && k === read.length - 1)) : read;
    ahead = null;
    let open: Mark | null = null;
    let pending: QuotePiece[] | null = carried;
    carried = null;
    if (pending && bare) {
      // The quotation runs on from the paragraph's first word to the closing mark.
      open = { at: firstNonSpace(text, p.start, p.end), len: 0, role: marks[0]!.role === "either" ? "either" : "open" };
    } else if (
      pending &&
      !(marks[0] && marks[0].at === firstNonSpace(text, p.start, p.end) && (marks[0].role !== "close" || looksOpening(text, marks[0], p)))
    ) {
      // The paragraph must reopen a carried quotation with its first mark.
      found.push({ pieces: pending, single: false, unclosed: true });
      pending = null;
    }
    bare = false;
    // A quotation opened with one style of mark may nest the other style inside it.
    let nested = 0;
    // A second opening mark of the same style either nests a quotation in the first
    // (`“… when “your team” needs …”`) or shows the first never closed. Both are kept open:
    // the quotations after it are held back until a closing mark with nothing open closes
    // the outer one (they were nested), or the paragraph ends (the outer one never closed).
    let outer: Mark | null = null;
    let outerEnd = 0; // the opening mark that followed it
    let held: Quotation[] = [];
    // Just after the last quotation closed here, when its words ended a sentence (`.”`), else null.
    let afterStop: number | null = null;
    // Where the words after the last mark read start (see mismatchedOpening).
    let sinceMark = p.start;
    // The last mark that could close a quotation: a mark turned round must have one after it.
    let lastClosing = marks.length - 1;
    while (lastClosing >= 0 && marks[lastClosing]!.role === "open") lastClosing--;
    for (const [k, m] of marks.entries()) {
      const since = sinceMark;
      sinceMark = m.at + m.len;
      if (!open) {
        if (k > 0 && k < lastClosing && !outer && !pending && turnedAfterStop(text, m)) {
          open = m;
          continue;
        }
        if (outer && m.role !== "open" && closesHere(text, m, p) && !looksOpening(text, m, p)) {
          open = outer;
          outer = null;
          held = [];
        } else if (m.role !== "open" && closesHere(text, m, p) && !looksOpening(text, m, p)) {
          // A closing mark with nothing open: a straight one no longer opens a quotation that
          // would take in the attribution after it. When it is the paragraph's first mark and
          // an attribution follows, the quotation lost its opening mark at the paragraph's start.
          // So does one straight after a quotation that ended its sentence inside its mark
          // (`“It is unprecedented.” The worst has happened,” added Jane Roe`): a second speaker's.
          const lost = m === marks[0] && !pending ? p : afterStop !== null ? { start: afterStop, end: p.end } : null;
          if (lost && lostOpening(text, m, lost)) {
            const from = firstNonSpace(text, lost.start, lost.end);
            found.push({
              pieces: [{ open: from, close: m.at, start: from, end: m.at, after: m.at + m.len }],
              single: false,
              unclosed: false,
            });
          } else if (!pending) {
            // `… the premier said. 'The ferry sails at noon."`: a single mark opened what a double one closes.
            const single = mismatchedOpening(text, since, m);
            if (single >= 0)
              found.push({
                pieces: [{ open: single, close: m.at, start: single + 1, end: m.at, after: m.at + m.len }],
                single: false,
                unclosed: false,
              });
          }
          afterStop = null;
          continue;
        } else if (m.role === "close" && !looksOpening(text, m, p)) continue;
        else {
          open = m;
          continue;
        }
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
        // A second opening mark of the same style: nested, or the first never closed.
        if (!outer && !pending) [outer, outerEnd] = [open, m.at];
        open = m;
        continue;
      } else if (straight && /\s/.test(text[m.at - 1] ?? "") && rx.u`[\p{L}\p{N}([]`.test(text[m.at + m.len] ?? "")) {
        // A straight mark after a space and before a word (not `win ,"`) opens: nested, or the one before
        // never closed, and pairing them would quote the attribution between (`"We won, he said. "Now…`).
        if (!outer && !pending) [outer, outerEnd] = [open, m.at];
        open = m;
        continue;
      }
      const piece: QuotePiece = { open: open.at, close: m.at, start: open.at + open.len, end: m.at, after: m.at + m.len };
      // Held back while an outer quotation is open (see outer).
      (outer ? held : found).push({ pieces: pending ? [...pending, piece] : [piece], single: false, unclosed: false });
      afterStop = !outer && /[.?!]/.test(text[m.at - 1] ?? "") ? m.at + m.len : null;
      pending = null;
      open = null;
      nested = 0;
    }
    // The outer quotation never closed: what it held stands on its own, and so does the
    // outer one where it shows its end before the next opening mark (`“Let’s go.’ She … “Trainwreck.”`).
    for (const q of held) found.push(q);
    if (outer) {
      const piece: QuotePiece = { open: outer.at, close: outerEnd, start: outer.at + outer.len, end: outerEnd, after: outerEnd };
      if (endUnclosed(text, piece) || endsAtSentence(text, piece)) found.push({ pieces: [piece], single: false, unclosed: false });
    }
    if (open) {
      const piece: QuotePiece = { open: open.at, close: p.end, start: open.at + open.len, end: p.end, after: p.end };
      // Appended in place: copying the pieces for every paragraph made a long run quadratic.
      const pieces = pending ?? [];
      pieces.push(piece);
      const next = paras[pi + 1];
      if (endUnclosed(text, piece) || endsAtShareLabel(text, piece)) found.push({ pieces, single: false, unclosed: false });
      else if (next && reopens(text, next)) carried = pieces;
      else if (next && closesCarried(text, next, (ahead = doubleMarks(text, next, work)))) {
        carried = pieces;
        bare = true;
      } else found.push({ pieces, single: false, unclosed: true });
    } else if (pending) found.push({ pieces: pending, single: false, unclosed: true });
  });
  if (carried) found.push({ pieces: carried, single: false, unclosed: true });
  return found;
}

/** A transcript's speaker label in capitals and a colon (`PENCE:`, `MR. ROE:`), read within TRANSCRIPT_LABEL_MAX_CHARS. */
const TRANSCRIPT_TURN = rx.u`^\p{Lu}[\p{Lu}. '’-]*:`;
const TRANSCRIPT_LABEL_MAX_CHARS = 30;

/**
 * Whether the paragraph's first mark is a straight one that frames an excerpt of another
 * article (`"Lee tried to laugh it off, saying, “Only my cousin.” But Kay went on.`): it opens
 * the paragraph and nothing closes it, while the excerpt's own curly marks pair up inside and
 * at least one of them closes a sentence (`.”`, `!”`, `?”`), as quoted speech does. The curly
 * quotations are then the words quoted; the frame is the article's, no one's speech. Scare
 * quotes and titles inside a quoted statement (`"… isn’t about “Equal Justice” anymore.`) end
 * no sentence inside their marks, and leave the straight mark a quotation's opening. A frame
 * opened straight onto a curly mark (`"“`) may also close at the paragraph's very end.
 */
function excerptFrame(text: string, p: Range, marks: Mark[]): boolean {
  const first = marks[0];
  if (first?.role !== "either" || first.len !== 1 || first.at !== firstNonSpace(text, p.start, p.end)) return false;
  // `"PENCE: Well, look, …`: a transcript's turn, its speaker in capitals, is that speaker's words.
  if (TRANSCRIPT_TURN.test(text.slice(first.at + 1, first.at + 1 + TRANSCRIPT_LABEL_MAX_CHARS))) return false;
  // `"“…,” Roe replied …."`: a frame opened straight onto a curly mark may close at the paragraph's end.
  const last = marks[marks.length - 1]!;
  const closedAtEnd =
    marks.length > 2 && marks[1]!.at === first.at + 1 && last.role === "either" && text.slice(last.at + 1, p.end).trim() === "";
  const to = closedAtEnd ? marks.length - 1 : marks.length;
  let depth = 0;
  let sentence = false;
  for (let k = 1; k < to; k++) {
    const m = marks[k]!;
    if (m.len !== 1 || m.role === "either") return false;
    depth += m.role === "open" ? 1 : -1;
    if (depth < 0 || depth > 1) return false;
    if (m.role === "close" && /[.?!]/.test(text[m.at - 1] ?? "")) sentence = true;
  }
  return depth === 0 && (sentence || closedAtEnd);
}

/**
 * `… said Jane Roe.” We should be safe at home.”`, `… said Jane Roe.”If the premier …”`: with
 * nothing open, a mark straight after a sentence's stop and before a capital (a space between
 * either or none) opens the next quoted sentence, typed the wrong way round or glued to the stop. A mark
 * closing a quotation comes after its words, never before a new sentence's first word. The caller
 * asks only of a mark that is not its paragraph's first (reversedOpening and lostOpening read
 * those) and that a later mark can close.
 */
function turnedAfterStop(text: string, m: Mark): boolean {
  return (
    m.role !== "open" &&
    /[.?!] ?$/.test(text.slice(Math.max(0, m.at - 2), m.at)) &&
    rx.u`^ ?\p{Lu}`.test(text.slice(m.at + m.len, m.at + m.len + 2))
  );
}

/** An attribution straight after a closing mark: `” said Jane Roe`, `,” she added`, `” Jane Roe said`. */
const ATTRIBUTION_AFTER_MARK = rx.uy`(?: (?:said|says|added|adds|told|asked|wrote|according to)\b| (?:he|she|they|(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}) (?:said|says|added|adds|told|wrote)\b)`;

/**
 * Whether a paragraph's first mark closes a quotation that lost its opening mark: the
 * paragraph starts with a capital, the words end with a stop or comma inside the mark,
 * and an attribution follows (`We will win,” said Jane Roe.`).
 */
function lostOpening(text: string, m: Mark, p: Range): boolean {
  const from = firstNonSpace(text, p.start, p.end);
  if (!rx.u`\p{Lu}`.test(text[from] ?? "") || !/[,.?!]/.test(text[m.at - 1] ?? "")) return false;
  return attributionAfterMark(text, m.at + m.len);
}

/** Whether ATTRIBUTION_AFTER_MARK reads an attribution at `at`, right after a closing mark. */
export function attributionAfterMark(text: string, at: number): boolean {
  ATTRIBUTION_AFTER_MARK.lastIndex = at;
  return ATTRIBUTION_AFTER_MARK.test(text);
}

/** What stands before a quotation's opening mark where a sentence or clause starts: a stop, comma, colon or dash. */
const CLAUSE_START_BEFORE = /[.,:;?!—–-]/;

/**
 * Where a single mark opened the quotation that the double mark `m`, with nothing open, closes
 * (`… the reeve said. 'We know the way."`, `'We are ready," said Jane Roe`): mismatched marks, as
 * hurried copy prints them. The single mark opens a sentence or clause (at the paragraph's start
 * or after a stop, comma, colon or dash) or follows straight on from the last double mark, `from`
 * (`called the deal “a start” 'but not enough for the workers," Baker said`: a writer's term in marks
 * runs into the speech, so `He called it “fine” 'and more," she said` gives `and more,` too); no
 * single mark closes it before `m`, and the words end with a stop or comma inside `m`, as speech
 * does. Reads text[from, m.at) once; -1 when there is none.
 */
function mismatchedOpening(text: string, from: number, m: Mark): number {
  if (!/[,.?!]/.test(text[m.at - 1] ?? "")) return -1;
  const opened: number[] = [];
  for (let i = from; i < m.at; i++) {
    const c = text[i]!;
    if (c !== "'" && c !== "‘" && c !== "’") continue;
    if (opensSingleAt(text, i)) opened.push(i);
    else if (c !== "‘" && !/\s/.test(text[i - 1] ?? " ") && /[\s,.;:!?)]/.test(text[i + 1] ?? " ")) opened.pop();
  }
  const at = opened[0];
  if (at === undefined) return -1;
  let k = at;
  while (k > from && /\s/.test(text[k - 1]!)) k--;
  return k === from || CLAUSE_START_BEFORE.test(text[k - 1]!) ? at : -1;
}

/**
 * An attribution after a comma: `, said Jane Roe`, `, Jane Roe said.`, `, he added,`, `, a board
 * spokesperson responded Thursday.` (not `, Kerry said that …`).
 */
const ATTRIBUTION_AFTER_COMMA = rx.uy`, (?:(?:said|says|added|adds|told|asked|wrote|according to) (?:\p{Lu}|he\b|she\b|they\b)|(?:he|she|they|(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}) (?:said|says|added|adds|wrote)(?=[.,;]|$)|(?:a|an|the) (?:[\p{L}’'-]+ ){1,3}(?:spokesperson|spokesman|spokeswoman|official|representative|statement) (?:said|says|added|adds|wrote|responded|replied)(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?=[.,;]|$))`;

/**
 * Whether a quotation left open at its paragraph's end really ends inside it, and where
 * (the piece is cut there): at a single mark after a stop or comma that no single quotation
 * inside it opened (`“Let’s go.’`, a closing mark of the wrong kind), or at the comma before
 * an attribution (`“It failed, said Ann Lee.`, a closing mark left out). A paragraph that
 * carries a quotation on to the next never holds either. One pass over the piece, and a
 * bounded look at each comma.
 */
function endUnclosed(text: string, piece: QuotePiece): boolean {
  let depth = 0; // single quotations opened inside it
  for (let i = piece.start; i < piece.end; i++) {
    const c = text[i]!;
    if (opensSingleAt(text, i)) depth++;
    else if ((c === "’" || c === "'") && /[.,?!]/.test(text[i - 1]!) && (i + 1 >= piece.end || /\s/.test(text[i + 1]!))) {
      if (depth > 0) depth--;
      else return cutAt(piece, i, i + 1);
    } else if (c === ",") {
      ATTRIBUTION_AFTER_COMMA.lastIndex = i;
      if (ATTRIBUTION_AFTER_COMMA.test(text)) return cutAt(piece, i + 1, i + 1);
    }
  }
  return false;
}

/**
 * Whether an outer quotation that never closed ends a sentence right before the next opening mark
 * (`“… speak to their representatives. “What is he afraid of?”`): the writer left out the closing
 * mark, and the quotation ends at its full stop. Cut there.
 */
function endsAtSentence(text: string, piece: QuotePiece): boolean {
  let end = piece.end;
  while (end > piece.start && /\s/.test(text[end - 1]!)) end--;
  if (end === piece.end || !/[.?!]/.test(text[end - 1] ?? "")) return false;
  // Unless the closing mark was lost before an attribution (`"We will appeal, Ann Lee, the lawyer, told
  // reporters. "The…`): then where the quotation ended is not known, and it is left out as before.
  if (ATTRIBUTION_VERB.test(text.slice(Math.max(piece.start, end - LAST_SENTENCE_LOOK), end))) return false;
  return cutAt(piece, end, end);
}

/**
 * A share button's label that a page's click-to-tweet box leaves after the quotation it holds
 * (`“Those letters have gone unanswered. Tweet This`): the box holds one whole quotation,
 * so an open one ends before the label, which is no one's words, and does not run on into the
 * next paragraph.
 */
const SHARE_LABEL = /\s+Tweet This\s*$/;
/** How far back from a paragraph's end SHARE_LABEL is looked for. */
const SHARE_LABEL_LOOK = 16;

/** Whether an open quotation's paragraph ends with a share button's label (SHARE_LABEL); cut before it. */
function endsAtShareLabel(text: string, piece: QuotePiece): boolean {
  const from = Math.max(piece.start, piece.end - SHARE_LABEL_LOOK);
  const m = SHARE_LABEL.exec(text.slice(from, piece.end));
  return !!m && from + m.index > piece.start && cutAt(piece, from + m.index, from + m.index);
}

/** How far back from an unclosed quotation's full stop a verb of attribution is looked for. */
const LAST_SENTENCE_LOOK = 120;
/** The verbs of an attribution in a sentence of its own (`Ann Lee told reporters on Friday.`). */
const ATTRIBUTION_VERB = /\b(?:said|says|told|tells|added|adds|asked|wrote|writes)\b[^.?!]*[.?!]$/;

function cutAt(piece: QuotePiece, close: number, after: number): true {
  piece.close = close;
  piece.end = close;
  piece.after = after;
  return true;
}

/** Whether a paragraph opens with a double mark, as the next paragraph of a quotation does. */
function reopens(text: string, p: Range): boolean {
  const at = firstNonSpace(text, p.start, p.end);
  // Doubled apostrophes of any kind: some papers open as well as close with ’’.
  return /["“„«]/.test(text[at] ?? "") || (isApostrophe(text[at]) && isApostrophe(text[at + 1]) && at + 1 < p.end);
}

/**
 * Whether a paragraph closes a quotation the one before left open, without reopening it:
 * a stray paragraph break inside a sentence of the quotation (`… since the election in` /
 * `1988. The one element …,” he says.`). The paragraph goes on in lower case or with a
 * number, as no new sentence starts, and its first mark is a closing one, which nothing
 * else could close. (A credit line under a pull quote, `Jane Roe, a senator."`, starts
 * with a capital.)
 */
function closesCarried(text: string, p: Range, marks: Mark[]): boolean {
  const m = marks[0];
  const first = text[firstNonSpace(text, p.start, p.end)] ?? "";
  return !!m && rx.u`[\p{Ll}\p{N}]`.test(first) && m.role !== "open" && closesHere(text, m, p) && !looksOpening(text, m, p);
}

/** Only a line break between two pieces, with spaces or tabs around it: no mark closes the one nor opens the other. */
const LINE_BREAK_ONLY = /^[ \t]*\r?\n[ \t]*$/;
/** The most characters such a gap takes: the pieces of a quotation an attribution splits lie further apart, and are not read. */
const LINE_BREAK_MAX_CHARS = 8;

/**
 * Whether a quotation's next piece goes on from the one before across a wrapped line, not a new
 * paragraph: a single line break (no blank line) with no mark on either side of it, after a word
 * that ends no sentence and before a lower-case one (`… we knew the` / `possibility of …,”`). A
 * paragraph that ends does so with punctuation; only a hard-wrapped excerpt breaks a line mid-clause.
 */
export function wrapsLine(text: string, before: QuotePiece, next: QuotePiece): boolean {
  return (
    next.start - before.end <= LINE_BREAK_MAX_CHARS &&
    LINE_BREAK_ONLY.test(text.slice(before.end, next.start)) &&
    OPENS_WITH_LETTER.test(text[before.end - 1] ?? "") &&
    rx.u`\p{Ll}`.test(text[next.start] ?? "")
  );
}

const OPENS_WITH_LETTER = rx.u`^\p{L}`;
/** A single mark, straight or curly: ' ‘ ’. Each is one character, the one before lastIndex. */
const SINGLE_MARK = /['‘’]/g;
const LETTER_DIGIT_OR_APOSTROPHE = rx.u`^[\p{L}\p{N}']`;
const OPENS_SINGLE = /[\s([—–:]/;

/**
 * Quotations in single marks, outside every double quotation. Single marks double as
 * apostrophes, so a quotation opens after a space or bracket, before a word, and closes at
 * the first mark that is not an apostrophe inside a word (`Putin’s`). Each paragraph is
 * scanned once: where each opening mark would have to close is looked up, not searched for.
 */
function singleQuotations(text: string, paras: Range[], doubles: Quotation[], work: Work, inner?: Quotation[]): Quotation[] {
  const inDouble = new InsideDouble(doubles);
  const found: Quotation[] = [];
  // Every single mark of the text, found in one pass; each paragraph takes its own in turn.
  // Sought by the expression engine, as MAY_MARK is, and by `test`: a match object for each
  // was most of this pass, and a loop asking of each character most of the rest.
  const marks: number[] = [];
  SINGLE_MARK.lastIndex = 0;
  while (SINGLE_MARK.test(text)) marks.push(SINGLE_MARK.lastIndex - 1);
  work.add(marks.length);
  const reader = new SingleMarks(text, marks, work);
  let next = 0; // the first mark not yet passed
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    while (next < marks.length && marks[next]! < p.start) next++;
    // A paragraph without a single mark has nothing to read: the tests below are made for each one that has.
    if (next === marks.length || marks[next]! >= p.end) continue;
    reader.startParagraph(p, next);
    for (; next < marks.length && marks[next]! < p.end; next++) {
      const open = marks[next]!;
      work.add();
      if (!reader.opensAt(open)) continue;
      const b = reader.stopFrom(open + 1);
      const close = reader.closesAt(b, open) ? reader.pastPossessive(b) : reader.closesAt(b + 1, open) ? b + 1 : -1;
      if (close < 0) {
        // British style: a quotation over paragraphs leaves each one open and reopens the next
        // with a single mark. It runs to the paragraph's end when nothing stops it before.
        if (b === p.end && runsOnSingle(text, open, p, paras[pi + 1]) && !inDouble.covers(open)) {
          found.push({ pieces: [{ open, close: p.end, start: open + 1, end: p.end, after: p.end }], single: true, unclosed: true });
          while (next + 1 < marks.length && marks[next + 1]! < p.end) next++;
        }
        continue;
      }
      // Go on after the closing mark, as a search would.
      while (next + 1 < marks.length && marks[next + 1]! <= close) next++;
      if (inDouble.covers(open) || inDouble.covers(close)) {
        if (inner && inDouble.covers(open) && inDouble.covers(close))
          inner.push({ pieces: [{ open, close, start: open + 1, end: close, after: close + 1 }], single: true, unclosed: false });
        continue;
      }
      found.push({ pieces: [{ open, close, start: open + 1, end: close, after: close + 1 }], single: true, unclosed: false });
    }
  }
  return found;
}

/**
 * Whether an offset lies inside a double quotation, from its opening mark to its closing one. The
 * spans are gathered at the first asking: a text of double marks alone never asks. A class, not a
 * closure in singleQuotations: keepNames wraps a named closure on every call.
 */
class InsideDouble {
  private reach: Reach | undefined;

  constructor(private readonly doubles: Quotation[]) {}

  covers(at: number): boolean {
    this.reach ??= new Reach(this.doubles.flatMap((q) => q.pieces.map((x) => ({ start: x.open, end: x.close }))));
    return this.reach.furthestEnd(at) >= at;
  }
}

/**
 * The single marks of one paragraph at a time, as singleQuotations reads them. A class at module
 * level, one for the text, rather than closures made for each paragraph: keepNames wraps every
 * named closure each time the function that makes it runs (see README.md, "Closures in hot code").
 */
class SingleMarks {
  /** The paragraph read. */
  private end = 0;
  private start = 0;
  /** The first mark stopFrom has not passed, and the last stop it found. */
  private k = 0;
  private stop = -1;

  constructor(
    private readonly text: string,
    private readonly marks: number[],
    private readonly work: Work,
  ) {}

  /** Starts paragraph p, whose first single mark is marks[first]. */
  startParagraph(p: Range, first: number): void {
    this.start = p.start;
    this.end = p.end;
    this.k = first;
    this.stop = -1;
  }

  private letterAt(i: number): boolean {
    return i < this.end && OPENS_WITH_LETTER.test(this.text.slice(i, i + 2));
  }

  /**
   * The first offset >= from that no quoted word can cross: an opening single mark, or a
   * closing one that is not an apostrophe before a letter. Asked in increasing order, so
   * the search only moves forward and each mark is looked at once.
   */
  stopFrom(from: number): number {
    if (this.stop >= from) return this.stop;
    const { text, marks } = this;
    while (this.k < marks.length && marks[this.k]! < from) this.k++;
    for (; this.k < marks.length && marks[this.k]! < this.end; this.k++) {
      const at = marks[this.k]!;
      this.work.add();
      if ((text[at] === "‘" || !this.letterAt(at + 1)) && !elidedYear(text, at, this.end)) return (this.stop = at);
    }
    return (this.stop = this.end);
  }

  /** Whether a quotation opened at `from` may close at k. */
  closesAt(k: number, from: number): boolean {
    const text = this.text;
    return (
      k < this.end &&
      k >= from + 2 &&
      (text[k] === "'" || text[k] === "’") &&
      !/\s/.test(text[k - 1]!) &&
      !LETTER_DIGIT_OR_APOSTROPHE.test(text.slice(k + 1, Math.min(k + 3, this.end)))
    );
  }

  /** Where a quotation may open, as singleQuotations asks. */
  opensAt(at: number): boolean {
    const text = this.text;
    return (
      text[at] !== "’" &&
      (at === this.start || OPENS_SINGLE.test(text[at - 1]!)) &&
      at + 1 < this.end &&
      !/[\s']/.test(text[at + 1]!) &&
      !elidedYear(text, at, this.end)
    );
  }

  private possessiveAt(at: number): boolean {
    const text = this.text;
    return /[sS]/.test(text[at - 1]!) && text[at + 1] === " " && rx.u`\p{Ll}`.test(text[at + 2] ?? "");
  }

  /**
   * A plural possessive (`the workers’ union`) reads as a closing mark: an s, the mark, a
   * space and a word in lower case. It is an apostrophe when the quotation closes after a
   * stop or comma further on in the paragraph, past any more possessives, and no quotation
   * opens in between (`the 'experts' said. 'We …` keeps its term). The marks in between are
   * looked at once: a quotation opening among them stops the look, and is the next asked.
   */
  pastPossessive(close: number): number {
    const marks = this.marks;
    for (let at = close; this.possessiveAt(at); ) {
      const later = this.stopFrom(at + 1);
      if (!this.closesAt(later, at)) return close;
      for (let j = this.k - 1; j >= 0 && marks[j]! > at; j--) {
        this.work.add();
        if (this.opensAt(marks[j]!)) return close;
      }
      if (/[,.?!]/.test(this.text[later - 1]!)) return later;
      at = later;
    }
    return close;
  }
}

/**
 * Whether the mark at `at` elides a century (`the ’90s`, `class of ’08`): it stands before a
 * word, before two digits that no third follows. A straight or opening mark (`'80s`, `‘90s`,
 * as editors curl it the wrong way) only with a decade's s: `‘13 Hours’` opens a title.
 */
function elidedYear(text: string, at: number, end: number): boolean {
  if (at + 2 >= end || !isDigit(text, at, at + 1) || !isDigit(text, at, at + 2) || isDigit(text, at, at + 3)) return false;
  if (at > 0 && rx.u`[\p{L}\p{N}]`.test(text[at - 1]!)) return false;
  return text[at] === "’" || text[at + 3] === "s";
}

/** Whether an unclosed single quotation ends its paragraph as a sentence and the next paragraph reopens it. */
function runsOnSingle(text: string, open: number, p: Range, next: Range | undefined): boolean {
  if (!next || p.end - open < 20) return false;
  let end = p.end;
  while (end > open && /\s/.test(text[end - 1]!)) end--;
  const at = firstNonSpace(text, next.start, next.end);
  return /[.?!,]/.test(text[end - 1] ?? "") && opensSingleAt(text, at);
}

/**
 * Whether a single mark at `i` opens a quotation: `‘` or `'` at the text's start or after a space
 * or `(`, and a letter straight after it (not `’`, which only closes or elides).
 */
function opensSingleAt(text: string, i: number): boolean {
  const c = text[i];
  return (c === "‘" || c === "'") && /[\s(]/.test(text[i - 1] ?? " ") && OPENS_WITH_LETTER.test(text.slice(i + 1, i + 3));
}

function trimPieces(text: string, qs: Quotation[], work: Work): Quotation[] {
  for (const q of qs) {
    for (const piece of q.pieces) {
      work.add(piece.end - piece.start);
      while (piece.end > piece.start && isSpaceAt(text, piece.end - 1)) piece.end--;
      while (piece.start < piece.end && isSpaceAt(text, piece.start)) piece.start++;
    }
    // The pieces are copied only when one goes: most quotations keep all theirs.
    if (!q.pieces.every((x) => keptPiece(text, x))) q.pieces = q.pieces.filter((x) => keptPiece(text, x));
  }
  return qs.filter((q) => q.pieces.length > 0);
}

/**
 * Whether a trimmed piece holds words: stage directions such as (CROSSTALK) inside a transcript
 * are nobody's. At module level: keepNames wraps a named closure each time its maker runs.
 */
function keptPiece(text: string, x: QuotePiece): boolean {
  return x.end > x.start && !(text[x.start] === "(" && /^\([^()]*\)\.?$/.test(text.slice(x.start, x.end)));
}
