import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const SLUG = "putin-offer-to-negotiate";

describe("digest routes", () => {
  it("lists the seed on the index page", async () => {
    const res = await SELF.fetch("https://example.com/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`href="/digests/${SLUG}"`);
  });

  it("serves the digest page", async () => {
    const res = await SELF.fetch(`https://example.com/digests/${SLUG}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
  });
});
