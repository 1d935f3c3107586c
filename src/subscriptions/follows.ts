// Follows on D1 (migrations/0010): which actors and topics a subscriber follows. Ids are
// checked against what exists before anything is stored: an actor must appear in a published
// digest, a topic must be in content/topics.json. Who gets which digests because of them is
// decided in due.ts, nowhere else.
import { topicById } from "../digest/topics";
import type { FollowKind, Follows } from "./schema";

/** One follow as the preferences page, the export and the API show it. */
export interface Follow {
  kind: FollowKind;
  id: string;
  label: string;
}

/** Rows for json_each, in a stable order (so equal follows give equal statements). */
export const followRows = (f: Follows) =>
  JSON.stringify([
    ...[...f.actors].sort().map((id) => ({ kind: "actor", id })),
    ...[...f.topics].sort().map((id) => ({ kind: "topic", id })),
  ]);

/** "Vladimir Putin and The economy" */
export const followedList = (follows: readonly Pick<Follow, "label">[]) => {
  const labels = follows.map((f) => f.label);
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
};

export const followCount = (f: Follows) => f.actors.length + f.topics.length;

/**
 * The ids nobody could follow: actors in no published digest, topics not in
 * content/topics.json. One statement however many ids (at most 50).
 */
export async function unknownFollows(db: D1Database, f: Follows): Promise<Follows> {
  const topics = f.topics.filter((id) => !topicById(id));
  if (!f.actors.length) return { actors: [], topics };
  const { results } = await db
    .prepare(
      `SELECT value AS id FROM json_each(?1) WHERE NOT EXISTS (
         SELECT 1 FROM digest_actors a JOIN digests d ON d.id = a.digest_id WHERE a.actor = value AND d.status = 'published')`,
    )
    .bind(JSON.stringify(f.actors))
    .all<{ id: string }>();
  return { actors: results.map((r) => r.id), topics };
}

/** "unknown actor(s): a, b; unknown topic(s): c", or null when every id is known. */
export function unknownMessage(unknown: Follows): string | null {
  const parts = [
    unknown.actors.length ? `unknown actor(s): ${unknown.actors.join(", ")}` : "",
    unknown.topics.length ? `unknown topic(s): ${unknown.topics.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? `${parts.join("; ")}.` : null;
}

/** Who changed follows, when and through what: the consent history's `at` and `source`. */
export interface FollowAudit {
  now: Date;
  source: string;
}

/** The event's detail: how many actors and topics are followed afterwards, never which (migrations/0012). */
export const followsDetail = (f: Follows) => `actors: ${f.actors.length}, topics: ${f.topics.length}`;

/**
 * Replaces the follows of the subscribers `ids` selects (`SELECT id FROM subscribers WHERE …`,
 * binding ?1 and ?2 with `params`) with `follows` (bound as ?3), recording a `follows_changed`
 * event for each whose follows this changes. Three statements for the caller's batch; when
 * `ids` selects nobody (or nothing changes) they change nothing, at the same cost.
 */
export function replaceFollows(
  db: D1Database,
  ids: string,
  params: [unknown, unknown],
  follows: Follows,
  audit: FollowAudit,
): D1PreparedStatement[] {
  const rows = followRows(follows);
  // Run before the replacement, so it compares the stored set with the new one: a set
  // difference either way (at most 50 rows each), whatever order either is in.
  const stored = "SELECT kind, follow_id FROM subscriber_follows WHERE subscriber_id = who.id";
  const wanted = "SELECT json_extract(value, '$.kind'), json_extract(value, '$.id') FROM json_each(?3)";
  return [
    db
      .prepare(
        `INSERT INTO subscriber_events (subscriber_id, at, event, source, detail)
         SELECT who.id, ?4, 'follows_changed', ?5, ?6 FROM (${ids}) AS who
         WHERE EXISTS (${stored} EXCEPT ${wanted}) OR EXISTS (${wanted} EXCEPT ${stored})`,
      )
      .bind(...params, rows, audit.now.toISOString(), audit.source, followsDetail(follows)),
    db.prepare(`DELETE FROM subscriber_follows WHERE subscriber_id IN (${ids})`).bind(...params),
    db
      .prepare(
        `INSERT INTO subscriber_follows (subscriber_id, kind, follow_id)
         SELECT who.id, json_extract(f.value, '$.kind'), json_extract(f.value, '$.id') FROM (${ids}) AS who, json_each(?3) AS f
         WHERE true ON CONFLICT DO NOTHING`,
      )
      .bind(...params, rows),
  ];
}

/** The subscriber's follows with their labels: an actor as the newest digest names them, a topic as topics.json does. */
export async function listFollows(db: D1Database, subscriberId: number): Promise<Follow[]> {
  const { results } = await db
    .prepare(
      `SELECT f.kind, f.follow_id AS id,
         (SELECT json_extract(a.actor_json, '$.name') FROM digest_actors a WHERE a.actor = f.follow_id ORDER BY a.digest_id DESC LIMIT 1) AS name
       FROM subscriber_follows f WHERE f.subscriber_id = ?1 AND f.kind IN ('actor', 'topic') ORDER BY f.kind, f.follow_id`,
    )
    .bind(subscriberId)
    .all<{ kind: FollowKind; id: string; name: string | null }>();
  return results.map((r) => ({
    kind: r.kind,
    id: r.id,
    label: (r.kind === "actor" ? r.name : topicById(r.id)?.label) ?? r.id,
  }));
}

export const asFollows = (list: readonly Pick<Follow, "kind" | "id">[]): Follows => ({
  actors: list.filter((f) => f.kind === "actor").map((f) => f.id),
  topics: list.filter((f) => f.kind === "topic").map((f) => f.id),
});

/** Changes the follows of a pending or active subscription; false (and nothing changed) when it has left. */
export async function changeFollows(db: D1Database, input: { id: number; follows: Follows; source: string; now: Date }): Promise<boolean> {
  await db.batch(
    replaceFollows(
      db,
      "SELECT id FROM subscribers WHERE id = ?1 AND status IN (?2, 'active')",
      [input.id, "pending"],
      input.follows,
      input,
    ),
  );
  return !!(await db.prepare("SELECT 1 FROM subscribers WHERE id = ?1 AND status IN ('pending', 'active')").bind(input.id).first());
}

/** One actor's or topic's label (for a follow offered on the preferences page). */
export async function followLabel(db: D1Database, kind: FollowKind, id: string): Promise<string | undefined> {
  if (kind === "topic") return topicById(id)?.label;
  const row = await db
    .prepare("SELECT json_extract(actor_json, '$.name') AS name FROM digest_actors WHERE actor = ?1 ORDER BY digest_id DESC LIMIT 1")
    .bind(id)
    .first<{ name: string | null }>();
  return row?.name ?? undefined;
}

/** Labels for follows not (yet) stored, as listFollows gives them; one statement for the actors, none for topics. */
export async function labelFollows(db: D1Database, f: Follows): Promise<Follow[]> {
  const names = new Map<string, string | null>();
  if (f.actors.length) {
    const { results } = await db
      .prepare(
        `SELECT value AS id, (SELECT json_extract(a.actor_json, '$.name') FROM digest_actors a WHERE a.actor = value
           ORDER BY a.digest_id DESC LIMIT 1) AS name FROM json_each(?1)`,
      )
      .bind(JSON.stringify(f.actors))
      .all<{ id: string; name: string | null }>();
    for (const r of results) names.set(r.id, r.name);
  }
  return [
    ...[...f.actors].sort().map((id) => ({ kind: "actor" as const, id, label: names.get(id) ?? id })),
    ...[...f.topics].sort().map((id) => ({ kind: "topic" as const, id, label: topicById(id)?.label ?? id })),
  ];
}
