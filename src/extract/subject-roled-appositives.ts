// A full name set off after a description with its own role noun before it: `His sister, nurse
// Jane Roe, said`, `The donor, Toronto philanthropist Tom Baker, said`. News often writes the
// person's role into the appositive that names them; read as a description (`his sister`, `the
// donor`) the subject went to whoever the description matched before, or to no one. Separate
// because it reads only the appositive's own words, never the cast.
import { NAME_DESCRIBERS } from "./lexicon";
import { isPersonNoun, type Mention } from "./mention-words";
import { npForward } from "./mentions";
import { isGivenName } from "./names";
import { personSetOff } from "./subject-affiliations";
import { type Clause, ONLY_BLANKS } from "./subject-words";
import { isCapitalised } from "./text";

/** How many words may qualify the role noun (`former NHL`, `retired Halifax`): a description's, not a clause's. */
const MAX_QUALIFIER_WORDS = 4;

/** Lower-case words of a person's past or standing that may qualify a role beside NAME_DESCRIBERS (`retired Halifax nurse`). */
const STANDING_WORDS = new Set(["retired", "longtime", "long-time"]);

/**
 * The full name that ends the appositive ws[from..to] after a person's role noun in lower case
 * (not a firm's: `contractor Acme Builders`, `investment firm Morgan Stanley`) and at most a few
 * words qualifying it (`nurse Jane Roe`, `former NHL defenceman Tom Baker`), else undefined. The
 * name must open with a listed given name and have a person's shape (personSetOff), and only
 * spaces may join the role noun and the name.
 */
export function nameAfterRoleNoun(a: Clause, from: number, to: number): Mention | undefined {
  const ws = a.words;
  for (let p = from + 1; p <= to - 1 && p - from - 1 <= MAX_QUALIFIER_WORDS; p++) {
    a.work.add();
    const role = ws[p - 1]!;
    if (role.text !== role.key || !isPersonNoun(role.key)) continue;
    const n = npForward(a, p);
    if (n?.kind !== "name" || n.first !== p || n.last !== to) continue;
    // A listed given name opens it: a firm's name follows a noun a firm is too (`contractor Acme Builders`).
    if (!ONLY_BLANKS.test(a.text.slice(role.end, ws[p]!.start)) || !isGivenName(ws[p]!.key) || !personSetOff(a, n)) return undefined;
    return qualifiesRole(a, from, p - 1) ? n : undefined;
  }
  return undefined;
}

/**
 * Whether ws[from..role) only qualify the role noun, each a word that can: a capitalised place's,
 * league's or party's name (`NHL`, `Halifax`), a rank or standing (`former`, `senior`, `retired`),
 * with only spaces between and nothing quoted. Any other word makes the name another's: a
 * preposition's or an adverb's object (`via lawyer Jane Roe`, `unlike defenceman Tom Baker`,
 * `especially son Tom Roe`), a verb's, a clause's.
 */
function qualifiesRole(a: Clause, from: number, role: number): boolean {
  const ws = a.words;
  for (let i = from; i < role; i++) {
    a.work.add();
    const w = ws[i]!;
    if (a.quoted[i] || !(isCapitalised(w.text) || NAME_DESCRIBERS.has(w.key) || STANDING_WORDS.has(w.key))) return false;
    if (!ONLY_BLANKS.test(a.text.slice(w.end, ws[i + 1]!.start))) return false;
  }
  return true;
}
