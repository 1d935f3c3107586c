// Drafts a positions file (the format of content/*/positions.json) from plain text. The
// draft must pass the same verifier as an editor's file, so every excerpt is copied from
// the text, repeated excerpts say which occurrence they mean, and every quotation the
// verifier sees is either someone's quote or declared not to be speech.
import { Occurrences } from "../content/occurrences";
import { type Quotation as VerifierQuotation, findQuotations as verifierQuotations } from "../content/quotations";
import type { PositionsFileInput } from "../content/schema";
import type { CastMember } from "./actors";
import { analyse } from "./analyse";
import type { Analysis, QuoteInfo } from "./analysis";
import type { NotSpeechReason } from "./classify";
import { PERSONAL_PRONOUNS } from "./lexicon";
import { EDITORIAL } from "./pronouns";
import { reportedPositions } from "./reported";
import { setting } from "./setting";
import { firstAtOrAfter } from "./spans";
import { LETTER } from "./text";
import { rx } from "./unicode-regexps";
import { Work } from "./work";

type Evidence = PositionsFileInput["positions"][number]["evidence"][number];

const CENTRAL = {
  id: "reported-positions",
  text: "What positions does the article report, and in whose words?",
  central: true,
  sides: [
    { id: "quoted", label: "Stated in their own words: the article quotes them" },
    { id: "reported", label: "Reported by the article without a direct quote" },
  ],
};

const UNKNOWN = {
  id: "unidentified-speaker",
  name: "Unidentified speaker",
  kind: "person" as const,
  role: "Quoted without a speaker the draft could identify",
};

type Actor = Pick<CastMember, "id" | "name" | "kind" | "role">;

/** `work` counts the draft's steps; past its limit the draft stops with TooComplex. */
export function draftPositions(text: string, work: Work = Work.forText(text.length)): PositionsFileInput {
  const a = analyse(text, work);
  const occurrences = new Occurrences(text, (steps) => a.work.add(steps));
  const excerpt = (start: number, end: number) => excerptAt(text, occurrences, start, end);
  const byActor = new Map<string, { member: Actor; evidence: Evidence[]; keys: Set<string>; quotes: number }>();
  const add = (member: Actor, e: Evidence) => {
    let entry = byActor.get(member.id);
    if (!entry) byActor.set(member.id, (entry = { member, evidence: [], keys: new Set(), quotes: 0 }));
    const key = `${e.kind} ${e.occurrence ?? 0} ${e.text}`;
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    entry.evidence.push(e);
    if (e.kind === "quote") entry.quotes++;
  };
  const notSpeech: PositionsFileInput["notSpeech"] = [];

  // Quotations as the verifier finds them, so that each excerpt is inside its marks.
  const analysed = quoteAt(a);
  for (const vq of verifierQuotations(text)) {
    if (!LETTER.test(text.slice(vq.start, vq.end))) continue;
    const mine = analysed(vq);
    const segments = segmentsOf(text, vq.start, vq.end);
    if (mine && mine.kind === "speech") {
      const member = memberOf(mine);
      const where = mine.attribution ? setting(text, mine.attribution.clause) : { saidTo: null, saidIn: null };
      for (const seg of segments)
        add(member, { kind: "quote", ...excerpt(seg.start, seg.end), speaker: member.id, saidTo: where.saidTo, saidIn: where.saidIn });
    } else {
      const reason: NotSpeechReason = mine && mine.kind !== "speech" && mine.kind !== "furniture" ? mine.kind : "term";
      for (const seg of segments) notSpeech.push({ ...excerpt(seg.start, seg.end), reason });
    }
  }

  for (const r of reportedPositions(a)) {
    const s = trimmed(text, r.sentence.start, r.sentence.end);
    if (s.end <= s.start) continue;
    add(actorOf(r.holder), { kind: "report", ...excerpt(s.start, s.end), saidTo: r.saidTo, saidIn: r.saidIn });
  }

  if (byActor.size === 0) {
    // Nothing attributed: the article speaks in its own voice; its first sentence stands for it.
    const s = a.sentences[0] ?? { start: 0, end: text.length };
    const t = trimmed(text, s.start, s.end);
    add(editorial(), { kind: "report", ...excerpt(t.start, t.end) });
  }

  const entries = [...byActor.values()];
  return {
    review: "draft",
    actors: entries.map((e) => ({
      id: e.member.id,
      name: e.member.name,
      kind: e.member.kind,
      role: e.member.role ?? roleOf(a, occurrences, e.member),
    })),
    questions: [CENTRAL],
    positions: entries.map((e) => ({
      actor: e.member.id,
      summary: summaryOf(e.evidence),
      stances: [{ question: CENTRAL.id, side: e.quotes > 0 ? "quoted" : "reported" }],
      evidence: e.evidence,
    })),
    notSpeech,
  };
}

/**
 * The analysed quotation that shares words with a verifier's quotation: the first in text
 * order. Double quotations never overlap each other, nor single ones each other, so each
 * kind is a sorted list of disjoint pieces, and the overlapping ones are found by binary search.
 */
function quoteAt(a: Analysis): (vq: VerifierQuotation) => QuoteInfo | undefined {
  const lists = [false, true].map((single) => {
    const pieces = a.quotes.flatMap((info, order) => (info.q.single === single ? info.q.pieces.map((p) => ({ p, order })) : []));
    pieces.sort((x, y) => x.p.start - y.p.start);
    return { pieces, ends: pieces.map((x) => x.p.end) };
  });
  return (vq) => {
    let best = Infinity;
    for (const { pieces, ends } of lists) {
      // Pieces in order never overlap, so their ends ascend with their starts.
      for (let i = firstAtOrAfter(ends, vq.start + 1); i < pieces.length && pieces[i]!.p.start < vq.end; i++) {
        a.work.add();
        best = Math.min(best, pieces[i]!.order);
      }
    }
    return a.quotes[best];
  };
}

function memberOf(info: QuoteInfo): Actor {
  const m = info.speaker?.member;
  return m ? actorOf(m) : UNKNOWN;
}

function actorOf(m: CastMember): Actor {
  if (m.name === EDITORIAL) return editorial();
  return { id: m.id, name: m.name, kind: m.kind, role: m.role };
}

function editorial() {
  return {
    id: "editorial-voice",
    name: EDITORIAL,
    kind: "outlet" as const,
    role: "The outlet that published the article, in its own voice",
  };
}

/** A quotation's words, one piece per paragraph, without the marks that reopen it. */
function segmentsOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "\n" || text[i] === "\r") {
      let s = from;
      while (s < i && /[\s"“„«']/.test(text[s]!)) s++;
      const t = trimmed(text, s, i);
      if (t.end > t.start && rx.u`\p{L}|\p{N}`.test(text.slice(t.start, t.end))) out.push(t);
      from = i + 1;
    }
  }
  return out;
}

function trimmed(text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The excerpt text[start, end), with the occurrence that picks it when it recurs. */
function excerptAt(text: string, occurrences: Occurrences, start: number, end: number): { text: string; occurrence?: number } {
  const t = text.slice(start, end);
  const starts = occurrences.of(t);
  if (starts.length <= 1) return { text: t };
  const i = firstAtOrAfter(starts, start);
  return { text: t, occurrence: starts[i] === start ? i + 1 : 0 };
}

/** Role from an appositive after the full name (`Jane Doe, deputy director of X, said`) or from a title. */
function roleOf(a: Analysis, occurrences: Occurrences, m: Actor): string | null {
  if (m.kind !== "person") return null;
  // Tried only where the name occurs, sticky, rather than searched for over the whole text.
  const re = rx.uy`(?:\s*\([^)]{1,30}\))?,\s+((?:the |a |an )?[\p{Ll}\p{Lu}][^,;.”"]{2,160}?)(?=,|\.|;|$)`;
  let found: RegExpExecArray | null = null;
  for (const at of occurrences.of(m.name)) {
    a.work.add();
    re.lastIndex = at + m.name.length;
    if ((found = re.exec(a.text))) break;
  }
  if (found) {
    const role = found[1]!.trim();
    if (rx.iu`^\p{L}+(ing|ed)\b`.test(role)) return null;
    // `President Putin, we highlighted that …`: a clause the name happens to end, not an
    // appositive; the title below may still give the role.
    const clause = PERSONAL_PRONOUNS.has(role.split(/\s/, 1)[0]!.toLowerCase());
    if (
      !clause &&
      (rx.u`^(the |a |an )?\p{Ll}`.test(role) || /^(President|Director|Chief|Secretary|Senator|Governor|Chairman|Professor)\b/.test(role))
    ) {
      if (!/\b(said|says|told|added|who)\b/.test(role)) return role.charAt(0).toUpperCase() + role.slice(1);
    }
  }
  const member = a.cast.get(m.id);
  const title = member && [...member.titles].find((t) => t.length > 3);
  return title ? title.charAt(0).toUpperCase() + title.slice(1) : null;
}

function summaryOf(evidence: Evidence[]): string {
  const quotes = evidence.filter((e) => e.kind === "quote");
  const first = quotes[0] ?? evidence[0]!;
  const gist = gistOf(first.text, 24);
  const counts = [
    quotes.length ? `${quotes.length} quote(s)` : "",
    evidence.length - quotes.length ? `${evidence.length - quotes.length} reported statement(s)` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${quotes.length ? "Quoted" : "Reported"}: “${gist}” (draft from ${counts}).`;
}

/**
 * The first `n` words of `text` joined by single spaces, with an ellipsis, or the whole
 * text when it has no more than `n`. Reads only as far as the words it keeps: splitting
 * the whole excerpt, a sentence of a whole unpunctuated text, for every actor was quadratic.
 */
function gistOf(text: string, n: number): string {
  const space = /\s+/g;
  for (let m = space.exec(text), runs = 1; m; m = space.exec(text), runs++) {
    if (runs === n) return `${text.slice(0, m.index).split(/\s+/).join(" ")}…`;
  }
  return text;
}
