// POST /webhooks/resend through the real Worker, and verifyWebhook against the published
// Standard Webhooks / Svix test vector. Events here are signed by the test's own signer
// (node:crypto, not the code under test), itself checked against the same vector.

import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_WEBHOOK_SECRET } from "../../src/env";
import handler from "../../src/index";
import { MAX_WEBHOOK_BYTES, verifyWebhook } from "../../src/mail";
import { runCron } from "../../src/schedule";
import { findSubscriberByEmail } from "../../src/subscriptions";
import { storeDigests } from "../fixtures/store";
import { cronAt, fixtureDigest, freshEmail, ledger, makeSubscriber } from "../schedule/helpers";
import { snapshot } from "../subscriptions/helpers";
import { testEnv, worker } from "../worker";

// https://github.com/standard-webhooks/standard-webhooks (and Svix's libraries) test vector.
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

/** The one signer: HMAC-SHA256 over `id.timestamp.body`, keyed with the base64 after whsec_. */
function svixSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The one way events reach the Worker: signed headers for a body, posted as Resend posts. */
function signedHeaders(body: string, options: { secret?: string; at?: number } = {}) {
  const id = `msg_${crypto.randomUUID()}`;
  const timestamp = options.at ?? Math.floor(Date.now() / 1000);
  const signature = svixSignature(options.secret ?? DEVELOPMENT_WEBHOOK_SECRET, id, timestamp, body);
  return { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": `v1,bm90LXRoaXMtb25l ${signature}` };
}
function post(body: BodyInit, headers: Record<string, string>) {
  return worker.fetch("https://standpoint.test/webhooks/resend", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
}

const bounce = (to: string, type = "email.bounced") => ({
  type,
  created_at: new Date().toISOString(),
  data: {
    email_id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
    from: "digest@standpoint.example",
    to: [to],
    subject: "x",
    bounce: { type: "Permanent" },
  },
});

/** A body as a stream of 16 KiB chunks, with no Content-Length (chunked on the wire). */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += 16 * 1024)));
    },
  });
}

describe("verifyWebhook, with the published test vector", () => {
  const at = new Date(VECTOR.timestamp * 1000);
  const headers = { id: VECTOR.id, timestamp: String(VECTOR.timestamp), signature: VECTOR.signature };

  it("accepts it at its time, and the test's signer reproduces it", async () => {
    expect(svixSignature(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(await verifyWebhook(VECTOR.secret, headers, VECTOR.body, at)).toEqual({ ok: true });
  });

  it("refuses it altered in any part, or replayed later", async () => {
    const refused = [
      await verifyWebhook(VECTOR.secret, headers, VECTOR.body.replace("2432232314", "2432232315"), at),
      await verifyWebhook(VECTOR.secret, { ...headers, id: "msg_p5jXN8AQM9LWM0D4loKWxJeK" }, VECTOR.body, at),
      await verifyWebhook(VECTOR.secret, { ...headers, timestamp: String(VECTOR.timestamp + 1) }, VECTOR.body, at),
      await verifyWebhook(VECTOR.secret, { ...headers, signature: VECTOR.signature.replace("g0hM", "g0hN") }, VECTOR.body, at),
      await verifyWebhook(VECTOR.secret, { ...headers, signature: VECTOR.signature.replace("v1,", "v2,") }, VECTOR.body, at),
      await verifyWebhook(`whsec_${btoa("another secret")}`, headers, VECTOR.body, at),
      await verifyWebhook(VECTOR.secret, headers, VECTOR.body, new Date((VECTOR.timestamp + 301) * 1000)),
    ];
    for (const check of refused) expect(check.ok).toBe(false);
  });
});

describe("POST /webhooks/resend", () => {
  it("suppresses a bounced address, and the next cron does not enqueue it", async () => {
    const email = freshEmail("bounced");
    const id = await makeSubscriber(email, "daily", "active");
    const body = JSON.stringify(bounce(email));
    const res = await post(body, signedHeaders(body));
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
    const body = JSON.stringify(bounce(email, "email.complained"));
    expect((await post(body, signedHeaders(body))).status).toBe(200);
    expect(await findSubscriberByEmail(env.DB, email)).toMatchObject({ status: "suppressed", suppressedReason: "complained" });
  });

  it("acknowledges other events and changes nothing", async () => {
    const email = freshEmail("delivered");
    await makeSubscriber(email, "daily", "active");
    const body = JSON.stringify(bounce(email, "email.delivered"));
    const res = await post(body, signedHeaders(body));
    expect(await res.json()).toMatchObject({ action: "ignored" });
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");
  });

  it("refuses a bad signature, a wrong secret, a stale timestamp and missing headers with 401, changing nothing", async () => {
    const email = freshEmail("forged");
    await makeSubscriber(email, "daily", "active");
    const body = JSON.stringify(bounce(email));
    const good = signedHeaders(body);
    const attempts = [
      { body: body.replace("bounced", "complained"), headers: good },
      { body, headers: signedHeaders(body, { secret: `whsec_${btoa("someone-else's-secret")}` }) },
      { body, headers: signedHeaders(body, { at: Math.floor(Date.now() / 1000) - 600 }) },
      { body, headers: { "svix-id": good["svix-id"] } },
    ];
    for (const attempt of attempts) {
      const res = await post(attempt.body, attempt.headers);
      expect(res.status).toBe(401);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe("invalid_signature");
    }
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");
  });

  it("answers 400 to a signed body that is not JSON or not a Resend event, changing nothing", async () => {
    const before = await snapshot();
    for (const [body, code] of [
      ["{not json", "invalid_json"],
      ['{"type": 7}', "invalid_event"],
    ] as const) {
      const res = await post(body, signedHeaders(body));
      expect(res.status).toBe(400);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe(code);
    }
    expect(await snapshot()).toBe(before);
  });

  it("answers 503 when no webhook secret is configured, changing nothing", async () => {
    const email = freshEmail("unconfigured");
    await makeSubscriber(email, "daily", "active");
    const production = {
      ...env,
      APP_ENV: "production",
      TOKEN_SECRET: "a-production-secret-of-at-least-32-chars",
      MAIL_TRANSPORT: "outbox",
    } as Env;
    const body = JSON.stringify(bounce(email));
    const ctx = createExecutionContext();
    const req = new Request("https://standpoint.test/webhooks/resend", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...signedHeaders(body) },
      body,
    });
    const res = await handler.fetch(req as Request<unknown, IncomingRequestCfProperties>, production, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(503);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("webhook_not_configured");
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");
  });

  it("refuses a chunked body over the limit with 413 before reading it whole, changing nothing", async () => {
    const email = freshEmail("chunked");
    await makeSubscriber(email, "daily", "active");
    // A genuine, signed bounce padded with JSON whitespace: only its size is wrong.
    const padded = (bytes: number) => {
      const event = JSON.stringify(bounce(email));
      return `${event.slice(0, -1) + " ".repeat(bytes - event.length)}}`;
    };
    const over = padded(MAX_WEBHOOK_BYTES + 1);
    expect(
      new Request("https://x.invalid", { method: "POST", body: chunked(over), duplex: "half" } as RequestInit).headers.get(
        "Content-Length",
      ),
    ).toBeNull();
    const res = await post(chunked(over), signedHeaders(over));
    expect(res.status).toBe(413);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("body_too_large");
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("active");

    // Negative control: the same event just under the limit, chunked alike, is read and acted on.
    const under = padded(MAX_WEBHOOK_BYTES);
    const accepted = await post(chunked(under), signedHeaders(under));
    expect(accepted.status).toBe(200);
    expect((await findSubscriberByEmail(env.DB, email))!.status).toBe("suppressed");
  });
});
