// Quotations whose marks never close, and that are no one's words. quotes.ts runs an opening mark
// with no closing one on to its paragraph's end, as a quotation that goes on in the next paragraph
// does; two kinds of them quote nothing anyone said:
// - a stored excerpt of a page stops after a set number of characters, often inside a quotation
//   (`“I am concerned. It’` ending the text): the words after the mark are no whole thing said,
//   and who said them is lost with the rest;
// - a mark right after an article (`wait with a "Welcome home sign. Families began…`) opened a
//   name or a term whose closing mark was lost: speech does not open after `a` or `the`, and the
//   rest of the paragraph, taken in, is the writer's.
import type { Quotation } from "./quotes";
import { rx } from "./unicode-regexps";

/** What ends a sentence, or a quotation that a writer left without its closing mark. */
const STOP = /[.?!…)\]]/u;
/** An article and the space before the mark, read in the few characters before it. */
const ARTICLE_BEFORE = rx.iu`(?:^|[^\p{L}])(?:a|an|the)\s+$`;
/** How many characters before the mark ARTICLE_BEFORE reads. */
const ARTICLE_LOOK = 5;

/**
 * The quotations without the piece that runs, unclosed, to the text's end and stops mid-sentence
 * (no full stop, question or exclamation mark before the end), and without an unclosed one-piece
 * quotation opened right after an article. An article that ends its last quotation's sentence
 * but loses the closing mark keeps it, and so do the whole paragraphs of a quotation before the
 * cut one. One look per quotation.
 */
export function withoutUnclosed(text: string, qs: Quotation[]): Quotation[] {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (!qs.some((q) => cutAtEnd(text, end, q) || strayAfterArticle(text, q))) return qs;
  return qs.flatMap((q) =>
    strayAfterArticle(text, q) ? [] : !cutAtEnd(text, end, q) ? [q] : q.pieces.length > 1 ? [{ ...q, pieces: q.pieces.slice(0, -1) }] : [],
  );
}

// The two tests below are module-level functions, not closures in withoutUnclosed: keepNames
// wraps a named closure each time the function that makes it runs (README.md, "Closures in hot code").

/** Whether an unclosed quotation runs to the text's last non-space character, `end`, and stops mid-sentence there. */
function cutAtEnd(text: string, end: number, q: Quotation): boolean {
  const piece = q.pieces.at(-1)!;
  return q.unclosed && piece.end >= end && !STOP.test(text[piece.end - 1] ?? "");
}

/** Whether an unclosed one-piece double quotation opens right after an article. */
function strayAfterArticle(text: string, q: Quotation): boolean {
  const open = q.pieces[0]!.open;
  return q.unclosed && !q.single && q.pieces.length === 1 && ARTICLE_BEFORE.test(text.slice(Math.max(0, open - ARTICLE_LOOK), open));
}
