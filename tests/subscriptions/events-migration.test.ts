// Migration 0012 rebuilds subscriber_events to admit follows_changed. Run here again over a
// table that holds a history (the suite's database met it empty): the history must come
// through whole, in order, with its index and its reference to subscribers. 0013's backfill
// must be the refresh the digest writes run, so a database migrated with digests in it gets
// the indexes the writes would have built.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SUBJECT_REFRESH } from "../../src/digest/store-writes";
import { findSubscriberByEmail, requestSubscription, unsubscribe } from "../../src/subscriptions/store";
import { freshEmail } from "./helpers";

const migration = (prefix: string) => env.TEST_MIGRATIONS.find((m) => m.name.startsWith(prefix))!;
const history = async () => (await env.DB.prepare("SELECT * FROM subscriber_events ORDER BY id").all()).results;

describe("migration 0012 over a table with a history", () => {
  it("keeps every event, its id and order, the index and the foreign key", async () => {
    const email = freshEmail("migrate");
    await requestSubscription(env.DB, { email, cadence: "daily", source: "/", now: new Date() });
    const id = (await findSubscriberByEmail(env.DB, email))!.id;
    await unsubscribe(env.DB, { id, via: "test", now: new Date() });
    const before = await history();
    expect(before.length).toBeGreaterThanOrEqual(2);

    // As applyD1Migrations runs a migration: its statements in one batch.
    await env.DB.batch(migration("0012").queries.map((q) => env.DB.prepare(q)));

    expect(await history()).toEqual(before);
    const index = await env.DB.prepare("SELECT sql FROM sqlite_master WHERE name = 'subscriber_events_by_subscriber'").first<{
      sql: string;
    }>();
    expect(index?.sql).toContain("(subscriber_id, id)");
    // The reference holds: an event for no subscriber is refused.
    await expect(
      env.DB.prepare("INSERT INTO subscriber_events (subscriber_id, at, event, source) VALUES (?1, ?2, 'follows_changed', 'test')")
        .bind(id + 1_000_000, new Date().toISOString())
        .run(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe("migration 0013's backfill", () => {
  it("is the refresh that storing and unpublishing digests runs (negative control: a changed statement differs)", () => {
    const squash = (sql: string) => sql.replace(/\s+/g, " ").trim();
    const queries = migration("0013").queries.map(squash);
    const refresh = SUBJECT_REFRESH.map((s) => squash(s.sql));
    expect(queries.slice(-refresh.length)).toEqual(refresh);
    expect(queries.slice(-refresh.length)).not.toEqual(refresh.map((q) => q.replace("d.slug ASC", "d.slug DESC")));
  });
});
