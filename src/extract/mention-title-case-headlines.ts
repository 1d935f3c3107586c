// A headline in Title Case capitalises every word, so its runs of capitals read as names where a
// reader sees a clause: `Bloc Québécois Leader Says Party Will Vote Against The Budget` gave a
// person `Will Vote Against The Budget` (`Will` is a given name), and `Girls Inquiry Chief
// Commissioner Says Report Is Final` a person `Final`, whom the body's `the Bloc leader` and
// `the chief commissioner` then found. A reader trusts a name there only when the story names it
// again below, or when it reads as a person's name (`Riverside MP Jane Roe Apologizes For …`,
// whom the body calls `the MP`); so does the cast.
import type { Analysis } from "./analysis";
import { titleCased } from "./classify";
import type { Mention } from "./mention-words";
import { isGivenName } from "./names";
import { isCapitalised } from "./text";
import { HEADLINE_LINE_MAX_WORDS } from "./thresholds";

/**
 * The fewest words a first line needs to be read as Title Case prose: a shorter capitalised
 * line (`Premier Jane Roe`, `Ottawa Police Service`) may be a name and nothing else.
 */
const TITLE_CASE_HEADLINE_MIN_WORDS = 5;

/** The most words a person's name runs on after a given name (`Jane Roe`, `Mary Ann de Vries`). */
const AFTER_GIVEN_NAME_MAX_WORDS = 2;

/** Whether a given name opens one of the mention's last words: `Jane Roe`, not `Will Vote Against The Budget`. */
function endsAsPersonName(a: Pick<Analysis, "words">, m: Mention): boolean {
  for (let k = Math.max(m.first, m.last - AFTER_GIVEN_NAME_MAX_WORDS); k <= m.last; k++) if (isGivenName(a.words[k]!.text)) return true;
  return false;
}

/**
 * Whether a mention is a name read only off a Title Case headline: it lies in the first
 * paragraph, a short line of capitalised words above the body; its last word (a surname, a
 * body's last word) is capitalised nowhere below it; and no given name opens its last words.
 * Made once per text: the first call reads the line and, when it is one, the body's capitalised
 * words.
 */
export function headlineOnlyNames(a: Pick<Analysis, "text" | "words" | "paragraphs">): (m: Mention) => boolean {
  let end = -1;
  let below: Set<string> | undefined;
  const read = (): Set<string> => {
    below = new Set();
    const first = a.paragraphs[0];
    if (!first || a.paragraphs.length < 2) return below;
    let words = 0;
    while (words < a.words.length && a.words[words]!.start < first.end) words++;
    if (words < TITLE_CASE_HEADLINE_MIN_WORDS || words > HEADLINE_LINE_MAX_WORDS) return below;
    if (!titleCased(a.text.slice(first.start, first.end))) return below;
    end = first.end;
    for (let i = words; i < a.words.length; i++) if (isCapitalised(a.words[i]!.text)) below.add(a.words[i]!.key);
    return below;
  };
  return (m) => {
    const body = below ?? read();
    return m.end <= end && !body.has(a.words[m.last]!.key) && !endsAsPersonName(a, m);
  };
}
