// The cast of an article: people and organisations, each with every name it goes by.
// A later short form (`Suslov`) joins the full name it shortens (`Dmitry Suslov`), and a
// short form that comes first (a headline's `Trump`) joins the full name found later.
// A mention's parts are read in ./name-parts, its kind in ./actor-kinds; the indexes the
// cast keeps are in ./cast-indexes.
import { kindOf } from "./actor-kinds";
import { Index, MAX_UNNAMED_SKIPPED, MentionsInOrder } from "./cast-indexes";
import { BODY_NICKNAMES, FEMALE_TITLES, MALE_TITLES, NAME_PARTICLES, PARTY_PLURALS, SURNAME_BODY_WORDS } from "./lexicon";
import { type NameParts, nameParts } from "./name-parts";
import { genderOfGivenName, hasGuessedGender, isGivenName, isNoGivenNameOrGuessed, isPlace } from "./names";
import { insertAt, insertionIndex, lastAtOrBefore } from "./spans";
import type { ActorKind } from "./types";
import { rx } from "./unicode-regexps";
import { MEMBER_STEPS, Work } from "./work";

/** The title of a superior court's judge: `Justice Jane Roe`. */
const BENCH_STYLE = "justice";

export interface CastMember {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  gender?: "m" | "f";
  /** Lower-case name words, for matching short forms. */
  tokens: string[];
  /** Titles it was given (`president`, `sen`), for descriptions such as `the president`. */
  titles: Set<string>;
  /** Offsets of its mentions outside quotations, in text order. */
  seen: number[];
  /** Known only by a common noun (`a neighbour`, `the victim’s mother`): the text names no one. */
  unnamed?: boolean;
}

/** The last mention of `member` at or before `at`, or undefined. */
function seenAtOrBefore(member: CastMember, at: number): number | undefined {
  return member.seen[lastAtOrBefore(member.seen, at)];
}

/**
 * `Jane O'Roe` -> `jane-oroe`: the name in lower case, unaccented, apostrophes dropped, each run of
 * other characters than a-z and 0-9 one hyphen, none at either end. One walk over the name,
 * where four replacements each made a string (a new member's id is made from every name); each
 * run of letters and digits is added whole, where a character at a time made a string for each.
 */
export function slug(s: string): string {
  const lower = unaccented(s).toLowerCase();
  let out = "";
  // A run of other characters seen since the last letter or digit: a hyphen, if one follows.
  let gap = false;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (c === 39 || c === 0x2019) i++;
    else if (isSlugChar(c)) {
      let end = i + 1;
      while (end < lower.length && isSlugChar(lower.charCodeAt(end))) end++;
      if (gap && out.length > 0) out += "-";
      gap = false;
      out += lower.slice(i, end);
      i = end;
    } else {
      gap = true;
      i++;
    }
  }
  return out || "actor";
}

/** A character a slug keeps: a-z or 0-9. */
function isSlugChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** `Valérie` -> `Valerie`. ASCII has no accents to strip: most names skip the normalising. */
function unaccented(s: string): string {
  return NON_ASCII.test(s) ? s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : s;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A mention read once: its parts, tokens and kind, and the keys the cast's indexes file it under. */
interface ParsedName extends NameParts {
  tokens: string[];
  kind: ActorKind;
  /** The tokens joined by spaces: the key of `byTokens`. */
  key: string;
  /** The first and last tokens: the key of `byFirstAndLast`. */
  firstAndLast: string;
  /** One word that names a place: `Canada`, `Austin`. */
  lonePlace: boolean;
  /** The sex its titles give (`Mr.`, `Mrs.`), and the sex its first word's given name gives. */
  titledGender: "m" | "f" | undefined;
  givenGender: "m" | "f" | undefined;
  /** One word with a capital after a small letter inside it (RUN_TOGETHER_NAME): `NaginaShrestha`. */
  runTogether: boolean;
}

/** How many people sharing a last word a compound surname is compared with: far more than an article names. */
const MAX_SURNAME_BEARERS = 16;

/**
 * The first letters a misspelt surname keeps (`Mi-tsuige`, `De-ary`), and its shortest length;
 * the surname it misspells may be a letter shorter (`Deary` for `Dery`).
 */
const STEM = 2;
const MIN_MISSPELT = 5;

/**
 * Whether `a` turns into `b` by at most `max` edits (a letter inserted, dropped, changed, or two
 * neighbours swapped): the restricted Damerau distance, over two short words, with a band of `max`.
 */
function editsWithin(a: string, b: string, max: number): boolean {
  if (a === b || Math.abs(a.length - b.length) > max) return a === b;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * A curly apostrophe, and the combining comma above a letter that some Indigenous spellings
 * write for it (`Tk̓emlups`, `Tk’emlups`): one name's words however a page spells the glottal
 * stop, as `O’Brien` and `O'Brien` are one surname.
 */
const APOSTROPHE_LIKE = /’|\u0313|\u0315/g;

/** A name word as the cast files it: lower case, no final full stop, APOSTROPHE_LIKE straightened (the few words with one replaced). */
function tokenOf(word: string): string {
  const lower = word.toLowerCase();
  const bare = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return bare.includes("’") || bare.includes("\u0313") || bare.includes("\u0315") ? bare.replace(APOSTROPHE_LIKE, "'") : bare;
}

/**
 * The cast, with indexes by name and by word, so that finding the member a mention
 * refers to costs the members that share its words, not the whole cast.
 */
export class Cast {
  readonly members: CastMember[] = [];
  private readonly order = new Map<CastMember, number>();
  private readonly byTokens = new Map<string, CastMember>();
  /** People named in full, by their name words run together: what a handle spells (`@JaneRoe`). */
  private readonly byRunTogether = new Map<string, CastMember>();
  private readonly byId = new Map<string, CastMember>();
  private readonly byFirstAndLast = new Index<CastMember>();
  private readonly byFirst = new Index<CastMember>();
  private readonly byLast = new Index<CastMember>();
  /** People named in full, by their last name's first letters: where a misspelt surname finds its bearer. */
  private readonly byLastStem = new Index<CastMember>();
  /**
   * Every mention of a member, in text order, under each of its name words, titles and role
   * words: what a description (`the president`) can refer to, found by binary search.
   */
  private readonly mentionsByWord = new Map<string, MentionsInOrder<CastMember>>();
  private readonly wordsOf = new Map<CastMember, Set<string>>();
  /** Ids by name, made once per distinct name: a description (`the spokesman`) recurs all through an article. */
  private readonly ids = new Map<string, string>();
  /** A mention's parts, tokens and kind, read once per distinct mention: names recur all through an article. */
  private readonly parsed = new Map<string, ParsedName>();

  constructor(private readonly work: Work = new Work()) {}

  private parse(mention: string): ParsedName {
    let p = this.parsed.get(mention);
    if (!p) {
      const { titles, words, roled } = nameParts(mention);
      const tokens = words.map(tokenOf);
      const kind = kindOf(words, tokens, titles.length > 0 || roled === true);
      // The index keys made here, once per distinct mention, not on every `byName` of it.
      const key = tokens.join(" ");
      const firstAndLast = `${tokens[0]} ${tokens.at(-1)}`;
      const lonePlace = tokens.length === 1 && isPlace(tokens);
      // Read from the mention's own titles and words, as the rest is: the same on every byName of it.
      const titledGender = genderOfTitles(titles);
      const givenGender = words.length >= 2 ? genderOfGivenName(words[0]!) : undefined;
      const runTogether = tokens.length === 1 && RUN_TOGETHER_NAME.test(words[0] ?? "");
      this.parsed.set(mention, (p = { titles, words, tokens, kind, key, firstAndLast, lonePlace, titledGender, givenGender, runTogether }));
    }
    return p;
  }

  private idOf(name: string): string {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = slug(name)));
    return id;
  }

  prepare(names: string[]) {
    for (const n of names) {
      const { words, kind } = this.parse(n);
      if (words.length >= 2 && kind === "person") this.byName(n, -1, false);
    }
  }

  get(id: string): CastMember | undefined {
    return this.byId.get(id);
  }

  /** Whether `key` (a lower-case word) is the last name of a person the cast knows by a full name, other than `except`. */
  isSurname(key: string, except?: CastMember): boolean {
    return this.byLast.get(key).some((m) => {
      this.work.add();
      return m !== except && isNamedInFull(m);
    });
  }

  /** Whether `key` (a lower-case word) is the last name of exactly one person the cast knows by a full name: a surname alone is then that person's. */
  isSoleSurname(key: string): boolean {
    let count = 0;
    for (const m of this.byLast.get(key)) {
      this.work.add();
      if (isNamedInFull(m) && ++count > 1) return false;
    }
    return count === 1;
  }

  /**
   * The one person named in full with the last name `key` whom the cast knows to be of `sex`,
   * seen at `at`: which of a couple named together (`Mark and Patti Chipman`) their bare
   * surname stands for, when a pronoun after it tells (pairPronounSex). Undefined when none or
   * more than one is.
   */
  soleBearerOfSex(key: string, sex: "m" | "f", at: number): CastMember | undefined {
    let found: CastMember | undefined;
    for (const m of this.byLast.get(key)) {
      this.work.add();
      if (!isNamedInFull(m) || m.gender !== sex) continue;
      if (found) return undefined;
      found = m;
    }
    if (found) this.see(found, at);
    return found;
  }

  /** Whether another person the cast knows shares a member's last name (`Tom Baker` and `Mary Baker`): a surname alone is then either's. */
  sharesSurname(member: CastMember): boolean {
    const last = member.tokens.at(-1);
    return last !== undefined && this.isSurname(last, member);
  }

  /** The member whose name words, titles or role hold `word` and who was mentioned last before `at`. */
  lastWithWord(word: string, at: number): CastMember | undefined {
    const list = this.mentionsByWord.get(word);
    this.work.add();
    return list?.lastAtOrBefore(at - 1);
  }

  /**
   * As lastWithWord, but only a member the text names: `Hamilton police` for a later `police`,
   * not the `Police` of an unnamed `police said` between them.
   */
  lastNamedWithWord(word: string, at: number): CastMember | undefined {
    const list = this.mentionsByWord.get(word);
    this.work.add(MAX_UNNAMED_SKIPPED);
    return list?.lastAtOrBefore(at - 1, true);
  }

  /** Files `member` under `word`, with the mentions it has had so far. */
  private fileUnder(member: CastMember, word: string): void {
    const words = this.wordsOf.get(member)!;
    if (words.has(word)) return;
    words.add(word);
    let list = this.mentionsByWord.get(word);
    if (!list) this.mentionsByWord.set(word, (list = new MentionsInOrder<CastMember>()));
    this.work.add(member.seen.length);
    for (const at of member.seen) list.add(at, member);
  }

  private see(member: CastMember, at: number): void {
    insertAt(member.seen, insertionIndex(member.seen, at), at);
    for (const word of this.wordsOf.get(member)!) {
      this.mentionsByWord.get(word)!.add(at, member);
    }
  }

  /**
   * `key` and `firstAndLast`: the member's tokens joined by spaces, and its first and last token,
   * which a member named by a mention has from its parse already.
   */
  private join(member: CastMember, key = member.tokens.join(" "), firstAndLast = `${member.tokens[0]} ${member.tokens.at(-1)}`): void {
    this.work.add(MEMBER_STEPS);
    this.order.set(member, this.members.length);
    this.members.push(member);
    if (!this.byTokens.has(key)) this.byTokens.set(key, member);
    if (isNamedInFull(member)) {
      const together = member.tokens.join("");
      if (!this.byRunTogether.has(together)) this.byRunTogether.set(together, member);
    }
    if (!this.byId.has(member.id)) this.byId.set(member.id, member);
    this.byFirstAndLast.add(firstAndLast, member);
    if (member.tokens[0] !== undefined) this.byFirst.add(member.tokens[0], member);
    if (member.tokens.length > 0) this.byLast.add(member.tokens.at(-1)!, member);
    if (isNamedInFull(member)) this.byLastStem.add(member.tokens.at(-1)!.slice(0, STEM), member);
    this.wordsOf.set(member, new Set());
    for (const t of member.tokens) this.fileUnder(member, t);
    // No role (or an empty one) files the member under the empty word, as splitting it gave, without the expression.
    for (const r of member.role ? member.role.toLowerCase().split(/\W+/) : NO_ROLE_WORDS) this.fileUnder(member, r);
  }

  /**
   * Files `member` under an office written in lower case before its name (`integrity
   * commissioner Jane Roe`), where a description (`the commissioner`) finds it, without making
   * the office a title: a common noun there describes more than it titles.
   */
  fileUnderOffice(member: CastMember, office: string): void {
    this.fileUnder(member, office);
  }

  private entitle(member: CastMember, title: string): void {
    member.titles.add(title);
    this.fileUnder(member, title);
    // `Superior Court Justice Jane Roe` … `the judge said`: a judge styled Justice is a judge, as
    // Canadian news calls the one it titled so.
    if (title === BENCH_STYLE && member.kind === "person") this.entitle(member, "judge");
  }

  /** The first of `members` that passes `test`, counting the members it looks at. */
  private first(members: readonly CastMember[], test: (m: CastMember) => boolean): CastMember | undefined {
    for (const m of members) {
      this.work.add();
      if (test(m)) return m;
    }
    return undefined;
  }

  /**
   * The members under `t` as their last word or their first, each once (a member may be under
   * both), in the order they joined. Both lists are in that order already (each is filed when it
   * joins), so they are merged, not gathered in a set and sorted; a list alone is returned as it is.
   */
  private underFirstOrLast(t: string): readonly CastMember[] {
    const last = this.byLast.get(t);
    const first = this.byFirst.get(t);
    if (first.length === 0) return last;
    if (last.length === 0) return first;
    const out: CastMember[] = [];
    let i = 0;
    let j = 0;
    while (i < last.length && j < first.length) {
      const x = last[i]!;
      const y = first[j]!;
      const byX = this.order.get(x)!;
      const byY = this.order.get(y)!;
      if (byX <= byY) {
        out.push(x);
        i++;
        if (byX === byY) j++;
      } else {
        out.push(y);
        j++;
      }
    }
    while (i < last.length) out.push(last[i++]!);
    while (j < first.length) out.push(first[j++]!);
    return out;
  }

  /** The member a name mention at `at` refers to, created when new. */
  byName(mention: string, at: number, record = true): CastMember {
    const { titles, words, tokens, kind, key, firstAndLast, lonePlace, titledGender, givenGender, runTogether } = this.parse(mention);
    // `Mounties announced`: a body's nickname alone is the body, under the name it goes by, and
    // stands for it from then on (alias); not where the cast holds a name the word ends (`the
    // Mount Allison Mounties`, a team), which the bare word then stands for as a surname does.
    const nicknamed = tokens.length === 1 ? BODY_NICKNAMES.get(key) : undefined;
    if (nicknamed && !this.byTokens.has(key) && this.byLast.get(key).length === 0) {
      const body = this.byName(nicknamed, at, record);
      this.alias(key, body);
      return body;
    }
    // `NaginaShrestha said` after `Nagina Shrestha`: a full name the page ran together (a
    // capital inside the word shows the seam) is that person, as a handle spelling it is.
    let member = runTogether ? this.byRunTogether.get(key) : undefined;
    // A lone place name is a person's surname when a person of that name is in the cast
    // (`Austin` after `Lloyd Austin`), and otherwise the place itself: `Canada` is not `Global Affairs Canada`.
    if (!member && lonePlace) {
      member = this.latest(this.byLast.get(tokens[0]!).filter(isNamedInFull), at);
      member ??= this.byTokens.get(tokens[0]!);
    } else if (!member && (tokens.length >= 2 || kind !== "person")) {
      // A surname ending in s (`Collins`, `Jones`) reads as a group alone, and a body's word that is also
      // a surname (`Fox` after `Aaron Fox`) as the body: a person of that name comes first, and otherwise
      // the body, found by its longer name as well (`Court` after `Supreme Court`).
      if (tokens.length === 1 && (kind === "group" || SURNAME_BODY_WORDS.has(key)))
        member = this.latest(this.byLast.get(tokens[0]!).filter(isNamedInFull), at);
      // `Kotisis said` after `Julie Kotsis`: a surname ending in s that reads as a group is a
      // person's misspelt all the same (misspeltSurnameBearer), by a letter slipped in only: a
      // letter changed is too near a group's own word (`Tories` to a `Torres`), a letter left out
      // is how a surname spelt as a word with a letter more reads as that word's plural again
      // (`Hawks` the team after `Jane Hawkes`, `Stars` after `Tom Starrs`), and an `s` added at
      // the end makes the plural (`Republicans` after `Ohio Republican`), as does one slipped in
      // right before a surname's last `s` (`Hawks` after `Jane Haws`, `Tories` after `Jane Toris`).
      if (!member && tokens.length === 1 && kind === "group" && titles.length === 0 && !this.byTokens.has(key)) {
        const bearer = this.misspeltSurnameBearer(tokens[0]!);
        const surname = bearer?.tokens.at(-1);
        if (bearer && surname && oneLetterSlippedIn(tokens[0]!, surname) && !readsAsPlural(tokens[0]!, surname)) member = bearer;
      }
      // `St. Louis said` after `Martin St. Louis`: a place's name opening on a particle is the
      // surname of the one person named in full with it, as a lone place's is (`Austin` above).
      if (!member && kind !== "person" && NAME_PARTICLES.has(tokens[0]!) && isPlace(tokens))
        member = this.particleSurnameBearer(tokens, titledGender);
      member ??= this.byTokens.get(key);
      // `the Times` after `The New York Times`; `Barack Obama` after `Barack Hussein Obama`.
      member ??= this.first(this.byFirstAndLast.get(firstAndLast), (m) => m.kind === kind && m.tokens.length > tokens.length);
      if (!member && kind !== "person" && tokens.length === 1) member = this.first(this.byLast.get(tokens[0]!), (m) => m.kind === kind);
      // `North Wilson` after `Sheila North Wilson`: a first word the long generated lists alone
      // call a given name may still open a compound surname. So may a particle the lists call one
      // (`Van Hoof` after `Lindsay Van Hoof`, `Van der Berg` after `Kevin Van der Berg`): capitalised,
      // as Dutch surnames are in Canada, it read as the given name `Van` of a new person.
      // Only one such bearer, whose own title shows no other sex than the mention's honorific.
      if (!member && kind === "person") {
        if (isNoGivenNameOrGuessed(tokens[0]!)) member = this.compoundSurnameBearer(tokens, at);
        else if (NAME_PARTICLES.has(tokens[0]!)) member = this.particleSurnameBearer(tokens, titledGender);
      }
    } else if (!member) {
      const t = tokens[0]!;
      const sharing = this.underFirstOrLast(t);
      this.work.add(sharing.length);
      // `Cochrane` after `Frank Cochrane` and `Cochrane Family Farms`: a word that ends a person's
      // name after a given name is that person's surname, not the first word of a name that only
      // its capitals show to be a person's (showsNoPerson: a farm's, a firm's), however often that
      // name was given. The word's own given-name look-up first: it decides whether the scan matters.
      const people = sharing.filter(isNamedInFull);
      const surnamed = !isGivenName(t) && people.some((m) => m.tokens.at(-1) === t && isGivenName(m.tokens[0]!));
      // `Rebecca's brother Jeremy` where the text names `Jeremy Roe` and `Jeremy Doe`: a given
      // name alone that the text gives to two people or more names neither by itself (news adds a
      // surname to tell them apart), so it is a member of its own, not the one named most before it.
      if (!sharedGivenName(people, t))
        member = this.bearer(
          byHonorific(surnamed ? people.filter((m) => m.tokens[0] !== t || !showsNoPerson(m)) : people, titledGender),
          at,
        );
      member ??= this.byTokens.get(t);
      if (!member && titles.length === 0) member = this.misspeltSurnameBearer(t);
    }
    if (!member) {
      // Joined once, for the id and the name both.
      const name = words.join(" ");
      member = {
        id: slug(name),
        name,
        kind,
        role: null,
        tokens,
        titles: new Set(),
        seen: [],
      };
      this.join(member, key, firstAndLast);
    }
    // An honorific is the text's own word for the person's sex, and wins over the guess the long
    // generated lists made from a given name: `Mr. Macklem` after `Tiff Macklem`. Not over a
    // curated list's name or an honorific before (`Mr. Roe` after `Jane Roe` is her husband).
    // Asked only where an honorific gives a sex, and before this one's titles join the member's.
    const guessed =
      titledGender !== undefined &&
      member.gender !== undefined &&
      member.tokens.length >= 2 &&
      hasGuessedGender(member.tokens[0]!) &&
      genderOfTitles(member.titles) === undefined;
    for (const t of titles) this.entitle(member, t);
    if (titledGender && (member.gender === undefined || guessed)) member.gender = titledGender;
    member.gender ??= givenGender;
    if (record && at >= 0) this.see(member, at);
    return member;
  }

  /** The person a handle spells, name words run together (`@JaneRoe` for `Jane Roe`), if the cast knows one. */
  byHandle(handle: string): CastMember | undefined {
    return this.byRunTogether.get(handle.toLowerCase());
  }

  /** Makes a one-word name (an acronym) stand for `member` from now on: `PRB` after `Provincial Review Board (PRB)`. */
  alias(key: string, member: CastMember): void {
    this.byTokens.set(key, member);
  }

  /** A member that no name stands for: `a spokesperson for the council`, the editorial `we`. */
  described(name: string, kind: ActorKind, role: string | null, at: number): CastMember {
    const id = this.idOf(name);
    let member = this.byId.get(id);
    if (!member) {
      member = { id, name, kind, role, tokens: name.toLowerCase().split(/\s+/), titles: new Set(), seen: [] };
      this.join(member);
    }
    if (at >= 0) this.see(member, at);
    return member;
  }

  /**
   * Which of several people sharing a surname the surname alone stands for: the one mentioned
   * most so far, as news keeps the bare surname for its main figure and names a relative in full
   * (`his wife, Sophie Trudeau`); between people mentioned as often, the last mentioned.
   */
  private bearer(members: CastMember[], at: number): CastMember | undefined {
    if (members.length < 2) return this.latest(members, at);
    let best: CastMember | undefined;
    let bestCount = 0;
    for (const m of members) {
      this.work.add();
      const count = lastAtOrBefore(m.seen, at) + 1;
      if (count > bestCount) {
        bestCount = count;
        best = m;
      }
    }
    const latest = this.latest(members, at);
    return best && latest && lastAtOrBefore(latest.seen, at) + 1 === bestCount ? latest : (best ?? latest);
  }

  /**
   * `St-Pierre Plamondon` after `Paul St-Pierre Plamondon`, `Ruiz Massieu` after `Claudia Ruiz
   * Massieu`: a surname of two words or more, given alone, stands for the person named in full
   * with it. Only when its first word is no given name, which would make it a full name of its own.
   */
  private compoundSurnameBearer(tokens: string[], at: number): CastMember | undefined {
    return this.latest(this.surnameBearers(tokens), at);
  }

  /**
   * `Van Hoof` after `Lindsay Van Hoof`, `De Blasio` after `Bill de Blasio`: a surname opening on
   * a particle, which the lists also call a given name (`Van Morrison`), stands for the one person
   * named in full with it. Two bearers (`Tom Van Jones`, `Mary Van Jones`) leave it a name of its
   * own, and so does one whose own title shows the other sex than the mention's honorific (`Ms.
   * Van Hoof` after `Mr. Tom Van Hoof`), as byHonorific reads a one-word surname.
   */
  private particleSurnameBearer(tokens: string[], gender: "m" | "f" | undefined): CastMember | undefined {
    const bearers = this.surnameBearers(tokens);
    return bearers.length === 1 ? byHonorific(bearers, gender)[0] : undefined;
  }

  /** The people named in full with the surname of two words or more `tokens` (at most MAX_SURNAME_BEARERS). */
  private surnameBearers(tokens: string[]): CastMember[] {
    const n = tokens.length;
    const surname = tokens.join(" ");
    return this.byLast.filterFirst(
      tokens[n - 1]!,
      (m) => {
        this.work.add();
        return m.kind === "person" && m.tokens.length > n && m.tokens.slice(-n).join(" ") === surname;
      },
      MAX_SURNAME_BEARERS,
    );
  }

  /**
   * `Mitsuige said` after `Chief Ronald Mitsuing`, `Carreen said` after `Eugene Careen`: a bare
   * surname that no one in the cast bears, a letter or two off the surname of the one person
   * named in full who shares its first letters, is that surname misspelt, not a new speaker
   * (whom news would have named in full). Only a bearer whose name opens with a given name, so
   * a person, not a crowd (`Anti-Trump Republicans` for `Republican`). Short names (`Dion`,
   * `Dixon`) are left alone, as are two such bearers, and a titled surname (`Mayor Johnston`),
   * which may be someone new.
   */
  private misspeltSurnameBearer(t: string): CastMember | undefined {
    if (t.length < MIN_MISSPELT || isGivenName(t)) return undefined;
    const near = this.byLastStem.filterFirst(
      t.slice(0, STEM),
      (m) => {
        this.work.add(t.length);
        const last = m.tokens.at(-1)!;
        // The length, read at once, before the given-name look-up.
        return last.length >= MIN_MISSPELT - 1 && isGivenName(m.tokens[0]!) && editsWithin(t, last, t.length >= 7 ? 2 : 1);
      },
      MAX_SURNAME_BEARERS,
    );
    return near.length === 1 ? near[0] : undefined;
  }

  /** The one of `members` mentioned last before `at`, or first after it. */
  private latest(members: CastMember[], at: number): CastMember | undefined {
    let best: CastMember | undefined;
    let bestAt = -Infinity;
    for (const m of members) {
      this.work.add();
      const before = seenAtOrBefore(m, at);
      const score = before ?? (m.seen[0] !== undefined ? -1e9 - m.seen[0] : -2e9);
      if (score > bestAt) {
        bestAt = score;
        best = m;
      }
    }
    return best;
  }
}

/** What `"".split(/\W+/)` gives: the words of a member's role when it has none. */
const NO_ROLE_WORDS: readonly string[] = [""];

/** A person named in full, given name and surname or more: one function, not one made on each look-up. */
function isNamedInFull(m: CastMember): boolean {
  return m.kind === "person" && m.tokens.length >= 2;
}

/**
 * `Mr. Starr` after `Ron Starr` and his daughter `Michele Starr`: the honorific's gender picks
 * the bearers of the surname known to be of that gender, and rules out those known not to be.
 */
function byHonorific(people: CastMember[], gender: "m" | "f" | undefined): CastMember[] {
  if (!gender) return people;
  // `Mr. Roe` after `Krista Roe`, `Ms. Roe` and `her husband`: the one bearer whose own title
  // shows the other sex is not the one the honorific names, but someone else of the family, a
  // member of their own. A given name's sex is no such proof: `Andrea Rossi` then `Mr. Rossi`
  // is one man whose name many languages give to women.
  if (people.length < 2) return people.filter((m) => !ofOtherSex(m, gender));
  const known = people.filter((m) => m.gender === gender);
  return known.length > 0 ? known : people.filter((m) => m.gender === undefined);
}

/**
 * Whether a person is known for certain to be of the other sex than `gender`: only by a title of
 * their own (`Ms. Halloran`). A given name, or a pronoun the text gave them, is no certainty.
 */
function ofOtherSex(m: CastMember, gender: "m" | "f"): boolean {
  const titled = genderOfTitles(m.titles);
  return titled !== undefined && titled !== gender;
}

/** The sex a name's titles give (`Mrs.`, `Mr.`), if any: a female title wins over a male one. */
function genderOfTitles(titles: Iterable<string>): "m" | "f" | undefined {
  let male = false;
  for (const t of titles) {
    if (FEMALE_TITLES.has(t)) return "f";
    if (MALE_TITLES.has(t)) male = true;
  }
  return male ? "m" : undefined;
}

/** A people's plural (`columbians`, `americans`); a party's members are PARTY_PLURALS (lexicon.ts). */
const PEOPLE_PLURAL = /(?:ian|ican)s$/;

/**
 * `British Columbians`, `Nova Scotians`, `Progressive Conservatives`: a name of two words or more
 * whose last is a plural of people from a place or of a party's members names a crowd, which
 * `he` or `she` never stands for. Not a surname in -ers or -ans (`Flowers`, `Evans`), no such plural.
 */
export function namesACrowd(m: CastMember): boolean {
  if (m.tokens.length < 2 || m.titles.size > 0) return false;
  const last = m.tokens[m.tokens.length - 1]!;
  return PEOPLE_PLURAL.test(last) || PARTY_PLURALS.has(last);
}

/**
 * Whether only a member's name (its kind, its length) could show a person: no title, no sex known
 * (from a given name, an honorific or an earlier pronoun), and no given name of either sex opening
 * it (`Kinder Morgan`, `Imperial Oil`, `Statistics Canada`): as often an organisation read as a person.
 * Initials in a given name's place (`J.T. Miller`) show a person as a given name does; a firm's
 * or a ship's own signs around them (`A.B. Contracting`, `The R.J. Lusk`) are read only where a
 * pronoun's take-over needs them (Pronouns.initialledBody).
 */
export function showsNoPerson(m: CastMember): boolean {
  return m.titles.size === 0 && m.gender === undefined && !isGivenName(m.tokens[0]!) && !opensOnInitials(m.tokens);
}

/** Single letters joined by stops, as a name's key keeps them (`j.t` of `J.T.`). */
const INITIALS = rx.u`^\p{Ll}(?:\.\p{Ll})+$`;

/**
 * Whether a name of two words opens on initials (`J.T. Miller`, `A.J. Roe`): a person's given
 * names cut short, or now and then a firm's or a ship's (`A.B. Contracting`). Not a place's
 * abbreviation (`B.C. Hydro`, `U.S. Steel`), which opens a body's name, nor a longer run
 * (`N.H. FlagShareLikeReplyMari Hayman`), which a page's chrome joins.
 */
export function opensOnInitials(tokens: readonly string[]): boolean {
  return tokens.length === 2 && INITIALS.test(tokens[0]!) && !isPlace([tokens[0]!]);
}

/**
 * Whether `t`, a name word given alone, opens the full names of two people or more with different
 * surnames (`Jeremy Roe`, `Jeremy Doe`) and ends none: a given name the text shares out, which
 * alone tells no one of them.
 */
function sharedGivenName(people: CastMember[], t: string): boolean {
  let surname: string | undefined;
  let shared = false;
  for (const m of people) {
    const last = m.tokens.at(-1)!;
    if (last === t) return false;
    if (m.tokens[0] !== t) continue;
    shared ||= surname !== undefined && surname !== last;
    surname = last;
  }
  return shared;
}

/** A word with a capital after a small letter inside it: two name words run together (`NaginaShrestha`). */
const RUN_TOGETHER_NAME = rx.u`\p{Ll}\p{Lu}`;

/**
 * Whether `word`, `surname` with a letter slipped in, reads as a plural of its own: an `s` added
 * at the end (`brennicks`), or a letter slipped in right before the surname's last `s` (`hawks`
 * after `haws`, `tories` after `toris`), which leaves a word and its plural ending.
 */
function readsAsPlural(word: string, surname: string): boolean {
  if (word === `${surname}s`) return true;
  return surname.endsWith("s") && word.endsWith("s") && word.startsWith(surname.slice(0, -1));
}

/** Whether `long` is `short` with one letter more, anywhere in it (`kotisis`, `kotsis`). */
function oneLetterSlippedIn(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
