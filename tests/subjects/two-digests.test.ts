// Actors and topics across digests in D1: the seed, a second digest about other people, a
// fixture that also names Putin, and two digests naming Putin that readers must not see (one
// pending, one unpublished). Also counts the D1 statements each read costs.
import { env } from "cloudflare:test";
import { parseFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import type { Digest } from "../../src/digest/schema";
import { putDigest, unpublishDigest } from "../../src/digest/store";
import { forgetReads } from "../../src/web/isolate-cache";
import { ActorDetail, ActorList, TopicDetail, TopicList } from "../../src/web/subjects/api";
import { parseLinkHeader, selectAll } from "../api/helpers";
import { fixtureDigest } from "../fixtures/archive-fixture";
import { OTHER_ACTORS, OTHER_TOPIC, otherDigest } from "../fixtures/other-digest";
import { contentDigests, storeDigests } from "../fixtures/store";
import { testEnv, worker } from "../worker";

const SITE = "https://standpoint.example";
const SEED = "putin-offer-to-negotiate";
const get = (path: string) => worker.fetch(`https://example.com${path}`);
const seed = contentDigests().find((d) => d.slug === SEED)!;
const ukraine = seed.topics.find((t) => t.id === "ukraine-war")!;

/** Private digests that name Putin and an actor only they name, about the seed's topic. */
const hidden = (slug: string): Digest => ({
  ...fixtureDigest,
  slug,
  added: "2026-12-09",
  topics: [ukraine],
  actors: [...fixtureDigest.actors, { id: `only-in-${slug}`, name: "Nobody Public", kind: "person", role: null }],
});
const PENDING = hidden("test-pending-putin");
const UNPUBLISHED = hidden("test-unpublished-putin");

const slugsOf = async (path: string) => ((await (await get(path)).json()) as { digests: { slug: string }[] }).digests.map((d) => d.slug);

beforeAll(async () => {
  await storeDigests(otherDigest, fixtureDigest);
  await putDigest(env.DB, PENDING, "pending", "fixtures:test");
  await putDigest(env.DB, UNPUBLISHED, "published", "fixtures:test");
  await unpublishDigest(env.DB, UNPUBLISHED.slug, "fixtures:test");
  forgetReads();
});

describe("a second digest about other people", () => {
  it("appears on its actors' pages only", async () => {
    for (const actor of OTHER_ACTORS) expect(await slugsOf(`/api/actors/${actor}`)).toEqual([otherDigest.slug]);
    const putin = await slugsOf("/api/actors/vladimir-putin");
    expect(putin).toEqual([fixtureDigest.slug, SEED]);
    expect(putin).not.toContain(otherDigest.slug);
    for (const a of seed.actors.filter((a) => a.id !== "vladimir-putin"))
      expect(await slugsOf(`/api/actors/${a.id}`), a.id).toEqual([SEED]);
    const html = await (await get(`/actors/${OTHER_ACTORS[0]}`)).text();
    expect(await selectAll(html, "ol.list h3 a", "href")).toEqual([`/digests/${otherDigest.slug}`]);
    expect(await selectAll(html, "ol.list blockquote p", "text")).toEqual(["The budget will balance next year."]);
  });

  it("appears on its topic's page only", async () => {
    expect(await slugsOf(`/api/topics/${OTHER_TOPIC}`)).toEqual([otherDigest.slug]);
    for (const t of seed.topics) expect(await slugsOf(`/api/topics/${t.id}`), t.id).toEqual([SEED]);
  });

  it("is in its actors' and topic's feeds, and not in the seed's actors' feeds", async () => {
    const links = async (path: string) => {
      const parsed = parseFeed(await (await get(path)).text());
      if (parsed.format === "rss") return (parsed.feed.items ?? []).map((i) => i.link);
      if (parsed.format === "json") return (parsed.feed.items ?? []).map((i) => i.url);
      throw new Error(`${path}: a ${parsed.format} feed`);
    };
    expect(await links(`/actors/${OTHER_ACTORS[1]}/feed.xml`)).toEqual([`${SITE}/digests/${otherDigest.slug}`]);
    expect(await links(`/topics/${OTHER_TOPIC}/feed.json`)).toEqual([`${SITE}/digests/${otherDigest.slug}`]);
    expect(await links("/actors/vladimir-putin/feed.xml")).toEqual([`${SITE}/digests/${fixtureDigest.slug}`, `${SITE}/digests/${SEED}`]);
    expect(await links("/topics/ukraine-war/feed.xml")).toEqual([`${SITE}/digests/${SEED}`]);
  });

  it("counts in the indexes: each actor and topic with the digests it appears in", async () => {
    const actors = ActorList.parse(await (await get("/api/actors?per_page=100")).json());
    const count = Object.fromEntries(actors.actors.map((a) => [a.id, a.digests]));
    expect(count["vladimir-putin"]).toBe(2);
    expect(count["fixture-mayor"]).toBe(1);
    expect(count["white-house"]).toBe(1);
    const topics = TopicList.parse(await (await get("/api/topics")).json());
    expect(topics.topics.find((t) => t.id === OTHER_TOPIC)).toMatchObject({ label: "The economy", digests: 1 });
    expect(topics.topics.find((t) => t.id === "ukraine-war")!.digests).toBe(1);
  });
});

describe("unpublished and pending digests", () => {
  it("appear on no actor's or topic's page, feed or index", async () => {
    const hiddenSlugs = [PENDING.slug, UNPUBLISHED.slug];
    const putin = await (await get("/api/actors/vladimir-putin")).text();
    const putinFeed = await (await get("/actors/vladimir-putin/feed.json")).text();
    const topic = await (await get("/api/topics/ukraine-war")).text();
    const topicFeed = await (await get("/topics/ukraine-war/atom.xml")).text();
    for (const body of [putin, putinFeed, topic, topicFeed]) for (const slug of hiddenSlugs) expect(body).not.toContain(slug);
    // The actors only they name are unknown to readers.
    for (const slug of hiddenSlugs) {
      expect((await get(`/api/actors/only-in-${slug}`)).status).toBe(404);
      expect((await get(`/actors/only-in-${slug}/feed.xml`)).status).toBe(404);
    }
    const index = await (await get("/api/actors?per_page=100")).text();
    expect(index).not.toContain("only-in-");
  });

  it("would appear once published (negative control)", async () => {
    await putDigest(env.DB, PENDING, "published", "fixtures:test");
    forgetReads();
    try {
      expect(await slugsOf("/api/actors/vladimir-putin")).toEqual([PENDING.slug, fixtureDigest.slug, SEED]);
      expect(await slugsOf(`/api/actors/only-in-${PENDING.slug}`)).toEqual([PENDING.slug]);
      expect(await slugsOf("/api/topics/ukraine-war")).toEqual([PENDING.slug, SEED]);
    } finally {
      await putDigest(env.DB, PENDING, "pending", "fixtures:test");
      forgetReads();
    }
    expect(await slugsOf("/api/actors/vladimir-putin")).toEqual([fixtureDigest.slug, SEED]);
  });
});

describe("an actor's digests, paged", () => {
  it("newest first, one per page, with RFC 8288 links and the HTML pager", async () => {
    const base = `${SITE}/api/actors/vladimir-putin`;
    const first = await get("/api/actors/vladimir-putin?per_page=1");
    expect(parseLinkHeader(first.headers.get("link")!)).toEqual({
      first: `${base}?page=1&per_page=1`,
      next: `${base}?page=2&per_page=1`,
      last: `${base}?page=2&per_page=1`,
    });
    const one = ActorDetail.parse(await first.json());
    expect(one.digests.map((d) => d.slug)).toEqual([fixtureDigest.slug]);
    expect(one.pagination).toEqual({ page: 1, perPage: 1, pages: 2, total: 2 });
    const two = ActorDetail.parse(await (await get("/api/actors/vladimir-putin?page=2&per_page=1")).json());
    expect(two.digests.map((d) => d.slug)).toEqual([SEED]);
    // Each page carries the quotes of its own digest only.
    expect(one.digests[0]!.quotes.map((q) => q.text)).toEqual(["The fixture meeting will take place."]);
    expect(two.digests[0]!.quotes.map((q) => q.text)).not.toContain("The fixture meeting will take place.");
    const html = await (await get("/actors/vladimir-putin?page=2&per_page=1")).text();
    expect(await selectAll(html, "a[rel]", "href")).toEqual(["/actors/vladimir-putin?per_page=1"]);
    const past = await get("/api/actors/vladimir-putin?page=3&per_page=1");
    expect(past.status).toBe(404);
    expect(await past.json()).toEqual({ error: { code: "page_not_found", message: "There is no page 3: the last page is 2." } });
    expect(TopicDetail.parse(await (await get(`/api/topics/${OTHER_TOPIC}?per_page=1`)).json()).pagination.pages).toBe(1);
  });
});

describe("D1 statements per request", () => {
  /** The app over a D1 binding that counts the statements it is asked to run. */
  async function statementsFor(path: string) {
    let count = 0;
    const db = new Proxy(env.DB, {
      get(target, key) {
        if (key === "prepare")
          return (sql: string) => {
            count++;
            return target.prepare(sql);
          };
        if (key === "batch") return (statements: D1PreparedStatement[]) => target.batch(statements);
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    forgetReads();
    const res = await createApp().fetch(new Request(`https://example.com${path}`), { ...testEnv, DB: db }, {
      waitUntil() {},
      passThroughOnException() {},
    } as unknown as ExecutionContext);
    expect(res.status, path).toBe(200);
    await res.arrayBuffer();
    return count;
  }

  it("is one for every page, list, index and feed of an actor or a topic", async () => {
    for (const path of [
      "/actors",
      "/api/actors",
      "/actors/vladimir-putin",
      "/api/actors/vladimir-putin?per_page=1",
      "/actors/vladimir-putin/feed.xml",
      "/topics",
      "/api/topics",
      "/topics/ukraine-war",
      "/api/topics/economy",
      "/topics/economy/atom.xml",
    ])
      expect(await statementsFor(path), path).toBe(1);
  });

  it("is none for a second read from the isolate's cache (negative control: the counter counts)", async () => {
    expect(await statementsFor("/api/actors/vladimir-putin")).toBe(1);
    let again = 0;
    const res = await createApp().fetch(
      new Request("https://example.com/api/actors/vladimir-putin"),
      { ...testEnv, DB: new Proxy(env.DB, { get: (t, k) => (k === "prepare" ? (again++, t.prepare.bind(t)) : Reflect.get(t, k)) }) },
      {} as ExecutionContext,
    );
    expect(res.status).toBe(200);
    expect(again).toBe(0);
  });
});
