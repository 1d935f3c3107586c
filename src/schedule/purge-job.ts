// The purge job on the standpoint-sends queue: a failure is logged and retried with
// backoff like any job, and after the last retry the dead-letter consumer logs it; the next
// daily cron queues a fresh one. Nothing an edition needs waits on it.
import { backoffSeconds } from "./budget";
import { log, type ScheduleEnv } from "./env";
import type { Job, PurgeJob } from "./jobs";
import { runPurge } from "./retention";

export async function purgeFromQueue(message: Message<unknown>, job: PurgeJob, env: ScheduleEnv, now: Date) {
  try {
    await runPurge(env, job, now);
    message.ack();
  } catch (err) {
    log("storage.purge.failed", { asOf: job.asOf, attempt: message.attempts, error: String(err) });
    message.retry({ delaySeconds: backoffSeconds(message.attempts) });
  }
}

/** Queues the day's purge (one queue send); never throws, so the cron carries on. */
export async function queuePurge(env: ScheduleEnv, asOf: Date): Promise<boolean> {
  try {
    const job: PurgeJob = { kind: "purge", asOf: asOf.toISOString() };
    await env.SEND_QUEUE.send(job satisfies Job, { contentType: "json" });
    return true;
  } catch (err) {
    log("storage.purge.not-queued", { asOf: asOf.toISOString(), error: String(err) });
    return false;
  }
}
