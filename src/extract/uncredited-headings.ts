// Quotations set as an article's headings that nothing credits: no attribution of their own,
// no echo in the body (lendEchoedSpeakers), no title the heading credits them by
// (lendHeadingRoleHolders), no speaker saying the headline's words (lendHeadlineWords).
// - A headline's or deck's quoted words that the body never quotes again (`'Environmental
//   emergency': Fear for …`, `Singh 'kicks the door open' and wins …`) are the desk's selling
//   words, not a quotation of anyone: the story would quote whoever said them.
// - A quotation in single marks that is its whole paragraph, in an article quoting speech in
//   double marks, is a pull quote or subhead in the headline style; with no echo below it is
//   credited to no one, and a speaker a neighbour lends it (the line above is a headline or a
//   caption, not its speaker) is wrong besides.
// Annotators leave both out. Read once, after every other attribution.
import type { Analysis, QuoteInfo } from "./analysis";
import { wordsOf } from "./echo-index";
import { isHeadlineLine, isWholeParagraph } from "./furniture";
import { ECHO_PARAGRAPHS, menuLines, quotedText } from "./heading-speakers";

/** How the heading rules credit a heading's quotation: only these speak for it. */
const HEADING_CREDITS = new Set(["echoed-quote", "heading-role", "headline"]);

/** Marks a heading's uncredited quotations as furniture (see the file's comment). */
export function dropUncreditedHeadings(a: Analysis, speech: QuoteInfo[]): void {
  const uncredited = speech.filter((x) => !x.attribution && !(x.speaker && HEADING_CREDITS.has(x.speaker.how)));
  if (uncredited.length === 0) return;
  const heading = menuLines(a) + ECHO_PARAGRAPHS;
  // The body's style, below the headings, whose own single marks would tip a short article.
  const body = a.quotes.filter((x) => x.paragraph >= heading);
  const singles = body.filter((x) => x.q.single).length;
  const doubleStyle = body.length - singles > singles;
  // Whether a quotation in a later paragraph holds the heading's words: the body quoting them
  // again makes them someone's there, which the echo rules may not have found. Each quotation's
  // words are made once; each candidate's reading of those below it is charged.
  const words: (string | undefined)[] = [];
  const wordsAt = (k: number) => {
    if (words[k] === undefined) {
      const text = quotedText(a, a.quotes[k]!);
      a.work.add(text.length);
      words[k] = wordsOf(text);
    }
    return words[k]!;
  };
  const quotedBelow = (info: QuoteInfo) => {
    const text = quotedText(a, info);
    a.work.add(text.length);
    const own = wordsOf(text);
    for (let k = a.quotes.length - 1; k >= 0 && a.quotes[k]!.paragraph > info.paragraph; k--) {
      const below = wordsAt(k);
      a.work.add(below.length);
      if (below.includes(own)) return true;
    }
    return false;
  };
  for (const info of uncredited) {
    const p = a.paragraphs[info.paragraph]!;
    const single = doubleStyle && info.q.single && info.q.pieces.length === 1;
    if (single) a.work.add(p.end - p.start);
    const pullQuote = single && isWholeParagraph(a.text, info.q.pieces[0]!, p);
    const headline = info.paragraph < heading && !info.speaker?.member && isHeadlineLine(a, info.paragraph);
    if ((pullQuote || headline) && !quotedBelow(info)) info.kind = "furniture";
  }
}
