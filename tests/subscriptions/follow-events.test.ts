// Follow changes in the consent history (migrations/0012): every path that changes what a
// subscriber follows records a follows_changed event, export lists it, erase removes it, and
// a request that changes nothing records nothing.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { manageLinks } from "../../src/subscriptions";
import { confirmSubscription, findSubscriberByEmail } from "../../src/subscriptions/store";
import { testEnv, worker } from "../worker";
import { freshEmail, ORIGIN, postForm, postJson } from "./helpers";

type Event = { event: string; source: string; detail: string | null };

async function eventsOf(id: number): Promise<Event[]> {
  const { results } = await env.DB.prepare("SELECT event, source, detail FROM subscriber_events WHERE subscriber_id = ?1 ORDER BY id")
    .bind(id)
    .all<Event>();
  return results;
}

const followEvents = async (id: number) => (await eventsOf(id)).filter((e) => e.event === "follows_changed");

const subscribe = (body: unknown) => postJson("/api/subscriptions", body);

async function preferences(id: number) {
  const url = new URL((await manageLinks(testEnv, { id }, new Date())).preferencesUrl);
  return { path: url.pathname, token: url.pathname.split("/").pop()! };
}

const patch = (token: string, body: unknown) =>
  worker.fetch(`${ORIGIN}/api/subscriptions/me`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

async function active(email: string, follows: { actors?: string[]; topics?: string[] }) {
  expect((await subscribe({ email, cadence: "daily", ...follows })).status).toBe(202);
  const s = (await findSubscriberByEmail(env.DB, email))!;
  await confirmSubscription(env.DB, { id: s.id, generation: s.tokenGeneration, source: "test", now: new Date() });
  return s.id;
}

describe("follows_changed in the consent history", () => {
  it("is recorded when a pending subscription's follows change, and not when a request repeats them", async () => {
    const email = freshEmail("event-pending");
    expect((await subscribe({ email, cadence: "daily", actors: ["vladimir-putin"] })).status).toBe(202);
    const id = (await findSubscriberByEmail(env.DB, email))!.id;
    expect(await eventsOf(id)).toEqual([
      { event: "subscribed", source: "/api/subscriptions", detail: "daily" },
      { event: "follows_changed", source: "/api/subscriptions", detail: "actors: 1, topics: 0" },
    ]);
    // Negative control: the same follows again (in another order of kinds) change nothing, so no event.
    expect((await subscribe({ email, cadence: "daily", actors: ["vladimir-putin"] })).status).toBe(202);
    expect(await followEvents(id)).toHaveLength(1);
    // A different set is a change.
    expect((await subscribe({ email, cadence: "daily", actors: ["vladimir-putin"], topics: ["diplomacy"] })).status).toBe(202);
    expect(await followEvents(id)).toEqual([
      { event: "follows_changed", source: "/api/subscriptions", detail: "actors: 1, topics: 0" },
      { event: "follows_changed", source: "/api/subscriptions", detail: "actors: 1, topics: 1" },
    ]);
    // Subscribing while following nothing records no follow change (a new address with no follows).
    const plain = freshEmail("event-plain");
    expect((await subscribe({ email: plain, cadence: "daily" })).status).toBe(202);
    expect(await followEvents((await findSubscriberByEmail(env.DB, plain))!.id)).toEqual([]);
  });

  it("is recorded by PATCH /api/subscriptions/me and the preferences form, only when the set changes", async () => {
    const email = freshEmail("event-prefs");
    const id = await active(email, { topics: ["diplomacy"] });
    const { path, token } = await preferences(id);
    const before = (await followEvents(id)).length;

    expect((await patch(token, { actors: ["vladimir-putin"] })).status).toBe(200);
    expect((await followEvents(id)).slice(before)).toEqual([{ event: "follows_changed", source: "api", detail: "actors: 1, topics: 1" }]);
    // Negative control: the same follows again record nothing, and a refused PATCH records nothing.
    expect((await patch(token, { actors: ["vladimir-putin"], topics: ["diplomacy"] })).status).toBe(200);
    expect((await patch(token, { actors: ["no-such-actor"] })).status).toBe(400);
    expect(await followEvents(id)).toHaveLength(before + 1);

    expect((await postForm(path, { action: "follows", "follow:topic:economy": "on" })).status).toBe(200);
    expect((await followEvents(id)).slice(before + 1)).toEqual([
      { event: "follows_changed", source: "preferences page", detail: "actors: 0, topics: 1" },
    ]);
    expect((await postForm(path, { action: "follows", "follow:topic:economy": "on" })).status).toBe(200);
    expect(await followEvents(id)).toHaveLength(before + 2);
  });

  it("is exported without naming what was followed, and erased with the subscriber", async () => {
    const email = freshEmail("event-export");
    const id = await active(email, { actors: ["vladimir-putin"] });
    const { token } = await preferences(id);
    expect((await patch(token, { topics: ["economy"] })).status).toBe(200);
    const auth = { Authorization: `Bearer ${token}` };

    const exported = (await (await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { headers: auth })).json()) as { history: Event[] };
    const changes = exported.history.filter((e) => e.event === "follows_changed");
    expect(changes.map((e) => [e.source, e.detail])).toEqual([
      ["/api/subscriptions", "actors: 1, topics: 0"],
      ["api", "actors: 1, topics: 1"],
    ]);
    expect(JSON.stringify(exported.history)).not.toMatch(/vladimir-putin|economy/);

    expect((await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { method: "DELETE", headers: auth })).status).toBe(200);
    expect(await eventsOf(id)).toEqual([]);
  });

  it("is a kind the rebuilt table accepts, and the table still refuses kinds it does not know", async () => {
    const id = await active(freshEmail("event-check"), {});
    const insert = (kind: string) =>
      env.DB.prepare("INSERT INTO subscriber_events (subscriber_id, at, event, source) VALUES (?1, ?2, ?3, 'test')")
        .bind(id, new Date().toISOString(), kind)
        .run();
    await insert("follows_changed");
    await expect(insert("follows_guessed")).rejects.toThrow(/CHECK constraint/);
    // The rebuilt table keeps its index and its reference to subscribers.
    const index = await env.DB.prepare("SELECT sql FROM sqlite_master WHERE name = 'subscriber_events_by_subscriber'").first<{
      sql: string;
    }>();
    expect(index?.sql).toContain("subscriber_events (subscriber_id, id)");
    const { results: fks } = await env.DB.prepare("SELECT \"table\" FROM pragma_foreign_key_list('subscriber_events')").all();
    expect(fks).toEqual([{ table: "subscribers" }]);
  });
});
