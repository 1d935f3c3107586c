-- The actor and topic indexes (/actors, /topics, /api/actors, /api/topics) read one page of
-- this table instead of grouping digest_actors / digest_topics on every request, so a
-- request's cost no longer grows with the archive. One row per actor or topic that at least
-- one published digest names, with how many do and (actors) how the newest of them describes
-- them; `position` is the row's 1-based rank by id within its kind, so page p of n rows is
-- the range (p-1)n < position <= pn of one index and the total is max(position).
-- src/digest/store-writes.ts keeps it true in the batch that stores or unpublishes a digest:
-- it notes the subjects the digest names before and after in digest_subjects_dirty, recounts
-- only those, drops the ones no published digest names any more, re-ranks, and empties the
-- note. Re-ranking reads the kind's rows once per write (writes are rare; reads are not).
CREATE TABLE digest_subjects (
  kind TEXT NOT NULL CHECK (kind IN ('actor', 'topic')),
  id TEXT NOT NULL,
  digests INTEGER NOT NULL,   -- published digests naming it; a row with none is deleted
  actor_json TEXT,            -- actors: the Actor as the newest published digest naming them has it
  position INTEGER NOT NULL,  -- rank by id within the kind, 1..n with no gaps
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX digest_subjects_by_position ON digest_subjects (kind, position);

-- Empty between batches: the subjects one write touched, to recount.
CREATE TABLE digest_subjects_dirty (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- Backfill: every subject of a stored digest is noted, then recounted and ranked by the very
-- statements the writes run (kept identical to SUBJECT_REFRESH in src/digest/store-writes.ts;
-- a test compares them). One CASE ... END at most a statement: the statement splitter of the
-- wrangler that @cloudflare/vitest-pool-workers bundles (4.124) merges the rest of a file into
-- a statement that has two.
INSERT OR IGNORE INTO digest_subjects_dirty (kind, id)
  SELECT 'actor', actor FROM digest_actors UNION ALL SELECT 'topic', topic FROM digest_topics;

INSERT INTO digest_subjects (kind, id, digests, actor_json, position)
  SELECT 'actor', x.id,
    (SELECT count(*) FROM digest_actors a JOIN digests d ON d.id = a.digest_id WHERE a.actor = x.id AND d.status = 'published'),
    (SELECT a.actor_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id
      WHERE a.actor = x.id AND d.status = 'published' ORDER BY d.added DESC, d.slug ASC LIMIT 1),
    0
  FROM digest_subjects_dirty x WHERE x.kind = 'actor'
  ON CONFLICT (kind, id) DO UPDATE SET digests = excluded.digests, actor_json = excluded.actor_json;

INSERT INTO digest_subjects (kind, id, digests, actor_json, position)
  SELECT 'topic', x.id,
    (SELECT count(*) FROM digest_topics t JOIN digests d ON d.id = t.digest_id WHERE t.topic = x.id AND d.status = 'published'),
    NULL, 0
  FROM digest_subjects_dirty x WHERE x.kind = 'topic'
  ON CONFLICT (kind, id) DO UPDATE SET digests = excluded.digests;

DELETE FROM digest_subjects WHERE digests = 0 AND (kind, id) IN (SELECT kind, id FROM digest_subjects_dirty);

UPDATE digest_subjects SET position = r.rank
  FROM (SELECT kind, id, row_number() OVER (PARTITION BY kind ORDER BY id) AS rank FROM digest_subjects
        WHERE kind IN (SELECT kind FROM digest_subjects_dirty)) AS r
  WHERE digest_subjects.kind = r.kind AND digest_subjects.id = r.id AND digest_subjects.position <> r.rank;

DELETE FROM digest_subjects_dirty;
