import { worker } from "../worker";
import { describe, expect, it } from "vitest";

const get = (path: string) => worker.fetch(`https://standpoint.test${path}`);

describe("development pages", () => {
  it("previews the next daily edition as the email HTML, with a policy that lets its inline styles apply", async () => {
    const res = await get("/dev/preview/daily?date=2026-11-28");
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Edition")).toBe("daily:2026-11-28");
    expect(res.headers.get("Content-Security-Policy")).toContain("style-src 'unsafe-inline'");
    expect(res.headers.get("Content-Security-Policy")).not.toContain("script");
    const html = await res.text();
    expect(html).toContain("Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
    expect(html).toContain("/subscriptions/unsubscribe/PREVIEW");
  });

  it("previews the weekly edition as text, and says so when no edition would be sent", async () => {
    const text = await (await get("/dev/preview/weekly.txt?date=2026-11-30")).text();
    // The seed's long title leaves no room for the " · Standpoint Weekly" suffix within 78 characters.
    expect(text).toMatch(/^Subject: Putin offers to negotiate [^\n]{0,60}…\n\nSTANDPOINT · Weekly summary · 23–29 November 2026/);
    const none = await get("/dev/preview/daily.json?date=2026-12-15");
    expect(await none.json()).toMatchObject({ edition: null });
    expect((await get("/dev/preview/daily?date=tomorrow")).status).toBe(400);
  });

  it("shows the delivery ledger, and refuses an unknown state", async () => {
    const res = await get("/dev/deliveries");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<h1>Summary deliveries</h1>");
    const json = await (await get("/dev/deliveries.json")).json<{ counts: unknown[]; rows: unknown[]; editions: unknown[] }>();
    expect(Array.isArray(json.rows)).toBe(true);
    const bad = await get("/dev/deliveries.json?state=lost");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_state" } });
  });
});
