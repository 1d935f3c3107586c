// Digests in D1 (migrations/0008): small typed functions that take the binding, validate
// what comes out with the zod model, and answer in one statement (or one batch) each.
import * as z from "zod";
import { ActorPosition, ActorQuote, DigestListing } from "./listing";
import { Actor, Digest } from "./schema";
import { ftsQuery } from "./search-query";
import { DigestStatus, putStatements, type Statement, unpublishStatements, type WritableStatus } from "./store-writes";

export { DigestStatus, type Statement, WritableStatus } from "./store-writes";

/** A JSON text column, parsed and validated with the model. */
export const json = <S extends z.ZodType>(schema: S) => z.string().transform((s) => schema.parse(JSON.parse(s)) as z.output<S>);

const bind = (db: D1Database, s: Statement) => db.prepare(s.sql).bind(...s.params);

export type PutOutcome = "created" | "replaced" | "unchanged";

/** Stores a digest under its slug, in one transaction; says whether it was new. */
export async function putDigest(db: D1Database, digest: Digest, status: WritableStatus, by: string, at = new Date()): Promise<PutOutcome> {
  const { statements, bodyHash } = putStatements(digest, status, by, at.toISOString());
  const [before] = await db.batch<{ status: string; body_hash: string }>([
    db.prepare("SELECT status, body_hash FROM digests WHERE slug = ?1").bind(digest.slug),
    ...statements.map((s) => bind(db, s)),
  ]);
  const old = before!.results[0];
  if (!old) return "created";
  return old.status === status && old.body_hash === bodyHash ? "unchanged" : "replaced";
}

/** Unpublishes a digest; null when no digest has the slug, false when it was already down. */
export async function unpublishDigest(db: D1Database, slug: string, by: string, at = new Date()): Promise<boolean | null> {
  const [before] = await db.batch<{ status: string }>([
    db.prepare("SELECT status FROM digests WHERE slug = ?1").bind(slug),
    ...unpublishStatements(slug, by, at.toISOString()).map((s) => bind(db, s)),
  ]);
  const old = before!.results[0];
  return old ? old.status !== "unpublished" : null;
}

const StoredDigest = z.object({ status: DigestStatus, body: json(Digest), revision: z.number() });
export type StoredDigest = z.infer<typeof StoredDigest>;

/** A published digest, or null; pending and unpublished ones only with `anyStatus` (the admin's preview). */
export async function findDigest(db: D1Database, slug: string, anyStatus = false): Promise<StoredDigest | null> {
  const row = await db
    .prepare(`SELECT status, body, revision FROM digests WHERE slug = ?1${anyStatus ? "" : " AND status = 'published'"}`)
    .bind(slug)
    .first();
  return row ? StoredDigest.parse(row) : null;
}

export interface ListedPage {
  items: (DigestListing & { position?: ActorPosition | null; quotes?: ActorQuote[] })[];
  total: number;
  /** Only when listing by actor: how the newest digest that names them describes them. */
  actor?: Actor | null;
}

const ListRow = z.object({
  total: z.number(),
  summary: json(DigestListing).nullable(),
  position_json: z.string().nullable().optional(),
  latest_actor: json(Actor).nullable().optional(),
  quotes: json(z.array(ActorQuote)).nullable().optional(),
});

export const ORDER = "d.added DESC, d.slug ASC";

/**
 * Which digests a list holds: all, those naming an actor, or those about a topic. Each filter
 * reads one range of its index table's primary key (migrations/0008, 0009), never every digest.
 */
export type DigestFilter =
  | { actor: string; quotes?: boolean; topic?: undefined }
  | { topic: string; actor?: undefined }
  | { actor?: undefined; topic?: undefined };

/** The published digests a filter keeps, as SQL over `d` (digests), with ?3 the actor or topic id. */
function filteredDigests(filter: DigestFilter, columns: string): string {
  if (filter.actor !== undefined)
    return `SELECT ${columns}, a.position_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id
            WHERE a.actor = ?3 AND d.status = 'published'`;
  if (filter.topic !== undefined)
    return `SELECT ${columns} FROM digest_topics t JOIN digests d ON d.id = t.digest_id WHERE t.topic = ?3 AND d.status = 'published'`;
  return `SELECT ${columns} FROM digests d WHERE d.status = 'published'`;
}

const filterParams = (filter: DigestFilter) => [filter.actor ?? filter.topic].filter((id) => id !== undefined);

// An actor's quotations, read from the body of each digest on the page only (SQLite's JSON
// functions), so the Worker neither receives nor parses whole articles for a list.
const ACTOR_QUOTES = `(SELECT json_group_array(json_object('id', json_extract(e.value, '$.id'), 'text', json_extract(e.value, '$.text'),
    'speaker', json_extract(e.value, '$.speaker'), 'paragraph', json_extract(e.value, '$.paragraph'),
    'saidTo', json_extract(e.value, '$.saidTo'), 'saidIn', json_extract(e.value, '$.saidIn')))
  FROM digests b, json_each(b.body, '$.positions') ps, json_each(ps.value, '$.evidence') e
  WHERE b.id = p.id AND json_extract(ps.value, '$.actor') = ?3 AND json_extract(e.value, '$.kind') = 'quote') AS quotes`;

/**
 * One page of the published digests, newest first, optionally only those naming an actor (with
 * their position, and their quotations when asked) or about a topic, with the total: one
 * statement (the page joins a count, so a page past the end still learns how many there are).
 */
export async function listDigests(db: D1Database, page: { limit: number; offset: number } & DigestFilter): Promise<ListedPage> {
  const byActor = page.actor !== undefined;
  const withQuotes = page.actor !== undefined && page.quotes === true;
  const latestActor = byActor
    ? `, (SELECT a.actor_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id
          WHERE a.actor = ?3 AND d.status = 'published' ORDER BY ${ORDER} LIMIT 1) AS latest_actor`
    : "";
  const { results } = await db
    .prepare(
      `WITH f AS (${filteredDigests(page, "d.id, d.summary, d.added, d.slug")})
       SELECT (SELECT count(*) FROM f) AS total, p.*${latestActor}${withQuotes ? `, ${ACTOR_QUOTES}` : ""}
       FROM (SELECT 1) LEFT JOIN (SELECT * FROM f d ORDER BY ${ORDER} LIMIT ?1 OFFSET ?2) p ON 1`,
    )
    .bind(page.limit, page.offset, ...filterParams(page))
    .all();
  const rows = results.map((r) => ListRow.parse(r));
  const items = rows
    .filter((r) => r.summary !== null)
    .map((r) =>
      byActor
        ? {
            ...r.summary!,
            position: r.position_json ? ActorPosition.parse(JSON.parse(r.position_json)) : null,
            ...(withQuotes && { quotes: r.quotes ?? [] }),
          }
        : r.summary!,
    );
  return { items, total: rows[0]?.total ?? 0, ...(byActor && { actor: rows[0]?.latest_actor ?? null }) };
}

// Title hits count most, then actor names, quotes, and the article's text.
const RANK = "bm25(digest_search, 10.0, 1.0, 3.0, 5.0)";

/** Published digests matching a query, best first; the query is words, never FTS syntax. */
export async function searchDigests(db: D1Database, q: string, page: { limit: number; offset: number }): Promise<ListedPage> {
  const match = ftsQuery(q);
  if (!match) return { items: [], total: 0 };
  const { results } = await db
    .prepare(
      `WITH f AS (SELECT d.summary, ${RANK} AS rank, d.slug FROM digest_search s JOIN digests d ON d.id = s.rowid
                  WHERE digest_search MATCH ?3 AND d.status = 'published')
       SELECT (SELECT count(*) FROM f) AS total, p.summary
       FROM (SELECT 1) LEFT JOIN (SELECT * FROM f ORDER BY rank, slug LIMIT ?1 OFFSET ?2) p ON 1`,
    )
    .bind(page.limit, page.offset, match)
    .all();
  const rows = results.map((r) => ListRow.parse(r));
  return { items: rows.flatMap((r) => (r.summary ? [r.summary] : [])), total: rows[0]?.total ?? 0 };
}

/** Every published digest's slug and day, newest first, for the sitemap (a sitemap holds at most 50,000 URLs). */
export async function publishedSlugs(db: D1Database, limit = 49_000): Promise<{ slug: string; added: string }[]> {
  const { results } = await db
    .prepare(`SELECT slug, added FROM digests d WHERE status = 'published' ORDER BY ${ORDER} LIMIT ?1`)
    .bind(limit)
    .all();
  return results.map((r) => z.object({ slug: z.string(), added: z.string() }).parse(r));
}

/** The newest published digests, whole (feed items carry their sides and quotes); all, or an actor's or a topic's. */
export async function newestDigests(db: D1Database, limit: number, filter: DigestFilter = {}): Promise<Digest[]> {
  const { results } = await db
    .prepare(`SELECT body FROM (${filteredDigests(filter, "d.body, d.added, d.slug")}) d ORDER BY ${ORDER} LIMIT ?1`)
    // ?2 is the list's offset elsewhere; a feed has none, but its slot still takes a value before ?3.
    .bind(limit, ...(filterParams(filter).length ? [null, ...filterParams(filter)] : []))
    .all();
  return results.map((r) => z.object({ body: json(Digest) }).parse(r).body);
}

/** The published digests added in [from, through] (ISO days), newest first; editions read these. */
export async function digestsAddedBetween(db: D1Database, from: string, through: string, limit = 500): Promise<Digest[]> {
  const { results } = await db
    .prepare(`SELECT body FROM digests d WHERE status = 'published' AND added BETWEEN ?1 AND ?2 ORDER BY ${ORDER} LIMIT ?3`)
    .bind(from, through, limit)
    .all();
  return results.map((r) => z.object({ body: json(Digest) }).parse(r).body);
}

export const AdminEntry = z.object({
  slug: z.string(),
  status: DigestStatus,
  title: z.string(),
  added: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
});
export type AdminEntry = z.infer<typeof AdminEntry>;

/** Every digest whatever its status, newest first, for the admin. */
export async function listAllDigests(
  db: D1Database,
  page: { limit: number; offset: number },
): Promise<{ items: AdminEntry[]; total: number }> {
  const { results } = await db
    .prepare(
      `SELECT (SELECT count(*) FROM digests) AS total, p.* FROM (SELECT 1) LEFT JOIN
         (SELECT slug, status, json_extract(summary, '$.title') AS title, added, revision, updated_at AS updatedAt
          FROM digests d ORDER BY ${ORDER} LIMIT ?1 OFFSET ?2) p ON 1`,
    )
    .bind(page.limit, page.offset)
    .all<Record<string, unknown>>();
  const items = results.filter((r) => r.slug !== null).map((r) => AdminEntry.parse(r));
  return { items, total: Number(results[0]?.total ?? 0) };
}
