// A follower's copy of an edition: only the digests that involve what they follow, and a
// line that says why. Subscribers who follow nothing get the edition's stored body, as before.
// The consumer reads the edition and its digests' bodies in one statement (the read it made
// before), so a send job still costs the same D1 statements; bodies are parsed only when a
// follower needs them, and each distinct copy is rendered once per isolate, so a copy costs
// about what the stored body costs however long the list.
import * as z from "zod";
import { Digest } from "../digest/schema";
import { digestsFor } from "../subscriptions";
import { type Edition, editionRow, summaryPlanOf } from "./edition-store";
import { type EditionBody, renderEditionBody } from "./email/render";
import { type ScheduleEnv, summaryConfig } from "./env";

/** An edition as the consumer holds it: with its published digests' bodies, parsed on first use. */
export type SendableEdition = Edition & { digestsOf: () => Digest[] };

const bodies = z.string().transform((s) => z.array(z.object({ slug: z.string(), body: z.string() })).parse(JSON.parse(s)));

/** The edition and its digests (published ones: one unpublished since is left out of follower copies) in one statement. */
export async function findSendableEdition(db: D1Database, id: string): Promise<SendableEdition | null> {
  const row = await db
    .prepare(
      `SELECT e.*, (SELECT json_group_array(json_object('slug', d.slug, 'body', d.body)) FROM digests d
         WHERE d.slug IN (SELECT value FROM json_each(e.digests)) AND d.status = 'published') AS digest_bodies
       FROM summary_editions e WHERE e.id = ?1`,
    )
    .bind(id)
    .first<Record<string, unknown>>();
  if (!row) return null;
  const { digest_bodies, ...rest } = row;
  const edition = editionRow.parse(rest);
  const raw = bodies.parse(digest_bodies);
  let parsed: Digest[] | undefined;
  const digestsOf = () => {
    if (!parsed) {
      const bySlug = new Map(raw.map((r) => [r.slug, r.body]));
      parsed = edition.digests.flatMap((slug) => (bySlug.has(slug) ? [Digest.parse(JSON.parse(bySlug.get(slug)!))] : []));
    }
    return parsed;
  };
  return { ...edition, digestsOf };
}

const copies = new Map<string, EditionBody>();
/** Enough for a busy week's combinations; the oldest goes first. */
const MAX_COPIES = 512;

/**
 * The body a subscriber's copy uses: the edition's own when `follows` (their matched
 * follows, see matchedFollows) is empty, else the cut one. Null when none of the edition's
 * digests involves them any more (the claim already skips such a subscriber).
 */
export function copyFor(env: ScheduleEnv, edition: SendableEdition, follows: readonly string[]): EditionBody | null {
  if (!follows.length) return edition;
  const selection = digestsFor(edition.digestsOf(), follows);
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
