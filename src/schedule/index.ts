/**
 * Scheduled email summaries: the cron creates an edition per cadence and period and fans
 * its sends out to the standpoint-sends queue; the consumer sends each (edition,
 * subscriber) exactly once, recorded in the delivery ledger.
 *
 * ```ts
 * scheduled: (controller, env, ctx) => ctx.waitUntil(runCron(controller, env)),
 * queue: (batch, env) => handleQueue(batch, env),
 * ```
 *
 * - `planEdition` (pure) decides what an edition holds; `renderEditionBody` renders it once.
 * - `recordDeliveryFeedback` acts on the provider's webhook events (mail's `/webhooks/resend`):
 *   bounced and complaining addresses are suppressed.
 * - `GET /editions/:id` (`editionWebCopyRoutes`): each edition's public web copy, with nobody's links.
 * - `/dev/deliveries` and `/dev/preview/{daily,weekly}[.txt|.json]` exist only in development.
 */
export { knobs } from "./budget";
export { handleQueue, type QueueDeps } from "./consumer";
export { runCron, type CronResult } from "./cron";
export { devDeliveryRoutes, devPreviewRoutes } from "./dev-routes";
export { findEdition, nextEdition } from "./edition-store";
export { CRON_CADENCE, isoWeek, nextRun, periodOf, planEdition, type EditionPlan } from "./editions";
export { renderEditionBody, renderWebCopy } from "./email/render";
export { editionWebCopyRoutes } from "./web-copy";
export type { ScheduleEnv } from "./env";
export { DEAD_LETTER_QUEUE_NAME, SEND_QUEUE_NAME, type Job, type SendJob } from "./jobs";
export { deliveryKey, deliveryReport } from "./ledger";
export { recordDeliveryFeedback } from "./feedback";
export { batchKey } from "./batch-key";
export { type Pace, paceFor } from "./batch-send";
export { type Booking, type BookingRequest, SummaryPace } from "./pace";
