// A body's name that holds `and`: `Fisheries and Oceans Canada`, `Truth and Reconciliation
// Commission`, `Department of Fisheries and Oceans`. The run of capitals stops at `and`, and
// left the first part (`Fisheries`) as the whole name. Separate because it reads both parts'
// kinds (actor-kinds), which the run of capitals does not.
import { kindOf } from "./actor-kinds";
import { OF_HEADS, PARTY_PLURALS } from "./lexicon";
import { nameForward, runs } from "./mention-names";
import { organisationEnd, partAfterAnd } from "./mention-office-holders";
import { INITIALISM, isOffice, isOfficeWord, isPossessive, isTitle, joined } from "./mention-words";
import { isGivenName, isPlace } from "./names";
import { capitalisedAt, isCapitalised, type Tokens, type Word } from "./text";

/** How many words each part of a joined body's name may run to (`Nunavik Regional Board of Health`). */
const PART_MAX_WORDS = 6;
/**
 * The last word of a body's name that runs on past `and` from the name ending at word `last`,
 * or `last` itself. It runs on when neither part is a person's (a given name, a title, a
 * surname the page gave after a given name: `Roe and Health Canada` are two) and either
 * - `and` joins the object of the name's `of` (`Department of Fisheries and Oceans`, `Board of
 *   Health and Social Services`), the part after it opening with no place (`of Justice and
 *   Toronto Police` are two); or
 * - the part after `and` ends in a body's word (its kind a government's or an institution's:
 *   `Oceans Canada`, `Reconciliation Commission`) and opens with no place nor initialism, and
 *   the part before is no body's or place's name of its own (`Halifax Regional Police and Halifax
 *   District RCMP`, `WestJet and Swoop` are two); save a place that runs on through `and`
 *   (`Newfoundland and Labrador RCMP`). Reads the two parts: a bounded window.
 */
export function bodyNameThroughAnd(t: Tokens, first: number, last: number): number {
  const ws = t.words;
  const part = partAfterAnd(t, last);
  if (part < 0 || last - first >= PART_MAX_WORDS || isPossessive(ws[last]!) || !isCapitalised(ws[part]!.text)) return last;
  const run = nameForward(t, part);
  if (run < 0) return last;
  const end = organisationEnd(t, run);
  if (end - part >= PART_MAX_WORDS) return last;
  const before = ws.slice(first, last + 1);
  const after = ws.slice(part, end + 1);
  if (before.some(showsPerson) || after.some(showsPerson)) return last;
  const opener = ws[part]!;
  const placeOpens = isPlace([opener.key]);
  if (throughOf(ws, first, last)) return placeOpens ? last : throughAnd(t, before, after, last, end);
  const kindAfter = kindOf(
    after.map((w) => w.text),
    keysOf(after),
    false,
  );
  if (kindAfter !== "government" && kindAfter !== "institution") return last;
  // `Newfoundland and Labrador RCMP`: a place's name that runs on through `and`.
  if (isPlace([...keysOf(before), "and", opener.key])) return throughAnd(t, before, after, last, end);
  if (placeOpens || INITIALISM.test(opener.text)) return last;
  const kindBefore = kindOf(
    before.map((w) => w.text),
    keysOf(before),
    false,
  );
  // `Tallwood and Birch Paper Canada`: a word the page names alone elsewhere (`a deal with Tallwood`) is a name of its own.
  if (first === last && pageNames(t).lone.has(ws[first]!.key)) return last;
  // `the Tories and Liberal Party`: a party's members, a plural word as `Lakes` of `Lakes and
  // Rivers Canada` is, are a body of their own.
  if (first === last && PARTY_PLURALS.has(ws[first]!.key)) return last;
  return kindBefore === "person" || kindBefore === "group" ? throughAnd(t, before, after, last, end) : last;
}

// The helpers below are at module level, not closures in bodyNameThroughAnd: keepNames wraps a
// named closure on every call.

/**
 * Where a joined body's name ends once it may run on past `and`: at `end`, or at `last` when
 * either part holds a surname the page gave. Asked only where the name would run on, as most
 * joined names stop before: the page's surnames are a pass over the text (pageNames), which most
 * texts then skip.
 */
function throughAnd(t: Tokens, before: Word[], after: Word[], last: number, end: number): number {
  return surnamed(t, before) || surnamed(t, after) ? last : end;
}

/** Whether any of the words is a surname the page gave (pageNames). */
function surnamed(t: Tokens, p: Word[]): boolean {
  return p.some((w) => pageNames(t).surnames.has(w.key));
}

/** The words' keys. */
function keysOf(p: Word[]): string[] {
  return p.map((w) => w.key);
}

/**
 * The first word of a body's name joined by `and` that ends at word j, read backward from the
 * part after `and`, which starts at word i (`Oceans Canada` of `Fisheries and Oceans Canada
 * said`); i itself when no such name ends there. The name is the one bodyNameThroughAnd reads
 * forward, so both directions agree. Reads the part before `and`, through one `of`.
 */
export function joinedBodyStart(t: Tokens, i: number, j: number): number {
  const ws = t.words;
  if (i < 2 || ws[i - 1]!.text !== "and" || !isCapitalised(ws[i - 2]!.text)) return i;
  const r = runs(t);
  const first = r.nameStart[i - 2]!;
  // `Department of Fisheries and Oceans`: the part before `and` may run back through `of`.
  const of = ws[first - 1];
  if (of?.text === "of" && first >= 2 && isCapitalised(ws[first - 2]!.text) && joined(t.text, ws[first - 2]!, of)) {
    const head = r.nameStart[first - 2]!;
    if (bodyNameThroughAnd(t, head, i - 2) === j) return head;
  }
  return bodyNameThroughAnd(t, first, i - 2) === j ? first : i;
}

/** Whether a name's last word is the object of an `of` inside it: `Department of Fisheries`. */
function throughOf(ws: Word[], first: number, last: number): boolean {
  for (let k = last - 1; k > first; k--) if (ws[k]!.text === "of") return true;
  return false;
}

/** Whether a word shows a person's name by itself: a given name or a title. */
function showsPerson(w: Word): boolean {
  return isGivenName(w.text) || isTitle(w);
}

/** Whether a word of words first..last shows a person's name (isPersonal): `Rural Affairs Jane Roe`. */
export function showsPersonIn(t: Tokens, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (isPersonal(t, t.words[j]!)) return true;
  return false;
}

/** Whether a word shows a person's name: by itself (showsPerson), or as a surname the page gave after a given name. */
function isPersonal(t: Tokens, w: Word): boolean {
  return showsPerson(w) || pageNames(t).surnames.has(w.key);
}

/** What the page says of its capitalised words, read once per text: see pageNames. */
interface PageNames {
  /**
   * The capitalised words the page writes as a name alone, no capital nor `and` joined on
   * either side (`a deal with Tallwood.`, `Tallwood’s division`): names of their own, not a first
   * part of a body's name (`Fisheries` is met only in `Fisheries and Oceans Canada`).
   */
  lone: Set<string>;
  /**
   * The words the page writes capitalised straight after a given name (`Jane Roe`): its people's
   * surnames, which stand alone for them later (`Roe and Health Canada`).
   */
  surnames: Set<string>;
}

const pageNamesOf = new WeakMap<Word[], PageNames>();

/** The page's lone names and surnames: one pass per text, made only when a joined name is asked about. */
function pageNames(t: Tokens): PageNames {
  const cached = pageNamesOf.get(t.words);
  if (cached) return cached;
  const { text, words: ws } = t;
  t.work.add(ws.length);
  const found: PageNames = { lone: new Set(), surnames: new Set() };
  const linked = (a: Word | undefined, b: Word | undefined) => !!a && !!b && joined(t.text, a, b);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // Each capital read from the text (capitalisedAt): a pass over every word.
    if (!capitalisedAt(text, w)) continue;
    const pv = i > 0 ? ws[i - 1] : undefined;
    const nx = ws[i + 1];
    // The space and the word's own surname first: the given-name look-up costs most, and a surname recurs.
    if (pv && capitalisedAt(text, pv) && spaceBetween(text, pv, w) && !found.surnames.has(w.key) && isGivenName(pv.text))
      found.surnames.add(w.key);
    if (pv && linked(pv, w) && (capitalisedAt(text, pv) || pv.text === "and")) continue;
    if (nx && linked(w, nx) && !isPossessive(w) && (capitalisedAt(text, nx) || nx.text === "and")) continue;
    found.lone.add(w.key);
  }
  pageNamesOf.set(ws, found);
  return found;
}

/** Whether one space, and nothing else, stands between two words. */
function spaceBetween(text: string, a: Word, b: Word): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}

/** How many items a list inside one name may hold before the one read (`of Trade, Tourism, Culture and …`). */
const NAME_LIST_MAX_ITEMS = 4;

/**
 * Whether the capitalised run opening at word `first` is an item, after a comma or a last `and`,
 * of a list of capitalised runs that is the object of an `of` inside a name (`Minister of Trade,
 * Tourism and Rural Affairs`, `Royal Society of Arts, Letters and Music`): the list's first item
 * follows `of`, itself right after a capitalised office's or body's head noun (`Minister`,
 * `Society`: not `Tenants of …`, `Mayors of …`, a description of people), a comma stands in the
 * list and an `and` before its last item. The items are the name's portfolio or fields, never a
 * speaker of their own, nor the first of a pair. A comma with no `and` is an apposition
 * (`Chair of Oakvale Ferry Board, Jane Roe said`: her office, then her name), no list.
 * Reads a few runs either side: a bounded window.
 */
export function itemOfListInName(t: Tokens, first: number): boolean {
  return listStart(t, first) !== undefined;
}

/** The first word of the name whose listed `of` object holds the run at `first` (itemOfListInName), or -1. */
export function listNameStart(t: Tokens, first: number): number {
  const list = listStart(t, first);
  return list?.named ? list.start : -1;
}

/**
 * The first word of a description of people whose listed `of` object holds the run at `first`
 * (`Tenants of Tallwood Homes, Birchwood Homes and Oakvale Mills`, `Premiers of Ontario, Quebec
 * and Manitoba`): a plural head no office's or body's noun, the list no name; or -1.
 */
export function listDescriptionStart(t: Tokens, first: number): number {
  const list = listStart(t, first);
  return list && !list.named && list.plural ? list.start : -1;
}

/** A plural noun's ending (`Tenants`, `Premiers`), as a description of people's head ends. */
const PLURAL_END = /[^s]s$/;

/** Where the list holding the run at `first` opens its name or description, whether an office's or body's noun heads it, and whether a plural. */
function listStart(t: Tokens, first: number): { start: number; named: boolean; plural: boolean } | undefined {
  const { text, words: ws } = t;
  // Only after `, ` or `and`: nearly every name is neither, and is not read further.
  const pv = ws[first - 1];
  if (!pv || (pv.text !== "and" && text.charCodeAt(pv.end) !== 44)) return undefined;
  const r = runs(t);
  if (pv.text !== "and" && !andAfterItem(t, first)) return undefined;
  let item = first;
  let comma = false;
  for (let n = 0; n <= NAME_LIST_MAX_ITEMS; n++) {
    t.work.add();
    const prev = ws[item - 1];
    if (!prev) return undefined;
    const gap = text.slice(prev.end, ws[item]!.start);
    if (gap === ", " && isCapitalised(prev.text)) {
      comma = true;
      item = r.nameStart[item - 1]!;
      continue;
    }
    // The last item, after `and` (`Tourism and Rural Affairs`), where a comma comes before it.
    const before = ws[item - 2];
    if (
      n === 0 &&
      prev.text === "and" &&
      gap === " " &&
      before &&
      isCapitalised(before.text) &&
      text.slice(before.end, prev.start) === " "
    ) {
      item = r.nameStart[item - 2]!;
      continue;
    }
    // The list's first item, after `of` that a capitalised head opens (`Minister of`).
    const head = ws[item - 2];
    if (!comma || prev.text !== "of" || gap !== " " || !head) return undefined;
    if (!isCapitalised(head.text) || text.slice(head.end, prev.start) !== " ") return undefined;
    const start = r.nameStart[item - 2]!;
    // `National Academies of …`: a name's own words before the head make it a body's name, plural or not.
    const named = OF_HEADS.has(head.key) || isOffice(head.key) || start < item - 2;
    return { start, named, plural: PLURAL_END.test(head.key) };
  }
  return undefined;
}

/**
 * Whether the list item opening at word `first`, after a comma, is followed by the list's `and`:
 * right after its run (`Tourism and Rural Affairs`), after a comma (`Tourism, and …`), or after
 * more items set off by commas (`Trade, Tourism, Culture and …`). Reads a few runs forward.
 */
function andAfterItem(t: Tokens, first: number): boolean {
  const { text, words: ws } = t;
  const r = runs(t);
  let end = r.nameEnd[first]!;
  for (let n = 0; n <= NAME_LIST_MAX_ITEMS; n++) {
    t.work.add();
    const next = ws[end + 1];
    if (!next) return false;
    const gap = text.slice(ws[end]!.end, next.start);
    if (next.text === "and") return gap === " " || gap === ", ";
    if (gap !== ", " || !isCapitalised(next.text)) return false;
    end = r.nameEnd[end + 1]!;
  }
  return false;
}

/** The links inside a body's long name (`Coalition of …`, `Centre for …`, `… with Mining`, `… in Canada`). */
const INNER_LINKS = new Set(["of", "for", "with", "in", "on"]);

/**
 * `the Oakvale Coalition of Meadows Unfit with Quarries`, `the Council on the Future of Rare
 * Orchards in Canada`: a run of capitals that a link word joins to capitals on both sides is a piece
 * of the longer name the page writes, no name of its own; `he` or `the professor` never stands
 * for it. Not where a word of the run shows a person (`Minister of Finance Jane Roe in
 * Ottawa`: the holder's name ends the office's) or stands alone elsewhere, nor after an office's title (`Director of
 * Nursing Adaeze Okonkwo on Monday`: her office, then her name). Reads the words around
 * [first, last]: a fixed window.
 */
export function innerOfLongerName(t: Tokens, first: number, last: number): boolean {
  const { text, words: ws } = t;
  let k = first - 1;
  if (ws[k]?.key === "the" && ws[k - 1] && joined(text, ws[k - 1]!, ws[k]!)) k--;
  const before = ws[k];
  const head = ws[k - 1];
  const link = ws[last + 1];
  const tail = ws[last + 2];
  if (!before || !head || !link || !tail || !INNER_LINKS.has(before.text) || !INNER_LINKS.has(link.text)) return false;
  if (!isCapitalised(head.text) || !isCapitalised(tail.text) || isTitle(head) || isOfficeWord(head.key)) return false;
  if (!joined(text, head, before) || !joined(text, before, ws[k + 1]!) || !joined(text, ws[last]!, link) || !joined(text, link, tail))
    return false;
  // Nor where a word shows a person or the page writes it alone elsewhere (`Okonkwo said`): a name of its own.
  const { lone } = pageNames(t);
  for (let j = first; j <= last; j++) if (isPersonal(t, ws[j]!) || lone.has(ws[j]!.key)) return false;
  return true;
}
