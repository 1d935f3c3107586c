// A noun naming a firm set beside a one-word name (`retailer Sears`, `the retailer Sears`, `Sears,
// the retailer,`, `Canada's oldest retailer, Sears,`): the name is a firm's, which `the company`,
// `the retailer` and `it` stand for later. Separate because it reads the words around one
// mention, where the cast's kinds (./actor-kinds) read only the name's own words. So is a
// business one owns (namesOwnBusiness), whatever its name's length.
import { DETERMINERS, FIRM_NOUNS, FIRM_TRADES, FUNCTION_WORDS } from "./lexicon";
import { isPossessive, type Mention } from "./mention-words";
import { isCapitalised, isLowerCase, type Tokens } from "./text";
import { rx } from "./unicode-regexps";

/**
 * `, the retailer,`, `, a Toronto-based lender,` right after a name: up to three words between the
 * article and the noun, each a modifier of the noun (the words are returned), never a function word:
 * `, a partner at the firm,` or `, the head of a bank,` is a person's, whose noun is another's.
 */
const FIRM_APPOSITIVE_AFTER = rx.u`^,\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}+),`;
/** How many characters after a name FIRM_APPOSITIVE_AFTER reads. */
const APPOSITIVE_MAX_CHARS = 64;

/**
 * Whether a firm's noun (FIRM_NOUNS) stands beside the mention: joined right before it, in lower
 * case and no possessive (`retailer Sears`, `telecom giant Rogers`; not `the retailer's founder,
 * Tom Sears`, nor `bank teller Roe`, whose noun is the teller's), opening it at a sentence's start
 * (`Retailer Sears`, whose name nameParts cuts to `Sears`), or set off by commas as its
 * appositive, after it (`Sears, the retailer,`) or before it (`Canada's oldest retailer, Sears,`).
 * Only the caller's one-word name, nothing else shows a person's, is read so. `sentenceStart`
 * gives where the sentence holding an offset starts.
 */
export function firmNounBeside(t: Tokens, mention: Mention, sentenceStart: (at: number) => number): boolean {
  const ws = t.words;
  const first = ws[mention.first]!;
  if (mention.last === mention.first + 1 && isCapitalised(first.text) && FIRM_NOUNS.has(first.key) && !isPossessive(first)) return true;
  if (mention.last !== mention.first) return false;
  return firmNounBefore(t, mention) !== undefined || firmNounApposed(t, mention, sentenceStart);
}

/**
 * Whether a firm's noun is set off by commas as the mention's appositive, whatever the name's
 * length: before it, its phrase opening the sentence (`Canada's oldest retailer, Hudson's Bay,`),
 * or after it (`Hudson's Bay, the retailer,`). Reads those few words.
 */
export function firmNounApposed(t: Tokens, mention: Mention, sentenceStart: (at: number) => number): boolean {
  const ws = t.words;
  const prev = ws[mention.first - 1];
  const after = t.text.slice(mention.end, mention.end + APPOSITIVE_MAX_CHARS);
  // `Canada's oldest retailer, Sears, plans`: an appositive closed by a comma after the name.
  const before = prev ? t.text.slice(prev.end, mention.start) : "";
  if (
    prev &&
    isLowerCase(prev.text) &&
    !isPossessive(prev) &&
    FIRM_NOUNS.has(prev.key) &&
    /^,\s+$/.test(before) &&
    after.startsWith(",") &&
    opensSentence(t, mention.first - 1, sentenceStart)
  )
    return true;
  const apposed = FIRM_APPOSITIVE_AFTER.exec(after);
  if (!apposed || !FIRM_NOUNS.has(apposed[2]!)) return false;
  return apposed[1]!.split(/\s+/).every((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** How many words before a firm's noun opensSentence reads for its phrase's opening (`Canada's oldest retailer`). */
const OPENING_MAX_WORDS = 6;

/**
 * Whether the noun phrase the word at `noun` ends opens its sentence (`sentenceStart`): only
 * modifiers and possessives before it, after at most an opening determiner (`Canada's oldest
 * retailer`, `The retailer`, `Its rival lender`), within OPENING_MAX_WORDS. Not `After leaving
 * the company, Roe, 54, …`, whose noun ends another phrase and whose name is a person's. Reads
 * those few words.
 */
function opensSentence(t: Tokens, noun: number, sentenceStart: (at: number) => number): boolean {
  const ws = t.words;
  const opens = (i: number) => sentenceStart(ws[i]!.start) === ws[i]!.start;
  for (let i = noun; i >= noun - OPENING_MAX_WORDS; i--) {
    const prev = ws[i - 1];
    if (!prev || opens(i)) return true;
    if (t.text.slice(prev.end, ws[i]!.start) !== " ") return false;
    // A determiner only opens the phrase, and so the sentence.
    if (!isPossessive(prev) && FUNCTION_WORDS.has(prev.key)) return DETERMINERS.has(prev.key) && opens(i - 1);
  }
  return false;
}

/**
 * The first word of a firm's noun joined right before a one-word mention, in lower case and no
 * possessive: `retailer` of `retailer Sears`, `telecom` of `telecom giant Rogers` (the trade's word
 * may open the sentence). Where the noun phrase the name ends opens: `The retailer Sears plans`
 * has its subject in `the retailer Sears` (see Bodies.isSubjectWithArticle).
 */
export function firmNounBefore(t: Tokens, mention: Pick<Mention, "first" | "last">): number | undefined {
  if (mention.last !== mention.first) return undefined;
  const ws = t.words;
  const prev = ws[mention.first - 1];
  if (!prev || !isLowerCase(prev.text) || isPossessive(prev) || t.text.slice(prev.end, ws[mention.first]!.start) !== " ") return undefined;
  if (FIRM_NOUNS.has(prev.key)) return mention.first - 1;
  const trade = ws[mention.first - 2];
  if (prev.key === "giant" && trade && FIRM_TRADES.has(trade.key) && t.text.slice(trade.end, prev.start) === " ") return mention.first - 2;
  return undefined;
}

/** A pronoun's own business noun, set off before the name: `her own company, `, `his business – `. */
const OWN_BUSINESS_BEFORE =
  /\b(?:her|his|their|my|our)\s+(?:own\s+)?(?:new\s+|small\s+|family\s+)?(?:company|business|firm|shop|store|restaurant|bakery|caf[eé]|farm|orchard|brand|startup|charity|studio)\s*(?:,|[-–—])\s*$/;
/** `Gill Orchard’s owner` (the mention may hold its `’s`), `Gill Orchard co-owner`. */
const OWNER_AFTER = /^(?:['’]s?)?\s+(?:co-)?owners?\b/;
/** `the owner of Gill Orchard`. */
const OWNER_BEFORE = /\bowners?\s+of\s+$/;
/** How many characters after a name OWNER_AFTER reads. */
const OWNER_AFTER_CHARS = 16;
/** How many characters before a name OWN_BUSINESS_BEFORE reads. */
const OWN_BUSINESS_CHARS = 48;

/**
 * A business one owns, named right after its noun and set off (`started her own company, Maple
 * Crafts,`, `her business – Buddha Beads – from home`), or named as what someone owns (`Karma
 * Gill, Gill Orchard’s owner`, `the owner of Gill Orchard`): the name is the business's, whatever
 * its length. Owned, no one's name (a person has no owner), whatever given name it opens on; set
 * off after the noun, only where nothing in it shows a person's (the caller asks). A pronoun's own
 * noun (`her`, `his`, `their`) is what makes the apposition the business's: `a partner at the
 * firm, Jane Roe,` names a person.
 */
export function namesOwnBusiness(t: Tokens, mention: Mention): "owned" | "apposed" | undefined {
  const before = t.text.slice(Math.max(0, mention.start - OWN_BUSINESS_CHARS), mention.start);
  if (OWNER_BEFORE.test(before) || OWNER_AFTER.test(t.text.slice(mention.end, mention.end + OWNER_AFTER_CHARS))) return "owned";
  return OWN_BUSINESS_BEFORE.test(before) ? "apposed" : undefined;
}
