// The speaker after the verb that follows a quotation: `“…,” said Jane Roe`, `said veteran guard
// Jane Doe`, `said the designer`, `encouraged Jane Doe`, `” to the families, said Jane Roe`, and
// the mirror `“…,” an angry Jane Roe retaliated` with any past tense. Separate because the
// inverted order names its speaker in ways the subject before a verb never does (a bare role,
// a place before a noun, a page cut off mid-name).
import type { Analysis } from "./analysis";
import { isKnownSurname, ONLY_A_COMMA } from "./clause-subjects";
import {
  AGE_AND_HOUSEHOLD_NOUNS,
  DESCRIPTION_ENDS,
  DETERMINERS,
  FUNCTION_WORDS,
  HEAD_LINKS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  STANDALONE_SPEAKERS,
  SUBORDINATORS,
  TITLES,
} from "./lexicon";
import { personAfterAffiliation } from "./mention-affiliations";
import { partAfterAnd } from "./mention-office-holders";
import { isPersonNoun, isSpeakerNoun as isSpeakerNounKey, isTitle, joined, type Mention, nameModifiesNoun } from "./mention-words";
import { npBackward, npForward } from "./mentions";
import { isPlace, REGION_MAX_WORDS } from "./names";
import { ED_PAST, opensAgentPhrase } from "./subject-words";
import { subjectOf } from "./subjects";
import { isLowerCase } from "./text";
import { AFTER_VERB_MAX_WORDS } from "./thresholds";

/**
 * `“…,” said Libe` closing the text: a page cut off mid-name leaves a lone capitalised fragment
 * with nothing after it, not even a full stop, where a sentence would end; it names no one. So
 * too after a title (`acknowledged Coun. Bre`): the title says what the person is, the fragment
 * is no name, unless a surname known from before (`said Coun. Roe`), or a role the page wrote
 * whole before, cut off itself (`Health Minister Jane Roe` ... `said Health Min`), which roles.ts reads.
 */
export function cutOffByEnd(a: Analysis, m: Mention): boolean {
  if (m.kind !== "name" || m.last !== a.words.length - 1 || m.end !== a.text.trimEnd().length) return false;
  let first = m.first;
  while (first < m.last && isTitle(a.words[first]!)) first++;
  if (first !== m.last || isKnownSurname(a, first === m.first ? m : { ...m, first })) return false;
  return first === m.first || !cutRoleIntroduced(a, m.first, first);
}

/**
 * Whether the words before the text's end, titles [from, at) and the fragment at `at`, were
 * written whole before as a role (`Health Minister Jane Roe` ... `said Health Min`): a role cut
 * off, whose holder roles.ts's roleHolder reads. Not any title the fragment begins (`said Coun.
 * Ma` names no one), nor a role no person was named with. Reads the words before: asked once
 * per text at most.
 */
function cutRoleIntroduced(a: Analysis, from: number, at: number): boolean {
  const ws = a.words;
  const fragment = ws[at]!.key;
  for (let i = 0; i + at - from < from; i++) {
    let k = 0;
    while (k < at - from && ws[i + k]!.key === ws[from + k]!.key) k++;
    const title = ws[i + k]!.key;
    if (k !== at - from || title === fragment || !title.startsWith(fragment) || !TITLES.has(title)) continue;
    // Held, as roleHolder reads it: a person's name right after the whole role (`Health Minister
    // Jane Roe`), not the role of an office (`the Deputy Minister of Health office`).
    const after = i + k + 1;
    if (a.names.some((n) => n.member.kind === "person" && n.mention.first <= after && after <= n.mention.last)) return true;
  }
  return false;
}

/** Verbs of saying that invert after a quotation running on (`” to the families, said Jane Roe.`). */
const RUN_ON_VERBS = new Set(["said", "says", "added", "adds"]);

/**
 * `“It is giving some answers” to the families, said Grand Chief Jane Roe.`: the quotation runs on
 * into words of the sentence, and `said` set off by a comma, with a name closing the sentence
 * after it, is the inverted attribution of the whole, as `“…,” said Jane Roe` is.
 */
export function invertedAfterComma(a: Analysis, v: number, i: number, end: number): Mention | undefined {
  const ws = a.words;
  const verb = ws[v]!;
  // Only where the quotation's sentence runs on in lower case (`” to the families`): after
  // `“…,” Jane Roe, an adviser, told AFP` the name before the comma is the subject, and only
  // verbs that take no person as object (`told AFP`).
  if (v <= i || !RUN_ON_VERBS.has(verb.text) || !isLowerCase(ws[i]!.text) || a.quoted[i]) return undefined;
  if (!/^[\s"”'’»]*$/.test(a.text.slice(a.words[i - 1]?.end ?? 0, ws[i]!.start))) return undefined;
  if (!ONLY_A_COMMA.test(a.text.slice(ws[v - 1]!.end, verb.start)) || !ws[v + 1] || !joined(a.text, verb, ws[v + 1]!)) return undefined;
  // `”… the files of 40 patients, says the Dunmore Health Authority.`: a body's name takes `the`.
  const the = ws[v + 1]!.key === "the" && ws[v + 2] && joined(a.text, ws[v + 1]!, ws[v + 2]!) && !isLowerCase(ws[v + 2]!.text);
  const found = npForward(a, the ? v + 2 : v + 1);
  const m = found && (nameAfterBareRole(a, found, end) ?? found);
  if (m?.kind !== "name") return undefined;
  const person = personAfterAffiliation(a, m, true);
  return /^\s*(?:[.;!?]|$)/.test(a.text.slice(ws[person.last]!.end, end + 1)) ? person : undefined;
}

/** How many lower-case words may run from a bare role to the name it qualifies (`veteran point guard Jane Doe`). */
const BARE_ROLE_MAX_WORDS = 3;

/** How many `and` and `of` a bare role may hold besides its words (`deputy mayor and minister of ferries`), or more words when it ends in a person's noun. */
const BARE_ROLE_LINKS = 2;

/**
 * `said veteran guard Jane Doe`: a role without a determiner that runs straight into a
 * name is that name's title, so the name is the speaker, not the role.
 */
export function nameAfterBareRole(a: Analysis, m: Mention, end: number): Mention | undefined {
  const ws = a.words;
  if (m.kind !== "nominal" || DETERMINERS.has(ws[m.first]!.key)) return undefined;
  // `said Acme president and CEO Jane Roe`: a role after the company's name opens with a capital,
  // but a second office joined by `and` still runs on to the name as after a bare role; so does
  // a title capitalised before a role in lower case (`said Chief coroner Lisa Lapointe`), through
  // person's nouns alone: `said Chief economist at Desjardins`, `Retired teachers in Nova Scotia`
  // name a place or a body after a link, no holder.
  const capitalisedTitle = !isLowerCase(ws[m.first]!.text) && ws[m.last + 1]?.text !== "and";
  if (capitalisedTitle && !isTitle(ws[m.first]!)) return undefined;
  // `said deputy premier and finance minister Jane Roe`, `said leader of the opposition Jane
  // Roe`: a second office joined by `and`, or a portfolio after `of`, runs on to the name; the
  // link is not counted among the role's words.
  // `said chief public health officer Dr. Jane Roe`: a longer role may still run on to the name
  // when it ends in a person's noun right before it.
  let reach = BARE_ROLE_MAX_WORDS;
  for (let k = m.last + 1; k <= m.last + BARE_ROLE_MAX_WORDS + BARE_ROLE_LINKS && ws[k] && ws[k]!.end <= end; k++) {
    a.work.add();
    if (!joined(a.text, ws[k - 1]!, ws[k]!) || a.quoted[k]) return undefined;
    if ((ws[k]!.text === "and" || ws[k]!.text === "of") && reach < BARE_ROLE_MAX_WORDS + BARE_ROLE_LINKS) reach++;
    if (isLowerCase(ws[k]!.text)) {
      if (capitalisedTitle && !isPersonNoun(ws[k]!.key)) return undefined;
      continue;
    }
    if (k > m.last + reach && !isSpeakerNounKey(ws[k - 1]!.key)) return undefined;
    const name = npForward(a, k);
    return name?.kind === "name" ? name : undefined;
  }
  return undefined;
}

/** How many words a parenthesis set off by dashes after a quotation may run to. */
const DASH_PARENTHESIS_MAX_WORDS = 8;

/**
 * The first word after a parenthesis that opens right after the quotation with a dash and
 * closes with another (`” — upping the ante — declared …`), else i unchanged.
 */
export function pastDashParenthesis(a: Analysis, from: number, i: number, end: number): number {
  const ws = a.words;
  if (!/^\s*(?:[—–]|--)\s*$/.test(a.text.slice(from, ws[i]!.start))) return i;
  for (let k = i + 1; k < ws.length && k <= i + DASH_PARENTHESIS_MAX_WORDS && ws[k]!.end <= end; k++) {
    a.work.add();
    const gap = a.text.slice(ws[k - 1]!.end, ws[k]!.start);
    if (/[—–]|--/.test(gap)) return isLowerCase(ws[k]!.text) ? k : i;
    if (/[.;:!?"“”]/.test(gap)) return i;
  }
  return i;
}

/** Irregular past tenses that can stand inverted before a speaker like `said` (`sang the choir`). */
const IRREGULAR_INVERTED_PAST = new Set(["sang", "spoke", "swore", "shot", "wrote", "cried", "replied", "quipped"]);

/**
 * `“Ole! Ole!” encouraged guard Jane Doe.`: any past-tense verb straight after a quotation
 * that ends in `,` `!` or `?`, then a name that closes the clause, inverts subject and verb
 * the way `said Jane Doe` does. The name must end its clause so that `“…” prompted Jane Doe
 * to leave` (an object with more to come) stays unattributed.
 */
export function nameAfterAnyVerb(a: Analysis, from: number, i: number, end: number): Mention | undefined {
  const ws = a.words;
  const verb = ws[i];
  if (!verb || a.quoted[i] || !/[,!?]["”'’»]*$/.test(a.text.slice(Math.max(0, from - 4), from))) return undefined;
  if (!/^\s*$/.test(a.text.slice(from, verb.start)) && ws[i - 1] && !/[—–]|--/.test(a.text.slice(ws[i - 1]!.end, verb.start)))
    return undefined;
  if (!ED_PAST.test(verb.text) && !IRREGULAR_INVERTED_PAST.has(verb.text)) return undefined;
  for (let k = i + 1; k <= i + AFTER_VERB_MAX_WORDS && ws[k] && ws[k]!.end <= end; k++) {
    a.work.add();
    if (!joined(a.text, ws[k - 1]!, ws[k]!) || a.quoted[k]) return undefined;
    const m = npForward(a, k);
    if (!m) continue;
    // `encouraged veteran guard Jane Doe`: a bare role runs into the name after it.
    const name = nameAfterBareRole(a, m, end) ?? m;
    if (name.kind !== "name") return undefined;
    const person = personAfterAffiliation(a, name, true);
    return /^\s*(?:[.,;!?]|$)/.test(a.text.slice(ws[person.last]!.end, end + 1)) ? person : undefined;
  }
  return undefined;
}

/** How many words may open a clause before its closing verb after a quotation (`an angry Jane Mary Roe retaliated`). */
const SUBJECT_BEFORE_ANY_VERB_WORDS = 6;

/**
 * `“Millbrook will always be Millbrook,” an angry Jane Roe retaliated.`: the mirror of
 * nameAfterAnyVerb. A name straight after a quotation that ends in `,` `!` or `?`, then any
 * past-tense verb that closes the clause, speaks the words as with `Jane Roe said`: no verb
 * list names every way of saying (`started`, `retaliated`, `marvelled`). The verb must end its
 * clause, so that `“…” Jane Roe adopted as her motto` (an object to come) stays unattributed.
 */
export function nameBeforeAnyVerb(a: Analysis, from: number, i: number, end: number): Mention | undefined {
  const ws = a.words;
  if (!ws[i] || a.quoted[i] || !/[,!?]["”'’»]*$/.test(a.text.slice(Math.max(0, from - 4), from))) return undefined;
  if (!/^\s*$/.test(a.text.slice(from, ws[i]!.start))) return undefined;
  for (let v = i + 1; v <= i + SUBJECT_BEFORE_ANY_VERB_WORDS && ws[v] && ws[v]!.end <= end; v++) {
    a.work.add();
    if (a.quoted[v] || !joined(a.text, ws[v - 1]!, ws[v]!)) return undefined;
    if (!ED_PAST.test(ws[v]!.text) && !IRREGULAR_INVERTED_PAST.has(ws[v]!.text)) continue;
    // A verb of saying had its turn in the lists' rules: what they refused, this does not take.
    if (SPEECH_VERBS.has(ws[v]!.key) || !/^\s*(?:[.,;!?]|$)/.test(a.text.slice(ws[v]!.end, end + 1))) return undefined;
    const m = subjectOf(a, v, i);
    return m?.kind === "name" && m.first >= i && m.last === v - 1 ? m : undefined;
  }
  return undefined;
}

/** Openers of a description that follows an inverted verb: `said the designer`, `wrote one commenter`, `tweeted another`. */
const INVERTED_DESCRIPTION_OPENERS = new Set(["the", "a", "an", ...STANDALONE_SPEAKERS]);

/** Words opening a subordinate clause after an inverted verb's description (describedAfterVerb): `after`, `while`, `as`. */
const CLAUSE_AFTER_DESCRIPTION = new Set([...SUBORDINATORS, "as"]);

/** How many words such a description runs to (`a Wednesday editorial in …` stops at `in`). */
const INVERTED_DESCRIPTION_MAX_WORDS = 5;

/**
 * The description right after an inverted speech verb, whatever its noun: after a quotation,
 * `said the designer, who …` or `asked the boy` can only name the speaker, so the noun need
 * not be one the lexicon knows as a speaker's. It runs to a comma, a link word or a relative.
 */
export function describedAfterVerb(a: Analysis, k: number, end: number): Mention | undefined {
  const ws = a.words;
  const opener = ws[k]!;
  if (!INVERTED_DESCRIPTION_OPENERS.has(opener.key) || opener.text !== opener.key || a.quoted[k]) return undefined;
  let last = k;
  for (let j = k + 1; j < ws.length && j <= k + INVERTED_DESCRIPTION_MAX_WORDS && ws[j]!.end <= end; j++) {
    a.work.add();
    const w = ws[j]!;
    if (a.quoted[j] || !joined(a.text, ws[j - 1]!, w) || DESCRIPTION_ENDS.has(w.key) || HEAD_LINKS.has(w.key)) break;
    // `wrote a German user after reading it`: a subordinate clause after the description is the sentence's.
    if (CLAUSE_AFTER_DESCRIPTION.has(w.key)) break;
    // `said a shocked Rivard after seeing her time`: a name after the article and its adjectives is
    // who spoke, described in passing; the words after it are the sentence's, no description's.
    // Not a name that modifies a noun after it (`a German user`, `one Trump confidant`).
    if (!isLowerCase(w.text)) {
      const name = npForward(a, j);
      if (name?.kind === "name" && !nameModifiesNoun(a.text, ws, name.last) && ws.slice(k + 1, j).every((x) => isLowerCase(x.text)))
        return name;
    }
    // `said an email forwarded by Tomas Rell`: the participle and its agent are no words of the description.
    if (opensAgentPhrase(a, j)) break;
    last = j;
  }
  // `tweeted another`, `wrote one`: the pronoun-like opener alone, ended by punctuation or the clause.
  const alone = last === k && STANDALONE_SPEAKERS.has(opener.key);
  if (last === k && !alone) return undefined;
  if (!alone && !isLowerCase(ws[last]!.text)) return undefined;
  return { start: opener.start, end: ws[last]!.end, kind: "nominal", first: k, last };
}

/**
 * `says Toronto doctor`, `said Alberta farmer`, `says Winnipeg gallery curator`: after an inverted
 * verb, a place right before a speaker's noun in lower case says where the speaker is from; the
 * description is who speaks (named later, or no one), never the place. A name after the noun
 * (`said Alberta farmer Jane Roe`) was taken before this is asked.
 */
export function placeBeforeNoun(a: Analysis, m: Mention, end: number): Mention | typeof MODIFIER | undefined {
  const ws = a.words;
  if (m.kind !== "name") return undefined;
  const keys = ws.slice(m.first, m.last + 1).map((w) => w.key);
  if (!isPlace(keys)) return undefined;
  const last = placeJoinedByAnd(a, m.last, keys, end);
  let noun = -1;
  let k = last + 1;
  for (; k <= last + PLACE_NOUN_MAX_WORDS && ws[k] && ws[k]!.end <= end; k++) {
    a.work.add();
    if (!isLowerCase(ws[k]!.text) || !joined(a.text, ws[k - 1]!, ws[k]!) || endsNounRun(ws[k]!.key)) break;
    if (isSpeakerNounKey(ws[k]!.key)) noun = k;
  }
  // `says Ottawa senior`, `says B.C. teen bullied for months`: a noun of age or household right
  // after the place, with no speaker's noun in the run, is the head of the speaker's description.
  const next = ws[last + 1];
  if (noun < 0 && k > last + 1 && next && AGE_AND_HOUSEHOLD_NOUNS.has(next.key))
    return { start: m.start, end: next.end, kind: "nominal", first: m.first, last: last + 1 };
  const described = noun >= 0 ? npBackward(a, noun) : undefined;
  if (described && described.first === m.first) return described;
  // `Newfoundland and Labrador premier`: the description runs from the place's first word, past its `and`.
  if (described && last > m.last && described.first > m.first && described.first <= last)
    return { ...described, start: m.start, first: m.first };
  // Some other noun right after it (`Winnipeg gallery`): the place only qualifies that noun.
  return k > last + 1 && next && !FUNCTION_WORDS.has(next.key) && !PREPOSITIONS.has(next.key) ? MODIFIER : undefined;
}

/**
 * `says N.S. man whose wife died`, `says Calgary woman after flood`: a relative, a preposition or
 * a function word ends the run of nouns after the place; a noun past it (`wife`) is another
 * person's, not the head of the speaker's description.
 */
function endsNounRun(key: string): boolean {
  return RELATIVE_PRONOUNS.has(key) || FUNCTION_WORDS.has(key) || PREPOSITIONS.has(key);
}

/**
 * The last word of a place whose gazetteer name joins two with `and` (`Newfoundland and
 * Labrador`, `Trinidad and Tobago`), read on from a place's name that ends at `last`; `last`
 * itself when no such name follows. The name reader stops at `and`, so `says Newfoundland and
 * Labrador premier` would leave the premier's place as the speaker.
 */
function placeJoinedByAnd(a: Analysis, last: number, keys: string[], end: number): number {
  const ws = a.words;
  // `and` with the word after it, all joined by spaces alone, as a name's second part is written.
  if (partAfterAnd(a, last) < 0) return last;
  let found = last;
  const joinedKeys = [...keys, "and"];
  for (let j = last + 2; j <= last + 1 + REGION_MAX_WORDS && ws[j] && ws[j]!.end <= end; j++) {
    a.work.add();
    if (isLowerCase(ws[j]!.text) || !joined(a.text, ws[j - 1]!, ws[j]!)) break;
    joinedKeys.push(ws[j]!.key);
    if (isPlace(joinedKeys)) found = j;
  }
  return found;
}

/** placeBeforeNoun's answer for a place that only qualifies the noun after it. */
export const MODIFIER = "modifier";

/** How many lower-case words may follow a place before the speaker's noun ends (`Ottawa city councillor`). */
const PLACE_NOUN_MAX_WORDS = 3;
