// Places that stand between a subject and its verb and only say where the subject is: `the band
// council in northern Ontario said`, `Jane Roe, a nurse from Moncton, N.B., said`, `Mr. Roe, now
// retired in Halifax, N.S., said`. A place never speaks there: each reader finds where the place
// starts, or the subject before it. Separate because they turn on the gazetteer (isPlace) and on
// how a place and its region are written, which no other reader of subjects asks.
import { PLACE_PREPOSITIONS } from "./lexicon";
import type { Mention } from "./mention-words";
import { npBackward } from "./mentions";
import { isPlace, REGION_MAX_WORDS } from "./names";
import { blanksBetween, type Clause, ONLY_BLANKS } from "./subject-words";
import { isCapitalised, startsUpper, type Word } from "./text";

/**
 * The preposition of place before a name, if one stands there (`in Moncton`), or before a
 * capitalised word the name lost (`in New Westminster`); -1 when none.
 */
export function placeAfterPreposition(a: Clause, m: Mention, lo: number): number {
  const ws = a.words;
  const p = m.first - 1 > lo && startsUpper(ws[m.first - 1]!.text) ? m.first - 2 : m.first - 1;
  return p > lo && PLACE_PREPOSITIONS.has(ws[p]!.key) ? p : -1;
}

/** Whether a mention's words (their keys) name a place. */
export function mentionIsPlace(ws: readonly Word[], m: Mention): boolean {
  return isPlace(ws.slice(m.first, m.last + 1).map((w) => w.key));
}

/** A word of direction or setting before a place's name: `northwestern Ontario`, `rural Manitoba`. */
const PLACE_QUALIFIER = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?$|^(?:central|rural|remote)$/;

/** How many places one subject may stand before (`the council in Fort Hope in northern Ontario`). */
const MAX_PLACES_AFTER_SUBJECT = 2;

/**
 * `the band council in northern Ontario said`, `leaders of the Acme First Nation in northwestern
 * Ontario declared`: a place after `in` or `near` (with a word of direction or setting) only says
 * where the subject is; a place never speaks there. The subject is the noun phrase before the
 * preposition, a description or a name that is no place itself.
 */
export function beforePlace(a: Clause, m: Mention, lo: number): Mention | undefined {
  const ws = a.words;
  let place = m;
  for (let hop = 0; hop < MAX_PLACES_AFTER_SUBJECT; hop++) {
    a.work.add(place.last - place.first + 3);
    // The preposition first: nearly every subject has none before it, and skips the place's look-up.
    let p = place.first - 1;
    if (p > lo && PLACE_QUALIFIER.test(ws[p]!.text) && blanksBetween(a.text, ws[p]!, ws[p + 1]!)) p--;
    if (
      p - 1 < lo ||
      !PLACE_PREPOSITIONS.has(ws[p]!.text) ||
      !blanksBetween(a.text, ws[p]!, ws[p + 1]!) ||
      !blanksBetween(a.text, ws[p - 1]!, ws[p]!) ||
      a.quoted[p - 1]
    )
      return undefined;
    if (!mentionIsPlace(ws, place)) return undefined;
    const subject = npBackward(a, p - 1);
    if (!subject || subject.first < lo || (subject.kind !== "name" && subject.kind !== "nominal")) return undefined;
    if (subject.kind === "nominal" || !mentionIsPlace(ws, subject)) return subject;
    place = subject;
  }
  return undefined;
}

/** How many words a place's name may take before its region (`Fort Qu'Appelle, Sask.`). */
const REGION_PLACE_MAX_WORDS = 3;

/**
 * `60 kilometres east of Millbrook, Ont., and has …`: a province's or state's abbreviation
 * set off after a place's name (`Ont.`, `B.C.`, `Alta.`) only says where that place is; it
 * is inside the appositive, whose subject stands further back. Returns the place's first word, or -1.
 */
export function placeBeforeRegion(a: Clause, m: Mention, lo: number): number {
  const ws = a.words;
  const region = ws[m.first]!;
  if (m.first !== m.last || !region.text.endsWith(".") || !isPlace([region.key])) return -1;
  let p = m.first - 1;
  if (p <= lo || !/^\s*,\s*$/.test(a.text.slice(ws[p]!.end, region.start)) || !isCapitalised(ws[p]!.text)) return -1;
  for (
    let n = 1;
    n < REGION_PLACE_MAX_WORDS && p - 1 > lo && isCapitalised(ws[p - 1]!.text) && /^ +$/.test(a.text.slice(ws[p - 1]!.end, ws[p]!.start));
    n++
  )
    p--;
  return p;
}

/** Prepositions that give where a person lives or works before a place's name: `a nurse from Moncton`, `42, of Red Deer`. */
const HOME_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, "from", "of"]);
/**
 * `Jane Roe, a nurse from Moncton, N.B., said`, `Tom Baker, 42, of Red Deer, Alberta, said`,
 * `a surgeon from Albany, New York, said`: a place after a preposition of home, then its province
 * or state (ws[j+1..end]) set off by commas, only says where the person lives; the place and its
 * region are both inside the appositive, and neither is its subject nor a name set off after a
 * description. Returns the preposition's index, or -1.
 */
export function homeBeforeRegion(a: Clause, j: number, end: number, lo: number): number {
  const ws = a.words;
  if (end <= j || end - j > REGION_MAX_WORDS || !isCapitalised(ws[j]!.text)) return -1;
  const region = ws.slice(j + 1, end + 1);
  a.work.add(region.length);
  for (let i = j + 1; i < end; i++) if (!ONLY_BLANKS.test(a.text.slice(ws[i]!.end, ws[i + 1]!.start))) return -1;
  if (!region.every((w) => isCapitalised(w.text)) || !isPlace(region.map((w) => w.key))) return -1;
  let p = j;
  for (
    let n = 1;
    n < REGION_PLACE_MAX_WORDS &&
    p - 1 > lo &&
    isCapitalised(ws[p - 1]!.text) &&
    ONLY_BLANKS.test(a.text.slice(ws[p - 1]!.end, ws[p]!.start));
    n++
  )
    p--;
  p--;
  return p > lo && HOME_PREPOSITIONS.has(ws[p]!.key) && ONLY_BLANKS.test(a.text.slice(ws[p]!.end, ws[p + 1]!.start)) ? p : -1;
}

/** `Jane Roe of Moncton, N.B., said`: the subject before the preposition of a home place read past, no comma between. */
export function beforeHome(a: Clause, p: number, lo: number): Mention | undefined {
  if (p - 1 < lo || !ONLY_BLANKS.test(a.text.slice(a.words[p - 1]!.end, a.words[p]!.start))) return undefined;
  const m = npBackward(a, p - 1);
  return m && m.first >= lo && (m.kind === "name" || m.kind === "nominal") ? m : undefined;
}
