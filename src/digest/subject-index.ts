// The indexes of actors and topics: who (what) the published digests name, with how many
// digests each appears in. One statement a page, over digest_subjects (migrations/0013),
// which the writes of store-writes.ts keep up to date: no request groups the archive.
import * as z from "zod";
import type { SubjectKind } from "./paths";
import { Actor } from "./schema";
import { json } from "./store";

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

/**
 * The one statement a page costs: a range of digest_subjects' (kind, position) index, and the
 * total as the kind's largest position (ranks have no gaps; migrations/0013), so it reads at
 * most one page of rows however large the archive grows. The LEFT JOIN keeps the total when
 * the page is past the end.
 */
export const SUBJECT_PAGE_SQL = `SELECT coalesce((SELECT max(position) FROM digest_subjects WHERE kind = ?1), 0) AS total,
    p.id, p.digests, p.actor_json AS actor
  FROM (SELECT 1) LEFT JOIN (SELECT id, digests, actor_json, position FROM digest_subjects
    WHERE kind = ?1 AND position > ?2 AND position <= ?3 ORDER BY position) p ON 1`;

/** One page of the actors (or topics) of the published digests, by id, with the total. */
export async function listSubjects(
  db: D1Database,
  kind: SubjectKind,
  page: { limit: number; offset: number },
): Promise<{ items: SubjectEntry[]; total: number }> {
  const { results } = await db
    .prepare(SUBJECT_PAGE_SQL)
    .bind(kind, page.offset, page.offset + page.limit)
    .all();
  const rows = results.map((r) => Row.parse(r));
  const items = rows.flatMap((r) =>
    r.id === null || r.digests === null ? [] : [{ id: r.id, digests: r.digests, ...(r.actor && { actor: r.actor }) }],
  );
  return { items, total: rows[0]?.total ?? 0 };
}
