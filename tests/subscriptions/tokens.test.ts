import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  confirmPath,
  eraseSubscriber,
  preferencesPath,
  requestSubscription,
  signToken,
  unsubscribePath,
  verifyToken,
} from "../../src/subscriptions";
import { testEnv, worker } from "../worker";
import { freshEmail, ORIGIN, postForm, snapshot, stateOf } from "./helpers";

const DAY = 86_400_000;
const secret = testEnv.TOKEN_SECRET;

async function pendingSubscriber(now = new Date()) {
  const email = freshEmail("token");
  const { subscriber } = await requestSubscription(env.DB, { email, cadence: "weekly", source: "/", now });
  return { email, subscriber };
}

const oneClick = (path: string) =>
  worker.fetch(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });

describe("tokens", () => {
  it("verifies purpose, signature and expiry without storing anything", async () => {
    const now = new Date();
    const token = await signToken(secret, { purpose: "confirm", subscriberId: 7, generation: 2 }, now);
    expect(await verifyToken(secret, token, "confirm", now)).toEqual({
      ok: true,
      claims: { purpose: "confirm", subscriberId: 7, generation: 2 },
    });
    expect(await verifyToken(secret, token, "unsubscribe", now)).toEqual({ ok: false, problem: "wrong_purpose" });
    expect(await verifyToken(secret, token, "confirm", new Date(now.getTime() + 8 * DAY))).toEqual({ ok: false, problem: "expired" });
    expect(await verifyToken("another-secret-that-is-long-enough-1234", token, "confirm", now)).toEqual({
      ok: false,
      problem: "bad_signature",
    });
    expect(await verifyToken(secret, token.replace("confirm.7.", "confirm.8."), "confirm", now)).toEqual({
      ok: false,
      problem: "bad_signature",
    });
    expect(await verifyToken(secret, `${token}x`, "confirm", now)).toEqual({ ok: false, problem: "malformed" });
    // The same signature bytes spelled with other spare bits in the last character.
    const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const respelled = token.slice(0, -1) + BASE64URL[BASE64URL.indexOf(token.at(-1)!) ^ 1];
    expect(await verifyToken(secret, respelled, "confirm", now)).toEqual({ ok: false, problem: "malformed" });
  });

  it("refuses tampered, expired and cross-purpose links with a clear page, changing nothing", async () => {
    const { email, subscriber } = await pendingSubscriber();
    const now = new Date();
    const confirm = await signToken(
      secret,
      { purpose: "confirm", subscriberId: subscriber.id, generation: subscriber.tokenGeneration },
      now,
    );
    // Change the signature's first character: every bit of it counts (the last one's low bits do not).
    const at = confirm.lastIndexOf(".") + 1;
    const tampered = confirm.slice(0, at) + (confirm[at] === "A" ? "B" : "A") + confirm.slice(at + 1);
    const expired = await signToken(
      secret,
      { purpose: "confirm", subscriberId: subscriber.id, generation: subscriber.tokenGeneration },
      new Date(now.getTime() - 8 * DAY),
    );
    const before = await snapshot();

    const cases: [string, Promise<Response>, number, string][] = [
      ["tampered confirm", postForm(confirmPath(tampered), {}), 400, "not made by Standpoint or has been altered"],
      ["expired confirm", postForm(confirmPath(expired), {}), 410, "expired"],
      ["confirm token used to unsubscribe", oneClick(unsubscribePath(confirm)), 400, "meant for something else"],
      ["confirm token on preferences", worker.fetch(`${ORIGIN}${preferencesPath(confirm)}`), 400, "meant for something else"],
      ["garbage", postForm(confirmPath("not-a-token"), {}), 400, "incomplete or damaged"],
    ];
    for (const [label, pending, status, text] of cases) {
      const res = await pending;
      expect(res.status, label).toBe(status);
      expect(await res.text(), label).toContain(text);
    }
    const api = await worker.fetch(`${ORIGIN}/api/subscriptions/confirm`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tampered}` },
    });
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: "invalid_token", message: expect.any(String) } });
    expect(await snapshot()).toBe(before);
    expect(await stateOf(email)).toBe("pending");
  });

  it("refuses an unsubscribe token used to confirm", async () => {
    const { email, subscriber } = await pendingSubscriber();
    const unsub = await signToken(secret, { purpose: "unsubscribe", subscriberId: subscriber.id, generation: 0 }, new Date());
    const res = await postForm(confirmPath(unsub), {});
    expect(res.status).toBe(400);
    expect(await stateOf(email)).toBe("pending");
  });

  it("does not confirm a subscription left unconfirmed for 7 days, even with a valid-looking link", async () => {
    const { email, subscriber } = await pendingSubscriber(new Date(Date.now() - 7 * DAY - 60_000));
    // Signed a minute ago (so not expired itself), for a request made over 7 days ago.
    const token = await signToken(
      secret,
      { purpose: "confirm", subscriberId: subscriber.id, generation: subscriber.tokenGeneration },
      new Date(Date.now() - 60_000),
    );
    const res = await postForm(confirmPath(token), {});
    expect(res.status).toBe(410);
    expect(await stateOf(email)).toBe("pending");
  });

  it("links of an erased subscriber stop working", async () => {
    const { subscriber } = await pendingSubscriber();
    const prefs = await signToken(secret, { purpose: "preferences", subscriberId: subscriber.id, generation: 0 }, new Date());
    await eraseSubscriber(env.DB, subscriber.id);
    const res = await worker.fetch(`${ORIGIN}${preferencesPath(prefs)}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("no longer valid");
  });
});
