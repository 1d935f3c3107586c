// A surname that is also a title (`Melissa Bishop`, `Tom Major`). Met alone after the full name,
// it reads as a title with no name after it, a description (`Bishop set a new record` as if
// `the bishop`), so the person's mentions skip it and a pronoun after it reaches past her to
// whoever was named last. castOf reads it back as the name.
import { DETERMINERS, TITLES } from "./lexicon";
import { joined, type Mention } from "./mention-words";
import { isGivenName } from "./names";
import { startsUpper, type Word } from "./text";

/** The title-shaped surnames of the full names found so far, by key: `bishop` after `Melissa Bishop`. */
export class TitledSurnames {
  private readonly keys = new Set<string>();

  /** Notes a name found: its last word, when a title right after a given name. */
  note(ws: Word[], m: Mention): void {
    if (m.last > m.first && TITLES.has(ws[m.last]!.key) && isGivenName(ws[m.last - 1]!.text)) this.keys.add(ws[m.last]!.key);
  }

  /** `m` read as a name when it is one such surname alone, capitalised, no determiner before it (`Bishop, 28, was`; not `the Bishop`). */
  asName(text: string, ws: Word[], m: Mention | undefined): Mention | undefined {
    if (!m || this.keys.size === 0 || m.kind !== "nominal" || m.first !== m.last || !this.keys.has(ws[m.first]!.key)) return m;
    const before = ws[m.first - 1];
    if (!startsUpper(ws[m.first]!.text) || (before && DETERMINERS.has(before.key) && joined(text, before, ws[m.first]!))) return m;
    return { ...m, kind: "name" };
  }
}
