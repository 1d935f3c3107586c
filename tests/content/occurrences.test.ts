import { describe, expect, it } from "vitest";
import { Occurrences } from "../../src/content/occurrences";

/** Every start of `excerpt` in `text`, ascending, by plain search: what Occurrences must agree with. */
function allStarts(text: string, excerpt: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + 1)) starts.push(at);
  return starts;
}

// Repeats, overlapping repeats (`aaaa`), excerpts shorter than a gram, excerpts at the very
// start and end of the text, and excerpts whose rarest gram is not their first (`said Qz1`),
// so that the index's chains, offsets and bounds are all used.
const TEXT = `${"Putin said “no.” The Kremlin said no. aaaaaa Ab ab ".repeat(40)}Putin said Qz1. the end`;
const EXCERPTS = [
  "Putin",
  "said",
  "no",
  "“no.”",
  "aaaa",
  "aa",
  "a",
  "Ab",
  "ab ",
  "Kremlin said no",
  "said Qz1",
  "in said Qz",
  "the end",
  "Pu",
  "absent",
  "zzzz",
  "d",
];

describe("Occurrences", () => {
  it("finds every start of an excerpt, ascending, once searching has moved to the gram index", () => {
    let steps = 0;
    const occurrences = new Occurrences(TEXT, (n) => {
      steps += n;
    });
    // Short excerpts cost a pass each; after a few passes the rest are looked up in the index.
    for (let i = 0; i < 40; i++) occurrences.of(`filler ${i}`);
    const passes = steps / TEXT.length;
    expect(passes).toBeGreaterThan(4);
    for (const excerpt of EXCERPTS) expect(occurrences.of(excerpt), excerpt).toEqual(allStarts(TEXT, excerpt));
  });

  it("agrees with plain search before the index too, and answers a repeated question from memory", () => {
    const occurrences = new Occurrences(TEXT);
    for (const excerpt of EXCERPTS) expect(occurrences.of(excerpt), excerpt).toEqual(allStarts(TEXT, excerpt));
    expect(occurrences.of("Putin")).toBe(occurrences.of("Putin"));
    expect(occurrences.of("")).toEqual([]);
  });
});
