import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  changeCadence,
  confirmSubscription,
  dueSubscribersPage,
  eraseSubscriber,
  exportSubscriber,
  findSubscriberByEmail,
  purgeExpiredPending,
  requestSubscription,
  suppress,
  unsubscribe,
} from "../../src/subscriptions";
import { freshEmail } from "./helpers";

const DAY = 86_400_000;
const db = env.DB;

async function active(cadence: "daily" | "weekly", now = new Date()) {
  const { subscriber } = await requestSubscription(db, { email: freshEmail(cadence), cadence, source: "/", now });
  return (await confirmSubscription(db, { id: subscriber.id, generation: subscriber.tokenGeneration, source: "test", now }))!;
}

describe("subscriber storage", () => {
  it("pages through the subscribers due a cadence's summary by keyset", async () => {
    const daily = [await active("daily"), await active("daily"), await active("daily"), await active("daily"), await active("daily")];
    const weekly = await active("weekly");
    const left = await active("daily");
    await unsubscribe(db, { id: left.id, via: "test", now: new Date() });
    const pending = (await requestSubscription(db, { email: freshEmail(), cadence: "daily", source: "/", now: new Date() })).subscriber;

    const seen: number[] = [];
    let after = 0;
    let pages = 0;
    do {
      const { results } = await dueSubscribersPage(db, "daily:2026-11-28", "daily", after, 2).all<{ id: number }>();
      expect(results.length).toBeLessThanOrEqual(2);
      seen.push(...results.map((s) => s.id));
      after = results.length === 2 ? results[1]!.id : 0;
      pages++;
    } while (after);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    for (const s of daily) expect(seen).toContain(s.id);
    for (const other of [weekly, left, pending]) expect(seen).not.toContain(other.id);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("purges subscriptions left unconfirmed for 7 days, and only those", async () => {
    const now = new Date();
    const old = (
      await requestSubscription(db, { email: freshEmail("old"), cadence: "daily", source: "/", now: new Date(now.getTime() - 8 * DAY) })
    ).subscriber;
    const fresh = (
      await requestSubscription(db, { email: freshEmail("fresh"), cadence: "daily", source: "/", now: new Date(now.getTime() - 6 * DAY) })
    ).subscriber;
    const oldActive = await active("weekly", new Date(now.getTime() - 30 * DAY));
    expect(await purgeExpiredPending(db, now)).toBeGreaterThanOrEqual(1);
    expect(await findSubscriberByEmail(db, old.email)).toBeNull();
    expect(await findSubscriberByEmail(db, fresh.email)).not.toBeNull();
    expect((await findSubscriberByEmail(db, oldActive.email))?.status).toBe("active");
    expect(await db.prepare("SELECT COUNT(*) AS n FROM subscriber_events WHERE subscriber_id = ?").bind(old.id).first("n")).toBe(0);
  });

  it("sends an active address at most one 'already subscribed' mail a day, and a suppressed one nothing", async () => {
    const now = new Date();
    const s = await active("weekly", now);
    const ask = (at: Date) => requestSubscription(db, { email: s.email, cadence: "daily", source: "/", now: at });
    expect((await ask(new Date(now.getTime() + 1000))).send).toBe("already-subscribed");
    const again = await ask(new Date(now.getTime() + 2000));
    expect(again.send).toBeNull();
    expect(again.subscriber).toMatchObject({ status: "active", cadence: "weekly" });
    expect((await ask(new Date(now.getTime() + DAY + 2000))).send).toBe("already-subscribed");

    expect(await suppress(db, { email: s.email, reason: "hard bounce", now })).toBe(true);
    const suppressed = await ask(new Date(now.getTime() + 3 * DAY));
    expect(suppressed.send).toBeNull();
    expect(suppressed.subscriber.status).toBe("suppressed");
  });

  it("keeps the consent record, exports it and erases it", async () => {
    const t = (minutes: number) => new Date(Date.UTC(2026, 0, 5, 9, minutes));
    const email = freshEmail("record");
    const { subscriber } = await requestSubscription(db, { email, cadence: "daily", source: "/digests/some-digest", now: t(0) });
    await confirmSubscription(db, { id: subscriber.id, generation: 1, source: "confirmation link", now: t(1) });
    await changeCadence(db, { id: subscriber.id, cadence: "weekly", source: "preferences page", now: t(2) });
    await unsubscribe(db, { id: subscriber.id, via: "one-click", now: t(3) });
    await requestSubscription(db, { email, cadence: "daily", source: "/", now: t(4) });

    const exported = (await exportSubscriber(db, subscriber.id))!;
    expect(exported.subscriber).toMatchObject({
      email,
      status: "pending",
      cadence: "daily",
      subscribedAt: t(4).toISOString(),
      subscribedFrom: "/",
      confirmedAt: t(1).toISOString(),
      confirmedFrom: "confirmation link",
      unsubscribedAt: t(3).toISOString(),
      unsubscribedVia: "one-click",
    });
    expect(exported.subscriber).not.toHaveProperty("tokenGeneration");
    expect(exported.history.map((e) => [e.event, e.source])).toEqual([
      ["subscribed", "/digests/some-digest"],
      ["confirmed", "confirmation link"],
      ["cadence_changed", "preferences page"],
      ["unsubscribed", "one-click"],
      ["subscribed", "/"],
    ]);

    expect(await eraseSubscriber(db, subscriber.id)).toBe(true);
    expect(await exportSubscriber(db, subscriber.id)).toBeNull();
    expect(await db.prepare("SELECT COUNT(*) AS n FROM subscriber_events WHERE subscriber_id = ?").bind(subscriber.id).first("n")).toBe(0);
  });
});
