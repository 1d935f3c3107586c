// Whether a person the text gave roles may be a bare description of a person (`the provost`,
// `the officer`, `the student`). A description with no name of its own falls back to the last
// person spoken of (elegant variation: `Jane Roe … the businesswoman said`); but news names
// several people each with a role (`Another owner, Lucy Tran,`, `PhD student Li Wei`,
// `Const. Rachel Dube`), and `the officer said` after those is the constable, never simply the
// last named. Apart from the resolver because it reads the roles beside one member's name
// (roles-beside-names.ts) and knows which ranks a common noun covers.
import type { CastMember } from "./actors";
import type { Antecedents, Context } from "./antecedents";
import { ABBREVIATIONS, COURTESY_TITLES, NAME_DESCRIBERS, PARTY_MEMBERS, TITLES } from "./lexicon";
import { isPersonNoun } from "./mention-words";
import { ranksBesideRole, rolesBesideName } from "./roles-beside-names";

/**
 * The police ranks a story writes out as common nouns (`the sergeant`, `the constable`) and the
 * titles it abbreviates each to (`Sgt.`, `Const.`), most of which open no word of the rank as a
 * title cut short does (fitsRole's `Det.` for `the detective`).
 */
const RANKS: Record<string, readonly string[]> = {
  constable: ["const", "cst"],
  sergeant: ["sgt", "staff-sgt", "s.-sgt"],
  corporal: ["cpl"],
  detective: ["det", "det.-const"],
  inspector: ["insp"],
  superintendent: ["supt"],
};

/**
 * A common noun and the titles and roles that are one of its kind: `the officer` is a
 * constable, a sergeant, a detective; `the sergeant` is `Sgt. Jane Roe`. Only nouns a police or
 * court story uses for a rank it also writes as a title.
 */
const COVERED_ROLES: Record<string, readonly string[]> = {
  ...Object.fromEntries(Object.entries(RANKS).map(([rank, titles]) => [rank, [rank, ...titles]])),
  officer: [...Object.entries(RANKS).flatMap(([rank, titles]) => [rank, ...titles]), "officer"],
};

/**
 * The police ranks' common nouns (`the officer`, `the constable`, `the detective`): a story
 * writes a rank beside each officer it names, so one it never gave a rank is no officer.
 */
const RANK_NOUNS = new Set(Object.keys(COVERED_ROLES));

/**
 * Whether `member` may be what the description with head noun `head` stands for: true when the
 * text gave that person the role (`Provost Diane Ledoux` for `the provost`, `Det. Jane Roe` for
 * `the detective`, a rank COVERED_ROLES holds for `the officer`), false when it gave the person
 * roles and none of them is that one (`Another owner, Lucy Tran,` is no `officer`), undefined
 * when it gave none (a name alone says nothing against it). Courtesy titles are no role.
 */
export function fitsRole(c: Context, seen: Antecedents, member: CastMember, head: string): boolean | undefined {
  const roles = [...rolesBesideName(c, seen, member)].filter((r) => !COURTESY_TITLES.has(r) && !PARTY_MEMBERS.has(r));
  if (roles.length === 0) return undefined;
  const covered = COVERED_ROLES[head];
  // A title cut short with a stop is the same title written in full (`Det.` is `the detective`);
  // not any noun it opens (`Rep.` is no `reporter`, `MP` no `MPP`).
  return roles.some((r) => r === head || cutShort(r, head) || covered?.includes(r) === true);
}

/** Whether role r is title `head` cut short with a stop (fitsRole). Hoisted: keepNames wraps a named closure on every call. */
function cutShort(r: string, head: string): boolean {
  return ABBREVIATIONS.has(r) && TITLES.has(head) && head.startsWith(r);
}

/**
 * Whom a description of a person with head noun `head` stands for, given `last`, the person the
 * resolver's fallback reached: `last`, unless the text gave `last` other roles only (`owner Lucy
 * Tran` for `the officer`): then the last earlier person given this one (`find` walks back with a
 * test), when only one person was given it: of two (`Const. Rachel Dube and Const. Mark Hale`,
 * `Head coach Tom Roe`, `Assistant coach Mark Doyle`) the description does not say which, and it
 * is no one (null). Failing one, still `last`: no one would be safer for a role (`defenceman Liam
 * Sutherland` is no `coach`), but the same fallback serves elegant variation (`the billionaire
 * businessman`, `the 46-year-old`, `the candidate` for a person the text gave another role),
 * which PolNeAR shows right far more often. `last` gives way even when named in the description's
 * own paragraph (`Mall manager Sylvie Gagnon said …. “…,” the spokesperson said`). A police
 * rank's noun (RANK_NOUNS) gives way too when `last` was given no role at all; and when `last` was
 * given only roles no officer holds (CIVILIAN_ROLES) and no one was given the rank, it is no one:
 * a story names its officers with their ranks, so `the officer` after `Johnny Morris, CEO of …` is
 * an officer it never named. A chief, a commissioner, a captain or a police spokesperson may be
 * `the officer`, and stays `last`. Reads the roles of each person walked past.
 *
 * `words`, the description's words after its article, are the head noun alone for a bare
 * description. One qualified by a rank right before its head (`the head coach`, `the deputy
 * minister`) is `last` when `last` fits and holds the noun at no other rank (`assistant coach
 * Marc Leblanc` is no `head coach`), and still `last` when no one was given the noun (`the
 * billionaire businessman`). It never walks back to a holder past `last`: its holder, one
 * introduced with the rank, was looked for before (Descriptions.introducedAs), and one given the
 * noun alone may hold it at another rank (`Dean Maria Lopez` is no `associate dean`, `Coach Tom
 * Baker` no `former coach`): no one, then. Other qualified descriptions (`the 25-year-old
 * defenceman`, `the Oilers captain`) stay `last`: elegant variation again.
 */
export function holderPastLast(
  c: Context,
  seen: Antecedents,
  last: CastMember,
  head: string,
  words: readonly string[],
  find: (fits: (m: CastMember) => boolean) => CastMember | null,
): CastMember | null {
  const ranked = words.length > 1 && isRank(words);
  if (words.length > 1 && !ranked) return last;
  const otherRank = ranked && [...ranksBesideRole(c, seen, last, head)].some((r) => !words.includes(r));
  // A rank's noun after an officer given it and a person given none (`Const. Jane Roe arrested
  // Mark Levin. “…,” the officer said`): the officer, as for a person given other roles.
  const fits = fitsRole(c, seen, last, head);
  if (fits === true || (fits === undefined && !RANK_NOUNS.has(head))) return otherRank ? null : last;
  const holder = find((m) => fitsRole(c, seen, m, head) === true);
  if (!holder) return fits === false && RANK_NOUNS.has(head) && onlyCivilianRoles(c, seen, last) ? null : last;
  if (ranked) return null;
  return find((m) => m !== holder && fitsRole(c, seen, m, head) === true) ? null : holder;
}

/**
 * Roles of people who are no officers of police or of an army: a firm's, a shop's, a town's or a
 * legislature's, a school's, a hospital's. Only these make `the officer` no one (holderPastLast).
 */
const CIVILIAN_ROLES = new Set([
  "ceo",
  "owner",
  "co-owner",
  "founder",
  "president",
  "manager",
  "chair",
  "chairman",
  "chairwoman",
  "mayor",
  "premier",
  "minister",
  "councillor",
  "teacher",
  "principal",
  "nurse",
  "doctor",
  "professor",
  "student",
  "lawyer",
  "coach",
  "farmer",
  "resident",
  "neighbour",
  "neighbor",
]);

/** Whether every role the text gave `member` is one of CIVILIAN_ROLES. */
function onlyCivilianRoles(c: Context, seen: Antecedents, member: CastMember): boolean {
  const roles = rolesBesideName(c, seen, member);
  for (const r of roles) if (!CIVILIAN_ROLES.has(r)) return false;
  return roles.size > 0;
}

/** Whether the word before a description's head is a rank of its noun (`head` in `head coach`, `general` in `general manager`). */
function isRank(words: readonly string[]): boolean {
  const rank = words.at(-2)!;
  return NAME_DESCRIBERS.has(rank) || isPersonNoun(rank);
}
