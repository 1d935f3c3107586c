// An address that is already subscribed and asks to follow something gets an "already
// subscribed" mail that offers a follow link (issue 12): GET shows what it adds, only the
// POST adds it, exactly those follows, within the limit and only known ids.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { StoredMail } from "../../src/mail";
import { followLink } from "../../src/subscriptions/links";
import { confirmSubscription, findSubscriberByEmail, unsubscribe } from "../../src/subscriptions/store";
import { testEnv, worker } from "../worker";
import { followSnapshot, followsOf, freshEmail, linksOf, mailTo, ORIGIN, postForm, postJson } from "./helpers";

async function active(email: string, follows: { actors?: string[]; topics?: string[] } = {}) {
  expect((await postJson("/api/subscriptions", { email, cadence: "daily", ...follows })).status).toBe(202);
  await mailTo(email); // the confirmation
  const s = (await findSubscriberByEmail(env.DB, email))!;
  await confirmSubscription(env.DB, { id: s.id, generation: s.tokenGeneration, source: "test", now: new Date() });
  return s.id;
}

/** The refusal's code, asked for as JSON (the same route answers a browser with a page). */
const postForCode = async (path: string) => {
  const res = await postForm(path, {}, { Accept: "application/json" });
  return { status: res.status, error: ((await res.json()) as { error: { code: string; message: string } }).error };
};

/** The follow link of a message, as a path with its query. */
const followPathOf = (mail: StoredMail) => {
  const url = /https?:\/\/\S*\/subscriptions\/follow\/\S+/.exec(mail.text)?.[0];
  return url ? new URL(url).pathname + new URL(url).search : undefined;
};

describe("the already-subscribed mail offers the requested follows", () => {
  it("from the actor page's form: the mail names the actor; GET changes nothing; POST adds exactly it", async () => {
    const email = freshEmail("link-form");
    await active(email, { topics: ["diplomacy"] });
    const res = await postForm("/subscriptions", {
      email,
      cadence: "daily",
      follow: "actor:vladimir-putin",
      source: "/actors/vladimir-putin",
      website: "",
    });
    expect(res.status).toBe(200);
    const [mail] = await mailTo(email, 2);
    expect(mail!.subject).toBe("You are already subscribed to Standpoint");
    expect(mail!.text).toContain("follow Vladimir Putin");
    const path = followPathOf(mail!)!;
    expect(path).toMatch(/^\/subscriptions\/follow\/follow\.\d+\.0\.\d+\.[\w-]{43}\?follows=actor:vladimir-putin$/);
    // The request itself changed nothing a stranger could: the follows are as before.
    expect(await followsOf(email)).toEqual(["topic:diplomacy"]);

    const before = await followSnapshot();
    const shown = await worker.fetch(`${ORIGIN}${path}`);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain("Follow Vladimir Putin");
    expect(html).toContain('<form method="post"');
    expect(await followSnapshot()).toBe(before);

    const added = await postForm(path, {});
    expect(added.status).toBe(200);
    expect(await added.text()).toContain("Saved: you follow Vladimir Putin.");
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin", "topic:diplomacy"]);
    const last = await env.DB.prepare(
      "SELECT e.event, e.source FROM subscriber_events e JOIN subscribers s ON s.id = e.subscriber_id WHERE s.email = ?1 ORDER BY e.id DESC",
    )
      .bind(email)
      .first();
    expect(last).toEqual({ event: "follows_changed", source: "follow link" });
    // Opening it again offers nothing more.
    expect(await (await worker.fetch(`${ORIGIN}${path}`)).text()).toContain("already follows all of this");
  });

  it("offers no follow link when the request asked to follow nothing (negative control)", async () => {
    const email = freshEmail("link-none");
    await active(email);
    expect((await postJson("/api/subscriptions", { email, cadence: "daily" })).status).toBe(202);
    const [mail] = await mailTo(email, 2);
    expect(mail!.subject).toBe("You are already subscribed to Standpoint");
    expect(followPathOf(mail!)).toBeUndefined();
    expect(linksOf(mail!).preferences).toBeDefined();
  });

  it("refuses an altered scope, another link's token, and an unsubscribed address, changing nothing", async () => {
    const email = freshEmail("link-tamper");
    const id = await active(email);
    expect((await postJson("/api/subscriptions", { email, cadence: "daily", actors: ["vladimir-putin"] })).status).toBe(202);
    const [mail] = await mailTo(email, 2);
    const path = followPathOf(mail!)!;
    const before = await followSnapshot();

    const widened = path.replace("follows=actor:vladimir-putin", "follows=actor:vladimir-putin,topic:economy");
    for (const bad of [widened, path.replace("follows=actor:vladimir-putin", "follows=topic:economy"), path.split("?")[0]!]) {
      expect(await postForCode(bad)).toMatchObject({ status: 400, error: { code: "invalid_token" } });
    }
    const prefs = linksOf(mail!).preferences!.split("/").pop()!;
    expect((await postForm(`/subscriptions/follow/${prefs}?follows=actor:vladimir-putin`, {})).status).toBe(400);
    expect(await followSnapshot()).toBe(before);

    await unsubscribe(env.DB, { id, via: "test", now: new Date() });
    const afterLeaving = await followSnapshot();
    expect((await postForm(path, {})).status).toBe(409);
    expect(await followSnapshot()).toBe(afterLeaving);
  });

  it("holds to the 50-follow limit and to known ids: a refusal names why and changes nothing", async () => {
    const email = freshEmail("link-limit");
    const id = await active(email);
    // 50 follows already (written directly: the limit is what is tested, not the ids).
    await env.DB.prepare(
      "INSERT INTO subscriber_follows (subscriber_id, kind, follow_id) SELECT ?1, 'topic', 'cap-' || value FROM json_each(?2)",
    )
      .bind(id, JSON.stringify(Array.from({ length: 50 }, (_, i) => i)))
      .run();
    const full = new URL(await followLink(testEnv, { id }, { actors: ["vladimir-putin"], topics: [] }, new Date()));
    let before = await followSnapshot();
    expect(await postForCode(full.pathname + full.search)).toMatchObject({ status: 400, error: { code: "too_many_follows" } });
    expect(await followSnapshot()).toBe(before);

    await env.DB.prepare("DELETE FROM subscriber_follows WHERE subscriber_id = ?1").bind(id).run();
    const unknown = new URL(await followLink(testEnv, { id }, { actors: ["no-such-actor"], topics: [] }, new Date()));
    before = await followSnapshot();
    const refused = await postForCode(unknown.pathname + unknown.search);
    expect(refused).toMatchObject({ status: 400, error: { code: "unknown_follows" } });
    expect(refused.error.message).toContain("no-such-actor");
    expect(await followSnapshot()).toBe(before);

    // Negative control: with room, the same kind of link adds its follow.
    expect((await postForm(full.pathname + full.search, {})).status).toBe(200);
    expect(await followsOf(email)).toEqual(["actor:vladimir-putin"]);
  });
});
