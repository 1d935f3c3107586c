// The roles a text writes beside a person's name: a title (`Mayor Jane Roe`), a role in lower
// case right before it (`principal Jane Roe`, `nurse Jane Roe`), or an appositive set off by a
// comma right after it (`Jane Roe, Corvale's mayor,`), and the rank written before such a role
// (`assistant coach Marc Leblanc`). Apart from the resolver's titles because it reads the words
// around a member's mentions, which only a description that must be matched to a person (`the
// mayor … what she calls`, `the head coach`) needs, and then for one member at a time.
import type { CastMember } from "./actors";
import type { Antecedents, Context } from "./antecedents";
import { NAME_DESCRIBERS } from "./lexicon";
import { isPersonNoun, joined } from "./mention-words";
import type { Word } from "./text";

/** How many of a member's mentions are read for roles beside them: a role is given where a person is introduced. */
const MENTIONS_READ = 4;
/** How many words an appositive after a comma may run before its role noun (`, Corvale's deputy mayor`). */
const APPOSITIVE_MAX_WORDS = 3;

/** How many words from a mention's start its name's own words may begin, past a body's name and a role. */
const LONG_MENTION_WORDS = 10;

/** A possessive's `'s` (`the mayor's sister`): whose relative or aide she is, not her own role. */
const POSSESSIVE = /['’]s$/iu;

/** Whether a word is a role its person holds: a person noun, not one in the possessive. */
function isRoleWord(w: Word): boolean {
  return isPersonNoun(w.key) && !POSSESSIVE.test(w.text);
}

/**
 * The person nouns the text writes beside `member`'s first few mentions, with its titles: the
 * roles it gives that person. Reads a fixed few words around each of MENTIONS_READ mentions.
 */
export function rolesBesideName(c: Context, seen: Antecedents, member: CastMember): Set<string> {
  const roles = new Set(member.titles);
  forEachRoleBesideName(c, seen, member, (j) => roles.add(c.words[j]!.key));
  return roles;
}

/**
 * The words of rank the text writes right before `role` beside `member`'s name (`assistant` in
 * `assistant coach Marc Leblanc` or `Marc Leblanc, the assistant coach,`; `goalie` in
 * `goalie coach`): which of several holders of one noun that person is. A role noun or a
 * describer of one (NAME_DESCRIBERS), not a verb or an article before it (`said coach Tom Baker`).
 */
export function ranksBesideRole(c: Context, seen: Antecedents, member: CastMember, role: string): Set<string> {
  const ranks = new Set<string>();
  const ws = c.words;
  forEachRoleBesideName(c, seen, member, (j) => {
    const rank = ws[j - 1];
    if (ws[j]!.key !== role || !rank || !joined(c.text, rank, ws[j]!)) return;
    if (isRoleWord(rank) || NAME_DESCRIBERS.has(rank.key)) ranks.add(rank.key);
  });
  return ranks;
}

/** Calls `visit` with the index of each role word rolesBesideName reads beside `member`'s name. */
function forEachRoleBesideName(c: Context, seen: Antecedents, member: CastMember, visit: (j: number) => void): void {
  const ws = c.words;
  for (const at of member.seen.slice(0, MENTIONS_READ)) {
    const i = seen.wordFrom(at);
    const before = ws[i - 1];
    // `principal Jane Roe`: a role in lower case right before the name (a title is in titles),
    // in its sentence: `… arrested the driver. Mark Doyle …` gives Doyle no role.
    if (before && isRoleWord(before) && c.sentenceOf(before.start).end > ws[i]!.start) visit(i - 1);
    // `Nurse Jane Roe`: a role the mention itself opens with, and where the name's words end.
    let end = i;
    for (let j = i; j < Math.min(ws.length, i + member.tokens.length + 1); j++) {
      if (member.tokens.includes(ws[j]!.key)) end = j + 1;
      else if (end === i && isRoleWord(ws[j]!)) visit(j);
    }
    // `Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear`: a mention opening on its
    // body's long name gives its role right before where the name's own words begin.
    if (end === i) {
      const from = Math.min(ws.length, i + member.tokens.length + 1);
      for (let j = from; j < Math.min(ws.length, i + LONG_MENTION_WORDS); j++) {
        if (ws[j]!.key !== member.tokens[0]) continue;
        if (isRoleWord(ws[j - 1]!)) visit(j - 1);
        break;
      }
    }
    // `Jane Roe, Corvale's mayor,`: past the name, a comma, then a role within a few words.
    if (end === i || !ws[end] || !c.text.slice(ws[end - 1]!.end, ws[end]!.start).includes(",")) continue;
    for (let j = end; j < Math.min(ws.length, end + APPOSITIVE_MAX_WORDS); j++) {
      if (isRoleWord(ws[j]!)) visit(j);
      if (ws[j + 1] && c.text.slice(ws[j]!.end, ws[j + 1]!.start).includes(",")) break;
    }
  }
}
