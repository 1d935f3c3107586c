// Subscriber storage on D1. Every function takes the database and the current time,
// so tests can move the clock; every change of consent also appends a subscriber_event.

import { CONFIRMATION_LIMIT_DEFAULTS } from "../env";
import { forgetRecipient, listOutbox } from "../mail";
import { listFollows, replaceFollows } from "./follows";
import {
  type Cadence,
  type Follows,
  mailboxOf,
  NO_FOLLOWS,
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

/**
 * What a subscribe request should send: a confirmation, a reminder, or nothing. `follows` are
 * the ones the request asked for: an "already subscribed" mail offers to add them.
 */
export type SubscribeOutcome = { subscriber: Subscriber; send: "confirmation" | "already-subscribed" | null; follows: Follows };

/** How often one address may be sent a confirmation. */
export interface ConfirmationLimits {
  intervalMinutes: number;
  perDay: number;
}

/**
 * Records a request to subscribe, whatever state the address is in, with one upsert
 * so every state costs the same. New, pending and unsubscribed addresses become (or stay)
 * pending and get a confirmation, at most one per `limits.intervalMinutes` and
 * `limits.perDay` a UTC day to the inbox, whatever "+tag" variants it is asked for under
 * (see mailboxOf; a return from unsubscribed, which only the address's owner
 * can cause, skips the interval but not the daily cap); leaving and coming back bumps the
 * token generation, so confirmation links from an earlier round stop working. An active
 * address changes nothing but may get one "already subscribed" mail a day; a suppressed
 * one gets nothing. `addressHash` (see address-hash.ts) finds an address that was
 * suppressed and then erased: it comes back suppressed, not pending.
 *
 * `follows` go with the request exactly as `cadence` does: they replace the follows of an
 * address this request makes (or keeps) pending, which nothing mails until its owner
 * confirms on a page that shows them; an active or suppressed address keeps its follows,
 * so a stranger who knows a confirmed address cannot change what its owner receives (only
 * the preferences link can). The same statements run in every state, so neither the
 * answer nor its timing says which state it met.
 */
export async function requestSubscription(
  db: D1Database,
  input: {
    email: string;
    cadence: Cadence;
    source: string;
    now: Date;
    addressHash?: string;
    limits?: ConfirmationLimits;
    follows?: Follows;
  },
): Promise<SubscribeOutcome> {
  const now = iso(input.now);
  const limits = input.limits ?? CONFIRMATION_LIMIT_DEFAULTS;
  const remindBefore = iso(new Date(input.now.getTime() - DAY_MS));
  const intervalBefore = iso(new Date(input.now.getTime() - limits.intervalMinutes * 60_000));
  const today = now.slice(0, 10);
  // The inbox has had no confirmation within the interval, and fewer than the day's cap, counting
  // every address that lands in it (reader+1@, reader+2@ …) and this one.
  const inboxQuiet = "NOT EXISTS (SELECT 1 FROM subscribers AS inbox WHERE inbox.mailbox = ?10 AND inbox.confirmation_sent_at > ?7)";
  const inboxUnderCap =
    "(SELECT coalesce(sum(inbox.confirmations_sent), 0) FROM subscribers AS inbox WHERE inbox.mailbox = ?10 AND inbox.confirmations_day = ?8) < ?9";
  // Whether an existing row becomes pending with a confirmation now; SET reads the row as it was.
  // The inbox lookups come first so they run in every state (AND and OR stop early).
  const confirmationDue = `${inboxUnderCap} AND (${inboxQuiet} OR status = 'unsubscribed') AND status IN ('pending', 'unsubscribed')`;
  const [upsert] = await db.batch([
    db
      .prepare(
        `INSERT INTO subscribers (email, mailbox, status, cadence, subscribed_at, subscribed_from, updated_at,
           suppressed_at, suppressed_reason, confirmation_sent_at, confirmations_day, confirmations_sent)
         SELECT ?1, ?10, CASE WHEN kept THEN 'suppressed' ELSE 'pending' END, ?2, ?3, ?4, ?3,
           CASE WHEN kept THEN ?3 END, CASE WHEN kept THEN 'suppressed before it was erased' END,
           CASE WHEN mailable THEN ?3 END, ?8, mailable
         FROM (SELECT kept, NOT kept AND ${inboxQuiet} AND ${inboxUnderCap} AS mailable
               FROM (SELECT EXISTS (SELECT 1 FROM suppressed_addresses WHERE address_hash = ?6) AS kept)) WHERE true
         ON CONFLICT (email) DO UPDATE SET
           mailbox = excluded.mailbox,
           status = CASE status WHEN 'unsubscribed' THEN 'pending' ELSE status END,
           cadence = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.cadence ELSE cadence END,
           token_generation = token_generation + (status = 'unsubscribed'),
           subscribed_at = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.subscribed_at ELSE subscribed_at END,
           subscribed_from = CASE WHEN status IN ('pending', 'unsubscribed') THEN excluded.subscribed_from ELSE subscribed_from END,
           reminded_at = CASE WHEN status = 'active' AND (reminded_at IS NULL OR reminded_at <= ?5) THEN ?3 ELSE reminded_at END,
           confirmation_sent_at = CASE WHEN ${confirmationDue} THEN ?3 ELSE confirmation_sent_at END,
           confirmations_sent = CASE WHEN ${confirmationDue} THEN (CASE WHEN confirmations_day IS ?8 THEN confirmations_sent + 1 ELSE 1 END)
             ELSE confirmations_sent END,
           confirmations_day = CASE WHEN ${confirmationDue} THEN ?8 ELSE confirmations_day END,
           updated_at = ?3
         RETURNING *`,
      )
      .bind(
        input.email,
        input.cadence,
        now,
        input.source,
        remindBefore,
        input.addressHash ?? null,
        intervalBefore,
        today,
        limits.perDay,
        mailboxOf(input.email),
      ),
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source, detail)
         SELECT id, ?2, 'subscribed', ?3, cadence FROM subscribers WHERE email = ?1 AND status = 'pending' AND subscribed_at = ?2`,
      )
      .bind(input.email, now, input.source),
    // The row this request made pending is the one whose subscribed_at is now (see the event above).
    ...replaceFollows(
      db,
      "SELECT id FROM subscribers WHERE email = ?1 AND status = 'pending' AND subscribed_at = ?2",
      [input.email, now],
      input.follows ?? NO_FOLLOWS,
      { now: input.now, source: input.source },
    ),
  ]);
  const subscriber = toSubscriber(upsert!.results[0] as Row);
  const send =
    subscriber.status === "pending" && subscriber.confirmationSentAt === now
      ? "confirmation"
      : subscriber.status === "active" && subscriber.remindedAt === now
        ? "already-subscribed"
        : null;
  return { subscriber, send, follows: input.follows ?? NO_FOLLOWS };
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
export async function unsubscribe(db: D1Database, input: { id: number; via: string; now: Date }): Promise<Subscriber | null> {
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
      .prepare(`UPDATE subscribers SET status = 'suppressed', suppressed_at = ?2, suppressed_reason = ?3, updated_at = ?2 WHERE id = ?1`)
      .bind(found.id, iso(input.now), input.reason),
    event(db, found.id, input.now, "suppressed", "delivery", input.reason),
  ]);
  return true;
}

/** Messages to one address the export includes; the outbox keeps far fewer in practice. */
const EXPORT_MESSAGES = 500;

/**
 * Everything stored about a subscriber: the row, its consent history, what it follows, the
 * summary deliveries made to it and the messages the outbox holds for its address.
 */
export async function exportSubscriber(db: D1Database, id: number) {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) return null;
  const [history, deliveries] = await db.batch<Row>([
    db.prepare("SELECT at, event, source, detail FROM subscriber_events WHERE subscriber_id = ?1 ORDER BY id").bind(id),
    // Every column as stored, whatever the ledger's schema is at the time: export must hold all of it.
    deliverySelect(db, id),
  ]);
  const messages = await listOutbox(db, { to: subscriber.email, limit: EXPORT_MESSAGES });
  const follows = await listFollows(db, id);
  const { tokenGeneration: _internal, ...record } = subscriber;
  return {
    subscriber: record,
    history: history!.results.map((r) => subscriberEventSchema.parse(r)),
    follows,
    deliveries: deliveries!.results,
    messages,
  };
}

// The delivery ledger (the schedule's summary_deliveries) names subscribers by id. The
// schedule depends on this room, not the reverse, so these two plain statements live here.
const deliverySelect = (db: D1Database, id: number) => db.prepare("SELECT * FROM summary_deliveries WHERE subscriber_id = ?1").bind(id);
const eraseDeliveriesOf = (db: D1Database, id: number) => db.prepare("DELETE FROM summary_deliveries WHERE subscriber_id = ?1").bind(id);

/**
 * Deletes everything that names or points to the subscriber: the row, its history, its
 * follows, its summary deliveries and the outbox's messages to its address; links signed for them die
 * with the id. A suppressed address leaves only `addressHash` behind, so a bounce stays a
 * bounce (requestSubscription recognises it).
 */
export async function eraseSubscriber(db: D1Database, id: number, options: { addressHash?: string } = {}): Promise<boolean> {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) return false;
  const keepSuppression =
    options.addressHash && subscriber.status === "suppressed"
      ? [db.prepare("INSERT OR IGNORE INTO suppressed_addresses (address_hash) VALUES (?1)").bind(options.addressHash)]
      : [];
  const res = await db.batch([
    ...keepSuppression,
    eraseDeliveriesOf(db, id),
    forgetRecipient(db, subscriber.email),
    db.prepare("DELETE FROM subscriber_events WHERE subscriber_id = ?1").bind(id),
    // The trigger of migrations/0010 would too; said here so erase reads as what it does.
    db.prepare("DELETE FROM subscriber_follows WHERE subscriber_id = ?1").bind(id),
    db.prepare("DELETE FROM subscribers WHERE id = ?1").bind(id),
  ]);
  return (res[res.length - 1]!.meta.changes ?? 0) > 0;
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
