// The outbox (development) keeps a message only as long as the delivery ledger keeps its
// row: long enough for the idempotency key to dedupe a repeated send and to read it at
// /dev/mail, not for ever.

/** Deletes up to `limit` stored messages created before `before`, oldest first; `meta.changes` says how many. */
export function purgeOutbox(db: D1Database, input: { before: Date; limit: number }): D1PreparedStatement {
  return db
    .prepare("DELETE FROM mail_outbox WHERE id IN (SELECT id FROM mail_outbox WHERE created_at < ?1 ORDER BY created_at LIMIT ?2)")
    .bind(input.before.toISOString(), input.limit);
}
