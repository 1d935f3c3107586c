-- What a delivery's copy holds, frozen at its first claim (issue 12). A follower's copy is cut
-- to the digests their follows match; a send whose answer was lost is retried under the same
-- Idempotency-Key, so the retry must carry the same bytes even if the follower changed their
-- follows in between (the provider answers another body under that key with a 409, or sends it).
-- `follows` is the JSON array of the follows the edition matched (`kind:id`, '[]' for the whole
-- edition), written by the first claim and never changed after (src/schedule/ledger.ts).
-- NULL: never claimed yet.
ALTER TABLE summary_deliveries ADD COLUMN follows TEXT;
