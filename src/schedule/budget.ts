// The knobs that keep every invocation inside the platform's per-invocation limits.
// Free plan: 50 subrequests and 50 D1 queries per invocation. Every D1 statement, queue
// send and provider request counts as one call here, whichever limit it falls under, so
// staying under CALL_BUDGET keeps both. On the Paid plan (1,000 of each) raise
// SUMMARY_CALL_BUDGET, SUMMARY_SLICE_SIZE and max_batch_size together (see the README).

export type BudgetEnv = { SUMMARY_CALL_BUDGET?: string; SUMMARY_SLICE_SIZE?: string };

const numberVar = (value: string | undefined, fallback: number, min: number, max: number) => {
  const n = value === undefined || value === "" ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`summary knob ${value} must be an integer in [${min}, ${max}]`);
  return n;
};

/** Queues' own limit on one sendBatch call (and 256 KB; a send job of 40 ids is ~300 bytes). */
export const MESSAGES_PER_SEND_BATCH = 100;

export interface Knobs {
  /** Calls one invocation may make: 45 leaves room below the Free plan's 50. */
  callBudget: number;
  /** Subscribers per send job: one job's sends plus its 6 D1 statements fit one invocation. */
  sliceSize: number;
  /** Subscribers read per D1 page in the fan-out: one sendBatch of full send jobs. */
  pageSize: number;
}

export function knobs(env: BudgetEnv): Knobs {
  const callBudget = numberVar(env.SUMMARY_CALL_BUDGET, 45, 10, 10_000);
  const sliceSize = numberVar(env.SUMMARY_SLICE_SIZE, 38, 1, 500);
  if (sliceSize + 6 > callBudget) throw new Error(`SUMMARY_SLICE_SIZE ${sliceSize} does not fit SUMMARY_CALL_BUDGET ${callBudget}`);
  return { callBudget, sliceSize, pageSize: sliceSize * MESSAGES_PER_SEND_BATCH };
}

/** How long a claimed ('sending') delivery is left to its claimant before another may take it over. */
export const LEASE_SECONDS = 300;
/** Provider requests in flight at once from one invocation (Workers allow 6 open connections). */
export const SEND_CONCURRENCY = 6;

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
