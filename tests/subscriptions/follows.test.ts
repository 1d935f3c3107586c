// Following actors and topics by email: the subscribe API and form, FollowForm, the
// preferences page and PATCH, export and erase, and the privacy rules around them.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { manageLinks } from "../../src/subscriptions";
import { FollowForm } from "../../src/subscriptions/FollowForm";
import { confirmSubscription, findSubscriberByEmail, purgeExpiredPending, suppress, unsubscribe } from "../../src/subscriptions/store";
import { articleBody, asAdmin } from "../admin/helpers";
import { testEnv, worker } from "../worker";
import { followSnapshot, followsOf, freshEmail, linksOf, mailTo, ORIGIN, postForm, postJson } from "./helpers";

const subscribe = (body: unknown) => postJson("/api/subscriptions", body);

async function activeSubscriber(email: string, follows: { actors?: string[]; topics?: string[] } = {}) {
  expect((await subscribe({ email, cadence: "daily", ...follows })).status).toBe(202);
  const s = (await findSubscriberByEmail(env.DB, email))!;
  await confirmSubscription(env.DB, { id: s.id, generation: s.tokenGeneration, source: "test", now: new Date() });
  return s;
}

async function preferencesToken(email: string) {
  const s = (await findSubscriberByEmail(env.DB, email))!;
  const links = await manageLinks(testEnv, s, new Date());
  return { path: new URL(links.preferencesUrl).pathname, token: new URL(links.preferencesUrl).pathname.split("/").pop()! };
}

const patch = (token: string, body: unknown) =>
  worker.fetch(`${ORIGIN}/api/subscriptions/me`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** How many follows a subscriber id holds, read from the table (an erased id holds none). */
const followCount = async (id: number) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM subscriber_follows WHERE subscriber_id = ?1").bind(id).first<{ n: number }>())!.n;

describe("POST /api/subscriptions with follows", () => {
  it("stores valid follows with the pending subscription", async () => {
    const email = freshEmail("follow-api");
    const res = await subscribe({ email, cadence: "daily", actors: ["vladimir-putin", "vladimir-putin"], topics: ["diplomacy"] });
    expect(res.status).toBe(202);
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin", "topic:diplomacy"]);
  });

  it("refuses unknown ids with a 400 that names each, and stores nothing", async () => {
    const before = await followSnapshot();
    const email = freshEmail("follow-unknown");
    const res = await subscribe({ email, cadence: "daily", actors: ["vladimir-putin", "no-such-actor"], topics: ["no-such-topic"] });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("unknown_follows");
    expect(error.message).toContain("no-such-actor");
    expect(error.message).toContain("no-such-topic");
    expect(error.message).not.toContain("vladimir-putin");
    expect(await followSnapshot()).toBe(before);
  });

  it("knows an actor only from a published digest: one in a pending digest is unknown until it is published", async () => {
    // The bridge fixture (Jane Roe, Sam Poe) is in no digest of this file's database yet.
    expect((await asAdmin("PUT", "/api/admin/digests/bridge-pending", articleBody({ status: "pending" }))).status).toBe(201);
    const res = await subscribe({ email: freshEmail("follow-pending"), cadence: "daily", actors: ["jane-roe"] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("jane-roe");
    // Negative control: published, the same request is accepted.
    expect((await asAdmin("PUT", "/api/admin/digests/bridge-pending", articleBody({ status: "published" }))).status).toBe(200);
    expect((await subscribe({ email: freshEmail("follow-published"), cadence: "daily", actors: ["jane-roe"] })).status).toBe(202);
  });

  it("refuses more than 50 ids in all before looking them up, and not 50 (negative control)", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `someone-${i}`);
    const over = await subscribe({ email: freshEmail("follow-51"), cadence: "daily", actors: ids(30), topics: ids(21) });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe("too_many_follows");
    // 50 passes the limit and fails only because these ids are unknown.
    const fifty = await subscribe({ email: freshEmail("follow-50"), cadence: "daily", actors: ids(30), topics: ids(20) });
    expect(fifty.status).toBe(400);
    expect(((await fifty.json()) as { error: { code: string } }).error.code).toBe("unknown_follows");
  });

  it("refuses malformed lists with a 400", async () => {
    for (const body of [{ actors: "vladimir-putin" }, { actors: ["Vladimir Putin"] }, { topics: [1] }]) {
      const res = await subscribe({ email: freshEmail("follow-bad"), cadence: "daily", ...body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_follows");
    }
  });

  it("answers identically in every state, and never changes a confirmed subscriber's follows", async () => {
    const active = freshEmail("follow-active");
    await activeSubscriber(active, { topics: ["economy"] });
    const left = freshEmail("follow-left");
    const leftS = await activeSubscriber(left, { topics: ["economy"] });
    await unsubscribe(env.DB, { id: leftS.id, via: "test", now: new Date() });
    const suppressed = freshEmail("follow-suppressed");
    await activeSubscriber(suppressed, { topics: ["economy"] });
    await suppress(env.DB, { email: suppressed, reason: "bounce", now: new Date() });
    const pending = freshEmail("follow-pending");
    expect((await subscribe({ email: pending, cadence: "daily", topics: ["economy"] })).status).toBe(202);
    const states = { new: freshEmail("follow-new"), pending, active, unsubscribed: left, suppressed };

    const answers = await Promise.all(
      Object.values(states).map(async (email) => {
        const res = await subscribe({ email, cadence: "daily", actors: ["vladimir-putin"] });
        return { status: res.status, headers: [...res.headers].filter(([n]) => n !== "date"), body: await res.text() };
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // A stranger's request reaches only what nobody has confirmed yet.
    expect(await followsOf(active)).toEqual(["topic:economy"]);
    expect(await followsOf(suppressed)).toEqual(["topic:economy"]);
    // Negative control: the request did store follows where it may (new, pending, returning).
    expect(await followsOf(states.new)).toEqual(["actor:vladimir-putin"]);
    expect(await followsOf(pending)).toEqual(["actor:vladimir-putin"]);
    expect(await followsOf(left)).toEqual(["actor:vladimir-putin"]);
  });
});

describe("FollowForm and the HTML subscribe route", () => {
  /** The fields FollowForm renders, as a browser would post them. */
  function fieldsOf(html: string, email: string) {
    const fields: Record<string, string> = {};
    for (const m of html.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]+)"/.exec(m[1]!)?.[1];
      if (name) fields[name] = /value="([^"]*)"/.exec(m[1]!)?.[1] ?? "";
    }
    return { ...fields, email, cadence: "daily" };
  }

  it("renders a 'Follow … by email' form with no script that posts to the subscribe route", async () => {
    const html = (await FollowForm({ kind: "actor", id: "vladimir-putin", label: "Vladimir Putin" }).toString()) as string;
    expect(html).toContain("Follow Vladimir Putin by email");
    expect(html).toContain('action="/subscriptions"');
    expect(html).toContain('name="follow" value="actor:vladimir-putin"');
    expect(html).not.toContain("<script");
  });

  it("subscribes with the follow, shows it on the confirm page, and confirms it", async () => {
    const email = freshEmail("follow-form");
    const html = (await FollowForm({ kind: "actor", id: "vladimir-putin", label: "Vladimir Putin" }).toString()) as string;
    const res = await postForm("/subscriptions", fieldsOf(html, email));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Check your inbox");
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin"]);
    const [mail] = await mailTo(email);
    const confirm = await worker.fetch(`${ORIGIN}${linksOf(mail!).confirm}`);
    expect(await confirm.text()).toContain("only when it holds Vladimir Putin");
    expect((await findSubscriberByEmail(env.DB, email))!.subscribedFrom).toBe("/actors/vladimir-putin");
  });

  it("refuses an unknown or malformed follow with the form again, storing nothing", async () => {
    for (const follow of ["actor:no-such-actor", "person:vladimir-putin"]) {
      const before = await followSnapshot();
      const res = await postForm("/subscriptions", { email: freshEmail("follow-form-bad"), cadence: "daily", follow, website: "" });
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain(follow.startsWith("actor:") ? "no-such-actor" : "follow must be actor");
      expect(page).toContain(`name="follow" value="${follow}"`);
      expect(await followSnapshot()).toBe(before);
    }
  });
});

describe("the preferences page and PATCH /api/subscriptions/me", () => {
  it("shows follows as checked boxes; unchecking removes them; a follow link offers an unchecked one", async () => {
    const email = freshEmail("prefs-follows");
    await activeSubscriber(email, { actors: ["vladimir-putin"], topics: ["diplomacy"] });
    const { path } = await preferencesToken(email);
    const page = await (await worker.fetch(`${ORIGIN}${path}?follow=topic:economy`)).text();
    expect(page).toMatch(/<input type="checkbox" name="follow:actor:vladimir-putin" checked=""\s*\/?>/);
    expect(page).toMatch(/<input type="checkbox" name="follow:topic:diplomacy" checked=""\s*\/?>/);
    expect(page).toMatch(/<input type="checkbox" name="follow:topic:economy"\s*\/?>/);
    expect(page).toContain("The economy");

    // Keep Putin, drop diplomacy, add the offered topic.
    const saved = await postForm(path, { action: "follows", "follow:actor:vladimir-putin": "on", "follow:topic:economy": "on" });
    expect(saved.status).toBe(200);
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin", "topic:economy"]);
    // Uncheck everything: follows nothing, so every digest.
    expect((await postForm(path, { action: "follows" })).status).toBe(200);
    expect(await followsOf(email)).toEqual([]);
  });

  it("refuses a forged unknown checkbox and changes nothing", async () => {
    const email = freshEmail("prefs-forged");
    await activeSubscriber(email, { actors: ["vladimir-putin"] });
    const { path } = await preferencesToken(email);
    const before = await followSnapshot();
    const res = await postForm(path, { action: "follows", "follow:actor:no-such-actor": "on" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("no-such-actor");
    expect(await followSnapshot()).toBe(before);
  });

  it("PATCH replaces the follows of the kinds it names, refuses unknown ids, and keeps the other kind", async () => {
    const email = freshEmail("patch-follows");
    await activeSubscriber(email, { actors: ["vladimir-putin"], topics: ["diplomacy"] });
    const { token } = await preferencesToken(email);

    const ok = await patch(token, { actors: ["volodymyr-zelensky"] });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { subscription: { follows: { kind: string; id: string; label: string }[] } };
    expect(body.subscription.follows).toEqual([
      { kind: "actor", id: "volodymyr-zelensky", label: expect.stringContaining("Zelensky") },
      { kind: "topic", id: "diplomacy", label: "Diplomacy and peace talks" },
    ]);

    const before = await followSnapshot();
    const bad = await patch(token, { cadence: "weekly", topics: ["no-such-topic"] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("no-such-topic");
    expect((await patch(token, {})).status).toBe(400);
    expect((await patch(token, { actors: Array.from({ length: 51 }, (_, i) => `a-${i}`) })).status).toBe(400);
    // Neither the cadence nor the follows changed: the bad request was checked whole first.
    expect(await followSnapshot()).toBe(before);

    expect((await patch(token, { actors: [], topics: [] })).status).toBe(200);
    expect(await followsOf(email)).toEqual([]);
  });

  it("PATCH refuses to change an unsubscribed subscription's follows (409)", async () => {
    const email = freshEmail("patch-left");
    const s = await activeSubscriber(email, { actors: ["vladimir-putin"] });
    const { token } = await preferencesToken(email);
    await unsubscribe(env.DB, { id: s.id, via: "test", now: new Date() });
    expect((await patch(token, { topics: ["diplomacy"] })).status).toBe(409);
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin"]);
  });
});

describe("export, erase and the limit in the database", () => {
  it("exports follows with their labels and erases them with the subscriber", async () => {
    const email = freshEmail("erase-follows");
    const s = await activeSubscriber(email, { actors: ["vladimir-putin"], topics: ["diplomacy"] });
    const { token } = await preferencesToken(email);
    const auth = { Authorization: `Bearer ${token}` };
    const exported = (await (await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { headers: auth })).json()) as { follows: unknown };
    expect(exported.follows).toEqual([
      { kind: "actor", id: "vladimir-putin", label: "Vladimir Putin" },
      { kind: "topic", id: "diplomacy", label: "Diplomacy and peace talks" },
    ]);
    const erased = await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { method: "DELETE", headers: auth });
    expect(erased.status).toBe(200);
    expect(await followCount(s.id)).toBe(0);
  });

  it("drops the follows of unconfirmed subscriptions when they expire (the trigger)", async () => {
    const email = freshEmail("expire-follows");
    expect((await subscribe({ email, cadence: "daily", actors: ["vladimir-putin"] })).status).toBe(202);
    const s = (await findSubscriberByEmail(env.DB, email))!;
    await purgeExpiredPending(env.DB, new Date(Date.now() + 8 * 86_400_000));
    expect(await followCount(s.id)).toBe(0);
  });

  it("holds a subscriber to 50 follows whatever writes them", async () => {
    const email = freshEmail("cap-follows");
    const s = await activeSubscriber(email);
    const insert = (n: number) =>
      env.DB.prepare(
        `INSERT INTO subscriber_follows (subscriber_id, kind, follow_id)
         SELECT ?1, 'actor', 'cap-' || value FROM json_each(?2)`,
      )
        .bind(s.id, JSON.stringify(Array.from({ length: n }, (_, i) => i)))
        .run();
    await insert(50); // negative control: 50 is allowed
    await expect(
      env.DB.prepare("INSERT INTO subscriber_follows (subscriber_id, kind, follow_id) VALUES (?1, 'topic', 'economy')").bind(s.id).run(),
    ).rejects.toThrow(/at most 50/);
  });
});
