// Resend's HTTP API: POST /emails for one message, POST /emails/batch for up to 100
// (https://resend.com/docs/api-reference/emails/send-email, …/send-batch-emails).
import type { MailMessage } from "./message";
import {
  type BatchItem,
  type BatchResult,
  everyMessage,
  failureForStatus,
  type RateLimitHint,
  type SendResult,
  type Transport,
} from "./transport";

export const RESEND_API = "https://api.resend.com";
/** Resend's limit on one POST /emails/batch. */
export const RESEND_MAX_BATCH = 100;

export interface ResendOptions {
  apiKey: string;
  /** Defaults to Resend's API; a regional endpoint, or a local stand-in in tests. */
  apiUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const payload = (message: MailMessage) => ({
  from: message.from,
  to: [message.to],
  subject: message.subject,
  html: message.html,
  text: message.text,
  headers: message.headers,
});

const whole = (value: string | null) => (value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined);

/** Resend's rate-limit headers, on every answer (the draft IETF `ratelimit-*` fields). */
function rateLimitOf(headers: Headers): RateLimitHint {
  const hint: RateLimitHint = {};
  const fields = [
    ["limit", "ratelimit-limit"],
    ["remaining", "ratelimit-remaining"],
    ["resetSeconds", "ratelimit-reset"],
    ["retryAfterSeconds", "retry-after"],
  ] as const;
  for (const [key, header] of fields) {
    const value = whole(headers.get(header));
    if (value !== undefined) hint[key] = value;
  }
  return hint;
}

interface ResendError {
  name?: unknown;
  message?: unknown;
}

function failureOf(res: Response, body: ResendError): SendResult {
  const reason = `resend ${res.status}: ${String(body.name ?? "error")}: ${String(body.message ?? res.statusText)}`;
  // 409 concurrent_idempotent_requests: the first request with this key is still running.
  if (res.status === 409 && body.name === "concurrent_idempotent_requests") return { status: "retry", reason, httpStatus: 409 };
  return failureForStatus(res.status, reason, res.headers.get("Retry-After"));
}

const networkFailure = (err: unknown): SendResult => ({
  status: "retry",
  reason: `resend: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
});

/**
 * A permissive batch's answer: `data` holds the accepted emails' ids and `errors` the
 * refused ones by index. Whether `data` lists every index or only the accepted ones, the
 * ids go to the indexes not refused, in order.
 */
function batchResults(count: number, body: { data?: unknown; errors?: unknown }): SendResult[] | undefined {
  if (!Array.isArray(body.data)) return undefined;
  const refused = new Map<number, string>();
  for (const e of Array.isArray(body.errors) ? body.errors : []) {
    const { index, message } = (e ?? {}) as { index?: unknown; message?: unknown };
    if (typeof index === "number") refused.set(index, String(message ?? "refused"));
  }
  const ids = body.data.map((d) => (d as { id?: unknown } | null)?.id);
  const byIndex = ids.length === count;
  const results: SendResult[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const error = refused.get(i);
    if (error !== undefined) {
      results.push({ status: "failed", reason: `resend refused it: ${error}`, httpStatus: 422 });
      if (byIndex) next++;
      continue;
    }
    const id = ids[byIndex ? i : next++];
    if (typeof id !== "string") return undefined;
    results.push({ status: "sent", id });
  }
  return results;
}

export function resendTransport(options: ResendOptions): Transport {
  const base = (options.apiUrl ?? RESEND_API).replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const post = (path: string, idempotencyKey: string, body: unknown, extra: Record<string, string> = {}) =>
    doFetch(`${base}${path}`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${options.apiKey}`,
        "Content-Type": "application/json",
        // Resend refuses requests without one (403, error 1010), and workerd's fetch sets none.
        "User-Agent": "standpoint-mail/1",
        // Resend keeps a key for 24 hours and answers a repeat with the first result.
        "Idempotency-Key": idempotencyKey.slice(0, 256),
        ...extra,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  return {
    name: "resend",
    maxBatch: RESEND_MAX_BATCH,
    async send(message, { idempotencyKey }): Promise<SendResult> {
      let res: Response;
      try {
        res = await post("/emails", idempotencyKey, payload(message));
      } catch (err) {
        return networkFailure(err);
      }
      const body = (await res.json().catch(() => ({}))) as { id?: unknown } & ResendError;
      if (res.ok && typeof body.id === "string") return { status: "sent", id: body.id };
      if (res.ok) return { status: "retry", reason: "resend: success without an id", httpStatus: res.status };
      return failureOf(res, body);
    },
    async sendBatch(items: readonly BatchItem[], { idempotencyKey }): Promise<BatchResult> {
      if (items.length > RESEND_MAX_BATCH)
        throw new RangeError(`a Resend batch holds at most ${RESEND_MAX_BATCH} emails, not ${items.length}`);
      if (items.length === 0) return { results: [] };
      let res: Response;
      try {
        // Permissive: an invalid email fails alone instead of failing the other 99.
        res = await post(
          "/emails/batch",
          idempotencyKey,
          items.map((i) => payload(i.message)),
          { "x-batch-validation": "permissive" },
        );
      } catch (err) {
        return { results: everyMessage(items.length, networkFailure(err)) };
      }
      const rateLimit = rateLimitOf(res.headers);
      const body = (await res.json().catch(() => ({}))) as { data?: unknown; errors?: unknown } & ResendError;
      if (res.ok) {
        const results = batchResults(items.length, body);
        // Accepted, but an answer we cannot map: retrying with the same key returns it again.
        if (results) return { results, rateLimit };
        return {
          results: everyMessage(items.length, { status: "retry", reason: "resend: a batch answer without ids", httpStatus: res.status }),
          rateLimit,
        };
      }
      return { results: everyMessage(items.length, failureOf(res, body)), rateLimit };
    },
  };
}
