// The consumer against a stand-in that speaks Resend's wire format (tests/schedule/
// provider-stand-in.ts, over real HTTP), with the real resend transport in front of it.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { resendTransport } from "../../src/mail";
import { createEdition, nextEdition } from "../../src/schedule/edition-store";
import { handleQueue, type SendJob } from "../../src/schedule";
import { unsubscribe } from "../../src/subscriptions";
import { fixtureDigest, freshEmail, ledger, makeSubscriber } from "./helpers";
import { SCRIPTED_API_KEY } from "./provider-stand-in";
import { storeDigests } from "../fixtures/store";
import { testEnv } from "../worker";

const provider = inject("scriptedProvider");
// The transport gives up after 300 ms; the stand-in holds a "timeout" answer for 1.5 s.
const transport = resendTransport({ apiKey: SCRIPTED_API_KEY, baseUrl: provider, timeoutMs: 300 });
const EDITION = "daily:2027-03-02";

async function script(to: string, steps: string[]) {
  await fetch(`${provider}/__script`, { method: "POST", body: JSON.stringify({ to, steps }) });
}
async function accepted(to: string) {
  return (await (await fetch(`${provider}/__accepted?to=${encodeURIComponent(to)}`)).json()) as {
    requests: number;
    emails: { idempotencyKey: string; subject: string; html: string; headers: Record<string, string> }[];
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
  await handleQueue(observed, testEnv, { transport });
  return { ...(await getQueueResult(batch, ctx)), delays };
}
const job = (...subscribers: number[]): SendJob => ({ kind: "send", edition: EDITION, subscribers });
const stateOf = async (id: number) => (await ledger(EDITION)).find((r) => r.subscriber_id === id);

beforeAll(async () => {
  await storeDigests(fixtureDigest("delivery-bridge", "2027-03-01", "The delivery bridge"));
  const upcoming = await nextEdition(env.DB, "daily", new Date("2027-03-02T07:00:00Z"), { siteUrl: env.SITE_URL, postalAddress: env.POSTAL_ADDRESS });
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
    expect(got.emails[0]!.idempotencyKey).toBe(`summary:${EDITION}:${id}`);
    expect(got.emails[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await stateOf(id)).toMatchObject({ state: "sent", attempts: 1, provider_id: expect.stringMatching(/^stand-in-/) });
  });

  it("rides out 500, 429 and a timeout with growing backoff, and sends exactly one email", async () => {
    const email = freshEmail("flaky");
    const id = await makeSubscriber(email, "daily", "active");
    await script(email, ["500", "429", "timeout"]);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await deliver([job(id)], attempt);
      expect(result.explicitAcks).toEqual([]);
      expect(result.retryMessages).toHaveLength(1);
      delays.push(...result.delays);
      expect((await stateOf(id))!.state).toBe("retrying");
    }
    expect(delays).toEqual([60, 120, 240]);
    const last = await deliver([job(id)], 4);
    expect(last.explicitAcks).toHaveLength(1);
    // The timed-out request had reached the provider: the retry with the same key got its id back.
    const got = await accepted(email);
    expect(got.requests).toBe(4);
    expect(got.emails).toHaveLength(1);
    expect(await stateOf(id)).toMatchObject({ state: "sent", attempts: 4 });
  });

  it("records a 400 as failed and does not retry it", async () => {
    const email = freshEmail("refused");
    const id = await makeSubscriber(email, "daily", "active");
    await script(email, ["400"]);
    const result = await deliver([job(id)]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(await stateOf(id)).toMatchObject({ state: "failed", last_error: expect.stringContaining("400") });
    expect((await accepted(email)).emails).toEqual([]);
  });

  it("stops a slice at a 429, keeps what was sent, and sends the rest on the retry", async () => {
    const emails = [freshEmail("slice-a"), freshEmail("slice-b"), freshEmail("slice-c")];
    const ids = [];
    for (const e of emails) ids.push(await makeSubscriber(e, "daily", "active"));
    await script(emails[0]!, ["429"]);
    const first = await deliver([job(...ids)]);
    expect(first.retryMessages).toHaveLength(1);
    const second = await deliver([job(...ids)], 2);
    expect(second.explicitAcks).toHaveLength(1);
    for (const e of emails) expect((await accepted(e)).emails).toHaveLength(1);
    for (const id of ids) expect((await stateOf(id))!.state).toBe("sent");
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
    const batch = createMessageBatch<unknown>("standpoint-sends", [{ id: "bad", timestamp: new Date(), attempts: 1, body: { kind: "send" } }]);
    const ctx = createExecutionContext();
    await handleQueue(batch, testEnv, { transport });
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["bad"]);
  });
});
