-- What a delivery's copy holds, frozen at its first claim (issue 12). A follower's copy is cut
-- to the digests their follows match; a send whose answer was lost is retried under the same
-- Idempotency-Key, so the retry must carry the same bytes even if the follower changed their
-- follows in between (the provider answers another body under that key with a 409, or sends it).
-- `follows` is the JSON array of the follows the edition matched (`kind:id`, '[]' for the whole
-- edition), written by the first claim and never changed after (src/schedule/ledger.ts).
-- NULL: never claimed yet.
ALTER TABLE summary_deliveries ADD COLUMN follows TEXT;

-- What an edition keeps of each digest it holds: what a summary renders of it and the actors
-- and topics a follower's copy is cut by (src/schedule/email/entry.ts), written with the edition
-- and never changed. A send reads these (a kilobyte or two each, one row per digest) instead of
-- the digests' bodies: on a day of 200 digests the bodies, gathered into one value, passed
-- D1's 2,000,000-byte limit on a string (SQLITE_TOOBIG) and every send job failed. Frozen, they
-- also make every attempt of a send build a follower's copy from the same data.
-- Editions created before this migration have no rows here: their followers get the whole edition.
CREATE TABLE summary_edition_digests (
  edition_id TEXT NOT NULL REFERENCES summary_editions (id),
  position INTEGER NOT NULL,   -- the edition's order; 0 is the lead story
  entry TEXT NOT NULL,         -- JSON: DigestEntry
  PRIMARY KEY (edition_id, position)
) WITHOUT ROWID;
