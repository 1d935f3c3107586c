// A headline in Title Case capitalises every word, so its runs of capitals read as names where a
// reader sees a clause: `Bloc Québécois Leader Says Party Will Vote Against The Budget` gave a
// person `Will Vote Against The Budget` (`Will` is a given name), and `Girls Inquiry Chief
// Commissioner Says Report Is Final` a person `Final`, whom the body's `the Bloc leader` and
// `the chief commissioner` then found. A reader trusts a name there when the story names it again
// below, when it reads as a person's name (`Riverside MP Jane Roe Apologizes For …`, whom the body
// calls `the MP`), or when it is the headline's subject, up to its verb (`Hydro One Says …`, whom
// the body calls `the utility`); so does the cast.
import type { Analysis } from "./analysis";
import { titleCased } from "./classify";
import { AGE_AND_HOUSEHOLD_NOUNS, BE_FORMS, MODALS_BEFORE_VERB, SPEECH_VERBS, STANDALONE_SPEAKERS } from "./lexicon";
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

/**
 * `03/07/2020 15:23 EST | Updated 03/09/2020 10:15 EDT`: HuffPost Canada's time stamp, a line of
 * its own above the headline.
 */
const TIME_STAMP = /^\s*\d\d\/\d\d\/\d{4} \d\d?:\d\d [A-Z]{3}(?: \| Updated \d\d\/\d\d\/\d{4} \d\d?:\d\d [A-Z]{3})?\s*$/;

/** The headline's paragraph: the first, or the second below an archive's notice or a time stamp. */
function headlineParagraph(a: Pick<Analysis, "text" | "paragraphs">): number {
  const first = a.paragraphs[0];
  // The notice is one short line; a longer first paragraph (the whole text, at worst) is not read.
  if (!first || first.end - first.start > ARCHIVE_NOTICE_MAX_CHARS) return 0;
  const line = a.text.slice(first.start, first.end);
  return ARCHIVE_NOTICE.test(line) || TIME_STAMP.test(line) ? 1 : 0;
}

/** The most words a person's name runs on after a given name (`Jane Roe`, `Mary Ann de Vries`). */
const AFTER_GIVEN_NAME_MAX_WORDS = 2;

/** Whether a given name opens one of the mention's last words: `Jane Roe`, not `Will Vote Against The Budget`. */
function endsAsPersonName(a: Pick<Analysis, "words">, m: Mention): boolean {
  for (let k = Math.max(m.first, m.last - AFTER_GIVEN_NAME_MAX_WORDS); k <= m.last; k++) if (isGivenName(a.words[k]!.text)) return true;
  return false;
}

/**
 * The most words a headline's opening name is read to when no verb of the clause ends it (`Bank
 * of Canada`, `Air Canada`): a longer run of capitals there is its subject and verb run together
 * (`Nadeau-Dubois Quits Québec Solidaire`).
 */
const OPENING_NAME_MAX_WORDS = 3;

/** A negated verb (`Won’t`, `Can't`, `Isn’t`). */
const NEGATED = /n['’]t$/;

/**
 * Verbs a Title Case headline capitalises that no name holds: a form of `be` (`Report Is Final`),
 * a modal, a negated verb, a verb of saying.
 */
function isHeadlineVerb(key: string): boolean {
  return BE_FORMS.has(key) || MODALS_BEFORE_VERB.has(key) || SPEECH_VERBS.has(key) || NEGATED.test(key);
}

/** The first word of a mention that is a verb of the headline's clause (`Says` in `Leader Says Party Will Vote`), or -1. */
function firstVerb(a: Pick<Analysis, "words">, m: Mention): number {
  for (let k = m.first; k <= m.last; k++) if (isHeadlineVerb(a.words[k]!.key)) return k;
  return -1;
}

/**
 * Whether a word is a common noun for a person (`Teen`, `Mother`, `Leader`), capitalised as the
 * headline's every word is; not `One`, which ends a firm's name (`Hydro One`) as often.
 */
function isPersonWord(a: Pick<Analysis, "words">, k: number): boolean {
  const key = a.words[k]!.key;
  return (isPersonNoun(key) && !STANDALONE_SPEAKERS.has(key)) || AGE_AND_HOUSEHOLD_NOUNS.has(key);
}

/**
 * The name a mention stands for when a Title Case headline holds it: the mention itself outside
 * such a headline, or when the story names its last word (a surname, a body's last word) again
 * below, or a given name opens its last words; else the headline's subject only, its opening words
 * up to its verb (`Guilbeault` of `Guilbeault Won’t Back Down`) or a short run (`Air Canada` of
 * `Air Canada Apologizes After …`), which the body may call only `the airline`; else none (null).
 * Made once per text: the first call reads the line and, when it is one, the body's capitalised
 * words.
 */
export function headlineNames(a: Pick<Analysis, "text" | "words" | "paragraphs">): (m: Mention) => Mention | null {
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
    if (m.start < start || m.end > end || body.has(a.words[m.last]!.key) || endsAsPersonName(a, m)) return m;
    // Past the headline's first words, a run of capitals is its clause (`Says Party Will Vote
    // Against The Budget`); a common noun for a person opening it describes (`Teen Stabs Bear`).
    if (m.first !== opening || isPersonWord(a, m.first)) return null;
    // Its subject ends before its verb; `Union Boss Says …`, `Bloc Québécois Leader Says …`: a
    // role before the verb names no one.
    const verb = firstVerb(a, m);
    const last = verb < 0 ? m.last : verb - 1;
    if (last < m.first || isPersonWord(a, last)) return null;
    const cut = (to: number): Mention => (to === m.last ? m : { ...m, end: a.words[to]!.end, last: to });
    // A person's name (`Ontario Premier Doug Ford Says …`) or a short run (`Air Canada`, `Guilbeault Won’t …`).
    if (last - m.first < OPENING_NAME_MAX_WORDS || endsAsPersonName(a, cut(last))) return cut(last);
    // A longer run is subject and verb run together (`Obama Just Let Something Slip That Could …`):
    // its opening words as far as the body names them again (`Obama`), or none.
    for (let k = m.first + OPENING_NAME_MAX_WORDS - 1; k >= m.first; k--) if (body.has(a.words[k]!.key)) return cut(k);
    return null;
  };
}
