// Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email).
import type { MailMessage } from "./message";
import { failureForStatus, type SendResult, type Transport } from "./transport";

export const RESEND_API = "https://api.resend.com";

export interface ResendOptions {
  apiKey: string;
  /** Defaults to Resend's API; tests point it at a local stand-in. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function resendTransport(options: ResendOptions): Transport {
  const base = (options.baseUrl ?? RESEND_API).replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  return {
    name: "resend",
    async send(message: MailMessage, { idempotencyKey }): Promise<SendResult> {
      let res: Response;
      try {
        res = await doFetch(`${base}/emails`, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${options.apiKey}`,
            "Content-Type": "application/json",
            // Resend keeps a key for 24 hours and answers a repeat with the first result.
            "Idempotency-Key": idempotencyKey.slice(0, 256),
          },
          body: JSON.stringify({
            from: message.from,
            to: [message.to],
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: message.headers,
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (err) {
        return { status: "retry", reason: `resend: ${err instanceof Error ? err.name + ": " + err.message : String(err)}` };
      }
      const body = (await res.json().catch(() => ({}))) as { id?: unknown; name?: unknown; message?: unknown };
      if (res.ok && typeof body.id === "string") return { status: "sent", id: body.id };
      if (res.ok) return { status: "retry", reason: "resend: success without an id", httpStatus: res.status };
      const reason = `resend ${res.status}: ${String(body.name ?? "error")}: ${String(body.message ?? res.statusText)}`;
      // 409 concurrent_idempotent_requests: the first request with this key is still running.
      if (res.status === 409 && body.name === "concurrent_idempotent_requests") {
        return { status: "retry", reason, httpStatus: 409 };
      }
      return failureForStatus(res.status, reason, res.headers.get("Retry-After"));
    },
  };
}
