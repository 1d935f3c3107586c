// Attribution patterns of news prose, with short examples of their own.
import { describe, expect, it } from "vitest";
import { quoteOf } from "./helpers";

describe("speakers", () => {
  it("X said / said X", () => {
    expect(quoteOf(`“Taxes will rise,” Maria Chen said.`, "Taxes").speaker).toBe("Maria Chen");
    expect(quoteOf(`“Taxes will rise,” said Maria Chen.`, "Taxes").mention).toBe("Maria Chen");
  });

  it("X, the ..., said: the appositive gives the role and is skipped", () => {
    const q = quoteOf(`“Rates stay high,” Omar Haddad, chief economist at Northbank, said on Monday.`, "Rates");
    expect(q.speaker).toBe("Omar Haddad");
    expect(q.mention).toBe("Omar Haddad");
  });

  it("X told Y, and where it was said", () => {
    const q = quoteOf(`Lena Fischer told The Daily Ledger in an interview: “We are not leaving.”`, "We are");
    expect(q.speaker).toBe("Lena Fischer");
    expect(q.saidTo).toBe("The Daily Ledger");
    expect(q.saidIn).toBe("an interview");
    expect(quoteOf(`“No comment,” said Lena Fischer, the mayor, to Radio North.`, "No comment").saidTo).toBe("Radio North");
  });

  it("a noun of saying right after the verb is its object: the subject is the verb's", () => {
    const q = quoteOf(
      `Mara Lindqvist, the Danish activist whose marches drew thousands, says claims of progress mean “very little.”`,
      "very",
    );
    expect(q.mention).toBe("Mara Lindqvist");
  });

  it("according to X", () => {
    expect(quoteOf(`“The vote was rigged,” according to Paul Weir.`, "The vote").speaker).toBe("Paul Weir");
    expect(quoteOf(`According to Paul Weir, “the vote was rigged.”`, "the vote").speaker).toBe("Paul Weir");
  });

  it("a colon after the speaker", () => {
    expect(quoteOf(`Governor Ray Ortiz: “We will appeal.”`, "We will").speaker).toBe("Ray Ortiz");
    expect(quoteOf(`Ray Ortiz said in a statement: “We will appeal.”`, "We will").speaker).toBe("Ray Ortiz");
  });

  it("the speaker in the previous sentence or the next quote", () => {
    const text = `Nadia Petrova said the talks had stalled.\n“Nobody is moving. Nobody is even talking.”`;
    expect(quoteOf(text, "Nobody").speaker).toBe("Nadia Petrova");
    const split = `“It is over.” “We lost,” Carl Young said.`;
    expect(quoteOf(split, "It is over").speaker).toBe("Carl Young");
  });

  it("pronouns resolve to the last person who spoke, of the right gender", () => {
    const text = `Mary Walsh and Tom Reid met on Friday.\n“We agreed on nothing,” Mary Walsh said.\n“It went badly,” she said.\n“I disagree,” Tom Reid said. “It went well,” he added.`;
    expect(quoteOf(text, "It went badly").speaker).toBe("Mary Walsh");
    expect(quoteOf(text, "It went badly").mention).toBe("she");
    expect(quoteOf(text, "It went well").speaker).toBe("Tom Reid");
  });

  it("later short forms join the full name", () => {
    const text = `Dmitri Volkov, a professor, spoke first.\n“It is a trap,” Volkov said.`;
    expect(quoteOf(text, "It is a trap")).toMatchObject({ speaker: "Dmitri Volkov", actor: "dmitri-volkov", mention: "Volkov" });
  });

  it("nominal references resolve to the description they repeat", () => {
    const text = `A spokesperson for the Port Authority declined to give figures.\n“We are reviewing the contract,” the spokesperson said.`;
    const q = quoteOf(text, "We are reviewing");
    expect(q.speaker).toBe("Spokesperson for the Port Authority");
    expect(q.mention).toBe("the spokesperson");
  });

  it("a dash signature", () => {
    expect(quoteOf(`“I will vote for the first time.” ― Rosa Diaz`, "I will vote").speaker).toBe("Rosa Diaz");
  });
});
