// The queue consumers. standpoint-sends: send jobs (render and send a slice) and
// fan-out continuations. standpoint-sends-dead: jobs that ran out of retries, recorded as
// dead in the ledger. Every outcome is a ledger state and a log line; nothing is dropped.
import { summaryTransportFor, type Transport } from "../mail";
import { type Pace, paceFor, sendInBatches } from "./batch-send";
import { backoffSeconds, CallBudget, knobs, LEASE_SECONDS, MAX_DEFERRALS } from "./budget";
import { findEdition } from "./edition-store";
import { log, type ScheduleEnv } from "./env";
import { fanOut } from "./fanout";
import { findSendableEdition, type SendableEdition } from "./follower-copy";
import { DEAD_LETTER_QUEUE_NAME, type EnqueueJob, type Job, jobSchema, type SendJob } from "./jobs";
import { type ClaimedRow, claimSlice, FINAL_STATES, markDead, recordOutcomes } from "./ledger";
import { purgeFromQueue } from "./purge-job";

export interface QueueDeps {
  /** Defaults to the transport SUMMARY_TRANSPORT names (never MAIL_TRANSPORT's). */
  transport?: Transport;
  /** Defaults to the one pace of that transport (the SummaryPace Durable Object). */
  pace?: Pace;
  now?: () => Date;
}

// An edition's body never changes once created, so each isolate reads it once (with its
// digests' entries, for followers' copies: ./follower-copy.ts).
const editions = new Map<string, SendableEdition>();
async function cachedEdition(db: D1Database, id: string): Promise<SendableEdition | null> {
  const hit = editions.get(id);
  if (hit) return hit;
  const edition = await findSendableEdition(db, id);
  if (edition) {
    if (editions.size >= 8) editions.delete(editions.keys().next().value!);
    editions.set(id, edition);
  }
  return edition;
}

export async function handleQueue(batch: MessageBatch<unknown>, env: ScheduleEnv, deps: QueueDeps = {}): Promise<void> {
  const now = deps.now ?? (() => new Date());
  if (batch.queue === DEAD_LETTER_QUEUE_NAME) return handleDeadLetters(batch, env, now());
  const sends = new Map<string, { message: Message<unknown>; job: SendJob }[]>();
  for (const message of batch.messages) {
    const parsed = jobSchema.safeParse(message.body);
    if (!parsed.success) {
      // A malformed job can never succeed: log it whole and drop it rather than retry it.
      log("summary.job.malformed", { id: message.id, body: message.body, error: parsed.error.message });
      message.ack();
    } else if (parsed.data.kind === "enqueue") {
      await continueFanOut(message, parsed.data, env, now());
    } else if (parsed.data.kind === "purge") {
      await purgeFromQueue(message, parsed.data, env, now());
    } else {
      const group = sends.get(parsed.data.edition) ?? [];
      group.push({ message, job: parsed.data });
      sends.set(parsed.data.edition, group);
    }
  }
  for (const [editionId, jobs] of sends) {
    try {
      const transport = deps.transport ?? summaryTransportFor(env);
      await deliver(editionId, jobs, env, transport, deps.pace ?? paceFor(env, transport.name), now);
    } catch (err) {
      log("summary.deliver.error", { edition: editionId, error: String(err) });
      for (const { message } of jobs) message.retry({ delaySeconds: backoffSeconds(message.attempts) });
    }
  }
}

async function continueFanOut(message: Message<unknown>, job: EnqueueJob, env: ScheduleEnv, now: Date) {
  try {
    const edition = await findEdition(env.DB, job.edition);
    // Already past this point (a repeated continuation): its successor exists.
    if (!edition || edition.enqueue_finished_at || edition.enqueued_through > job.after) {
      log("summary.fanout.stale", { edition: job.edition, after: job.after });
    } else {
      const budget = new CallBudget(knobs(env).callBudget);
      budget.spend(1);
      await fanOut(env, edition, job.after, budget, now);
    }
    message.ack();
  } catch (err) {
    log("summary.fanout.retry", { edition: job.edition, after: job.after, error: String(err) });
    message.retry({ delaySeconds: backoffSeconds(message.attempts) });
  }
}

async function deliver(
  editionId: string,
  jobs: { message: Message<unknown>; job: SendJob }[],
  env: ScheduleEnv,
  transport: Transport,
  pace: Pace,
  now: () => Date,
) {
  const cached = editions.has(editionId);
  const edition = await cachedEdition(env.DB, editionId);
  if (!edition) {
    log("summary.deliver.unknown-edition", { edition: editionId, messages: jobs.map((j) => j.message.id) });
    for (const { message } of jobs) message.ack();
    return;
  }
  const subscriberIds = [...new Set(jobs.flatMap((j) => j.job.subscribers))].sort((a, b) => a - b);
  const claim = crypto.randomUUID();
  const rows = await claimSlice(env.DB, { editionId, subscriberIds, claim, now: now() });
  const mine = rows.filter((r) => r.mine);
  const groups = byJob(jobs, rows);
  const { batchSize, ratePerSecond } = knobs(env);
  const report = await sendInBatches({ groups, edition, env, transport, pace, batchSize, ratePerSecond });
  const replays = groups.reduce((n, g) => n + g.replays.length, 0);
  const outcomes = report.outcomes;
  if (outcomes.length) await recordOutcomes(env.DB, { editionId, claim, outcomes, now: now() }).run();

  const state = new Map(rows.map((r) => [r.subscriberId, r.state as string]));
  const byId = new Map(outcomes.map((o) => [o.subscriberId, o]));
  for (const o of outcomes) state.set(o.subscriberId, o.state);
  let requeued = 0;
  for (const { message, job } of jobs) {
    const states = job.subscribers.map((id) => state.get(id) ?? "missing");
    const open = job.subscribers.map((id) => byId.get(id)).filter((o) => o?.state === "retrying");
    const retryAfter = Math.max(0, ...open.map((o) => o!.retryAfterSeconds ?? 0));
    if (states.every((s) => FINAL_STATES.has(s as never))) message.ack();
    else if (open.some((o) => !o!.deferred)) message.retry({ delaySeconds: backoffSeconds(message.attempts, retryAfter) });
    else if (open.length && (job.deferrals ?? 0) < MAX_DEFERRALS) {
      // Only the pace or a 429 held it back: a fresh message keeps the job's retries for real failures.
      await requeue(env, job, retryAfter).then(
        () => (requeued++, message.ack()),
        () => message.retry({ delaySeconds: Math.max(retryAfter, 1) }),
      );
    } else if (open.length) message.retry({ delaySeconds: backoffSeconds(message.attempts, retryAfter) });
    // Another invocation holds some of them: look again once its lease could have run out.
    else message.retry({ delaySeconds: LEASE_SECONDS });
  }
  const tally: Record<string, number> = {};
  for (const s of state.values()) tally[s] = (tally[s] ?? 0) + 1;
  // The invocation's calls: D1 statements (edition read, claim batch, record), pace bookings, provider calls, re-enqueues.
  const d1 = (cached ? 0 : 1) + 4 + (outcomes.length ? 1 : 0);
  const calls = d1 + report.paceCalls + report.providerCalls + requeued;
  log("summary.deliver", {
    edition: editionId,
    transport: transport.name,
    claimed: mine.length,
    replayed: replays,
    states: tally,
    d1,
    pace: report.paceCalls,
    sends: report.providerCalls,
    throttled: report.throttled,
    requeued,
    calls,
  });
}

/**
 * The claimed rows by job (a duplicate job in the same batch gets none), and with them the
 * rows to replay: subscribers who left after an attempt whose answer never came ride along
 * unrecorded, so the batch keeps its members and its key. Only in a job with rows to send.
 */
function byJob(jobs: { job: SendJob }[], rows: ClaimedRow[]) {
  const byId = new Map(rows.map((r) => [r.subscriberId, r]));
  const taken = new Set<number>();
  return jobs.map(({ job }) => {
    const own = job.subscribers
      .filter((id) => !taken.has(id))
      .map((id) => (taken.add(id), byId.get(id)))
      .filter((r) => r !== undefined);
    const mine = own.filter((r) => r.mine);
    const replays = mine.length ? own.filter((r) => r.state === "skipped" && r.attempts > 0 && r.email) : [];
    return { mine, replays };
  });
}

/** The job again, as a new message after `delaySeconds`: a wait, not a failed attempt. */
function requeue(env: ScheduleEnv, job: SendJob, delaySeconds: number) {
  const again: SendJob = { ...job, deferrals: (job.deferrals ?? 0) + 1 };
  return env.SEND_QUEUE.send(again satisfies Job, {
    contentType: "json",
    delaySeconds: Math.min(Math.max(Math.ceil(delaySeconds), 1), 43_200),
  });
}

async function handleDeadLetters(batch: MessageBatch<unknown>, env: ScheduleEnv, now: Date) {
  const statements: D1PreparedStatement[] = [];
  for (const message of batch.messages) {
    const parsed = jobSchema.safeParse(message.body);
    if (!parsed.success) log("summary.dead.malformed", { id: message.id, body: message.body });
    else if (parsed.data.kind === "enqueue") {
      log("summary.fanout.dead", {
        edition: parsed.data.edition,
        after: parsed.data.after,
        note: "re-run the cron for this period to resume",
      });
    } else if (parsed.data.kind === "purge") {
      log("storage.purge.dead", { asOf: parsed.data.asOf, note: "the next daily cron queues a new purge" });
    } else {
      const { edition, subscribers } = parsed.data;
      statements.push(
        markDead(env.DB, { editionId: edition, subscriberIds: subscribers, reason: "dead-lettered after the last retry", now }),
      );
      log("summary.dead", { edition, subscribers });
    }
  }
  if (statements.length) await env.DB.batch(statements);
  batch.ackAll();
}
