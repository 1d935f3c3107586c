// Noun phrases that can name a speaker: proper names (with titles), pronouns, and
// descriptions such as `a spokesperson for the council`. Works on the words of a
// stretch of text and on the punctuation between them. This file reads the phrase forward
// or backward from a word; what its words are (mention-words), where a name runs
// (mention-names), whose office it is (mention-office-holders), whose affiliation
// (mention-affiliations) and whether a capital only opens a sentence
// (mention-sentence-openers) are decided in their own files, which
// the rest of the extractor imports directly.
import {
  AIDE_NOUNS,
  ARTICLES,
  AUTHORING_PARTICIPLES,
  BEFORE_DESCRIPTION,
  COUNT_NOUNS,
  DESCRIPTION_ENDS,
  DESCRIPTION_LINKS,
  DETERMINERS,
  ISSUED_WRITINGS,
  LINKS,
  MEDIUM_NOUNS,
  NOT_NAMES,
  NUMERAL,
  ORG_WORDS,
  PERSONAL_PRONOUNS,
  PERSONAL_WRITINGS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  RESIDENCE_HEADS,
  SUBORDINATORS,
  TITLES,
  WH_CLAUSE_OPENERS,
} from "./lexicon";
import { numberedUnitAt } from "./mention-affiliations";
import { bodyNameThroughAnd, joinedBodyStart } from "./mention-joined-bodies";
import { isLocalNumber, isRanking, isTimeZone, nameForward, nameThroughLink, nounsEnd, runs } from "./mention-names";
import {
  holderAfterInitials,
  holderAfterJoinedPortfolio,
  holderAfterJoinedTitles,
  holderAfterPortfolio,
  organisationEnd,
  personInPortfolio,
  titledHolderAfterBody,
} from "./mention-office-holders";
import {
  isCrownBody,
  isOffice,
  isPossessive,
  isSpeakerNoun,
  isTitle,
  joined,
  joinedInDescription,
  LOWER_WORD,
  type Mention,
  type MentionKind,
  personalPronoun,
  pluralPossessiveBefore,
} from "./mention-words";
import { isGivenName, isPlace } from "./names";
import { ED_PAST, isAgentParticiple } from "./subject-words";
import { capitalisedAt, isCapitalised, isLowerCase, type Tokens } from "./text";
import { rx } from "./unicode-regexps";

/**
 * Whether the possessive name at words [i, last] is a person's full name (a given name before
 * the surname) and the capitalised words after it, up to `more`, hold no given name or title: `Jane
 * Roe’s Riverside office`, `Jane Roe's Liberal Party Wins …` in a headline. `Russia's President
 * Putin` and `Donald Trump's Attorney General Jeff Sessions` still name the person after.
 */
function ownsNoName(t: Tokens, i: number, last: number, more: number): boolean {
  const ws = t.words;
  let given = false;
  for (let k = i; k < last && !given; k++) given = isGivenName(ws[k]!.text);
  if (!given) return false;
  for (let k = last + 1; k <= more; k++) {
    t.work.add();
    if (isGivenName(ws[k]!.text) || TITLES.has(ws[k]!.key)) return false;
  }
  return true;
}

/** Whether a determiner stands just before word i, only spaces between (`the Health Minister`). */
function afterDeterminer(t: Tokens, i: number): boolean {
  const before = t.words[i - 1];
  return !!before && DETERMINERS.has(before.key) && joined(t.text, before, t.words[i]!);
}

/** How far after a title its bracketed translation may run (` (Grand Chief) `). */
const BRACKETED_TITLE_MAX_CHARS = 40;

/** A title's translation in brackets between a title and a name: ` (Grand Chief) `. */
const BRACKETED_TITLE = rx.u`^ \((?:\p{Lu}[\p{L}.'’-]*(?: |\)))+ $`;

/**
 * The word that opens a full name (a given name, a capitalised word after it) after a title's
 * translation in brackets right after word `last`, or -1: the `Francis` of `Ogichidaa (Grand
 * Chief) Francis Kavanaugh`.
 */
function nameAfterBracketedTitle(t: Tokens, last: number): number {
  const ws = t.words;
  if (t.text[ws[last]!.end + 1] !== "(") return -1;
  // Past the bracket's own words to the first word after `)`, within a short reach.
  const reach = ws[last]!.end + BRACKETED_TITLE_MAX_CHARS;
  let k = last + 1;
  while (ws[k] && ws[k]!.end <= reach && !t.text.slice(ws[k - 1]!.end, ws[k]!.start).includes(")")) {
    t.work.add();
    k++;
  }
  const first = ws[k];
  if (!first || !ws[k + 1] || !BRACKETED_TITLE.test(t.text.slice(ws[last]!.end, first.start))) return -1;
  return isGivenName(first.text) && isCapitalised(ws[k + 1]!.text) && joined(t.text, first, ws[k + 1]!) ? k : -1;
}

/** An ordinal in digits, which may qualify an office (`Canada's 20th prime minister`). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A place's own government, which speaks as the place (`Alberta's government`, `Ontario's provincial government`). */
const PLACE_GOVERNMENT = new Set(["government", "administration"]);

/** How many words in lower case a place's possessive may qualify before their noun (`Canada’s largest municipal police`). */
const OWNED_DESCRIPTION_MAX_WORDS = 4;

/**
 * The head of a description a place's possessive at `last` (words i to last) opens, or -1: words
 * in lower case joined after it, up to a speaker's noun (`Ontario’s top court`, `Canada’s largest
 * municipal police service`, the run of nouns read to its end). Not the place's own government
 * (`Alberta's government`), which is the place speaking. A person's or a body's possessive is
 * left to the rules that read whose words they are (`Jane Roe’s lawyer`, `Acme’s statement`).
 */
function placeOwnsDescription(t: Tokens, i: number, last: number): number {
  const ws = t.words;
  if (!isPossessive(ws[last]!)) return -1;
  const place = ws.slice(i, last + 1).map((w) => w.key);
  if (!isPlace(place)) return -1;
  for (let k = last + 1; k < ws.length && k <= last + OWNED_DESCRIPTION_MAX_WORDS; k++) {
    t.work.add();
    const w = ws[k]!;
    if (!(isLowerCase(w.text) || ORDINAL.test(w.text)) || !joinedInDescription(t.text, ws[k - 1]!, w)) return -1;
    if (!isSpeakerNoun(w.key)) continue;
    // `police service`: a body's own word after the run of nouns closes its name.
    let head = nounsEnd(t, k);
    while (
      ws[head + 1] &&
      isLowerCase(ws[head + 1]!.text) &&
      ORG_WORDS.has(ws[head + 1]!.key) &&
      joined(t.text, ws[head]!, ws[head + 1]!)
    ) {
      t.work.add();
      head++;
    }
    // `Alberta's government`: the place's own government is the place speaking (a government).
    return PLACE_GOVERNMENT.has(ws[head]!.key) ? -1 : head;
  }
  return -1;
}

/**
 * Whether words i to last - 1 may name the place or body whose office is at last (`Lytton Mayor`,
 * `Ontario Premier`): a place, or words no given name opens (a small town the gazetteer lacks).
 * `Tom Mayor` is a person's name. Only where a word in lower case follows straight on (`Lytton
 * Mayor on his …`, `Attorney General of …`): before a comma the run may be a title set off
 * before its holder's name (`said Corvale Nurses Local 12 President, Ilse Marrow`), which other
 * rules read.
 */
function placeBeforeOffice(t: Tokens, i: number, last: number): boolean {
  const next = t.words[last + 1];
  if (!next || !isLowerCase(next.text) || !joined(t.text, t.words[last]!, next)) return false;
  // `raised $12,000 for Tanvir Judge since the fire`: after a preposition the run is its object, a
  // name; after `and` (`Office of the Information and Privacy Commissioner for B.C.`), a body's name goes on.
  const before = t.words[i - 1]?.key;
  if (before !== undefined && (PREPOSITIONS.has(before) || before === "and" || before === "&")) return false;
  t.work.add(last - i);
  return !isGivenName(t.words[i]!.text) || isPlace(t.words.slice(i, last).map((w) => w.key));
}

/** How many descriptions one phrase may chain through links (`a spokesman for the council of …`). */
const MAX_LINKED_PHRASES = 3;

/** The noun phrase starting at word i, or undefined. */
export function npForward(t: Tokens, i: number, depth = 0): Mention | undefined {
  const { text, words: ws } = t;
  const w = ws[i];
  if (!w) return undefined;
  t.work.add();
  // The mention is the pronoun alone, less any verb run on to it (`She’d`): see personalPronoun.
  const pronoun = personalPronoun(w);
  if (pronoun) return { start: w.start, end: w.start + pronoun.length, kind: "pronoun", first: i, last: i };
  // `the Rev. Jane Doe`
  if (w.key === "the" && ws[i + 1] && joined(text, w, ws[i + 1]!) && isTitle(ws[i + 1]!)) {
    const m = npForward(t, i + 1, depth);
    if (m && m.kind === "name") return { ...m, start: w.start, first: i };
  }
  // `Ward 3 Coun. Jane Roe`: a numbered ward before a councillor's title says whom she represents.
  const councillor = pastWardNumber(t, i);
  if (councillor > i) return npForward(t, councillor, depth);
  const counted = pastCount(t, i);
  if (capitalisedAt(text, w) && !DETERMINERS.has(w.key) && counted === i) {
    const name = nameForward(t, i);
    // `Los Angeles-area Sanders volunteer`: the name starts after a compound modifier inside its run.
    const modifier = name >= 0 ? runs(t).modifierIn[i]! : -1;
    if (modifier >= 0 && modifier < name) return npForward(t, modifier + 1, depth);
    let last = name >= 0 ? organisationEnd(t, name) : -1;
    const holder =
      last >= 0
        ? (holderAfterPortfolio(t, last) ??
          holderAfterJoinedPortfolio(t, i, last) ??
          holderAfterJoinedTitles(t, i, last) ??
          holderAfterInitials(t, last))
        : undefined;
    if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
    // `Ogichidaa (Grand Chief) Francis Kavanaugh`: a title, its translation in brackets, then the
    // person's full name, which the mention is.
    const bracketed = last >= 0 ? nameAfterBracketedTitle(t, last) : -1;
    if (bracketed >= 0) return npForward(t, bracketed, depth);
    // `The Opposition Leader’s comments`: capitalised words that end in an office, after a
    // determiner, name nobody; like `the leader`, they describe the office's holder, named elsewhere.
    // `Minister says he won't …` in a headline: an office alone, capitalised to open the sentence, describes its holder as `the minister` would.
    if (last === i && isOffice(w.key) && !isPossessive(w))
      return withLink(t, { start: w.start, end: w.end, kind: "nominal", first: i, last }, depth);
    // `Lytton Mayor on his community’s spirit` (a video's title): a place and an office, no name
    // after them, describe the office's holder as `the Lytton mayor` would.
    if (last > i && isOffice(ws[last]!.key) && (afterDeterminer(t, i) || placeBeforeOffice(t, i, last)))
      return withLink(t, { start: w.start, end: ws[last]!.end, kind: "nominal", first: i, last }, depth);
    // `Crown Corporation resumes …` in a headline: a kind of body however capitalised (isCrownBody).
    if (last === i + 1 && crownBodyAlone(t, i))
      return withLink(t, { start: w.start, end: ws[last]!.end, kind: "nominal", first: i, last }, depth);
    if (last >= 0) {
      // `Fisheries and Oceans Canada`: a body's name runs on past `and`, where the run stopped.
      last = bodyNameThroughAnd(t, i, last);
      // `Russia's President Putin`: a possessive name qualifies the name after it.
      const owned = ws[last + 1];
      // `Vancouver’s No.1 said`: the owner of a ranking is not who holds it, and the ranking names no one.
      if (owned && isPossessive(ws[last]!) && isRanking(owned) && joined(text, ws[last]!, owned)) return undefined;
      if (
        owned &&
        isCapitalised(owned.text) &&
        ((isPossessive(ws[last]!) && joined(text, ws[last]!, owned)) || pluralPossessiveBefore(text, ws[last]!, owned))
      ) {
        const more = nameForward(t, last + 1);
        // `Unifor's Twitter account`: the medium is the owner's, not a name of its own.
        const medium = more >= 0 ? ws[more + 1] : undefined;
        if (medium && MEDIUM_NOUNS.has(medium.key) && joined(text, ws[more]!, medium))
          return withLink(t, { start: w.start, end: medium.end, kind: "nominal", first: i, last: more + 1 }, depth);
        // `Jane Roe’s Riverside office`: a person's full name owns what follows, which names no one.
        if (more >= 0 && ownsNoName(t, i, last, more))
          return withLink(t, { start: w.start, end: ws[last]!.end, kind: "name", first: i, last }, depth);
        // `Ontario's Minister of Harbour Safety Jane Roe`: the office after the possessive names its holder.
        const holder = more >= 0 ? holderAfterPortfolio(t, more) : undefined;
        if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
        if (more >= 0) return withLink(t, { start: w.start, end: ws[more]!.end, kind: "name", first: i, last: more }, depth);
      }
      // `Ontario’s top court has ordered`, `Canada’s largest municipal police service said`: a
      // place's possessive opens a description of its own; the place is no subject of the clause.
      const described = placeOwnsDescription(t, i, last);
      if (described >= 0)
        return withLink(t, { start: w.start, end: ws[described]!.end, kind: "nominal", first: i, last: described }, depth);
      return withLink(t, { start: w.start, end: ws[last]!.end, kind: "name", first: i, last }, depth);
    }
  }
  // A description: determiner, a few modifiers, a speaker noun.
  const det = counted > i ? counted - i : DETERMINERS.has(w.key) || isPossessive(w) ? 1 : 0;
  for (let k = i + det; k < Math.min(ws.length, i + det + 6); k++) {
    t.work.add();
    if (k > i && !joinedInDescription(text, ws[k - 1]!, ws[k]!)) break;
    // `the Halifax, N.S., resident`, `the longtime Regina native`: a place before a noun of residence.
    const place = det && isCapitalised(ws[k]!.text) ? nameForward(t, k) : -1;
    const home = place >= 0 ? residenceAfter(t, place) : -1;
    if (home >= 0) return withLink(t, { start: w.start, end: ws[home]!.end, kind: "nominal", first: i, last: home }, depth);
    // `said the Crown Corporation`: the kind of body with its determiner (isCrownBody).
    if (det && crownBodyAlone(t, k))
      return withLink(t, { start: w.start, end: ws[k + 1]!.end, kind: "nominal", first: i, last: k + 1 }, depth);
    if (isSpeakerNoun(ws[k]!.key) && (det || k === i)) {
      // Take the last of a run of nouns: `the campaign spokesman`.
      const head = nounsEnd(t, k);
      const holder = holderAfterPortfolio(t, head);
      if (holder) return { start: ws[holder.first]!.start, end: ws[holder.last]!.end, kind: "name", ...holder };
      // `lead author Dr. Jane Doe`: a description that runs straight into a name is her title.
      const next = ws[head + 1];
      if (next && joined(text, ws[head]!, next) && isCapitalised(next.text)) {
        const last = nameForward(t, head + 1);
        // `the union’s Twitter account`: a possessor's name of a medium is no one's title.
        const medium = last >= 0 && isPossessive(ws[head]!) ? ws[last + 1] : undefined;
        if (medium && MEDIUM_NOUNS.has(medium.key) && joined(text, ws[last]!, medium))
          return withLink(t, { start: w.start, end: medium.end, kind: "nominal", first: i, last: last + 1 }, depth);
        // `the 16-year-old Swedish activist`, `a 45-year-old Toronto man`: capitalised words
        // before another person's noun qualify it; the description runs on to that noun.
        const home = last >= 0 ? residenceAfter(t, last) : -1;
        if (home >= 0) return withLink(t, { start: w.start, end: ws[home]!.end, kind: "nominal", first: i, last: home }, depth);
        // `The Edmonton Police Service`: a capitalised noun inside a body's capitalised name is no
        // title before a person's; the whole name is read from its first word instead.
        if ((last === head + 1 && insideBodyName(t, i + det, head)) || bodyNameRunsOn(t, head, last)) return undefined;
        if (last >= 0 && !qualifiesSpeakerNoun(t, last))
          return { start: next.start, end: ws[last]!.end, kind: "name", first: head + 1, last };
        if (last >= 0) {
          k = last;
          continue;
        }
      }
      return withLink(t, { start: w.start, end: ws[head]!.end, kind: "nominal", first: i, last: head }, depth);
    }
    if (!det && k === i) break;
    if (LINKS.has(ws[k]!.key) || DESCRIPTION_ENDS.has(ws[k]!.key) || verbAfterName(t, k)) break;
    // `an email obtained by the Corvale Courier`: after a writing's noun, a participle and its
    // agent end the phrase; the agent's noun (`Courier`) is no head of it. Only a writing's: the
    // documents' rules say who its agent is, and `the deal negotiated by President Obama` is
    // left whole, as no one's mention, as it was.
    if (k > i && ISSUED_WRITINGS.has(ws[k - 1]!.key) && isAgentParticiple(t, k)) break;
  }
  return undefined;
}

/**
 * Whether words k and k + 1 are a Crown body (isCrownBody, `Crown Corporation`) that no role or
 * name runs on from: `Crown Corporation spokesperson Jon Hamilton` names the spokesperson, whom
 * the name's reading finds after it.
 */
function crownBodyAlone(t: Tokens, k: number): boolean {
  const ws = t.words;
  const noun = ws[k + 1];
  if (!noun || !isCrownBody(ws[k]!.key, noun.key) || !joined(t.text, ws[k]!, noun)) return false;
  const after = ws[k + 2];
  return !after || !joined(t.text, noun, after) || !(isCapitalised(after.text) || isSpeakerNoun(after.key));
}

/**
 * Whether word k is a verb in the past or `has`/`have` right after a capitalised word, or after
 * one adverb after it: `The Corvale Stampeders released receiver Jane Roe`, `The Acme Corp. has
 * hired lawyer Tom Baker`, `The Stampeders also released linebacker Tom Baker`. The capitals
 * before it are the clause's subject, and what follows the verb its object, no description of
 * the person named after it.
 */
function verbAfterName(t: Tokens, k: number): boolean {
  const ws = t.words;
  const w = ws[k]!;
  if (!ED_PAST.test(w.text) && !HAVE_FORMS.has(w.text)) return false;
  const before = k > 1 && VERB_ADVERBS.test(ws[k - 1]!.text) ? k - 2 : k - 1;
  // Not a determiner capitalised to open its sentence: `The retired neurosurgeon` is one description.
  return before >= 0 && isCapitalised(ws[before]!.text) && !DETERMINERS.has(ws[before]!.key);
}

/** `has` and `have` in lower case, which after a name open its verb (verbAfterName). */
const HAVE_FORMS = new Set(["has", "have", "had"]);
/** An adverb between a subject and its verb: `also`, `then`, `quickly` (verbAfterName). */
const VERB_ADVERBS = rx.u`^(?:also|then|later|\p{Ll}+ly)$`;

/**
 * The title after a numbered seat (`Ward 3 Coun. Jane Roe`): the name starts at the title, since
 * the number stops the capitalised run and left `Ward` alone as the name. Returns i otherwise.
 */
function pastWardNumber(t: Tokens, i: number): number {
  const { text, words: ws } = t;
  const title = ws[i + 2];
  if (!isCapitalised(ws[i]!.text) || !numberedUnitAt(t, i) || !title || !joined(text, ws[i + 1]!, title)) return i;
  return isTitle(title) ? i + 2 : i;
}

/** Words that make a number a rough one: `about 200 protesters`. */
const APPROXIMATORS = new Set(["about", "around", "roughly", "nearly", "almost", "some", "over"]);

/**
 * The word after a count that opens a description (`about 200 protesters`, `Hundreds of striking
 * nurses`, `dozens of farmers`): a count stands where a determiner would, and the people it counts
 * are the description's head. Returns i when no count opens it.
 */
function pastCount(t: Tokens, i: number): number {
  const ws = t.words;
  const k = APPROXIMATORS.has(ws[i]!.key) && ws[i + 1] && joined(t.text, ws[i]!, ws[i + 1]!) ? i + 1 : i;
  const w = ws[k]!;
  const next = ws[k + 1];
  if (!next || !joined(t.text, w, next)) return i;
  if (NUMERAL.test(w.text)) return k + 1;
  if (k === i && COUNT_NOUNS.has(w.key) && next.key === "of" && ws[k + 2] && joined(t.text, next, ws[k + 2]!)) return k + 2;
  return i;
}

/**
 * Whether the speaker noun at `head` is a word of a body's capitalised name that starts at
 * `from`, after the determiner, and ends in one more word (`The Edmonton Police Service`): the
 * noun and the word before it capitalised, the noun no title and the word after it neither a
 * title nor a given name (`the Calgary Police Chief Jane Roe`, `Police Sgt. Roe` name people).
 */
function insideBodyName(t: Tokens, from: number, head: number): boolean {
  const ws = t.words;
  const noun = ws[head]!;
  const next = ws[head + 1]!;
  return (
    head > from &&
    isCapitalised(noun.text) &&
    isCapitalised(ws[head - 1]!.text) &&
    !isTitle(noun) &&
    !isTitle(next) &&
    !isGivenName(next.text)
  );
}

/**
 * Whether word j is a role's initialism (`MP`, `CEO`; a speaker noun all in capitals) right
 * after a lower-case word of its description (npBackward). Not a capitalised word (`the eventual
 * Republican`, `the Washington Post`), which may open or end a name.
 */
function roleAfterModifier(t: Tokens, j: number): boolean {
  const w = t.words[j]!;
  const prev = t.words[j - 1];
  return !!prev && ROLE_INITIALISM.test(w.text) && isSpeakerNoun(w.key) && isLowerCase(prev.text) && joinedInDescription(t.text, prev, w);
}

/** Two capitals or more, and nothing else: `MP`, `MPP`, `CEO`. */
const ROLE_INITIALISM = rx.u`^\p{Lu}{2,}$`;

/**
 * Whether the capitalised speaker noun at `head` and the capitalised words after it, to `last`,
 * are one body's name, which ends in an organisation's word (`The Conservation Officer Service`,
 * `The Canadian Consumer Finance Association`): after the noun no title, no given name. A
 * person's noun capitalised before a name is a title (`Conservation Officer Jane Roe`); one in a
 * body's name qualifies only the body.
 */
function bodyNameRunsOn(t: Tokens, head: number, last: number): boolean {
  const ws = t.words;
  if (last <= head || !isCapitalised(ws[head]!.text) || !ORG_WORDS.has(ws[last]!.key)) return false;
  for (let k = head + 1; k <= last; k++) if (isTitle(ws[k]!) || isGivenName(ws[k]!.text)) return false;
  return true;
}

/** Whether the lower-case word right after word `last` is a person's noun, which the words before it qualify. */
function qualifiesSpeakerNoun(t: Tokens, last: number): boolean {
  const next = t.words[last + 1];
  return next !== undefined && LOWER_WORD.test(next.text) && isSpeakerNoun(next.key) && joined(t.text, t.words[last]!, next);
}

/**
 * The noun of where one lives or comes from that a place qualifies (`the 21-year-old Mississauga
 * native`, `the Halifax, N.S., resident`, the province set off by commas): its index, or -1.
 */
function residenceAfter(t: Tokens, last: number): number {
  const { text, words: ws } = t;
  // Two places to look, without an array made per call (asked at every capitalised word after a determiner).
  for (let k = last + 1; k <= last + 2; k++) {
    const noun = ws[k];
    if (!noun || !RESIDENCE_HEADS.has(noun.key) || !LOWER_WORD.test(noun.text)) continue;
    const gap = text.slice(ws[last]!.end, noun.start);
    if (k === last + 1 ? joined(text, ws[last]!, noun) : PLACE_SET_OFF.test(gap)) return k;
  }
  return -1;
}

/** A province's or state's abbreviation set off by commas after a place: `, Ont., `, `, N.S., `. */
const PLACE_SET_OFF = rx.u`^, \p{Lu}[\p{L}.]{0,5},\s+$`;

/** `a spokesman for the Treasury Department`: a description runs on through one link to a name. */
function withLink(t: Tokens, m: Mention, depth: number): Mention {
  const { text, words: ws } = t;
  const link = ws[m.last + 1];
  if (depth >= MAX_LINKED_PHRASES || m.kind !== "nominal" || !link || !DESCRIPTION_LINKS.has(link.key) || !joined(text, ws[m.last]!, link))
    return m;
  let k = m.last + 2;
  if (ws[k] && ARTICLES.has(ws[k]!.key)) k++;
  // `chief medical officer with the Lakeview Coroners Service Dr. Jane Roe`: the titled holder after the body.
  const holder = titledHolderAfterBody(t, k);
  if (holder) return holder;
  const n = ws[k] && joined(text, ws[k - 1]!, ws[k]!) ? npForward(t, k, depth + 1) : undefined;
  if (!n || n.kind === "pronoun") return m;
  const last = n.kind === "name" ? bodyNameOn(t, n.last) : n.last;
  return { ...m, end: ws[last]!.end, last };
}

/**
 * `organizer for Fairness for Farm Workers`, `a spokesperson for Friends of the Earth`: the
 * body a role is linked to may run on through `for` or `of` (and `the`) to more capitals, which
 * the run of capitals stopped at; the whole is the body's name. Returns the name's last word,
 * `last` itself when none runs on. Reads a few words and one run of capitals: a bounded window.
 */
function bodyNameOn(t: Tokens, last: number): number {
  const k = nameThroughLink(t, last);
  if (k < 0 || isGivenName(t.words[k]!.text)) return last;
  const end = nameForward(t, k);
  return end >= 0 ? end : last;
}

/** How many words a place's name may take after its first word: `New York`, `New Hampshire`. */
const PLACE_REST_WORDS = 2;

/**
 * Whether the capitalised word before the name run i..j is a word that is no name (`New`,
 * `The`) opening a place's name with the run: `New York`, `The Hague`. Reads at most three
 * words, and looks the place up only after a capitalised word of NOT_NAMES.
 */
function opensPlace(t: Tokens, i: number, j: number): boolean {
  const ws = t.words;
  const pv = ws[i - 1];
  if (!pv || j - i >= PLACE_REST_WORDS || !isCapitalised(pv.text) || !NOT_NAMES.has(pv.key) || !joined(t.text, pv, ws[i]!)) return false;
  const keys = [pv.key];
  for (let k = i; k <= j; k++) keys.push(ws[k]!.key);
  return isPlace(keys);
}

/**
 * `one week after Riverton police have said`, `It’s what Millbrook police call`: the words before a
 * noun that describe it are determiners, adjectives and nouns; a link, a word that comes before a
 * description (`and`, `that`, `said`), `according`, a preposition, a subordinator, a pronoun or a
 * wh-word before them ends the phrase, or the speaker is `Week after Riverton police`.
 * (`neither minister`, `all officials`: a quantifier opens the phrase, and stays.)
 */
const ENDS_PREMODIFIERS = new Set([
  ...LINKS,
  ...BEFORE_DESCRIPTION,
  "according",
  ...PREPOSITIONS,
  ...SUBORDINATORS,
  ...PERSONAL_PRONOUNS,
  ...RELATIVE_PRONOUNS,
  ...WH_CLAUSE_OPENERS,
  "where",
]);

/**
 * `Baker’s email said`, `the union’s note reads`: a writing that a name's possessive owns is
 * read back as its owner's phrase, as a speaker's noun is, though `email` or `note` alone is no
 * speaker's noun (the possessor then speaks through it, as for `Baker’s letter`). Only a
 * person's writing: `the province’s budget` is no speaker's phrase.
 */
function ownedWriting(t: Tokens, j: number): boolean {
  const before = t.words[j - 1];
  return PERSONAL_WRITINGS.has(t.words[j]!.key) && !!before && isPossessive(before) && joined(t.text, before, t.words[j]!);
}

/** Words after an author's description that name whom the author acts for (`a lawyer for Tom Roe`, `the office of Mayor Tom Roe`): npBackward. */
const ACTING_FOR = new Set(["for", "to", "of"]);
/** Participles after an author's description that name who leads it (`a team led by Dr. Ana Vey`). */
const LEADING_PARTICIPLES = new Set(["led", "headed", "chaired"]);

/**
 * Whether the description that article a opens and word j ends names a writing's author after
 * `by`: a body led by someone (`a team led by Dr. Ana Vey`) or a body's name of two words or more
 * (`the Orvane Consulting firm`). Not one that acts for someone after it (`the office of Mayor Tom
 * Vell`, `a lawyer for Tom Roe`), nor a noun after a single capital, often a place
 * (`a Dunmore engineer`, `a Corvale firm`), whose capital alone would stand for the author.
 */
function articledAuthor(t: Tokens, a: number, j: number): boolean {
  const ws = t.words;
  const after = ws[j + 1]?.key ?? "";
  if (ACTING_FOR.has(after)) return false;
  if (LEADING_PARTICIPLES.has(after)) return true;
  let capitals = 0;
  for (let n = a + 1; n < j; n++) if (isCapitalised(ws[n]!.text)) capitals++;
  return capitals >= 2 || (capitals === 0 && isCapitalised(ws[j]!.text));
}

/** The noun phrase that ends with word j, or undefined. */
export function npBackward(t: Tokens, j: number, depth = 0): Mention | undefined {
  const { text, words: ws } = t;
  const w = ws[j];
  if (!w) return undefined;
  t.work.add();
  const pronoun = personalPronoun(w);
  if (pronoun) return { start: w.start, end: w.start + pronoun.length, kind: "pronoun", first: j, last: j };
  if (w.key === "who" || w.key === "which") return { start: w.start, end: w.end, kind: "relative", first: j, last: j };
  let i = j;
  // A name, from its last word: a capital, or a union local's number (`CUPE Local 500`).
  // `top federal MP`, `the local MP`: a role's capitals after a modifier in lower case are the
  // noun of a description, as `the MP` is forward, not a name of their own.
  const named = (isCapitalised(w.text) && !roleAfterModifier(t, j)) || isLocalNumber(t, j);
  if (named) {
    // `a post from 6 p.m. CST said`: a time zone ends a time, read backward as forward (nameForward).
    if (isTimeZone(t, j)) return undefined;
    const r = runs(t);
    i = r.nameStart[j]!;
    // `New York`, `The Hague`: a place whose name opens with a word that is no name (`New`) is
    // named whole, or `York` alone would stand as a person a later `he said` could resolve to.
    if (opensPlace(t, i, j)) return { start: ws[i - 1]!.start, end: w.end, kind: "name", first: i - 1, last: j };
    // Alone, such a word is no one, save the page's surname (`Al From`, then `From said`: runs' `given`).
    if (((NOT_NAMES.has(ws[i]!.key) && r.given[i] !== 1) || r.modifier[i] === 1) && i === j) return undefined;
    while (i < j && NOT_NAMES.has(ws[i]!.key) && !isTitle(ws[i]!) && r.given[i] !== 1) {
      t.work.add();
      i++;
    }
    // `Fisheries and Oceans Canada said`: the body's name runs back past `and`, as forward.
    i = joinedBodyStart(t, i, j);
  } else if (isSpeakerNoun(w.key) || w.key === FAMILY || ownedWriting(t, j)) {
    while (i - 1 >= 0 && j - i < 6 && joinedInDescription(text, ws[i - 1]!, ws[i]!) && !DETERMINERS.has(ws[i]!.key)) {
      t.work.add();
      if (ENDS_PREMODIFIERS.has(ws[i - 1]!.key)) {
        // `the physics and astronomy professor said`: two modifiers joined by `and` after an article.
        if (
          i - 3 >= 0 &&
          ws[i - 1]!.key === "and" &&
          isLowerCase(ws[i - 2]!.text) &&
          ARTICLES.has(ws[i - 3]!.key) &&
          joined(text, ws[i - 3]!, ws[i - 2]!)
        ) {
          i -= 2;
          continue;
        }
        break;
      }
      i--;
    }
    i = bodyNameThroughOf(t, i, j);
  } else return undefined;
  // `a spokesperson for the Council`: reach back through one link to the description.
  let k = i - 1;
  if (k >= 0 && ARTICLES.has(ws[k]!.key) && joined(text, ws[k]!, ws[i]!)) k--;
  // `the Minister of Parks and Waterways says`: a portfolio of names joined by `and` is one
  // link's object; reach back past its first name to the `of` before it.
  if (
    named &&
    k >= 1 &&
    ws[k]!.key === "and" &&
    isCapitalised(ws[k - 1]!.text) &&
    joined(text, ws[k]!, ws[i]!) &&
    !personInPortfolio(t, i, j)
  ) {
    let first = runs(t).nameStart[k - 1]!;
    // `the Minister of Trade, Tourism and Waterways says`: a portfolio listed with commas, back to its first part.
    for (let n = 0; n < PORTFOLIO_LIST_MAX_PARTS && first >= 2 && text.slice(ws[first - 1]!.end, ws[first]!.start) === ", "; n++) {
      t.work.add();
      if (!isCapitalised(ws[first - 1]!.text)) break;
      first = runs(t).nameStart[first - 1]!;
    }
    if (ws[first - 1]?.key === "of" && joined(text, ws[k - 1]!, ws[k]!)) k = first - 1;
  }
  // `a statement by Acme said`: a writing runs on through `by` to its author, as it does through
  // `from`; so does `the review written by Jane Roe said`, past the participle of its writing.
  // Only a name or an article right after `by`: in `the report prepared by lawyers for Tom Roe
  // said` the lawyers, a bare description, are the subject that speaks, and Roe only whom they act
  // for; `by the Acme firm`, `by a team led by Dr. Roe` name the author as before, unless the
  // description acts for someone after it (`by a lawyer for Tom Roe`, `by an aide to Roe`).
  const authored =
    ws[k]?.key === "by" &&
    k - 2 >= 0 &&
    AUTHORING_PARTICIPLES.has(ws[k - 1]!.key) &&
    joined(text, ws[k - 2]!, ws[k - 1]!) &&
    (isCapitalised(ws[k + 1]?.text ?? "") || (ARTICLES.has(ws[k + 1]?.key ?? "") && articledAuthor(t, k + 1, j)));
  const writingEnd = authored ? k - 2 : k - 1;
  const byWriting = ws[k]?.key === "by" && writingEnd >= 0 && ISSUED_WRITINGS.has(ws[writingEnd]!.key);
  if (
    depth < MAX_LINKED_PHRASES &&
    k >= 0 &&
    (DESCRIPTION_LINKS.has(ws[k]!.key) || byWriting || (ws[k]!.key === "to" && AIDE_NOUNS.has(ws[k - 1]?.key ?? ""))) &&
    k - 1 >= 0 &&
    joined(text, ws[k - 1]!, ws[k]!)
  ) {
    // `chief medical officer with the Lakeview Coroners Service Dr. Jane Roe said`: a titled full
    // name closing the body's run is its holder's, the speaker.
    const holder = titledHolderAfterBody(t, k + 2);
    if (holder?.last === j) return holder;
    const desc = npBackward(t, byWriting ? writingEnd : k - 1, depth + 1);
    if (desc && desc.kind === "nominal") return { ...desc, end: w.end, last: j };
    // `Jane Roe Chairman of the Joint Council said`: the office a comma-less appositive gives a
    // person's name is no word of it (nameForward's officeAfterName): the name before it speaks.
    // Only that cut, one office word off a name a given name opens (not `Ontario’s Minister of Health`).
    const holderEnd = desc?.kind === "name" && ws[k]!.key === "of" && isGivenName(ws[desc.first]!.text) ? nameForward(t, desc.first) : -1;
    if (desc && holderEnd > desc.first && holderEnd === desc.last - 1 && isOffice(ws[desc.last]!.key))
      return { ...desc, end: ws[holderEnd]!.end, last: holderEnd };
    // `Ontario’s Minister of Health says`: an office, however its holder's place is written
    // before it, describes whoever holds it; `Health` is its portfolio, no one who spoke. Not
    // when the run after `of` holds a person's name (`Officer of Health Dr. Jane Roe said`).
    if (desc && named && ws[k]!.key === "of" && isOffice(ws[desc.last]!.key) && !personInPortfolio(t, k + 1, j))
      return { ...desc, kind: "nominal", end: w.end, last: j };
  }
  // `the Crown Corporation said`: a kind of body however capitalised (isCrownBody).
  const crown = named && i === j - 1 && isCrownBody(ws[i]!.key, w.key);
  // `that` before a noun phrase is far more often the conjunction than the determiner.
  if (i - 1 >= 0 && DETERMINERS.has(ws[i - 1]!.key) && ws[i - 1]!.key !== "that" && joined(text, ws[i - 1]!, ws[i]!)) i--;
  const kind: MentionKind = named ? "name" : "nominal";
  // `the NDP Leader`, `the Health Minister`: an office after a determiner describes its holder, as in lower case.
  const described = crown || (kind === "name" && i < j && DETERMINERS.has(ws[i]!.key) && isOffice(ws[j]!.key));
  return { start: ws[i]!.start, end: w.end, kind: described ? "nominal" : kind, first: i, last: j };
}

/** How many parts before `and` a portfolio listed with commas may hold (`of Trade, Tourism, Culture and Waterways`). */
const PORTFOLIO_LIST_MAX_PARTS = 4;

/**
 * `the family of Darren Pellow said`, `Roe's family has called on`: a family speaks as one, so its
 * noun heads a description read back from the verb like a speaker's noun, and the name after its
 * `of` is whose family it is, never the speaker (often the one the family mourns). Not among the
 * speakers' nouns themselves, which many rules read as a person's.
 */
const FAMILY = "family";

/** How many names joined by `and` a body's name may hold before its `of` (`Mill and Forest Workers`). */
const BODY_NAME_AND_PARTS = 2;

/**
 * `the Mill and Forest Workers of Canada union`, `the Court of Appeal panel`: a body's capitalised
 * name that runs through `of` (and names joined by `and` before it) qualifies the noun after it,
 * which the walk back from the noun stopped at `of`. Returns the name's first word, i when no
 * such name stands before i. Reads back a few runs of capitals: a bounded window.
 */
function bodyNameThroughOf(t: Tokens, i: number, noun: number): number {
  const { text, words: ws } = t;
  const of = ws[i - 1];
  // ws[i] is asked apart from the loop below: when the walk back stopped at the noun itself
  // (i === noun), the loop reads nothing (`The Office of staff said` names no `Office of staff`).
  if (of?.text !== "of" || i - 2 < 0 || !isCapitalised(ws[i]!.text) || !isCapitalised(ws[i - 2]!.text)) return i;
  if (!joined(text, of, ws[i]!) || !joined(text, ws[i - 2]!, of) || NOT_NAMES.has(ws[i - 2]!.key)) return i;
  // Only capitals, no possessive, between `of` and the noun: `One of Lustrik’s old allies`
  // is a part of a group, no body's name.
  for (let k = i; k < noun; k++) if (!isCapitalised(ws[k]!.text) || isPossessive(ws[k]!)) return i;
  const r = runs(t);
  let first = r.nameStart[i - 2]!;
  for (let n = 0; n < BODY_NAME_AND_PARTS; n++) {
    const and = ws[first - 1];
    const pv = ws[first - 2];
    if (!and || !pv || (and.text !== "and" && and.text !== "&") || !isCapitalised(pv.text) || !joined(text, pv, and)) break;
    t.work.add();
    first = r.nameStart[first - 2]!;
  }
  // Not a person's name (`Jane Roe of Acme union`): a person is never the body's name.
  return isGivenName(ws[first]!.text) || isTitle(ws[first]!) ? i : first;
}
