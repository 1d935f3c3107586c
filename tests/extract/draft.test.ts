// The positions draft: reported positions, the editorial voice, and the verifier's verdict.
import { describe, expect, it } from "vitest";
import { compileDigest } from "../../src/content/compile";
import { draftPositions } from "../../src/extract";

const meta = { title: "Draft", added: "2026-01-01", source: { headline: null, outlet: null, url: null, published: null, author: null } };
const compile = (article: string) =>
  compileDigest({ slug: "draft", dir: "content/draft", article, meta, positions: draftPositions(article) });

const ARTICLE = [
  `Mayor Ann Lee has refused to raise the tram fares, and the council rejected her budget on Monday.`,
  `We noted last week that the city is short of money.`,
  `“We will not balance the books on the backs of riders,” Lee told The City Paper. “Never.”`,
  `Critics call the plan a “fantasy” and her “Fair Fares” slogan empty; “fantasy” is a word they like.`,
].join("\n");

describe("draftPositions", () => {
  it("drafts a file the verifier accepts, every excerpt found where it stands in the text", () => {
    // compile() throws unless every excerpt occurs verbatim and every quotation is attributed.
    const digest = compile(ARTICLE);
    const evidence = digest.positions.flatMap((p) => p.evidence);
    expect(evidence.length).toBeGreaterThanOrEqual(4);
    for (const e of evidence) expect(ARTICLE.slice(e.start, e.end)).toBe(e.text);
    // `the council rejected her budget` is the council's position, not the mayor's: a
    // description of an organisation never stands for the last person who spoke.
    expect(new Set(digest.positions.map((p) => p.actor))).toEqual(new Set(["ann-lee", "council", "editorial-voice"]));
  });

  it("attributes quotes and reported stances to actors with slug ids", () => {
    const draft = draftPositions(ARTICLE);
    const lee = draft.positions.find((p) => p.actor === "ann-lee")!;
    expect(lee.evidence.filter((e) => e.kind === "quote").map((e) => e.text)).toEqual([
      "We will not balance the books on the backs of riders,",
      "Never.",
    ]);
    expect(lee.evidence.some((e) => e.kind === "report" && e.text.startsWith("Mayor Ann Lee has refused"))).toBe(true);
    expect(lee.evidence.find((e) => e.kind === "quote")!.saidTo).toBe("The City Paper");
    expect(draft.actors.find((a) => a.id === "ann-lee")!.role).toBe("Mayor");
  });

  it("reads no role from a clause that opens after the name's comma", () => {
    // `the interview with Mayor Ann Lee, we noted that …`: the words after the comma are the
    // outlet's clause, not an appositive; the title stays the role.
    const text =
      'After the interview with Mayor Ann Lee, we noted that her offer to riders appeared genuine. "We will hold fares," Lee told reporters.';
    expect(draftPositions(text).actors.find((a) => a.id === "ann-lee")!.role).toBe("Mayor");
  });

  it("gives the outlet's own `we` to the editorial voice", () => {
    const draft = draftPositions(ARTICLE);
    const voice = draft.positions.find((p) => p.actor === "editorial-voice")!;
    expect(voice.evidence.map((e) => e.text)).toContain("We noted last week that the city is short of money.");
  });

  it("declares scare quotes and titles as not speech, with occurrences for repeats", () => {
    const ns = draftPositions(ARTICLE).notSpeech!;
    expect(ns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: "fantasy", occurrence: 1 }),
        expect.objectContaining({ text: "fantasy", occurrence: 2 }),
        expect.objectContaining({ text: "Fair Fares", reason: "title" }),
      ]),
    );
  });

  it("drafts an article with no quotations at all", () => {
    expect(compile("The weather was mild. Nobody said anything.").positions.length).toBeGreaterThan(0);
  });
});
