// Positions the article reports without quoting: `X has refused to ...`, `X rejected ...`,
// `X said that ...`, `X believes ...`. Each is the holder and the sentence that says so.
import type { CastMember } from "./actors";
import { type Analysis, sentenceOf } from "./analysis";
import { CORE_SPEECH, STANCE_VERBS } from "./lexicon";
import { setting } from "./setting";
import { firstAtOrAfter } from "./spans";
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
  const settings = new Map<number, ReturnType<typeof setting>>();
  for (const ev of a.events) {
    if (!ev.member) continue;
    if (!STANCE_VERBS.has(ev.verb.key) && !CORE_SPEECH.has(ev.verb.key)) continue;
    const s = sentenceOf(a, ev.at);
    // A sentence that quotes its speaker is evidence as a quote already.
    if ((quoteStarts[firstAtOrAfter(quoteStarts, s.start)] ?? Infinity) < s.end) continue;
    const key = `${ev.member.id}@${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    a.work.add();
    // Several holders in one sentence share its setting: read it once.
    let where = settings.get(s.start);
    if (!where) {
      a.work.add(s.end - s.start);
      settings.set(s.start, (where = setting(a.text, s)));
    }
    out.push({ holder: ev.member, sentence: s, verb: ev.verb.key, saidTo: where.saidTo, saidIn: where.saidIn });
  }
  return out;
}
