// Resend's delivery webhooks (Svix-signed): a bounce or a complaint suppresses the
// address for good. Verification follows Svix: HMAC-SHA256 over `${id}.${timestamp}.${body}`
// keyed with the base64 secret after `whsec_`, any of the space-separated `v1,` signatures
// may match, and timestamps more than five minutes away are refused (replays).
import { Buffer } from "node:buffer";
import { Hono } from "hono";
import * as z from "zod";
import { suppress } from "../subscriptions";
import { apiError } from "../web/errors";
import { log, type ScheduleEnv } from "./env";
import { noteProviderEvent } from "./ledger";

/** Only for local development (APP_ENV=development), like the token secret's default. */
export const DEVELOPMENT_WEBHOOK_SECRET = `whsec_${Buffer.from("standpoint-development-webhook-secret").toString("base64")}`;
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;
const MAX_BODY_BYTES = 256 * 1024;

export function webhookSecret(env: Pick<ScheduleEnv, "APP_ENV" | "RESEND_WEBHOOK_SECRET">): string | null {
  if (env.RESEND_WEBHOOK_SECRET) return env.RESEND_WEBHOOK_SECRET;
  return env.APP_ENV === "development" ? DEVELOPMENT_WEBHOOK_SECRET : null;
}

function hmacKey(secret: string): Promise<CryptoKey> {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

/** Signs like Svix does; tests and local tools use it to post a valid event. */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await hmacKey(secret), new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${Buffer.from(mac).toString("base64")}`;
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

const SUPPRESSING = new Set(["email.bounced", "email.complained"]);

export const webhookRoutes = new Hono<{ Bindings: ScheduleEnv }>().post("/webhooks/resend", async (c) => {
  const secret = webhookSecret(c.env);
  if (!secret) return apiError(c, 503, "webhook_not_configured", "RESEND_WEBHOOK_SECRET is not set.");
  const length = Number(c.req.header("Content-Length") ?? 0);
  if (length > MAX_BODY_BYTES) return apiError(c, 413, "body_too_large", `The body is over ${MAX_BODY_BYTES} bytes.`);
  const body = await c.req.text();
  if (body.length > MAX_BODY_BYTES) return apiError(c, 413, "body_too_large", `The body is over ${MAX_BODY_BYTES} bytes.`);
  const check = await verifyWebhook(
    secret,
    { id: c.req.header("svix-id"), timestamp: c.req.header("svix-timestamp"), signature: c.req.header("svix-signature") },
    body,
    new Date(),
  );
  if (!check.ok) {
    log("webhook.resend.refused", { reason: check.reason });
    return apiError(c, 401, "invalid_signature", `The webhook signature was refused: ${check.reason}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return apiError(c, 400, "invalid_json", "The body is not JSON.");
  }
  const event = resendEvent.safeParse(json);
  if (!event.success) return apiError(c, 400, "invalid_event", "The body is not a Resend event.");
  const { type, data } = event.data;
  if (!SUPPRESSING.has(type)) return c.json({ received: true, action: "ignored", type });
  const reason = type === "email.bounced" ? `bounced${data.bounce?.type ? ` (${data.bounce.type})` : ""}` : "complained";
  const recipients = (Array.isArray(data.to) ? data.to : data.to ? [data.to] : []).map((a) => a.trim().toLowerCase());
  const now = new Date();
  const suppressed: string[] = [];
  for (const email of recipients) if (await suppress(c.env.DB, { email, reason, now })) suppressed.push(email);
  if (data.email_id) await noteProviderEvent(c.env.DB, data.email_id, `${type} at ${event.data.created_at ?? now.toISOString()}`).run();
  log("webhook.resend", { type, emailId: data.email_id, suppressed: suppressed.length });
  return c.json({ received: true, action: "suppressed", suppressed: suppressed.length });
});
