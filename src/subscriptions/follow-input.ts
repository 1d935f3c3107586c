// Follows as requests carry them (the API's `actors`/`topics` lists, FollowForm's hidden
// `follow` field, the preferences page's checkboxes), turned into one Follows value and
// checked the same way: at most MAX_FOLLOWS in all, and every id known, else a 400 naming them.
import type { Checked } from "../http/body";
import { followCount, unknownFollows, unknownMessage } from "./follows";
import { type Follows, followFieldSchema, MAX_FOLLOWS, NO_FOLLOWS } from "./schema";

export const followsOfRequest = (v: { actors?: string[] | undefined; topics?: string[] | undefined }): Follows => ({
  actors: v.actors ?? [],
  topics: v.topics ?? [],
});

const badField = (message: string) => ({ ok: false as const, status: 400 as const, code: "invalid_follows", message });

/** FollowForm's hidden field: absent or empty is no follow. */
export function followFromField(value: string | undefined): Checked<Follows> {
  if (!value) return { ok: true, value: NO_FOLLOWS };
  const parsed = followFieldSchema.safeParse(value);
  if (!parsed.success) return badField(parsed.error.issues[0]!.message);
  const { kind, id } = parsed.data;
  return { ok: true, value: kind === "actor" ? { actors: [id], topics: [] } : { actors: [], topics: [id] } };
}

/** The preferences page's checkboxes: each checked one posts `follow:<kind>:<id>=on`; unchecked ones post nothing. */
export const CHECKBOX_PREFIX = "follow:";
export function followsOfCheckboxes(fields: Map<string, string>): Checked<Follows> {
  const follows: Follows = { actors: [], topics: [] };
  for (const name of fields.keys()) {
    if (!name.startsWith(CHECKBOX_PREFIX)) continue;
    const parsed = followFieldSchema.safeParse(name.slice(CHECKBOX_PREFIX.length));
    if (!parsed.success) return badField(parsed.error.issues[0]!.message);
    (parsed.data.kind === "actor" ? follows.actors : follows.topics).push(parsed.data.id);
  }
  return { ok: true, value: follows };
}

/** The limit, then the ids against what exists; one D1 statement when actors are named. */
export async function checkFollows(db: D1Database, input: Checked<Follows>): Promise<Checked<Follows>> {
  if (!input.ok) return input;
  const follows = { actors: [...new Set(input.value.actors)], topics: [...new Set(input.value.topics)] };
  if (followCount(follows) > MAX_FOLLOWS) {
    return { ok: false, status: 400, code: "too_many_follows", message: `Follow at most ${MAX_FOLLOWS} actors and topics in all.` };
  }
  const unknown = unknownMessage(await unknownFollows(db, follows));
  if (unknown) return { ok: false, status: 400, code: "unknown_follows", message: `Nothing to follow: ${unknown}` };
  return { ok: true, value: follows };
}
