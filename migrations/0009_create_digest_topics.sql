-- Which digests are about which topic (meta.json's `topics`), so a topic page, its feed and a
-- follower's summary read one index range instead of every digest. Labels live in the digest
-- body (and content/topics.json), not here.
CREATE TABLE digest_topics (
  topic TEXT NOT NULL,
  digest_id INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
  PRIMARY KEY (topic, digest_id)
) WITHOUT ROWID;
CREATE INDEX digest_topics_by_digest ON digest_topics (digest_id);
