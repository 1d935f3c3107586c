// Finding quotations, and telling speech from other uses of quotation marks.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract";

const texts = (t: string) => extractQuotes(t).map((q) => q.text);

describe("quotations", () => {
  it("reads straight and curly marks", () => {
    expect(texts(`"We will win," Jane Roe said.`)).toEqual(["We will win,"]);
    expect(texts(`“We will win,” Jane Roe said.`)).toEqual(["We will win,"]);
    expect(texts(`''We will win,'' Jane Roe said.`)).toEqual(["We will win,"]);
  });

  it("keeps a quote of several sentences whole", () => {
    expect(texts(`“We will win. They know it. Everyone does,” Jane Roe said.`)).toEqual(["We will win. They know it. Everyone does,"]);
  });

  it("finds both halves of a quote split by its attribution, with one speaker", () => {
    const qs = extractQuotes(`“The plan is sound,” Tom Baker said, “and the council will pass it.”`);
    expect(qs.map((q) => q.text)).toEqual(["The plan is sound,", "and the council will pass it."]);
    expect(qs.map((q) => q.speaker)).toEqual(["Tom Baker", "Tom Baker"]);
  });

  it("continues a quotation into the next paragraph that reopens it", () => {
    const text = `Mayor Ann Lee spoke at length.\n“We cut the budget twice. It was not enough.\n“Now we ask the state for help,” she said.`;
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.text)).toEqual(["We cut the budget twice. It was not enough.", "Now we ask the state for help,"]);
    expect(new Set(qs.map((q) => q.group)).size).toBe(1);
    expect(qs.every((q) => q.speaker === "Ann Lee")).toBe(true);
  });

  it("takes a partial quote inside reported speech", () => {
    expect(texts(`Sen. Paul Grant said the bill was “a gift to lobbyists” and would fail.`)).toEqual(["a gift to lobbyists"]);
  });

  it("leaves out scare quotes, titles and nicknames", () => {
    expect(texts(`The so-called “reform” passed after a “shake-up” of the board.`)).toEqual([]);
    expect(texts(`She appeared on “Meet the Press” and wrote the book “A Long Way Home.”`)).toEqual([]);
    expect(texts(`Robert “Bobby” Jones returned to the club.`)).toEqual([]);
    expect(texts(`He sold “organic” vegetables at the market.`)).toEqual([]);
  });

  it("ignores marks inside markup and inch marks", () => {
    expect(texts(`<tweet id="123">.\nHe is 6'3" tall.`)).toEqual([]);
  });
});
