-- Subscribers and the record of their consent. Addresses are stored normalized
-- (trimmed, lower-cased) so one person is one row. Tokens are never stored: links carry
-- HMAC-signed tokens bound to (id, token_generation); bumping the generation revokes them.
CREATE TABLE subscribers (
  id INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids (and links signed for them) are never reused
  email TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'unsubscribed', 'suppressed')),
  cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
  token_generation INTEGER NOT NULL DEFAULT 1,
  -- Consent: when and from which page the latest subscription was asked for and confirmed, and when they left.
  subscribed_at TEXT NOT NULL,
  subscribed_from TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_from TEXT,
  unsubscribed_at TEXT,
  unsubscribed_via TEXT,
  suppressed_at TEXT,
  suppressed_reason TEXT,
  -- Last "you are already subscribed" mail, so an active address gets at most one a day.
  reminded_at TEXT,
  updated_at TEXT NOT NULL
);

-- Keyset pagination over the active subscribers of one cadence.
CREATE INDEX subscribers_active_by_cadence ON subscribers (cadence, id) WHERE status = 'active';
-- Purging unconfirmed subscriptions.
CREATE INDEX subscribers_pending_since ON subscribers (subscribed_at) WHERE status = 'pending';

-- Every change of consent, in order: the history a regulator would ask for.
CREATE TABLE subscriber_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('subscribed', 'confirmed', 'cadence_changed', 'unsubscribed', 'suppressed')),
  source TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX subscriber_events_by_subscriber ON subscriber_events (subscriber_id, id);
