// Folding expired delivery rows into their edition's totals (migration 0006): the ledger's
// own SQL, kept apart from the purge's orchestration (./retention.ts) so the storage
// benchmark runs exactly these statements against local D1.
import { DELIVERY_STATES, unixSeconds } from "./ledger-states";

// The oldest edition past the cutoff that still has rows. Both statements of a step name it
// the same way inside one transaction, so they see the same edition and the same rows.
const TARGET = `target AS (
  SELECT e.id FROM summary_editions e
  WHERE e.created_at < ?1 AND EXISTS (SELECT 1 FROM summary_deliveries d WHERE d.edition_id = e.id)
  ORDER BY e.created_at, e.id LIMIT 1)`;
const BATCH = "SELECT subscriber_id FROM summary_deliveries WHERE edition_id = (SELECT id FROM target) ORDER BY subscriber_id LIMIT ?2";

/**
 * Folds up to `limit` rows of the oldest expired edition into its totals, then deletes
 * them: two statements that must run in one batch (one transaction), so a failure folds
 * and deletes nothing and a repeat never counts a row twice. The second's `meta.changes`
 * is how many rows went.
 */
export function foldExpiredDeliveries(db: D1Database, input: { before: Date; limit: number; now: Date }): D1PreparedStatement[] {
  const counts = DELIVERY_STATES.map((s) => `sum(state = '${s}')`).join(", ");
  const add = DELIVERY_STATES.map((s) => `${s} = ${s} + excluded.${s}`).join(", ");
  const before = input.before.toISOString();
  return [
    db
      .prepare(
        `WITH ${TARGET}
         INSERT INTO summary_edition_totals (edition_id, ${DELIVERY_STATES.join(", ")}, first_sent_at, last_sent_at, folded_at)
         SELECT (SELECT id FROM target), ${counts},
           min(CASE WHEN state = 'sent' THEN changed_at END), max(CASE WHEN state = 'sent' THEN changed_at END), ?3
         FROM summary_deliveries WHERE edition_id = (SELECT id FROM target) AND subscriber_id IN (${BATCH})
         HAVING count(*) > 0
         ON CONFLICT (edition_id) DO UPDATE SET ${add},
           first_sent_at = min(coalesce(first_sent_at, excluded.first_sent_at), coalesce(excluded.first_sent_at, first_sent_at)),
           last_sent_at = max(coalesce(last_sent_at, excluded.last_sent_at), coalesce(excluded.last_sent_at, last_sent_at)),
           folded_at = excluded.folded_at`,
      )
      .bind(before, input.limit, unixSeconds(input.now)),
    db
      .prepare(
        `WITH ${TARGET}
         DELETE FROM summary_deliveries WHERE edition_id = (SELECT id FROM target) AND subscriber_id IN (${BATCH})`,
      )
      .bind(before, input.limit),
  ];
}
