// Resolves a speaker mention to a member of the cast: names by their words, pronouns
// and descriptions (`he`, `the spokesperson`) back to whoever they stand for, judged
// from who was mentioned and who spoke before.
import type { Cast, CastMember } from "./actors";
import { npBackward, type Mention } from "./mentions";
import type { Range, Word } from "./text";

export interface Context {
  text: string;
  words: Word[];
  quoted: boolean[];
  cast: Cast;
  paragraphs: Range[];
  sentenceOf(at: number): Range;
  /** Name mentions outside quotations, in text order. */
  names: { mention: Mention; member: CastMember }[];
}

export const EDITORIAL = "The article’s editorial voice";

export class Resolver {
  /** Speakers found so far (quote attributions and subjects of speech verbs), in text order. */
  private spoke: { at: number; member: CastMember }[] = [];

  constructor(private readonly c: Context) {}

  noteSpeaker(at: number, member: CastMember) {
    this.spoke.push({ at, member });
    this.spoke.sort((x, y) => x.at - y.at);
  }

  resolve(m: Mention): CastMember | null {
    const text = this.c.text.slice(m.start, m.end);
    switch (m.kind) {
      case "name":
        return this.c.cast.byName(text, m.start, false);
      case "pronoun":
        return this.pronoun(text.toLowerCase(), m.start);
      case "relative":
        return this.relative(m);
      case "nominal":
        return this.nominal(m);
    }
  }

  private paragraphStart(at: number, back: number): number {
    const i = this.c.paragraphs.findIndex((p) => at < p.end);
    const idx = i < 0 ? this.c.paragraphs.length - 1 : i;
    return this.c.paragraphs[Math.max(0, idx - back)]!.start;
  }

  private pronoun(key: string, at: number): CastMember | null {
    if (key === "i" || key === "we") {
      return this.c.cast.described(EDITORIAL, "outlet", "The outlet that published the article, in its own voice", at);
    }
    if (key === "it" || key === "they") {
      const from = this.paragraphStart(at, 1);
      const fits = (m: CastMember) => (key === "it" ? m.kind !== "person" && m.kind !== "group" : m.kind !== "person");
      const spoke = this.spoke.filter((s) => s.at < at && s.at >= from && fits(s.member)).at(-1);
      if (spoke) return spoke.member;
      const named = this.c.names.filter((n) => n.mention.start < at && n.mention.start >= from && fits(n.member)).at(-1);
      return named?.member ?? null;
    }
    const gender = key === "he" ? "m" : "f";
    const fits = (m: CastMember) => m.kind === "person" && (m.gender === undefined || m.gender === gender);
    // A person named earlier in the same sentence: `As for Carlson's view, he said ...`.
    const s = this.c.sentenceOf(at);
    const inSentence = this.c.names.filter((n) => n.mention.start >= s.start && n.mention.start < at && fits(n.member));
    if (inSentence[0]) return inSentence[0].member;
    // Otherwise the last person who spoke nearby, or failing that the last person named.
    const from = this.paragraphStart(at, 2);
    const spoke = this.spoke.filter((x) => x.at < at && x.at >= from && fits(x.member)).at(-1);
    const named = this.c.names.filter((n) => n.mention.start < at && fits(n.member)).at(-1);
    if (spoke && named && named.mention.start > spoke.at && named.member !== spoke.member) {
      // A person introduced after the last speaker, in an earlier paragraph, usually is the new speaker.
      const namedPara = this.paragraphStart(named.mention.start, 0);
      const spokePara = this.paragraphStart(spoke.at, 0);
      if (namedPara > spokePara && this.isSubject(named.mention)) return named.member;
    }
    if (spoke) return spoke.member;
    return named?.member ?? this.spoke.filter((x) => x.at < at && fits(x.member)).at(-1)?.member ?? null;
  }

  /** Whether a name mention opens its sentence or clause, as subjects do. */
  private isSubject(m: Mention): boolean {
    const before = this.c.text.slice(this.c.sentenceOf(m.start).start, m.start);
    return before.trim() === "" || /,\s*$/.test(before) || /^(But|And|So|Yet|Still|Now|Then)\s*$/.test(before.trim());
  }

  /** The last indefinite description with this head noun before `at`, as a name. */
  private introduced(head: string, at: number): { name: string; at: number } | undefined {
    const esc = head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{L}’'-]+\s+){0,3}?${esc}(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)?)\b`, "gu");
    let found: { name: string; at: number } | undefined;
    for (const m of this.c.text.slice(0, at).matchAll(re)) found = { name: m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1), at: m.index };
    return found;
  }

  private relative(m: Mention): CastMember | null {
    const ws = this.c.words;
    const prev = ws[m.first - 1];
    if (!prev) return null;
    const ante = npBackward(this.c.text, ws, m.first - 1);
    return ante && ante.kind !== "relative" ? this.resolve(ante) : null;
  }

  private nominal(m: Mention): CastMember | null {
    const ws = this.c.words;
    const raw = this.c.text.slice(m.start, m.end);
    const first = ws[m.first]!;
    // The head noun: the last lower-case word before any `for`/`of` link.
    const span = ws.slice(m.first, m.last + 1);
    const link = span.findIndex((w, i) => i > 0 && ["for", "of", "at", "with", "from", "in"].includes(w.key));
    const head = (link > 0 ? span.slice(0, link) : span).filter((w) => /^\p{Ll}/u.test(w.text) && !["the", "a", "an", "this", "that", "one", "another"].includes(w.key)).at(-1)?.key;
    const definite = ["the", "this", "that"].includes(first.key);
    const hasName = ws.slice(m.first + 1, m.last + 1).some((w) => /^\p{Lu}/u.test(w.text));
    if (definite && head) {
      // `the spokesperson` after `a spokesperson for ...`; `the president` after `President X`.
      const byHead = [...this.c.cast.members]
        .filter((x) => x.seen.some((s) => s < m.start))
        .filter((x) => x.tokens.includes(head) || x.titles.has(head) || (x.role ?? "").toLowerCase().split(/\W+/).includes(head))
        .sort((x, y) => (y.seen.filter((s) => s < m.start).at(-1) ?? 0) - (x.seen.filter((s) => s < m.start).at(-1) ?? 0));
      if (byHead[0]) return byHead[0];
      // `the spokesperson` after `A spokesperson for the Port Authority declined to ...`.
      const intro = this.introduced(head, m.start);
      if (intro) return this.c.cast.described(intro.name, kindOfDescription(head), null, intro.at);
      if (!hasName) {
        // Elegant variation (`the New York businessman`) names the person the text is about.
        const spoke = this.spoke.filter((x) => x.at < m.start && x.member.kind === "person").at(-1);
        if (spoke && !/s$/.test(head)) return spoke.member;
      }
    }
    const name = raw.replace(/^(the|a|an|one|another|this|that)\s+/i, "");
    const member = this.c.cast.described(name.charAt(0).toUpperCase() + name.slice(1), /s$/.test(head ?? "") ? "group" : kindOfDescription(head), null, m.start);
    return member;
  }
}

function kindOfDescription(head: string | undefined): CastMember["kind"] {
  if (!head) return "person";
  if (["report", "study", "statement", "poll", "survey", "letter", "memo", "document", "filing", "ruling", "article", "editorial", "finding", "website", "site", "tweet", "video", "ad"].includes(head)) return "institution";
  if (["campaign", "administration", "government", "ministry", "department", "agency", "committee", "council", "court", "commission", "board", "panel"].includes(head)) return "government";
  if (["media", "press", "newspaper", "network", "outlet"].includes(head)) return "outlet";
  if (["group", "organization", "union", "party", "company", "firm", "team"].includes(head)) return "institution";
  return "person";
}
