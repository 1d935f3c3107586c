// Given names and the grammatical gender English pronouns give them, and place names: general
// lists (no names of public figures), so that `she said` is not resolved to the last man who
// spoke, and `he said` never to `Nova Scotia`. The short curated lists (given-names.ts) win over
// the long generated ones (gazetteer.ts), whose names borne by women and men alike get no gender;
// of the curated, the later lists win: names either gender bears, then French, then communities'.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PLACE_NAMES } from "./gazetteer";
import { COMMUNITY_NAMES, EITHER, FEMALE, FRENCH_FEMALE, FRENCH_MALE, MALE } from "./given-names";
import { MONTHS, SPEECH_VERBS, TITLES, WEEKDAYS } from "./lexicon";
import { FINAL_STOP, isLowerCase, type Word } from "./text";
import { rx } from "./unicode-regexps";

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const gender = new Map<string, "f" | "m" | null>();
for (const n of words(FEMALE)) gender.set(n, "f");
for (const n of words(MALE)) if (!gender.has(n)) gender.set(n, "m");
const curated = new Set(gender.keys());
const moby = new Map<string, "f" | "m" | null>();
for (const n of words(FEMALE_GIVEN_NAMES)) moby.set(n, "f");
for (const n of words(MALE_GIVEN_NAMES)) moby.set(n, moby.has(n) ? null : "m");
for (const [n, g] of moby) if (!curated.has(n)) gender.set(n, g);
for (const n of words(EITHER)) gender.set(n, null);
for (const n of words(FRENCH_MALE)) gender.set(n, "m");
for (const n of words(FRENCH_FEMALE)) gender.set(n, "f");
for (const { m = "", f = "", either = "" } of COMMUNITY_NAMES) {
  for (const n of words(m)) gender.set(n, "m");
  for (const n of words(f)) gender.set(n, "f");
  for (const n of words(either)) gender.set(n, null);
}

const places = new Set(PLACE_NAMES.split("\n"));
/** Names on the short curated lists, whose gender is the naming practice's, not a generated list's guess. */
const curatedAll = new Set([
  ...curated,
  ...words(EITHER),
  ...words(FRENCH_MALE),
  ...words(FRENCH_FEMALE),
  ...COMMUNITY_NAMES.flatMap(({ m = "", f = "", either = "" }) => words(`${m} ${f} ${either}`)),
]);

/** Whether a given name's gender is only the long generated lists' guess (`Tiff`), which the text's honorific may overrule. */
export function hasGuessedGender(name: string): boolean {
  return isGuessedKey(givenNameKey(name));
}

function isGuessedKey(key: string): boolean {
  return !curatedAll.has(key) && !!gender.get(key);
}

/**
 * Whether a word is no given name, or one whose gender is only guessed (hasGuessedGender): a
 * first word that may still open a compound surname. One key for both tests, where asking
 * isGivenName and then hasGuessedGender made it twice.
 */
export function isNoGivenNameOrGuessed(name: string): boolean {
  const key = givenNameKey(name);
  return genderOfKey(key) === undefined || isGuessedKey(key);
}

export function genderOfGivenName(name: string): "f" | "m" | undefined {
  return lookUpGivenName(name) ?? undefined;
}

/** Whether a word is a known given name, of either gender. */
export function isGivenName(name: string): boolean {
  return lookUpGivenName(name) !== undefined;
}

/**
 * `Wednesday`, `Aug.`, `March`: a day's or a month's name, a date's word. Not a month abbreviation
 * that is also a given name written without a stop (`Jan`, `Mar`, `Jun`): `said Jan,` names
 * someone, `Jan. 5` is a date.
 */
export function isDateWord(text: string): boolean {
  const bare = text.replace(FINAL_STOP, "");
  const key = bare.toLowerCase();
  return WEEKDAYS.has(key) || (MONTHS.has(key) && (bare !== text || !isGivenName(bare)));
}

const UNSTROKED: Record<string, string> = { ł: "l", đ: "d" };
const STROKED = /[łđ]/g;

/**
 * The lists are spelt without accents, as English-language sources print names: `Valérie`,
 * `Hélène` and `Sébastien` are looked up as `valerie`, `helene` and `sebastien`, so that Quebec
 * and Acadian names get the gender their unaccented spelling has (`he said` after `Valérie Plante`
 * and `Denis Coderre` is Coderre). Only non-ASCII words pay for the folding. Polish `ł` and
 * Vietnamese `đ` carry a stroke, not an accent, so they are mapped by hand (`Małgorzata`, `Đức`).
 */
function givenNameKey(name: string): string {
  const lower = name.toLowerCase();
  if (isAscii(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(rx.gu`\p{M}`, "")
    .replace(STROKED, (c) => UNSTROKED[c]!);
}

/** Whether every code unit of a word is ASCII: read by hand, as a name is a few letters and the expression cost more than reading them. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A given name's gender (null: either), or undefined for no known given name. `Jean-François`,
 * `Marie-Ève`, `Pierre-Luc`: a compound French given name takes its first name's gender, and
 * `Jean-` opens only men's names. A first part only the long generated lists know (`Pier-Luc`, a
 * variant spelling they call a woman's) leaves the gender to a curated last part's; a first part
 * no list knows (`Saint-Jean`, a place) makes no given name.
 */
function lookUpGivenName(name: string): "f" | "m" | null | undefined {
  return genderOfKey(givenNameKey(name));
}

/** lookUpGivenName of a name's key (givenNameKey). */
function genderOfKey(key: string): "f" | "m" | null | undefined {
  const known = gender.get(key);
  const hyphen = key.indexOf("-");
  if (known !== undefined || hyphen < 0) return known;
  const first = key.slice(0, hyphen);
  if (first === "jean") return "m";
  const last = key.slice(key.lastIndexOf("-") + 1);
  const guessed = gender.has(first) && !curatedAll.has(first);
  return guessed && curatedAll.has(last) ? gender.get(last) : gender.get(first);
}

/** How many words a province's or state's name may take after a town's (`Prince Edward Island`). */
export const REGION_MAX_WORDS = 3;

/**
 * Whether name words (lower case, no final full stop) name a place: `nova scotia`, `b.c`, `ottawa`.
 * `titled`: a title stood before them (`Nurse Ilka Field`), which no park's or field's name takes.
 */
export function isPlace(tokens: string[], titled = false): boolean {
  // One word (most asked of) is its own key: no joined copy of it.
  const name = tokens.length === 1 ? tokens[0]! : tokens.join(" ");
  return places.has(name) || isStreet(tokens, titled);
}

/**
 * `Broad Street`, `Yonge St`, `Bay Street`: a street's name ends in its kind, whatever its first
 * word (a given name too), or in a side of town after it (`Eglinton Avenue West`); `Mount Logan`, `Lake Louise`, `Fort Smith`: a feature's or a town's
 * name may open with its kind instead; `Pellworth Field`, `Corvale Park`: a site's name ending in
 * a word that is also a surname, when isParkName reads it as a site (`titled`: a title stands
 * before the name, which makes it a person's).
 */
export function isStreet(tokens: string[], titled = false): boolean {
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1]!;
  if (tokens.length >= 3 && COMPASS_POINTS.has(last) && STREET_WORDS.has(tokens[tokens.length - 2]!)) return true;
  return STREET_WORDS.has(last) || PLACE_KIND_FIRST.has(tokens[0]!) || (SURNAME_PLACE_WORDS.has(last) && isParkName(tokens, titled));
}

/** A side of town, as a street's last word or opening a place's name (`North Corvale`): no person's given name. */
export const SIDES_OF_TOWN = new Set(["north", "south", "east", "west"]);

/** `Eglinton Avenue West`, `Main Street E`: the side of town a street's name may end with, after its kind. */
const COMPASS_POINTS = new Set([...SIDES_OF_TOWN, "n", "s", "e", "w"]);

/**
 * The last words of a park's, a garden's, a playing field's or a lane's name (`High Park`, `Corvale
 * Gardens`, `Corvale Field`, `Memory Lane`) that are also surnames (`Grace Park`, `Sally Field`, `Ada Gardens`,
 * `Timothy Lane`): a place only when no given name opens the name (isParkName) and no title stands
 * before it (`Nurse Ilka Field`, `Mr. Lane`, a given name no list holds). A street's other kinds
 * (STREET_WORDS) are rarely a surname.
 */
const SURNAME_PLACE_WORDS = new Set(["park", "field", "gardens", "lane"]);

/**
 * `Kluane National Park`, `High Park`, `Crab Park`, `Pellworth Field`: a park's or a field's
 * name, a place. `Park` and `Field` are common surnames, so a given name first (`Grace Park`,
 * `Andrew Park`) keeps a person's name; a kind of park before it (`Algonquin Provincial Park`)
 * makes a place all the same. A title before it (`Dr. Field`, `Nurse Ilka Field`) makes a person's
 * name whose given name no list holds: no park or field is titled.
 */
function isParkName(tokens: string[], titled: boolean): boolean {
  if (PARK_KINDS.has(tokens[tokens.length - 2]!) || SURNAMELESS_TITLES.has(tokens[0]!)) return true;
  return !titled && !tokens.slice(0, -1).some((t) => isGivenName(t));
}

/**
 * Titles of those who bear no surname, royals and saints: after one, a given name and `Park`
 * (`Queen Ada Park`, `St. Olaf Field`) is the park or field named for them, not a person.
 */
export const SURNAMELESS_TITLES = new Set(["king", "queen", "prince", "princess", "saint", "st"]);

/** Kinds of park named before `Park`: see isParkName. */
const PARK_KINDS = new Set(["national", "provincial", "regional", "state", "city", "municipal", "memorial", "heritage"]);

/**
 * Kinds of place named before the name (`Mount Logan`, `Lake Simcoe`, `Fort McMurray`, `Port
 * Hope`, `Cape Spear`), and the saint's abbreviation that opens streets' and towns' names (`St.
 * Clair`, `St. Catharines`, `Ste. Agathe`): no living speaker is titled `St.`. French names
 * open with their kind the same way (`Île Mercier`, `Pointe-Claire`, `Baie-Comeau`).
 */
const PLACE_KIND_FIRST = new Set(["mount", "mt", "lake", "lac", "fort", "port", "cape", "st", "ste", "île", "ile", "pointe", "baie"]);

/**
 * The last word of a street's or square's name, of a building's or site's (`Manitoba
 * Legislative Building`, `Prairie Green Landfill`), or of a town's or a feature's of the land
 * (`Constance Bay`, `Fitzroy Harbour`, `Red River`): a place, never a person a later `he` stands
 * for, even after a given name. Kinds that are also surnames (`Park`, `Gardens`, `Hill`, `Woods`,
 * `Brook`) are left out.
 */
const STREET_WORDS = new Set(
  [
    "street st avenue ave road rd boulevard blvd square highway hwy drive building landfill airport arena stadium plaza mall trail tunnel",
    "bay harbour harbor river lake lakes island islands creek falls valley mountain mountains beach heights village county township inlet cove peninsula canyon strait",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Endings of demonyms (`Quebecer`, `Calgarian`, `Texan`, `Albertans`, `Chinese`, `Vancouverite`)
 * and what each leaves of its place's name to finish (`calgar` + `y`, `tex` + `as`).
 */
const DEMONYM_ENDINGS: [string, string[]][] = [
  ["ians", ["", "a", "y", "ia"]],
  ["ian", ["", "a", "y", "ia"]],
  ["ans", ["a", "o", "as", ""]],
  ["an", ["a", "o", "as", ""]],
  ["ers", [""]],
  ["er", [""]],
  ["ites", [""]],
  ["ite", [""]],
  ["ese", ["", "a", "e"]],
];

/**
 * Whether name words (lower case) are a demonym, one of a place's people: the last word, less
 * a demonym's ending, finishes as a place (`british columbians`: `british columbia`). Says where
 * someone is from; it names no one.
 */
export function isDemonym(tokens: string[]): boolean {
  const last = tokens[tokens.length - 1]!;
  if (tokens.length === 1 && demonymCompoundSex(last) !== undefined) return true;
  let before: string[] | undefined;
  for (const [ending, finishes] of DEMONYM_ENDINGS) {
    if (!last.endsWith(ending) || last.length - ending.length < 3) continue;
    // Made only for a word with a demonym's ending: most names have none.
    before ??= tokens.slice(0, -1);
    const stem = last.slice(0, -ending.length);
    // The gazetteer only: a street's or a feature's kind (`Johanna Bayer`: `johanna bay`) is no place's people.
    if (finishes.some((f) => places.has([...before!, stem + f].join(" ")))) return true;
  }
  return false;
}

/**
 * Nationalities whose one's people are named by a compound in `-man` or `-woman` (`the
 * Englishman`, `a Frenchwoman`), not by a place's name and an ending that DEMONYM_ENDINGS reads.
 */
const COMPOUND_DEMONYM_STEMS = new Set(["english", "french", "irish", "scots", "dutch", "welsh", "cornish"]);

/**
 * The sex a compound demonym gives (`englishman`: m, `frenchwoman`: f), null for its plural
 * (`englishmen`), or undefined for a word that is none.
 */
export function demonymCompoundSex(word: string): "m" | "f" | null | undefined {
  const m = rx.u`^(\p{Ll}+?)(wo)?m([ae])n$`.exec(word);
  if (!m || !COMPOUND_DEMONYM_STEMS.has(m[1]!)) return undefined;
  return m[3] === "e" ? null : m[2] ? "f" : "m";
}

/** Last words of an event's name (`Tokyo Olympics`, `Stanley Cup`, `World Championships`): a competition, which never speaks. */
const EVENT_LAST_WORDS = new Set(["olympics", "paralympics", "games", "cup", "championship", "championships", "marathon", "tournament"]);
/** First words of a storm's name (`Hurricane Fiona`, `Typhoon Hagibis`): weather, no person a `he` or `she` stands for. */
const STORM_FIRST_WORDS = new Set(["hurricane", "typhoon", "cyclone", "tropical", "post-tropical"]);

/**
 * First words of a military or police operation's name (`Operation Reassurance`, `Operation
 * Nanook`): a campaign, which never speaks; its commander or its force does.
 */
const OPERATION_FIRST_WORDS = new Set(["operation"]);

/**
 * `Operation Smile said in a statement`: an operation's name that a verb of saying follows is a
 * charity's or a group's that speaks, as a campaign never does, so it stays a name (namesNoOne's
 * callers ask this). One word read after the name, words `first` to `last` of `words`.
 */
export function operationSpeaking(words: readonly Word[], first: number, last: number): boolean {
  if (!OPERATION_FIRST_WORDS.has(words[first]?.key ?? "")) return false;
  const next = words[last + 1];
  return next !== undefined && isLowerCase(next.text) && SPEECH_VERBS.has(next.key);
}

/**
 * First words of a holiday's name (`Christmas Eve`, `Thanksgiving Day`, `Remembrance Day`): a
 * date, which no `he` or `she` stands for. Not `Canada`, `Family`, `Boxing` (bodies' names open
 * with them); a last word `Day` is namesADay's.
 */
const HOLIDAY_FIRST_WORDS = new Set(["christmas", "easter", "thanksgiving", "halloween", "hanukkah", "diwali", "remembrance"]);
/** Last words of a holiday's name whatever opens it (`Civic Holiday`). */
const HOLIDAY_LAST_WORDS = new Set(["holiday", "holidays"]);

/**
 * `Day` closing a name is a day's name's last word (`Election Day`, `Green and White Day`) or a
 * surname (`Stockwell Day`, `J.R. Day`). eventWords lets it pass, a necessary test; isEvent
 * then asks namesADay for the evidence a day's name shows.
 */
const DAY = "day";

/**
 * Words that open a day's name before `Day` (`Election Day`, `Canada Day`, `Mother's Day`): common
 * words, no one's given name, so a name they open before `Day` is the day's.
 */
const DAY_NAME_WORDS = new Set([
  "election",
  "canada",
  "dominion",
  "family",
  "labour",
  "labor",
  "boxing",
  "victoria",
  "earth",
  "memorial",
  "flag",
  "heritage",
  "independence",
  "veterans",
  "veterans'",
  "presidents",
  "presidents'",
  "mother's",
  "mother’s",
  "mothers",
  "father's",
  "father’s",
  "fathers",
  "valentine's",
  "valentine’s",
  "groundhog",
  "moving",
  "opening",
  "year's",
  "year’s",
  "sports",
  "field",
  "game",
  "awareness",
  "appreciation",
  "shirt",
  "peoples",
  "reconciliation",
  // A government's calendar: `Budget Day`, `Nomination Day`, `Polling Day`.
  "budget",
  "nomination",
  "polling",
  "voting",
  // `Green and White Day`, cut to `White Day` by the `and`: a team's or a cause's colour.
  "red",
  "gold",
  "green",
  "white",
  "orange",
  "pink",
  "blue",
  "purple",
  "yellow",
  "silver",
]);

/**
 * The endings of abstract nouns (`Emancipation Day`, `Remembrance Day`, `Achievement Day`): a
 * cause's or an act's word, which a surname seldom ends with and a given name that does
 * (`Florence`) is caught by isGivenName first.
 */
const ABSTRACT_NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ness|ship|hood|ism)$/u;

/** An initial (`j.r`, `k`, as keys drop the last stop): the name before `Day` is a person's given as initials. */
const INITIAL = rx.u`^\p{L}(?:\.\p{L})*\.?$`;

/**
 * Whether name words closing with `Day` (lower case) show a day's name, not a person surnamed Day:
 * two parts joined by `and` (`Truth and Reconciliation Day`); a day's word right before `Day`
 * (`Election Day`, `Orange Shirt Day`, `White Day` of `Green and White Day`), or an abstract
 * noun (`Emancipation Day`); or two words or more before it, no given name or initial among them
 * (`World Water Day`), none a title either; or a person's full name (`Taylor Swift Day`). `Keewatin
 * Day`, `Councillor Keewatin Day`, `J.R. Day`: a word no list holds may still be a given name,
 * and a person named so stays one.
 */
function namesADay(tokens: string[]): boolean {
  if (tokens.length < 2) return false;
  const before = tokens[tokens.length - 2]!;
  // `Victoria Day`: a day's word that is a given name too, alone before `Day`, is the day's.
  if (tokens.length === 2 && DAY_NAME_WORDS.has(before)) return true;
  if (isGivenName(tokens[0]!)) return namedAfterPerson(tokens);
  if (tokens.includes("and") || DAY_NAME_WORDS.has(before) || ABSTRACT_NOUN_ENDING.test(before)) return true;
  return tokens.length > 2 && !tokens.some((t) => INITIAL.test(t) || TITLES.has(t));
}

/**
 * Whether a name's words (lower case) make it a day only as one named after a person (`Taylor
 * Swift Day`), which a person surnamed so (`Maria Garcia Day`) shares: its context may show which.
 */
export function mayBeDayAfterPerson(tokens: string[]): boolean {
  return tokens.at(-1) === DAY && isGivenName(tokens[0]!) && namedAfterPerson(tokens);
}

/**
 * `Taylor Swift Day`, `Terry Fox Day`: a given name, then a surname that is no given name itself,
 * before `Day` is a day named after that person; a person surnamed Day has one name before it
 * (`Doris Day`) or given names only (`Mary Ann Day`).
 */
function namedAfterPerson(tokens: string[]): boolean {
  const before = tokens[tokens.length - 2]!;
  return tokens.length > 2 && !isGivenName(before) && !INITIAL.test(before) && !tokens.some((t) => TITLES.has(t));
}

/**
 * Whether a name of `count` words, its first and last (lower case), has an event's, a storm's or a
 * holiday's word: `tokyo olympics`, `hurricane fiona`, `civic holiday`. Never one word alone, nor
 * `Holiday` after a given name: it is a surname as well (`Jordan Holiday`, then `Holiday said`), as `Park` is.
 * A last `Day` passes here only as a necessary test (namesADay decides).
 */
function eventWords(first: string, last: string, count: number): boolean {
  return (
    count > 1 &&
    (EVENT_LAST_WORDS.has(last) ||
      STORM_FIRST_WORDS.has(first) ||
      OPERATION_FIRST_WORDS.has(first) ||
      HOLIDAY_FIRST_WORDS.has(first) ||
      (HOLIDAY_LAST_WORDS.has(last) && !isGivenName(first)) ||
      last === DAY)
  );
}

/** Whether name words (lower case) name an event, a storm or a holiday, which no one is: `tokyo olympics`, `hurricane fiona`, `christmas eve`. */
export function isEvent(tokens: string[]): boolean {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  return eventWords(first, last, tokens.length) && (last !== DAY || HOLIDAY_FIRST_WORDS.has(first) || namesADay(tokens));
}

/** The last letters of the demonyms' endings (DEMONYM_ENDINGS), for mayNameNoOne's first test. */
const DEMONYM_LAST_LETTERS = new Set(DEMONYM_ENDINGS.map(([ending]) => ending[ending.length - 1]!));

/**
 * Whether namesNoOne can hold of a name of `count` words, its first and last (lower case): an
 * event's, a storm's or a holiday's word, or a demonym's ending on the last. A necessary condition, read
 * without a look-up of the name, for a caller that asks of every name it finds.
 */
export function mayNameNoOne(first: string, last: string, count: number): boolean {
  if (count > 3) return false;
  if (eventWords(first, last, count)) return true;
  // A word that ends in no demonym ending's last letter is spared the search of the endings.
  if (!DEMONYM_LAST_LETTERS.has(last[last.length - 1]!)) return false;
  // `englishmen`: a compound's plural, which no ending of DEMONYM_ENDINGS closes.
  if (count === 1 && last.endsWith("men")) return true;
  // A loop, not `some`: a callback closing over `last` was made for each name asked.
  for (const [ending] of DEMONYM_ENDINGS) if (last.endsWith(ending) && last.length - ending.length >= 3) return true;
  return false;
}

/**
 * Whether a name of up to three words (lower case) names no one: an event's, a storm's or a holiday's
 * (`tokyo olympics`, `hurricane fiona`, `christmas eve`), or a demonym (`quebecer`, `british columbians`) whose
 * last word `isName` does not know as someone's name (`adrian`).
 */
export function namesNoOne(tokens: string[], isName: (word: string) => boolean): boolean {
  const last = tokens[tokens.length - 1];
  // The cheap test first: nearly every name fails it, and `isName` is spared.
  if (!last || !mayNameNoOne(tokens[0]!, last, tokens.length)) return false;
  return isEvent(tokens) || (!isName(last) && isDemonym(tokens));
}
