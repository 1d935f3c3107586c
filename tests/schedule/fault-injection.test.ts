// One edition to 1,000 subscribers through a provider that fails at random and a queue
// that redelivers at random (both seeded, so a failure replays), then the proof: the
// ledger and the outbox hold exactly one email per subscriber.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { expect, it } from "vitest";
import { outboxTransport, type Transport } from "../../src/mail";
import { handleQueue, runCron, type ScheduleEnv } from "../../src/schedule";
import { cronAt, fixtureDigest, ledger, makeActiveSubscribers, outboxOf } from "./helpers";
import { storeDigests } from "../fixtures/store";
import { appEnv } from "../../src/env";

const EDITION = "daily:2027-07-02";
const SUBSCRIBERS = 1000;
const MAX_RETRIES = 8; // wrangler.toml: max_retries of standpoint-sends

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it("delivers exactly one email per subscriber through random failures and redeliveries", { timeout: 180_000 }, async () => {
  const random = prng(20261127);
  const faults = { "500": 0, "429": 0, "lost answer": 0, redelivered: 0, concurrent: 0, "dead-lettered": 0 };
  let handovers = 0;

  // The provider: the real outbox behind random failures. A "lost answer" stores the email
  // and then reports a timeout, as when the provider accepted it but the answer never came.
  const outbox = outboxTransport(env.DB);
  const flaky: Transport = {
    name: "resend",
    async send(message, options) {
      const r = random();
      if (r < 0.08) return faults["500"]++, { status: "retry", reason: "resend 500", httpStatus: 500 };
      if (r < 0.12) return faults["429"]++, { status: "retry", reason: "resend 429", httpStatus: 429, retryAfterSeconds: 1 };
      const result = await outbox.send(message, options);
      if (r < 0.18) return faults["lost answer"]++, { status: "retry", reason: "resend: TimeoutError" };
      return result;
    },
  };

  // The queue: jobs the cron and the fan-out enqueue land here; the loop below delivers them.
  interface Pending {
    id: string;
    body: unknown;
    attempts: number;
  }
  let pending: Pending[] = [];
  const dead: Pending[] = [];
  let ids = 0;
  const enqueue = (body: unknown) => pending.push({ id: `job-${++ids}`, body, attempts: 1 });
  const queue = {
    send: async (body: unknown) => void (handovers++, enqueue(body)),
    sendBatch: async (messages: Iterable<MessageSendRequest>) => {
      for (const m of messages) enqueue(m.body);
    },
  } as unknown as Queue;
  // Small slices and a tight call budget, so the fan-out hands over to continuation jobs.
  const testEnv: ScheduleEnv = appEnv({ ...env, SEND_QUEUE: queue, SUMMARY_SLICE_SIZE: "6", SUMMARY_CALL_BUDGET: "12" } as Env);

  const subscribers = await makeActiveSubscribers("fault", SUBSCRIBERS, "daily");
  await storeDigests(fixtureDigest("fault-bridge", "2027-07-01"));
  // Two overlapping cron runs for the same period.
  await Promise.all([runCron(cronAt("0 7 * * *", "2027-07-02"), testEnv), runCron(cronAt("0 7 * * *", "2027-07-02"), testEnv)]);

  async function deliver(batchJobs: Pending[]) {
    const batch = createMessageBatch<unknown>(
      "standpoint-sends",
      batchJobs.map((j) => ({ id: j.id, timestamp: new Date(), attempts: j.attempts, body: j.body })),
    );
    const ctx = createExecutionContext();
    await handleQueue(batch, testEnv, { transport: flaky });
    return getQueueResult(batch, ctx);
  }

  let rounds = 0;
  while (pending.length) {
    if (++rounds > 20_000) throw new Error("the queue never drained");
    // A random batch of 1-3 jobs from anywhere in the queue.
    pending.sort(() => random() - 0.5);
    const batchJobs = pending.splice(0, 1 + Math.floor(random() * 3));
    const concurrent = random() < 0.1;
    const [result] = await Promise.all([
      deliver(batchJobs),
      // Sometimes the same jobs are delivered twice at the same time.
      concurrent ? (faults.concurrent++, deliver(batchJobs.map((j) => ({ ...j, id: `${j.id}-dup` })))) : undefined,
    ]);
    const retried = new Set(result.retryMessages.map((m: { msgId: string }) => m.msgId));
    for (const job of batchJobs) {
      if (retried.has(job.id)) {
        if (job.attempts > MAX_RETRIES) dead.push(job), faults["dead-lettered"]++;
        else pending.push({ ...job, attempts: job.attempts + 1 });
      } else if (random() < 0.05) {
        // At-least-once: an acknowledged job comes back anyway.
        faults.redelivered++;
        pending.push({ ...job, id: `${job.id}-again` });
      }
    }
  }
  if (dead.length) {
    const batch = createMessageBatch<unknown>("standpoint-sends-dead", dead.map((j) => ({ id: j.id, timestamp: new Date(), attempts: 1, body: j.body })));
    await handleQueue(batch, testEnv, { transport: flaky });
  }

  console.log(JSON.stringify({ rounds, faults, handovers }));
  expect(handovers).toBeGreaterThan(0);
  for (const count of Object.values(faults).slice(0, 5)) expect(count).toBeGreaterThan(0);

  const rows = await ledger(EDITION);
  const mail = await outboxOf(EDITION);
  expect(rows).toHaveLength(SUBSCRIBERS);
  expect(new Set(rows.map((r) => r.subscriber_id))).toEqual(new Set(subscribers.map((s) => s.id)));
  expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
  // Exactly one email per subscriber, to the right address, with that subscriber's key.
  expect(mail).toHaveLength(SUBSCRIBERS);
  const byRecipient = new Map(mail.map((m) => [m.recipient, m]));
  expect(byRecipient.size).toBe(SUBSCRIBERS);
  for (const s of subscribers) expect(byRecipient.get(s.email)?.idempotency_key).toBe(`summary:${EDITION}:${s.id}`);
  // Some needed several attempts: the faults reached the ledger, not just the counters.
  expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThan(50);
});
