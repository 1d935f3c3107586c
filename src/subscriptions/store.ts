// Subscriber storage on D1. Every function takes the database and the current time,
// so tests can move the clock; every change of consent also appends a subscriber_event.
import {
  type Cadence,
  PENDING_DAYS,
  type Subscriber,
  type SubscriberEvent,
  subscriberEventSchema,
  subscriberSchema,
} from "./schema";

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString();

type Row = Record<string, unknown>;
const camel = (key: string) => key.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

function toSubscriber(row: Row): Subscriber {
  return subscriberSchema.parse(Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])));
}

const event = (db: D1Database, id: number, at: Date, name: SubscriberEvent["event"], source: string, detail: string | null = null) =>
  db
    .prepare("INSERT INTO subscriber_events (subscriber_id, at, event, source, detail) VALUES (?1, ?2, ?3, ?4, ?5)")
    .bind(id, iso(at), name, source, detail);

/** What a subscribe request should send: a confirmation, a reminder, or nothing. */
export type SubscribeOutcome = { subscriber: Subscriber; send: "confirmation" | "already-subscribed" | null };

/**
 * Records a request to subscribe, whatever state the address is in, with one upsert
 * so every state costs the same. New, pending and unsubscribed addresses become (or stay)
 * pending and get a confirmation; leaving and coming back bumps the token generation,
 * so confirmation links from an earlier round stop working. An active address changes
 * nothing but may get one "already subscribed" mail a day; a suppressed one gets nothing.
 */
export async function requestSubscription(
  db: D1Database,
  input: { email: string; cadence: Cadence; source: string; now: Date },
): Promise<SubscribeOutcome> {
  const now = iso(input.now);
  const remindBefore = iso(new Date(input.now.getTime() - DAY_MS));
  const [upsert] = await db.batch([
    db
      .prepare(
        `INSERT INTO subscribers (email, status, cadence, subscribed_at, subscribed_from, updated_at)
         VALUES (?1, 'pending', ?2, ?3, ?4, ?3)
         ON CONFLICT (email) DO UPDATE SET
           status = CASE status WHEN 'unsubscribed' THEN 'pending' ELSE status END,
           cadence = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.cadence ELSE cadence END,
           token_generation = token_generation + (status = 'unsubscribed'),
           subscribed_at = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.subscribed_at ELSE subscribed_at END,
           subscribed_from = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.subscribed_from ELSE subscribed_from END,
           reminded_at = CASE WHEN status = 'active' AND (reminded_at IS NULL OR reminded_at <= ?5) THEN ?3 ELSE reminded_at END,
           updated_at = ?3
         RETURNING *`,
      )
      .bind(input.email, input.cadence, now, input.source, remindBefore),
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source, detail)
         SELECT id, ?2, 'subscribed', ?3, cadence FROM subscribers WHERE email = ?1 AND status = 'pending' AND subscribed_at = ?2`,
      )
      .bind(input.email, now, input.source),
  ]);
  const subscriber = toSubscriber(upsert!.results[0] as Row);
  const send =
    subscriber.status === "pending"
      ? "confirmation"
      : subscriber.status === "active" && subscriber.remindedAt === now
        ? "already-subscribed"
        : null;
  return { subscriber, send };
}

export async function findSubscriber(db: D1Database, id: number): Promise<Subscriber | null> {
  const row = await db.prepare("SELECT * FROM subscribers WHERE id = ?1").bind(id).first<Row>();
  return row ? toSubscriber(row) : null;
}

export async function findSubscriberByEmail(db: D1Database, email: string): Promise<Subscriber | null> {
  const row = await db.prepare("SELECT * FROM subscribers WHERE email = ?1").bind(email).first<Row>();
  return row ? toSubscriber(row) : null;
}

/** Whether a pending subscription is past its confirmation window. */
export function pendingExpired(subscriber: Subscriber, now: Date): boolean {
  return subscriber.status === "pending" && Date.parse(subscriber.subscribedAt) + PENDING_DAYS * DAY_MS <= now.getTime();
}

/**
 * Confirms a pending subscription of this token generation within its window; null when
 * there is nothing to confirm (already active, left, suppressed, expired, revoked).
 */
export async function confirmSubscription(
  db: D1Database,
  input: { id: number; generation: number; source: string; now: Date },
): Promise<Subscriber | null> {
  const now = iso(input.now);
  const since = iso(new Date(input.now.getTime() - PENDING_DAYS * DAY_MS));
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE subscribers SET status = 'active', confirmed_at = ?3, confirmed_from = ?4, updated_at = ?3
         WHERE id = ?1 AND token_generation = ?2 AND status = 'pending' AND subscribed_at > ?5
         RETURNING *`,
      )
      .bind(input.id, input.generation, now, input.source, since),
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source)
         SELECT id, ?2, 'confirmed', ?3 FROM subscribers WHERE id = ?1 AND status = 'active' AND confirmed_at = ?2`,
      )
      .bind(input.id, now, input.source),
  ]);
  const row = update!.results[0] as Row | undefined;
  return row ? toSubscriber(row) : null;
}

/** Changes the cadence of a pending or active subscription; null when it has left. */
export async function changeCadence(
  db: D1Database,
  input: { id: number; cadence: Cadence; source: string; now: Date },
): Promise<Subscriber | null> {
  const now = iso(input.now);
  const [update] = await db.batch([
    db
      .prepare(
        `UPDATE subscribers SET cadence = ?2, updated_at = ?3
         WHERE id = ?1 AND status IN ('pending', 'active') AND cadence <> ?2 RETURNING *`,
      )
      .bind(input.id, input.cadence, now),
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source, detail)
         SELECT id, ?2, 'cadence_changed', ?3, cadence FROM subscribers WHERE id = ?1 AND updated_at = ?2 AND cadence = ?4`,
      )
      .bind(input.id, now, input.source, input.cadence),
  ]);
  if (update!.results.length) return toSubscriber(update!.results[0] as Row);
  const current = await findSubscriber(db, input.id);
  return current && (current.status === "pending" || current.status === "active") ? current : null;
}

/**
 * Unsubscribes at once; repeating it changes nothing. A suppressed address stays
 * suppressed. Returns the subscriber as it is afterwards, or null if erased.
 */
export async function unsubscribe(
  db: D1Database,
  input: { id: number; via: string; now: Date },
): Promise<Subscriber | null> {
  const now = iso(input.now);
  await db.batch([
    db
      .prepare(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?2, unsubscribed_via = ?3, updated_at = ?2
         WHERE id = ?1 AND status IN ('pending', 'active')`,
      )
      .bind(input.id, now, input.via),
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source)
         SELECT id, ?2, 'unsubscribed', ?3 FROM subscribers WHERE id = ?1 AND unsubscribed_at = ?2`,
      )
      .bind(input.id, now, input.via),
  ]);
  return findSubscriber(db, input.id);
}

/**
 * Stops all mail to an address for good (hard bounce, complaint). Issue 4's delivery
 * feedback calls this; a later subscribe request for the address sends nothing.
 */
export async function suppress(db: D1Database, input: { email: string; reason: string; now: Date }): Promise<boolean> {
  const found = await findSubscriberByEmail(db, input.email);
  if (!found || found.status === "suppressed") return false;
  await db.batch([
    db
      .prepare(
        `UPDATE subscribers SET status = 'suppressed', suppressed_at = ?2, suppressed_reason = ?3, updated_at = ?2 WHERE id = ?1`,
      )
      .bind(found.id, iso(input.now), input.reason),
    event(db, found.id, input.now, "suppressed", "delivery", input.reason),
  ]);
  return true;
}

/** Everything stored about a subscriber: the row and its consent history. */
export async function exportSubscriber(db: D1Database, id: number) {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) return null;
  const { results } = await db
    .prepare("SELECT at, event, source, detail FROM subscriber_events WHERE subscriber_id = ?1 ORDER BY id")
    .bind(id)
    .all<Row>();
  const { tokenGeneration: _internal, ...record } = subscriber;
  return { subscriber: record, history: results.map((r) => subscriberEventSchema.parse(r)) };
}

/** Deletes the subscriber and their history (events cascade); links signed for them die with the id. */
export async function eraseSubscriber(db: D1Database, id: number): Promise<boolean> {
  const res = await db.batch([
    db.prepare("DELETE FROM subscriber_events WHERE subscriber_id = ?1").bind(id),
    db.prepare("DELETE FROM subscribers WHERE id = ?1").bind(id),
  ]);
  return (res[1]!.meta.changes ?? 0) > 0;
}

/** Deletes subscriptions left unconfirmed for PENDING_DAYS; returns how many. Run daily. */
export async function purgeExpiredPending(db: D1Database, now: Date): Promise<number> {
  const before = iso(new Date(now.getTime() - PENDING_DAYS * DAY_MS));
  const [, removed] = await db.batch([
    db
      .prepare(
        `DELETE FROM subscriber_events WHERE subscriber_id IN
           (SELECT id FROM subscribers WHERE status = 'pending' AND subscribed_at <= ?1)`,
      )
      .bind(before),
    db.prepare("DELETE FROM subscribers WHERE status = 'pending' AND subscribed_at <= ?1").bind(before),
  ]);
  return removed!.meta.changes ?? 0;
}
