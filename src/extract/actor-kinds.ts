// What a name names: a person or a group of people, a government (a place, a department named
// for its country, a police force), an institution (a body, a law, an initialism) or an outlet
// (a newspaper's title, a programme). Separate from the cast (./actors) because it is judged
// from the name's own words and the lists of names, never from the members the text has named.
import {
  BUSINESS_NAME_WORDS,
  BUSINESS_OPENING_WORDS,
  GOVERNMENT_WORDS,
  LAW_WORDS,
  NEWSPAPER_TITLE_WORDS,
  ORG_WORDS,
  OUTLET_NAME_WORDS,
  OUTLET_WORDS,
  POLICE_FORCE_INITIALISMS,
  PRIZE_WORDS,
  PROGRAMME_TITLE_WORDS,
  SURNAME_BODY_WORDS,
} from "./lexicon";
import { isEvent, isGivenName, isPlace } from "./names";
import type { ActorKind } from "./types";
import { rx } from "./unicode-regexps";

/** The French articles that open a French newspaper's title (`Le Devoir`, `La Presse`). */
const FRENCH_ARTICLES = new Set(["le", "la", "les"]);

/**
 * `the Star`, `the Ottawa Citizen`, `La Presse`: a newspaper's title word ends the name, and no
 * given name opens it (`Michele Star` is a person), a French article being no given name.
 */
function namesANewspaper(keys: string[]): boolean {
  if (!NEWSPAPER_TITLE_WORDS.has(keys[keys.length - 1]!)) return false;
  return keys.length === 1 || FRENCH_ARTICLES.has(keys[0]!) || !isGivenName(keys[0]!);
}

/** Whether the first of two words is a given name, no place's, and the two no place's name. */
function personBeforeSurname(keys: string[]): boolean {
  const given = keys[0]!;
  return isGivenName(given) && !isPlace([given]) && !isPlace(keys);
}

/** `Lodging Act`, `Oakvale Accord`: a law or an agreement, two words or more named by its last word (kindOf; attribute.ts, where a law never speaks). */
export function namesALaw(keys: string[]): boolean {
  return keys.length >= 2 && LAW_WORDS.has(keys.at(-1)!);
}

/** `CBC`, `CP24`, `OSSTF/FEESO`, `CBC/Radio-Canada`: capitals (and digits), and another name of the body after a slash. */
const INITIALISM = rx.u`^\p{Lu}[\p{Lu}\d]+(?:\/\p{Lu}[\p{L}\d-]*)?$`;

/**
 * `Atlantic Division`, `Eastern Conference`: a league's or a body's part, named by its last word,
 * which no `he` stands for. Only as the last word: `Division Chief Tom Baker` is a person.
 */
const LEAGUE_PARTS = new Set(["division", "conference"]);

/** `HMCS Trinity`, `CFB Trenton`, `USS Cole`: a warship's or a military base's prefix names no person. */
const SHIP_AND_BASE_PREFIXES = new Set(["hmcs", "hms", "uss", "ccgs", "cfb", "cfs"]);

/** What a name names, from its words and their keys (the mention's tokens: lower case, no final full stop). */
export function kindOf(words: string[], keys: string[], titled: boolean): ActorKind {
  const last = keys[keys.length - 1]!;
  // `Tom Court`: a given name (no place's name) before one such word is a person's name, before the
  // lists of bodies are asked. Only two words: nameParts has cut `Traveller Tom Court` to them, and
  // leaves `St. Paul Church` whole, a body.
  if (keys.length === 2 && SURNAME_BODY_WORDS.has(last) && personBeforeSurname(keys)) return "person";
  // `Care Act` (of `the Millbrook Home Care Act`), `Paris Accord`: a law or an agreement, named
  // by its last word, is a thing, never a person; asked first, as a place in it (`Meech Lake
  // Accord`) would make it a government. Even after a word the given names hold (`Care`, `Grant`).
  // `Booker Prize`, `Grey Cup`, `Hurricane Fiona`: a prize, an event or a storm is no person either;
  // `Lakeview Family Medicine`, `Lewis Farms`: nor a practice, a shop or a farm, named by its last word.
  // `Café Rossi`, `Trattoria Bellandi`: a venue's noun opening the name makes it the owner's business.
  // `Atlantic Division`: nor a league's part (LEAGUE_PARTS); `HMCS Trinity`: nor a ship or a base.
  if (
    !titled &&
    (namesALaw(keys) ||
      (keys.length >= 2 &&
        (PRIZE_WORDS.has(last) ||
          BUSINESS_NAME_WORDS.has(last) ||
          LEAGUE_PARTS.has(last) ||
          BUSINESS_OPENING_WORDS.has(keys[0]!) ||
          SHIP_AND_BASE_PREFIXES.has(keys[0]!) ||
          isEvent(keys))))
  )
    return "institution";
  // `Bill C-11`, `Bill 21`: `Bill` before a number is a bill, as no surname holds a digit.
  if (keys.length === 2 && keys[0] === "bill" && /\d/.test(keys[1]!)) return "institution";
  if (keys.some((k) => ORG_WORDS.has(k))) {
    if (OUTLET_WORDS.has(keys[keys.length - 1]!) || keys.some((k) => OUTLET_NAME_WORDS.has(k))) return "outlet";
    if (keys.some((k) => GOVERNMENT_WORDS.has(k))) return "government";
    return "institution";
  }
  // `Nova Scotia`, `Toronto`, and `Global Affairs Canada` or `Health Canada` (a department
  // named for its country): where a government speaks, never a person `he` stands for. A given
  // name first (`Jack London`, `Victoria Nuland`) makes it a person's name all the same.
  // A place named whole is one even after a given name (`Owen Sound`, `York Region`, `Port Alberni`).
  if (isPlace(keys, titled)) return "government";
  // `B.C. RCMP`, `OPP`: a police force, a body of government like `Hamilton Police`, never a person.
  if (POLICE_FORCE_INITIALISMS.has(keys[keys.length - 1]!)) return "government";
  if (namesANewspaper(keys)) return "outlet";
  if (keys.length >= 2 && PROGRAMME_TITLE_WORDS.has(keys[keys.length - 1]!)) return "outlet";
  // The whole name is no place (asked above, not asked again); its last word alone may be one,
  // or its last two (`Tourism Nova Scotia`, a channel's regional brand `Channel Nova Scotia`: a body
  // named for its place, never a person `he` stands for), unless a given name opens the name
  // (`Jack London`). Two words only untitled: a title makes a person whose given name no list
  // holds (`Dr. Kwabena St. John`, `Coun. Ojo Prince George`), as no body takes a title.
  if (keys.length >= 2 && !isGivenName(keys[0]!) && (isPlace(keys.slice(-1)) || (!titled && keys.length >= 3 && isPlace(keys.slice(-2)))))
    return "government";
  // `CBC`, and call signs and channels with digits (`CP24`, `CFRB`): an initialism, never a person;
  // nor one joined by a slash to another name of the body (`OSSTF/FEESO`, `CBC/Radio-Canada`).
  if (words.length === 1 && INITIALISM.test(words[0]!)) return "institution";
  if (titled || words.length >= 2) return "person";
  if (/s$/.test(keys[0]!)) return "group";
  return "person";
}
