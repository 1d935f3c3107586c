-- The delivery ledger, cut down (issue 16). A row lives only as long as it serves a
-- purpose (LEDGER_RETENTION_DAYS, see the README), then it is folded into the edition's
-- totals below, which are kept. What went:
--   idempotency_key and its unique index: it is `summary:<edition>:<subscriber>`, derived
--     from the primary key (deliveryKey in src/schedule/ledger.ts);
--   queued_at, claimed_at, updated_at as ISO text: one integer `changed_at` (unix seconds).
--     A 'sending' row's change is its claim, so the lease is read from it too;
--   the (edition_id, state) index: every ledger statement reaches rows by primary key.
-- Measured with `npm run bench:storage`: bytes per row in the README.
PRAGMA defer_foreign_keys = true;

CREATE TABLE summary_deliveries_compact (
  edition_id TEXT NOT NULL REFERENCES summary_editions (id),
  subscriber_id INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'retrying', 'sent', 'failed', 'dead', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claim TEXT,                 -- the consumer invocation that holds a 'sending' row; NULL once final
  changed_at INTEGER NOT NULL, -- unix seconds of the last change of state (a 'sending' row: its claim)
  provider_id TEXT,           -- the provider's message id once sent (bounce and complaint webhooks)
  last_error TEXT,
  PRIMARY KEY (edition_id, subscriber_id)
) WITHOUT ROWID;

INSERT INTO summary_deliveries_compact (edition_id, subscriber_id, state, attempts, claim, changed_at, provider_id, last_error)
SELECT edition_id, subscriber_id, state, attempts, claim,
       unixepoch(CASE WHEN state = 'sending' THEN coalesce(claimed_at, updated_at) ELSE updated_at END),
       provider_id, last_error
FROM summary_deliveries;

DROP TABLE summary_deliveries;
ALTER TABLE summary_deliveries_compact RENAME TO summary_deliveries;
CREATE INDEX summary_deliveries_by_provider_id ON summary_deliveries (provider_id) WHERE provider_id IS NOT NULL;

-- What is kept of an edition's deliveries once their rows are purged: counts by state, and
-- the first and last accepted send. The purge adds each batch it deletes in the same
-- transaction, so the totals plus the remaining rows always count every delivery once.
CREATE TABLE summary_edition_totals (
  edition_id TEXT PRIMARY KEY REFERENCES summary_editions (id),
  queued INTEGER NOT NULL DEFAULT 0,
  sending INTEGER NOT NULL DEFAULT 0,
  retrying INTEGER NOT NULL DEFAULT 0,
  sent INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  dead INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  first_sent_at INTEGER,      -- unix seconds
  last_sent_at INTEGER,
  folded_at INTEGER NOT NULL  -- unix seconds of the latest batch folded in
) WITHOUT ROWID;

-- Erasing subscribers who left longer ago than CONSENT_RETENTION_DAYS, oldest first.
CREATE INDEX subscribers_unsubscribed_since ON subscribers (unsubscribed_at) WHERE status = 'unsubscribed';

-- Purging the outbox (development) oldest first, without reading it whole.
CREATE INDEX mail_outbox_by_created_at ON mail_outbox (created_at);
