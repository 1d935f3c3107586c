// A firm the text named, then called by a firm's noun (src/extract/firm-descriptions.ts): the
// one firm named, shown a firm by its words or the words around it, and never one of two.
import { describe, expect, it } from "vitest";
import { quoteOf } from "./helpers";

describe("firm descriptions", () => {
  it("a firm's noun stands for the one firm its own words show (`Ltd.`, `Inc.`, `Motors`)", () => {
    expect(quoteOf(`Acme Foods Ltd. reported a loss. “Prices are high,” the grocer said.`, "Prices").speaker).toBe("Acme Foods Ltd.");
    expect(quoteOf(`Shoppers at Brenvo Inc. stores will pay more. “Costs rose,” the grocer said.`, "Costs").speaker).toBe("Brenvo Inc.");
    expect(quoteOf(`General Motors said it would close the plant. “It was hard,” the automaker said.`, "It was").speaker).toBe(
      "General Motors",
    );
  });

  it("a name the cast reads otherwise is a firm by what it does or the noun beside it", () => {
    expect(quoteOf(`Starbucks is closing 30 cafes. “We are grateful,” the coffee chain said.`, "We are").speaker).toBe("Starbucks");
    expect(quoteOf(`Hudson's Bay is closing 15 stores. “It was hard,” the company said.`, "It was").speaker).toBe("Hudson's Bay");
    expect(quoteOf(`Canada's oldest retailer, Hudson's Bay, is closing. “It was hard,” the retailer said.`, "It was").speaker).toBe(
      "Hudson's Bay",
    );
    // A place closes its own things, a firm a count of stores or jobs.
    expect(quoteOf(`Peggy's Cove is closing its lighthouse. “It is unsafe,” the company said.`, "It is").speaker).toBeNull();
  });

  it("a possessive opening a company's name is the name's own", () => {
    expect(quoteOf(`The Hudson's Bay Company is closing 15 stores. “It was hard,” the company said.`, "It was").speaker).toBe(
      "Hudson's Bay Company",
    );
  });

  it("no one where another name may be the firm, or the trade is people's", () => {
    expect(quoteOf(`Shaw and Rogers both raised prices. “Costs rose,” the company said.`, "Costs").speaker).toBeNull();
    expect(quoteOf(`Acme Ltd. and Brenvo Inc. raised prices. “Costs rose,” the grocer said.`, "Costs").speaker).toBeNull();
    expect(quoteOf(`The miners at Vale Canada Ltd. walked out. “We want a deal,” the miner said.`, "We want").speaker).toBeNull();
    expect(quoteOf(`Smith says it will rain. “Bring an umbrella,” the company said.`, "Bring").speaker).toBeNull();
    // A firm named for its founder reads as a person, and may be the one meant.
    expect(quoteOf(`Acme Inc. will buy Jean Coutu. “We grow,” the pharmacy chain said.`, "We grow").speaker).toBeNull();
    // A person closes their own things; a firm closes a count of them.
    expect(quoteOf(`Baker is closing his bakery. “It was good,” the company said.`, "It was").speaker).toBeNull();
    expect(
      quoteOf(`Acme Inc. raised prices. Local grocer Tom Baker is upset. “It hurts,” the grocer said.`, "It hurts").speaker,
    ).toBeNull();
  });

  it("a person of the trade is the person, not the firm", () => {
    const text = `Miner Tom Baker worked at Vale Canada Ltd. for 30 years. “It was dangerous,” the miner said.`;
    expect(quoteOf(text, "It was").speaker).toBe("Tom Baker");
  });
});
