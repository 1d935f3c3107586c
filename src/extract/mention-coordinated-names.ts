// A given name alone joined by `and` to a full name that opens with another given name: `Glen and
// Marjorie Atwood`, `Sisters Anna and Maria Costa`. News writes a couple or siblings so, the
// surname given once for both; the first given name alone is that surname's bearer, not a person
// called `Glen` (or `Sisters Anna`), whom a later `Glen said` would name by half a name. Separate because it reads a
// pair of neighbouring mentions, not one, before the cast files either.
import type { Mention } from "./mention-words";
import { isGivenName, isPlace } from "./names";
import type { Tokens, Word } from "./text";

/** How many words after a couple's bare surname pairPronounSex reads for the pronoun that tells which of the two it is. */
const PAIR_PRONOUN_MAX_WORDS = 16;

/**
 * The nouns for kin or a couple that open a sentence before the pair they name (`Sisters Anna
 * and Maria Costa`, `Parents Rick and Dana Holm`): capitalised only by their place, read with the
 * given name after them as one name; no part of it.
 */
const PAIR_NOUNS = new Set([
  "sisters",
  "brothers",
  "siblings",
  "twins",
  "cousins",
  "parents",
  "grandparents",
  "spouses",
  "couple",
  "newlyweds",
]);

/** What lies between the lone given name and the full name: `and` and the spaces around it. */
const JOINED_BY_AND = /^\s+and\s+$/;

/**
 * The full name the lone given name `m` goes by when `next`, right after `and`, is a given name
 * and a surname (`Glen` of `Glen and Marjorie Atwood` is `Glen Atwood`), else undefined. Not a
 * word the text already gave as someone's surname (`Kelly and Jane Roe` after `Tom Kelly`):
 * `isSurname` asks the cast.
 */
export function coordinatedFullName(
  text: string,
  words: Word[],
  m: Mention,
  next: Mention | undefined,
  isSurname: (key: string) => boolean,
): string | undefined {
  // The word after the name first: `and` follows few names, and nothing else is asked of the rest.
  if (!next || m.first !== m.last || words[m.last + 1]?.key !== "and" || next.last - next.first < 1) return undefined;
  const given = words[m.first]!;
  const nextGiven = words[next.first]!;
  if (!isGivenName(given.text) || isPlace([given.key]) || !isGivenName(nextGiven.text)) return undefined;
  if (!JOINED_BY_AND.test(text.slice(m.end, next.start)) || isSurname(given.key)) return undefined;
  return `${given.text} ${text.slice(words[next.first + 1]!.start, next.end)}`;
}

/**
 * A name read with a noun for the pair before it (`Sisters Anna`, `Parents Rick`) less that
 * noun, when a given name follows it: the noun describes the pair, and `Anna said` later is
 * Anna's, never a person called `Sisters Anna`.
 */
export function withoutPairNoun(words: Word[], m: Mention): Mention {
  if (m.last === m.first || !PAIR_NOUNS.has(words[m.first]!.key) || !isGivenName(words[m.first + 1]!.text)) return m;
  return { ...m, first: m.first + 1, start: words[m.first + 1]!.start };
}

/**
 * For a bare surname at word i that two people named together share (`Mark and Patti Chipman`),
 * the sex of the first `he` or `she` after it, out of quotation and before word `stop` (the next
 * name), within PAIR_PRONOUN_MAX_WORDS words: `Chipman didn't understand. "What for?" he asked.`
 * is Mark, `Chipman smiled. “…,” she said.` Patti. Undefined when no such pronoun stands there:
 * the surname alone tells neither.
 */
export function pairPronounSex(t: Tokens, quoted: boolean[], i: number, stop: number): "m" | "f" | undefined {
  const end = Math.min(stop, t.words.length, i + 1 + PAIR_PRONOUN_MAX_WORDS);
  t.work.add(end - i);
  for (let k = i + 1; k < end; k++) {
    if (quoted[k]) continue;
    const key = t.words[k]!.key;
    if (key === "he") return "m";
    if (key === "she") return "f";
  }
  return undefined;
}
