// Given names and the grammatical gender English pronouns give them, and place names: general
// lists (no names of public figures), so that `she said` is not resolved to the last man who
// spoke, and `he said` never to `Nova Scotia`. The short curated lists below win over the long
// generated ones (gazetteer.ts), whose names borne by women and men alike get no gender.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PLACE_NAMES } from "./gazetteer";

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla nancy angela theresa christine janet sarah donna debbie elizabeth susan
taylor valerie samantha monica ruth amy claire kate anne jane margaret maria`;
const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill mike ted
chris sean kevin tom dick harry al gerald jimmy ronald martin jesse`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const gender = new Map<string, "f" | "m" | null>();
for (const n of words(FEMALE)) gender.set(n, "f");
for (const n of words(MALE)) if (!gender.has(n)) gender.set(n, "m");
const curated = new Set(gender.keys());
const moby = new Map<string, "f" | "m" | null>();
for (const n of words(FEMALE_GIVEN_NAMES)) moby.set(n, "f");
for (const n of words(MALE_GIVEN_NAMES)) moby.set(n, moby.has(n) ? null : "m");
for (const [n, g] of moby) if (!curated.has(n)) gender.set(n, g);
/**
 * Names that French, and so Canadian, usage gives men as often as women (`Jean Charest`, `Claude
 * Ryan`, `Dominique Anglade`): English lists call them women's, so no pronoun may be ruled out by them.
 */
const EITHER = "jean claude dominique camille";
for (const n of words(EITHER)) gender.set(n, null);
/**
 * Quebec and Acadian given names, which the English lists miss or misgender (`Philippe
 * Couillard` is no woman, `Stéphane Dion` no stranger): common names of French Canada, by the
 * gender French gives them. Spelt without accents, as looked up.
 */
const FRENCH_MALE = `philippe roch stephane luc mathieu julien maxime rejean gaetan sylvain regis remi thierry
yannick ghislain yvan yvon benoit etienne frederic gilles jacques francois andre sebastien pierre marc
yves denis alexandre normand serge pascal hugues olivier nicolas emile felix jerome lucien gaston
maurice marcel laurent gilbert xavier mario guy real gervais germain michel rene patrice`;
const FRENCH_FEMALE = `sylvie johanne ginette josee chantal nathalie genevieve melanie manon lise francine helene
monique veronique karine annick martine suzanne huguette lucie solange jocelyne micheline christiane
ghislaine francoise mireille brigitte josiane maryse isabelle valerie stephanie emilie`;
for (const n of words(FRENCH_MALE)) gender.set(n, "m");
for (const n of words(FRENCH_FEMALE)) gender.set(n, "f");

const places = new Set(PLACE_NAMES.split("\n"));

export function genderOfGivenName(name: string): "f" | "m" | undefined {
  return lookUpGivenName(name) ?? undefined;
}

/** Whether a word is a known given name, of either gender. */
export function isGivenName(name: string): boolean {
  return lookUpGivenName(name) !== undefined;
}

/**
 * The lists are spelt without accents, as English-language sources print names: `Valérie`,
 * `Hélène` and `Sébastien` are looked up as `valerie`, `helene` and `sebastien`, so that Quebec
 * and Acadian names get the gender their unaccented spelling has (`he said` after `Valérie Plante`
 * and `Denis Coderre` is Coderre). Only non-ASCII words pay for the folding.
 */
function givenNameKey(name: string): string {
  const lower = name.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

/**
 * A given name's gender (null: either), or undefined for no known given name. `Jean-François`,
 * `Marie-Ève`, `Pierre-Luc`: a compound French given name takes its first name's gender, and
 * `Jean-` opens only men's names.
 */
function lookUpGivenName(name: string): "f" | "m" | null | undefined {
  const key = givenNameKey(name);
  const known = gender.get(key);
  const hyphen = key.indexOf("-");
  if (known !== undefined || hyphen < 0) return known;
  const first = key.slice(0, hyphen);
  return first === "jean" ? "m" : gender.get(first);
}
/** Whether name words (lower case, no final full stop) name a place: `nova scotia`, `b.c`, `ottawa`. */
export function isPlace(tokens: string[]): boolean {
  // One word (most asked of) is its own key: no joined copy of it.
  const name = tokens.length === 1 ? tokens[0]! : tokens.join(" ");
  return places.has(name) || isStreet(tokens);
}

/** `Broad Street`, `Yonge St`, `Bay Street`: a street's name ends in its kind, whatever its first word (a given name too). */
export function isStreet(tokens: string[]): boolean {
  return tokens.length >= 2 && STREET_WORDS.has(tokens[tokens.length - 1]!);
}

/**
 * The last word of a street's or square's name, of a building's or site's (`Manitoba
 * Legislative Building`, `Prairie Green Landfill`), or of a town's or a feature's of the land
 * (`Constance Bay`, `Fitzroy Harbour`, `Red River`): a place, never a person a later `he` stands
 * for, even after a given name. Kinds that are also common surnames (`Park`, `Hill`, `Woods`,
 * `Brook`) are left out.
 */
const STREET_WORDS = new Set(
  [
    "street st avenue ave road rd boulevard blvd square highway hwy lane drive building landfill airport arena stadium plaza mall trail tunnel",
    "bay harbour harbor river lake lakes island islands creek falls valley mountain mountains beach heights village county township inlet cove peninsula canyon strait",
  ]
    .join(" ")
    .split(" "),
);
