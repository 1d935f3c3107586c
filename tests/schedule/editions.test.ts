import { describe, expect, it } from "vitest";
import { personalize } from "../../src/mail";
import { isoWeek, nextRun, planEdition } from "../../src/schedule/editions";
import { renderEditionBody } from "../../src/schedule/email/render";
import { fixtureDigest } from "./helpers";

const digests = [
  fixtureDigest("bridge-a", "2026-11-26", "Bridge A"),
  fixtureDigest("bridge-b", "2026-11-27", "Bridge B"),
  fixtureDigest("bridge-c", "2026-11-27", "Bridge C"),
  fixtureDigest("bridge-d", "2026-11-28", "Bridge D"),
];
const at = (day: string) => new Date(`${day}T07:00:00Z`);

describe("planEdition", () => {
  it("holds the digests added the day before a daily edition, newest first", () => {
    const plan = planEdition("daily", at("2026-11-28"), digests, "2026-11-26");
    expect(plan).toMatchObject({ id: "daily:2026-11-28", coversFrom: "2026-11-27", coversThrough: "2026-11-27" });
    expect(plan!.digests.map((d) => d.slug)).toEqual(["bridge-b", "bridge-c"]);
  });

  it("starts after the previous edition, so days the cron missed are not lost", () => {
    const plan = planEdition("daily", at("2026-11-29"), digests, "2026-11-25");
    expect(plan!.digests.map((d) => d.slug)).toEqual(["bridge-d", "bridge-b", "bridge-c", "bridge-a"]);
  });

  it("makes no edition when nothing is new", () => {
    expect(planEdition("daily", at("2026-11-28"), digests, "2026-11-27")).toBeNull();
    expect(planEdition("daily", at("2026-11-20"), digests, null)).toBeNull();
  });

  it("gives a weekly edition the ISO week before its Monday", () => {
    const plan = planEdition("weekly", at("2026-11-30"), digests, null);
    expect(plan).toMatchObject({ id: "weekly:2026-W49", coversFrom: "2026-11-23", coversThrough: "2026-11-29" });
    expect(plan!.digests).toHaveLength(4);
  });

  it("names ISO weeks across year boundaries", () => {
    expect(isoWeek(new Date("2027-01-01T07:00:00Z"))).toEqual({ week: "2026-W53", monday: "2026-12-28" });
    expect(isoWeek(new Date("2025-12-29T07:00:00Z"))).toEqual({ week: "2026-W01", monday: "2025-12-29" });
  });

  it("knows when each cron fires next", () => {
    expect(nextRun("daily", new Date("2026-11-27T09:00:00Z")).toISOString()).toBe("2026-11-28T07:00:00.000Z");
    expect(nextRun("daily", new Date("2026-11-27T06:59:00Z")).toISOString()).toBe("2026-11-27T07:00:00.000Z");
    expect(nextRun("weekly", new Date("2026-11-27T09:00:00Z")).toISOString()).toBe("2026-11-30T07:00:00.000Z");
  });
});

describe("the summary email", () => {
  const config = { siteUrl: "https://standpoint.test/", postalAddress: "Standpoint, 1 Example Street" };
  const plan = planEdition("daily", at("2026-11-28"), digests, "2026-11-26")!;
  const body = renderEditionBody(plan, config);
  const links = {
    preferencesUrl: "https://standpoint.test/subscriptions/preferences/p.1.0.9.sig",
    unsubscribeUrl: "https://standpoint.test/subscriptions/unsubscribe/u.1.0.9.sig",
  };
  const { html, text } = personalize(body, links);

  it("names the lead story in the subject and the preheader", () => {
    expect(body.subject).toBe("Bridge B (+1 more) · Standpoint Daily");
    expect(body.preheader).toContain("Should the city build the bridge?");
    // The preheader is the email's first text, shown rather than hidden (src/mail/template/frame.tsx).
    const shown = html.split("</head>")[1]!.replace(/<[^>]+>/g, "");
    expect(shown.startsWith(body.preheader)).toBe(true);
  });

  it("shows each digest's question, sides with their people, one quote per side, and a link", () => {
    for (const [title, slug] of [
      ["Bridge B", "bridge-b"],
      ["Bridge C", "bridge-c"],
    ]) {
      expect(html).toContain(`href="https://standpoint.test/digests/${slug}"`);
      expect(html).toContain(title);
      expect(text).toContain(`Read the full digest: https://standpoint.test/digests/${slug}`);
    }
    expect(html).toContain("Build it");
    expect(html).toContain("“We will build the bridge,”");
    expect(html).toContain("— Jane Roe");
    expect(html).toContain("“The bridge is too costly,”");
    expect(text).toContain("   ■ Do not build it: Sam Poe\n     “The bridge is too costly,” — Sam Poe");
  });

  it("lays out with tables and inline styles, safe in dark mode", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('role="presentation"');
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toContain("@media (prefers-color-scheme:dark)");
    expect(html).not.toMatch(/<link|<script/);
  });

  it("carries the subscriber's own links and the postal address in both parts, and no placeholder", () => {
    for (const part of [html, text]) {
      expect(part).toContain(links.preferencesUrl);
      expect(part).toContain(links.unsubscribeUrl);
      expect(part).toContain("Standpoint, 1 Example Street");
      expect(part).not.toContain("placeholder.invalid");
    }
  });

  it("keeps the text part in the same order as the HTML", () => {
    const order = (s: string) => ["Bridge B", "Bridge C", "Unsubscribe", "Standpoint, 1 Example Street"].map((x) => s.indexOf(x));
    expect(order(text)).toEqual([...order(text)].sort((a, b) => a - b));
    expect(order(html)).toEqual([...order(html)].sort((a, b) => a - b));
  });

  it("escapes content by construction", () => {
    const hostile = fixtureDigest("hostile", "2026-11-27", `<img src=x onerror=alert(1)> & "quotes"`);
    const rendered = renderEditionBody(planEdition("daily", at("2026-11-28"), [hostile], null)!, config).html;
    expect(rendered).not.toContain("<img src=x");
    expect(rendered).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
  });

  it("stays far below Gmail's 102 KB clip, even for a week of 40 digests", () => {
    expect(new TextEncoder().encode(html).length).toBeLessThan(30 * 1024);
    const week = Array.from({ length: 40 }, (_, i) =>
      fixtureDigest(`week-${i}`, "2026-11-25", `A long title for the week's digest number ${i}`),
    );
    const big = renderEditionBody(planEdition("weekly", at("2026-11-30"), week, null)!, config);
    expect(new TextEncoder().encode(big.html).length).toBeLessThan(102 * 1024);
    expect(big.html).toContain("Also new");
  });
});
