// The SQL that stores and unpublishes digests, as plain statements (SQL and values), so the
// Worker binds them in one D1 batch and `npm run build` renders the very same statements
// into the seed file that `npm run dev` loads. Each statement after the upsert acts only
// on a row the upsert just changed (its `updated_at` is this call's), so repeating a call,
// or loading the seed again, changes nothing and writes no audit row.
import { createHash } from "node:crypto";
import * as z from "zod";
import { actorEntriesOf, listingOf } from "./listing";
import { Digest } from "./schema";

export type SqlValue = string | number | null;
export interface Statement {
  sql: string;
  params: SqlValue[];
}

/** `pending` is stored but private; `unpublished` was taken down (DELETE) and is private too. */
export const DigestStatus = z.enum(["published", "pending", "unpublished"]);
export type DigestStatus = z.infer<typeof DigestStatus>;
export const WritableStatus = DigestStatus.exclude(["unpublished"]);
export type WritableStatus = z.infer<typeof WritableStatus>;

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The text search looks through: the title, the article, the quotes, and who is named. */
function searchFields(digest: Digest) {
  const quotes = digest.positions.flatMap((p) => p.evidence.filter((e) => e.kind === "quote").map((e) => e.text));
  const actors = digest.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));
  return { title: digest.title, article: digest.article.text, quotes: quotes.join("\n"), actors: actors.join("\n") };
}

/** Where a changed row is: this slug, touched by this call. */
const CHANGED = "SELECT id FROM digests WHERE slug = ?1 AND updated_at = ?2";

/**
 * The subjects a changed digest names now, noted for SUBJECT_REFRESH (migrations/0013). Run
 * before its rows are replaced (what it named) and after (what it names), so a subject the
 * new version drops is recounted too.
 */
const noteSubjects = (slug: string, at: string): Statement => ({
  sql: `INSERT OR IGNORE INTO digest_subjects_dirty (kind, id)
        SELECT 'actor', actor FROM digest_actors WHERE digest_id IN (${CHANGED})
        UNION ALL SELECT 'topic', topic FROM digest_topics WHERE digest_id IN (${CHANGED})`,
  params: [slug, at],
});

/**
 * Brings digest_subjects (the indexes' table, migrations/0013) up to date for the noted
 * subjects: recount each (index seeks on its own rows), drop those no published digest names,
 * re-rank the kinds touched, forget the note. Nothing noted, nothing done. The same
 * statements as the migration's backfill.
 */
export const SUBJECT_REFRESH: Statement[] = [
  {
    sql: `INSERT INTO digest_subjects (kind, id, digests, actor_json, position)
          SELECT 'actor', x.id,
          (SELECT count(*) FROM digest_actors a JOIN digests d ON d.id = a.digest_id WHERE a.actor = x.id AND d.status = 'published'),
          (SELECT a.actor_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id
          WHERE a.actor = x.id AND d.status = 'published' ORDER BY d.added DESC, d.slug ASC LIMIT 1),
          0
          FROM digest_subjects_dirty x WHERE x.kind = 'actor'
          ON CONFLICT (kind, id) DO UPDATE SET digests = excluded.digests, actor_json = excluded.actor_json`,
    params: [],
  },
  {
    sql: `INSERT INTO digest_subjects (kind, id, digests, actor_json, position)
          SELECT 'topic', x.id,
          (SELECT count(*) FROM digest_topics t JOIN digests d ON d.id = t.digest_id WHERE t.topic = x.id AND d.status = 'published'),
          NULL, 0
          FROM digest_subjects_dirty x WHERE x.kind = 'topic'
          ON CONFLICT (kind, id) DO UPDATE SET digests = excluded.digests`,
    params: [],
  },
  {
    sql: "DELETE FROM digest_subjects WHERE digests = 0 AND (kind, id) IN (SELECT kind, id FROM digest_subjects_dirty)",
    params: [],
  },
  {
    sql: `UPDATE digest_subjects SET position = r.rank
          FROM (SELECT kind, id, row_number() OVER (PARTITION BY kind ORDER BY id) AS rank FROM digest_subjects
                WHERE kind IN (SELECT kind FROM digest_subjects_dirty)) AS r
          WHERE digest_subjects.kind = r.kind AND digest_subjects.id = r.id AND digest_subjects.position <> r.rank`,
    params: [],
  },
  { sql: "DELETE FROM digest_subjects_dirty", params: [] },
];

/**
 * Stores a digest (validated again here: nothing else reaches the table), replacing the
 * one of the same slug. `by` says who, for the audit table; `at` is an ISO instant.
 */
export function putStatements(
  input: Digest,
  status: WritableStatus,
  by: string,
  at: string,
): { statements: Statement[]; bodyHash: string } {
  const digest = Digest.parse(input);
  const body = JSON.stringify(digest);
  const bodyHash = sha256(body);
  const search = searchFields(digest);
  const actors = actorEntriesOf(digest).map((e) => ({ id: e.actor.id, actor: e.actor, position: e.position }));
  const statements: Statement[] = [
    {
      sql: `INSERT INTO digests (slug, status, added, summary, body, body_hash, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
            ON CONFLICT (slug) DO UPDATE SET status = excluded.status, added = excluded.added, summary = excluded.summary,
              body = excluded.body, body_hash = excluded.body_hash, revision = revision + 1, updated_at = excluded.updated_at
            WHERE digests.body_hash <> excluded.body_hash OR digests.status <> excluded.status`,
      params: [digest.slug, status, digest.added, JSON.stringify(listingOf(digest)), body, bodyHash, at],
    },
    noteSubjects(digest.slug, at),
    { sql: `DELETE FROM digest_actors WHERE digest_id IN (${CHANGED})`, params: [digest.slug, at] },
    {
      sql: `INSERT INTO digest_actors (actor, digest_id, actor_json, position_json)
            SELECT json_extract(j.value, '$.id'), d.id, json_extract(j.value, '$.actor'), json_extract(j.value, '$.position')
            FROM digests d, json_each(?3) j WHERE d.slug = ?1 AND d.updated_at = ?2`,
      params: [digest.slug, at, JSON.stringify(actors)],
    },
    { sql: `DELETE FROM digest_topics WHERE digest_id IN (${CHANGED})`, params: [digest.slug, at] },
    {
      sql: `INSERT INTO digest_topics (topic, digest_id)
            SELECT j.value, d.id FROM digests d, json_each(?3) j WHERE d.slug = ?1 AND d.updated_at = ?2`,
      params: [digest.slug, at, JSON.stringify(digest.topics.map((t) => t.id))],
    },
    noteSubjects(digest.slug, at),
    ...SUBJECT_REFRESH,
    { sql: `DELETE FROM digest_search WHERE rowid IN (${CHANGED})`, params: [digest.slug, at] },
    {
      sql: `INSERT INTO digest_search (rowid, title, article, quotes, actors)
            SELECT id, ?3, ?4, ?5, ?6 FROM digests WHERE slug = ?1 AND updated_at = ?2`,
      params: [digest.slug, at, search.title, search.article, search.quotes, search.actors],
    },
    {
      sql: `INSERT INTO digest_audit (slug, action, status, body_hash, actor, at)
            SELECT slug, CASE WHEN revision = 1 THEN 'create' ELSE 'replace' END, status, body_hash, ?3, ?2
            FROM digests WHERE slug = ?1 AND updated_at = ?2`,
      params: [digest.slug, at, by],
    },
  ];
  return { statements, bodyHash };
}

/** Takes a digest down from every public view; it stays listed for the admin. */
export function unpublishStatements(slug: string, by: string, at: string): Statement[] {
  return [
    {
      sql: `UPDATE digests SET status = 'unpublished', revision = revision + 1, updated_at = ?2
            WHERE slug = ?1 AND status <> 'unpublished'`,
      params: [slug, at],
    },
    {
      sql: `INSERT INTO digest_audit (slug, action, status, body_hash, actor, at)
            SELECT slug, 'unpublish', status, NULL, ?3, ?2 FROM digests WHERE slug = ?1 AND updated_at = ?2 AND status = 'unpublished'`,
      params: [slug, at, by],
    },
    // Its subjects lose a published digest: recount them.
    noteSubjects(slug, at),
    ...SUBJECT_REFRESH,
  ];
}

/** A statement as literal SQL, for a seed file run by `wrangler d1 execute --file`. */
export function inlineSql({ sql, params }: Statement): string {
  const literal = (v: SqlValue) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);
  return `${sql.replace(/\?(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]!))};`;
}
