// Governments named by their place, which a noun alone stands for: local government by its kind
// and place (`The town of Cobourg will …` then `the town said`, `the town’s notice`) and a
// government by its place's name (`The Ontario government has filed …` then `the province wrote`).
// Apart from ./bodies because such a body is found by a search of the text for its kind and
// place, not among the organisations the text named.
import type { CastMember } from "./actors";
import type { Antecedents, Context } from "./antecedents";
import { PROVINCES } from "./lexicon";
import { isPlace } from "./names";
import { APOSTROPHE_S, FINAL_STOP } from "./text";

/** Kinds of local government a text names by kind and place: `the city of Kingston`, `the Town of Cobourg`. */
export const CIVIC_HEADS = new Set(["city", "town", "village", "township", "municipality"]);
/** A capitalised word of a place's name after `of`, up to three of them: `Kingston`, `Sault Ste. Marie`. */
const CIVIC_PLACE = String.raw`(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})`;
/** Each civic head's body named by kind and place, its kind's word in lower case or capitalised: `the city of Kingston`, `the Town of Cobourg`. */
const CIVIC_BODY = new Map(
  [...CIVIC_HEADS].map((h) => [h, new RegExp(String.raw`\b[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)} of ${CIVIC_PLACE}`, "gu")]),
);
/** Capitalised words, up to three, right before `government`: `Ontario government`, `B.C. government`. */
const PLACE_GOVERNMENT = new RegExp(String.raw`\b${CIVIC_PLACE} government\b`, "gu");

export class Governments {
  /**
   * Governments named by place, found once per noun: each civic head's (`city of Kingston` under
   * `city`, see civicBody) and `Ontario government` under `government` (governmentOfPlace).
   */
  private readonly civic = new Map<string, { name: string; at: number }[]>();

  constructor(
    private readonly c: Context,
    private readonly seen: Antecedents,
  ) {}

  /**
   * The body of local government that `the city` (or `the town`, …) stands for: the one the text
   * named before `at` by its kind and its place, in lower case or capitalised (`the city of
   * Kingston`, `the Town of Cobourg`), as `City of Kingston`; none when the text named two, or
   * none so: a town named by its name alone is not read as `the city` (a place named in passing,
   * `north of Winnipeg`, a state, a region or a former city, `Scarborough`, would be taken for it).
   * One search of the text per head noun, its matches kept. None for a noun not of CIVIC_HEADS,
   * so callers may ask with any head.
   */
  civicBody(head: string, at: number): CastMember | undefined {
    const pattern = CIVIC_BODY.get(head);
    if (!pattern) return undefined;
    const found = this.placesNamed(head, pattern, (place) => {
      const keys = place.map((w) => w.toLowerCase());
      // The longest run of the words that is a place: `the town of Banff Tuesday` is Banff. A
      // lone word the gazetteer lacks names the place all the same (`the city of Brandon`:
      // after `city of` it is no given name); a longer run it lacks is left unread.
      let n = keys.length;
      while (n > 0 && !isPlace(keys.slice(0, n))) n--;
      if (n === 0 && keys.length === 1) n = 1;
      return n > 0 ? place.slice(0, n).join(" ") : undefined;
    });
    const name = soleNameBefore(found, at);
    if (name === undefined) return undefined;
    return this.c.cast.described(`${head[0]!.toUpperCase()}${head.slice(1)} of ${name}`, "government", null, at);
  }

  /**
   * The name of the government of the one province the text named before `at`, within
   * MAX_ANTECEDENTS names (Antecedents.soleNamed), by any of its names (PROVINCES): the province
   * whose `the province` is (`Ontario has appealed.` then `the province wrote`; `Millbrook, Ont.`
   * then `Ontario` is one province). None when it named two provinces, nor by a street or a park.
   */
  private soleProvinceBefore(at: number): string | undefined {
    let province: string | undefined;
    const sole = this.seen.soleNamed(at, ({ member, mention }) => {
      // A key of PROVINCES is a province's whole name, never a street's. The mention's own words
      // keep the title the cast drops from a name (`Prince Edward Island` is `Edward Island`).
      const name =
        PROVINCES.get(member.tokens.join(" ")) ??
        PROVINCES.get(
          this.c.words
            .slice(mention.first, mention.last + 1)
            .map((w) => w.key)
            .join(" "),
        );
      if (name === undefined) return false;
      // The latest province named fits; another name of it (`Ont.`) is no second one, another province's is.
      if (province === undefined) {
        province = name;
        return true;
      }
      return name === province ? false : "veto";
    });
    return sole === undefined ? undefined : province;
  }

  /**
   * The government that `the government` or `the province` stands for when no body spoke or was
   * named just before: the one the text named by its place and the word `government` before `at`
   * (`The Ontario government has filed an appeal`, `the B.C. government`), as `Ontario
   * government`, a place's (`the Baker government` names a leader's, read as a person's); none
   * when it named two places so. For `the province` (`province`), when it named none so before
   * `at`, the one province it named by its name alone (`Ontario has appealed.`), by the name its
   * government goes by (PROVINCES: `Millbrook, Ont.` is Ontario's). One search of the text, its
   * matches kept.
   */
  governmentOfPlace(at: number, province = false): CastMember | undefined {
    const found = this.placesNamed("government", PLACE_GOVERNMENT, (place) => {
      // The longest run of the words, from the word before `government` back, that is a place:
      // `Premier Ford’s Ontario government` is Ontario's.
      // A province by the one name its government goes by (PROVINCES), as for `the province`:
      // `Ont. government` is `Ontario government`, `British Columbia government` the `B.C.` one.
      let from = 0;
      while (from < place.length && !isPlace(place.slice(from).map((w) => w.toLowerCase()))) from++;
      if (from === place.length) return undefined;
      const name = place.slice(from).join(" ");
      return PROVINCES.get(name.toLowerCase()) ?? name;
    });
    // Only names before `at` decide: a government named after the quotation is no reason to
    // leave the province named before unread.
    const named = found[0] !== undefined && found[0].at < at;
    // The province by the name its government goes by: `Millbrook, Ont.` is Ontario's.
    const name = named ? soleNameBefore(found, at) : province ? this.soleProvinceBefore(at) : undefined;
    return name === undefined ? undefined : this.c.cast.described(`${name} government`, "government", null, at);
  }

  /**
   * The places `pattern` finds in the text, its first group the place's capitalised words, each
   * as `nameOf` reads them and where it was named; one search of the text per `key`, its
   * matches kept in `civic`.
   */
  private placesNamed(key: string, pattern: RegExp, nameOf: (place: string[]) => string | undefined): { name: string; at: number }[] {
    let found = this.civic.get(key);
    if (!found) {
      this.c.work.add(this.c.text.length);
      found = [];
      for (const match of this.c.text.matchAll(pattern)) {
        // `the city of Kingston's`, `the town of Banff.`: the place without a possessive or a full stop.
        const name = nameOf(match[1]!.split(" ").map((w) => w.replace(APOSTROPHE_S, "").replace(FINAL_STOP, "")));
        if (name !== undefined) found.push({ name, at: match.index });
      }
      this.civic.set(key, found);
    }
    return found;
  }
}

/** The one name `found` (in text order) holds before `at`; none when it holds two that differ, or none. */
function soleNameBefore(found: { name: string; at: number }[], at: number): string | undefined {
  let name: string | undefined;
  for (const x of found) {
    if (x.at >= at) break;
    if (name !== undefined && name !== x.name) return undefined;
    name = x.name;
  }
  return name;
}
