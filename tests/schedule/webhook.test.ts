import { env } from "cloudflare:test";
import { worker } from "../worker";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_WEBHOOK_SECRET } from "../../src/env";
import { signWebhook } from "../../src/mail";
import { runCron } from "../../src/schedule";
import { findSubscriberByEmail } from "../../src/subscriptions";
import { cronAt, fixtureDigest, freshEmail, ledger, makeSubscriber } from "./helpers";
import { testEnv } from "../worker";
import { storeDigests } from "../fixtures/store";

async function post(body: string, headers: Record<string, string>) {
  return worker.fetch("https://standpoint.test/webhooks/resend", { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });
}
async function signed(event: unknown, options: { secret?: string; at?: number } = {}) {
  const body = JSON.stringify(event);
  const id = `msg_${crypto.randomUUID()}`;
  const timestamp = options.at ?? Math.floor(Date.now() / 1000);
  const signature = await signWebhook(options.secret ?? DEVELOPMENT_WEBHOOK_SECRET, id, timestamp, body);
  return { body, headers: { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": `v1,bm90LXRoaXMtb25l ${signature}` } };
}
const bounce = (to: string, type = "email.bounced") => ({
  type,
  created_at: new Date().toISOString(),
  data: { email_id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c", from: "digest@standpoint.example", to: [to], subject: "x", bounce: { type: "Permanent" } },
});

describe("POST /webhooks/resend", () => {
  it("suppresses a bounced address, and the next cron does not enqueue it", async () => {
    const email = freshEmail("bounced");
    const id = await makeSubscriber(email, "daily", "active");
    const { body, headers } = await signed(bounce(email));
    const res = await post(body, headers);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, action: "suppressed", suppressed: 1 });
    expect(await findSubscriberByEmail(env.DB, email)).toMatchObject({ status: "suppressed", suppressedReason: "bounced (Permanent)" });

    await storeDigests(fixtureDigest("webhook-bridge", "2027-05-01"));
    await runCron(cronAt("0 7 * * *", "2027-05-02"), testEnv);
    expect((await ledger("daily:2027-05-02")).some((r) => r.subscriber_id === id)).toBe(false);
  });

  it("suppresses on a complaint", async () => {
    const email = freshEmail("complained");
    await makeSubscriber(email, "weekly", "active");
    const { body, headers } = await signed(bounce(email, "email.complained"));
    expect((await post(body, headers)).status).toBe(200);
    expect(await findSubscriberByEmail(env.DB, email)).toMatchObject({ status: "suppressed", suppressedReason: "complained" });
  });

  it("acknowledges other events and changes nothing", async () => {
    const email = freshEmail("delivered");
    await makeSubscriber(email, "daily", "active");
    const { body, headers } = await signed(bounce(email, "email.delivered"));
    const res = await post(body, headers);
    expect(await res.json()).toMatchObject({ action: "ignored" });
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");
  });

  it("refuses a bad signature, a wrong secret, a stale timestamp and missing headers, changing nothing", async () => {
    const email = freshEmail("forged");
    await makeSubscriber(email, "daily", "active");
    const good = await signed(bounce(email));
    const attempts = [
      { body: good.body.replace("bounced", "complained"), headers: good.headers },
      await signed(bounce(email), { secret: `whsec_${btoa("someone-else's-secret")}` }),
      await signed(bounce(email), { at: Math.floor(Date.now() / 1000) - 600 }),
      { body: good.body, headers: { "svix-id": good.headers["svix-id"] } },
    ];
    for (const attempt of attempts) {
      const res = await post(attempt.body, attempt.headers);
      expect(res.status).toBe(401);
      const json = await res.json<{ error: { code: string; message: string } }>();
      expect(json.error.code).toBe("invalid_signature");
    }
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");
  });
});
