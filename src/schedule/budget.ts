// The knobs that keep every invocation inside the platform's per-invocation limits.
// Free plan: 50 subrequests and 50 D1 queries per invocation. Every D1 statement, queue
// send and provider request counts as one call here, whichever limit it falls under, so
// staying under CALL_BUDGET keeps both. On the Paid plan (1,000 of each) raise
// SUMMARY_CALL_BUDGET, SUMMARY_SLICE_SIZE and max_batch_size together (see the README).

import type { AppEnv } from "../env";

/** Queues' own limit on one sendBatch call (and 256 KB; a send job of 40 ids is ~300 bytes). */
export const MESSAGES_PER_SEND_BATCH = 100;

export interface Knobs {
  /** Calls one invocation may make: 45 leaves room below the Free plan's 50. */
  callBudget: number;
  /** Subscribers per send job: its batches plus its 6 D1 statements fit one invocation. */
  sliceSize: number;
  /** Emails per provider call. */
  batchSize: number;
  /** Provider calls per second for the whole list. */
  ratePerSecond: number;
  /** Subscribers read per D1 page in the fan-out: one sendBatch of full send jobs. */
  pageSize: number;
}

/** The knobs as src/env.ts checked them (ranges, and a slice that fits the budget). */
export function knobs(
  env: Pick<AppEnv, "SUMMARY_CALL_BUDGET" | "SUMMARY_SLICE_SIZE" | "SUMMARY_BATCH_SIZE" | "SUMMARY_RATE_PER_SECOND">,
): Knobs {
  const sliceSize = env.SUMMARY_SLICE_SIZE;
  return {
    callBudget: env.SUMMARY_CALL_BUDGET,
    sliceSize,
    pageSize: sliceSize * MESSAGES_PER_SEND_BATCH,
    batchSize: env.SUMMARY_BATCH_SIZE,
    ratePerSecond: env.SUMMARY_RATE_PER_SECOND,
  };
}

/** How long a claimed ('sending') delivery is left to its claimant before another may take it over. */
export const LEASE_SECONDS = 300;
/**
 * The longest a send job waits in its invocation for its turn at the pace; a later turn
 * sends the job back to the queue with a delay instead (that spends no retry).
 */
export const MAX_PACE_WAIT_MS = 30_000;
/** Times a job may go back to the queue for the pace or a 429 before it spends retries instead. */
export const MAX_DEFERRALS = 100;

/** Exponential backoff by delivery attempt (1-based): 60 s, 2 min, 4 min … capped at an hour. */
export function backoffSeconds(attempt: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(60 * 2 ** Math.max(attempt - 1, 0), 3600);
  return Math.min(Math.max(backoff, retryAfterSeconds ?? 0), 43_200);
}

/** Counts an invocation's calls; the fan-out stops and hands over before running out. */
export class CallBudget {
  used = 0;
  constructor(readonly limit: number) {}
  spend(calls: number) {
    this.used += calls;
  }
  allows(calls: number) {
    return this.used + calls <= this.limit;
  }
}
