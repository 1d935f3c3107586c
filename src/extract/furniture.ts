// Page furniture: what a news page shows around an article's prose and nobody said. Teaser
// and link lines (`READ MORE: '…'`), photo captions, subheads and pull quotes print words in
// quotation marks that are headlines, signs or repeats, not speech.
import { type Analysis, paragraphIndexAt, type QuoteInfo } from "./analysis";
import { attributedJustAfter } from "./classify";
import { ARTICLES, FURNITURE_LINES, RELATED_BLOCK_HEADINGS, SPEECH_VERBS, TEASER_LABEL_LEADS, TEASER_LABELS, TITLES } from "./lexicon";
import { isGivenName } from "./names";
import { attributionAfterMark, type QuotePiece } from "./quotes";
import { DOUBLE_MARK, firstNonSpace, isAbbreviation, type Range, startsUpper } from "./text";
import { rx } from "./unicode-regexps";
import type { Work } from "./work";

/** A photographer and an outlet joined by a slash, as a caption's credit names them: `Jane Doe/CBC`, `Jane Doe / Global News`. */
const PHOTOGRAPHER_SLASH_OUTLET = String.raw`\p{Lu}[\p{L}.'’ -]{0,40}\s?\/\s?\p{Lu}[\p{L}\p{N}.'’& -]{0,40}`;

/** The agencies whose photo label opens a bracketed caption credit: `(AP Photo/…)`, `(Getty Images)`. */
const PHOTO_AGENCIES = "AP|CP|Reuters|AFP|EPA|Getty";

/**
 * Captions credit a photograph: `(AP Photo/…)`, `Photo: …`, `Photo by …`, `… Getty Images`,
 * `THE CANADIAN PRESS/Jane Doe`, and at the caption's end a credit of photographer and outlet
 * joined by a slash in brackets (`(Jane Doe/CBC)`). Such a credit not in brackets is
 * SLASH_CREDIT's, read apart: isCaptionLine asks both.
 */
const CAPTION = new RegExp(
  [
    new RegExp(String.raw`\((?:${PHOTO_AGENCIES})\b[^)]{0,40}(?:Photo|Images)[^)]{0,60}\)`),
    /\b(?:Photo|Photograph|Image|Picture)s?(?: credit)?:/,
    rx.u`\b(?:Photo|Photograph|Image|Picture)s? (?:by|courtesy of) \p{Lu}`,
    /\bGetty Images\b/,
    /\b(?:Credit|Source):\s*\S[^.]{0,60}$/,
    /\((?:THE )?(?:CANADIAN PRESS|Canadian Press|PA|AAP|Bloomberg|Reuters|AP|AFP|EPA)\b[^)]{0,60}\)\s*$/,
    rx.u`\bTHE CANADIAN PRESS\s*\/\s*\p{Lu}[^/\n]{0,40}$`,
    new RegExp(String.raw`\(${PHOTOGRAPHER_SLASH_OUTLET}\)\.?\s*$`, "u"),
    /\bFile photo\b/,
  ]
    .map((r) => r.source)
    .join("|"),
  "u",
);

/**
 * A caption's closing credit of photographer and outlet joined by a slash, not in brackets
 * (`Jane Doe / Global News`, `JANE DOE/THE GLOBE AND MAIL`, `Jane Doe/the Globe and Mail`), glued
 * to the caption's last stop or not (`on Jan. 5.Jane Doe/The Canadian Press`), perhaps after a
 * quotation's closing mark (`says ‘enough is enough.’ JANE DOE / TORONTO STAR`): one of the captions
 * isCaptionLine reads, apart from CAPTION and tried only on a line with a slash, as it is tried
 * at every stop of a line and was most of CAPTION's cost on the lines of prose, which have none.
 */
const SLASH_CREDIT = rx.u`(?:^|[.!?]["”'’]?\s*)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} ?\/ ?(?:the )?\p{Lu}[\p{L}&]*(?: (?:\p{Lu}[\p{L}&]*|and|of|the)){0,4}\s*$`;

/** Whether a line is a photo's caption: CAPTION, or a closing SLASH_CREDIT. */
function isCaptionLine(line: string): boolean {
  return CAPTION.test(line) || (line.includes("/") && SLASH_CREDIT.test(line));
}

/** The longest line of a photo's alt text above its caption (`A woman in a rain jacket`). */
const ALT_TEXT_MAX_CHARS = 80;

/**
 * How many paragraphs right above paragraph `pi` are a photo's caption, ending in its credit
 * (`… after the loss Sunday night. (Jane Doe/CBC)`), with the alt text line a page prints above
 * the caption (a short line with no stop): 0, 1 or 2. The page sets them between two paragraphs
 * of the article's prose; they are no part of it. So are a video player's teaser line and the
 * title it repeats below it (`Click to play video: '…'` / `…`): 2.
 */
export function captionLinesAbove(a: Analysis, pi: number): number {
  const caption = a.paragraphs[pi - 1];
  if (!caption) return 0;
  if (repeatsVideoTitle(a, pi - 1)) return 2;
  a.work.add(caption.end - caption.start);
  if (!isCaptionLine(a.text.slice(caption.start, caption.end))) return 0;
  const alt = a.paragraphs[pi - 2];
  if (!alt || alt.end - alt.start > ALT_TEXT_MAX_CHARS) return 1;
  const line = a.text.slice(alt.start, alt.end).trim();
  a.work.add(line.length);
  return rx.u`^\p{Lu}[^"“”]*[\p{L}\p{N}]$`.test(line) ? 2 : 1;
}

/**
 * Page furniture quotes nobody: a teaser line (`READ MORE: '…'`), a caption, or a subhead
 * or pull quote, which stands alone as its paragraph without the punctuation of speech.
 */
export function markFurniture(a: Analysis, infos: QuoteInfo[]): void {
  // Whether a paragraph is a caption, read once per paragraph, not once per quotation in it.
  const caption = new Map<number, boolean>();
  // An article that quotes speech in double marks keeps single marks for subheads and titles.
  const singles = infos.filter((x) => x.q.single).length;
  const doubleStyle = infos.length - singles > singles;
  // The quoted sentences, made on first need (isPullQuote's argument below): only a quotation that
  // is its whole paragraph asks, and most articles have none.
  let sentencesQuoted: Map<string, Quoted> | undefined;
  const related = relatedBlockStart(a);
  infos.forEach((info, i) => {
    if (info.kind !== "speech") return;
    if (info.paragraph >= related) {
      info.kind = "furniture";
      return;
    }
    if (doubleStyle && isSingleMarkedTerm(a.text, info)) {
      info.kind = "scare-quotes";
      return;
    }
    dropCreditLines(a, info);
    const p = a.paragraphs[info.paragraph]!;
    const before = a.paragraphs[info.paragraph - 1];
    // A teaser's label leads its line (`READ MORE: '…'`) or stands on the line above it; a video
    // teaser's title repeated on the line under it (`Click to play video: '…'` / `…`), or a listed
    // video's title, timed on the lines under it, is the player's.
    if (
      teaserLabel(a, p) !== "none" ||
      (before && teaserLabel(a, before) === "alone") ||
      repeatsVideoTitle(a, info.paragraph) ||
      videoTitleAbove(a, info.paragraph)
    )
      info.kind = "furniture";
    // `[np_storybar title=”…” link=”…”]`: a publishing system's markup left in the page, whose
    // attributes are a linked story's headline, not anyone's words.
    else if (SHORTCODE.test(a.text.slice(p.start, Math.min(p.end, p.start + SHORTCODE_HEAD_CHARS)))) info.kind = "furniture";
    // Double marks standing alone without a stop are a quoted subhead (single ones: isSubhead below), unless the
    // quotation goes on from the speech the paragraph above quotes (goesOnSpeaking).
    else if (info.q.pieces.length === 1 && !info.q.single && standsAlone(a.text, info.q.pieces[0]!, p) && !goesOnSpeaking(a, infos, i))
      info.kind = "furniture";
    else if (info.q.pieces.length === 1 && isLinkedHeadline(a, info.q.pieces[0]!, info.paragraph)) info.kind = "furniture";
    else if (doubleStyle && info.q.single && info.q.pieces.length === 1 && isSubhead(a.text, info.q.pieces[0]!, p)) info.kind = "furniture";
    // A caption is furniture, unless it reports who said its quotation.
    else if ((isCaptionAt(a, caption, info.paragraph) && !captionSaysWho(a, p) && !captionOpensWithQuote(a, info, p)) || isCreditLine(a, p))
      info.kind = "furniture";
    else if (info.paragraph + 1 < a.paragraphs.length && isCaptionAt(a, caption, info.paragraph + 1) && isAltText(a, p))
      info.kind = "furniture";
    else if (isLinkItem(a, info.paragraph) && (isLinkItem(a, info.paragraph - 1) || isLinkItem(a, info.paragraph + 1)))
      info.kind = "furniture";
    else if (
      info.q.pieces.length === 1 &&
      isPullQuote(a, info.q.pieces[0]!, p, i, () => (sentencesQuoted ??= quotedSentences(a, infos))) &&
      !signedBelow(a, info.paragraph) &&
      !goesOnFromQuote(a, info.paragraph)
    )
      info.kind = "furniture";
  });
}

/**
 * Whether paragraph pi is a caption (isCaptionLine), filed in `known` so that it is read once. At
 * module level, not a closure in markFurniture: keepNames wraps a named closure on every call.
 */
function isCaptionAt(a: Analysis, known: Map<number, boolean>, pi: number): boolean {
  let caption = known.get(pi);
  if (caption === undefined) {
    const p = a.paragraphs[pi]!;
    a.work.add(p.end - p.start);
    known.set(pi, (caption = isCaptionLine(a.text.slice(p.start, p.end))));
  }
  return caption;
}

/** A sentence's end, then a quotation opening the next sentence: someone's words set out as said. */
const QUOTED_SENTENCE_AFTER_ANOTHER = /[.?!]\s+["“‘']/u;

/** Things in a photo that bear words, whose verb of saying (`a banner says`) reports no speaker. */
const WORD_BEARERS = new Set(["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard", "plaque"]);

/** What a thing in a photo bears its words by (`a sign that reads`): a verb of saying that speaks for no one. */
const INSCRIBING_VERBS = new Set(["read", "reads", "reading"]);

/**
 * Whether paragraph p, right above a photo's credited caption, is the photo's alt text (`A red
 * sign reading 'Keep Out' stands by a gate.`): a short line opening with a capital, with no colon
 * or verb of saying to report anyone's words. What it quotes is in the picture (a sign, a banner), set out for a reader who
 * cannot see it; the captionLinesAbove reading of such a line asks it to end on a word, but a
 * quotation's line is often a sentence with its stop.
 */
function isAltText(a: Analysis, p: Range): boolean {
  if (p.end - p.start > ALT_TEXT_MAX_CHARS) return false;
  const line = a.text.slice(p.start, p.end).trim();
  a.work.add(line.length);
  if (!startsUpper(line) || line.includes(":")) return false;
  const words = line.toLowerCase().match(rx.gu`[\p{L}]+`) ?? [];
  // A quotation that is a sentence of its own after another and reads as speech (`Roe was blunt.
  // “It is over.”`), not a slogan (`Nurses gather outside. “Save our clinic.”`), or words credited
  // `according to` someone, unless a thing in the picture reads them (`A banner reading 'Staff
  // us,' according to organisers`), report a speaker, not what a picture shows.
  const quoted = QUOTED_SENTENCE_AFTER_ANOTHER.exec(line);
  if (quoted && readsAsSpeech(line.slice(quoted.index))) return false;
  if (/\baccording to\b/i.test(line) && !words.some((w) => INSCRIBING_VERBS.has(w))) return false;
  // A verb of saying makes it a line reporting someone's words (`Roe added, “…”`), no description.
  // A verb whose subject, opening the line, is a thing bearing words (`A banner says …`, `A red
  // sign says …`) speaks for no one; a person holding one (`A nurse with a sign said`) does.
  // The bearer opens the line (`Signs say`), after an article (`A banner says`), or after an article
  // and up to two words describing it (`A large red banner says`).
  const bearerSays = (i: number) => WORD_BEARERS.has(words[i - 1] ?? "") && (i === 1 || (i <= 4 && ARTICLES.has(words[0]!)));
  return !words.some((w, i) => SPEECH_VERBS.has(w) && !INSCRIBING_VERBS.has(w) && !bearerSays(i));
}

/** What captionOpensWithQuote charges for reading the attribution after the closing mark. */
const ATTRIBUTED_NEXT_CHARS = 80;

/**
 * Whether a caption opens with the quotation and attributes it straight after (`“…,” a statement
 * from Acme said. Jane Doe/Getty Images`, `“…” Jane Roe wrote on Facebook. (Jane Roe/Facebook)`):
 * it reports what someone said or wrote, whatever its credit's style, and annotators count it. A
 * caption that sets a quotation at the photo's moment (`waves after saying “…”`) opens with the
 * photo's subject, not with the quotation, and stays furniture. Reads a bounded stretch after the mark.
 */
function captionOpensWithQuote(a: Analysis, info: QuoteInfo, p: Range): boolean {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces.at(-1)!;
  if (a.text.slice(p.start, first.open).trim() !== "") return false;
  a.work.add(ATTRIBUTED_NEXT_CHARS);
  // The attribution tests the quotation's kind and its pairing use: a role or name then a verb of
  // saying (`,” a statement from Acme said`), or a verb or a pronoun or name right after the mark.
  return attributedJustAfter(a.text, last.after) || attributionAfterMark(a.text, last.after);
}

/** A caption's closing credit in the style of CBC's pages: photographer and outlet in brackets, `(Jane Doe/CBC)`. */
const BRACKETED_PHOTO_CREDIT = new RegExp(String.raw`\((?!THE CANADIAN PRESS)${PHOTOGRAPHER_SLASH_OUTLET}\)\.?\s*$`, "u");

/**
 * Whether a caption closed by a bracketed credit reports its quotation with `says` or `said`
 * (`‘We will rebuild,’ says Dr. Jane Doe, the clinic's head. (John Roe/CBC)`, `Mayor Jane Doe
 * said the plan is “dead on arrival.” (John Roe/CBC)`): such captions sum up what a person
 * said, often in words the article does not repeat, and annotators count them as quotations.
 * Captions that set a quotation at the photo's moment (`… says “…” at a farm. JANE DOE/THE
 * GLOBE AND MAIL`, `waves after saying “…” (THE CANADIAN PRESS/…)`) stay furniture.
 */
function captionSaysWho(a: Analysis, p: Range): boolean {
  const words = a.text.slice(p.start, p.end);
  a.work.add(words.length);
  return BRACKETED_PHOTO_CREDIT.test(words) && /\b(?:says|said)\b/.test(words);
}

/** How many characters at a paragraph's end are read for the closing mark of its last quotation. */
const PARAGRAPH_TAIL_CHARS = 8;

/**
 * Whether the paragraph before ends with a quotation's full stop (`… coming back.”`): a
 * quotation standing alone after it goes on with that speaker's words, though it repeats
 * words quoted earlier (a clip quoted once in the lead and again in full), not a pull quote.
 */
function goesOnFromQuote(a: Analysis, pi: number): boolean {
  return /[.?!]["”]\s*$/.test(paragraphTail(a, pi - 1));
}

/**
 * The last PARAGRAPH_TAIL_CHARS of paragraph `pi`, charged to the work budget; empty when there is
 * no such paragraph. Enough to read a line's stop, within a closing mark or not (isHeadlineLine too).
 */
function paragraphTail(a: Pick<Analysis, "text" | "paragraphs" | "work">, pi: number): string {
  const p = a.paragraphs[pi];
  if (!p) return "";
  const tail = a.text.slice(Math.max(p.start, p.end - PARAGRAPH_TAIL_CHARS), p.end);
  a.work.add(tail.length);
  return tail;
}

/**
 * Whether paragraph `pi` ends as a headline or a deck does, on a word with no stop or mark after
 * it (`‘…,’ union president says`, `'…': Jane Roe`), not as prose (`…,” she said.`, `“…”`). A
 * number's per cent sign is part of its word (`‘…’: councillors eye ways to keep a rise below 5%`),
 * set apart by a space too (`under 4 %`), and so is a degree sign (`heat hits 38°`).
 */
export function isHeadlineLine(a: Pick<Analysis, "text" | "paragraphs" | "work">, pi: number): boolean {
  return rx.u`(?:[\p{L}\p{N}]|\d\s?[%°])\s*$`.test(paragraphTail(a, pi));
}

/** A video's running time as a headline's or a caption's end prints it (`1:45`): one source for both patterns. */
const RUNNING_TIME = String.raw`\d{1,2}:\d\d`;
/** The most words of a headline after its quotation and colon (`: Teachers vote to strike`). */
const HEADLINE_REST_MAX_WORDS = 14;
/**
 * After a headline's quotation: a colon, then a capitalised clause with no mark or further
 * quotation, perhaps closed by a video's running time (`: Teachers vote to strike 1:45`).
 */
const HEADLINE_REST = new RegExp(String.raw`^\s*:\s*\p{Lu}[^!?;:"“”‘’]*?(?: ${RUNNING_TIME})?$`, "u");
/**
 * A line's last words as a person's name (`Jane Roe`, `Jane M. Roe`, `Chief Roe`), its first word
 * captured to be tried as a given name or a title; or a colon and one capitalised word, nothing
 * else (`: Roe`, `: ROE`), a surname alone, nothing captured.
 */
const CREDITED_NAME = rx.u`(?:^\s*:\s*|(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}\.\s+)?)\p{Lu}[\p{L}'’-]+\s*$`;
/** A sentence's end inside or at the end of the line: the line is prose. A stop after a capital is an abbreviation's (`U.S.`). */
const PROSE_STOP = rx.u`\p{Ll}\.(?:\s|$)|\.\s*$`;

/** A list's bullet opening a line (`• `, `» `, a hyphen among them): a list of links' item. */
export const LIST_BULLET = /^\s*[»•·▪►‣◦*-]/u;
/** What may stand before a linked headline's quotation: nothing, or a list's bullet (`- ‘…’: …`). */
const LINK_BULLET = new RegExp(`${LIST_BULLET.source}?\\s*$`, "u");
/** How many paragraphs above such a line are read for prose: links to other stories come in a list. */
const HEADLINE_PROSE_LOOKBACK = 10;

/**
 * A link to another story between paragraphs, set as its headline (`‘We are done’: Teachers vote
 * to strike`): a quotation opening its paragraph, a colon and a short clause with no stop, under
 * prose (a paragraph ending with its stop, perhaps above other links). The article's own
 * headline, above its prose, quotes someone and stays: only a line after two finished paragraphs
 * is taken for a link.
 */
function isLinkedHeadline(a: Analysis, piece: QuotePiece, pi: number): boolean {
  const p = a.paragraphs[pi]!;
  if (piece.open - p.start > 4 || piece.after >= p.end || p.end - piece.after > 120) return false;
  // A list of links may set a bullet before each (`» ‘We are done’: …`, `• ‘…’: …`, `- ‘…’: …`).
  if (!LINK_BULLET.test(a.text.slice(p.start, piece.open))) return false;
  const rest = a.text.slice(piece.after, p.end);
  a.work.add(rest.length);
  if (!HEADLINE_REST.test(rest) || PROSE_STOP.test(rest) || rest.trim().split(/\s+/).length > HEADLINE_REST_MAX_WORDS + 1) return false;
  // `‘We will fight this’: Premier Doug Ford`, `: Chief Roe`: a list of quotations credits each to a person by
  // name. `'No easy answer': Roe`: one capitalised word, a surname that credits the words; a story's headline has a verb.
  const credit = CREDITED_NAME.exec(rest);
  if (credit && (credit[1] === undefined || isGivenName(credit[1]) || TITLES.has(credit[1].toLowerCase()))) return false;
  // Two finished paragraphs above, not one: a caption often stands over the article's own headline.
  let prose = 0;
  for (let k = pi - 1; k >= Math.max(0, pi - HEADLINE_PROSE_LOOKBACK); k--) if (endsSentence(a, k) && ++prose === 2) return true;
  return false;
}

/** The longest line read as an item of a list of links. */
const LINK_ITEM_MAX_CHARS = 160;
/** A hyphen-bulleted line (`- Ford says ‘we will fight’ tariffs`) with no sentence's stop at its end; `U.S.` is an abbreviation's. */
const LINK_ITEM = rx.su`^\s*-\s+\S(?:.*[^.?!"”’'\s]["”’']?|.*\p{Lu}\.)\s*$`;

/**
 * Whether paragraph `pi` is one item of a hyphen-bulleted list of headlines (`- ‘No retreat’ in
 * talks, minister says`): short, with no stop at its end. With another item beside it, it is
 * a list of links to other stories, and its quotations are their headlines' words, not this
 * story's speech. A bulleted summary of the story ends its items with stops and stays.
 */
function isLinkItem(a: Analysis, pi: number): boolean {
  const p = a.paragraphs[pi];
  if (!p || p.end - p.start > LINK_ITEM_MAX_CHARS) return false;
  const line = a.text.slice(p.start, p.end);
  a.work.add(line.length);
  return LINK_ITEM.test(line);
}

/**
 * Whether paragraph `pi` ends with a sentence's stop, perhaps inside closing marks or a bracket
 * (`… it.”`, `… (in French.)`): prose, not a headline or byline.
 */
export function endsSentence(a: Analysis, pi: number): boolean {
  return /[.?!]["”’')]*\s*$/.test(paragraphTail(a, pi));
}

/** The longest signature line read under a pull quote (`— Interim Conservative leader Jane Roe`). */
const SIGNATURE_MAX_CHARS = 80;
const SIGNATURE = rx.u`^\s*[-–—―]+\s*\p{Lu}[^.!?"“”]*$`;

/**
 * Whether the paragraph after a quotation signs it with a dash and a name (`— Jane Roe`): a
 * pull quote so credited is that person's quotation, repeated or not, and the page says who.
 */
function signedBelow(a: Analysis, pi: number): boolean {
  const below = a.paragraphs[pi + 1];
  if (!below || below.end - below.start > SIGNATURE_MAX_CHARS) return false;
  a.work.add(below.end - below.start);
  return SIGNATURE.test(a.text.slice(below.start, below.end));
}

/** The most words of a phrase in single marks that an article quoting speech in double marks holds at arm's length. */
const SINGLE_TERM_MAX_WORDS = 3;

/** Words that open a noun phrase: an article, a possessive or a demonstrative. */
const NOUN_PHRASE_OPENERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those"]);

/**
 * A phrase of a word or three in single marks, with no comma or stop inside them, inside a noun
 * phrase an article opens (`after a residential 'shooting incident' Monday`), in an article that
 * sets speech in double marks: such an article keeps single marks for headlines and for terms it
 * holds at arm's length. A verb's object in single marks (`has offered 'concrete conditions'`)
 * may be someone's words; so may speech that closes with its comma (`'No comment,' he said`).
 */
function isSingleMarkedTerm(text: string, info: QuoteInfo): boolean {
  if (!info.q.single || info.q.pieces.length !== 1) return false;
  const piece = info.q.pieces[0]!;
  const inner = text.slice(piece.start, piece.end).trim();
  if (inner.length > 60 || /[,.?!…;:]$/.test(inner) || inner.split(/\s+/).length > SINGLE_TERM_MAX_WORDS) return false;
  const lead = rx.u`(\p{L}+)\s+(\p{Ll}[\p{L}'’-]*)\s*$`.exec(text.slice(Math.max(0, piece.open - 40), piece.open));
  return !!lead && NOUN_PHRASE_OPENERS.has(lead[1]!.toLowerCase()) && !SPEECH_VERBS.has(lead[2]!);
}

/** How many paragraphs of the article come before a related-stories block can start: a heading above them is the site's menu. */
const RELATED_BLOCK_MIN_PARAGRAPH = 3;
/** The longest heading of a related-stories block (`CTVNews.ca Top Stories`). */
const RELATED_HEADING_MAX_CHARS = 40;
/** The most capitalised words (an outlet's or region's name) before a related-stories heading. */
const RELATED_HEADING_MAX_NAME_WORDS = 2;
/** `More National Articles`, `MORE Business STORIES`: a section's further stories. */
const MORE_SECTION_HEADING = rx.iu`^more\s+\p{L}+\s+(?:articles|stories)$`;

/** Whether a short line is a heading of RELATED_BLOCK_HEADINGS, perhaps after a capitalised name or two. */
function isRelatedHeading(line: string): boolean {
  const words = line.replace(/\s*:$/, "").split(/\s+/);
  if (MORE_SECTION_HEADING.test(words.join(" "))) return true;
  for (let k = 0; k <= RELATED_HEADING_MAX_NAME_WORDS && k < words.length; k++) {
    if (k > 0 && !startsUpper(words[k - 1]!)) return false;
    if (RELATED_BLOCK_HEADINGS.has(words.slice(k).join(" ").toLowerCase())) return true;
  }
  return false;
}

/**
 * The paragraph that heads the block of links to other stories closing the page (`CTVNews.ca
 * Top Stories`, then headlines and blurbs: `'No one has that money': Condo owners face…`), or
 * the number of paragraphs when there is none. Everything from it to the end is the site's,
 * not the article's. Reads only short paragraphs past the article's first few.
 */
function relatedBlockStart(a: Analysis): number {
  for (let pi = RELATED_BLOCK_MIN_PARAGRAPH; pi < a.paragraphs.length; pi++) {
    const p = a.paragraphs[pi]!;
    if (p.end - p.start > RELATED_HEADING_MAX_CHARS) continue;
    const line = a.text.slice(p.start, p.end).trim();
    a.work.add(line.length);
    if (isRelatedHeading(line)) return pi;
  }
  return a.paragraphs.length;
}

/** Where a sentence was quoted: the first quotation that has it, and how many times it was quoted. */
interface Quoted {
  first: number;
  times: number;
}

/** The fewest words a pull quote repeats: a word or two (`“No.”`) is said again in earnest. */
const PULL_QUOTE_MIN_WORDS = 4;

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_LETTER_DIGIT_OR_SPACE = rx.gu`[^\p{L}\p{N}\s]+`;
/** The same for ASCII, where letters and digits are a-z and 0-9: the Unicode classes cost several times as much. */
const NOT_ASCII_LETTER_DIGIT_OR_SPACE = /[^a-z0-9\s]+/g;

/** A sentence, lower case, with only its letters, digits and single spaces: two printings of it compare equal. */
function sentenceKey(sentence: string): string {
  const lower = sentence.toLowerCase();
  return lower
    .replace(NON_ASCII.test(lower) ? NOT_LETTER_DIGIT_OR_SPACE : NOT_ASCII_LETTER_DIGIT_OR_SPACE, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The sentences of a quotation's words, by full stop, question or exclamation mark. */
function sentencesOf(text: string, piece: QuotePiece): string[] {
  return text.slice(piece.start, piece.end).split(/(?<=[.?!…])\s+/);
}

/**
 * Every sentence quoted in the article, keyed, with where it was quoted: read once, linear in the
 * quoted words. Not a quotation on a headline's line (isHeadlineLine: one ending on a word,
 * `‘…,’ union president says`, `'…': Jane Roe`): a headline or deck that quotes a line does not
 * make the body's printing of it a pull quote; the body's is the speech the headline sums up.
 */
function quotedSentences(a: Analysis, infos: QuoteInfo[]): Map<string, Quoted> {
  const seen = new Map<string, Quoted>();
  infos.forEach((info, i) => {
    if (isHeadlineLine(a, info.paragraph)) return;
    for (const piece of info.q.pieces) {
      a.work.add(piece.end - piece.start);
      for (const sentence of sentencesOf(a.text, piece)) {
        const key = sentenceKey(sentence);
        const known = seen.get(key);
        if (known) known.times++;
        else seen.set(key, { first: i, times: 1 });
      }
    }
  });
  return seen;
}

/**
 * A pull quote: a quotation that is its whole paragraph and repeats, sentence for sentence,
 * words quoted elsewhere in the article. Pages set a speaker's line apart in large type; the
 * line was said once, where the article quotes it with its attribution.
 */
function isPullQuote(a: Analysis, piece: QuotePiece, p: Range, self: number, repeats: () => Map<string, Quoted>): boolean {
  if (!isWholeParagraph(a.text, piece, p)) return false;
  const keys = sentencesOf(a.text, piece).map(sentenceKey);
  if (keys.join(" ").split(" ").length < PULL_QUOTE_MIN_WORDS) return false;
  const seen = repeats();
  return keys.every((key) => {
    const quoted = seen.get(key);
    return !!quoted && (quoted.first !== self || quoted.times > 1);
  });
}

/** A label at a paragraph's start: before a colon or a bar, or right before a quotation mark. */
const TEASER_LABEL = /^\s*([A-Z][A-Za-z'’ ]{1,26}[A-Za-z])\s*(?:([:|])|(?=['‘"“]))/;

/** Whether a paragraph is a teaser or link line (`READ MORE: Timeline of …`): the page's, naming nobody the article quotes. */
export function isTeaserLine(a: Analysis, p: Range): boolean {
  return teaserLabel(a, p) !== "none";
}

/**
 * Whether a paragraph opens with the label of a teaser or link line, in capitals (`READ MORE:`)
 * or not (`Click to play video:`, `Watch:`), and whether the label is `alone` on its line.
 * Reads a bounded head of the paragraph: the label is at its start.
 */
function teaserLabel(a: Analysis, p: Range): "none" | "leads" | "alone" {
  const headEnd = Math.min(p.end, p.start + 40);
  // Charged on every ask, as reading it was; read once per paragraph (furniture and the
  // speaker's floor both ask of the same paragraphs).
  a.work.add(Math.max(0, headEnd - p.start));
  // Most paragraphs asked of fail mayLeadWithLabel: answered without the cache, whose filing cost more.
  if (!mayLeadWithLabel(a.text, p.start, headEnd)) return "none";
  const known = teaserLabels.get(p);
  if (known && known.text === a.text && known.start === p.start && known.end === p.end) return known.label;
  const label = readTeaserLabel(a.text, p, headEnd);
  teaserLabels.set(p, { text: a.text, start: p.start, end: p.end, label });
  return label;
}

/** Each paragraph's teaserLabel, by its range: a paragraph's range belongs to one analysis. */
const teaserLabels = new WeakMap<Range, { text: string; start: number; end: number; label: "none" | "leads" | "alone" }>();

/**
 * What TEASER_LABEL needs, read by code: an ASCII capital after any spaces, then a colon, a bar or
 * a quotation mark further on in the head, text[from, to).
 */
function mayLeadWithLabel(text: string, from: number, to: number): boolean {
  let i = firstNonSpace(text, from, to);
  const c = text.charCodeAt(i);
  if (i >= to || c < 0x41 || c > 0x5a) return false;
  for (i++; i < to; i++) if (endsLabel(text.charCodeAt(i))) return true;
  return false;
}

/**
 * What a teaser's label ends at (TEASER_LABEL): a colon, a bar, or the quotation mark after it
 * (' ‘ " “). By code: a character of the head made into a string to look up cost more than the cache.
 */
function endsLabel(c: number): boolean {
  return c === 0x3a || c === 0x7c || c === 0x27 || c === 0x2018 || c === 0x22 || c === 0x201c;
}

function readTeaserLabel(text: string, p: Range, headEnd: number): "none" | "leads" | "alone" {
  const head = text.slice(p.start, headEnd);
  const label = TEASER_LABEL.exec(head);
  if (!label || !isTeaserLabel(label[1]!.toLowerCase())) return "none";
  // `Click to play video 'Title'`, as some pages lose the colon: only a label of several words.
  if (!label[2] && !label[1]!.includes(" ")) return "none";
  const wholeLine = head.length === p.end - p.start;
  return wholeLine && head.slice(label[0].length).trim() === "" ? "alone" : "leads";
}

/**
 * A quotation run over paragraphs (each reopened with a mark) can take in the author's sign-off
 * at its end (`“Follow Jane Doe on Twitter @janedoe.”`): that paragraph is not part of it.
 */
function dropCreditLines(a: Analysis, info: QuoteInfo): void {
  if (info.q.pieces.length < 2) return;
  const kept = info.q.pieces.filter((piece) => !isCreditLine(a, a.paragraphs[paragraphIndexAt(a.paragraphs, piece.open)]!));
  if (kept.length > 0) info.q.pieces = kept;
}

/** Whether a paragraph is a byline or credit line (`“Follow Jane Doe on Twitter @janedoe.”`), even in quotation marks. */
function isCreditLine(a: Analysis, p: Range): boolean {
  if (p.end - p.start > CREDIT_LINE_MAX_CHARS) return false;
  a.work.add(p.end - p.start);
  return CREDIT_LINE.test(a.text.slice(p.start, p.end).trim());
}

/** A label of a teaser line: one of TEASER_LABELS, or one that opens with a lead of TEASER_LABEL_LEADS. */
function isTeaserLabel(label: string): boolean {
  return TEASER_LABELS.has(label) || TEASER_LABEL_LEADS.some((lead) => label.startsWith(lead));
}

/**
 * A quotation that is its whole paragraph and ends without a stop or comma: a subhead or pull quote.
 * A stop before a closing parenthesis or a nested quotation's closing mark still ends a sentence
 * (`… a legal requirement.)”`, `… saying, ‘Not here.’”`): speech, not a heading.
 */
function standsAlone(text: string, q: QuotePiece, p: Range): boolean {
  return isWholeParagraph(text, q, p) && !/[.?!,;:…—–-][)\]'’]*\s*$/.test(text.slice(q.start, q.end));
}

/**
 * A sentence ended inside a quotation and another begun (`… I’m stunned. The support is huge`):
 * a heading or pull quote is one line. The word before the stop is captured, to be told from an
 * abbreviation's (`Dr. Fenn`), whose stop ends no sentence.
 */
const INNER_SENTENCE_END = rx.gu`(\S+)[.?!]\s+\p{Lu}`;
/**
 * Words that make a run of sentences read as speech: a pronoun that speaks, or is spoken to or of
 * (`I’m` gives `i`; `It took`), or a modal (`We will rebuild`). A headline drops them (`Storm
 * hits Corvale. Three barns lost`); a heading's `our` or `your` (`Storm hits Corvale. Your guide
 * to the cleanup`) is no such word, nor is `be` or `have` alone (`Residents are counting the
 * cost`, `Crews have cleared the roads`), which a headline keeps.
 */
const SPEECH_WORDS = new Set(
  ["i me we us you he she it they him them", "will would can could shall should must", "don didn doesn isn wasn won couldn wouldn"]
    .join(" ")
    .split(" "),
);

/** Whether words hold one of SPEECH_WORDS: a sentence as said, not a headline or a slogan. */
function readsAsSpeech(words: string): boolean {
  return (words.toLowerCase().match(rx.gu`\p{L}+`) ?? []).some((w) => SPEECH_WORDS.has(w));
}

/**
 * Whether a quotation standing alone without its last stop goes on from the speech the paragraph
 * above quotes (`“…,” he said.` then `“But we’re here … I’m stunned. The support is huge`): a
 * speaker's run of sentences that reads as speech (SPEECH_WORDS) whose last stop the writer left off, not a
 * subhead or pull quote, which is one line set apart from the prose around it. The speech above
 * must not itself be such a line, so that a list of re-marked headings is not read as one run.
 */
function goesOnSpeaking(a: Analysis, infos: QuoteInfo[], i: number): boolean {
  const info = infos[i]!;
  const above = infos[i - 1];
  if (above?.kind !== "speech" || above.paragraph !== info.paragraph - 1) return false;
  const abovePiece = above.q.pieces[0]!;
  if (above.q.pieces.length === 1 && standsAlone(a.text, abovePiece, a.paragraphs[above.paragraph]!)) return false;
  const piece = info.q.pieces[0]!;
  const quoted = a.text.slice(piece.start, piece.end);
  a.work.add(quoted.length);
  if (!readsAsSpeech(quoted)) return false;
  for (const m of quoted.matchAll(INNER_SENTENCE_END)) if (!isAbbreviation(`${m[1]}.`)) return true;
  return false;
}

/** The most words of a subhead in single marks (`'A race from dawn to dusk.'`). */
export const SUBHEAD_MAX_WORDS = 10;

/**
 * A short sentence in single marks that is its whole paragraph, in an article that quotes speech
 * in double marks: a subhead (`'A race from dawn to dusk.'`). Without a stop it is a quoted
 * subhead (`'Still far too many'`, `'We have waited long enough'`): words the section below
 * quotes someone as saying, set as its heading, which readers and annotators count as the
 * quotation it is (lendEchoedSpeakers gives it the body's speaker of the words).
 */
function isSubhead(text: string, q: QuotePiece, p: Range): boolean {
  const words = text.slice(q.start, q.end);
  return words.length < 120 && isWholeParagraph(text, q, p) && /[.?!]\s*$/.test(words) && words.split(/\s+/).length <= SUBHEAD_MAX_WORDS;
}

export function isWholeParagraph(text: string, q: QuotePiece, p: Range): boolean {
  if (q.open !== firstNonSpace(text, p.start, p.end) || q.close >= p.end) return false;
  return text.slice(q.after, p.end).trim() === "";
}

/** The longest line of furniture in FURNITURE_LINES: longer paragraphs are not read. */
const FURNITURE_LINE_MAX_CHARS = 48;
/** The longest byline, dateline or credit line (`By Jane Doe and John Roe, The Canadian Press`). */
const CREDIT_LINE_MAX_CHARS = 120;

/** A capitalised word of a name or an outlet (`Jane`, `O’Neil`, `St.`, `CBC`). */
const CAP = String.raw`\p{Lu}[\p{L}.'’&-]*`;
/**
 * Lines that credit the article, not anyone in it: a byline (`By Jane Doe, The Canadian Press`,
 * names and then only capitalised words), a time stamp (`Published Tuesday, March 3, 2020
 * 7:02PM EST`), a credit for other reporting (`With files from The Oakvale Press`) and the
 * author's sign-off (`Follow Jane Doe on Twitter @janedoe`).
 */
const CREDIT_LINE = new RegExp(
  [
    String.raw`^By\s+${CAP}(?:\s+${CAP}){0,3}(?:\s*(?:,|and|&|\|)\s*${CAP}(?:\s+(?:${CAP}|of|the))*)*\.?$`,
    String.raw`^(?:Published|Updated|Last updated|Posted)\b[^.!?“”"]*\d[^.!?“”"]*$`,
    String.raw`^[—–-]?\s*(?:With|—\s*With) files from\b[^“”"]*$`,
    String.raw`^["“]?Follow\s+[^.!?]{1,60}\s+on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|TikTok)\b[^“”"]*["”]?$`,
  ].join("|"),
  "u",
);

/** A time stamp line (`Published Tuesday, March 3, 2020 7:02PM EST`): the byline stands just above it. */
const TIME_STAMP = /^(?:Published|Updated|Last updated|Posted)\b/;
/** A line of a byline block above a time stamp: capitalised words (`Jane Doe`, `CTVNews.ca Writer`) or a handle (`@janedoe`). */
const BYLINE_BLOCK_LINE = new RegExp(String.raw`^(?:${CAP}|@\w+)(?:\s+(?:${CAP}|@\w+|and|of|the))*$`, "u");
/** How many lines above a time stamp the byline block may take (name, role, handle). */
const BYLINE_BLOCK_MAX_LINES = 3;

/**
 * The lines of a newsletter sign-up box set inside an article (Global News: `Get breaking
 * National news` / `Get the week’s top stories, … sent to your inbox every week.` / `For news
 * about Tallwood …, sign up for urgent story alerts …` / `By giving us your email address, you
 * have read and agree to …`; `Big stories from Tallwood … sent to your email, the moment they break.`).
 * No quotation marks: a line that quotes someone is no box.
 */
const SIGN_UP_LINE = new RegExp(
  [
    '^Get (?:breaking|daily|weekly) [^.!?“”"]{0,40}$',
    String.raw`^Get the day['’]s top [^“”"]*\bdelivered to your inbox\b[^“”"]*$`,
    String.raw`^[^“”"]*\bsign up for (?:breaking news alerts|[^“”".]{0,40} newsletters?)\b[^“”"]*$`,
    String.raw`^By providing your email address\b[^“”"]*$`,
    String.raw`^Breaking news from [^“”"]{0,60}\bsent to your (?:email|inbox)\b[^“”"]*$`,
    // `The week’s best garden tips emailed to you every Friday.`: a newsletter's box.
    String.raw`^The latest [^“”"]{0,60}\b(?:emailed|sent|delivered) to (?:you|your (?:email|inbox))\b[^“”"]*$`,
  ].join("|"),
  "iu",
);
/** The longest such line: a whole box run together on one line. */
const SIGN_UP_LINE_MAX_CHARS = 320;
/**
 * The words every alternative of SIGN_UP_LINE needs, with its flags: asked first, as nearly no
 * line of an article has them, and SIGN_UP_LINE tries `sign up for` back from the line's end
 * (after `^[^“”"]*`), which cost three times as much on every paragraph.
 */
const SIGN_UP_HINT = /^(?:get |by providing|breaking news from |the latest )|sign up for /iu;

/** `Story continues below advertisement`, `Advertisement 2`: a line the page sets between paragraphs. */
export function isPageLine(line: string): boolean {
  if (line.length <= SIGN_UP_LINE_MAX_CHARS && SIGN_UP_HINT.test(line) && SIGN_UP_LINE.test(line)) return true;
  if (line.length > FURNITURE_LINE_MAX_CHARS) return false;
  const key = line.toLowerCase().replace(FINAL_STOPS, "").replace(TRAILING_NUMBER, "");
  return FURNITURE_LINES.has(key);
}

const FINAL_STOPS = /[.:…]+$/;
const TRAILING_NUMBER = / \d+$/;

/** The most words of a subhead line (`27-year-old charged`, `Premier responds`). */
const SUBHEAD_LINE_MAX_WORDS = 5;
/** What a line of the article's own prose ends with, or holds, and a subhead does not: a stop, a mark, a bracket. */
const NOT_SUBHEAD = /[.!?:;,“”"‘’')\]]$|[“”"]/;

/**
 * `Jane Roe, 61, of Corvale`, `Jane Roe, of Corvale`: a name and an age, or a town she is from,
 * set off by a comma label a person the quotation below is from (a profile in a round-up), no
 * subhead; its name is one the text speaks of.
 */
const PERSON_LABEL_AGE = rx.u`^\p{Lu}[^,]*, (?:\d{1,3},|of \p{Lu})`;

/**
 * A subhead between paragraphs: a few words with no stop or quotation mark. Nobody says it, and
 * the words in it (`27-year-old charged`) are no subject a later `he said` looks back to.
 */
function isSubheadLine(line: string): boolean {
  if (NOT_SUBHEAD.test(line) || PERSON_LABEL_AGE.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= SUBHEAD_LINE_MAX_WORDS;
}

/**
 * A photo credit closing a caption, in brackets (`(Jane Doe/CBC)`, `(Jane Doe / Global News)`),
 * after the agency's name (`THE CANADIAN PRESS/Jane Doe`), or after an agency's photo label, an
 * outlet and a comma before the photographer (`(AP Photo/The Canadian Press, Jane Doe)`).
 */
const BRACKETED_CREDIT = new RegExp(
  String.raw`(?:\(${PHOTOGRAPHER_SLASH_OUTLET}\)|\((?:${PHOTO_AGENCIES}) Photo\s?\/[^()]{1,70}\)|\bTHE CANADIAN PRESS\s?\/\s?\p{Lu}[\p{L}.'’ -]{0,40})\.?\s*$`,
  "u",
);
/**
 * A photo credit glued to the caption's last stop, with no bracket nor space (`… at City
 * Hall.Jane Doe/The Globe and Mail`): the page ran the caption and its credit together. The
 * match opens at the word the credit is glued to, cut at spaces, as the text's words are not
 * (they split at such a stop: see stopSplitsWords in text.ts).
 */
const GLUED_CREDIT = rx.u`(?<!\S)\S*[\p{Ll}\p{N}][.!?]\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} ?\/ ?(?:[Tt]he )?\p{Lu}[\p{L}&]*(?: (?:\p{Lu}[\p{L}&]*|and|of|the)){0,4}\s*$`;
/**
 * How far from a paragraph's end a bracketed credit may open: the longest one BRACKETED_CREDIT
 * matches. A glued credit (GLUED_CREDIT) is looked for in the same tail, so it is found only when
 * it opens, with the word it is glued to, within these characters of the end.
 */
const BRACKETED_CREDIT_MAX_CHARS = 90;

/** A photo credit, and whether it was glued to the caption's last stop (GLUED_CREDIT). */
export interface Credit extends Range {
  glued: boolean;
}

/**
 * The photo credits that close captions between paragraphs (`… at the legislature. (Jane
 * Doe/CBC)`, `… on Thursday. THE CANADIAN PRESS/Jane Doe`): the photographer is nobody the
 * article quotes, so a later `he said` must not look back to that name. The caption's own words
 * stay: it often names the speaker.
 */
export function captionCredits(text: string, paras: Range[], work: Work): Credit[] {
  const out: Credit[] = [];
  for (const p of paras) {
    const from = Math.max(p.start, p.end - BRACKETED_CREDIT_MAX_CHARS);
    work.add(p.end - from);
    const tail = text.slice(from, p.end);
    // A credit holds a slash, which nearly no paragraph's tail does: asked before the expression.
    if (!tail.includes("/")) continue;
    const bracketed = BRACKETED_CREDIT.exec(tail);
    const m = bracketed ?? GLUED_CREDIT.exec(tail);
    if (m) out.push({ start: from + m.index, end: p.end, glued: !bracketed });
  }
  return out;
}

/** The longest photo caption read as one: a line or two under the photo, not a paragraph of prose. */
const CAPTION_MAX_CHARS = 400;

/**
 * Photo captions: a short paragraph closing with a photo credit (`Jane Roe speaks to the crowd.
 * (John Doe/CBC)`) or labelled `Caption:`, video captions closing with a running time
 * (isVideoCaption), and pull quotes signed after their last stop (isSignedPullQuote), holding no
 * quotation. The page sets them between the
 * paragraphs of the story, which runs on past them: the person a caption names has not taken
 * the floor from the last one the story quoted. `credits`: what captionCredits found, in order.
 * A paragraph whose credit is glued to its last stop is not read as a caption: tried, that
 * kept a chief the caption named from the floor when the story then quoted him.
 */
export function captionParagraphs(text: string, paras: Range[], credits: Credit[], work: Work): Range[] {
  const out: Range[] = [];
  let c = 0;
  for (const p of paras) {
    while (c < credits.length && credits[c]!.end < p.end) c++;
    const credited = credits[c]?.end === p.end && !credits[c]!.glued;
    if (p.end - p.start > CAPTION_MAX_CHARS) continue;
    if (!credited && !text.startsWith("Caption: ", p.start) && !isVideoCaption(text, p, work) && !isSignedPullQuote(text, p, work))
      continue;
    work.add(p.end - p.start);
    if (!DOUBLE_MARK.test(text.slice(p.start, p.end))) out.push(p);
  }
  return out;
}

/** A caption's running time after its last stop or its last word (isVideoCaption). */
const VIDEO_CAPTION_END = new RegExp(
  String.raw`(?:[\p{Ll}\p{N})][.!?]["”’']?|(?<!\b(?:at|by|to|until|till|from|around|about|before|after|since|and|or|noon|of|in|tonight|today|tomorrow|morning|evening|night|am|pm))(?<=\s\p{Ll}+))\s${RUNNING_TIME}$`,
  "u",
);
/** How much of a paragraph's end the video caption test reads: the last word or stop, a mark and the running time. */
const VIDEO_CAPTION_TAIL_CHARS = 20;

/**
 * A video's caption as CBC's pages print it, its running time after its last stop, or after its
 * last word with no stop (`Ride along with Jane Doe as she drives through the town. 2:32`, `Tom
 * Baker tours the streets near the school 3:14`), not a clock time (`the meeting starts at 7:30`,
 * `take the stage tonight 7:30`) nor a race's (`finished the marathon in 2:32`).
 * The person it names is the video's reporter or subject, set between two paragraphs of prose:
 * no antecedent of the next `he said`.
 */
function isVideoCaption(text: string, p: Range, work: Work): boolean {
  const tail = text.slice(Math.max(p.start, p.end - VIDEO_CAPTION_TAIL_CHARS), p.end).trimEnd();
  work.add(tail.length);
  // A running time ends in a colon and two digits: the colon, looked at first, spares nearly
  // every paragraph the expression, whose look-behinds are tried at each of the tail's characters.
  return tail.charCodeAt(tail.length - 3) === 0x3a && VIDEO_CAPTION_END.test(tail);
}

/** A video player's teaser line (`Click to play video: 'Global National: Sept. 3'`) and the title it gives. */
const VIDEO_TEASER = /^Click to play video:?\s*['‘"“](.{3,100}?)['’"”]$/;
/** A shortcode opening its line (`[np_storybar title=`, `[caption id=`): markup, as WordPress writes it. */
const SHORTCODE = /^\s*\[[a-z][a-z0-9_]*\s+[a-z_]+=/;
/** How much of a paragraph's head the shortcode test reads. */
const SHORTCODE_HEAD_CHARS = 60;

/** Whether paragraph `pi` repeats the title of the video teaser line right above it. */
function repeatsVideoTitle(a: Analysis, pi: number): boolean {
  const teaser = a.paragraphs[pi - 1];
  const line = a.paragraphs[pi]!;
  if (!teaser || teaser.end - teaser.start > CREDIT_LINE_MAX_CHARS || line.end - line.start > CREDIT_LINE_MAX_CHARS) return false;
  a.work.add(teaser.end - teaser.start + line.end - line.start);
  const video = VIDEO_TEASER.exec(a.text.slice(teaser.start, teaser.end).trim());
  return !!video && a.text.slice(line.start, line.end).trim().startsWith(video[1]!);
}

/** A video's age and its running time, each on its own line under the video's title (`3 months ago` / `Duration 2:18`). */
const VIDEO_AGE = /^\d+ (?:second|minute|hour|day|week|month|year)s? ago$/;
const VIDEO_DURATION = /^Duration \d+:\d\d(?::\d\d)?$/;

/**
 * Whether paragraph `pi` is the title of a video the page lists, which the lines under it date and
 * time (`This baker is 'thrilled' after …` / `6 weeks ago` / `Duration 1:52`): the player's words
 * for the video, not the article's, however they quote someone. A headline dated alone (`3 hours
 * ago`) is the article's; only the running time makes the line a video's. Reads two short lines.
 */
function videoTitleAbove(a: Analysis, pi: number): boolean {
  const next = a.paragraphs[pi + 1];
  if (!next || next.end - next.start > CREDIT_LINE_MAX_CHARS) return false;
  a.work.add(next.end - next.start);
  const line = a.text.slice(next.start, next.end).trim();
  if (VIDEO_DURATION.test(line)) return true;
  const after = a.paragraphs[pi + 2];
  if (!VIDEO_AGE.test(line) || !after || after.end - after.start > CREDIT_LINE_MAX_CHARS) return false;
  a.work.add(after.end - after.start);
  return VIDEO_DURATION.test(a.text.slice(after.start, after.end).trim());
}

/** How many lines under a video teaser may repeat its title (the player's title, then its dated caption). */
const VIDEO_TITLE_LINES = 2;

/** The words of a signed pull quote, before its signature: at least this many characters. */
const PULL_QUOTE_MIN_CHARS = 20;
/** The stops a signature's dash follows. */
const BEFORE_SIGNATURE = ".!?,’'…";

/**
 * A pull quote as CBC sets it between paragraphs, signed after a dash glued to its last stop, with
 * no quotation marks: `… no one was cooler.- Leonardo DiCaprio`, `… in the city.- Political
 * science professor Jane Roe`. Words picked out of the story, read as a caption is: the name in
 * it says who a later surname is, but is not the last person the prose named, whom a `she told
 * supporters` below stands for. (A pull quote in marks is isPullQuote's; one signed on the line
 * below, signedBelow's.)
 */
function isSignedPullQuote(text: string, p: Range, work: Work): boolean {
  work.add(p.end - p.start);
  const line = text.slice(p.start, p.end);
  // The signature's dash: the last one right after a stop, in the line's tail (SIGNATURE, as under a quotation).
  let at = line.length;
  do at = Math.max(line.lastIndexOf("-", at - 1), line.lastIndexOf("—", at - 1), line.lastIndexOf("–", at - 1));
  while (at > 0 && !BEFORE_SIGNATURE.includes(line[at - 1]!));
  if (at < PULL_QUOTE_MIN_CHARS || line.length - at > SIGNATURE_MAX_CHARS) return false;
  return SIGNATURE.test(line.slice(at));
}

/**
 * Paragraphs that are a line of the page, not of the article (a photo credit, a byline): what
 * they say is nobody's speech, and the names in them are the article's authors, not anyone it
 * quotes. Lines the page sets between paragraphs (isPageLine) are dropped by analyse before. Above a time stamp, the lines of
 * capitalised words are the byline (`Jane Doe` / `The Canadian Press` / `Published …`). Under a
 * video's teaser line, the lines repeating its title are the player's.
 */
export function furnitureLines(text: string, paras: Range[], work: Work): Range[] {
  const lines = paras.map((p) => {
    work.add();
    return p.end - p.start > CREDIT_LINE_MAX_CHARS ? null : text.slice(p.start, p.end).trim();
  });
  const aside = lines.map((line, i) => {
    if (line === null) return false;
    work.add(line.length);
    return CREDIT_LINE.test(line) || (i > 0 && i < lines.length - 1 && isSubheadLine(line));
  });
  lines.forEach((line, i) => {
    const video = line === null ? null : VIDEO_TEASER.exec(line);
    if (!video) return;
    // The player's title and its dated caption repeat the teaser's title under it.
    for (let j = i + 1; j < lines.length && j <= i + VIDEO_TITLE_LINES && lines[j]?.startsWith(video[1]!); j++) aside[j] = true;
  });
  lines.forEach((line, i) => {
    if (!aside[i] || !TIME_STAMP.test(line!)) return;
    for (let j = i - 1; j >= Math.max(0, i - BYLINE_BLOCK_MAX_LINES); j--) {
      const above = lines[j];
      if (above === null || above === undefined || !BYLINE_BLOCK_LINE.test(above)) break;
      aside[j] = true;
    }
  });
  return paras.filter((_, i) => aside[i]);
}
