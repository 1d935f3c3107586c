// Drafts a positions file (the format of content/*/positions.json) from plain text. The
// draft must pass the same verifier as an editor's file, so every excerpt is copied from
// the text, repeated excerpts say which occurrence they mean, and every quotation the
// verifier sees is either someone's quote or declared not to be speech.
import type { PositionsFileInput } from "../content/schema";
import { findQuotations as verifierQuotations } from "../content/quotations";
import type { CastMember } from "./actors";
import { analyse, type Analysis, type QuoteInfo } from "./analyse";
import type { NotSpeechReason } from "./classify";
import { reportedPositions } from "./reported";
import { EDITORIAL } from "./resolve";
import { setting } from "./speakers";

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

const UNKNOWN = { id: "unidentified-speaker", name: "Unidentified speaker", kind: "person" as const, role: "Quoted without a speaker the draft could identify" };

export function draftPositions(text: string): PositionsFileInput {
  const a = analyse(text);
  const byActor = new Map<string, { member: Pick<CastMember, "id" | "name" | "kind" | "role">; evidence: Evidence[]; quotes: number }>();
  const add = (member: Pick<CastMember, "id" | "name" | "kind" | "role">, e: Evidence) => {
    let entry = byActor.get(member.id);
    if (!entry) byActor.set(member.id, (entry = { member, evidence: [], quotes: 0 }));
    if (entry.evidence.some((x) => x.text === e.text && x.occurrence === e.occurrence && x.kind === e.kind)) return;
    entry.evidence.push(e);
    if (e.kind === "quote") entry.quotes++;
  };
  const notSpeech: PositionsFileInput["notSpeech"] = [];

  // Quotations as the verifier finds them, so that each excerpt is inside its marks.
  for (const vq of verifierQuotations(text)) {
    if (!/\p{L}/u.test(text.slice(vq.start, vq.end))) continue;
    const mine = a.quotes.find((x) => x.q.pieces.some((p) => p.start < vq.end && vq.start < p.end));
    const segments = segmentsOf(text, vq.start, vq.end);
    if (mine && mine.kind === "speech") {
      const member = memberOf(mine);
      const where = mine.attribution ? setting(text, mine.attribution.clause) : { saidTo: null, saidIn: null };
      for (const seg of segments) add(member, { kind: "quote", ...excerpt(text, seg.start, seg.end), speaker: member.id, saidTo: where.saidTo, saidIn: where.saidIn });
    } else {
      const reason: NotSpeechReason = mine && mine.kind !== "speech" ? mine.kind : "term";
      for (const seg of segments) notSpeech.push({ ...excerpt(text, seg.start, seg.end), reason });
    }
  }

  for (const r of reportedPositions(a)) {
    const s = trimmed(text, r.sentence.start, r.sentence.end);
    if (s.end <= s.start) continue;
    add(actorOf(r.holder), { kind: "report", ...excerpt(text, s.start, s.end), saidTo: r.saidTo, saidIn: r.saidIn });
  }

  if (byActor.size === 0) {
    // Nothing attributed: the article speaks in its own voice; its first sentence stands for it.
    const s = a.sentences[0] ?? { start: 0, end: text.length };
    const t = trimmed(text, s.start, s.end);
    add(editorial(), { kind: "report", ...excerpt(text, t.start, t.end) });
  }

  const entries = [...byActor.values()];
  return {
    review: "draft",
    actors: entries.map((e) => ({ id: e.member.id, name: e.member.name, kind: e.member.kind, role: e.member.role ?? roleOf(a, e.member) })),
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

function memberOf(info: QuoteInfo): Pick<CastMember, "id" | "name" | "kind" | "role"> {
  const m = info.speaker?.member;
  return m ? actorOf(m) : UNKNOWN;
}

function actorOf(m: CastMember): Pick<CastMember, "id" | "name" | "kind" | "role"> {
  if (m.name === EDITORIAL) return editorial();
  return { id: m.id, name: m.name, kind: m.kind, role: m.role };
}

function editorial() {
  return { id: "editorial-voice", name: EDITORIAL, kind: "outlet" as const, role: "The outlet that published the article, in its own voice" };
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
      if (t.end > t.start && /\p{L}|\p{N}/u.test(text.slice(t.start, t.end))) out.push(t);
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
function excerpt(text: string, start: number, end: number): { text: string; occurrence?: number } {
  const t = text.slice(start, end);
  let n = 0;
  let mine = 0;
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
    n++;
    if (at === start) mine = n;
  }
  return n > 1 ? { text: t, occurrence: mine } : { text: t };
}

/** Role from an appositive after the full name (`Jane Doe, deputy director of X, said`) or from a title. */
function roleOf(a: Analysis, m: Pick<CastMember, "id" | "name" | "kind" | "role">): string | null {
  if (m.kind !== "person") return null;
  const esc = m.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`${esc}(?:\\s*\\([^)]{1,30}\\))?,\\s+((?:the |a |an )?[\\p{Ll}\\p{Lu}][^,;.”"]{2,160}?)(?=,|\\.|;|$)`, "u");
  const found = re.exec(a.text);
  if (found) {
    const role = found[1]!.trim();
    if (/^\p{L}+(ing|ed)\b/iu.test(role)) return null;
    if (/^(the |a |an )?\p{Ll}/u.test(role) || /^(President|Director|Chief|Secretary|Senator|Governor|Chairman|Professor)\b/.test(role)) {
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
  const words = first.text.split(/\s+/);
  const gist = words.length > 24 ? `${words.slice(0, 24).join(" ")}…` : first.text;
  const counts = [quotes.length ? `${quotes.length} quote(s)` : "", evidence.length - quotes.length ? `${evidence.length - quotes.length} reported statement(s)` : ""].filter(Boolean).join(", ");
  return `${quotes.length ? "Quoted" : "Reported"}: “${gist}” (draft from ${counts}).`;
}
