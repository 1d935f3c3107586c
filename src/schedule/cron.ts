// The scheduled handler: create the period's edition (once), then fan out its sends.
import { purgeExpiredPending } from "../subscriptions";
import { CallBudget, knobs } from "./budget";
import { createEdition, NEXT_EDITION_CALLS, nextEdition } from "./edition-store";
import { CRON_CADENCE } from "./editions";
import { log, type ScheduleEnv, summaryConfig } from "./env";
import { fanOut, type FanOutResult } from "./fanout";

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
  if (cadence === "daily") {
    // Housekeeping that belongs to the daily run: unconfirmed subscriptions expire.
    const purged = await purgeExpiredPending(env.DB, now);
    budget.spend(2);
    if (purged) log("subscriptions.purged", { purged });
  }
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
    budget.spend(2);
    log("summary.edition.created", { edition: edition.id, digests: edition.digests, subject: edition.subject });
  }
  if (edition.enqueue_finished_at) {
    log("summary.cron.already-enqueued", { edition: edition.id, finishedAt: edition.enqueue_finished_at });
    return { outcome: "already-enqueued", edition: edition.id };
  }
  // A second run of an unfinished fan-out (the first crashed) resumes where it stopped.
  return { outcome: "enqueued", fanOut: await fanOut(env, edition, edition.enqueued_through, budget, now) };
}
