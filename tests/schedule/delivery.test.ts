// The consumer against the stand-in that speaks Resend's wire format and enforces its
// limits (tests/mail/resend-stand-in.ts, over real HTTP), with the real resend transport
// and the real pace (the SummaryPace Durable Object) in front of it.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { appEnv } from "../../src/env";
import { resendTransport } from "../../src/mail";
import { batchKey, handleQueue, paceFor, type SendJob } from "../../src/schedule";
import { createEdition, nextEdition } from "../../src/schedule/edition-store";
import { unsubscribe } from "../../src/subscriptions";
import { storeDigests } from "../fixtures/store";
import { TIMEOUT_HOLD_MS } from "../mail/resend-stand-in";
import { fixtureDigest, freshEmail, ledger, makeSubscriber } from "./helpers";

const provider = inject("resendStandIn");
const API_KEY = "re_test_delivery";
// The transport gives up after 300 ms; the stand-in holds a "timeout" answer for 1.5 s.
const transport = resendTransport({ apiKey: API_KEY, apiUrl: provider, timeoutMs: 300 });
const pace = paceFor(env, "delivery-test");
const EDITION = "daily:2027-03-02";
// Jobs a consumer hands back to the queue land here instead of in the real queue.
const requeued: { body: unknown; delaySeconds?: number }[] = [];
const capture = {
  send: async (body: unknown, options?: QueueSendOptions) => void requeued.push({ body, delaySeconds: options?.delaySeconds }),
  sendBatch: async () => undefined,
} as unknown as Queue;
const testEnv = appEnv({ ...env, SEND_QUEUE: capture, SUMMARY_RATE_PER_SECOND: "20" } as Env);
const stats = async () =>
  (await (await fetch(`${provider}/__stats?key=${API_KEY}`)).json()) as {
    batchCalls: number;
    singleCalls: number;
    duplicates: number;
    throttled: number;
  };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function script(to: string, steps: string[]) {
  await fetch(`${provider}/__script`, { method: "POST", body: JSON.stringify({ to, steps }) });
}
async function accepted(to: string) {
  return (await (await fetch(`${provider}/__accepted?to=${encodeURIComponent(to)}`)).json()) as {
    requests: number;
    emails: { id: string; idempotencyKey: string; subject: string; html: string; headers: Record<string, string> }[];
  };
}

let deliveryCount = 0;
/** Delivers jobs as one batch, as the queue would on the given attempt. */
async function deliver(jobs: SendJob[], attempts = 1, queue = "standpoint-sends") {
  const batch = createMessageBatch<unknown>(
    queue,
    jobs.map((body) => ({ id: `m-${++deliveryCount}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  // getQueueResult does not report delaySeconds, so the retries' delays are read on the way.
  const delays: number[] = [];
  const observed: MessageBatch<unknown> = {
    queue: batch.queue,
    metadata: batch.metadata,
    ackAll: () => batch.ackAll(),
    retryAll: (options) => batch.retryAll(options),
    messages: batch.messages.map((m) =>
      Object.assign(Object.create(m) as Message<unknown>, {
        ack: () => m.ack(),
        retry: (options?: QueueRetryOptions) => {
          delays.push(options?.delaySeconds ?? 0);
          m.retry(options);
        },
      }),
    ),
  };
  await handleQueue(observed, testEnv, { transport, pace });
  return { ...(await getQueueResult(batch, ctx)), delays };
}
const job = (...subscribers: number[]): SendJob => ({ kind: "send", edition: EDITION, subscribers });
const stateOf = async (id: number) => (await ledger(EDITION)).find((r) => r.subscriber_id === id);

beforeAll(async () => {
  await storeDigests(fixtureDigest("delivery-bridge", "2027-03-01", "The delivery bridge"));
  const upcoming = await nextEdition(env.DB, "daily", new Date("2027-03-02T07:00:00Z"), {
    siteUrl: env.SITE_URL,
    postalAddress: env.POSTAL_ADDRESS,
  });
  if (!upcoming || !("planned" in upcoming)) throw new Error("expected a new edition");
  await createEdition(env.DB, upcoming.planned, new Date());
});

describe("the send consumer", () => {
  it("sends once when the same batch is delivered twice", async () => {
    const email = freshEmail("twice");
    const id = await makeSubscriber(email, "daily", "active");
    const first = await deliver([job(id)]);
    const second = await deliver([job(id)]);
    expect(first.explicitAcks).toHaveLength(1);
    expect(second.explicitAcks).toHaveLength(1);
    const got = await accepted(email);
    expect(got.requests).toBe(1);
    expect(got.emails).toHaveLength(1);
    expect(got.emails[0]!.idempotencyKey).toBe(await batchKey(EDITION, [id]));
    expect(got.emails[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(got.emails[0]!.headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/subscriptions\/unsubscribe\/.+>$/);
    expect(await stateOf(id)).toMatchObject({ state: "sent", attempts: 1, provider_id: got.emails[0]!.id });
  });

  it("sends a job as one batch call, never one call per email", async () => {
    const emails = [freshEmail("batch-a"), freshEmail("batch-b"), freshEmail("batch-c")];
    const ids = [];
    for (const e of emails) ids.push(await makeSubscriber(e, "daily", "active"));
    const before = await stats();
    const result = await deliver([job(...ids)]);
    expect(result.explicitAcks).toHaveLength(1);
    const after = await stats();
    expect(after.batchCalls - before.batchCalls).toBe(1);
    expect(after.singleCalls - before.singleCalls).toBe(0);
    for (const e of emails) expect((await accepted(e)).emails).toHaveLength(1);
  });

  it("rides out 500, 429 and a timeout: the 429 waits without spending a retry, and exactly one email goes", async () => {
    const email = freshEmail("flaky");
    const id = await makeSubscriber(email, "daily", "active");
    await script(email, ["500", "429", "timeout"]);
    const first = await deliver([job(id)], 1);
    expect(first.retryMessages).toHaveLength(1);
    expect(first.delays).toEqual([60]);
    expect((await stateOf(id))!.state).toBe("retrying");
    // The 429 is waited out in the same invocation; the batch goes again and its answer is lost.
    const second = await deliver([job(id)], 2);
    expect(second.retryMessages).toHaveLength(1);
    expect(second.delays).toEqual([120]);
    await sleep(TIMEOUT_HOLD_MS + 200);
    const last = await deliver([job(id)], 3);
    expect(last.explicitAcks).toHaveLength(1);
    // The timed-out request had reached the provider: the retry with the same key got its id back.
    const got = await accepted(email);
    expect(got.requests).toBe(4);
    expect(got.emails).toHaveLength(1);
    // Three attempts: the 500, the lost answer, the replay; the 429 was not one.
    expect(await stateOf(id)).toMatchObject({ state: "sent", attempts: 3, provider_id: got.emails[0]!.id });
  });

  it("fails only the invalid email of a batch (permissive validation) and does not retry it", async () => {
    const emails = [freshEmail("ok-a"), freshEmail("refused"), freshEmail("ok-b")];
    const ids = [];
    for (const e of emails) ids.push(await makeSubscriber(e, "daily", "active"));
    await script(emails[1]!, ["400"]);
    const result = await deliver([job(...ids)]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(await stateOf(ids[1]!)).toMatchObject({ state: "failed", last_error: expect.stringContaining("not allowed") });
    expect((await accepted(emails[1]!)).emails).toEqual([]);
    for (const i of [0, 2]) {
      expect(await stateOf(ids[i]!)).toMatchObject({ state: "sent" });
      expect((await accepted(emails[i]!)).emails).toHaveLength(1);
    }
  });

  it("hands a job the provider keeps refusing with 429 back to the queue as a fresh message, spending no retry", async () => {
    const emails = [freshEmail("throttled-a"), freshEmail("throttled-b")];
    const ids = [];
    for (const e of emails) ids.push(await makeSubscriber(e, "daily", "active"));
    await script(emails[0]!, ["429", "429", "429"]);
    requeued.length = 0;
    const first = await deliver([job(...ids)], 5);
    // Acked, not retried: the queue's attempts (and max_retries) are for real failures.
    expect(first.retryMessages).toEqual([]);
    expect(first.explicitAcks).toHaveLength(1);
    expect(requeued).toEqual([{ body: { ...job(...ids), deferrals: 1 }, delaySeconds: 1 }]);
    for (const id of ids) expect(await stateOf(id)).toMatchObject({ state: "retrying", attempts: 0 });
    // The fresh message delivers it, with the same batch key as before.
    const again = await deliver([requeued[0]!.body as SendJob], 1);
    expect(again.explicitAcks).toHaveLength(1);
    const got = await accepted(emails[0]!);
    expect(got.requests).toBe(4);
    expect(got.emails.map((e) => e.idempotencyKey)).toEqual([await batchKey(EDITION, ids)]);
    for (const id of ids) expect(await stateOf(id)).toMatchObject({ state: "sent", attempts: 1 });
  });

  it("replays a batch whose answer was lost byte for byte, even after one of its subscribers left", async () => {
    const emails = [freshEmail("replay-a"), freshEmail("replay-b")];
    const ids = [];
    for (const e of emails) ids.push(await makeSubscriber(e, "daily", "active"));
    await script(emails[0]!, ["timeout"]);
    const first = await deliver([job(...ids)]);
    expect(first.retryMessages).toHaveLength(1);
    // The provider did send both; then b leaves before the retry.
    await unsubscribe(env.DB, { id: ids[1]!, via: "test", now: new Date() });
    await sleep(TIMEOUT_HOLD_MS + 200);
    const before = await stats();
    const second = await deliver([job(...ids)], 2);
    expect(second.explicitAcks).toHaveLength(1);
    expect(await stateOf(ids[0]!)).toMatchObject({ state: "sent" });
    expect(await stateOf(ids[1]!)).toMatchObject({ state: "skipped" });
    // Without b the batch would have another key, and a would get a second email.
    expect(await batchKey(EDITION, [ids[0]!])).not.toBe(await batchKey(EDITION, ids));
    for (const e of emails) expect((await accepted(e)).emails).toHaveLength(1);
    expect((await stats()).duplicates).toBe(before.duplicates);
  });

  it("skips a subscriber who left between the fan-out and the send", async () => {
    const email = freshEmail("left");
    const id = await makeSubscriber(email, "daily", "active");
    await unsubscribe(env.DB, { id, via: "test", now: new Date() });
    const result = await deliver([job(id)]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await stateOf(id)).toMatchObject({ state: "skipped", last_error: "subscriber unsubscribed before the send" });
    expect((await accepted(email)).requests).toBe(0);
  });

  it("records a job that ran out of retries as dead", async () => {
    const email = freshEmail("dead");
    const id = await makeSubscriber(email, "daily", "active");
    await script(email, ["500"]);
    await deliver([job(id)], 9);
    const result = await deliver([job(id)], 1, "standpoint-sends-dead");
    expect(result.explicitAcks.length + (result.ackAll ? 1 : 0)).toBeGreaterThan(0);
    expect(await stateOf(id)).toMatchObject({ state: "dead", last_error: expect.stringContaining("dead-lettered") });
  });

  it("drops a malformed job with a log line instead of retrying it forever", async () => {
    const batch = createMessageBatch<unknown>("standpoint-sends", [
      { id: "bad", timestamp: new Date(), attempts: 1, body: { kind: "send" } },
    ]);
    const ctx = createExecutionContext();
    await handleQueue(batch, testEnv, { transport, pace });
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["bad"]);
  });
});
