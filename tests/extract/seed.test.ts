// The seed article's draft against its hand-written positions: every direct quote found,
// each with the right speaker.
import { describe, expect, it } from "vitest";
import article from "../../content/putin-offer-to-negotiate/article.txt?raw";
import positions from "../../content/putin-offer-to-negotiate/positions.json";
import { compileDigest } from "../../src/content/compile";
import { draftPositions, extractQuotes } from "../../src/extract";

const handQuotes = positions.positions.flatMap((p) =>
  p.evidence.filter((e) => e.kind === "quote").map((e) => ({ text: e.text, speaker: (e as { speaker: string }).speaker })),
);
const actorName = (id: string) => positions.actors.find((a) => a.id === id)!.name;
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2 && w !== "the"),
  );

describe("the seed article", () => {
  const found = extractQuotes(article);
  const speakerOf = (text: string) =>
    found.find((q) => q.start <= article.indexOf(text) && article.indexOf(text) + text.length <= q.end + 1);

  it.each(handQuotes)("finds “$text”", ({ text }) => {
    expect(speakerOf(text)).toBeDefined();
  });

  it.each(handQuotes)("gives “$text” to $speaker", ({ text, speaker }) => {
    const q = speakerOf(text)!;
    // Named people share a name word with the editor's actor (`Putin`, `Vladimir Putin`);
    // described ones share their description (`spokesperson`, `media`).
    const shared = [...words(q.speaker ?? "")].filter((w) => words(actorName(speaker)).has(w));
    expect(shared.length, `${q.speaker} for ${actorName(speaker)}`).toBeGreaterThan(0);
  });

  it("keeps one speaker per editor's actor", () => {
    const bySpeaker = new Map<string, Set<string>>();
    for (const h of handQuotes) {
      const set = bySpeaker.get(h.speaker) ?? new Set();
      set.add(speakerOf(h.text)!.actor!);
      bySpeaker.set(h.speaker, set);
    }
    for (const [speaker, drafted] of bySpeaker) expect([...drafted], speaker).toHaveLength(1);
    expect(new Set([...bySpeaker.values()].map((s) => [...s][0])).size).toBe(bySpeaker.size);
  });

  it("finds no quote the editor did not, and declares the scare quote", () => {
    const draft = draftPositions(article);
    const drafted = draft.positions.flatMap((p) => p.evidence).filter((e) => e.kind === "quote");
    for (const e of drafted)
      expect(
        handQuotes.some((h) => h.text.includes(e.text.replace(/[,.]$/, "")) || e.text.includes(h.text)),
        e.text,
      ).toBe(true);
    expect(draft.notSpeech).toEqual([{ text: "shake-up", reason: "scare-quotes" }]);
  });

  it("passes the verifier", () => {
    const digest = compileDigest({
      slug: "seed-draft",
      dir: "content/seed-draft",
      article,
      meta: { title: "Draft", added: "2026-01-01", source: { headline: null, outlet: null, url: null, published: null, author: null } },
      positions: draftPositions(article),
    });
    expect(digest.review).toBe("draft");
  });
});
