// The firm a description by a firm's noun stands for when no rule before it found one (`the
// grocer`, `the miner`, `the coffee chain`, `the company`): the one firm the text named before
// it, shown a firm by its own words (`Loblaw Companies Ltd.`, `General Motors`) or by the words
// around one of its mentions (`Canada's oldest retailer, Hudson's Bay,`, `Starbucks is closing 30
// cafes`, `Rogers says it will cut 1,200 jobs`). Apart from ./bodies because it may name a body
// the cast read as a person, a crowd or a place (`Rogers`, `Starbucks`, `Hudson's Bay`), and so
// only where no other name the text gives may be the firm: a wrong firm is worse than none.
import { type CastMember, namesACrowd, showsNoPerson } from "./actors";
import type { Antecedents, Context, NameMention } from "./antecedents";
import { MAX_ANTECEDENTS } from "./antecedents";
import { isCompanyHead, isOfSort } from "./bodies";
import { FIRM_NOUNS, FIRM_TRADE_NOUNS, FIRM_WORDS, IT_AUXILIARIES, IT_COMPANY_ACTS, PARTY_PLURALS, SPEECH_VERBS } from "./lexicon";
import { firmNounApposed, firmNounBefore } from "./mention-firm-nouns";
import { isDemonym, isPlace, isStreet } from "./names";
import { lastAtOrBefore } from "./spans";
import { rx } from "./unicode-regexps";

/** Whether a description's head names a firm: a firm's noun (`the automaker`) or a trade's also a person's (`the grocer`). */
export const isFirmHead = (head: string) => FIRM_NOUNS.has(head) || FIRM_TRADE_NOUNS.has(head);

/** How many words after a name actsAsFirm reads: `says it will soon close`. */
const ACT_MAX_WORDS = 6;
/** A count in digits: `15` of `closing 15 stores`, `1,200` of `cut 1,200 jobs`. */
const COUNT = /^\d[\d,]*$/;
/** Only letters, apostrophes and spaces between a name and its act: no comma, no stop. */
const ONE_CLAUSE = rx.u`^[\p{L}'’\s-]*$`;

/**
 * The one firm named among the MAX_ANTECEDENTS names before `at` that a description headed by
 * `head` stands for: shown a firm (showsAFirm), with no other name there that may be one
 * (mayBeFirm: `Shaw and Rogers both raised prices` leaves `the company` no one's). Undefined
 * otherwise. Reads a few words after each name.
 */
export function soleFirmNamed(c: Context, seen: Antecedents, at: number, head: string): CastMember | undefined {
  if (FIRM_TRADE_NOUNS.has(head) && tradeOfPeople(c, seen, at, head)) return undefined;
  const shown = new Set<CastMember>();
  const maybe = new Set<CastMember>();
  for (let i = lastAtOrBefore(seen.namesAt, at - 1), looked = 0; i >= 0 && looked < MAX_ANTECEDENTS; i--, looked++) {
    c.work.add(ACT_MAX_WORDS);
    const n = c.names[i]!;
    if (n.mention.end > at || shown.has(n.member)) continue;
    const firm = showsAFirm(c, n, head);
    if (firm === true) shown.add(n.member);
    else if (firm === "other" || mayBeFirm(c, n)) maybe.add(n.member);
  }
  if (shown.size !== 1) return undefined;
  const [firm] = shown;
  for (const x of maybe) if (x !== firm) return undefined;
  return firm;
}

/** How many words before a trade's description tradeOfPeople reads, in its paragraph and the one before. */
const TRADE_LOOKBACK_WORDS = 300;

/**
 * Whether the text calls people by the trade's noun before `at` (`The miners at Vale walked out`,
 * `a miner died`, `Local grocer Tom Baker`): its plural, or the noun in lower case anywhere but
 * after `the`, which is a firm's description met before (`the grocer said`). `the grocer` is then
 * one of them, never the firm. Reads at most TRADE_LOOKBACK_WORDS words back, within the
 * paragraph and the one before.
 */
function tradeOfPeople(c: Context, seen: Antecedents, at: number, head: string): boolean {
  const ws = c.words;
  const from = seen.paragraphStart(at, 1);
  const plural = `${head}s`;
  for (let i = seen.wordBefore(at), looked = 0; i >= 0 && ws[i]!.start >= from && looked < TRADE_LOOKBACK_WORDS; i--, looked++) {
    c.work.add();
    const w = ws[i]!;
    if (w.key === plural || (w.key === head && ws[i - 1]?.key !== "the")) return true;
  }
  return false;
}

/**
 * Whether a member may be a firm by its name: a body, or a name nothing shows a person's (no
 * title, no sex, no given name first: showsNoPerson) that names no crowd (`Liberals`,
 * `Canadians`). Never a place the gazetteer holds (`Ontario`), nor an outlet, which reports.
 */
function mayBeFirmByName(x: CastMember): boolean {
  if (x.unnamed || x.kind === "outlet" || (isPlace(x.tokens) && !isStreet(x.tokens))) return false;
  if (x.kind !== "person" && x.kind !== "group") return true;
  return showsNoPerson(x) && !namesACrowd(x) && !isDemonym(x.tokens) && !PARTY_PLURALS.has(x.tokens.at(-1)!);
}

/**
 * Whether a name may be a firm nothing shows one, and so leaves the description no one's: a
 * body or a name nothing shows a person's (mayBeFirmByName), or a person's name with no title,
 * as a firm is named for its founder (`Metro Inc. will buy Jean Coutu`, `Tim Hortons`); though
 * not one named as a street or a feature is (`Bay Street`, `Hudson's Bay`, a firm only where
 * shown), nor one capitalised word opening its sentence that the text never names again
 * (`Shoppers at Metro Inc. stores`).
 */
function mayBeFirm(c: Context, n: NameMention): boolean {
  const x = n.member;
  const founder = x.kind === "person" && !x.unnamed && x.titles.size === 0 && !isPlace(x.tokens);
  if (!(founder || mayBeFirmByName(x)) || isStreet(x.tokens)) return false;
  const lone = n.mention.first === n.mention.last && c.sentenceOf(n.mention.start).start === n.mention.start && x.seen.length < 2;
  return !lone;
}

/**
 * Whether a name shows a firm: its own words (a company's suffix, `Acme Ltd.`, or a firm's word
 * last, `General Motors`, `Jean Coutu Group`), a firm's noun beside it (`retailer Sears`,
 * `Canada's oldest retailer, Hudson's Bay,`), or a firm's act it does (actsAsFirm). "other" when
 * the noun beside it is another trade's than `head` (`the bank Desjardins` is no `the retailer`).
 */
function showsAFirm(c: Context, n: NameMention, head: string): boolean | "other" {
  const x = n.member;
  if (!mayBeFirmByName(x)) return false;
  // Named as a street or a feature is (`Hudson's Bay`, `Bank Street`): only the words around it may show a firm.
  const street = isStreet(x.tokens);
  if (!street && (isOfSort(x.tokens, "company") || FIRM_WORDS.has(x.tokens.at(-1)!) || x.tokens.some((t) => FIRM_NOUNS.has(t))))
    return true;
  const noun = firmNounBefore(c, n.mention);
  if (noun !== undefined) {
    const trade = c.words[noun]!.key;
    return trade === head || !FIRM_NOUNS.has(trade) || isCompanyHead(trade) || isCompanyHead(head) || "other";
  }
  return firmNounApposed(c, n.mention, (at) => c.sentenceOf(at).start) || actsAsFirm(c, n);
}

/**
 * Whether the name is the subject of a firm's act on a count right after it (IT_COMPANY_ACTS, past
 * any auxiliary, then a number): `Starbucks is closing 30 cafes`, `Hudson's Bay is closing 15
 * stores`, or `Rogers says it will cut 1,200 jobs`, its clause's subject `it`. The count is the
 * evidence: a person closes, cuts and buys their own things too (`Baker is closing his bakery`,
 * `Roe will cut her hours`), and a place its own (`Peggy's Cove is closing its lighthouse`).
 */
function actsAsFirm(c: Context, n: NameMention): boolean {
  const ws = c.words;
  const limit = n.mention.last + ACT_MAX_WORDS;
  let j = n.mention.last + 1;
  if (SPEECH_VERBS.has(ws[j]?.key ?? "") && ws[j + 1]?.key === "it") j += 2;
  while (j < limit && IT_AUXILIARIES.has(ws[j]?.key ?? "")) j++;
  const act = ws[j];
  if (j >= limit || !act || !IT_COMPANY_ACTS.has(act.key) || c.quoted[j]) return false;
  if (!COUNT.test(ws[j + 1]?.text ?? "")) return false;
  return ONE_CLAUSE.test(c.text.slice(n.mention.end, act.start));
}
