// Neutral sides: no side wears green or red, and each side has its own colour and marker,
// on the page and in the summary email.
import { describe, expect, it } from "vitest";
import { css } from "../../src/http/page/styles";
import { personalize } from "../../src/mail";
import { planEdition } from "../../src/schedule/editions";
import { renderEditionBody } from "../../src/schedule/email/render";
import { fixtureDigest } from "../schedule/helpers";
import { worker } from "../worker";

/** The colour a CSS custom property is given in the first rule that sets it (the light palette). */
const lightVar = (name: string) => css.match(new RegExp(`--${name}:(#[0-9a-f]{3,6})`))?.[1];

/** Whether a colour is mostly green or mostly red: the verdict colours. */
function reads_as_verdict(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return (g > r * 1.3 && g > b * 1.3) || (r > g * 1.6 && r > b * 1.6);
}

describe("sides on the digest page", () => {
  it("gives each side its own class and shape marker", async () => {
    const html = await (await worker.fetch("https://standpoint.test/digests/putin-offer-to-negotiate")).text();
    const sides = [...html.matchAll(/<li class="side side-(\d)"><h3><span class="mark" aria-hidden="true">(.) <\/span>/g)];
    expect(sides.map((m) => m[1])).toEqual(["0", "1"]);
    expect(sides.map((m) => m[2])).toEqual(["●", "■"]);
  });

  it("colours sides with hues that imply no verdict", () => {
    const colours = [0, 1, 2, 3].map((i) => lightVar(`s${i}`)!);
    expect(new Set(colours).size).toBe(4);
    for (const colour of colours) expect(reads_as_verdict(colour), colour).toBe(false);
    // Negative control: the old palette (first side green, second red) is caught.
    expect(reads_as_verdict("#1d6b3a")).toBe(true);
    expect(reads_as_verdict("#9c2a1f")).toBe(true);
    expect(css).not.toMatch(/\.side[^{]*\{[^}]*var\(--(a|b)\)/);
  });
});

describe("sides in the summary email", () => {
  const digest = fixtureDigest("bridge-sides", "2026-11-27", "Bridge");
  const body = renderEditionBody(planEdition("daily", new Date("2026-11-28T07:00:00Z"), [digest], null)!, {
    siteUrl: "https://standpoint.test",
    postalAddress: "Standpoint, 1 Example Street",
  });
  const { html, text } = personalize(body, { preferencesUrl: "https://p.test/", unsubscribeUrl: "https://u.test/" });
  const labels = [...html.matchAll(/<p class="sp-side(\d)" style="[^"]*color:(#[0-9a-f]{6})">(.) ([^<]+)<\/p>/g)];

  it("labels each side with its own marker and colour, in both parts", () => {
    expect(labels.map((m) => m[4])).toEqual(["Build it", "Do not build it"]);
    expect(new Set(labels.map((m) => m[2])).size).toBe(2);
    expect(new Set(labels.map((m) => m[3])).size).toBe(2);
    for (const [, , colour] of labels) expect(reads_as_verdict(colour!)).toBe(false);
    expect(text).toContain("● Build it: Jane Roe");
    expect(text).toContain("■ Do not build it: Sam Poe");
  });

  it("gives each side's colour a dark-mode variant", () => {
    expect(html).toMatch(/@media \(prefers-color-scheme:dark\)\{[\s\S]*\.sp-side0\{color:#[0-9a-f]{6}!important\}\.sp-side1\{/);
  });
});
