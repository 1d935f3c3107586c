/**
 * The mail layer: messages as data, one `Transport` interface, three transports.
 *
 * ```ts
 * const message = buildMessage({ from: env.MAIL_FROM, to, subject, html, text, headers });
 * const result = await transportFor(env).send(message, { idempotencyKey: `summary:${edition}:${subscriberId}` });
 * // result.status: "sent" (id) | "retry" (429, 5xx, timeout, network) | "failed" (other 4xx, refused)
 * ```
 *
 * - `buildMessage` / `mailMessageSchema` validate `{ from, to, subject, html, text, headers }`;
 *   header values with CR/LF/control characters are refused, so no input injects a header.
 *   Use `singleLine()` to flatten content (a digest title) before putting it in a subject.
 * - `transportFor(env)` picks by `env.MAIL_TRANSPORT` (confirmation and notice mail): "outbox"
 *   (D1 table mail_outbox, shown at /dev/mail when APP_ENV is development), "email-binding"
 *   (`env.EMAIL`, raw MIME via `EmailMessage`), "resend" (`RESEND_API_KEY`, `RESEND_API_URL`
 *   or api.resend.com). `summaryTransportFor(env)` picks by `env.SUMMARY_TRANSPORT` (bulk:
 *   outbox or resend only).
 * - `sendBatch(items, { idempotencyKey })` sends up to `maxBatch` messages in one call and
 *   answers one result per message, plus the provider's rate-limit headers (Resend: POST
 *   /emails/batch, permissive validation, one key for the whole batch).
 * - Same idempotency key => delivered once: the outbox stores once, Resend honours
 *   `Idempotency-Key` (24 h), the binding gets a Message-ID derived from the key.
 * - `resendWebhookRoutes(feedback)`: POST /webhooks/resend, Svix-verified, each
 *   event handed to `feedback` (the schedule's), so this room knows nothing of subscribers.
 * - Every email follows one pattern (template/): its kind renders a template once with
 *   `renderTemplate` (hono/jsx in `EmailFrame`: tables, inline styles, a table-cell
 *   `EmailButton`, an optional dark palette) beside a plain-text part, with `placeholder(name)`
 *   links; `personalize` swaps each recipient's links in.
 */
export { devMailRoutes } from "./dev-routes";
export { emailBindingTransport } from "./email-binding";
export {
  addressSchema,
  buildMessage,
  headerValueSchema,
  type MailMessage,
  type MailMessageInput,
  mailMessageSchema,
  singleLine,
} from "./message";
export { toMime } from "./mime";
export { forgetRecipient, listOutbox, outboxTransport, type StoredMail, storedMailSchema } from "./outbox";
export { purgeOutbox } from "./outbox-retention";
export { RESEND_API, RESEND_MAX_BATCH, type ResendOptions, resendTransport } from "./resend";
export { summaryTransportFor, transportFor } from "./select";
export { COLORS, EmailButton, EmailFrame, EmailSection, SANS, SERIF, SIDE_COLORS } from "./template/frame";
export { type EmailTemplate, MAX_HTML_BYTES, personalize, placeholder, renderTemplate } from "./template/render";
export {
  type BatchItem,
  type BatchOptions,
  type BatchResult,
  failureForStatus,
  type RateLimitHint,
  type SendOptions,
  type SendResult,
  type Transport,
} from "./transport";
export {
  type DeliveryEvent,
  type DeliveryFeedback,
  MAX_WEBHOOK_BYTES,
  resendWebhookRoutes,
  verifyWebhook,
} from "./webhook";
