// The indexes of actors and topics: who (what) the published digests name, with how many
// digests each appears in. One statement a page: the grouping reads the index table
// (digest_actors, digest_topics) in its primary key's order, so the page's ids come out
// sorted, and only the page's actors look up how their newest digest names them.
import * as z from "zod";
import type { SubjectKind } from "./paths";
import { Actor } from "./schema";
import { json, ORDER } from "./store";

const Row = z.object({
  total: z.number(),
  id: z.string().nullable(),
  digests: z.number().nullable(),
  actor: json(Actor).nullable().optional(),
});

export interface SubjectEntry {
  id: string;
  /** How many published digests name this actor, or are about this topic. */
  digests: number;
  /** Actors only: as the newest published digest naming them describes them. */
  actor?: Actor;
}

// Table and column names are constants, never input.
const TABLES: Record<SubjectKind, { table: string; column: string }> = {
  actor: { table: "digest_actors", column: "actor" },
  topic: { table: "digest_topics", column: "topic" },
};

const NEWEST_NAMING = `(SELECT a.actor_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id
    WHERE a.actor = p.id AND d.status = 'published' ORDER BY ${ORDER} LIMIT 1) AS actor`;

/** One page of the actors (or topics) of the published digests, by id, with the total. */
export async function listSubjects(
  db: D1Database,
  kind: SubjectKind,
  page: { limit: number; offset: number },
): Promise<{ items: SubjectEntry[]; total: number }> {
  const { table, column } = TABLES[kind];
  const { results } = await db
    .prepare(
      `WITH s AS (SELECT x.${column} AS id, count(*) AS digests FROM ${table} x JOIN digests d ON d.id = x.digest_id
                  WHERE d.status = 'published' GROUP BY x.${column})
       SELECT (SELECT count(*) FROM s) AS total, p.id, p.digests${kind === "actor" ? `, ${NEWEST_NAMING}` : ""}
       FROM (SELECT 1) LEFT JOIN (SELECT * FROM s ORDER BY id LIMIT ?1 OFFSET ?2) p ON 1`,
    )
    .bind(page.limit, page.offset)
    .all();
  const rows = results.map((r) => Row.parse(r));
  const items = rows.flatMap((r) =>
    r.id === null || r.digests === null ? [] : [{ id: r.id, digests: r.digests, ...(r.actor && { actor: r.actor }) }],
  );
  return { items, total: rows[0]?.total ?? 0 };
}
