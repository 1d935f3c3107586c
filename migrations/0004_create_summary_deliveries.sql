-- The delivery ledger: one row per (edition, subscriber), whatever the queue redelivers
-- or how often the cron runs. A send is made only by whoever moves the row to 'sending'
-- (a compare-and-set on `claim`), and its idempotency key (also the provider's) is derived
-- from the same pair, so each subscriber gets each edition at most once.
CREATE TABLE summary_deliveries (
  edition_id TEXT NOT NULL REFERENCES summary_editions (id),
  subscriber_id INTEGER NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'retrying', 'sent', 'failed', 'dead', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claim TEXT,                 -- the consumer invocation that holds a 'sending' row
  claimed_at TEXT,
  provider_id TEXT,           -- the provider's message id once sent
  last_error TEXT,
  queued_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (edition_id, subscriber_id)
) WITHOUT ROWID;

CREATE INDEX summary_deliveries_by_state ON summary_deliveries (edition_id, state);
CREATE INDEX summary_deliveries_by_provider_id ON summary_deliveries (provider_id) WHERE provider_id IS NOT NULL;
