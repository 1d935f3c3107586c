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
import { BodyQuotations, wordsOf } from "./echo-index";
import { isHeadlineLine, isWholeParagraph } from "./furniture";
import { ECHO_PARAGRAPHS, menuLines, quotedText } from "./heading-speakers";
import type { QuotePiece } from "./quotes";

/** How the heading rules credit a heading's quotation: only these speak for it. */
const HEADING_CREDITS = new Set(["echoed-quote", "heading-role", "headline"]);
/** The most later quotations holding a candidate's rarest word that it reads for its words: an echo is near, and the bound keeps the reading linear. */
const BELOW_READ_MAX = 32;

/** Marks a heading's uncredited quotations as furniture (see the file's comment). */
export function dropUncreditedHeadings(a: Analysis, speech: QuoteInfo[]): void {
  const uncredited = speech.filter((x) => !x.attribution && !(x.speaker && HEADING_CREDITS.has(x.speaker.how)));
  if (uncredited.length === 0) return;
  const heading = menuLines(a) + ECHO_PARAGRAPHS;
  // The body's style, below the headings, whose own single marks would tip a short article; a
  // quotation in single marks that an attribution credits, wherever it stands (`‘…,’ Mayor Roe
  // said.`), is the body's speech, so the article quotes in single marks.
  const body = a.quotes.filter((x) => x.paragraph >= heading);
  const singles = body.filter((x) => x.q.single).length;
  const creditedSingles = a.quotes.filter((x) => x.paragraph < heading && x.q.single && x.attribution).length;
  const doubles = body.length - singles;
  // The candidate's own single marks cast no vote on the style it is judged against: a short
  // article with one quotation in double marks below a lone quoted line is in double marks. Only
  // a line with no final stop, as a pull quote's is (`'Not one more winter in that boat'`): a
  // stopped sentence in single marks may be the body's own speech in an article that mixes marks.
  const ownVote = (info: QuoteInfo) => (info.paragraph >= heading && info.q.single && !endsOnAStop(a.text, info.q.pieces[0]!) ? 1 : 0);
  const doubleStyleBeside = (info: QuoteInfo) => doubles > singles - ownVote(info) + creditedSingles;
  // Whether a quotation in a later paragraph holds the heading's words: the body quoting them
  // again makes them someone's there, which the echo rules may not have found. The quotations'
  // words are indexed once (BodyQuotations, as the echoes read them), so that each candidate reads
  // only the later quotations holding its rarest word, and at most BELOW_READ_MAX of those: a text
  // of many pull quotes then costs about the sum of its quotations, not their product.
  let later: BodyQuotations | undefined;
  // The first quotation in each paragraph after a given one, found by a pointer that only moves on.
  let next = 0;
  const quotedBelow = (info: QuoteInfo) => {
    later ??= BodyQuotations.charged(
      a.quotes.map((x) => quotedText(a, x)),
      a.work,
    );
    while (next < a.quotes.length && a.quotes[next]!.paragraph <= info.paragraph) next++;
    const text = quotedText(a, info);
    a.work.add(text.length);
    const own = wordsOf(text);
    const read = later.toRead(own.split(" "), next);
    for (let r = 0; r < read.length && r < BELOW_READ_MAX; r++) {
      const below = later.wordsOf(read[r]!);
      a.work.add(below.length);
      if (below.includes(own)) return true;
    }
    return false;
  };
  // A heading is above the body: a paragraph after the first whose quotation an attribution
  // credits (`‘…,’ Mayor Roe said.`) is the body's, and its lone quotation the speaker's run.
  let firstCredited = a.paragraphs.length;
  for (const x of a.quotes) if (x.attribution && x.paragraph < firstCredited) firstCredited = x.paragraph;
  for (const info of uncredited) {
    const p = a.paragraphs[info.paragraph]!;
    const single = info.q.single && info.q.pieces.length === 1 && doubleStyleBeside(info);
    if (single) a.work.add(p.end - p.start);
    const pullQuote = single && isWholeParagraph(a.text, info.q.pieces[0]!, p);
    const headline =
      info.paragraph < heading && info.paragraph <= firstCredited && !info.speaker?.member && isHeadlineLine(a, info.paragraph);
    if ((pullQuote || headline) && !quotedBelow(info)) info.kind = "furniture";
  }
}

/** Whether a quotation's words end on a stop, `.`, `?` or `!` (a sentence's, not a pull quote's line). */
function endsOnAStop(text: string, piece: QuotePiece): boolean {
  return /[.?!…]\s*$/.test(text.slice(Math.max(piece.open + 1, piece.close - 4), piece.close));
}
