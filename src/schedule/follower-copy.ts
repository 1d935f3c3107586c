// A follower's copy of an edition: only the digests that involve what they follow, and a
// line that says why. Subscribers who follow nothing get the edition's stored body, as before.
// The consumer reads the edition with its digests' entries (what the summary renders of each,
// written with the edition: migrations/0011) in one statement, so a send job still costs the
// same D1 statements, reads a kilobyte or two per digest instead of whole articles, and builds
// a follower's copy from the same frozen data on every attempt. Each distinct copy is rendered
// once per isolate, so a copy costs about what the stored body costs however long the list.
import * as z from "zod";
import { digestsFor } from "../subscriptions";
import { type Edition, editionRow, summaryPlanOf } from "./edition-store";
import { DigestEntry } from "./email/entry";
import { type EditionBody, renderEditionBody } from "./email/render";
import { log, type ScheduleEnv, summaryConfig } from "./env";

/** An edition as the consumer holds it: with its digests' entries, parsed on first use. */
export type SendableEdition = Edition & { entriesOf: () => DigestEntry[] };

const EDITION_COLUMNS = Object.keys(editionRow.shape);
const entryRow = z.object({ entry: z.string().nullable() });

/**
 * The edition and its entries in one statement: one row per entry, in the edition's order,
 * the edition's own columns on the first row only (its body is up to 100 KB; repeated on
 * each of 200 rows it would be 20 MB). No row is larger than its entry or the edition, so
 * no number of digests can reach D1's 2 MB limit on one value, as gathering them into one did.
 */
export async function findSendableEdition(db: D1Database, id: string): Promise<SendableEdition | null> {
  const first = "x.position IS NULL OR x.position = 0";
  const { results } = await db
    .prepare(
      `SELECT ${EDITION_COLUMNS.map((c) => `CASE WHEN ${first} THEN e.${c} END AS ${c}`).join(", ")}, x.entry
       FROM summary_editions e LEFT JOIN summary_edition_digests x ON x.edition_id = e.id
       WHERE e.id = ?1 ORDER BY x.position`,
    )
    .bind(id)
    .all<Record<string, unknown>>();
  if (!results.length) return null;
  const edition = editionRow.parse(results[0]);
  const raw = results.flatMap((r) => entryRow.parse(r).entry ?? []);
  let parsed: DigestEntry[] | undefined;
  const entriesOf = () => (parsed ??= raw.map((e) => DigestEntry.parse(JSON.parse(e))));
  return { ...edition, entriesOf };
}

const copies = new Map<string, EditionBody>();
const noEntries = new Set<string>();
/** Enough for a busy week's combinations; the oldest goes first. */
const MAX_COPIES = 512;

/**
 * The body a subscriber's copy uses: the edition's own when `follows` (their matched
 * follows, frozen at the first claim, see ./ledger.ts) is empty, else the cut one. Null when
 * none of the edition's digests involves them.
 */
export function copyFor(env: ScheduleEnv, edition: SendableEdition, follows: readonly string[]): EditionBody | null {
  if (!follows.length) return edition;
  const entries = edition.entriesOf();
  if (!entries.length) {
    // An edition created before its entries were kept (migrations/0011): the whole edition.
    if (!noEntries.has(edition.id)) {
      log("summary.copy.no-entries", { edition: edition.id });
      noEntries.add(edition.id);
    }
    return edition;
  }
  const selection = digestsFor(entries, follows);
  if (!selection?.digests.length) return null;
  const key = `${edition.id}|${selection.digests.map((d) => d.slug).join(",")}|${selection.because.join(",")}`;
  let body = copies.get(key);
  if (!body) {
    const plan = { ...summaryPlanOf(edition, selection.digests), because: selection.because };
    body = renderEditionBody(plan, summaryConfig(env));
    if (copies.size >= MAX_COPIES) copies.delete(copies.keys().next().value!);
    copies.set(key, body);
  }
  return body;
}
