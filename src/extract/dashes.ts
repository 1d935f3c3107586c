// Dashes set off between spaces, the marks of an aside (`Jane Roe — a lawyer who fought the Crown —
// said`): one definition, and one cap on an aside's length, for the subject reading
// (subject-asides.ts) and for given words (given-words.ts). Separate because given-words must not
// import the subject reading's modules, which read the Analysis classify feeds.
import { MAX_DASHED_ASIDE_WORDS } from "./thresholds";
import { rx } from "./unicode-regexps";

/** The dashes an aside opens and closes with, between spaces (`—`, `–`, `--`, ` - `). */
const DASH = String.raw`(?:[—–-]|--)`;
/** A dash between spaces, as an aside opens and closes with. */
export const SPACED_DASH = new RegExp(String.raw`^\s+${DASH}\s+$`);
/** Every dash between spaces in a stretch of text, for pairing them into asides. */
const SPACED_DASHES = new RegExp(String.raw`\s${DASH}\s`, "g");

/**
 * The stretch with every aside between a pair of dashes on one line (`added the aim is to build —
 * chiefly in transit — in a “…” way`) put out, read as beforeDashedAside (subject-asides.ts) reads one: at most
 * MAX_DASHED_ASIDE_WORDS words between the dashes. A dash left unpaired stays.
 */
export function withoutDashedAsides(s: string): string {
  const dashes = [...s.matchAll(SPACED_DASHES)];
  if (dashes.length < 2) return s;
  let out = "";
  let from = 0;
  for (let i = 0; i + 1 < dashes.length; i++) {
    const open = dashes[i]!;
    const close = dashes[i + 1]!;
    const inside = s.slice(open.index + open[0].length, close.index);
    if (inside.includes("\n") || (inside.match(rx.gu`[\p{L}\d][\p{L}\d'’-]*`)?.length ?? 0) > MAX_DASHED_ASIDE_WORDS) continue;
    out += s.slice(from, open.index) + " ";
    from = close.index + close[0].length;
    i++;
  }
  return out + s.slice(from);
}
