// The follow link an "already subscribed" mail offers (links.ts): GET shows what it adds and
// changes nothing; POST adds exactly the signed set, checked like any change of follows.
import type { Checked } from "../http/body";
import { checkFollows } from "./follow-input";
import { asFollows, changeFollows, followedList, labelFollows, listFollows } from "./follows";
import { crossOriginRefusal, readForm } from "./http";
import { followScope } from "./links";
import { DonePage, FollowLinkPage } from "./pages";
import { type C, NOT_SUBSCRIBED, page, preferencesPage, refused, resolve, TOKEN_PROBLEMS } from "./route-kit";
import { type Follows, followFieldSchema, MAX_FOLLOWS, type Subscriber } from "./schema";

/** A follow link's `?follows=` (links.ts): the set it adds, at most MAX_FOLLOWS, or the "damaged link" refusal. */
function followLinkScope(c: C): Checked<Follows> {
  const items = (c.req.query("follows") ?? "").split(",");
  const follows: Follows = { actors: [], topics: [] };
  if (items.length > MAX_FOLLOWS) return { ok: false, ...TOKEN_PROBLEMS.malformed! };
  for (const item of items) {
    const parsed = followFieldSchema.safeParse(item);
    if (!parsed.success) return { ok: false, ...TOKEN_PROBLEMS.malformed! };
    (parsed.data.kind === "actor" ? follows.actors : follows.topics).push(parsed.data.id);
  }
  return { ok: true, value: follows };
}

/** The active subscriber a follow link was made for, and what it adds; the scope must be the one signed. */
async function followLinkTarget(c: C, now: Date): Promise<Checked<{ subscriber: Subscriber; follows: Follows }>> {
  const scope = followLinkScope(c);
  if (!scope.ok) return scope;
  const found = await resolve(c, c.req.param("token")!, "follow", now, followScope(scope.value));
  if (!found.ok) return found;
  if (found.value.status !== "active") return { ok: false, ...NOT_SUBSCRIBED };
  return { ok: true, value: { subscriber: found.value, follows: scope.value } };
}

export async function followLinkPage(c: C) {
  const target = await followLinkTarget(c, new Date());
  if (!target.ok) return refused(c, target);
  const { subscriber, follows } = target.value;
  const current = await listFollows(c.env.DB, subscriber.id);
  const adding = (await labelFollows(c.env.DB, follows)).filter((f) => !current.some((g) => g.kind === f.kind && g.id === f.id));
  if (!adding.length) {
    return page(c, DonePage({ title: "Nothing to add", children: <p>{subscriber.email} already follows all of this.</p> }));
  }
  return page(c, FollowLinkPage({ email: subscriber.email, adding }));
}

/** Adds exactly the link's follows to the current ones, checked like any change (limit, known ids); a refusal changes nothing. */
export async function followLinkPost(c: C) {
  const cross = crossOriginRefusal(c);
  if (cross) return refused(c, cross);
  const form = await readForm(c);
  if (!form.ok) return refused(c, form);
  const now = new Date();
  const target = await followLinkTarget(c, now);
  if (!target.ok) return refused(c, target);
  const { subscriber, follows } = target.value;
  const current = asFollows(await listFollows(c.env.DB, subscriber.id));
  const wanted = await checkFollows(c.env.DB, {
    ok: true,
    value: { actors: [...current.actors, ...follows.actors], topics: [...current.topics, ...follows.topics] },
  });
  if (!wanted.ok) return refused(c, wanted);
  if (!(await changeFollows(c.env.DB, { id: subscriber.id, follows: wanted.value, source: "follow link", now }))) {
    return refused(c, NOT_SUBSCRIBED);
  }
  return preferencesPage(c, subscriber, `Saved: you follow ${followedList(await labelFollows(c.env.DB, follows))}.`);
}
