// Whether the words that open a clause after a quotation, before its verb of saying, only
// describe the name that speaks (`Fraser Institute director Maria Lopez said`, `CUPE president
// Jane Roe`, `union leader Tom Reid and board chair Jane Roe said`), or are a role that speaks for a
// group (`a spokesman for council Greens said`). Separate because these read affiliations,
// roles and organisations' names, which nothing else in the attribution does.
import { type Analysis, wordIndexAt } from "./analysis";
import { npBackwardAt } from "./clause-subjects";
import { ARTICLES, FUNCTION_WORDS, LINKS, NAME_DESCRIBERS, ORGANISATION_NAME_LINKS, SPEECH_VERBS } from "./lexicon";
import { BARE_UNIT_NUMBER } from "./mention-affiliations";
import { nameForward } from "./mention-names";
import { holderAfterJoinedTitles, organisationEnd, personInPortfolio } from "./mention-office-holders";
import { isOffice, isSpeakerNoun as isSpeakerNounKey, joined, type Mention } from "./mention-words";

import { isCapitalised, isLowerCase, startsUpper, type Word } from "./text";
import { rx } from "./unicode-regexps";

/** Links from a role to the group it speaks for: `a spokesman for`, `an aide to`, `a member of`. */
const ROLE_GROUP_LINKS = new Set(["for", "of", "to", "at", "with"]);

/** How many words the group after the link may take (`the opposition caucus`, `committee Democrats`). */
const ROLE_GROUP_MAX_WORDS = 4;

/**
 * `“…,” a spokesman for council Greens said`: a role with its article that opens the
 * clause, tied by a link to a group that runs straight into the verb at v, is the subject;
 * the group, the link's object, is no speaker. The whole description is the mention.
 */
export function roleForGroup(a: Analysis, i: number, v: number): Mention | undefined {
  const ws = a.words;
  const link = ws[i + 2];
  if (v - i - 3 < 1 || v - i - 3 > ROLE_GROUP_MAX_WORDS || !link || !ROLE_GROUP_LINKS.has(link.text)) return undefined;
  if (!ARTICLES.has(ws[i]!.text) || !isRoleKey(ws[i + 1]!.key) || !isLowerCase(ws[i + 1]!.text)) return undefined;
  for (let k = i; k < v; k++) {
    a.work.add();
    if (a.quoted[k] || !joined(a.text, ws[k]!, ws[k + 1]!)) return undefined;
    // The group is nouns and their modifiers: no other verb, pronoun or conjunction among them.
    if (k > i + 2 && FUNCTION_WORDS.has(ws[k]!.key) && !(k === i + 3 && ws[k]!.key === "the")) return undefined;
  }
  return { start: ws[i]!.start, end: ws[v - 1]!.end, kind: "nominal", first: i, last: v - 1 };
}

/** How many words may describe a name before it (`Daily News opinion editor Jane Doe said`). */
const NAME_DESCRIPTION_MAX_WORDS = 8;

/** How many more words a role's lower-case portfolio may add to that (`director of water supply and pipe renewal`). */
const PORTFOLIO_EXTRA_WORDS = 3;

/**
 * Whether the words from i up to the name m only describe it: an affiliation and a role run
 * straight into the name (`Fraser Institute director Maria Lopez`), so it is the speaker.
 */
export function describesName(a: Analysis, i: number, m: Mention): boolean {
  if (officeWithListedPortfolio(a, i, m) || holderOfJoinedTitles(a, i, m)) return true;
  if (m.kind !== "name" || m.first - i > NAME_DESCRIPTION_MAX_WORDS + PORTFOLIO_EXTRA_WORDS) return false;
  const ws = a.words;
  let role = false;
  let portfolio = false;
  for (let k = i; k < m.first; k++) {
    a.work.add();
    if (a.quoted[k] || !(joined(a.text, ws[k]!, ws[k + 1]!) || currencyBetween(a, k))) return false;
    const w = ws[k]!;
    // `the Courier's chief sports editor Jane Doe`: an article may open the description.
    if (k === i && w.key === "the") continue;
    if (isRoleKey(w.key) && isLowerCase(w.text)) role = true;
    // `Acme director of water supply and pipe renewal Jane Roe`: the role's portfolio in
    // lower case, `of` right after the role and `and` inside it, still only describes the name.
    else if (w.text === "of" && k > i && isRoleKey(ws[k - 1]!.key)) portfolio = true;
    else if (w.text === "and" && portfolio) continue;
    // `Unifor Local 444 president`, `CUPE 500 president`: a unit's number closes the body's name.
    else if (k > i && BARE_UNIT_NUMBER.test(w.text) && startsUpper(ws[k - 1]!.text)) continue;
    else if (!startsUpper(w.text) && !NAME_DESCRIBERS.has(w.key) && !modifiesRole(w) && !inOrganisationName(a, k, m.first)) return false;
  }
  // The role runs into the name: `senior politics editor Jane Doe`, not `editor of the Post Jane Doe`.
  if (!portfolio && m.first - i > NAME_DESCRIPTION_MAX_WORDS) return false;
  return role && (isRoleKey(ws[m.first - 1]!.key) || (portfolio && modifiesRole(ws[m.first - 1]!)));
}

/**
 * `Acme Health System President and CEO Dr. Jane Roe said`: a body's name and an office, `and`,
 * then a second office and its holder, the name m (holderAfterJoinedTitles). The words before m,
 * one capitalised run (an article may open it), only name the holder's offices, however many the
 * body's words: the name is the speaker.
 */
function holderOfJoinedTitles(a: Analysis, i: number, m: Mention): boolean {
  const ws = a.words;
  const first = ws[i]!.key === "the" ? i + 1 : i;
  if (m.kind !== "name" || m.first - first < 3 || ws[m.first - 1]!.text !== "and" || !isCapitalised(ws[first]!.text)) return false;
  const name = nameForward(a, first);
  if (name < 0 || organisationEnd(a, name) !== m.first - 2) return false;
  const holder = holderAfterJoinedTitles(a, first, m.first - 2);
  return holder?.first === m.first && holder.last === m.last;
}

/** How many words an office's listed portfolio may take before the holder's part (`Trade, Tourism, Culture and`). */
const LISTED_PORTFOLIO_MAX_WORDS = 10;

/**
 * `Minister of Trade, Tourism and Rural Affairs Jane Roe said`: a capitalised office, `of`, then
 * a portfolio listed with commas and `and`, the name m being the run after the last `and` (its
 * last part and the holder, a person's name in it). The words before m only name the holder's office, as `Health
 * Minister` does, so the name is the speaker. Reads the few words of the lead: a bounded window.
 */
function officeWithListedPortfolio(a: Analysis, i: number, m: Mention): boolean {
  const ws = a.words;
  if (m.kind !== "name" || m.first - i > LISTED_PORTFOLIO_MAX_WORDS || m.first - i < 4) return false;
  if (!isCapitalised(ws[i]!.text) || !isOffice(ws[i]!.key) || ws[i + 1]!.text !== "of" || ws[m.first - 1]!.text !== "and") return false;
  let comma = false;
  for (let k = i + 2; k < m.first - 1; k++) {
    a.work.add();
    const gap = a.text.slice(ws[k]!.end, ws[k + 1]!.start);
    if (a.quoted[k] || !isCapitalised(ws[k]!.text) || (gap !== " " && gap !== ", ")) return false;
    comma ||= gap === ", ";
  }
  return (
    comma &&
    personInPortfolio(a, m.first, m.last) &&
    a.text.slice(ws[i]!.end, ws[i + 1]!.start) === " " &&
    a.text.slice(ws[i + 1]!.end, ws[i + 2]!.start) === " "
  );
}

/** An organisation's capitalised name and its acronym in brackets, then what is left of a description: `Toronto Police Service (TPS) `. */
const ACRONYMED_ORGANISATION = rx.u`^(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}\(\p{Lu}{2,6}\)\s+`;

/**
 * Whether the lead before the name m is an organisation with its acronym in brackets and then
 * only a description running into the name (`Millbrook Police Service (MPS) Duty Inspector Jane
 * Roe told`, `Tallwood Union of Transit Workers (TUTW) president Jane Roe said`): the brackets
 * break no sentence, so the name after them is the speaker as it is without them.
 */
export function describedByAcronymed(a: Analysis, i: number, m: Mention): boolean {
  if (m.kind !== "name") return false;
  const lead = a.text.slice(a.words[i]!.start, m.start);
  const org = ACRONYMED_ORGANISATION.exec(lead);
  if (!org) return false;
  if (org[0].length === lead.length) return true;
  const k = wordIndexAt(a, a.words[i]!.start + org[0].length);
  return k < m.first && describesName(a, k, m);
}

/**
 * `“…,” union leader Tom Reid and board chair Jane Roe said in a joint statement`: two people,
 * each named with a role, joined by `and` as the subject of one verb of saying. The words from
 * `i` are the first person's name (its role before it) and `and`, then the second's role.
 */
export function jointSubject(a: Analysis, i: number, m: Mention): boolean {
  if (m.kind !== "name") return false;
  const ws = a.words;
  let and = m.first - 1;
  while (and > i + 1 && m.first - and <= NAME_DESCRIPTION_MAX_WORDS && ws[and]!.text !== "and") and--;
  if (ws[and]!.text !== "and" || a.quoted[and] || !joined(a.text, ws[and - 1]!, ws[and]!)) return false;
  const first = npBackwardAt(a, and - 1, i);
  if (first?.kind !== "name") return false;
  // Each name's role runs into it as a description does (`union leader Tom Reid`).
  if (first.first > i && !describesName(a, i, first)) return false;
  return and + 1 === m.first ? joined(a.text, ws[and]!, ws[m.first]!) : describesName(a, and + 1, m);
}

/** Whether only a currency sign stands between word k and the amount after it (`for $15`). */
function currencyBetween(a: Analysis, k: number): boolean {
  const next = a.words[k + 1];
  return !!next && /^\d/.test(next.text) && /^ ?[$€£]$/.test(a.text.slice(a.words[k]!.end, next.start));
}

/**
 * Whether word k, inside a description before a name, belongs to an organisation's name: a
 * number (`$12`), or a link between a capitalised word and a capitalised word or number, no role yet
 * between it and the name (`Fares for $12 organizing director Tom Baker`).
 */
function inOrganisationName(a: Analysis, k: number, nameStart: number): boolean {
  const ws = a.words;
  const w = ws[k]!;
  if (/^\d/.test(w.text)) return k > 0 && ORGANISATION_NAME_LINKS.has(ws[k - 1]!.key);
  const next = ws[k + 1];
  return (
    ORGANISATION_NAME_LINKS.has(w.text) &&
    k > 0 &&
    startsUpper(ws[k - 1]!.text) &&
    !!next &&
    k + 1 < nameStart &&
    rx.u`^[\p{Lu}\d]`.test(next.text)
  );
}

/** A speaker noun, or a compound whose head after a hyphen is one (`co-anchor`, `ex-minister`, `vice-chair`). */
function isRoleKey(key: string): boolean {
  return isSpeakerNounKey(key) || (key.includes("-") && isSpeakerNounKey(key.slice(key.lastIndexOf("-") + 1)));
}

const LOWER_WORD = rx.u`^\p{Ll}[\p{Ll}-]*$`;

/** A lower-case word that can qualify a role before a name (`politics` in `politics editor`): no function word, no verb of saying. */
function modifiesRole(w: Word): boolean {
  return LOWER_WORD.test(w.text) && !FUNCTION_WORDS.has(w.key) && !SPEECH_VERBS.has(w.key) && !LINKS.has(w.key);
}
