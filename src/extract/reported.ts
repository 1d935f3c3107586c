// Positions the article reports without quoting: `X has refused to ...`, `X rejected ...`,
// `X said that ...`, `X believes ...`. Each is the holder and the sentence that says so.
import type { CastMember } from "./actors";
import type { Analysis } from "./analyse";
import { sentenceOf } from "./analyse";
import { CORE_SPEECH, STANCE_VERBS } from "./lexicon";
import { setting } from "./speakers";
import type { Range } from "./text";

export interface ReportedPosition {
  holder: CastMember;
  sentence: Range;
  verb: string;
  saidTo: string | null;
  saidIn: string | null;
}

export function reportedPositions(a: Analysis): ReportedPosition[] {
  const out: ReportedPosition[] = [];
  const seen = new Set<string>();
  const quoteStarts = a.quotes.filter((q) => q.kind === "speech").map((q) => q.q.pieces[0]!.open);
  for (const ev of a.events) {
    if (!ev.member) continue;
    if (!STANCE_VERBS.has(ev.verb.key) && !CORE_SPEECH.has(ev.verb.key)) continue;
    const s = sentenceOf(a, ev.at);
    // A sentence that quotes its speaker is evidence as a quote already.
    if (quoteStarts.some((o) => o >= s.start && o < s.end)) continue;
    const key = `${ev.member.id}@${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = setting(a.text, s);
    out.push({ holder: ev.member, sentence: s, verb: ev.verb.key, saidTo: where.saidTo, saidIn: where.saidIn });
  }
  return out;
}
