// Editions in D1 (migrations/0003). Creating one is idempotent: the row for a period is
// written once and every later run reads it back unchanged.
import * as z from "zod";
import type { Digest } from "../digest/schema";
import { digestsAddedBetween } from "../digest/store";
import type { Cadence } from "../subscriptions";
import { coverage, type EditionPlan, editionId, periodOf, planEdition } from "./editions";
import { type DigestEntry, digestEntry } from "./email/entry";
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
export const summaryPlanOf = (edition: Edition, digests: readonly (Digest | DigestEntry)[]): SummaryPlan => ({
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

/** D1 takes a bound string of up to 2,000,000 bytes; a chunk of entries stays well below. */
const ENTRY_CHUNK_BYTES = 1_000_000;

interface EntryChunk {
  /** A JSON array of entries. */
  json: string;
  /** The position of its first entry in the edition. */
  from: number;
}

const chunksOf = new WeakMap<EditionPlan, EntryChunk[]>();
/** The entries of the plan's digests, in its order, as JSON arrays of at most ENTRY_CHUNK_BYTES (computed once a plan). */
function entryChunks(plan: EditionPlan): EntryChunk[] {
  const known = chunksOf.get(plan);
  if (known) return known;
  const chunks: { entries: string[]; from: number }[] = [{ entries: [], from: 0 }];
  let bytes = 0;
  const encoder = new TextEncoder();
  plan.digests.forEach((digest, position) => {
    const entry = JSON.stringify(digestEntry(digest));
    const size = encoder.encode(entry).length + 1;
    if (bytes + size > ENTRY_CHUNK_BYTES && chunks[chunks.length - 1]!.entries.length) {
      chunks.push({ entries: [], from: position });
      bytes = 0;
    }
    chunks[chunks.length - 1]!.entries.push(entry);
    bytes += size;
  });
  const made = chunks.map((c) => ({ json: `[${c.entries.join(",")}]`, from: c.from }));
  chunksOf.set(plan, made);
  return made;
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

/** D1 statements createEdition makes, for the caller's call budget. */
export const createEditionCalls = (planned: PlannedEdition) => 2 + entryChunks(planned.plan).length;

/**
 * Creates the edition of a period once, with its digests' entries; a second call (or a
 * concurrent cron) gets the first one's row. The entries are written only under the row
 * that holds exactly these digests, so a concurrent cron that planned another list adds none.
 */
export async function createEdition(db: D1Database, planned: PlannedEdition, now: Date): Promise<Edition> {
  const { plan, body } = planned;
  const slugs = JSON.stringify(plan.digests.map((d) => d.slug));
  const entries = entryChunks(plan).map((chunk) =>
    db
      .prepare(
        `INSERT INTO summary_edition_digests (edition_id, position, entry)
         SELECT ?1, ?3 + key, value FROM json_each(?2)
         WHERE (SELECT digests FROM summary_editions WHERE id = ?1) = ?4
         ON CONFLICT DO NOTHING`,
      )
      .bind(plan.id, chunk.json, chunk.from, slugs),
  );
  const results = await db.batch<Record<string, unknown>>([
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
        slugs,
        body.subject,
        body.preheader,
        body.html,
        body.text,
        now.toISOString(),
      ),
    ...entries,
    db.prepare("SELECT * FROM summary_editions WHERE id = ?1").bind(plan.id),
  ]);
  return editionRow.parse(results[results.length - 1]!.results[0]);
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
