// The hand-annotated pages' scorer (scripts/lib/page-score.ts): its matching must be able to
// fail, so each rule is checked with a prediction that should not pass.
import { describe, expect, it } from "vitest";
import { emptyTally, PageGold, type Predicted, sameSpeaker, scorePage } from "../../scripts/lib/page-score";

const page = "“We will appeal,” said Mayor Jane Roe. Critics called it “a stunt.” “We will appeal,” she said again.";
const at = (words: string, from = 0) => page.indexOf(words, from);
const quote = (words: string, speaker: string | null, from = 0): Predicted => ({
  start: at(words, from),
  end: at(words, from) + words.length,
  speaker,
});
const gold = [
  { quote: "We will appeal,", speaker: "Jane Roe" },
  { quote: "a stunt.", speaker: null, mixed: true },
  { quote: "We will appeal,", speaker: "Jane Roe" },
];
const second = at("We will appeal,") + 1;

describe("scoring pages annotated by hand", () => {
  it("matches quotations in order and judges speakers by name", () => {
    const t = emptyTally();
    scorePage("p", page, gold, [quote("We will appeal,", "Roe"), quote("We will appeal,", "Jane Roe", second)], t);
    expect(t).toMatchObject({ gold: 3, found: 2, predicted: 2, falsePositives: 0, speakerRight: 2, named: 2, namedRight: 2 });
    expect(t.errors).toEqual(["p MISSED «a stunt.» (null)"]);
  });

  it("counts a wrong speaker and a false quotation against the extractor", () => {
    const t = emptyTally();
    scorePage("p", page, gold, [quote("We will appeal,", "Critics"), quote("Critics called it", null)], t);
    expect(t).toMatchObject({ found: 1, namedRight: 0, predicted: 2, falsePositives: 1 });
    expect(t.errors).toContain("p SPEAKER «We will appeal,» gold=Jane Roe got=Critics");
  });

  it("leaves mixed quotations out both ways with openingOnly", () => {
    const t = emptyTally();
    scorePage("p", page, gold, [quote("a stunt.", null)], t, true);
    expect(t).toMatchObject({ gold: 2, found: 0, predicted: 0, falsePositives: 0 });
    const all = emptyTally();
    scorePage("p", page, gold, [quote("a stunt.", null)], all);
    expect(all).toMatchObject({ gold: 3, found: 1, predicted: 1 });
  });

  it("leaves out a quotation that a stored excerpt cuts off", () => {
    const cut = "Roe spoke. “We will appeal and we will";
    const t = emptyTally();
    scorePage("p", cut, [], [{ start: 12, end: cut.length, speaker: "Roe" }], t);
    expect(t.predicted).toBe(0);
    const closed = emptyTally();
    scorePage("p", `${cut}”`, [], [{ start: 12, end: cut.length, speaker: "Roe" }], closed);
    expect(closed.falsePositives).toBe(1);
  });

  it("finds each gold quotation after the one before it, as whole words", () => {
    // The gold's `stunt` is the quoted word after the body's “a stunt,”: not the headline's
    // (before the quotation listed ahead of it), not the one inside `stunts`.
    const text = "Roe calls deal ‘a stunt’\n\nCritics called the deal “a stunt,” said Jane Roe, who hates stunts. She said “stunt” twice.";
    const spot = (w: string, from: number) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
    const found = (preds: Predicted[]) => {
      const t = emptyTally();
      scorePage(
        "p",
        text,
        [
          { quote: "a stunt,", speaker: "Jane Roe" },
          { quote: "stunt", speaker: "Jane Roe", mixed: true },
        ],
        preds,
        t,
      );
      return t.found;
    };
    const body = { ...spot("a stunt,", 0), speaker: "Roe" };
    const word = { ...spot("“stunt”", 0), speaker: "Roe" };
    expect(found([body, word])).toBe(2);
    // Negative control: the headline's words and the word inside `stunts` are not the gold's.
    expect(
      found([
        { ...spot("a stunt’", 0), speaker: "Roe" },
        { ...spot("stunts", 0), speaker: "Roe" },
      ]),
    ).toBe(0);
  });

  it("refuses gold that is not in the page", () => {
    expect(() => scorePage("p", page, [{ quote: "We never said it", speaker: null }], [], emptyTally())).toThrow(
      /p: gold quote not in the page/,
    );
  });

  it("reads names loosely but not carelessly", () => {
    expect(sameSpeaker("Jane Roe", "Mayor Jane Roe")).toBe(true);
    expect(sameSpeaker("Toronto police", "Toronto Police Service")).toBe(true);
    expect(sameSpeaker("RCMP", "Toronto Police Service")).toBe(false);
    expect(sameSpeaker("Roe", "Jane Roe")).toBe(true);
    expect(sameSpeaker("Tom Baker", "Jane Roe")).toBe(false);
    expect(sameSpeaker(null, "Jane Roe")).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
  });

  it("checks the gold file's shape", () => {
    expect(PageGold.safeParse({ "01.txt": [{ quote: "x", speaker: null }] }).success).toBe(true);
    expect(PageGold.safeParse({ "01.txt": [{ quote: "x", who: "Roe" }] }).success).toBe(false);
    expect(PageGold.safeParse({ "01.md": [] }).success).toBe(false);
  });
});
