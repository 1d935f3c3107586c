// The fan-out: keyset pagination over the edition's due subscribers (active, of its
// cadence), one D1 round trip and one sendBatch of send jobs per page. When the
// invocation's call budget would run out, it hands the rest over to a continuation job
// on the same queue, so any number of subscribers fits in Free-plan invocations.
import { dueSubscribersPage } from "../subscriptions";
import { type CallBudget, knobs, MESSAGES_PER_SEND_BATCH } from "./budget";
import { type Edition, recordFanOut } from "./edition-store";
import { log, type ScheduleEnv } from "./env";
import type { EnqueueJob, Job } from "./jobs";
import { seedPage } from "./ledger";

/** Calls a page costs (two statements, one sendBatch), and the most the handover costs. */
const PAGE_CALLS = 3;
const HANDOVER_CALLS = 2;

export interface FanOutResult {
  edition: string;
  from: number;
  through: number;
  queued: number;
  finished: boolean;
}

function slices(ids: number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

export async function fanOut(env: ScheduleEnv, edition: Edition, after: number, budget: CallBudget, now: Date): Promise<FanOutResult> {
  const { pageSize, sliceSize } = knobs(env);
  let cursor = after;
  let queued = 0;
  const handOver = async () => {
    const job: EnqueueJob = { kind: "enqueue", edition: edition.id, after: cursor };
    await env.SEND_QUEUE.send(job satisfies Job, { contentType: "json" });
    await recordFanOut(env.DB, edition.id, cursor, null).run();
    budget.spend(HANDOVER_CALLS);
    log("summary.fanout.handover", { edition: edition.id, after: cursor, queued, calls: budget.used });
    return { edition: edition.id, from: after, through: cursor, queued, finished: false };
  };
  try {
    for (;;) {
      if (!budget.allows(PAGE_CALLS + HANDOVER_CALLS)) return await handOver();
      const [, page] = await env.DB.batch<{ id: number }>([
        seedPage(env.DB, edition.id, edition.cadence, cursor, pageSize, now),
        dueSubscribersPage(env.DB, edition.id, edition.cadence, cursor, pageSize),
      ]);
      budget.spend(2);
      const ids = page!.results.map((r) => r.id);
      if (ids.length) {
        const jobs = slices(ids, sliceSize).map((subscribers) => ({
          body: { kind: "send", edition: edition.id, subscribers } satisfies Job,
          contentType: "json" as const,
        }));
        // pageSize = sliceSize * 100, so a page is at most one sendBatch.
        if (jobs.length > MESSAGES_PER_SEND_BATCH) throw new Error("a page must fit one sendBatch");
        await env.SEND_QUEUE.sendBatch(jobs);
        budget.spend(1);
        cursor = ids[ids.length - 1]!;
        queued += ids.length;
      }
      if (ids.length < pageSize) {
        await recordFanOut(env.DB, edition.id, cursor, now).run();
        budget.spend(1);
        log("summary.fanout.done", { edition: edition.id, from: after, through: cursor, queued, calls: budget.used });
        return { edition: edition.id, from: after, through: cursor, queued, finished: true };
      }
    }
  } catch (err) {
    // Whatever was queued stays queued (the ledger dedupes a repeat); the rest is handed over.
    log("summary.fanout.error", { edition: edition.id, after: cursor, error: String(err) });
    if (cursor > after) await handOver().catch(() => undefined);
    throw err;
  }
}
