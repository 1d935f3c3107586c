// Whom a statement was made to and where: `told The New York Times`, `to Russia's
// Sputnik`, `in the lengthy interview`, read from the clause that attributes it.
import { APOSTROPHE_S, LETTER, type Range } from "./text";

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\.(?=\p{L}))?(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’&-]*)*`;
// Compiled once: built anew for every attributed quotation, it cost several per cent of a draft.
const TOLD = new RegExp(
  String.raw`(?:\b(?:told|tells|telling|said\s+to|speaking\s+to|spoke\s+to|in\s+an\s+interview\s+with|interview\s+with)|,\s*to)\s+(${NAME}|reporters|journalists|me|us)`,
  "u",
);

/** `told The New York Times`, `to Russia's Sputnik`, `in the lengthy interview`. */
export function setting(text: string, clause: Range): { saidTo: string | null; saidIn: string | null } {
  const s = text.slice(clause.start, clause.end);
  const told = TOLD.exec(s);
  const where =
    /\b(?:in|on|during|at)\s+((?:a|an|the|his|her|their|its)\s+[^,.;:“”"]{0,60}?\b(?:interview|statement|speech|rally|debate|hearing|press conference|briefing|post|tweet|op-ed|letter|appearance|broadcast|episode|show|program|podcast|town hall|meeting|call|remarks|address|email|memo|report|video|book|column)s?)\b/u.exec(
      s,
    );
  const toWho = told?.[1]?.replace(APOSTROPHE_S, "") ?? null;
  return { saidTo: toWho && LETTER.test(toWho) ? toWho : null, saidIn: where?.[1] ?? null };
}
