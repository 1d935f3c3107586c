// Shared by the summary tests: fixture digests, subscribers in every state (made through
// the subscriptions store, as the site makes them), the ledger and outbox read back.
import { env } from "cloudflare:test";
import { vi } from "vitest";
import { compileDigest } from "../../src/content/compile";
import type { Digest } from "../../src/digest/schema";
import type { Cadence } from "../../src/subscriptions";
import { changeCadence, confirmSubscription, requestSubscription, suppress, unsubscribe } from "../../src/subscriptions";
import { fixtureFiles } from "../content/fixtures";

/** The test fixture article as a digest with its own slug, title and publication day. */
export function fixtureDigest(slug: string, added: string, title = `The bridge (${slug})`): Digest {
  const files = fixtureFiles({ slug, dir: `content/${slug}` });
  return compileDigest({ ...files, meta: { ...(files.meta as object), title, added } });
}

let counter = 0;
/** A distinct address per call, with a label that says which test made it. */
export const freshEmail = (label: string) => `${label}.${Date.now().toString(36)}.${++counter}@summary.example`;

export type SubscriberState = "pending" | "active" | "unsubscribed" | "suppressed";

/** A subscriber in a state, reached through the same store functions the site uses. */
export async function makeSubscriber(email: string, cadence: Cadence, state: SubscriberState): Promise<number> {
  const now = new Date();
  const { subscriber } = await requestSubscription(env.DB, { email, cadence, source: "/", now });
  if (state === "pending") return subscriber.id;
  await confirmSubscription(env.DB, { id: subscriber.id, generation: subscriber.tokenGeneration, source: "/", now });
  if (state === "unsubscribed") await unsubscribe(env.DB, { id: subscriber.id, via: "test", now });
  if (state === "suppressed") await suppress(env.DB, { email, reason: "test bounce", now });
  return subscriber.id;
}

export const setCadence = (id: number, cadence: Cadence) => changeCadence(env.DB, { id, cadence, source: "test", now: new Date() });

/** Many active subscribers at once (one INSERT), for the fault-injection test. */
export async function makeActiveSubscribers(label: string, count: number, cadence: Cadence): Promise<{ id: number; email: string }[]> {
  const now = new Date().toISOString();
  const emails = Array.from({ length: count }, (_, i) => `${label}-${i}.${Date.now().toString(36)}@bulk.example`);
  const rows = await env.DB.prepare(
    `INSERT INTO subscribers (email, status, cadence, subscribed_at, subscribed_from, confirmed_at, confirmed_from, updated_at)
     SELECT value, 'active', ?2, ?3, '/', ?3, '/', ?3 FROM json_each(?1) RETURNING id, email`,
  )
    .bind(JSON.stringify(emails), cadence, now)
    .all<{ id: number; email: string }>();
  return rows.results;
}

export interface LedgerRow {
  subscriber_id: number;
  state: string;
  attempts: number;
  provider_id: string | null;
  last_error: string | null;
}

export async function ledger(editionId: string): Promise<LedgerRow[]> {
  const { results } = await env.DB.prepare(
    "SELECT subscriber_id, state, attempts, provider_id, last_error FROM summary_deliveries WHERE edition_id = ?1 ORDER BY subscriber_id",
  )
    .bind(editionId)
    .all<LedgerRow>();
  return results;
}

/** Outbox rows of one edition (keys are `summary:<edition>:<subscriber>`). */
export async function outboxOf(editionId: string) {
  const { results } = await env.DB.prepare(
    "SELECT idempotency_key, recipient, subject, headers, html, text FROM mail_outbox WHERE idempotency_key LIKE ?1 ORDER BY id",
  )
    .bind(`summary:${editionId}:%`)
    .all<{ idempotency_key: string; recipient: string; subject: string; headers: string; html: string; text: string }>();
  return results;
}

/** Waits until the real queue consumer has brought every delivery of an edition to a final state. */
export async function settled(editionId: string, expected: number, timeout = 20_000): Promise<LedgerRow[]> {
  return vi.waitFor(
    async () => {
      const rows = await ledger(editionId);
      const open = rows.filter((r) => !["sent", "failed", "dead", "skipped"].includes(r.state));
      if (rows.length < expected || open.length) throw new Error(`${rows.length}/${expected} rows, ${open.length} not final`);
      return rows;
    },
    { timeout, interval: 100 },
  );
}

/** A cron controller at 07:00 UTC of a day. */
export const cronAt = (cron: "0 7 * * *" | "0 7 * * 1", day: string) => ({ cron, scheduledTime: Date.parse(`${day}T07:00:00Z`) });
