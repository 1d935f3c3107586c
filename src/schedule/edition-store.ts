// Editions in D1 (migrations/0003). Creating one is idempotent: the row for a period is
// written once and every later run reads it back unchanged.
import * as z from "zod";
import type { Digest } from "../digest/schema";
import { digestsAddedBetween } from "../digest/store";
import type { Cadence } from "../subscriptions";
import { coverage, type EditionPlan, editionId, periodOf, planEdition } from "./editions";
import type { SummaryPlan } from "./email/model";
import { type EditionBody, renderEditionBody, type SummaryConfig } from "./email/render";

export const editionRow = z.object({
  id: z.string(),
  cadence: z.enum(["daily", "weekly"]),
  period: z.string(),
  covers_from: z.string(),
  covers_through: z.string(),
  digests: z.string().transform((s) => z.array(z.string()).parse(JSON.parse(s))),
  subject: z.string(),
  preheader: z.string(),
  html: z.string(),
  text: z.string(),
  created_at: z.string(),
  enqueued_through: z.number(),
  enqueue_finished_at: z.string().nullable(),
});
export type Edition = z.infer<typeof editionRow>;

/** What the summary renders for a stored edition, with the digests a reader's copy holds. */
export const summaryPlanOf = (edition: Edition, digests: Digest[]): SummaryPlan => ({
  id: edition.id,
  cadence: edition.cadence,
  period: edition.period,
  coversFrom: edition.covers_from,
  coversThrough: edition.covers_through,
  digests,
});

export async function findEdition(db: D1Database, id: string): Promise<Edition | null> {
  const row = await db.prepare("SELECT * FROM summary_editions WHERE id = ?1").bind(id).first();
  return row ? editionRow.parse(row) : null;
}

/** Editions newest first, for the dev pages. */
export async function listEditions(db: D1Database, limit = 20): Promise<Edition[]> {
  const { results } = await db.prepare("SELECT * FROM summary_editions ORDER BY created_at DESC LIMIT ?1").bind(limit).all();
  return results.map((r) => editionRow.parse(r));
}

export interface PlannedEdition {
  plan: EditionPlan;
  body: EditionBody;
}

/** D1 statements nextEdition makes at most, for the caller's call budget. */
export const NEXT_EDITION_CALLS = 3;

/**
 * The edition the cron would create at `at`, or the one already created for that period.
 * One D1 round trip for the period's row and where the previous edition stopped, and one
 * for the published digests of the days the new edition would cover (an unpublished or
 * pending digest is in no edition).
 */
export async function nextEdition(
  db: D1Database,
  cadence: Cadence,
  at: Date,
  config: SummaryConfig,
): Promise<{ existing: Edition } | { planned: PlannedEdition } | null> {
  const period = periodOf(cadence, at);
  const [current, previous] = await db.batch<Record<string, unknown>>([
    db.prepare("SELECT * FROM summary_editions WHERE id = ?1").bind(editionId(period)),
    db
      .prepare("SELECT covers_through FROM summary_editions WHERE cadence = ?1 AND period < ?2 ORDER BY period DESC LIMIT 1")
      .bind(cadence, period.period),
  ]);
  const row = current!.results[0];
  if (row) return { existing: editionRow.parse(row) };
  const previousThrough = (previous!.results[0]?.covers_through as string | undefined) ?? null;
  const { coversFrom, coversThrough } = coverage(period, previousThrough);
  const digests = await digestsAddedBetween(db, coversFrom, coversThrough);
  const plan = planEdition(cadence, at, digests, previousThrough);
  return plan ? { planned: { plan, body: renderEditionBody(plan, config) } } : null;
}

/** Creates the edition of a period once; a second call (or a concurrent cron) gets the first one's row. */
export async function createEdition(db: D1Database, planned: PlannedEdition, now: Date): Promise<Edition> {
  const { plan, body } = planned;
  const [, read] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING`,
      )
      .bind(
        plan.id,
        plan.cadence,
        plan.period,
        plan.coversFrom,
        plan.coversThrough,
        JSON.stringify(plan.digests.map((d) => d.slug)),
        body.subject,
        body.preheader,
        body.html,
        body.text,
        now.toISOString(),
      ),
    db.prepare("SELECT * FROM summary_editions WHERE id = ?1").bind(plan.id),
  ]);
  return editionRow.parse(read!.results[0]);
}

/** Records how far the fan-out got; never moves backwards. */
export function recordFanOut(db: D1Database, id: string, through: number, finishedAt: Date | null) {
  return db
    .prepare(
      `UPDATE summary_editions SET enqueued_through = max(enqueued_through, ?2),
         enqueue_finished_at = coalesce(enqueue_finished_at, ?3) WHERE id = ?1`,
    )
    .bind(id, through, finishedAt ? finishedAt.toISOString() : null);
}
