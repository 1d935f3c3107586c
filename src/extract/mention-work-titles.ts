// A capitalised title right after the noun of its work (`his album Nothing Was The Same`, `her
// movie, Women Talking`): the title of a song, a film or a book, which no `he` or `she` stands
// for. Read apart from the cast's kinds (./actor-kinds), which judge a name by its own words:
// `Women Talking` reads as well as a person's name as `Nothing Was The Same` does.
import { POSSESSIVE_DETERMINERS, TITLED_WORKS, TITLES, WORK_GENRES } from "./lexicon";
import { isPossessive, type Mention } from "./mention-words";
import { isGivenName } from "./names";
import { isLowerCase, type Tokens } from "./text";
import { rx } from "./unicode-regexps";

/**
 * The works whose titles the text gives bare, after the noun. Not a writing that a paper or its
 * writer publishes (`column`, `article`, `editorial`, `op-ed`, `commentary`, `podcast`): after
 * those a capitalised name is as often the outlet or the writer (`the column Tom Baker wrote`,
 * `the article The Star ran`).
 */
const BARE_TITLED = new Set(
  [...TITLED_WORKS, ...WORK_GENRES].filter((w) => !["column", "article", "editorial", "op-ed", "commentary", "podcast"].includes(w)),
);

/** A word in lower case right after a name: its verb, when the name is a clause's subject. */
const VERB_AFTER = rx.u`^\s+\p{Ll}`;

/**
 * Whether the mention is a work's title: the lower-case noun of a work stands right before it
 * (`album Nothing Was The Same`), or before its comma after a possessive (`her movie, Women
 * Talking`; not `On the same show, Sen. Jane Roe said`, where the name opens a clause), and
 * neither a given name nor a title opens it (`the film Jane Roe made`: titles that open on a given
 * name are rare beside that).
 */
export function namesAWork(t: Tokens, m: Mention): boolean {
  const prev = t.words[m.first - 1];
  if (!prev || !isLowerCase(prev.text) || isPossessive(prev) || !BARE_TITLED.has(prev.key)) return false;
  const between = t.text.slice(prev.end, m.start);
  const owner = t.words[m.first - 2];
  const apposed = /^,\s+$/.test(between) && !!owner && (POSSESSIVE_DETERMINERS.has(owner.key) || isPossessive(owner));
  if (!apposed && !/^\s+$/.test(between)) return false;
  const first = t.words[m.first]!.key;
  // `The documentary Okemaw Beardy directed`, `In his documentary, Okemaw Beardy returns`: a
  // word in lower case right after makes the name the subject of a clause, a person's.
  return !isGivenName(first) && !TITLES.has(first) && !VERB_AFTER.test(t.text.slice(m.end, m.end + 3));
}
