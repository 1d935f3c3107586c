import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { sidesOf, sidesSentence } from "../../src/digest/read";
import { findDigest } from "../../src/digest/store";

const seed = (await findDigest(env.DB, "putin-offer-to-negotiate"))!.body;
const question = (id: string) => seed.questions.find((q) => q.id === id)!;

describe("sidesOf", () => {
  it("stands each side by a quote the editor marked as about that question", () => {
    const [yes, no] = sidesOf(seed, question("offer-genuine"));
    expect(yes!.quote).toMatchObject({ text: "We are willing to negotiate", speakerName: "Vladimir Putin" });
    expect(no!.quote?.text).toMatch(/^Despite Mr\. Putin’s words, we have seen no actions/);
    expect(no!.quote?.speakerName).toBe("NSC spokesperson");
  });

  it("picks no quote rather than one about another question", () => {
    const [inevitable, refused] = sidesOf(seed, question("territorial-concessions"));
    expect(inevitable!.actors.map((a) => a.id)).toEqual(["vladimir-putin", "editorial-voice"]);
    expect(inevitable!.quote).toBeNull();
    expect(refused!.quote).toBeNull();
  });

  it("names the central question and who stands where in one sentence", () => {
    expect(sidesSentence(seed)).toBe(
      "Is Putin’s offer to negotiate an end to the Ukraine war genuine? Yes: the offer is genuine (Vladimir Putin, Dmitry Suslov, Tucker Carlson, Russian media, The article’s editorial voice); No: nothing shows it is genuine (The White House, NSC spokesperson).",
    );
  });
});
