// The shared pace (the SummaryPace Durable Object): its bookings, and that consumer
// invocations running at the same time stay together under the provider's rate.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { appEnv } from "../../src/env";
import { buildMessage, resendTransport } from "../../src/mail";
import { handleQueue, type Pace, paceFor, type SendJob } from "../../src/schedule";
import { windowSpentHoldMs } from "../../src/schedule/batch-send";
import { createEdition, nextEdition } from "../../src/schedule/edition-store";
import { storeDigests } from "../fixtures/store";
import { fixtureDigest, freshEmail, ledger, makeSubscriber } from "./helpers";

const provider = inject("resendStandIn");
const EDITION = "daily:2027-04-02";
const capture = { send: async () => undefined, sendBatch: async () => undefined } as unknown as Queue;
// Resend's default: 5 requests a second; the pace's default: 4.
const testEnv = appEnv({ ...env, SEND_QUEUE: capture } as Env);

beforeAll(async () => {
  await storeDigests(fixtureDigest("pace-bridge", "2027-04-01", "The pace bridge"));
  const upcoming = await nextEdition(env.DB, "daily", new Date("2027-04-02T07:00:00Z"), {
    siteUrl: env.SITE_URL,
    postalAddress: env.POSTAL_ADDRESS,
  });
  if (!upcoming || !("planned" in upcoming)) throw new Error("expected a new edition");
  await createEdition(env.DB, upcoming.planned, new Date());
});

describe("the pace's bookings", () => {
  it("spaces calls at the rate, books nothing it refuses, and holds when the provider says so", async () => {
    const pace = paceFor(env, `bookings-${crypto.randomUUID()}`);
    expect(await pace.book({ ratePerSecond: 1, maxWaitMs: 10_000 })).toEqual({ granted: true, waitMs: 0 });
    // The next slot is a second away: too far for a caller that waits at most 100 ms.
    const refused = await pace.book({ ratePerSecond: 1, maxWaitMs: 100 });
    expect(refused).toMatchObject({ granted: false, retryInMs: expect.any(Number) });
    expect((refused as { retryInMs: number }).retryInMs).toBeGreaterThan(500);
    // The refused slot was not taken: the next caller gets it, not the one after.
    const second = await pace.book({ ratePerSecond: 1, maxWaitMs: 10_000 });
    expect(second).toMatchObject({ granted: true });
    expect((second as { waitMs: number }).waitMs).toBeGreaterThan(500);
    expect((second as { waitMs: number }).waitMs).toBeLessThanOrEqual(1000);
    // A 429's retry-after of 30 s moves every later slot past it.
    await pace.hold(30_000);
    const held = await pace.book({ ratePerSecond: 1, maxWaitMs: 60_000 });
    expect((held as { waitMs: number }).waitMs).toBeGreaterThan(25_000);
  });
});

describe("a caller that books after its turn", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const waitOf = (b: unknown) => (b as { waitMs: number }).waitMs;

  it("has its lateness, up to half an interval, made up by the next call", async () => {
    const pace = paceFor(env, `late-${crypto.randomUUID()}`);
    expect(await pace.book({ ratePerSecond: 4, maxWaitMs: 10_000 })).toEqual({ granted: true, waitMs: 0 });
    // Its turn came 250 ms later; it books about 100 ms after that.
    await sleep(350);
    expect(await pace.book({ ratePerSecond: 4, maxWaitMs: 10_000 })).toEqual({ granted: true, waitMs: 0 });
    // The next turn is 250 ms after the late one's due time (125 ms at the least), not 250 ms after now.
    const next = waitOf(await pace.book({ ratePerSecond: 4, maxWaitMs: 10_000 }));
    expect(next).toBeLessThan(225);
    expect(next).toBeGreaterThanOrEqual(100);
  });

  it("never makes up so much that more than the rate go out in one second", async () => {
    const pace = paceFor(env, `window-${crypto.randomUUID()}`);
    const r2 = { ratePerSecond: 2, maxWaitMs: 10_000 };
    await pace.book(r2);
    await sleep(900); // 400 ms late: the next turn comes 250 ms after it, then every 500 ms
    const second = Date.now();
    expect(waitOf(await pace.book(r2))).toBe(0);
    await pace.book(r2);
    // Made up alone, the fourth would go 750 ms after the second: three calls in one second.
    // The window puts it 1000 ms after the second's slot, as the pace's clock reads it; the test
    // reads its own, and under load the two isolates' clocks have been seen 16 ms apart (984).
    // 950 still tells the window (1000) from the make-up alone (750).
    const fourth = Date.now() + waitOf(await pace.book(r2));
    expect(fourth - second).toBeGreaterThanOrEqual(950);
  });

  it("gets no credit after the pace was idle for an interval (the control)", async () => {
    const pace = paceFor(env, `idle-${crypto.randomUUID()}`);
    await pace.book({ ratePerSecond: 1, maxWaitMs: 10_000 });
    await sleep(2200);
    expect(await pace.book({ ratePerSecond: 1, maxWaitMs: 10_000 })).toEqual({ granted: true, waitMs: 0 });
    expect(waitOf(await pace.book({ ratePerSecond: 1, maxWaitMs: 10_000 }))).toBeGreaterThan(900);
  });
});

describe("consumer invocations at the same time", () => {
  async function burst(apiKey: string, pace: Pace, jobs: number) {
    const transport = resendTransport({ apiKey, apiUrl: provider, timeoutMs: 5000 });
    const ids: number[] = [];
    for (let i = 0; i < jobs; i++) ids.push(await makeSubscriber(freshEmail(`burst-${apiKey}`), "daily", "active"));
    // One invocation per job, all at once, as Queues scale consumers out.
    await Promise.all(
      ids.map(async (id, i) => {
        const body: SendJob = { kind: "send", edition: EDITION, subscribers: [id] };
        const batch = createMessageBatch<unknown>("standpoint-sends", [{ id: `${apiKey}-${i}`, timestamp: new Date(), attempts: 1, body }]);
        const ctx = createExecutionContext();
        await handleQueue(batch, testEnv, { transport, pace });
        return getQueueResult(batch, ctx);
      }),
    );
    const stats = (await (await fetch(`${provider}/__stats?key=${apiKey}`)).json()) as { batchCalls: number; throttled: number };
    const rows = (await ledger(EDITION)).filter((r) => ids.includes(r.subscriber_id));
    return { stats, sent: rows.filter((r) => r.state === "sent").length };
  }

  it("stay under the provider's rate together through one pace: no 429", async () => {
    const { stats, sent } = await burst("re_test_pace_shared", paceFor(env, `burst-${crypto.randomUUID()}`), 10);
    expect(stats).toMatchObject({ batchCalls: 10, throttled: 0 });
    expect(sent).toBe(10);
  });

  it("without the pace the same burst meets 429s (the control)", async () => {
    const noPace: Pace = { book: async () => ({ granted: true, waitMs: 0 }), hold: async () => undefined };
    const { stats } = await burst("re_test_pace_control", noPace, 10);
    expect(stats.throttled).toBeGreaterThan(0);
  });
});

describe("the provider's rate-limit headers", () => {
  /** `earlierCalls`: calls another sender of the same team made just before, in the same window. */
  async function oneJob(apiKey: string, ratePerSecond: number, earlierCalls = 0) {
    await fetch(`${provider}/__team`, { method: "POST", body: JSON.stringify({ key: apiKey, ratePerSecond }) });
    const other = resendTransport({ apiKey, apiUrl: provider });
    for (let i = 0; i < earlierCalls; i++) {
      const message = buildMessage({ from: env.MAIL_FROM, to: `other-${i}@example.com`, subject: "Other", html: "<p>x</p>", text: "x" });
      const { results } = await other.sendBatch([{ message, idempotencyKey: `other-${apiKey}-${i}` }], {
        idempotencyKey: `other-${apiKey}-${i}`,
      });
      if (results[0]?.status !== "sent") throw new Error(`the earlier call ${i} was not accepted: ${JSON.stringify(results[0])}`);
    }
    const real = paceFor(env, `headers-${crypto.randomUUID()}`);
    const holds: number[] = [];
    const pace: Pace = { book: (r) => real.book(r), hold: async (ms) => void (holds.push(ms), await real.hold(ms)) };
    const id = await makeSubscriber(freshEmail(`headers-${apiKey}`), "daily", "active");
    const batch = createMessageBatch<unknown>("standpoint-sends", [
      { id: `${apiKey}-1`, timestamp: new Date(), attempts: 1, body: { kind: "send", edition: EDITION, subscribers: [id] } },
    ]);
    await handleQueue(batch, testEnv, { transport: resendTransport({ apiKey, apiUrl: provider }), pace });
    return { holds, next: await real.book({ ratePerSecond: 1000, maxWaitMs: 60_000 }) };
  }

  it("hold the pace until the window resets when ratelimit-remaining reaches 0", async () => {
    // A limit of 1 a second: the one call spends the window, and the answer says so.
    const { holds, next } = await oneJob("re_test_window_spent", 1);
    expect(holds).toEqual([1000]);
    expect((next as { waitMs: number }).waitMs).toBeGreaterThan(500);
  });

  it("hold one provider interval, not the rounded-up second, when a 5/s window is spent", async () => {
    // Resend's limit: four calls of another sender, then the job's call is the window's fifth.
    // ratelimit-reset says "1" (whole seconds, rounded up); the pace holds 1 s ÷ 5.
    const { holds, next } = await oneJob("re_test_window_spent_at_five", 5, 4);
    expect(holds).toEqual([200]);
    // The next slot is the pace's own (4/s: 250 ms after the job's), well short of a second.
    expect((next as { waitMs: number }).waitMs).toBeLessThan(500);
  });

  it("leave the pace alone while the window has room (the control)", async () => {
    const { holds, next } = await oneJob("re_test_window_room", 50);
    expect(holds).toEqual([]);
    expect((next as { waitMs: number }).waitMs).toBeLessThan(500);
  });
});

describe("the hold after a spent window (windowSpentHoldMs)", () => {
  it("trusts a reset longer than a second in full, and shortens only the rounded-up second", () => {
    expect(windowSpentHoldMs(1, 5)).toBe(200);
    expect(windowSpentHoldMs(1, 2)).toBe(500);
    // A limit of one a second: one interval is the whole second.
    expect(windowSpentHoldMs(1, 1)).toBe(1000);
    // A reset of 30 s (another window, or a quota) is held in full, whatever the limit.
    expect(windowSpentHoldMs(30, 5)).toBe(30_000);
    // Without a limit there is no interval to go by: the reset, in full.
    expect(windowSpentHoldMs(1, undefined)).toBe(1000);
    expect(windowSpentHoldMs(0, 5)).toBe(0);
  });
});
