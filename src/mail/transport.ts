import type { MailMessage } from "./message";

/**
 * What a send came to. `retry`: worth trying again later with the same idempotency key
 * (429, 5xx, timeouts, network errors); `failed`: permanent (other 4xx, invalid message).
 */
export type SendResult =
  | { status: "sent"; id: string }
  | { status: "retry"; reason: string; httpStatus?: number; retryAfterSeconds?: number }
  | { status: "failed"; reason: string; httpStatus?: number };

export interface SendOptions {
  /** Same key, same message: providers that honour it deliver once; the outbox stores once. */
  idempotencyKey: string;
}

/** One message of a batch, with its own key (the outbox stores by it; Resend keys the whole batch). */
export interface BatchItem {
  message: MailMessage;
  idempotencyKey: string;
}

export interface BatchOptions {
  /** The whole batch's key: the same key must always carry the same messages. */
  idempotencyKey: string;
}

/** What the provider said about its rate limit (`ratelimit-*` and `retry-after` headers). */
export interface RateLimitHint {
  limit?: number;
  remaining?: number;
  /** Seconds until the provider's window resets. */
  resetSeconds?: number;
  retryAfterSeconds?: number;
}

export interface BatchResult {
  /** One result per message, in the order given. */
  results: SendResult[];
  rateLimit?: RateLimitHint;
}

/** The one way to send mail. Implementations never throw for delivery problems. */
export interface Transport {
  readonly name: "outbox" | "email-binding" | "resend";
  send(message: MailMessage, options: SendOptions): Promise<SendResult>;
  /** Sends up to `maxBatch` messages in one call where the provider can. */
  sendBatch(items: readonly BatchItem[], options: BatchOptions): Promise<BatchResult>;
  readonly maxBatch: number;
}

/** Maps an HTTP status to retry or permanent failure (429 and 5xx are retryable). */
export function failureForStatus(httpStatus: number, reason: string, retryAfter?: string | null): SendResult {
  if (httpStatus === 429 || httpStatus >= 500) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    return { status: "retry", reason, httpStatus, ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}) };
  }
  return { status: "failed", reason, httpStatus };
}

/** The same result for every message of a batch (the whole call failed or was refused). */
export const everyMessage = (count: number, result: SendResult): SendResult[] => Array.from({ length: count }, () => result);
