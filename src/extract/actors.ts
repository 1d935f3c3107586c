// The cast of an article: people and organisations, each with every name it goes by.
// A later short form (`Suslov`) joins the full name it shortens (`Dmitry Suslov`), and a
// short form that comes first (a headline's `Trump`) joins the full name found later.
import { genderOfGivenName } from "./names";
import { NOT_NAMES, ORG_WORDS, OUTLET_WORDS, TITLES } from "./lexicon";
import type { ActorKind } from "./types";

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
}

export function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "actor"
  );
}

const GOVERNMENT = new Set(["house", "department", "ministry", "government", "administration", "kremlin", "pentagon", "senate", "congress", "parliament", "cabinet", "state", "treasury", "army", "navy", "police", "court"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "lady", "queen", "princess", "dame", "sister", "congresswoman", "chairwoman", "assemblywoman", "councilwoman"]);
const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "chairman", "assemblyman", "councilman"]);

export interface NameParts {
  titles: string[];
  words: string[];
}

/** Splits a name mention into its titles and the name proper; `Russia's President Putin` -> President, Putin. */
export function nameParts(mention: string): NameParts {
  let ws = mention.split(/\s+/).filter(Boolean);
  let lastPossessive = -1;
  ws.slice(0, -1).forEach((w, i) => {
    if (/['’]s$/.test(w)) lastPossessive = i;
  });
  if (lastPossessive >= 0) ws = ws.slice(lastPossessive + 1);
  ws = ws.map((w, i) => (i === ws.length - 1 ? w.replace(/['’]s?$/, "") : w));
  const titles: string[] = [];
  while (ws.length > 1 && TITLES.has(ws[0]!.toLowerCase().replace(/\.$/, ""))) titles.push(ws.shift()!.toLowerCase().replace(/\.$/, ""));
  while (ws.length > 1 && NOT_NAMES.has(ws[0]!.toLowerCase())) ws.shift();
  return { titles, words: ws };
}

function kindOf(words: string[], titled: boolean): ActorKind {
  const keys = words.map((w) => w.toLowerCase().replace(/\.$/, ""));
  if (keys.some((k) => ORG_WORDS.has(k))) {
    if (OUTLET_WORDS.has(keys[keys.length - 1]!) || keys.some((k) => ["times", "news", "journal", "post", "cnn", "bbc", "msnbc", "fox", "reuters"].includes(k))) return "outlet";
    if (keys.some((k) => GOVERNMENT.has(k))) return "government";
    return "institution";
  }
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) return "institution";
  if (titled || words.length >= 2) return "person";
  if (/s$/.test(keys[0]!)) return "group";
  return "person";
}

export class Cast {
  readonly members: CastMember[] = [];

  /** Full names known in advance, so that an early short form can join its full name. */
  private full: CastMember[] = [];

  prepare(names: string[]) {
    for (const n of names) {
      const { titles, words } = nameParts(n);
      if (words.length >= 2 && kindOf(words, titles.length > 0) === "person") this.byName(n, -1, false);
    }
    this.full = [...this.members];
  }

  get(id: string): CastMember | undefined {
    return this.members.find((m) => m.id === id);
  }

  /** The member a name mention at `at` refers to, created when new. */
  byName(mention: string, at: number, record = true): CastMember {
    const { titles, words } = nameParts(mention);
    const tokens = words.map((w) => w.toLowerCase().replace(/\.$/, ""));
    const kind = kindOf(words, titles.length > 0);
    let member: CastMember | undefined;
    if (tokens.length >= 2 || kind !== "person") {
      member = this.members.find((m) => m.tokens.join(" ") === tokens.join(" "));
      // `the Times` after `The New York Times`; `Barack Obama` after `Barack Hussein Obama`.
      member ??= this.members.find(
        (m) => m.kind === kind && m.tokens.length > tokens.length && m.tokens.at(-1) === tokens.at(-1) && m.tokens[0] === tokens[0],
      );
      if (!member && kind !== "person") member = this.members.find((m) => m.kind === kind && tokens.length === 1 && m.tokens.at(-1) === tokens[0]);
    } else {
      member = this.latest(this.members.filter((m) => m.kind === "person" && m.tokens.length >= 2 && (m.tokens.at(-1) === tokens[0] || m.tokens[0] === tokens[0])), at);
      member ??= this.members.find((m) => m.tokens.join(" ") === tokens[0]);
    }
    if (!member) {
      member = {
        id: slug(words.join(" ")),
        name: words.join(" "),
        kind,
        role: null,
        tokens,
        titles: new Set(),
        seen: [],
      };
      this.members.push(member);
    }
    for (const t of titles) member.titles.add(t);
    member.gender ??= genderFrom(titles, words);
    if (record && at >= 0) member.seen.push(at);
    return member;
  }

  /** A member that no name stands for: `a spokesperson for the council`, the editorial `we`. */
  described(name: string, kind: ActorKind, role: string | null, at: number): CastMember {
    const id = slug(name);
    let member = this.members.find((m) => m.id === id);
    if (!member) {
      member = { id, name, kind, role, tokens: name.toLowerCase().split(/\s+/), titles: new Set(), seen: [] };
      this.members.push(member);
    }
    if (at >= 0) member.seen.push(at);
    return member;
  }

  /** The one of `members` mentioned last before `at`, or first after it. */
  private latest(members: CastMember[], at: number): CastMember | undefined {
    let best: CastMember | undefined;
    let bestAt = -Infinity;
    for (const m of members) {
      const before = m.seen.filter((s) => s <= at).at(-1);
      const score = before ?? (m.seen[0] !== undefined ? -1e9 - m.seen[0] : -2e9);
      if (score > bestAt) {
        bestAt = score;
        best = m;
      }
    }
    return best;
  }
}

function genderFrom(titles: string[], words: string[]): "m" | "f" | undefined {
  if (titles.some((t) => FEMALE_TITLES.has(t))) return "f";
  if (titles.some((t) => MALE_TITLES.has(t))) return "m";
  return words.length >= 2 ? genderOfGivenName(words[0]!) : undefined;
}
