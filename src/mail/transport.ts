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

/** The one way to send mail. Implementations never throw for delivery problems. */
export interface Transport {
  readonly name: "outbox" | "email-binding" | "resend";
  send(message: MailMessage, options: SendOptions): Promise<SendResult>;
}

/** Maps an HTTP status to retry or permanent failure (429 and 5xx are retryable). */
export function failureForStatus(httpStatus: number, reason: string, retryAfter?: string | null): SendResult {
  if (httpStatus === 429 || httpStatus >= 500) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    return { status: "retry", reason, httpStatus, ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}) };
  }
  return { status: "failed", reason, httpStatus };
}
