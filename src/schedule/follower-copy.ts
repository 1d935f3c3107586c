// A follower's copy of an edition: only the digests that involve what they follow, and a
// line that says why. Subscribers who follow nothing get the edition's stored body, as before.
// The edition's digests are read from D1 once per isolate (one statement, counted by the
// consumer), and each distinct copy is rendered once per isolate: followers of the same
// actors share it, so a copy costs about what the stored body costs however long the list.
import { Digest } from "../digest/schema";
import { digestsFor } from "../subscriptions";
import type { Edition } from "./edition-store";
import { type EditionBody, renderEditionBody } from "./email/render";
import { type ScheduleEnv, summaryConfig } from "./env";

const digestsOf = new Map<string, Promise<Digest[]>>();
const copies = new Map<string, EditionBody>();
/** Enough for a busy week's combinations; the oldest goes first. */
const MAX_COPIES = 512;

/** The edition's digests, in the edition's order; true when this call read D1 (for the invocation's count). */
export async function loadEditionDigests(db: D1Database, edition: Edition): Promise<boolean> {
  if (digestsOf.has(edition.id)) return false;
  if (digestsOf.size >= 8) digestsOf.delete(digestsOf.keys().next().value!);
  const read = db
    .prepare("SELECT slug, body FROM digests WHERE slug IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(edition.digests))
    .all<{ slug: string; body: string }>()
    .then(({ results }) => {
      const bySlug = new Map(results.map((r) => [r.slug, r.body]));
      // A digest unpublished since the edition was made is left out of follower copies too.
      return edition.digests.flatMap((slug) => (bySlug.has(slug) ? [Digest.parse(JSON.parse(bySlug.get(slug)!))] : []));
    });
  digestsOf.set(edition.id, read);
  read.catch(() => digestsOf.delete(edition.id));
  await read;
  return true;
}

/**
 * The body a subscriber's copy uses: the edition's own when `follows` (their matched
 * follows, see matchedFollows) is empty, else the cut one. Null when none of the edition's
 * digests involves them any more (the claim already skips such a subscriber).
 */
export async function copyFor(env: ScheduleEnv, edition: Edition, follows: readonly string[]): Promise<EditionBody | null> {
  if (!follows.length) return edition;
  await loadEditionDigests(env.DB, edition);
  const selection = digestsFor(await digestsOf.get(edition.id)!, follows);
  if (!selection?.digests.length) return null;
  const key = `${edition.id}|${selection.digests.map((d) => d.slug).join(",")}|${selection.because.join(",")}`;
  let body = copies.get(key);
  if (!body) {
    const plan = {
      id: edition.id,
      cadence: edition.cadence,
      period: edition.period,
      coversFrom: edition.covers_from,
      coversThrough: edition.covers_through,
      digests: selection.digests,
      because: selection.because,
    };
    body = renderEditionBody(plan, summaryConfig(env));
    if (copies.size >= MAX_COPIES) copies.delete(copies.keys().next().value!);
    copies.set(key, body);
  }
  return body;
}
