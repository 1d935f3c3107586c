// The scheduled handler: create the period's edition (once), then fan out its sends.
// Housekeeping (expired pending subscriptions, the retention purge, the size watch) is
// isolated around it: a failure there is logged and the edition still goes out.
import type { Cadence } from "../subscriptions";
import { purgeExpiredPending } from "../subscriptions";
import { CallBudget, knobs } from "./budget";
import { watchDatabaseSize } from "./db-size";
import { createEdition, createEditionCalls, NEXT_EDITION_CALLS, nextEdition } from "./edition-store";
import { CRON_CADENCE } from "./editions";
import { log, type ScheduleEnv, summaryConfig } from "./env";
import { type FanOutResult, fanOut } from "./fanout";
import { queuePurge } from "./purge-job";

export type CronResult =
  | { outcome: "unknown-cron"; cron: string }
  | { outcome: "no-edition"; cadence: string }
  | { outcome: "already-enqueued"; edition: string }
  | { outcome: "enqueued"; fanOut: FanOutResult };

export interface CronOptions {
  now?: Date;
}

export async function runCron(
  controller: Pick<ScheduledController, "cron" | "scheduledTime">,
  env: ScheduleEnv,
  options: CronOptions = {},
): Promise<CronResult> {
  const now = options.now ?? new Date();
  const cadence = CRON_CADENCE[controller.cron];
  if (!cadence) {
    log("summary.cron.unknown", { cron: controller.cron });
    return { outcome: "unknown-cron", cron: controller.cron };
  }
  const budget = new CallBudget(knobs(env).callBudget);
  // The size first: if the database is nearly full, that is what an operator needs to know.
  await watchDatabaseSize(env, { cron: controller.cron }).catch((err) => log("storage.size.failed", { error: String(err) }));
  budget.spend(1);
  if (cadence === "daily") {
    // Housekeeping that belongs to the daily run: unconfirmed subscriptions expire, and the
    // retention purge is queued (it runs in its own invocations).
    await purgeExpiredPendingIsolated(env, now);
    budget.spend(2);
    await queuePurge(env, now);
    budget.spend(1);
  }
  return publishEdition(controller, cadence, env, budget, now);
}

async function purgeExpiredPendingIsolated(env: ScheduleEnv, now: Date) {
  try {
    const purged = await purgeExpiredPending(env.DB, now);
    if (purged) log("subscriptions.purged", { purged });
  } catch (err) {
    log("subscriptions.purge.failed", { error: String(err), note: "the edition goes out anyway; tomorrow's run purges again" });
  }
}

async function publishEdition(
  controller: Pick<ScheduledController, "cron" | "scheduledTime">,
  cadence: Cadence,
  env: ScheduleEnv,
  budget: CallBudget,
  now: Date,
): Promise<CronResult> {
  const at = new Date(controller.scheduledTime);
  // The period's digests are the published ones in D1 (src/digest/store.ts).
  const next = await nextEdition(env.DB, cadence, at, summaryConfig(env));
  budget.spend(NEXT_EDITION_CALLS);
  if (!next) {
    log("summary.cron.no-edition", { cadence, at: at.toISOString() });
    return { outcome: "no-edition", cadence };
  }
  const edition = "existing" in next ? next.existing : await createEdition(env.DB, next.planned, now);
  if ("planned" in next) {
    budget.spend(createEditionCalls(next.planned));
    log("summary.edition.created", { edition: edition.id, digests: edition.digests, subject: edition.subject });
  }
  if (edition.enqueue_finished_at) {
    log("summary.cron.already-enqueued", { edition: edition.id, finishedAt: edition.enqueue_finished_at });
    return { outcome: "already-enqueued", edition: edition.id };
  }
  // A second run of an unfinished fan-out (the first crashed) resumes where it stopped.
  return { outcome: "enqueued", fanOut: await fanOut(env, edition, edition.enqueued_through, budget, now) };
}
