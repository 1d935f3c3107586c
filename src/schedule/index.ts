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

export { batchKey } from "./batch-key";
export { type Pace, paceFor } from "./batch-send";
export { knobs } from "./budget";
export { handleQueue, type QueueDeps } from "./consumer";
export { type CronResult, runCron } from "./cron";
export { devDeliveryRoutes, devPreviewRoutes } from "./dev-routes";
export { findEdition, nextEdition } from "./edition-store";
export { CRON_CADENCE, type EditionPlan, isoWeek, nextRun, periodOf, planEdition } from "./editions";
export { renderEditionBody, renderWebCopy } from "./email/render";
export type { ScheduleEnv } from "./env";
export { recordDeliveryFeedback } from "./feedback";
export { DEAD_LETTER_QUEUE_NAME, type Job, SEND_QUEUE_NAME, type SendJob } from "./jobs";
export { deliveryKey, deliveryReport } from "./ledger";
export { type Booking, type BookingRequest, SummaryPace } from "./pace";
export { editionWebCopyRoutes } from "./web-copy";
