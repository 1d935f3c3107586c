// Given names and places (src/extract/names.ts over the generated gazetteer): what tells the
// extractor that `he` may stand for `Mark Hall` but never for `Nova Scotia`.
import { describe, expect, it } from "vitest";
import { Cast } from "../../src/extract/actors";
import { genderOfGivenName, isGivenName, isPlace } from "../../src/extract/names";

describe("given names", () => {
  it("know the gender of common given names, in any case", () => {
    expect(genderOfGivenName("Margaret")).toBe("f");
    expect(genderOfGivenName("zachary")).toBe("m");
    expect(genderOfGivenName("Oluwaseun")).toBeUndefined();
  });

  it("read an accented spelling as the unaccented one the lists hold", () => {
    expect(genderOfGivenName("Noémi")).toBe("f");
    expect(genderOfGivenName("Valérie")).toBe("f");
    expect(genderOfGivenName("Sébastien")).toBe("m");
  });

  it("know Quebec and Acadian given names by the gender French gives them, compounds by their first name", () => {
    expect(genderOfGivenName("Philippe")).toBe("m");
    expect(genderOfGivenName("Stéphane")).toBe("m");
    expect(genderOfGivenName("Ginette")).toBe("f");
    expect(genderOfGivenName("Jean-François")).toBe("m");
    expect(genderOfGivenName("Pierre-Luc")).toBe("m");
    expect(genderOfGivenName("Marie-Ève")).toBe("f");
    expect(isGivenName("Jean-Zzz")).toBe(true);
    expect(isGivenName("Zzz-Jean")).toBe(false);
  });

  it("know given names common in Canada's other communities, with a gender only where the community gives one", () => {
    const expected: [string, "f" | "m" | undefined][] = [
      ["Jagmeet", undefined],
      ["Harjit", undefined],
      ["Navdeep", undefined],
      ["Amarjeet", undefined],
      ["Sanjay", "m"],
      ["Ajay", "m"],
      ["Deepa", "f"],
      ["Priya", "f"],
      ["Nikita", undefined],
      ["Mohamed", "m"],
      ["Tariq", "m"],
      ["Fatima", "f"],
      ["Zainab", "f"],
      ["Noor", undefined],
      ["Zhiwei", "m"],
      ["Xiaomei", "f"],
      ["Wei", undefined],
      ["Ji-hoon", "m"],
      ["Seo-yeon", "f"],
      ["Min", undefined],
      ["Tuan", "m"],
      ["Thuy", "f"],
      ["Thanh", undefined],
      ["Volodymyr", "m"],
      ["Oksana", "f"],
      ["Chrystia", "f"],
      ["Krzysztof", "m"],
      ["Małgorzata", "f"],
      ["Carmine", "m"],
      ["Giuseppina", "f"],
      ["João", "m"],
      ["Conceição", "f"],
      ["Pauloosie", "m"],
      ["Elisapee", "f"],
    ];
    for (const [name, g] of expected) {
      expect(isGivenName(name), name).toBe(true);
      expect(genderOfGivenName(name), name).toBe(g);
    }
  });

  it("give no gender to names French gives one gender and English or Italian the other, and correct French women's", () => {
    for (const name of ["Alexis", "Laurence", "Jocelyn", "Daniele"]) expect(genderOfGivenName(name), name).toBeUndefined();
    expect(genderOfGivenName("Pascale")).toBe("f");
    expect(genderOfGivenName("Dany")).toBe("m");
  });

  it("leave out words, places and surnames that look like such names", () => {
    for (const word of ["Said", "Long", "Nam", "Nova", "Li", "Yan"]) expect(isGivenName(word), word).toBe(false);
  });

  it("give no gender to a name borne by women and men alike, though it is still a given name", () => {
    expect(isGivenName("Morgan")).toBe(true);
    expect(genderOfGivenName("Morgan")).toBeUndefined();
  });

  it("are not words that merely look like names", () => {
    for (const word of ["Canada", "Premier", "Justice", "Health"]) expect(isGivenName(word), word).toBe(false);
  });
});

describe("places", () => {
  it("are matched whole, keyed as name words are (lower case, no final stop)", () => {
    expect(isPlace(["nova", "scotia"])).toBe(true);
    expect(isPlace(["b.c"])).toBe(true);
    expect(isPlace(["ottawa"])).toBe(true);
    expect(isPlace(["nova"])).toBe(false);
    expect(isPlace(["jack", "london"])).toBe(false);
  });

  it("make a name a government, unless a given name opens it", () => {
    const cast = new Cast();
    expect(cast.byName("Nova Scotia", 0).kind).toBe("government");
    expect(cast.byName("Global Affairs Canada", 20).kind).toBe("government");
    expect(cast.byName("Health Canada", 40).name).toBe("Health Canada");
    expect(cast.byName("Victoria Nuland", 60).kind).toBe("person");
    expect(cast.byName("Jack London", 80).kind).toBe("person");
  });

  it("leave a festival, a team or a theatre to organisations, whatever names them", () => {
    const cast = new Cast();
    expect(cast.byName("Stratford Festival", 0).kind).toBe("institution");
    expect(cast.byName("Team Tory", 20).kind).toBe("institution");
    expect(cast.byName("Citadel Theatre", 40).kind).toBe("institution");
  });

  it("take a street's name for a place even when a given name opens it", () => {
    const cast = new Cast();
    expect(cast.byName("Bay Street", 0).kind).toBe("government");
    expect(cast.byName("Yonge St.", 20).kind).toBe("government");
    expect(cast.byName("Jack Street", 40).kind).toBe("government");
    expect(cast.byName("Jack Streeter", 60).kind).toBe("person");
  });

  it("keep a lone place to itself, but join a person the cast knows by that surname", () => {
    const cast = new Cast();
    const agency = cast.byName("Global Affairs Canada", 0);
    expect(cast.byName("Canada", 30)).not.toBe(agency);
    const general = cast.byName("Lloyd Austin", 60);
    expect(cast.byName("Austin", 90)).toBe(general);
  });
});
