// The extractor's public surface: quotations with their speakers, and a positions draft.
import type { CastMember } from "./actors";
import { analyse } from "./analyse";
import { contentsOf } from "./content";
import { type NestedQuotation, nestedQuotations } from "./nested-quotations";
import { type QuotePiece, wrapsLine } from "./quotes";
import { setting } from "./setting";
import { cutByTextEnd, namesNoSpeaker, onlyOnChromeLines } from "./speaker-names";
import type { Range } from "./text";
import type { ExtractedQuote } from "./types";

export { draftPositions } from "./draft";
export { ExtractedQuote } from "./types";
export { TooComplex } from "./work";

/** Direct quotes in the text, each with its speaker's mention and resolved name. */
export function extractQuotes(text: string): ExtractedQuote[] {
  const a = analyse(text);
  const out: ExtractedQuote[] = [];
  const contents = contentsOf(a);
  // Whether the text shows a member's name is none (cut off by its end, or a navigation bar's words), asked once per member.
  const shown = new Map<CastMember, boolean>();
  // Quotations nested in speech, listed after their holder's runs, each a group of its own.
  const nested = new Map<number, NestedQuotation[]>();
  for (const n of nestedQuotations(a)) {
    const list = nested.get(n.outer);
    if (list) list.push(n);
    else nested.set(n.outer, [n]);
  }
  let nextGroup = a.quotes.length;
  a.quotes.forEach((info, group) => {
    if (info.kind !== "speech") return;
    const sp = info.speaker;
    const where = info.attribution ? setting(text, info.attribution.clause) : { saidTo: null, saidIn: null };
    const content = contents[group]!;
    // One name for all the quotation's runs, checked once.
    const speaker =
      sp?.member && !sp.member.unnamed && !namesNoSpeaker(sp.member) && !shownNoName(text, shown, sp.member) ? sp.member.name : null;
    const runs = wrappedRuns(text, info.q.pieces);
    runs.forEach((p, i) => {
      const last = i === runs.length - 1;
      out.push({
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
        content: { start: p.start, end: last ? Math.max(p.end, content.end) : p.end },
        source: sp?.mention ? { start: sp.mention.start, end: sp.mention.end } : null,
        speaker,
        actor: sp?.member?.id ?? null,
        group,
        saidTo: where.saidTo,
        saidIn: where.saidIn,
      });
    });
    for (const n of nested.get(group) ?? []) {
      // The holder's own speaker, or a person the text names (`Coach Babcock told us, ‘…’`).
      const own = n.sayer === "own" && speaker !== null;
      const member = n.sayer !== "own" ? n.sayer : null;
      out.push({
        start: n.piece.start,
        end: n.piece.end,
        text: text.slice(n.piece.start, n.piece.end),
        content: { start: n.piece.start, end: n.piece.end },
        source: own && sp?.mention ? { start: sp.mention.start, end: sp.mention.end } : null,
        speaker: own ? speaker : (member?.name ?? null),
        actor: own ? (sp?.member?.id ?? null) : (member?.id ?? null),
        group: nextGroup++,
        saidTo: null,
        saidIn: null,
      });
    }
  });
  return out;
}

/**
 * Whether the text shows a member's name as none (see extractQuotes), kept in `shown`. At module
 * level, not a closure in extractQuotes: keepNames wraps a named closure on every call.
 */
function shownNoName(text: string, shown: Map<CastMember, boolean>, m: CastMember): boolean {
  return shown.get(m) ?? shown.set(m, cutByTextEnd(text, m) || onlyOnChromeLines(text, m)).get(m)!;
}

/**
 * A quotation's pieces, each one a quoted passage, with those joined that only a wrapped line split
 * (`we saw the` / `chance of more floods coming,”`): an excerpt broken at a fixed width puts a
 * line break inside the marks, where the reader sees one quotation, not two.
 */
function wrappedRuns(text: string, pieces: readonly QuotePiece[]): Range[] {
  const runs: Range[] = [];
  pieces.forEach((p, i) => {
    const run = runs.at(-1);
    if (run && wrapsLine(text, pieces[i - 1]!, p)) run.end = p.end;
    else runs.push({ start: p.start, end: p.end });
  });
  return runs;
}
