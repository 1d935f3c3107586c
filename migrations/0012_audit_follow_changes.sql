-- Follow changes join the consent history (issue 12): what a subscriber follows decides what
-- they are sent, so changing it is a change of consent, recorded like a cadence change.
-- The event records when and through what (source), and in `detail` only how many actors
-- and topics are followed afterwards, never which: the current follows are in
-- subscriber_follows (exported, erased with the subscriber), and a history of exactly what
-- someone followed when would outlive each change for the whole consent-retention window.
--
-- SQLite cannot change a CHECK in place, so the table is rebuilt the documented way
-- (sqlite.org/lang_altertable.html#otheralter): create, copy, drop, rename, re-index.
-- D1 runs a migration file as one transaction with foreign keys enforced and refuses
-- `PRAGMA foreign_keys = off`; `defer_foreign_keys` holds the checks to the commit instead,
-- as D1's documentation advises for such rebuilds. Nothing references subscriber_events
-- (no foreign key, trigger or view in 0001-0011 names it except its own index), so the
-- only things to recreate are that index and the table's own reference to subscribers.
-- Deferring does not stop ON DELETE CASCADE from firing; none can here, since the table
-- dropped is the child (its rows point to subscribers) and no subscriber row is touched.
PRAGMA defer_foreign_keys = on;

CREATE TABLE subscriber_events_rebuilt (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('subscribed', 'confirmed', 'cadence_changed', 'follows_changed', 'unsubscribed', 'suppressed')),
  source TEXT NOT NULL,
  detail TEXT
);

-- Ids are kept, so the history keeps its order. An event whose subscriber is gone could only
-- be left by a path that forgot it: the foreign key would refuse it at commit, and an erased
-- subscriber's history must not survive anyway, so it is not copied.
INSERT INTO subscriber_events_rebuilt (id, subscriber_id, at, event, source, detail)
  SELECT e.id, e.subscriber_id, e.at, e.event, e.source, e.detail FROM subscriber_events e
  WHERE EXISTS (SELECT 1 FROM subscribers s WHERE s.id = e.subscriber_id);

DROP TABLE subscriber_events;
ALTER TABLE subscriber_events_rebuilt RENAME TO subscriber_events;
CREATE INDEX subscriber_events_by_subscriber ON subscriber_events (subscriber_id, id);

PRAGMA defer_foreign_keys = off;
