// A headline in Title Case capitalises every word, so its runs of capitals read as names where a
// reader sees a clause: `Bloc Québécois Leader Says Party Will Vote Against The Budget` gave a
// person `Will Vote Against The Budget` (`Will` is a given name), and `Girls Inquiry Chief
// Commissioner Says Report Is Final` a person `Final`, whom the body's `the Bloc leader` and
// `the chief commissioner` then found. A reader trusts a name there only when the story names it
// again below, or when it reads as a person's name (`Riverside MP Jane Roe Apologizes For …`,
// whom the body calls `the MP`); so does the cast.
import type { Analysis } from "./analysis";
import { titleCased } from "./classify";
import { AGE_AND_HOUSEHOLD_NOUNS, MODALS_BEFORE_VERB, SPEECH_VERBS } from "./lexicon";
import { isPersonNoun, type Mention } from "./mention-words";
import { isGivenName } from "./names";
import { isCapitalised } from "./text";
import { HEADLINE_LINE_MAX_WORDS } from "./thresholds";

/**
 * The fewest words a first line needs to be read as Title Case prose: a shorter capitalised
 * line (`Premier Jane Roe`, `Ottawa Police Service`) may be a name and nothing else.
 */
const TITLE_CASE_HEADLINE_MIN_WORDS = 5;

/**
 * `This HuffPost Canada page is maintained as part of an online archive.`, `This article exists as
 * part of the online archive for …`: an archive's notice, one short sentence, set above the headline.
 */
const ARCHIVE_NOTICE = /^This (?:article|page|story|[A-Z][\w ]{0,40} page) (?:is|exists) [^\n]{0,80}\barchive\b[^\n]{0,60}\.$/;

/** The longest an archive's notice is read: HuffPost Canada's are about 90 characters. */
const ARCHIVE_NOTICE_MAX_CHARS = 200;

/** The headline's paragraph: the first, or the second below an archive's notice. */
function headlineParagraph(a: Pick<Analysis, "text" | "paragraphs">): number {
  const first = a.paragraphs[0];
  // The notice is one short line; a longer first paragraph (the whole text, at worst) is not read.
  if (!first || first.end - first.start > ARCHIVE_NOTICE_MAX_CHARS) return 0;
  return ARCHIVE_NOTICE.test(a.text.slice(first.start, first.end)) ? 1 : 0;
}

/** The most words a person's name runs on after a given name (`Jane Roe`, `Mary Ann de Vries`). */
const AFTER_GIVEN_NAME_MAX_WORDS = 2;

/** Whether a given name opens one of the mention's last words: `Jane Roe`, not `Will Vote Against The Budget`. */
function endsAsPersonName(a: Pick<Analysis, "words">, m: Mention): boolean {
  for (let k = Math.max(m.first, m.last - AFTER_GIVEN_NAME_MAX_WORDS); k <= m.last; k++) if (isGivenName(a.words[k]!.text)) return true;
  return false;
}

/** Verbs a Title Case headline capitalises that no name holds: a copula, a modal, a verb of saying. */
function isHeadlineVerb(key: string): boolean {
  return COPULAS.has(key) || MODALS_BEFORE_VERB.has(key) || SPEECH_VERBS.has(key);
}

/** The copulas a headline's clause may turn on (`Report Is Final`). */
const COPULAS = new Set(["is", "are", "was", "were"]);

/** Whether a mention's words hold a verb of the headline's clause (`Leader Says Party Will Vote`). */
function holdsAVerb(a: Pick<Analysis, "words">, m: Mention): boolean {
  for (let k = m.first; k <= m.last; k++) if (isHeadlineVerb(a.words[k]!.key)) return true;
  return false;
}

/** Whether a mention opens on a common noun for a person (`Teen`, `Mother`, `Nurse`), capitalised as the headline's every word is. */
function opensOnPersonNoun(a: Pick<Analysis, "words">, m: Mention): boolean {
  const key = a.words[m.first]!.key;
  return isPersonNoun(key) || AGE_AND_HOUSEHOLD_NOUNS.has(key);
}

/**
 * Whether a mention is a name read only off a Title Case headline: it lies in the first
 * paragraph (below an archive's notice, the second), a short line of capitalised words above
 * the body; its last word (a surname, a body's last word) is capitalised nowhere below it; no
 * given name opens its last words; and it does not open the line, or opens it with a common
 * noun for a person.
 * Made once per text: the first call reads the line and, when it is one, the body's capitalised
 * words.
 */
export function headlineOnlyNames(a: Pick<Analysis, "text" | "words" | "paragraphs">): (m: Mention) => boolean {
  let start = -1;
  let end = -1;
  let opening = -1;
  let below: Set<string> | undefined;
  const read = (): Set<string> => {
    below = new Set();
    const at = headlineParagraph(a);
    const line = a.paragraphs[at];
    if (!line || a.paragraphs.length < at + 2) return below;
    let from = 0;
    while (from < a.words.length && a.words[from]!.start < line.start) from++;
    let to = from;
    while (to < a.words.length && a.words[to]!.start < line.end) to++;
    if (to - from < TITLE_CASE_HEADLINE_MIN_WORDS || to - from > HEADLINE_LINE_MAX_WORDS) return below;
    if (!titleCased(a.text.slice(line.start, line.end))) return below;
    start = line.start;
    end = line.end;
    opening = from;
    for (let i = to; i < a.words.length; i++) if (isCapitalised(a.words[i]!.text)) below.add(a.words[i]!.key);
    return below;
  };
  return (m) => {
    const body = below ?? read();
    if (m.start < start || m.end > end || body.has(a.words[m.last]!.key) || endsAsPersonName(a, m)) return false;
    // The headline's subject, its first words (`Unifor: Tariffs Will …`, `Air Canada Apologizes
    // After …`, `Trudeau, Singh Clash …`), is a name as a sentence's is, which the body may call
    // only `the union` or `the airline`; not a common noun for a person (`Teen Stabs Bear …`), nor
    // a run that holds the headline's verb (`Union Boss Says Strike Will`).
    return m.first !== opening || opensOnPersonNoun(a, m) || holdsAVerb(a, m);
  };
}
