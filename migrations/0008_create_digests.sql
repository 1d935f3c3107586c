-- Published digests live here, not in the Worker's bundle, so publishing is an API call and
-- the bundle does not grow with the archive. `body` is the compiled Digest as JSON (validated
-- by the zod model on the way in and out); `summary` is the little a list, a feed or the
-- index needs, so a list page never reads whole articles.
CREATE TABLE digests (
  id INTEGER PRIMARY KEY,          -- the rowid; digest_search rows share it
  slug TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'unpublished')),
  added TEXT NOT NULL,             -- ISO date; lists are newest first
  summary TEXT NOT NULL,           -- JSON: title, review, dates, outlet, central question, sides sentence
  body TEXT NOT NULL,              -- JSON: the whole Digest
  body_hash TEXT NOT NULL,         -- sha-256 of body; an unchanged PUT changes nothing
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Lists, feeds, the sitemap and editions: published digests by date.
CREATE INDEX digests_by_status_added ON digests (status, added DESC, slug);

-- Who appears in which digest, with how that digest names them and their position in it:
-- the actor filter reads one index range instead of every digest.
CREATE TABLE digest_actors (
  actor TEXT NOT NULL,
  digest_id INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
  actor_json TEXT NOT NULL,        -- the Actor as this digest names them
  position_json TEXT,              -- the actor's position with question and side labels, or NULL
  PRIMARY KEY (actor, digest_id)
) WITHOUT ROWID;
CREATE INDEX digest_actors_by_digest ON digest_actors (digest_id);

-- Full-text search over title, article text, quotes and actor names; rowid = digests.id.
CREATE VIRTUAL TABLE digest_search USING fts5 (
  title, article, quotes, actors,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Every change the admin API made, append-only: who, what, when.
CREATE TABLE digest_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  slug TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'replace', 'unpublish')),
  status TEXT NOT NULL,            -- the digest's status after the change
  body_hash TEXT,                  -- what was stored (NULL for an unpublish)
  actor TEXT NOT NULL,             -- who: a fingerprint of the token, and the client address
  at TEXT NOT NULL
);
CREATE INDEX digest_audit_by_slug ON digest_audit (slug, id);
CREATE TRIGGER digest_audit_no_update BEFORE UPDATE ON digest_audit
BEGIN SELECT RAISE(ABORT, 'digest_audit is append-only'); END;
CREATE TRIGGER digest_audit_no_delete BEFORE DELETE ON digest_audit
BEGIN SELECT RAISE(ABORT, 'digest_audit is append-only'); END;
