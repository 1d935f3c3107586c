-- Confirmation mail is throttled per address (issue 14): when the last one went out, and
-- how many went out on which UTC day, so a pending address gets at most one every few
-- minutes and a few a day however often someone submits it.
ALTER TABLE subscribers ADD COLUMN confirmation_sent_at TEXT;
ALTER TABLE subscribers ADD COLUMN confirmations_day TEXT;
ALTER TABLE subscribers ADD COLUMN confirmations_sent INTEGER NOT NULL DEFAULT 0;
-- The inbox an address reaches: the address without its "+tag", so the throttle counts
-- reader+1@, reader+2@ … as the one inbox they all land in.
ALTER TABLE subscribers ADD COLUMN mailbox TEXT;
UPDATE subscribers SET mailbox = CASE WHEN instr(email, '+') > 0 AND instr(email, '+') < instr(email, '@')
  THEN substr(email, 1, instr(email, '+') - 1) || substr(email, instr(email, '@')) ELSE email END;
CREATE INDEX subscribers_by_mailbox ON subscribers (mailbox);

-- An erased address that had bounced or complained stays suppressed: only a keyed hash
-- (HMAC-SHA256 with a key derived from TOKEN_SECRET) is kept, nothing else, so the address
-- cannot be read back but a later subscribe request for it is recognised and mailed nothing.
CREATE TABLE suppressed_addresses (
  address_hash TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Export and erase find a subscriber's deliveries by subscriber alone; the primary key
-- starts with the edition, so without this each would read the whole ledger.
CREATE INDEX summary_deliveries_by_subscriber ON summary_deliveries (subscriber_id);
