import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../src/http/security";
import { runCron } from "../../src/schedule";
import { storeDigests } from "../fixtures/store";
import { testEnv, worker } from "../worker";
import { cronAt, fixtureDigest, freshEmail, makeSubscriber, settled } from "./helpers";

const get = (path: string) => worker.fetch(`https://standpoint.test${path}`);

/** The site's security headers besides the policy, which the preview sets for itself. */
function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
}

describe("development pages", () => {
  it("previews the edition of the day asked for, as the email HTML, with a policy that lets its inline styles apply", async () => {
    const day = "2026-11-28";
    const res = await get(`/dev/preview/daily?date=${day}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Edition")).toBe(`daily:${day}`);
    expect(res.headers.get("Content-Security-Policy")).toContain("style-src 'unsafe-inline'");
    expect(res.headers.get("Content-Security-Policy")).not.toContain("script");
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html).toContain("Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
    expect(html).toContain("/subscriptions/unsubscribe/PREVIEW");
  });

  it("previews the weekly edition as text, and says so when no edition would be sent", async () => {
    const weekly = await get("/dev/preview/weekly.txt?date=2026-11-30");
    expectSecurityHeaders(weekly);
    // The seed's long title leaves no room for the " · Standpoint Weekly" suffix within 78 characters.
    expect(await weekly.text()).toMatch(
      /^Subject: Putin offers to negotiate [^\n]{0,60}…\n\nSTANDPOINT · Weekly summary · 23–29 November 2026/,
    );
    const none = await get("/dev/preview/daily.json?date=2026-12-15");
    expectSecurityHeaders(none);
    expect(await none.json()).toMatchObject({ edition: null });
    const bad = await get("/dev/preview/daily?date=tomorrow");
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad);
  });

  it("shows each delivery the cron and queue made, by state, and refuses an unknown state", async () => {
    const email = freshEmail("dev-ledger");
    const id = await makeSubscriber(email, "daily", "active");
    await storeDigests(fixtureDigest("dev-ledger-bridge", "2027-09-01"));
    await runCron(cronAt("0 7 * * *", "2027-09-02"), testEnv);
    await settled("daily:2027-09-02", 1);

    const sent = await (await get("/dev/deliveries.json?state=sent")).json<{
      counts: { edition: string; states: Record<string, number> }[];
      rows: { subscriber_id: number; email: string; state: string }[];
    }>();
    expect(sent.rows).toContainEqual(expect.objectContaining({ subscriber_id: id, email, state: "sent" }));
    expect(sent.counts).toContainEqual({ edition: "daily:2027-09-02", states: { sent: 1 } });
    expect(await (await get("/dev/deliveries?state=sent")).text()).toContain(email);
    // Negative control: the filter filters.
    const queued = await (await get("/dev/deliveries.json?state=queued")).json<{ rows: { subscriber_id: number }[] }>();
    expect(queued.rows.some((r) => r.subscriber_id === id)).toBe(false);

    const bad = await get("/dev/deliveries.json?state=lost");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_state" } });
  }, 30_000);
});
