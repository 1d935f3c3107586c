-- What a subscriber follows: actors (digest_actors.actor) and topics (digest_topics.topic).
-- A subscriber who follows nothing gets every digest; one who follows something gets an
-- edition only when one of its digests involves a followed actor or topic (src/subscriptions/due.ts).
-- The primary key answers "what does this subscriber follow" (the fan-out's per-subscriber
-- probe, export, the preferences page); the second index answers "who follows this actor or
-- topic", so neither direction ever reads the whole table.
CREATE TABLE subscriber_follows (
  subscriber_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('actor', 'topic')),
  follow_id TEXT NOT NULL,
  PRIMARY KEY (subscriber_id, kind, follow_id)
) WITHOUT ROWID;
CREATE INDEX subscriber_follows_by_followed ON subscriber_follows (kind, follow_id, subscriber_id);

-- Follows leave with their subscriber however the row goes (erase, the purge of unconfirmed
-- subscriptions, the consent-retention purge): a trigger, so no path can forget them and
-- nothing depends on the foreign_keys pragma.
CREATE TRIGGER subscriber_follows_leave_with_subscriber AFTER DELETE ON subscribers
BEGIN DELETE FROM subscriber_follows WHERE subscriber_id = OLD.id; END;

-- The handlers refuse more than 50 with a 400 naming the limit; this keeps it true whatever writes.
CREATE TRIGGER subscriber_follows_at_most_50 BEFORE INSERT ON subscriber_follows
WHEN (SELECT count(*) FROM subscriber_follows WHERE subscriber_id = NEW.subscriber_id) >= 50
BEGIN SELECT RAISE(ABORT, 'a subscriber follows at most 50 actors and topics'); END;
