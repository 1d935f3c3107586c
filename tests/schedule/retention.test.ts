// Retention (issue 16): delivery rows are folded into their edition's totals once past
// LEDGER_RETENTION_DAYS, in bounded batches that continue through the queue; lapsed
// consent records and old outbox messages go too; subscribers and their consent stay; a
// failing purge changes nothing and blocks no edition. Real D1 throughout; failures are
// real D1 errors raised by a trigger. Each test works in its own year, later tests in
// later years, and leaves no expired rows behind, so one test's purge never meets
// another's rows.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appEnv } from "../../src/env";
import { outboxTransport } from "../../src/mail";
import { handleQueue, runCron, type ScheduleEnv } from "../../src/schedule";
import * as dbSize from "../../src/schedule/db-size";
import { claimSlice, recordOutcomes } from "../../src/schedule/ledger";
import { confirmSubscription, exportSubscriber, requestSubscription, unsubscribe } from "../../src/subscriptions";
import { storeDigests } from "../fixtures/store";
import { testEnv } from "../worker";
import { cronAt, fixtureDigest, ledger, makeActiveSubscribers, settled } from "./helpers";

interface Totals {
  sent: number;
  skipped: number;
  failed: number;
  queued: number;
  first_sent_at: number | null;
  last_sent_at: number | null;
}
const totalsOf = (editionId: string) =>
  env.DB.prepare("SELECT * FROM summary_edition_totals WHERE edition_id = ?1").bind(editionId).first<Totals>();

/** A queue that only records what is sent to it, so each purge invocation can be looked at alone. */
function recordingQueue() {
  const sent: unknown[] = [];
  const queue = {
    send: async (body: unknown) => void sent.push(body),
    sendBatch: async (messages: Iterable<MessageSendRequest>) => void sent.push(...[...messages].map((m) => m.body)),
  } as unknown as Queue;
  return { queue, sent };
}

/** One purge job through the real consumer; whether it was acked or retried. */
async function purgeJob(scheduleEnv: ScheduleEnv, asOf: string) {
  const batch = createMessageBatch<unknown>("standpoint-sends", [
    { id: `purge-${asOf}-${Math.random()}`, timestamp: new Date(), attempts: 1, body: { kind: "purge", asOf } },
  ]);
  const ctx = createExecutionContext();
  await handleQueue(batch, scheduleEnv);
  return getQueueResult(batch, ctx);
}

/** An edition created at `createdAt`, and `count` deliveries of it brought to final states by the ledger's own code. */
async function sentEdition(id: string, createdAt: string, count: number, skip = 0) {
  await env.DB.prepare(
    `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at)
     VALUES (?1, 'daily', ?2, ?2, ?2, '[]', 's', 'p', 'h', 't', ?3)`,
  )
    .bind(id, id.slice("daily:".length), createdAt)
    .run();
  const subscribers = await makeActiveSubscribers(id.replace(/\W/g, ""), count, "daily");
  const ids = subscribers.map((s) => s.id);
  // The first `skip` leave before the send and are skipped by the claim.
  for (const s of subscribers.slice(0, skip)) await unsubscribe(env.DB, { id: s.id, via: "test", now: new Date(createdAt) });
  const sentAt = new Date(Date.parse(createdAt) + 60_000);
  const rows = await claimSlice(env.DB, { editionId: id, subscriberIds: ids, claim: "c", now: sentAt });
  const outcomes = rows
    .filter((r) => r.mine)
    .map((r, i) => ({ subscriberId: r.subscriberId, state: "sent" as const, tried: true, providerId: `p-${id}-${i}` }));
  await recordOutcomes(env.DB, { editionId: id, claim: "c", outcomes, now: sentAt }).run();
  return { ids, sentAt };
}

afterEach(() => vi.restoreAllMocks());

describe("retention of the delivery ledger", () => {
  it("a daily cron dated past the window removes the edition's rows and keeps its counts; subscribers and consent stay", async () => {
    const subscribers = await makeActiveSubscribers("kept", 3, "daily");
    await storeDigests(fixtureDigest("retention-bridge", "2020-03-01"));
    const day = new Date("2020-03-02T07:00:00Z");
    await runCron(cronAt("0 7 * * *", "2020-03-02"), testEnv, { now: day });
    const sent = await settled("daily:2020-03-02", subscribers.length);
    expect(sent.every((r) => r.state === "sent")).toBe(true);

    // Negative control: a day still inside the 7-day window purges nothing.
    const inside = await purgeJob(testEnv, "2020-03-08T07:00:00.000Z");
    expect(inside.explicitAcks).toHaveLength(1);
    expect(await ledger("daily:2020-03-02")).toHaveLength(subscribers.length);
    expect(await totalsOf("daily:2020-03-02")).toBeNull();

    // Eight days on: the daily cron (no new digest, so no edition) queues the purge on the real queue.
    await runCron(cronAt("0 7 * * *", "2020-03-10"), testEnv, { now: new Date("2020-03-10T07:00:00Z") });
    await vi.waitFor(async () => expect(await ledger("daily:2020-03-02")).toEqual([]), { timeout: 20_000, interval: 100 });
    const totals = await totalsOf("daily:2020-03-02");
    expect(totals).toMatchObject({ sent: subscribers.length, skipped: 0, failed: 0, queued: 0 });
    expect(totals!.first_sent_at).toBeGreaterThanOrEqual(day.getTime() / 1000);
    expect(totals!.last_sent_at).toBeGreaterThanOrEqual(totals!.first_sent_at!);

    // The dev report still counts the edition, from its totals.
    const report = await (await import("../../src/schedule")).deliveryReport(env.DB);
    expect(report.counts.find((c) => c.edition === "daily:2020-03-02")?.states).toEqual({ sent: subscribers.length });
    for (const s of subscribers) {
      const record = await exportSubscriber(env.DB, s.id);
      expect(record?.subscriber.status).toBe("active");
    }
  });

  it("purges in bounded batches within the call budget, continuing through the queue, and counts every row once", async () => {
    const { ids, sentAt } = await sentEdition("daily:2021-01-04", "2021-01-04T07:00:00.000Z", 250, 10);
    const { queue, sent } = recordingQueue();
    // 100 rows a statement; a budget of 15 calls (the least a send job allows) holds two
    // 5-statement steps and the continuation, not a third step.
    const small = appEnv({ ...env, SEND_QUEUE: queue, PURGE_BATCH_SIZE: "100", SUMMARY_CALL_BUDGET: "15", SUMMARY_SLICE_SIZE: "6" } as Env);
    const asOf = "2021-01-20T07:00:00.000Z";
    const log = vi.spyOn(console, "log");

    const first = await purgeJob(small, asOf);
    expect(first.explicitAcks).toHaveLength(1);
    expect(await ledger("daily:2021-01-04")).toHaveLength(50);
    expect(sent).toEqual([{ kind: "purge", asOf }]);
    const line = log.mock.calls.map((c) => String(c[0])).find((l) => l.includes('"at":"storage.purge"'));
    expect(JSON.parse(line!)).toMatchObject({ deliveries: 200, steps: 2, continued: true, calls: 11 });
    // Rows folded so far plus rows left: every delivery counted exactly once.
    const partial = (await totalsOf("daily:2021-01-04"))!;
    expect(partial.sent + partial.skipped + 50).toBe(ids.length);

    const second = await purgeJob(small, asOf);
    expect(second.explicitAcks).toHaveLength(1);
    expect(sent).toHaveLength(1); // nothing more, so no further continuation
    expect(await ledger("daily:2021-01-04")).toEqual([]);
    expect(await totalsOf("daily:2021-01-04")).toMatchObject({
      sent: 240,
      skipped: 10,
      first_sent_at: Math.floor(sentAt.getTime() / 1000),
      last_sent_at: Math.floor(sentAt.getTime() / 1000),
    });
    // The subscribers are untouched.
    const left = await env.DB.prepare("SELECT count(*) AS n FROM subscribers WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(ids))
      .first<{ n: number }>();
    expect(left!.n).toBe(ids.length);
  });

  it("a failing purge changes nothing, is retried, and a later run folds each row once", async () => {
    await sentEdition("daily:2022-02-07", "2022-02-07T07:00:00.000Z", 30);
    await env.DB.prepare(
      "CREATE TRIGGER fail_ledger_purge BEFORE DELETE ON summary_deliveries BEGIN SELECT RAISE(ABORT, 'injected: D1 refused the delete'); END",
    ).run();
    const log = vi.spyOn(console, "log");
    try {
      const failed = await purgeJob(testEnv, "2022-03-01T07:00:00.000Z");
      expect(failed.retryMessages).toHaveLength(1);
      expect(failed.explicitAcks).toHaveLength(0);
      const line = log.mock.calls.map((c) => String(c[0])).find((l) => l.includes('"at":"storage.purge.failed"'));
      expect(line).toContain("injected: D1 refused the delete");
      // The fold and the delete are one transaction: neither happened.
      expect(await ledger("daily:2022-02-07")).toHaveLength(30);
      expect(await totalsOf("daily:2022-02-07")).toBeNull();
    } finally {
      await env.DB.prepare("DROP TRIGGER IF EXISTS fail_ledger_purge").run();
    }
    const retried = await purgeJob(testEnv, "2022-03-01T07:00:00.000Z");
    expect(retried.explicitAcks).toHaveLength(1);
    expect(await ledger("daily:2022-02-07")).toEqual([]);
    expect(await totalsOf("daily:2022-02-07")).toMatchObject({ sent: 30, skipped: 0 });
  });
});

describe("retention of consent records and the outbox", () => {
  it("erases those who left longer ago than CONSENT_RETENTION_DAYS, and keeps everyone else", async () => {
    const subscriber = async (label: string, at: string, leave: boolean) => {
      const now = new Date(at);
      const { subscriber: s } = await requestSubscription(env.DB, {
        email: `${label}.${Date.now()}@retention.example`,
        cadence: "daily",
        source: "/",
        now,
      });
      await confirmSubscription(env.DB, { id: s.id, generation: s.tokenGeneration, source: "/", now });
      if (leave) await unsubscribe(env.DB, { id: s.id, via: "test", now });
      return s.id;
    };
    const longGone = await subscriber("long-gone", "2019-01-10T00:00:00Z", true);
    const recentlyGone = await subscriber("recently-gone", "2023-01-10T00:00:00Z", true);
    const stillHere = await subscriber("still-here", "2019-01-10T00:00:00Z", false);

    // As of 2023-06-01 with 3 years (1,095 days): leaving before 2020-06-01 is long enough ago.
    const result = await purgeJob(testEnv, "2023-06-01T07:00:00.000Z");
    expect(result.explicitAcks).toHaveLength(1);
    expect(await exportSubscriber(env.DB, longGone)).toBeNull();
    const events = await env.DB.prepare("SELECT count(*) AS n FROM subscriber_events WHERE subscriber_id = ?1")
      .bind(longGone)
      .first<{ n: number }>();
    expect(events!.n).toBe(0);
    // Negative controls: a recent leaver and a subscriber since 2019 keep their full record.
    expect((await exportSubscriber(env.DB, recentlyGone))?.history.map((h) => h.event)).toEqual([
      "subscribed",
      "confirmed",
      "unsubscribed",
    ]);
    expect((await exportSubscriber(env.DB, stillHere))?.history.map((h) => h.event)).toEqual(["subscribed", "confirmed"]);
  });

  it("deletes outbox messages older than the ledger's window and keeps newer ones", async () => {
    const message = (to: string) => ({ from: "a@standpoint.example", to, subject: "s", html: "<p>h</p>", text: "t", headers: {} });
    await outboxTransport(env.DB, () => new Date("2024-04-01T00:00:00Z")).send(message("old@retention.example"), {
      idempotencyKey: "retention:old",
    });
    await outboxTransport(env.DB, () => new Date("2024-04-20T00:00:00Z")).send(message("new@retention.example"), {
      idempotencyKey: "retention:new",
    });
    await purgeJob(testEnv, "2024-04-21T07:00:00.000Z");
    const { results } = await env.DB.prepare("SELECT idempotency_key FROM mail_outbox WHERE idempotency_key LIKE 'retention:%'").all<{
      idempotency_key: string;
    }>();
    expect(results.map((r) => r.idempotency_key)).toEqual(["retention:new"]);
  });
});

describe("the daily cron's housekeeping never blocks the edition", () => {
  // Every active daily subscriber of this file gets the edition (a few hundred), hence the time.
  it("sends the edition when the purge of expired pending subscriptions fails, and logs the failure", { timeout: 60_000 }, async () => {
    // An unconfirmed subscription from long ago, so the purge has something to delete.
    await requestSubscription(env.DB, {
      email: `expired.${Date.now()}@retention.example`,
      cadence: "daily",
      source: "/",
      now: new Date("2025-01-01T00:00:00Z"),
    });
    const readers = await makeActiveSubscribers("housekeeping", 2, "daily");
    await env.DB.prepare(
      "CREATE TRIGGER fail_pending_purge BEFORE DELETE ON subscribers WHEN OLD.status = 'pending' BEGIN SELECT RAISE(ABORT, 'injected: D1 refused the pending purge'); END",
    ).run();
    const log = vi.spyOn(console, "log");
    await storeDigests(fixtureDigest("housekeeping-bridge", "2025-03-03"));
    try {
      const result = await runCron(cronAt("0 7 * * *", "2025-03-04"), testEnv, { now: new Date("2025-03-04T07:00:00Z") });
      expect(result.outcome).toBe("enqueued");
      const line = log.mock.calls.map((c) => String(c[0])).find((l) => l.includes('"at":"subscriptions.purge.failed"'));
      expect(line).toContain("injected: D1 refused the pending purge");
    } finally {
      await env.DB.prepare("DROP TRIGGER IF EXISTS fail_pending_purge").run();
    }
    // Every active daily subscriber of this file gets it; these two were made for this test.
    const rows = await settled("daily:2025-03-04", readers.length, 50_000);
    for (const reader of readers) expect(rows.find((r) => r.subscriber_id === reader.id)?.state).toBe("sent");
  });
});

describe("watching the database size", () => {
  const lines = (spy: { mock: { calls: unknown[][] } }, at: string) =>
    spy.mock.calls
      .map((c) => String(c[0]))
      .filter((l) => l.includes(`"at":"${at}"`))
      .map((l) => JSON.parse(l) as Record<string, number>);

  it("every cron run logs the size D1 reports against the plan's limit", async () => {
    const sizeNow = async () => (await env.DB.prepare("SELECT 1").run()).meta.size_after;
    const log = vi.spyOn(console, "log");
    const before = await sizeNow();
    await runCron(cronAt("0 7 * * 1", "2025-06-02"), testEnv, { now: new Date("2025-06-02T07:00:00Z") });
    const after = await sizeNow();
    const [size] = lines(log, "storage.size");
    expect(before).toBeGreaterThan(0);
    expect(size!.bytes).toBeGreaterThanOrEqual(before);
    expect(size!.bytes).toBeLessThanOrEqual(after);
    expect(size!.limitBytes).toBe(500 * 1024 * 1024);
  });

  it("logs a warning line above 80% of DB_SIZE_LIMIT_MB, and none at or below it", () => {
    const { reportSize } = dbSize;
    const warn = vi.spyOn(console, "warn");
    const limit = appEnv({ ...env, DB_SIZE_LIMIT_MB: "10" } as Env);
    const mb = 1024 * 1024;
    expect(reportSize(limit, 8 * mb).warning).toBe(false);
    expect(lines(warn, "storage.size.warning")).toEqual([]);
    expect(reportSize(limit, 8.2 * mb).warning).toBe(true);
    expect(lines(warn, "storage.size.warning")).toMatchObject([{ bytes: 8.2 * mb, limitBytes: 10 * mb, percent: 82 }]);
  });

  it("refuses a size limit that is not a whole number of MB, naming the variable", () => {
    expect(() => appEnv({ ...env, DB_SIZE_LIMIT_MB: "lots" } as Env)).toThrow(/DB_SIZE_LIMIT_MB/);
    expect(() => appEnv({ ...env, LEDGER_RETENTION_DAYS: "1" } as Env)).toThrow(/LEDGER_RETENTION_DAYS/);
  });
});
