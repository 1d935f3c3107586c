// Who gets mail: the one definition of a subscriber due a summary. Only `active`
// subscribers of the edition's cadence are enqueued, and only those still active when the
// send is claimed are sent to. A subscriber who follows nothing is due every edition; one
// who follows actors or topics (migrations/0010) only an edition with a digest that involves
// one of them, and then gets only those digests. The schedule composes these pieces into its
// own statements (the fan-out's page, the ledger's seed and claim), so the rule is written
// here once.
import type { Digest } from "../digest/schema";
import type { Cadence, FollowKind } from "./schema";

/** Positions of the parameters a caller binds for `dueSubscriberIds`, so it fits any statement. */
export interface DueParams {
  /** The edition's id (summary_editions.id): its digests decide who among followers is due. */
  edition: number;
  cadence: number;
  after: number;
  limit: number;
}

/**
 * SQL: the (kind, follow_id) pairs the edition's digests involve, its actors and its topics.
 * Not correlated, so SQLite computes it once per statement (an ephemeral index) and each
 * subscriber costs a probe per follow: the edition's keys × the follows primary key, never
 * a scan of the digests or of the list.
 */
const editionKeys = (edition: number) => {
  const ids = `SELECT d.id FROM digests d WHERE d.slug IN (SELECT value FROM json_each((SELECT e.digests FROM summary_editions e WHERE e.id = ?${edition})))`;
  return `SELECT 'actor', a.actor FROM digest_actors a WHERE a.digest_id IN (${ids})
          UNION SELECT 'topic', t.topic FROM digest_topics t WHERE t.digest_id IN (${ids})`;
};

/**
 * SQL condition: the subscriber in `idColumn` follows nothing, or something the edition involves.
 * `idColumn` must be qualified (`summary_deliveries.subscriber_id`, not `subscriber_id`): inside
 * these subqueries a bare name would resolve to subscriber_follows' own column and match everyone.
 */
export const followsMatch = (idColumn: string, edition: number) =>
  `(NOT EXISTS (SELECT 1 FROM subscriber_follows f WHERE f.subscriber_id = ${idColumn})
    OR EXISTS (SELECT 1 FROM subscriber_follows f WHERE f.subscriber_id = ${idColumn} AND (f.kind, f.follow_id) IN (${editionKeys(edition)})))`;

/**
 * SQL expression: the subscriber's follows the edition involves, as a JSON array of
 * `kind:id` ('[]' when they follow nothing, or nothing of it); `digestsFor` turns it into
 * the digests their copy holds.
 */
export const matchedFollows = (idColumn: string, edition: number) =>
  `(SELECT json_group_array(f.kind || ':' || f.follow_id) FROM subscriber_follows f
    WHERE f.subscriber_id = ${idColumn} AND (f.kind, f.follow_id) IN (${editionKeys(edition)}))`;

/**
 * SQL for the ids of subscribers due the edition of a cadence, after an id, in id order:
 * keyset pagination over the partial index subscribers_active_by_cadence, stable while
 * rows are added or leave mid-run.
 */
export const dueSubscriberIds = (p: DueParams) =>
  `SELECT id FROM subscribers WHERE status = 'active' AND cadence = ?${p.cadence} AND id > ?${p.after}
     AND ${followsMatch("subscribers.id", p.edition)} ORDER BY id LIMIT ?${p.limit}`;

/**
 * SQL condition: the subscriber whose id is in `idColumn` is still due the edition. Correlated,
 * so SQLite looks each one up by id: `IN (SELECT id … WHERE active)` would list every
 * active subscriber for every slice, making a send cost grow with the list.
 */
export const stillDue = (idColumn: string, edition: number) =>
  `(EXISTS (SELECT 1 FROM subscribers s WHERE s.id = ${idColumn} AND s.status = 'active') AND ${followsMatch(idColumn, edition)})`;

/** One page of due subscriber ids: one statement, for the caller's batch. */
export function dueSubscribersPage(db: D1Database, editionId: string, cadence: Cadence, after: number, limit: number): D1PreparedStatement {
  return db.prepare(dueSubscriberIds({ edition: 1, cadence: 2, after: 3, limit: 4 })).bind(editionId, cadence, after, limit);
}

/** What a follower's copy is cut by: the entry an edition keeps of a digest (its slug, actors and topics). */
export type Followable = Pick<Digest, "slug"> & { actors: readonly Pick<Digest["actors"][number], "id" | "name">[] } & {
  topics: readonly Pick<Digest["topics"][number], "id" | "label">[];
};

/** What one subscriber's copy holds, and why ("You follow Vladimir Putin"). */
export interface Selection<D extends Followable> {
  digests: D[];
  /** Labels of the followed actors and topics these digests involve, in the order met. */
  because: string[];
}

/**
 * The digests of an edition (in its order) a subscriber's copy holds, given `matchedFollows`:
 * null when they follow nothing (the whole edition); those involving a matched follow otherwise.
 */
export function digestsFor<D extends Followable>(digests: readonly D[], matched: readonly string[]): Selection<D> | null {
  if (!matched.length) return null;
  const wanted = new Set(matched);
  const because = new Map<string, string>();
  const held = digests.filter((d) => {
    const hits: { key: string; label: string }[] = [
      ...d.actors.map((a) => ({ key: key("actor", a.id), label: a.name })),
      ...d.topics.map((t) => ({ key: key("topic", t.id), label: t.label })),
    ].filter((h) => wanted.has(h.key));
    for (const h of hits) if (!because.has(h.key)) because.set(h.key, h.label);
    return hits.length > 0;
  });
  return { digests: held, because: [...because.values()] };
}

const key = (kind: FollowKind, id: string) => `${kind}:${id}`;
