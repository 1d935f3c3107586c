// Retention (issue 16): what is kept, for how long, and the purge that enforces it within
// the per-invocation budgets. D1 has a hard size limit and nothing else ever deletes.
//   - Delivery rows: LEDGER_RETENTION_DAYS after their edition was created, then folded
//     into the edition's totals (summary_edition_totals), which are kept.
//   - Outbox messages (development): as long as the ledger rows.
//   - Consent records of those who left: CONSENT_RETENTION_DAYS (src/subscriptions/retention.ts).
// The daily cron queues a purge job; each job runs a few bounded steps and queues its own
// continuation while there is more, so no invocation does unbounded work and a failing
// purge only delays itself, never an edition.
import type { AppEnv } from "../env";
import { purgeOutbox } from "../mail";
import { purgeLapsedSubscribers } from "../subscriptions";
import { CallBudget } from "./budget";
import { databaseSize } from "./db-size";
import { log, type ScheduleEnv } from "./env";
import type { Job, PurgeJob } from "./jobs";
import { foldExpiredDeliveries } from "./ledger-fold";

const DAY_MS = 86_400_000;

export interface Cutoffs {
  /** Delivery rows of editions created before this go (and the outbox's messages). */
  ledger: Date;
  /** Subscribers who unsubscribed at or before this are erased. */
  consent: Date;
}

export function retentionCutoffs(env: Pick<AppEnv, "LEDGER_RETENTION_DAYS" | "CONSENT_RETENTION_DAYS">, asOf: Date): Cutoffs {
  return {
    ledger: new Date(asOf.getTime() - env.LEDGER_RETENTION_DAYS * DAY_MS),
    consent: new Date(asOf.getTime() - env.CONSENT_RETENTION_DAYS * DAY_MS),
  };
}

export interface PurgeCounts {
  deliveries: number;
  outbox: number;
  subscribers: number;
}

/** One step: a bounded batch of each kind, in one D1 round trip. */
function purgeStep(db: D1Database, cutoffs: Cutoffs, limit: number, now: Date) {
  const ledger = foldExpiredDeliveries(db, { before: cutoffs.ledger, limit, now });
  const outbox = [purgeOutbox(db, { before: cutoffs.ledger, limit })];
  const consent = purgeLapsedSubscribers(db, { before: cutoffs.consent, limit });
  const statements = [...ledger, ...outbox, ...consent];
  return {
    statements,
    /** Reads what each kind removed: the last statement of each group counts its rows. */
    counts(results: D1Result[]): PurgeCounts & { sizeBytes: number | undefined } {
      const changes = (index: number) => results[index]?.meta.changes ?? 0;
      return {
        deliveries: changes(ledger.length - 1),
        outbox: changes(ledger.length + outbox.length - 1),
        subscribers: changes(statements.length - 1),
        sizeBytes: databaseSize(results[statements.length - 1]),
      };
    },
  };
}

export interface PurgeResult extends PurgeCounts {
  steps: number;
  /** Whether a continuation job was queued. */
  continued: boolean;
  calls: number;
}

/**
 * Runs purge steps while the invocation's budget allows, and queues a continuation job
 * (same `asOf`) when there may be more. A step that removed rows may have left more; a
 * step that removed fewer than `limit` of every kind, none of them deliveries, finished.
 */
export async function runPurge(
  env: ScheduleEnv,
  job: PurgeJob,
  now: Date,
  budget = new CallBudget(env.SUMMARY_CALL_BUDGET),
): Promise<PurgeResult> {
  const cutoffs = retentionCutoffs(env, new Date(job.asOf));
  const limit = env.PURGE_BATCH_SIZE;
  const total: PurgeCounts = { deliveries: 0, outbox: 0, subscribers: 0 };
  let steps = 0;
  let more = true;
  let sizeBytes: number | undefined;
  const CONTINUATION_CALLS = 1;
  for (;;) {
    const step = purgeStep(env.DB, cutoffs, limit, now);
    if (!budget.allows(step.statements.length + CONTINUATION_CALLS)) break;
    const results = await env.DB.batch(step.statements);
    budget.spend(step.statements.length);
    steps++;
    const counts = step.counts(results);
    sizeBytes = counts.sizeBytes ?? sizeBytes;
    total.deliveries += counts.deliveries;
    total.outbox += counts.outbox;
    total.subscribers += counts.subscribers;
    // Deliveries: an edition's last batch is short but another edition may follow, so only
    // an empty step says they are done. The others are one ordered list each.
    more = counts.deliveries > 0 || counts.outbox === limit || counts.subscribers === limit;
    if (!more) break;
  }
  if (more) {
    const next: PurgeJob = { kind: "purge", asOf: job.asOf };
    await env.SEND_QUEUE.send(next satisfies Job, { contentType: "json" });
    budget.spend(CONTINUATION_CALLS);
  }
  const result = { ...total, steps, continued: more, calls: budget.used };
  log("storage.purge", {
    asOf: job.asOf,
    ledgerBefore: cutoffs.ledger.toISOString(),
    consentBefore: cutoffs.consent.toISOString(),
    batch: limit,
    ...result,
    sizeBytes,
  });
  return result;
}
