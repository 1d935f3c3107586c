// How long consent records outlive a subscription. While someone subscribes, their row and
// the history of their consent stay. Once they have unsubscribed, the record is kept
// CONSENT_RETENTION_DAYS (proof of consent for as long as a regulator could ask), then the
// row and its history are erased. Suppressed addresses stay: they are the list that keeps
// mail from ever going to a bounced or complaining address again.

/**
 * Erases up to `limit` subscribers who unsubscribed at or before `before`, oldest first
 * (index subscribers_unsubscribed_since), with their consent history. Two statements, to
 * run in one batch; the second's `meta.changes` is how many subscribers went.
 */
export function purgeLapsedSubscribers(db: D1Database, input: { before: Date; limit: number }): D1PreparedStatement[] {
  const lapsed = "SELECT id FROM subscribers WHERE status = 'unsubscribed' AND unsubscribed_at <= ?1 ORDER BY unsubscribed_at LIMIT ?2";
  const before = input.before.toISOString();
  return [
    db.prepare(`DELETE FROM subscriber_events WHERE subscriber_id IN (${lapsed})`).bind(before, input.limit),
    db.prepare(`DELETE FROM subscribers WHERE id IN (${lapsed})`).bind(before, input.limit),
  ];
}
