// The extractor's public surface: quotations with their speakers, and a positions draft.
import { analyse } from "./analyse";
import { contentsOf } from "./content";
import { setting } from "./setting";
import type { ExtractedQuote } from "./types";

export { draftPositions } from "./draft";
export { ExtractedQuote } from "./types";
export { TooComplex } from "./work";

/** Direct quotes in the text, each with its speaker's mention and resolved name. */
export function extractQuotes(text: string): ExtractedQuote[] {
  const a = analyse(text);
  const out: ExtractedQuote[] = [];
  const contents = contentsOf(a);
  a.quotes.forEach((info, group) => {
    if (info.kind !== "speech") return;
    const sp = info.speaker;
    const where = info.attribution ? setting(text, info.attribution.clause) : { saidTo: null, saidIn: null };
    const content = contents[group]!;
    info.q.pieces.forEach((p, i) => {
      const last = i === info.q.pieces.length - 1;
      out.push({
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
        content: { start: p.start, end: last ? Math.max(p.end, content.end) : p.end },
        source: sp?.mention ? { start: sp.mention.start, end: sp.mention.end } : null,
        speaker: sp?.member && !sp.member.unnamed ? sp.member.name : null,
        actor: sp?.member?.id ?? null,
        group,
        saidTo: where.saidTo,
        saidIn: where.saidIn,
      });
    });
  });
  return out;
}
