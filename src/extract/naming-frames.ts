// People a story names by one name only, and says so: `a commuter whose first name is Ashley`,
// `one camper who identified himself only as Billy`, `the worker, whom we are calling Ben`. Local
// news gives passers-by, patients and people who fear for their privacy so, often with nothing
// else to tell a person by; the frame itself says the word is a person's name. Read here, once,
// for two askers: the resolver, where a description of a person is followed by the frame (the
// description is the person so named), and the pronoun resolver, where a lone name follows one
// (the name is a person's, though it shows no sex and no title), or a clause after it withholds
// the surname (`Kate, who didn't want to give her surname,`).
import { KIN_NOUNS } from "./lexicon";
import { isPersonNoun } from "./mention-words";
import type { Tokens } from "./text";
import { rx } from "./unicode-regexps";

/**
 * Frames that give a person's name whatever noun went before: a first name given, a name
 * the person asked to be known by, or one the outlet gives to protect them. ASCII only: the name
 * after is read by its mention (see nameAfterFrame), not here.
 */
const PERSON_FRAMES = [
  // `whose first name is Ashley`, `whose name is Vic`
  String.raw`whose\s+(?:first\s+|given\s+)?name\s+is`,
  // `who identified himself only as Billy`, `who would only identify herself as Jo`, `who
  // introduced herself by her first name, Jo`
  String.raw`who\s+(?:(?:would|did)\s+)?(?:only\s+)?(?:identified|identifies|identify|introduced|introduces|introduce)\s+(?:himself|herself|themselves|themself)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)`,
  // `identified only as Mo`, `who is known only by her first name, Jo`
  String.raw`(?:who\s+(?:was|is)\s+)?(?:identified|known)\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)`,
  // `who said his name was Truth`
  String.raw`who\s+(?:said|says)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:was|is)`,
  // `who gave her name as Lauren`, `who gave his name only as Sam`, `who would only give his first name, Sam`
  String.raw`who\s+(?:(?:would|did)\s+)?(?:only\s+)?(?:gave|give|gives|provided|shared)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)?`,
  // `who asked to be identified only as Jo`, `who wished to be identified by her first name, Jo`,
  // `who only wanted to be identified as Jo`, `who asked to be called Sunny`
  String.raw`who\s+(?:only\s+)?(?:asked|wished|wanted|wants|asks|preferred|prefers)\s+to\s+be\s+(?:(?:identified|named)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)|called)`,
  // `who goes by the name Quinn` (not `goes by`, also to pass by: `a trucker who goes by Highway 401`)
  String.raw`who\s+goes\s+by\s+the\s+name`,
  // `whom we are calling Ben`, `who CBC News has agreed to call Sam`
  String.raw`(?:who|whom)\s+(?:we|CBC\s+News|CTV\s+News|Global\s+News|the\s+Star|The\s+Globe)\s+(?:are|is|have|has)\s+(?:agreed\s+to\s+call|calling)`,
];

/** `named` and `called`: a person's name only after a person's noun (`a rider named Vic`, not `a firm called Acme`). */
const NAMING_PARTICIPLE = String.raw`(?:who\s+(?:is|was)\s+)?(?:named|called)`;

/**
 * A relation's lone name set off after the kin noun (`his youngest daughter, 12-year-old Ayah`):
 * the comma and an age, up to the name. (`his daughter Ayah` is read as a name with its noun.)
 */
const KIN_APPOSITION = /^,\s+(?:\d{1,3}[- ]year[- ]old\s+)?(?=\S)/;

/** A frame right after a description, up to the name: `, whose first name is `, ` — whom the Star has agreed to call `. */
const FRAME_AFTER = new RegExp(String.raw`^(?:,|\s+[—–])?\s+(?:(${NAMING_PARTICIPLE})|${PERSON_FRAMES.join("|")})\s+(?=\S)`);
/** A person's frame right before a lone name: `whose first name is `. */
const FRAME_BEFORE = new RegExp(String.raw`(?:^|[\s,—–])(?:${PERSON_FRAMES.join("|")})\s+$`);

/** The words a frame opens with: the frame is read only after one, or after a kin noun's comma. */
const FRAME_OPENERS = new Set(["who", "whose", "whom", "named", "called", "identified", "known"]);

/** How many characters after a description or before a name a frame may span. */
const FRAME_CHARS = 90;

/**
 * Where the name starts that a frame gives right after the description ending with word `last`
 * (`a commuter` of `a commuter whose first name is Ashley`), or -1. `named` and `called` only
 * after a person's noun; a kin noun's comma and age (KIN_APPOSITION) only after a kin noun.
 */
export function nameAfterFrame(t: Tokens, last: number): number {
  const end = t.words[last]!.end;
  const key = t.words[last]!.key;
  // Every description is asked: a look at the next word first, the frame read only after one.
  const kin = KIN_NOUNS.has(key) && t.text[end] === ",";
  if (!kin && !FRAME_OPENERS.has(t.words[last + 1]?.key ?? "")) return -1;
  t.work.add(FRAME_CHARS);
  const after = t.text.slice(end, end + FRAME_CHARS);
  const x = FRAME_AFTER.exec(after) ?? (kin ? KIN_APPOSITION.exec(after) : null);
  if (!x || (x[1] !== undefined && !isPersonNoun(key))) return -1;
  return end + x[0].length;
}

/**
 * Whether a person's frame gives the lone name at `at`: `whose first name is Ashley`, `who
 * identified himself only as Billy`. (`a rider named Vic` asks its noun: pronouns.ts.)
 */
export function namedByFrame(t: Tokens, at: number): boolean {
  t.work.add(FRAME_CHARS);
  return FRAME_BEFORE.test(t.text.slice(Math.max(0, at - FRAME_CHARS), at));
}

/**
 * From a lone name on, a clause that says the person kept back their surname: `Kate, who didn’t
 * want to give her surname,`, `Christina, a Vaughan resident who asked that her last name not
 * be used,`. The name is a person's given name.
 */
const SURNAME_WITHHELD = rx.u`^[\p{L}'’-]+,\s+(?:an?\s+(?:[\p{L}'’.-]+\s+){0,4})?who\s+(?:(?:did|does|would)\s*n(?:o|['’])t|declined|refused|asked|preferred|chose|wished|wanted)\s[^.!?;"“”]{0,50}?(?:(?:last|full|family)\s+name|surname)`;

/** Whether the lone name at `at` is followed by a clause that withholds its bearer's surname (SURNAME_WITHHELD). */
export function surnameWithheldAfter(t: Tokens, at: number): boolean {
  t.work.add(FRAME_CHARS + FRAME_CHARS);
  return SURNAME_WITHHELD.test(t.text.slice(at, at + FRAME_CHARS + FRAME_CHARS));
}
