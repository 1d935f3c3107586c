// The summary email's words: a subject that leads with the story within 78 characters, a
// preheader cut at a word, a date range for weekly editions, and the public web copy.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { personalize } from "../../src/mail";
import { createEdition } from "../../src/schedule/edition-store";
import { planEdition } from "../../src/schedule/editions";
import { cutAtWord, dayRange, MAX_SUBJECT_CHARS } from "../../src/schedule/email/model";
import { renderEditionBody } from "../../src/schedule/email/render";
import { contentDigests as allDigests } from "../fixtures/store";
import { worker } from "../worker";
import { fixtureDigest } from "./helpers";

const config = { siteUrl: "https://standpoint.test", postalAddress: "Standpoint, 1 Example Street" };
const at = (day: string) => new Date(`${day}T07:00:00Z`);
const LONG_TITLE = "The city council votes to build a second bridge across the river after a decade of argument about its cost and route";

/** Whether `cut` ends at a word of `full`: what precedes the ellipsis is a prefix followed by a break. */
const endsAtWord = (cut: string, full: string) => {
  const kept = cut.replace(/…$/, "");
  return full.startsWith(kept) && (full.length === kept.length || /[\s,;:.–—-]/.test(full[kept.length]!));
};

describe("the subject", () => {
  it("leads with the story and fits 78 characters, cutting the title at a word", () => {
    const digests = [fixtureDigest("long-a", "2026-11-27", LONG_TITLE), fixtureDigest("long-b", "2026-11-27", "Short")];
    const { subject } = renderEditionBody(planEdition("daily", at("2026-11-28"), digests, null)!, config);
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
    expect(subject.startsWith("The city council votes")).toBe(true);
    expect(subject).toMatch(/… \(\+1 more\)$/);
    expect(endsAtWord(subject.replace(/ \(\+1 more\)$/, ""), LONG_TITLE)).toBe(true);
  });

  it("keeps the whole title and the name when they fit", () => {
    const { subject } = renderEditionBody(
      planEdition("daily", at("2026-11-28"), [fixtureDigest("s", "2026-11-27", "Bridge B")], null)!,
      config,
    );
    expect(subject).toBe("Bridge B · Standpoint Daily");
  });
});

describe("cutAtWord", () => {
  it("never cuts inside a word (and the check can fail)", () => {
    const text = "Should the city build the bridge? Build it (Jane Roe) vs. Do not build it (Sam Poe)";
    for (let max = 20; max < text.length; max++) {
      const cut = cutAtWord(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(endsAtWord(cut, text), `max ${max}: ${cut}`).toBe(true);
    }
    expect(endsAtWord(`${text.slice(0, 22)}…`, text)).toBe(false); // "…bri" is mid-word
  });
});

describe("the date line", () => {
  it("names the days a weekly edition covers, across months and years", () => {
    expect(dayRange("2026-11-23", "2026-11-29")).toBe("23–29 November 2026");
    expect(dayRange("2026-11-30", "2026-12-06")).toBe("30 November – 6 December 2026");
    expect(dayRange("2026-12-28", "2027-01-03")).toBe("28 December 2026 – 3 January 2027");
  });

  it("shows the range in a weekly email instead of a week number", () => {
    const body = renderEditionBody(planEdition("weekly", at("2026-11-30"), [fixtureDigest("w", "2026-11-25")], null)!, config);
    expect(body.html).toContain("Weekly summary · 23–29 November 2026");
    expect(body.text).toContain("Weekly summary · 23–29 November 2026");
    expect(body.html).not.toContain("Week 49");
  });
});

describe("GET /editions/:id, the web copy", () => {
  const plan = planEdition("daily", at("2026-11-28"), allDigests(), null)!;
  const body = renderEditionBody(plan, { siteUrl: env.SITE_URL, postalAddress: env.POSTAL_ADDRESS });
  const links = {
    preferencesUrl: "https://standpoint.example/subscriptions/preferences/p.1.0.9.sig",
    unsubscribeUrl: "https://standpoint.example/subscriptions/unsubscribe/u.1.0.9.sig",
  };

  it("is linked from the email as view in browser", () => {
    const { html, text } = personalize(body, links);
    expect(html).toMatch(/<a class="sp-link" href="https:\/\/standpoint\.example\/editions\/daily:2026-11-28"[^>]*>View in browser<\/a>/);
    expect(text).toContain("View in browser: https://standpoint.example/editions/daily:2026-11-28");
    // Negative control for the test below: the email itself does carry personal links.
    expect(html).toContain("/subscriptions/preferences/");
  });

  it("serves the stored edition with nobody's links or tokens, styled, and with no script", async () => {
    await createEdition(env.DB, { plan, body }, new Date());
    const res = await worker.fetch("https://standpoint.test/editions/daily:2026-11-28");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(plan.digests[0]!.title.slice(0, 40));
    expect(html).toContain("Daily summary · Saturday 28 November 2026");
    expect(html).not.toMatch(/\/subscriptions\/(preferences|unsubscribe)\//);
    expect(html).not.toContain("placeholder.invalid");
    expect(html).toContain("The web copy of Standpoint&#39;s daily summary");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(res.headers.get("cache-control")).toMatch(/^public/);
    expect(res.headers.get("etag")).toBeTruthy();
  });

  it("answers 404 with a reason for an unknown or malformed id", async () => {
    const unknown = await worker.fetch("https://standpoint.test/editions/daily:1999-01-01", { headers: { Accept: "application/json" } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "edition_not_found", message: "No edition is called “daily:1999-01-01”." } });
    const malformed = await worker.fetch("https://standpoint.test/editions/%3Cscript%3E", { headers: { Accept: "application/json" } });
    expect(malformed.status).toBe(404);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toContain("daily:2026-11-28");
  });
});
