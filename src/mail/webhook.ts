// Resend's delivery webhooks (Svix-signed), as listmonk keeps bounces with its mail layer:
// this room verifies and parses them, and hands each event to whoever composes the app
// (the schedule suppresses and notes it), so mail never depends on subscribers.
// Verification follows Svix: HMAC-SHA256 over `${id}.${timestamp}.${body}` keyed with the
// base64 secret after `whsec_`, any of the space-separated `v1,` signatures may match, and
// timestamps more than five minutes away are refused (replays).
import { Buffer } from "node:buffer";
import { type Context, Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env";
import { readBounded } from "../http/body";
import { apiError } from "../http/errors";

export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;
export const MAX_WEBHOOK_BYTES = 256 * 1024;

function hmacKey(secret: string): Promise<CryptoKey> {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export type WebhookCheck = { ok: true } | { ok: false; reason: string };

export async function verifyWebhook(
  secret: string,
  headers: { id?: string | undefined; timestamp?: string | undefined; signature?: string | undefined },
  body: string,
  now: Date,
): Promise<WebhookCheck> {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: "svix-id, svix-timestamp and svix-signature are required" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "svix-timestamp is not a Unix time" };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) {
    return { ok: false, reason: "svix-timestamp is too far from now" };
  }
  const key = await hmacKey(secret);
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const candidate of signature.split(" ")) {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) continue;
    // crypto.subtle.verify compares in constant time.
    if (await crypto.subtle.verify("HMAC", key, Buffer.from(value, "base64"), signed)) return { ok: true };
  }
  return { ok: false, reason: "no signature matches" };
}

const resendEvent = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.array(z.string()), z.string()]).optional(),
      bounce: z.object({ type: z.string().optional(), message: z.string().optional() }).optional(),
    })
    .loose(),
});

/** What a provider said about a message it was given, in the provider's neutral terms. */
export interface DeliveryEvent {
  /** The provider's event type, e.g. `email.bounced`. */
  type: string;
  /** The id the provider gave the message when it accepted it. */
  providerId: string | undefined;
  /** Lowercased recipient addresses. */
  recipients: string[];
  /** Set for the events after which an address must never be mailed again. */
  suppressReason: string | null;
  /** When the provider says it happened (ISO), or when it reached us. */
  at: string;
}

export type DeliveryFeedback = (env: AppEnv, event: DeliveryEvent) => Promise<{ suppressed: number }>;

const SUPPRESSING = new Set(["email.bounced", "email.complained"]);

function toDeliveryEvent(event: z.infer<typeof resendEvent>, now: Date): DeliveryEvent {
  const { type, data } = event;
  const suppressReason = !SUPPRESSING.has(type)
    ? null
    : type === "email.bounced"
      ? `bounced${data.bounce?.type ? ` (${data.bounce.type})` : ""}`
      : "complained";
  const recipients = (Array.isArray(data.to) ? data.to : data.to ? [data.to] : []).map((a) => a.trim().toLowerCase());
  return { type, providerId: data.email_id, recipients, suppressReason, at: event.created_at ?? now.toISOString() };
}

/** POST /webhooks/resend: each verified event goes to `feedback`. */
export function resendWebhookRoutes(feedback: DeliveryFeedback) {
  return new Hono<{ Bindings: AppEnv }>().post("/webhooks/resend", async (c: Context<{ Bindings: AppEnv }>) => {
    const secret = c.env.RESEND_WEBHOOK_SECRET;
    if (!secret) return apiError(c, 503, "webhook_not_configured", "RESEND_WEBHOOK_SECRET is not set.");
    // Bounded however the body arrives (chunked bodies declare no length).
    const body = await readBounded(c, MAX_WEBHOOK_BYTES);
    if (!body.ok) return apiError(c, body.status, body.code, body.message);
    const check = await verifyWebhook(
      secret,
      { id: c.req.header("svix-id"), timestamp: c.req.header("svix-timestamp"), signature: c.req.header("svix-signature") },
      body.value,
      new Date(),
    );
    if (!check.ok) {
      console.log(JSON.stringify({ at: "webhook.resend.refused", reason: check.reason }));
      return apiError(c, 401, "invalid_signature", `The webhook signature was refused: ${check.reason}.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.value);
    } catch {
      return apiError(c, 400, "invalid_json", "The body is not JSON.");
    }
    const parsed = resendEvent.safeParse(json);
    if (!parsed.success) return apiError(c, 400, "invalid_event", "The body is not a Resend event.");
    const event = toDeliveryEvent(parsed.data, new Date());
    const { suppressed } = await feedback(c.env, event);
    console.log(JSON.stringify({ at: "webhook.resend", type: event.type, providerId: event.providerId, suppressed }));
    if (!event.suppressReason) return c.json({ received: true, action: "ignored", type: event.type });
    return c.json({ received: true, action: "suppressed", suppressed });
  });
}
