// Cloudflare's send_email binding (Email Routing / Email Service), fed raw MIME.
import { EmailMessage } from "cloudflare:email";
import type { MailMessage } from "./message";
import { envelopeFrom, toMime } from "./mime";
import type { BatchResult, SendResult, Transport } from "./transport";

// The binding reports problems as thrown errors without status codes; these name a
// message or configuration it will never accept, so retrying cannot help.
const PERMANENT = /invalid|not allowed|not verified|unverified|forbidden|too large|malformed|unknown recipient|destination/i;

export function emailBindingTransport(binding: SendEmail, now: () => Date = () => new Date()): Transport {
  const transport: Transport = {
    name: "email-binding",
    // The binding takes one message per call; src/env.ts keeps it from carrying summaries.
    maxBatch: 1,
    async sendBatch(items): Promise<BatchResult> {
      const results: SendResult[] = [];
      for (const { message, idempotencyKey } of items) results.push(await transport.send(message, { idempotencyKey }));
      return { results };
    },
    async send(message: MailMessage, { idempotencyKey }): Promise<SendResult> {
      const from = envelopeFrom(message);
      // A deterministic Message-ID lets receivers drop a duplicate of a retried send.
      const messageId = `${await digest(idempotencyKey)}@${from.split("@")[1]}`;
      const raw = toMime(message, { messageId, date: now(), boundary: `sp-${crypto.randomUUID()}` });
      try {
        const result = await binding.send(new EmailMessage(from, message.to, raw));
        return { status: "sent", id: result?.messageId ?? messageId };
      } catch (err) {
        const reason = `send_email: ${err instanceof Error ? err.message : String(err)}`;
        return PERMANENT.test(reason) ? { status: "failed", reason } : { status: "retry", reason };
      }
    },
  };
  return transport;
}

async function digest(key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
