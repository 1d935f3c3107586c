-- Summary editions: one per cadence and period (the daily edition of a day, the weekly
-- edition of an ISO week). The id is `${cadence}:${period}`, so creating an edition twice
-- is a no-op. The body is rendered once, when the edition is created, and kept here:
-- every send of the edition (on any isolate, after any deploy) uses the same bytes, and
-- only the per-subscriber links are filled in.
CREATE TABLE summary_editions (
  id TEXT PRIMARY KEY,
  cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
  period TEXT NOT NULL,          -- 2026-11-28 (daily) or 2026-W49 (weekly)
  covers_from TEXT NOT NULL,     -- first `added` date the edition holds (inclusive)
  covers_through TEXT NOT NULL,  -- last `added` date it holds (inclusive); the next edition starts after it
  digests TEXT NOT NULL,         -- JSON array of digest slugs, the lead story first
  subject TEXT NOT NULL,
  preheader TEXT NOT NULL,
  html TEXT NOT NULL,            -- the body with placeholders for the subscriber's links
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- Progress of the fan-out: subscribers with id <= enqueued_through have their sends queued.
  enqueued_through INTEGER NOT NULL DEFAULT 0,
  enqueue_finished_at TEXT,
  UNIQUE (cadence, period)
);
