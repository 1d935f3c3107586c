// Who gets mail: the one definition of a subscriber due a summary. Only `active`
// subscribers of the edition's cadence are enqueued, and only those still active when the
// send is claimed are sent to. The schedule composes these pieces into its own statements
// (the fan-out's page, the ledger's seed and claim), so the rule is written here once.
import type { Cadence } from "./schema";

/** Positions of the parameters a caller binds for `dueSubscriberIds`, so it fits any statement. */
export interface DueParams {
  cadence: number;
  after: number;
  limit: number;
}

/**
 * SQL for the ids of subscribers due a summary of a cadence, after an id, in id order:
 * keyset pagination over the partial index subscribers_active_by_cadence, stable while
 * rows are added or leave mid-run.
 */
export const dueSubscriberIds = (p: DueParams) =>
  `SELECT id FROM subscribers WHERE status = 'active' AND cadence = ?${p.cadence} AND id > ?${p.after} ORDER BY id LIMIT ?${p.limit}`;

/**
 * SQL condition: the subscriber whose id is in `idColumn` is still due mail. Correlated,
 * so SQLite looks each one up by id: `IN (SELECT id … WHERE active)` would list every
 * active subscriber for every slice, making a send cost grow with the list.
 */
export const stillDue = (idColumn: string) => `EXISTS (SELECT 1 FROM subscribers s WHERE s.id = ${idColumn} AND s.status = 'active')`;

/** One page of due subscriber ids: one statement, for the caller's batch. */
export function dueSubscribersPage(db: D1Database, cadence: Cadence, after: number, limit: number): D1PreparedStatement {
  return db.prepare(dueSubscriberIds({ cadence: 1, after: 2, limit: 3 })).bind(cadence, after, limit);
}
