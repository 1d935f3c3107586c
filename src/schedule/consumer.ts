// The queue consumers. standpoint-sends: send jobs (render and send a slice) and
// fan-out continuations. standpoint-sends-dead: jobs that ran out of retries, recorded as
// dead in the ledger. Every outcome is a ledger state and a log line; nothing is dropped.
import { buildMessage, type Transport, transportFor } from "../mail";
import { listUnsubscribeHeaders, manageLinks } from "../subscriptions";
import { backoffSeconds, CallBudget, knobs, LEASE_SECONDS, SEND_CONCURRENCY } from "./budget";
import { type Edition, findEdition } from "./edition-store";
import { personalize } from "./email/render";
import { log, type ScheduleEnv } from "./env";
import { fanOut } from "./fanout";
import { DEAD_LETTER_QUEUE_NAME, type EnqueueJob, jobSchema, type SendJob } from "./jobs";
import { purgeFromQueue } from "./purge-job";
import { claimSlice, type ClaimedRow, type DeliveryOutcome, FINAL_STATES, markDead, recordOutcomes } from "./ledger";

export interface QueueDeps {
  /** Defaults to the transport MAIL_TRANSPORT names. */
  transport?: Transport;
  now?: () => Date;
}

// An edition's body never changes once created, so each isolate reads it once.
const editions = new Map<string, Edition>();
async function cachedEdition(db: D1Database, id: string): Promise<Edition | null> {
  const hit = editions.get(id);
  if (hit) return hit;
  const edition = await findEdition(db, id);
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
      await deliver(editionId, jobs, env, deps.transport ?? transportFor(env), now);
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
  const outcomes = await sendAll(mine, edition, env, transport);
  if (outcomes.length) await recordOutcomes(env.DB, { editionId, claim, outcomes, now: now() }).run();

  const state = new Map(rows.map((r) => [r.subscriberId, r.state as string]));
  for (const o of outcomes) state.set(o.subscriberId, o.state);
  const retryAfter = Math.max(0, ...outcomes.map((o) => o.retryAfterSeconds ?? 0));
  for (const { message, job } of jobs) {
    const states = job.subscribers.map((id) => state.get(id) ?? "missing");
    if (states.every((s) => FINAL_STATES.has(s as never))) message.ack();
    else if (states.includes("retrying")) message.retry({ delaySeconds: backoffSeconds(message.attempts, retryAfter) });
    // Another invocation holds some of them: look again once its lease could have run out.
    else message.retry({ delaySeconds: LEASE_SECONDS });
  }
  const tally: Record<string, number> = {};
  for (const s of state.values()) tally[s] = (tally[s] ?? 0) + 1;
  // The invocation's calls: D1 statements (edition read, claim batch, record) and provider sends.
  const d1 = (cached ? 0 : 1) + 4 + (outcomes.length ? 1 : 0);
  log("summary.deliver", { edition: editionId, transport: transport.name, claimed: mine.length, states: tally, d1, sends: outcomes.filter((o) => o.tried).length });
}

type Outcome = DeliveryOutcome & { retryAfterSeconds?: number; throttled?: boolean };

/** Sends the claimed rows a few at a time; a 429 stops new sends and releases the rest untried. */
async function sendAll(rows: ClaimedRow[], edition: Edition, env: ScheduleEnv, transport: Transport): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let throttled = false;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      if (throttled) {
        outcomes.push({ subscriberId: row.subscriberId, state: "retrying", tried: false, error: "not tried: the provider asked us to slow down" });
        continue;
      }
      const outcome = await sendOne(row, edition, env, transport);
      if (outcome.throttled) throttled = true;
      outcomes.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, rows.length) }, worker));
  return outcomes;
}

async function sendOne(row: ClaimedRow, edition: Edition, env: ScheduleEnv, transport: Transport): Promise<Outcome> {
  const subscriberId = row.subscriberId;
  let message;
  try {
    // Links are signed as of the edition's creation, so every attempt sends identical bytes.
    const links = await manageLinks(env, { id: subscriberId }, new Date(edition.created_at));
    message = buildMessage({
      from: env.MAIL_FROM,
      to: row.email ?? "",
      subject: edition.subject,
      ...personalize(edition, links),
      headers: listUnsubscribeHeaders(links),
    });
  } catch (err) {
    return { subscriberId, state: "failed", tried: false, error: `could not build the message: ${String(err).slice(0, 300)}` };
  }
  try {
    const result = await transport.send(message, { idempotencyKey: row.idempotencyKey });
    if (result.status === "sent") return { subscriberId, state: "sent", tried: true, providerId: result.id };
    if (result.status === "failed") return { subscriberId, state: "failed", tried: true, error: result.reason };
    return {
      subscriberId,
      state: "retrying",
      tried: true,
      error: result.reason,
      throttled: result.httpStatus === 429,
      ...(result.retryAfterSeconds !== undefined ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
    };
  } catch (err) {
    return { subscriberId, state: "retrying", tried: true, error: `transport threw: ${String(err).slice(0, 300)}` };
  }
}

async function handleDeadLetters(batch: MessageBatch<unknown>, env: ScheduleEnv, now: Date) {
  const statements: D1PreparedStatement[] = [];
  for (const message of batch.messages) {
    const parsed = jobSchema.safeParse(message.body);
    if (!parsed.success) log("summary.dead.malformed", { id: message.id, body: message.body });
    else if (parsed.data.kind === "enqueue") {
      log("summary.fanout.dead", { edition: parsed.data.edition, after: parsed.data.after, note: "re-run the cron for this period to resume" });
    } else if (parsed.data.kind === "purge") {
      log("storage.purge.dead", { asOf: parsed.data.asOf, note: "the next daily cron queues a new purge" });
    } else {
      const { edition, subscribers } = parsed.data;
      statements.push(markDead(env.DB, { editionId: edition, subscriberIds: subscribers, reason: "dead-lettered after the last retry", now }));
      log("summary.dead", { edition, subscribers });
    }
  }
  if (statements.length) await env.DB.batch(statements);
  batch.ackAll();
}
