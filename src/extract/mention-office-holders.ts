// Offices, portfolios and bodies' names that run straight into the name of the person who holds
// them (`Minister of Finance Jane Roe`, `Assembly of Oakvale Nations National Chief Jane Roe`): which
// words are the holder's name. Separate because each reads a long capitalised run for one person.
import { kindOf } from "./actor-kinds";
import { KIN_NOUNS, OF_HEADS, ORGANISATION_NOUNS, PERSON_ONLY_TITLES, TITLES } from "./lexicon";
import { nameForward, nameThroughLink, runs } from "./mention-names";
import { INITIALISM, isOffice, isPossessive, isSpeakerNoun, isTitle, joined, type Mention } from "./mention-words";
import { hasGuessedGender, isGivenName } from "./names";
import { isCapitalised, isLowerCase, type Tokens } from "./text";

/** Heads of organisations' names that run on through `for`: `Canadian Centre for Housing Rights`, `Institute for Fiscal Studies`. */
const FOR_HEADS = new Set([
  "centre",
  "center",
  "institute",
  "coalition",
  "foundation",
  "alliance",
  "council",
  "association",
  "society",
  "fund",
  "network",
  "partnership",
  "campaign",
  "commission",
  "committee",
  "agency",
  "office",
]);

/**
 * The last word of an organisation's name that runs on through `of` (and `the`) from the
 * name ending at word `last`: `Ontario Chamber of Commerce`, `University of Toronto`,
 * `House of Commons`; or through `for` after a head that takes it (`Centre for Housing
 * Rights`). Returns `last` itself otherwise.
 */
export function organisationEnd(t: Tokens, last: number): number {
  const ws = t.words;
  const of = ws[last + 1];
  const head = (of?.text === "of" && OF_HEADS.has(ws[last]!.key)) || (of?.text === "for" && FOR_HEADS.has(ws[last]!.key));
  if (of?.text === "for" && !head) return last;
  const k = nameThroughLink(t, last);
  if (k < 0) return last;
  const end = nameForward(t, k);
  // `Assembly of Oakvale Nations National Chief Jane Roe`, `Chiefs of Ontario Regional Chief Tom
  // Baker`: whatever the head, a body's name through `of` that runs into a titled full name
  // names that person; the title comes after the body's own words, not straight after `of`.
  // So too with the body's initials in brackets between (`Assembly of Oakvale Nations (AON) Chief`).
  // A title straight after `of` opens another person's name, no body's (`said Commissioner Jane Roe of
  // Prime Minister Tom Baker’s decision`): the run ends before `of`, or Roe's words go to Baker.
  if (end >= 0 && (head || (!isTitle(ws[k]!) && holdsTitledFullName(t, k + 1, end)) || holderAfterInitials(t, end))) return end;
  return last;
}

/**
 * `Tallwood Union of Transit Workers (TUTW) President Jane Roe`: a body's name, its initials in
 * brackets, then a titled full name on the same line; the person is named, the body only says
 * where they work. Returns the titled name's first and last word, or undefined.
 */
export function holderAfterInitials(t: Tokens, last: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  const initials = ws[last + 1];
  const next = ws[last + 2];
  // The bracket's character first: nearly every name has none after it, and skips the rest.
  if (!initials || !next || text.charCodeAt(initials.start - 1) !== 40 || !isCapitalised(next.text)) return undefined;
  if (!INITIALISM.test(initials.text)) return undefined;
  if (!OPEN_BRACKET.test(text.slice(ws[last]!.end, initials.start)) || !CLOSE_BRACKET.test(text.slice(initials.end, next.start)))
    return undefined;
  const end = nameForward(t, last + 2);
  return end >= 0 && isTitle(next) && holdsTitledFullName(t, last + 2, end) ? { first: last + 2, last: end } : undefined;
}

const OPEN_BRACKET = /^ \($/;

const CLOSE_BRACKET = /^\) $/;

/** How many capitalised words a portfolio may take before its holder's name (`Mental Health and Addictions`). */
export const PORTFOLIO_MAX_WORDS = 4;

/**
 * `Chief Safety Officer of Transit Dr. Jane Roe`, `Minister of Finance Jane Roe`: an office
 * named with its portfolio (`of` and capitalised words) runs straight into its holder's name,
 * as Canadian and British titles do. Parsed as one capitalised run it named nobody (`Medical
 * Officer`). The holder is named from a title (`Dr.`) or a given name after the portfolio's
 * first word, to the run's end. Returns the holder's first and last word, or undefined.
 */
export function holderAfterPortfolio(t: Tokens, office: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  const of = ws[office + 1];
  const portfolio = office + 2;
  if (of?.text !== "of" || !joined(text, ws[office]!, of) || !(isSpeakerNoun(ws[office]!.key) || TITLES.has(ws[office]!.key)))
    return undefined;
  if (ws[portfolio]?.text === "the" && ws[portfolio + 1] && joined(text, of, ws[portfolio]!)) return holderAfterBody(t, portfolio + 1);
  if (!ws[portfolio] || !joined(text, of, ws[portfolio]!) || !isCapitalised(ws[portfolio]!.text)) return undefined;
  const end = runs(t).nameEnd[portfolio]!;
  for (let k = portfolio + 1; k < end && k - portfolio <= PORTFOLIO_MAX_WORDS; k++) {
    t.work.add();
    if (isTitle(ws[k]!)) return { first: k, last: end };
    // `Minister of Long-Term Care Jane Roe`: a portfolio's last word may be on the long lists of
    // given names only as a guess (`Care`); before a given name and a surname closing the run,
    // it is the portfolio's, and the holder opens at the given name after it.
    if (isGivenName(ws[k]!.text)) return { first: portfolioGivenName(ws, k, end) ? k + 1 : k, last: end };
  }
  return undefined;
}

/**
 * Whether capitalised words from..to, after an office's `of`, hold a person (`Officer of Health
 * Dr. Jane Roe`, `Minister of Health Tiff Roe`) rather than only naming its portfolio (`Colleges`,
 * `Health`, `Long-Term Care`): a given name not the portfolio's (portfolioGivenName), or a title
 * only a person takes (`Dr.`). Not TITLES: a portfolio is one (`Health Minister`).
 */
export function personInPortfolio(t: Tokens, from: number, to: number): boolean {
  const ws = t.words;
  for (let x = from; x <= to; x++) {
    const key = ws[x]!.key;
    if ((isGivenName(key) && !portfolioGivenName(ws, x, to)) || PERSON_ONLY_TITLES.has(key)) return true;
  }
  return false;
}

/**
 * Whether word k, a given name, is a portfolio's word in a capitalised run ending at word end:
 * one only by the long lists' guess (`Care`) that closes the run (`Minister of Long-Term Care
 * said`) or stands before a given name and the run's last word, a surname (`Minister of
 * Long-Term Care Jane Roe`).
 */
function portfolioGivenName(ws: Tokens["words"], k: number, end: number): boolean {
  return (end === k || (end === k + 2 && isGivenName(ws[k + 1]!.text))) && hasGuessedGender(ws[k]!.text);
}

/**
 * `president of the Ontario Federation of Labour Jane Roe`, `Minister of the Environment Tom
 * Baker`: after `of the`, a body's name (running on through its own `of`) that runs straight into
 * a full name, the holder's. The holder opens with a title before two words or more, or a given
 * name before a surname, after the body's first word, and holds no body's word (`the St.
 * Michael's Hospital board`); `Lustrik te Brenvo First Nation` holds neither.
 */
function holderAfterBody(t: Tokens, body: number): { first: number; last: number } | undefined {
  const { text, words: ws } = t;
  if (!joined(text, ws[body - 1]!, ws[body]!) || !isCapitalised(ws[body]!.text)) return undefined;
  const name = nameForward(t, body);
  if (name < 0) return undefined;
  const end = organisationEnd(t, name);
  for (let k = body + 1; k < end && k - body <= PORTFOLIO_MAX_WORDS + 2; k++) {
    t.work.add();
    // A title before a full name (`Dr. Jane Roe`), or a given name before a surname.
    const opens = isTitle(ws[k]!) ? end - k >= 2 : isGivenName(ws[k]!.text) && end > k;
    if (!opens) continue;
    for (let j = k; j <= end; j++) if (ORGANISATION_NOUNS.has(ws[j]!.key) || isPossessive(ws[j]!)) return undefined;
    return { first: k, last: end };
  }
  return undefined;
}

/**
 * `chief medical officer with the Lakeview Coroners Service Dr. Jane Roe`: after a link (`with`,
 * `for`) and `the`, the body runs straight into a titled full name, its holder's, as after
 * `director of the` (holderAfterPortfolio): the speaker. npForward's withLink reads it forward,
 * npBackward back from the name's last word. Only a title opens such a holder here: a body's word
 * may pass for a given name (`Primary Care Division`).
 */
export function titledHolderAfterBody(t: Tokens, body: number): Mention | undefined {
  const ws = t.words;
  const holder = ws[body - 1]?.key === "the" && ws[body] ? holderAfterBody(t, body) : undefined;
  return holder && isTitle(ws[holder.first]!)
    ? { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder }
    : undefined;
}

/**
 * The word after an `and` that follows word `last`, the three joined by spaces alone (`Ontario
 * Premier and Council Chair`, `Public Safety and Emergency Preparedness`): where a second part
 * of one name or office starts. -1 when there is none.
 */
export function partAfterAnd(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  const and = ws[last + 1];
  const part = ws[last + 2];
  return and?.text === "and" && part && joined(text, ws[last]!, and) && joined(text, and, part) ? last + 2 : -1;
}

/**
 * `Public Services and Procurement Minister Jane Roe`, `Mental Health and Addictions Minister
 * Jane Roe`: a portfolio of two parts joined by `and` before its office and holder. The
 * capitalised run stops at `and`, and left the portfolio's first part (`Public Services`) as a
 * name. The holder is the run after `and` when an office in it comes after a portfolio word;
 * the office is dropped when the cast reads the name. Returns the run's first and last word, or undefined.
 */
export function holderAfterJoinedPortfolio(t: Tokens, first: number, last: number): { first: number; last: number } | undefined {
  const ws = t.words;
  const part = partAfterAnd(t, last);
  if (part < 0) return undefined;
  // `Premier Jane Roe and Quebec Premier Tom Baker`: a first part with a title or a given name is a person.
  if (last - first >= PORTFOLIO_MAX_WORDS) return undefined;
  for (let k = first; k <= last; k++) if (isTitle(ws[k]!) || isGivenName(ws[k]!.text)) return undefined;
  // `Tom Baker and Prime Minister Jane Roe` are two people: the second part must be a portfolio's words, not a title.
  if (!isCapitalised(ws[part]!.text) || isGivenName(ws[part]!.text) || openingTitle(t, part)) return undefined;
  const end = runs(t).nameEnd[part]!;
  for (let k = part + 1; k < end && k - part <= PORTFOLIO_MAX_WORDS; k++) {
    t.work.add();
    if (isOffice(ws[k]!.key) && isCapitalised(ws[k]!.text)) return { first: part, last: end };
  }
  return undefined;
}

/**
 * Whether the title at word i opens a person's title rather than a portfolio: `Prime Minister`,
 * `Sen. Tom Baker`, `President`. Some portfolios are titles' words too (`Treasury Board
 * Minister`, `Health and Wellness Minister`): not an office, and running on to no name nor title.
 */
function openingTitle(t: Tokens, i: number): boolean {
  const ws = t.words;
  if (!TITLES.has(ws[i]!.key)) return false;
  const next = ws[i + 1];
  return isOffice(ws[i]!.key) || ws[i]!.text.endsWith(".") || !next || isTitle(next) || isGivenName(next.text);
}

/**
 * Whether a capitalised run ending at `last` holds a titled full name: a title (`Chief`,
 * `President`) at `from` or after, then two or more name words to the run's end (`First Nations
 * National Chief Jane Roe`, `Council Chair Tom Baker`). Such a run names the person at its end,
 * the words before the title being a place's or a body's name.
 */
export function holdsTitledFullName(t: Tokens, from: number, last: number): boolean {
  const ws = t.words;
  for (let k = from; k <= last - 2; k++) {
    t.work.add();
    if (isTitle(ws[k]!) && !TITLES.has(ws[k + 1]!.key)) return true;
  }
  return false;
}

/**
 * `Ontario Premier and Council Chair Jane Roe`: two offices joined by `and` before one holder's
 * name. The run stopped at `and` and left the first office (`Ontario Premier`) as a name. The
 * first part ends in a title and holds no given name (`Premier Jane Roe and …` are two people);
 * the part after `and` holds a titled full name, which is the holder. Returns that part's first
 * and last word, or undefined.
 */
export function holderAfterJoinedTitles(t: Tokens, first: number, last: number): { first: number; last: number } | undefined {
  const ws = t.words;
  const part = partAfterAnd(t, last);
  if (part < 0) return undefined;
  if (!isTitle(ws[last]!) || !isCapitalised(ws[part]!.text)) return undefined;
  if (!bodyBeforeTitle(t, first, last)) {
    if (last - first >= PORTFOLIO_MAX_WORDS) return undefined;
    for (let k = first; k <= last; k++) if (isGivenName(ws[k]!.text)) return undefined;
  }
  const end = runs(t).nameEnd[part]!;
  return holdsTitledFullName(t, part, end) ? { first: part, last: end } : undefined;
}

/**
 * Whether the capitalised words first..last, a run ending in a title, open with a body's or a
 * place's name before the title (`William Osler Health System President`, `Prince George Mayor`,
 * `Mary Berglund Community Health Centre Executive Director`): the body's own words may hold a
 * given name and run longer than a portfolio, as the title after them is its office, not a
 * person's name. The body runs to PORTFOLIO_MAX_WORDS + 2 words, as after `of the` (holderAfterBody).
 */
function bodyBeforeTitle(t: Tokens, first: number, last: number): boolean {
  const ws = t.words;
  let title = last;
  while (title > first && isTitle(ws[title - 1]!)) title--;
  if (title === first || title - first > PORTFOLIO_MAX_WORDS + 2) return false;
  const body = ws.slice(first, title);
  const kind = kindOf(
    body.map((w) => w.text),
    body.map((w) => w.key),
    false,
  );
  return kind === "institution" || kind === "government";
}

/**
 * The word before the office at word i, past a first office joined to it by `and` (`president
 * and CEO`, `President and CEO`): where what describes both offices ends (`the company's`).
 */
export function beforeJoinedOffices(t: Tokens, i: number): number {
  const ws = t.words;
  const and = ws[i - 1];
  return and?.text === "and" && i > 1 && isOffice(ws[i - 2]!.key) && joined(t.text, ws[i - 2]!, and) && joined(t.text, and, ws[i]!)
    ? i - 3
    : i - 1;
}

/**
 * An office written in lower case right before a person's name (`integrity commissioner Jane
 * Roe`, `ombudsman Tom Baker`), as many outlets write an office that is not a formal title: it
 * is the person's title all the same, which `the commissioner` later refers to. A kin noun
 * (`her sister Jane Roe`) is a relation, not an office.
 */
export function lowerCaseOfficeBefore(t: Tokens, mention: Mention): string | undefined {
  const prev = t.words[mention.first - 1];
  if (!prev || !isLowerCase(prev.text) || !isOffice(prev.key) || KIN_NOUNS.has(prev.key)) return undefined;
  return t.text.slice(prev.end, mention.start) === " " ? prev.key : undefined;
}
