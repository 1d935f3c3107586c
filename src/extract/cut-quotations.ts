// A quotation the page's end cuts off. Stored excerpts of pages stop after a set number of
// characters, often inside a quotation (`“I am concerned. It’`): the words after the opening mark
// are no whole thing anyone said, and what follows them (who said it) is lost with the rest.
import type { Quotation } from "./quotes";

/** What ends a sentence, or a quotation that a writer left without its closing mark. */
const STOP = /[.?!…)\]]/u;

/**
 * The quotations without the piece that runs, unclosed, to the text's end and stops mid-sentence
 * (no full stop, question or exclamation mark before the end): the page was cut off inside it. An
 * article that ends its last quotation's sentence but loses the closing mark keeps it, and the
 * whole paragraphs of a quotation before the cut one are kept. One look per quotation.
 */
export function withoutCutOff(text: string, qs: Quotation[]): Quotation[] {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const cut = (q: Quotation) => {
    const piece = q.pieces.at(-1)!;
    return q.unclosed && piece.end >= end && !STOP.test(text[piece.end - 1] ?? "");
  };
  if (!qs.some(cut)) return qs;
  return qs.flatMap((q) => (!cut(q) ? [q] : q.pieces.length > 1 ? [{ ...q, pieces: q.pieces.slice(0, -1) }] : []));
}
