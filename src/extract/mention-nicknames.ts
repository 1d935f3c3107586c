// A nickname quoted between a given name and a surname (`Bret “the Hammer” Brand`): the names on
// either side are one person's, `Bret Brand`, whom a later `Brand said` names; neither half is
// someone of its own. Separate because it reads a pair of mentions with the quotation
// classify.ts found to be a nickname between them, before the cast files either.
import type { Analysis } from "./analysis";
import type { Mention } from "./mention-words";
import { isGivenName } from "./names";
import { lastAtOrBefore } from "./spans";

/**
 * The full name a lone given name `given` and the name `surname` after it make when only a
 * quotation classified as a nickname stands between them (`Bret “the Hammer” Brand` is `Bret
 * Brand`), else undefined. `opens`: the quotations' opening offsets, in order.
 */
export function nicknamedFullName(
  a: Analysis,
  given: Mention | undefined,
  surname: Mention | undefined,
  opens: () => number[],
): string | undefined {
  if (!given || !surname || given.first !== given.last) return undefined;
  const after = given.last + 1;
  // The cheap tests first: nearly no name has a quoted word right after it.
  if (after >= surname.first || !a.quoted[after] || a.quoted[surname.first]) return undefined;
  const word = a.words[given.first]!;
  if (!isGivenName(word.key)) return undefined;
  const q = a.quotes[lastAtOrBefore(opens(), a.words[after]!.start)];
  if (q?.kind !== "nickname" || q.q.pieces[0]!.open < word.end || q.q.pieces.at(-1)!.close >= surname.start) return undefined;
  return `${word.text} ${a.text.slice(surname.start, surname.end)}`;
}
