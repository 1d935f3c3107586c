// Speakers for quotations in headings and subheads: a headline's or subhead's quotation the
// body below quotes again is its speaker's (lendEchoedSpeakers), and one a heading credits to a
// title (`Yukon premier blasts …`) is the words of the person the lead introduces with it
// (lendHeadingRoleHolders). A headline's few quoted words the sentence rules left as scare
// quotes are speech when the body quotes one named speaker saying them, or the headline credits
// them (headline-words.ts). Read after every quotation's own attribution and its neighbours'.
import { type Analysis, type QuoteInfo, wordIndexAt } from "./analysis";
import { isEvidentlyPerson } from "./antecedents";
import { roleVariants } from "./descriptions";
import { BodyQuotations, WORD_RUN, wordsOf } from "./echo-index";
import { isHeadlineLine, isWholeParagraph } from "./furniture";
import { COURTESY_TITLES, PERSON_ONLY_TITLES, TITLES } from "./lexicon";
import { isSpeakerNoun } from "./mention-words";
import { isPlace } from "./names";
import { kindOfDescription } from "./newly-described";
import type { Resolver } from "./resolve";
import { isTitlesOnly } from "./roles";
import { APOSTROPHE_S, startsUpper } from "./text";
import { rx } from "./unicode-regexps";

/** How many paragraphs open an article with its headline and deck, after a page's furniture (`Skip to main content`). */
export const ECHO_PARAGRAPHS = 4;
/** The fewest words a headline's quotation repeats from the body: a word or two recur by chance. */
const ECHO_MIN_WORDS = 3;
/** The most one-word lines a page's menu sets above its headline (`Menu`, `Topics`, `Connect`, `Comments`) that ECHO_PARAGRAPHS passes over. */
const MENU_LINES_MAX = 8;

/** How many of the first paragraphs are one word each (`Menu`, `Topics`): a page's menu, not its headline or deck. */
export function menuLines(a: Analysis): number {
  let n = 0;
  while (n < MENU_LINES_MAX && n < a.paragraphs.length) {
    const p = a.paragraphs[n]!;
    a.work.add(p.end - p.start);
    if (/\s/.test(a.text.slice(p.start, p.end).trim())) break;
    n++;
  }
  return n;
}

/**
 * `‘We’ve got a problem here’: Verdict divides jurors, lawyers say` heading an article whose
 * body has a judge say `“We’ve got a problem here,” …`: a headline opening with a quotation
 * repeats words the body quotes, and whoever the body names as saying them said it, though the
 * headline names no one or only a description (`lawyers`, `Manitoba premier`). Read for a
 * quotation with no named speaker of its own that opens one of the article's first paragraphs,
 * or is a subhead's anywhere below (a quotation that is its whole paragraph, or a credited
 * subhead's: creditedSubhead).
 */
export function lendEchoedSpeakers(a: Analysis, speech: QuoteInfo[]): void {
  // The body's quotations, charged for all at once when first needed, their words read only
  // for those an echo reads that hold its longest word (most never do): each word of a body's
  // words is in its text in lower case, so a text without it cannot hold the echo.
  let body: BodyQuotations | undefined;
  const holds = (k: number, echo: string, longest: string, echoWords: string[], colon: boolean) => {
    if (!body!.lower(k).includes(longest)) return false;
    if (body!.wordsOf(k).includes(echo)) return true;
    const n = echoWords.length - 2;
    if (n > ECHO_LOOSE_MAX_WORDS) return false;
    if (n >= ECHO_LOOSE_MIN_WORDS) return holdsShortened(a, body!.split(k), echoWords, ECHO_OMITTED_MAX);
    // Before a headline's colon, where the words are surely a quotation, a few may leave out one
    // word (`‘It's catastrophic’:` above `“It's pretty catastrophic,” Jane Roe said`).
    return colon && n >= ECHO_MIN_WORDS && holdsShortened(a, body!.split(k), echoWords, 1);
  };
  let menu: number | undefined;
  let nextParagraphAt: Int32Array | undefined;
  speech.forEach((info, i) => {
    // A quoted subhead (`'Still far too many'` heading a section) echoes the body below it as a headline does.
    if (info.paragraph >= ECHO_PARAGRAPHS && !singleWholeParagraph(a, info) && !creditedSubhead(a, info)) {
      if (info.paragraph >= ECHO_PARAGRAPHS + MENU_LINES_MAX) return;
      menu ??= menuLines(a);
      if (info.paragraph >= ECHO_PARAGRAPHS + menu) return;
    }
    // A speaker lent by a neighbour (`Owls fan Jane Roe and her pals showed up …` captioning
    // the photo above the headline) gives way too: the body's attribution is the quotation's own.
    // So does a place (`N.B. pledges flood aid after ‘…’`): a headline's place stands for
    // its government, and the body names who in it said the words.
    const member = info.speaker?.member;
    // So does a lone capitalised word with nothing to show it is a person (`‘…’: Driver charged after
    // crash`): a common noun capitalised in a headline, no name.
    // So does a body in the headline (`‘We’re worn out’: Oakvale Nation asks for …`): the body's
    // echo names the person in it who said the words.
    const weak =
      !member ||
      member.unnamed ||
      isPlace(member.tokens) ||
      (member.kind === "person" && !isEvidentlyPerson(member)) ||
      (member.kind !== "person" && info.paragraph === 0) ||
      // So does a description's guess in the headline or deck (`‘…,’ the ferry board's chair answers`):
      // read from the people named before it, there are few or none yet; the body names who. Only
      // on a line that ends as a headline or deck does (isHeadlineLine): in the body's opening
      // paragraphs a description of a person is resolved from the lead, and a later quoting of
      // the same words is someone reading them back, not their source.
      (info.attribution?.mention.kind === "nominal" && isHeadlineLine(a, info.paragraph)) ||
      // In the opening paragraphs below, a description (`The candidate labeled “…”`) whose guess
      // the text never gave that title was a guess too; one it did (`the mayor` after `Mayor Jane
      // Roe`) was read from the lead, and a later quoting of the words is someone reading them back.
      (info.paragraph < ECHO_PARAGRAPHS && info.attribution?.mention.kind === "nominal" && !titledByDescription(a, info, member));
    if (info.attribution && !weak) return;
    // A quotation opening its paragraph, or one with no speaker at all (`Owls GM ‘…’ by
    // cup defeat`: a headline's subject with no verb of saying). Inside a sentence a short
    // phrase is as often a slogan the body repeats (`feel the Bern`), so it takes a word more.
    const open = info.q.pieces[0]!.open;
    const inside = a.text.slice(a.paragraphs[info.paragraph]!.start, open).trim() !== "";
    if (inside && member && !(info.attribution && weak)) return;
    const echoText = quotedText(a, info);
    a.work.add(echoText.length);
    const echo = wordsOf(echoText);
    const echoWords = echo.split(" ");
    // Before a headline's colon (`‘Utterly absurd’: Minister rebuffs …`) the words are surely a quotation, so two are enough.
    const colon = info.colonHead;
    // Fewer words (`‘on edge’`, `‘neighbours helping neighbours’`) recur by chance as well as by
    // echo, so they are read as one only in the headline or the deck below it, where a quotation
    // is a story's words picked out (lower down `shirts that read “No new taxes”` is no one's),
    // and only when no one else in the body says them too.
    const short = echoWords.length - 2 < ECHO_MIN_WORDS + (inside ? 1 : 0) - (colon ? 1 : 0);
    if (short) {
      if (echoWords.length - 2 < ECHO_SHORT_MIN_WORDS) return;
      menu ??= menuLines(a);
      if (info.paragraph >= menu + ECHO_SHORT_PARAGRAPHS) return;
    }
    // The longest word as written (`hurting`, not `are` spelled out from `we’re`), which the text holds.
    const longest = (echoText.toLowerCase().match(WORD_RUN) ?? []).reduce((x, y) => (y.length > x.length ? y : x), "");
    body ??= BodyQuotations.charged(
      speech.map((x) => quotedText(a, x)),
      a.work,
    );
    let lent: QuoteInfo["speaker"] | undefined;
    // From the first quotation of a later paragraph: the echo's own paragraph is never read.
    // Once many echoes have scanned many quotations, only those holding the echo's rarest word
    // (echo-index.ts), which every one holding the echo does.
    nextParagraphAt ??= firstOfNextParagraph(speech);
    for (const k of body.toRead(echoWords, nextParagraphAt[i]!)) {
      const said = speech[k]!.speaker;
      a.work.add();
      const named = said?.member && !said.member.unnamed;
      if ((!short && !named) || speech[k]!.paragraph === info.paragraph || !holds(k, echo, longest, echoWords, colon)) continue;
      if (!short) {
        // `‘We will not back down,’ the premier says` above a rival's `“‘We will not back down’ —
        // we have heard that before,” Baker said.`: words the body quotes inside another's
        // quotation are read back by that speaker, not said by them.
        if (quotedInside(a, body.text(k), echo)) continue;
        info.speaker = { ...said!, how: "echoed-quote" };
        return;
      }
      // A short echo the body quotes with no one's name, or two people's, is a phrase in the
      // air (a slogan on a shirt, a rival's catchword), no one person's words; so is one the
      // body quotes again as the phrase alone (`fans could “feel the heat”`), not as words
      // picked out of someone's fuller quotation. A description of one person blocks it too: it
      // is as often another speaker (`a ministry spokesperson` beside `Councillor Tom Baker`);
      // not the echo's own paragraph printed again below (a lead repeated after a video).
      if (!named && samePrinted(a, info.paragraph, speech[k]!.paragraph)) continue;
      if (!named || body.wordsOf(k).length === echo.length || (lent && lent.member !== said!.member)) return;
      lent ??= said;
    }
    if (lent && !quotedUnsaid(a, info, echo)) info.speaker = { ...lent, how: "echoed-quote" };
  });
}

/**
 * For each quotation, the index of the first quotation after it in a later paragraph (or the
 * count): one pass back over them, so an echo's search skips its own paragraph at no cost, not
 * by visiting each quotation of a long one in turn.
 */
function firstOfNextParagraph(speech: QuoteInfo[]): Int32Array {
  const at = new Int32Array(speech.length);
  for (let k = speech.length - 1; k >= 0; k--) {
    const next = speech[k + 1];
    at[k] = !next ? speech.length : next.paragraph !== speech[k]!.paragraph ? k + 1 : at[k + 1]!;
  }
  return at;
}

/** Whether two paragraphs print the same text (a lead repeated below a video or a photo). */
function samePrinted(a: Analysis, i: number, j: number): boolean {
  const p = a.paragraphs[i]!;
  const q = a.paragraphs[j]!;
  if (p.end - p.start !== q.end - q.start) return false;
  a.work.add(p.end - p.start);
  return a.text.slice(p.start, p.end) === a.text.slice(q.start, q.end);
}

/** The most words of a subhead that credits its quotation (`Site 'open all night,' councillor says`). */
const CREDITED_SUBHEAD_MAX_WORDS = 14;

/**
 * A quotation in single marks within a short line that ends on a word, as a subhead does that
 * credits it (`'Nobody knows the numbers': outfitter`, `Site 'open all night,' councillor says`):
 * the headline style of quoting, set between sections, which echoes the body below it as a
 * headline does. Double marks and a line that ends with a stop are the body's prose.
 */
function creditedSubhead(a: Analysis, info: QuoteInfo): boolean {
  if (!info.q.single || info.q.pieces.length !== 1 || !isHeadlineLine(a, info.paragraph)) return false;
  const p = a.paragraphs[info.paragraph]!;
  // Its words counted by their indexes: no slice of a long paragraph to split.
  return wordIndexAt(a, p.end) - wordIndexAt(a, p.start) <= CREDITED_SUBHEAD_MAX_WORDS;
}

/** The most words of a headline or deck read for the role it credits: a lead cut off without its stop is longer. */
const HEADING_ROLE_MAX_WORDS = 25;
/**
 * The titles a heading credits a quotation by (`premier`, `councillor`): those only a person
 * holds, not a courtesy title (`Mr.`, `Dr.`), which says nothing of a role. `Prof.` and `Rev.` do
 * (`Prof blasts …` above `Prof. Jane Roe said …`), and count. The offices a lead introduces its
 * holder with (`minister`, `chair`) are speakers' nouns for a person, which titleOf takes too; not
 * TITLES' qualifiers (`federal`, `first`, `former`), no role alone.
 */
const HEADING_TITLES = new Set([...PERSON_ONLY_TITLES].filter((t) => !COURTESY_TITLES.has(t)));
/** A word of a line, with any inner apostrophe or stop (`premier’s`, `Coun.`). */
export const LINE_WORD = rx.gu`[\p{L}][\p{L}'’.-]*`;

/** A word's title, its variants as one (`Coun.` as `councillor`: roleVariants), or undefined when it is none or a possessor (`premier's comments`). */
export function titleOf(word: string): string | undefined {
  if (APOSTROPHE_S.test(word)) return undefined;
  const key = word.toLowerCase().replace(/\.+$/, "");
  // Or a noun for one person who speaks (`pharmacist`, `outfitter`), not a writing's (`report`).
  if (!HEADING_TITLES.has(key) && !(isSpeakerNoun(key) && kindOfDescription(key) === "person" && !key.endsWith("s"))) return undefined;
  return roleVariants(key)[0]!;
}

/** How many capitalised qualifiers may stand before a heading's title (`Nova Scotia Tourism Minister`). */
const TITLE_QUALIFIERS_MAX = 3;

/**
 * The title opening a heading's clause as its subject or credit (`Yukon premier blasts …`,
 * `says councillor`, `Tourism Minister says`), after at most a few capitalised qualifiers. A title
 * further on is the verb's object (`Parents confront premier`, `Teachers tell mayor …`), never
 * the speaker; nor is a role of a body the clause names (`president of PNA says`): whose it is,
 * the description's own reading decides. Reads the clause's first few words.
 */
export function subjectTitle(clause: string): string | undefined {
  const words = [...clause.matchAll(LINE_WORD)].slice(0, TITLE_QUALIFIERS_MAX + 4);
  const first = words[0]?.[0].toLowerCase() === "says" ? 1 : 0;
  let k = first;
  while (k < words.length && !titleOf(words[k]![0])) {
    if (k - first >= TITLE_QUALIFIERS_MAX || !startsUpper(words[k]![0])) return undefined;
    k++;
  }
  if (k >= words.length) return undefined;
  // The title's last word (`head coach`), then what follows it: a role of a body (`president of
  // PNA`), or one subject of several (`coach, players discuss`, `mayor and council`), is no one's.
  while (k + 1 < words.length && titleOf(words[k + 1]![0])) k++;
  const w = words[k]!;
  const rest = clause.slice(w.index + w[0].length, w.index + w[0].length + 6);
  if (/^\s*(?:,|&|and\b|of\b)/.test(rest)) return undefined;
  return titleOf(w[0]);
}

/**
 * `Yukon premier blasts Acme's ‘lack of care’`, `‘Deep sorrow’: N.S. premier responds …`,
 * `Audit ‘painful to see’ says councillor`: a headline, deck or credited subhead whose quotation
 * has no named speaker, and whose clauses outside it open with one title as their subject or
 * credit (subjectTitle), is the words of the person the paragraphs below introduce with that
 * title (`Premier Jane Roe`, `Coun. Tom Baker`), when they introduce only one so (the
 * resolver's descriptions: soleIntroducedBelow). A title capitalised as if a name (`Tourism
 * Minister says`) is no speaker's name and gives way too. Reads the heading line, once per such
 * quotation.
 */
export function lendHeadingRoleHolders(a: Analysis, speech: QuoteInfo[], resolver: Resolver): void {
  let menu: number | undefined;
  for (const info of speech) {
    const member = info.speaker?.member;
    // A member named by a title or a speaker's noun alone (`Tourism Minister`, `Pharmacist`) is
    // a description capitalised as a heading's words are, no one's name; a surname is one. An
    // office's word (TITLES, `Minister`) is a title however long the member, a speaker's noun only alone.
    const last = member?.tokens.at(-1) ?? "";
    const described =
      !member ||
      member.unnamed ||
      isTitlesOnly(member.name) ||
      (TITLES.has(last) && !!titleOf(last)) ||
      (member.tokens.length === 1 && !!titleOf(last));
    if (!described) continue;
    menu ??= menuLines(a);
    const p = a.paragraphs[info.paragraph]!;
    if (!isHeadlineLine(a, info.paragraph)) continue;
    if (info.paragraph >= menu + ECHO_SHORT_PARAGRAPHS && !creditedSubhead(a, info)) continue;
    // The line's words outside its quotations, counted by their indexes before they are read:
    // the heading's subject and credit.
    const pieces = info.q.pieces;
    const close = pieces.at(-1)!.close + 1;
    const outside = wordIndexAt(a, pieces[0]!.open) - wordIndexAt(a, p.start) + wordIndexAt(a, p.end) - wordIndexAt(a, close);
    if (outside > HEADING_ROLE_MAX_WORDS) continue;
    const before = a.text.slice(p.start, pieces[0]!.open);
    const after = a.text.slice(close, p.end);
    a.work.add(before.length + after.length);
    // The heading's clauses outside the quotation: the words before it, and those after it or
    // after a colon there (`': N.S. premier reacts`, `…,' councillor says`, `… in the cold: mayor`).
    const titles = new Set([before, ...after.split(":")].map(subjectTitle).filter((t) => t !== undefined));
    if (titles.size !== 1) continue;
    const [title] = titles;
    const holder = resolver.soleIntroducedBelow(title!, p.start);
    if (holder) info.speaker = { mention: holder.mention, member: holder.member, how: "heading-role" };
  }
}

/** A quotation inside a quotation's text: curly single marks, or double marks inside single ones. */
const INNER_QUOTATION = /[‘“"]([^‘’“”"]+)[’”"]/gu;

/**
 * Whether `echo` (wordsOf's form) is in a quotation inside the body quotation `text`
 * (`“‘We will not back down’ — we have heard that before”`): words its speaker reads back.
 * Asked once per echo the text holds; reads the text once.
 */
function quotedInside(a: Analysis, text: string, echo: string): boolean {
  a.work.add(text.length);
  for (const m of text.matchAll(INNER_QUOTATION)) if (wordsOf(m[1]!).includes(echo)) return true;
  return false;
}

/** How many words before a name titledByDescription reads for the description's noun (`Board chair Jane Roe`). */
const INTRO_WORDS_MAX = 3;
/** How many of a member's mentions titledByDescription reads. */
const INTRO_MENTIONS_MAX = 4;

/**
 * Whether the text introduced the member a description resolved to with the description's noun
 * or a variant of it (`the mayor` after `Mayor Jane Roe`, `the chair` after `Board chair Jane
 * Roe`): read in the few words before the member's first mentions that precede the quotation.
 */
function titledByDescription(a: Analysis, info: QuoteInfo, member: NonNullable<QuoteInfo["speaker"]>["member"]): boolean {
  const head = a.words[info.attribution!.mention.last]?.key;
  if (head === undefined || !member) return false;
  if (member.titles.has(head)) return true;
  const nouns = roleVariants(head);
  const open = info.q.pieces[0]!.open;
  for (const at of member.seen.slice(0, INTRO_MENTIONS_MAX)) {
    if (at >= open) break;
    const w = wordIndexAt(a, at);
    for (let k = Math.max(0, w - INTRO_WORDS_MAX); k < w; k++) {
      a.work.add();
      if (nouns.includes(a.words[k]!.key)) return true;
    }
  }
  return false;
}

/** A quotation's marked pieces as one text. */
export function quotedText(a: Analysis, info: QuoteInfo): string {
  return info.q.pieces.map((p) => a.text.slice(p.start, p.end)).join(" ");
}

/**
 * Whether a quotation below the headline's that is no one's speech (`shirts that read “Vote
 * for Lustrik”`, `his mockery of “Millbrook manners”`) holds its short echo: the words are a
 * phrase the article quotes as such, and one speaker saying them too does not make them theirs.
 * Read only for a short echo, once per headline quotation.
 */
function quotedUnsaid(a: Analysis, info: QuoteInfo, echo: string): boolean {
  const open = info.q.pieces[0]!.open;
  return a.quotes.some((x) => {
    if (x.kind === "speech" || x.paragraph === info.paragraph || x.q.pieces[0]!.open < open) return false;
    const text = quotedText(a, x);
    a.work.add(text.length);
    return wordsOf(text).includes(echo);
  });
}

/** The fewest words of a short echo (see lendEchoedSpeakers): one word is any quotation's. */
const ECHO_SHORT_MIN_WORDS = 2;
/** How many paragraphs, after a menu's, may hold a short echo: the headline and its deck. */
const ECHO_SHORT_PARAGRAPHS = 2;

/** How many words a headline may leave out of the quotation it shortens (`It's [just] sad to see [how] …`). */
const ECHO_OMITTED_MAX = 2;
/** The fewest words a headline's shortened quotation keeps, so that its words in order are no chance. */
const ECHO_LOOSE_MIN_WORDS = 6;
/** The most words of a quotation read so (a headline's length), which bounds each try's reading to a few dozen words. */
const ECHO_LOOSE_MAX_WORDS = 16;

/**
 * Whether the body's words hold the echo's words in order with at most `most` words left out
 * between them (ECHO_OMITTED_MAX for a long echo): a headline trims a quotation to fit (`‘It's
 * sad to see the old mill go’` above `“It's just sad to see how the old mill could go,”
 * Jane Roe said`). Both lists hold an empty word at each end (see wordsOf). Each try starts at
 * a word equal to the echo's first and reads at most the echo's length and the omissions on from
 * it.
 */
function holdsShortened(a: Analysis, body: string[], echo: string[], most: number): boolean {
  const first = echo[1]!;
  const last = echo.length - 2;
  for (let s = 1; s < body.length - 1; s++) {
    if (body[s] !== first) continue;
    let j = 2;
    let omitted = 0;
    for (let k = s + 1; j <= last && k < body.length - 1 && omitted <= most; k++) {
      a.work.add();
      if (body[k] === echo[j]) j++;
      else omitted++;
    }
    if (j > last && omitted <= most) return true;
  }
  return false;
}

/**
 * A quotation in single marks that is its whole paragraph, with no credit after it: a subhead quoting the
 * section below (see furniture's isSubhead; classify's quotedSubhead also takes `'…': Roe`).
 */
export function singleWholeParagraph(a: Analysis, info: QuoteInfo): boolean {
  return info.q.single && info.q.pieces.length === 1 && isWholeParagraph(a.text, info.q.pieces[0]!, a.paragraphs[info.paragraph]!);
}

/** The most words of a group's mention (`Residents`, `Many fans`). */
const GROUP_MENTION_MAX_WORDS = 2;

/**
 * Whether a quotation's speaker is a group named by a plural speaker's noun (`Residents said …`,
 * `many fans`), no one person: the cast's unnamed group, or a mention left with no member.
 */
export function saidByGroup(a: Analysis, x: QuoteInfo): boolean {
  const member = x.speaker?.member;
  if (member) return member.unnamed === true && member.kind === "group";
  const mention = x.speaker?.mention;
  if (!mention) return false;
  const words =
    a.text
      .slice(mention.start, Math.min(mention.end, mention.start + 40))
      .toLowerCase()
      .match(LINE_WORD) ?? [];
  a.work.add(words.length);
  const head = words.at(-1) ?? "";
  return words.length <= GROUP_MENTION_MAX_WORDS && head.endsWith("s") && isSpeakerNoun(head);
}
