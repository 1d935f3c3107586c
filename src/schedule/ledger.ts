// The delivery ledger (migrations/0004, compacted in 0006): one row per (edition,
// subscriber), moved through queued → sending → sent | failed | retrying | dead | skipped.
// Each function is one statement over a whole slice of subscribers (json_each), so a batch
// of 40 costs the same number of D1 queries as a batch of 1. Times are unix seconds
// (`changed_at`); rows older than LEDGER_RETENTION_DAYS are folded into per-edition
// totals by ./retention.ts.
import * as z from "zod";
import { dueSubscriberIds, matchedFollows, stillDue } from "../subscriptions";
import { LEASE_SECONDS } from "./budget";
import { DELIVERY_STATES, type DeliveryState, unixSeconds } from "./ledger-states";

export { DELIVERY_STATES, type DeliveryState, unixSeconds };
/** States nothing will change any more. */
export const FINAL_STATES: ReadonlySet<DeliveryState> = new Set(["sent", "failed", "dead", "skipped"]);

/** The idempotency key of a delivery, also the provider's: the same pair always gives the same key. */
export const deliveryKey = (editionId: string, subscriberId: number) => `summary:${editionId}:${subscriberId}`;

const ids = (subscriberIds: readonly number[]) => JSON.stringify(subscriberIds);
const isoOfSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();
const IN_SLICE = "subscriber_id IN (SELECT value FROM json_each(?2))";

/** Rows for a slice, 'queued' unless they exist already. */
export function seedDeliveries(db: D1Database, editionId: string, subscriberIds: readonly number[], now: Date) {
  return db
    .prepare(
      `INSERT INTO summary_deliveries (edition_id, subscriber_id, state, changed_at)
       SELECT ?1, value, 'queued', ?3 FROM json_each(?2) WHERE true
       ON CONFLICT DO NOTHING`,
    )
    .bind(editionId, ids(subscriberIds), unixSeconds(now));
}

/** The part of the fan-out's page query that seeds the ledger straight from the subscribers table. */
export function seedPage(db: D1Database, editionId: string, cadence: string, after: number, limit: number, now: Date) {
  return db
    .prepare(
      `INSERT INTO summary_deliveries (edition_id, subscriber_id, state, changed_at)
       SELECT ?1, id, 'queued', ?5 FROM (${dueSubscriberIds({ edition: 1, cadence: 2, after: 3, limit: 4 })}) WHERE true
       ON CONFLICT DO NOTHING`,
    )
    .bind(editionId, cadence, after, limit, unixSeconds(now));
}

export interface ClaimedRow {
  subscriberId: number;
  state: DeliveryState;
  attempts: number;
  mine: boolean;
  email: string | null;
  idempotencyKey: string;
  claimedAt: string | null;
  /** The follows this edition matched at the row's first claim (`kind:id`), frozen; empty: the whole edition. */
  follows: string[];
}

const claimedRow = z.object({
  subscriber_id: z.number(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  claim: z.string().nullable(),
  email: z.string().nullable(),
  changed_at: z.number(),
  follows: z.string().transform((s) => z.array(z.string()).parse(JSON.parse(s))),
});

/**
 * Claims the slice's deliveries that are due for this invocation, in one transaction:
 * seeds missing rows, skips subscribers who are no longer due (left, or now follow nothing
 * the edition involves), and moves the rest from queued/retrying (or a 'sending' whose
 * claimant let its lease expire) to 'sending' under `claim`. A concurrent duplicate of the
 * same job finds them claimed and sends nothing.
 *
 * The first claim of a row freezes what its copy holds (the follows the edition matched,
 * migrations/0011); every later claim reads that, not the subscriber's current follows. A
 * retry after a lost answer goes under the same Idempotency-Key, so it must rebuild the same
 * bytes: recomputed, a follow changed in between would change the body, and the provider
 * would refuse it (409) or, without the key, send a second, different email.
 */
export async function claimSlice(
  db: D1Database,
  input: { editionId: string; subscriberIds: readonly number[]; claim: string; now: Date },
): Promise<ClaimedRow[]> {
  const now = unixSeconds(input.now);
  const leaseExpired = now - LEASE_SECONDS;
  // A 'sending' row's last change is its claim.
  const due = `(state IN ('queued', 'retrying') OR (state = 'sending' AND changed_at < ?4))`;
  // Qualified: inside the rule's subqueries a bare subscriber_id would name subscriber_follows' own column.
  const active = stillDue("summary_deliveries.subscriber_id", 1);
  const slice = ids(input.subscriberIds);
  const results = await db.batch<Record<string, unknown>>([
    seedDeliveries(db, input.editionId, input.subscriberIds, input.now),
    db
      .prepare(
        `UPDATE summary_deliveries SET state = 'skipped', claim = NULL, changed_at = ?3,
           last_error = coalesce((SELECT CASE status WHEN 'active' THEN 'subscriber follows nothing this edition holds'
             ELSE 'subscriber ' || status || ' before the send' END FROM subscribers WHERE id = subscriber_id), 'subscriber erased before the send')
         WHERE edition_id = ?1 AND ${IN_SLICE} AND ${due} AND NOT ${active}`,
      )
      .bind(input.editionId, slice, now, leaseExpired),
    db
      .prepare(
        `UPDATE summary_deliveries SET state = 'sending', claim = ?5, changed_at = ?3,
           follows = coalesce(follows, ${matchedFollows("summary_deliveries.subscriber_id", 1)})
         WHERE edition_id = ?1 AND ${IN_SLICE} AND ${due} AND ${active}`,
      )
      .bind(input.editionId, slice, now, leaseExpired, input.claim),
    db
      .prepare(
        `SELECT d.subscriber_id, d.state, d.attempts, d.claim, d.changed_at, s.email, coalesce(d.follows, '[]') AS follows
         FROM summary_deliveries d LEFT JOIN subscribers s ON s.id = d.subscriber_id
         WHERE d.edition_id = ?1 AND d.${IN_SLICE} ORDER BY d.subscriber_id`,
      )
      .bind(input.editionId, slice),
  ]);
  return results[3]!.results.map((r) => {
    const row = claimedRow.parse(r);
    return {
      subscriberId: row.subscriber_id,
      state: row.state,
      attempts: row.attempts,
      mine: row.state === "sending" && row.claim === input.claim,
      email: row.email,
      idempotencyKey: deliveryKey(input.editionId, row.subscriber_id),
      claimedAt: row.state === "sending" ? isoOfSeconds(row.changed_at) : null,
      follows: row.follows,
    };
  });
}

export interface DeliveryOutcome {
  subscriberId: number;
  state: "sent" | "failed" | "retrying";
  /** Whether the provider was asked (false: released untried after a 429 stopped the slice). */
  tried: boolean;
  providerId?: string;
  error?: string;
}

/**
 * Records what this claimant's sends came to; rows it no longer holds are left alone. A row
 * the dead-letter consumer gave up on while this claimant was still sending keeps its claim,
 * so a late 'sent' (the provider did accept it) replaces 'dead'; a late failure does not.
 */
export function recordOutcomes(db: D1Database, input: { editionId: string; claim: string; outcomes: DeliveryOutcome[]; now: Date }) {
  // The outcomes as rows first, then one lookup by key per outcome: joining json_each to the
  // ledger directly extracted every outcome's fields once per row (100 rows: 10,000 times).
  return db
    .prepare(
      `WITH r AS MATERIALIZED (
         SELECT json_extract(value, '$.subscriberId') AS subscriber_id, json_extract(value, '$.state') AS state,
           json_extract(value, '$.tried') AS tried, json_extract(value, '$.providerId') AS provider_id,
           json_extract(value, '$.error') AS error
         FROM json_each(?2))
       UPDATE summary_deliveries SET
         state = r.state,
         attempts = attempts + r.tried,
         provider_id = coalesce(r.provider_id, summary_deliveries.provider_id),
         last_error = coalesce(r.error, last_error),
         claim = NULL, changed_at = ?3
       FROM r
       WHERE summary_deliveries.edition_id = ?1
         AND summary_deliveries.subscriber_id = r.subscriber_id
         AND summary_deliveries.claim = ?4
         AND (summary_deliveries.state <> 'dead' OR r.state = 'sent')`,
    )
    .bind(
      input.editionId,
      JSON.stringify(input.outcomes.map((o) => ({ ...o, tried: o.tried ? 1 : 0 }))),
      unixSeconds(input.now),
      input.claim,
    );
}

/**
 * The dead-letter queue's verdict: deliveries of a job that ran out of retries and are
 * not final become 'dead'. A live claimant's row (lease not expired) is left to it.
 */
export function markDead(db: D1Database, input: { editionId: string; subscriberIds: readonly number[]; reason: string; now: Date }) {
  const now = unixSeconds(input.now);
  return db
    .prepare(
      `UPDATE summary_deliveries SET state = 'dead', changed_at = ?3,
         last_error = ?5 || coalesce(': last error: ' || last_error, '')
       WHERE edition_id = ?1 AND ${IN_SLICE}
         AND (state IN ('queued', 'retrying') OR (state = 'sending' AND changed_at < ?4))`,
    )
    .bind(input.editionId, ids(input.subscriberIds), now, now - LEASE_SECONDS, input.reason);
}

/** Marks a delivery by the provider's id (bounces and complaints), so the ledger shows it. */
export function noteProviderEvent(db: D1Database, providerId: string, note: string) {
  return db.prepare("UPDATE summary_deliveries SET last_error = ?2 WHERE provider_id = ?1").bind(providerId, note);
}

const deliveryRow = z.object({
  edition_id: z.string(),
  subscriber_id: z.number(),
  email: z.string().nullable(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  provider_id: z.string().nullable(),
  last_error: z.string().nullable(),
  /** ISO 8601, from the stored unix seconds. */
  updated_at: z.string(),
});
export type DeliveryRow = z.infer<typeof deliveryRow>;

/**
 * Counts by state per edition (the rows still kept plus the totals of those purged: every
 * edition ever sent, a few hundred a year), and
 * the latest rows (optionally of one state), for /dev/deliveries.
 */
export async function deliveryReport(db: D1Database, options: { state?: DeliveryState; limit?: number } = {}) {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
  const [counts, totals, rows] = await db.batch<Record<string, unknown>>([
    db.prepare("SELECT edition_id, state, count(*) AS n FROM summary_deliveries GROUP BY edition_id, state"),
    db.prepare("SELECT * FROM summary_edition_totals"),
    db
      .prepare(
        `SELECT d.edition_id, d.subscriber_id, s.email, d.state, d.attempts, d.provider_id, d.last_error,
           strftime('%Y-%m-%dT%H:%M:%SZ', d.changed_at, 'unixepoch') AS updated_at
         FROM summary_deliveries d LEFT JOIN subscribers s ON s.id = d.subscriber_id
         WHERE ?1 IS NULL OR d.state = ?1 ORDER BY d.changed_at DESC LIMIT ?2`,
      )
      .bind(options.state ?? null, limit),
  ]);
  const byEdition = new Map<string, Partial<Record<DeliveryState, number>>>();
  const add = (edition: string, state: DeliveryState, n: number) => {
    if (!n) return;
    const entry = byEdition.get(edition) ?? {};
    entry[state] = (entry[state] ?? 0) + n;
    byEdition.set(edition, entry);
  };
  for (const r of counts!.results) add(r.edition_id as string, r.state as DeliveryState, r.n as number);
  for (const r of totals!.results) for (const state of DELIVERY_STATES) add(r.edition_id as string, state, r[state] as number);
  const newestFirst = [...byEdition].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  return { counts: newestFirst.map(([edition, states]) => ({ edition, states })), rows: rows!.results.map((r) => deliveryRow.parse(r)) };
}
