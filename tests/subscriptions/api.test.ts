// The JSON mirror of the subscription flow, its happy paths end to end: confirm, read,
// change and erase `me`, unsubscribe; the link's token as a bearer token in any case.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { suppress } from "../../src/subscriptions";
import { worker } from "../worker";
import { freshEmail, linksOf, mailTo, ORIGIN, postForm, postJson, stateOf } from "./helpers";

const tokenOf = (path: string) => path.split("/").pop()!;

function api(method: string, path: string, token: string, body?: unknown, scheme = "Bearer") {
  return worker.fetch(`${ORIGIN}${path}`, {
    method,
    headers: { Authorization: `${scheme} ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** A pending subscriber made over the API, and the links of its confirmation. */
async function pending(label: string) {
  const email = freshEmail(label);
  expect((await postJson("/api/subscriptions", { email, cadence: "daily" })).status).toBe(202);
  const [mail] = await mailTo(email);
  return { email, links: linksOf(mail!) };
}

describe("the JSON subscription API", () => {
  it("confirms, reads, changes, unsubscribes and erases with the link's token", async () => {
    const { email, links } = await pending("api");
    const confirm = tokenOf(links.confirm!);
    const prefs = tokenOf(links.preferences!);

    const confirmed = await api("POST", "/api/subscriptions/confirm", confirm);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ subscription: { email, status: "active", cadence: "daily" } });
    expect(await stateOf(email)).toBe("active");

    const me = await api("GET", "/api/subscriptions/me", prefs);
    expect(me.status).toBe(200);
    expect(me.headers.get("Cache-Control")).toBe("no-store");
    const exported = await me.json<{ subscriber: { email: string; status: string }; history: { event: string }[] }>();
    expect(exported.subscriber).toMatchObject({ email, status: "active" });
    expect(exported.history.map((h) => h.event)).toEqual(["subscribed", "confirmed"]);

    const patched = await api("PATCH", "/api/subscriptions/me", prefs, { cadence: "weekly" });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toEqual({ subscription: { email, status: "active", cadence: "weekly", follows: [] } });

    const left = await api("POST", "/api/subscriptions/me/unsubscribe", prefs);
    expect(left.status).toBe(200);
    expect(await left.json()).toEqual({ subscription: { email, status: "unsubscribed", cadence: "weekly" } });
    expect(await stateOf(email)).toBe("unsubscribed");
    // Once left, the cadence cannot be changed: 409 and nothing changes.
    expect((await api("PATCH", "/api/subscriptions/me", prefs, { cadence: "daily" })).status).toBe(409);

    const erased = await api("DELETE", "/api/subscriptions/me", prefs);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ erased: true });
    expect(await stateOf(email)).toBe("absent");
  });

  it("takes the bearer scheme in any case (RFC 6750), and refuses other schemes", async () => {
    const { email, links } = await pending("bearer");
    const prefs = tokenOf(links.preferences!);
    for (const scheme of ["bearer", "BEARER", "BeArEr"]) {
      const res = await api("GET", "/api/subscriptions/me", prefs, undefined, scheme);
      expect(res.status, scheme).toBe(200);
    }
    // Negative control: another scheme is no token at all.
    const basic = await api("GET", "/api/subscriptions/me", prefs, undefined, "Basic");
    expect(basic.status).toBe(401);
    expect(await stateOf(email)).toBe("pending");
  });
});

describe("a confirmation link after the subscriber left", () => {
  it("shows the 410 page on GET for an unsubscribed or suppressed subscriber, not a button that would fail", async () => {
    const left = await pending("left-before-confirming");
    // Negative control: while pending, GET offers the button.
    const offered = await worker.fetch(`${ORIGIN}${left.links.confirm}`);
    expect(offered.status).toBe(200);
    expect(await offered.text()).toContain("Confirm my subscription");

    expect((await postForm(left.links.preferences!, { action: "unsubscribe" })).status).toBe(200);
    const bounced = await pending("bounced-before-confirming");
    await suppress(env.DB, { email: bounced.email, reason: "hard bounce", now: new Date() });

    for (const { email, links } of [left, bounced]) {
      const get = await worker.fetch(`${ORIGIN}${links.confirm}`);
      expect(get.status).toBe(410);
      const page = await get.text();
      expect(page).not.toContain("Confirm my subscription");
      expect(page).toContain("no longer valid");
      // The POST agrees with what GET showed.
      expect((await postForm(links.confirm!, {})).status).toBe(410);
      expect(await stateOf(email)).not.toBe("active");
    }
  });
});
