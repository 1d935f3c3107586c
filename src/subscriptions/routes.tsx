// The subscription flows as HTML forms (/subscriptions/*) and a JSON API that mirrors
// them (/api/subscriptions*). Refusals share one shape: a page or `{ error }` JSON.
import { Hono } from "hono";
import { type Checked, type Refusal, refuse } from "../http/body";
import { transportFor } from "../mail";
import { bearerToken, crossOriginRefusal, rateLimitRefusal, readForm, readJson, validationRefusal } from "./http";
import { HONEYPOT_FIELD } from "./SubscribeForm";
import "./api-docs";
import type { AppEnv } from "../env";
import { addressHash } from "./address-hash";
import { checkFollows, followFromField, followsOfCheckboxes, followsOfRequest } from "./follow-input";
import { followLinkPage, followLinkPost } from "./follow-link";
import { asFollows, changeFollows, type Follow, followLabel, listFollows } from "./follows";
import { manageLinks } from "./links";
import { notifySubscribeOutcome } from "./notify";
import { CheckInboxPage, ConfirmPage, DonePage, EraseConfirmPage, SubscribePage, UnsubscribePage } from "./pages";
import { type C, NOT_SUBSCRIBED, page, preferencesPage, refused, resolve, TOKEN_PROBLEMS } from "./route-kit";
import {
  cadenceSchema,
  type Follows,
  type PreferencesPatch,
  preferencesPatchSchema,
  type SubscribeRequest,
  type Subscriber,
  sourceSchema,
  subscribeRequestSchema,
} from "./schema";
import { changeCadence, confirmSubscription, eraseSubscriber, exportSubscriber, requestSubscription, unsubscribe } from "./store";
import { type TokenPurpose, verifyToken } from "./tokens";

const ACCEPTED_MESSAGE =
  "If this address can subscribe, a confirmation email is on its way. Follow its link within 7 days to start receiving summaries.";

const publicView = (s: Subscriber) => ({ email: s.email, status: s.status, cadence: s.cadence });

/** The part of subscribing after validation, the same for the form and the API. */
async function subscribe(c: C, input: SubscribeRequest, follows: Follows, source: string): Promise<Refusal | undefined> {
  const limited = await rateLimitRefusal(c, input.email);
  if (limited) return limited;
  const now = new Date();
  // Hashed for every address, suppressed or not, so every state costs the same.
  const outcome = await requestSubscription(c.env.DB, {
    email: input.email,
    cadence: input.cadence,
    follows,
    source,
    now,
    addressHash: await addressHash(c.env, input.email),
    limits: { intervalMinutes: c.env.CONFIRMATION_INTERVAL_MINUTES, perDay: c.env.CONFIRMATIONS_PER_DAY },
  });
  // All mail work (signing, rendering, validating, sending) starts after the response is
  // out, so the answer takes the same time for every state (see notify.ts).
  c.executionCtx.waitUntil(notifySubscribeOutcome(c.env, transportFor(c.env), outcome, now));
}

const LINE_BREAK = /[\r\n]/;

async function subscribeForm(c: C) {
  const cross = crossOriginRefusal(c);
  if (cross) return refused(c, cross);
  const form = await readForm(c);
  if (!form.ok) return page(c, SubscribePage({ source: "/subscriptions", error: form.message }), form.status as 400);
  const fields = form.value;
  const again = (r: Refusal) =>
    page(
      c,
      SubscribePage({
        source: "/subscriptions",
        email: fields.get("email"),
        cadence: fields.get("cadence"),
        follow: fields.get("follow"),
        error: r.message,
      }),
      r.status as 400,
    );
  if ([...fields.values()].some((v) => LINE_BREAK.test(v))) {
    return again({ status: 400, code: "line_break", message: "Fields cannot contain line breaks." });
  }
  const parsed = subscribeRequestSchema.safeParse({ email: fields.get("email"), cadence: fields.get("cadence") });
  if (!parsed.success) return again(validationRefusal(parsed.error));
  const source = sourceSchema.safeParse(fields.get("source") ?? "/subscriptions");
  if (!source.success) return again({ status: 400, code: "invalid_source", message: "source must be a path on this site." });
  // FollowForm's one hidden follow (actor:<id> or topic:<id>), checked like the API's lists.
  const follows = await checkFollows(c.env.DB, followFromField(fields.get("follow")));
  if (!follows.ok) return again(follows);
  // Bots fill every field; they get the same answer as people and nothing happens.
  if (!fields.get(HONEYPOT_FIELD)) {
    const problem = await subscribe(c, parsed.data, follows.value, source.data);
    if (problem) return again(problem);
  }
  // Answered here rather than by a redirect, so the page can name the address without putting it in a URL.
  return page(c, CheckInboxPage({ email: parsed.data.email, cadence: parsed.data.cadence, sender: c.env.MAIL_FROM }));
}

async function subscribeApi(c: C) {
  const cross = crossOriginRefusal(c);
  if (cross) return refused(c, cross);
  const body = await readJson(c);
  if (!body.ok) return refused(c, body);
  const parsed = subscribeRequestSchema.safeParse(body.value);
  if (!parsed.success) return refused(c, validationRefusal(parsed.error));
  // Unknown ids are a 400 naming them, before anything is stored; whether they are known
  // does not depend on the address, so this reveals nothing about it.
  const follows = await checkFollows(c.env.DB, { ok: true, value: followsOfRequest(parsed.data) });
  if (!follows.ok) return refused(c, follows);
  const problem = await subscribe(c, parsed.data, follows.value, "/api/subscriptions");
  if (problem) return refused(c, problem);
  return c.json({ accepted: true, message: ACCEPTED_MESSAGE }, 202);
}

/** Confirms, or says why not; a repeat on an active subscription is a success. */
async function confirm(c: C, token: string, source: string): Promise<Checked<Subscriber>> {
  const now = new Date();
  const found = await resolve(c, token, "confirm", now);
  if (!found.ok) return found;
  if (found.value.status === "active") return found;
  const confirmed = await confirmSubscription(c.env.DB, { id: found.value.id, generation: found.value.tokenGeneration, source, now });
  return confirmed ? { ok: true, value: confirmed } : { ok: false, ...TOKEN_PROBLEMS.gone! };
}

async function confirmedPage(c: C, s: Subscriber) {
  const links = await manageLinks(c.env, s, new Date());
  return page(
    c,
    DonePage({
      title: "You are subscribed",
      children: (
        <p>
          {s.email} will receive Standpoint's {s.cadence} summary. Every email has a link to{" "}
          <a href={new URL(links.preferencesUrl).pathname}>your preferences</a> and to unsubscribe in one click.
        </p>
      ),
    }),
  );
}

const unsubscribedPage = (c: C) =>
  page(
    c,
    DonePage({
      title: "You are unsubscribed",
      children: (
        <p>No more Standpoint emails will be sent to this address. You can subscribe again at any time; we will ask you to confirm.</p>
      ),
    }),
  );

function exportDownload(c: C, data: unknown) {
  c.header("Content-Disposition", 'attachment; filename="standpoint-subscription.json"');
  c.header("Cache-Control", "no-store");
  return c.json(data);
}

const erase = async (c: C, s: Subscriber) => eraseSubscriber(c.env.DB, s.id, { addressHash: await addressHash(c.env, s.email) });

const erasedPage = (c: C) =>
  page(
    c,
    DonePage({
      title: "Your data is deleted",
      children: <p>We deleted this address and its history. Links in earlier emails no longer work.</p>,
    }),
  );

async function preferencesPost(c: C) {
  const cross = crossOriginRefusal(c);
  if (cross) return refused(c, cross);
  const form = await readForm(c);
  if (!form.ok) return refused(c, form);
  const now = new Date();
  const found = await resolve(c, c.req.param("token")!, "preferences", now);
  if (!found.ok) return refused(c, found);
  const s = found.value;
  const action = form.value.get("action");
  switch (action) {
    case "cadence": {
      const cadence = cadenceSchema.safeParse(form.value.get("cadence"));
      if (!cadence.success) return preferencesPage(c, s, "Choose daily or weekly.", 400);
      const changed = await changeCadence(c.env.DB, { id: s.id, cadence: cadence.data, source: "preferences page", now });
      if (!changed) return preferencesPage(c, s, "Subscribe again to choose how often.", 400);
      return preferencesPage(c, changed, `Saved: you will receive the ${changed.cadence} summary.`);
    }
    case "follows": {
      // The checked boxes are the whole new set: an unchecked box is a follow removed.
      const follows = await checkFollows(c.env.DB, followsOfCheckboxes(form.value));
      if (!follows.ok) return preferencesPage(c, s, follows.message, 400);
      if (!(await changeFollows(c.env.DB, { id: s.id, follows: follows.value, source: "preferences page", now }))) {
        return preferencesPage(c, s, "Subscribe again to choose what you follow.", 400);
      }
      const none = !follows.value.actors.length && !follows.value.topics.length;
      return preferencesPage(c, s, none ? "Saved: you follow nothing, so every summary holds every digest." : "Saved: what you follow.");
    }
    case "unsubscribe": {
      const after = await unsubscribe(c.env.DB, { id: s.id, via: "preferences page", now });
      return preferencesPage(c, after ?? s, "You are unsubscribed. No more emails will be sent.");
    }
    case "export":
      return exportDownload(c, await exportSubscriber(c.env.DB, s.id));
    case "erase":
      return page(c, EraseConfirmPage({ email: s.email, preferencesPath: new URL(c.req.url).pathname }));
    case "erase-confirmed":
      await erase(c, s);
      return erasedPage(c);
    default:
      return refused(c, { status: 400, code: "unknown_action", message: "Choose an action from the preferences page." });
  }
}

/**
 * PATCH /api/subscriptions/me: every field is checked before anything changes. A list
 * replaces the follows of its kind; the kind not sent keeps its follows.
 */
async function patchPreferences(c: C, s: Subscriber, patch: PreferencesPatch): Promise<Checked<Subscriber>> {
  let follows: Follows | undefined;
  if (patch.actors !== undefined || patch.topics !== undefined) {
    const current = asFollows(await listFollows(c.env.DB, s.id));
    const checked = await checkFollows(c.env.DB, {
      ok: true,
      value: { actors: patch.actors ?? current.actors, topics: patch.topics ?? current.topics },
    });
    if (!checked.ok) return checked;
    follows = checked.value;
  }
  if (s.status !== "pending" && s.status !== "active") return { ok: false, ...NOT_SUBSCRIBED };
  let after = s;
  if (patch.cadence) {
    const changed = await changeCadence(c.env.DB, { id: s.id, cadence: patch.cadence, source: "api", now: new Date() });
    if (!changed) return { ok: false, ...NOT_SUBSCRIBED };
    after = changed;
  }
  if (follows && !(await changeFollows(c.env.DB, { id: s.id, follows, source: "api", now: new Date() })))
    return { ok: false, ...NOT_SUBSCRIBED };
  return { ok: true, value: after };
}

/** `?follow=actor:<id>` on a preferences link: one known follow to offer as an unchecked box; anything else is ignored. */
async function offeredFollow(c: C): Promise<Follow | undefined> {
  const wanted = followFromField(c.req.query("follow"));
  if (!wanted.ok) return undefined;
  const known = await checkFollows(c.env.DB, wanted);
  if (!known.ok) return undefined;
  const [kind, id] = known.value.actors.length ? (["actor", known.value.actors[0]!] as const) : (["topic", known.value.topics[0]] as const);
  if (!id) return undefined;
  return { kind, id, label: (await followLabel(c.env.DB, kind, id)) ?? id };
}

/** RFC 8058: the POST itself unsubscribes; no cookie, no CSRF token, no Origin check. */
async function oneClickUnsubscribe(c: C) {
  const form = await readForm(c, { multipart: true });
  if (!form.ok) return refused(c, form);
  if (form.value.get("List-Unsubscribe") !== "One-Click") {
    return refused(c, { status: 400, code: "not_one_click", message: "The body must be List-Unsubscribe=One-Click (RFC 8058)." });
  }
  const now = new Date();
  const check = await verifyToken(c.env.TOKEN_SECRET, c.req.param("token")!, "unsubscribe", now);
  if (!check.ok) return refused(c, TOKEN_PROBLEMS[check.problem]!);
  // An erased subscriber is as unsubscribed as can be: answering the same keeps repeats safe.
  await unsubscribe(c.env.DB, { id: check.claims.subscriberId, via: "one-click", now });
  return unsubscribedPage(c);
}

/** The same token, from `Authorization: Bearer`, for the JSON mirror. */
async function apiSubscriber(c: C, purpose: TokenPurpose): Promise<Checked<Subscriber>> {
  const cross = crossOriginRefusal(c);
  if (cross) return { ok: false, ...cross };
  const token = bearerToken(c);
  if (!token) return refuse(401, "token_required", "Send the link's token as Authorization: Bearer <token>.");
  return resolve(c, token, purpose, new Date());
}

export const subscriptionRoutes = new Hono<{ Bindings: AppEnv }>()
  .get("/subscriptions", (c) => page(c, SubscribePage({ source: "/subscriptions", siteUrl: c.env.SITE_URL })))
  .post("/subscriptions", subscribeForm)
  .get("/subscriptions/confirm/:token", async (c) => {
    const found = await resolve(c, c.req.param("token"), "confirm", new Date());
    if (!found.ok) return refused(c, found);
    if (found.value.status === "active") return confirmedPage(c, found.value);
    // The button would only fail: say now what the POST would say.
    if (found.value.status !== "pending") return refused(c, TOKEN_PROBLEMS.gone!);
    // What is confirmed is what is stored now, follows included: the owner sees it before the button.
    return page(c, ConfirmPage({ ...found.value, follows: await listFollows(c.env.DB, found.value.id) }));
  })
  .post("/subscriptions/confirm/:token", async (c) => {
    const cross = crossOriginRefusal(c);
    if (cross) return refused(c, cross);
    const form = await readForm(c);
    if (!form.ok) return refused(c, form);
    const result = await confirm(c, c.req.param("token"), "confirmation link");
    return result.ok ? confirmedPage(c, result.value) : refused(c, result);
  })
  .get("/subscriptions/preferences/:token", async (c) => {
    const found = await resolve(c, c.req.param("token"), "preferences", new Date());
    if (!found.ok) return refused(c, found);
    return preferencesPage(c, found.value, undefined, 200, await offeredFollow(c));
  })
  .post("/subscriptions/preferences/:token", preferencesPost)
  .get("/subscriptions/follow/:token", followLinkPage)
  .post("/subscriptions/follow/:token", followLinkPost)
  .get("/subscriptions/unsubscribe/:token", async (c) => {
    const found = await resolve(c, c.req.param("token"), "unsubscribe", new Date());
    if (!found.ok) return refused(c, found);
    if (found.value.status === "unsubscribed" || found.value.status === "suppressed") return unsubscribedPage(c);
    return page(c, UnsubscribePage(found.value));
  })
  .post("/subscriptions/unsubscribe/:token", oneClickUnsubscribe)
  .post("/api/subscriptions", subscribeApi)
  .post("/api/subscriptions/confirm", async (c) => {
    const token = bearerToken(c);
    const cross = crossOriginRefusal(c);
    if (cross) return refused(c, cross);
    if (!token)
      return refused(c, { status: 401, code: "token_required", message: "Send the confirmation token as Authorization: Bearer <token>." });
    const result = await confirm(c, token, "api");
    return result.ok ? c.json({ subscription: publicView(result.value) }) : refused(c, result);
  })
  .get("/api/subscriptions/me", async (c) => {
    const found = await apiSubscriber(c, "preferences");
    return found.ok ? exportDownload(c, await exportSubscriber(c.env.DB, found.value.id)) : refused(c, found);
  })
  .patch("/api/subscriptions/me", async (c) => {
    const found = await apiSubscriber(c, "preferences");
    if (!found.ok) return refused(c, found);
    const body = await readJson(c);
    if (!body.ok) return refused(c, body);
    const parsed = preferencesPatchSchema.safeParse(body.value);
    if (!parsed.success) return refused(c, validationRefusal(parsed.error));
    const result = await patchPreferences(c, found.value, parsed.data);
    return result.ok
      ? c.json({ subscription: { ...publicView(result.value), follows: await listFollows(c.env.DB, found.value.id) } })
      : refused(c, result);
  })
  .post("/api/subscriptions/me/unsubscribe", async (c) => {
    const found = await apiSubscriber(c, "preferences");
    if (!found.ok) return refused(c, found);
    const after = await unsubscribe(c.env.DB, { id: found.value.id, via: "api", now: new Date() });
    return c.json({ subscription: publicView(after ?? found.value) });
  })
  .delete("/api/subscriptions/me", async (c) => {
    const found = await apiSubscriber(c, "preferences");
    if (!found.ok) return refused(c, found);
    await erase(c, found.value);
    return c.json({ erased: true });
  });
