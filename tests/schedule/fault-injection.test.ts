// One edition to 1,000 subscribers in batches, through the Resend stand-in over real HTTP
// failing at random (500 before and after sending, 429, answers that come too late), at
// the real pace, with a queue that redelivers at random and two overlapping crons (all
// seeded, so a failure replays). Then the proof: the ledger says sent for everyone, and the
// provider accepted exactly one email per subscriber.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { expect, inject, it } from "vitest";
import { appEnv } from "../../src/env";
import { resendTransport } from "../../src/mail";
import { handleQueue, paceFor, runCron, type ScheduleEnv } from "../../src/schedule";
import { storeDigests } from "../fixtures/store";
import { type AcceptedEmail, prng, type TeamStats } from "../mail/resend-stand-in";
import { cronAt, fixtureDigest, ledger, makeActiveSubscribers } from "./helpers";

const EDITION = "daily:2027-07-02";
const SUBSCRIBERS = 1000;
const MAX_RETRIES = 8; // wrangler.toml: max_retries of standpoint-sends
const API_KEY = "re_test_fault_injection";
const provider = inject("resendStandIn");

it("delivers exactly one email per subscriber through random failures, throttling and redeliveries", { timeout: 300_000 }, async () => {
  const random = prng(20261128);
  const queueFaults = { redelivered: 0, concurrent: 0, "dead-lettered": 0 };
  let handovers = 0;
  let requeues = 0;

  // The provider's faults, per request: rolled by the stand-in from its own seed.
  await fetch(`${provider}/__team`, {
    method: "POST",
    body: JSON.stringify({ key: API_KEY, ratePerSecond: 40, faults: { seed: 7, p500: 0.06, p500After: 0.03, p429: 0.03, pTimeout: 0.04 } }),
  });
  // Gives up after 300 ms; the stand-in holds a "timeout" answer for 1.5 s after sending.
  const transport = resendTransport({ apiKey: API_KEY, apiUrl: provider, timeoutMs: 300 });
  const pace = paceFor(env, "fault-injection");

  // The queue: jobs the cron, the fan-out and the consumer enqueue land here; the loop below delivers them.
  interface Pending {
    id: string;
    body: unknown;
    attempts: number;
  }
  const pending: Pending[] = [];
  const dead: Pending[] = [];
  let ids = 0;
  const enqueue = (body: unknown) => pending.push({ id: `job-${++ids}`, body, attempts: 1 });
  const queue = {
    // Handovers of the fan-out, and send jobs handed back to the queue; the daily cron's
    // purge job is neither.
    send: async (body: { kind: string }) =>
      void (body.kind === "enqueue" ? handovers++ : body.kind === "send" ? requeues++ : 0, enqueue(body)),
    sendBatch: async (messages: Iterable<MessageSendRequest>) => {
      for (const m of messages) enqueue(m.body);
    },
  } as unknown as Queue;
  // Small slices in two batches each and a tight call budget, so the fan-out hands over to
  // continuation jobs; a pace under the stand-in's rate of 40 a second.
  const testEnv: ScheduleEnv = appEnv({
    ...env,
    SEND_QUEUE: queue,
    SUMMARY_SLICE_SIZE: "3",
    SUMMARY_BATCH_SIZE: "2",
    SUMMARY_CALL_BUDGET: "18",
    SUMMARY_RATE_PER_SECOND: "30",
  } as Env);

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
    await handleQueue(batch, testEnv, { transport, pace });
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
      concurrent ? (queueFaults.concurrent++, deliver(batchJobs.map((j) => ({ ...j, id: `${j.id}-dup` })))) : undefined,
    ]);
    const retried = new Set(result.retryMessages.map((m: { msgId: string }) => m.msgId));
    for (const job of batchJobs) {
      if (retried.has(job.id)) {
        if (job.attempts > MAX_RETRIES) dead.push(job), queueFaults["dead-lettered"]++;
        else pending.push({ ...job, attempts: job.attempts + 1 });
      } else if (random() < 0.05) {
        // At-least-once: an acknowledged job comes back anyway.
        queueFaults.redelivered++;
        pending.push({ ...job, id: `${job.id}-again` });
      }
    }
  }
  if (dead.length) {
    const batch = createMessageBatch<unknown>(
      "standpoint-sends-dead",
      dead.map((j) => ({ id: j.id, timestamp: new Date(), attempts: 1, body: j.body })),
    );
    await handleQueue(batch, testEnv, { transport, pace });
  }

  const stats = (await (await fetch(`${provider}/__stats?key=${API_KEY}`)).json()) as TeamStats;
  const { emails } = (await (await fetch(`${provider}/__accepted?key=${API_KEY}`)).json()) as { emails: AcceptedEmail[] };
  console.log(JSON.stringify({ rounds, queueFaults, handovers, requeues, provider: stats }));
  // The faults happened: the proof below is not of a quiet run.
  expect(handovers).toBeGreaterThan(0);
  expect(queueFaults.redelivered).toBeGreaterThan(0);
  expect(queueFaults.concurrent).toBeGreaterThan(0);
  expect(stats.throttled).toBeGreaterThan(0);
  expect(stats.idempotentReplays).toBeGreaterThan(0);
  // Only batch calls, none over the batch size.
  expect(stats.singleCalls).toBe(0);
  expect(stats.largestBatch).toBe(2);

  const rows = await ledger(EDITION);
  expect(rows).toHaveLength(SUBSCRIBERS);
  expect(new Set(rows.map((r) => r.subscriber_id))).toEqual(new Set(subscribers.map((s) => s.id)));
  expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
  // Exactly one email per subscriber, to the right address, and the ledger holds its id.
  expect(stats.duplicates).toBe(0);
  expect(emails).toHaveLength(SUBSCRIBERS);
  const byRecipient = new Map(emails.map((m) => [m.to, m]));
  expect(byRecipient.size).toBe(SUBSCRIBERS);
  const providerIds = new Map(rows.map((r) => [r.subscriber_id, r.provider_id]));
  for (const s of subscribers) expect(providerIds.get(s.id)).toBe(byRecipient.get(s.email)?.id);
  // Some needed several attempts: the faults reached the ledger, not just the counters.
  expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThan(50);
});
