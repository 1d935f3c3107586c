// The store: the same statements bound (Worker) or inlined (the seed `npm run dev` loads), the
// zod model checked on the way in and out, and repeats that change nothing.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findDigest, listDigests, putDigest, searchDigests } from "../../src/digest/store";
import { inlineSql, putStatements } from "../../src/digest/store-writes";
import { nextEdition } from "../../src/schedule";
import { fixtureDigest } from "../schedule/helpers";

const rowOf = (slug: string) =>
  env.DB.prepare("SELECT status, added, summary, body, body_hash, revision FROM digests WHERE slug = ?1").bind(slug).first();
const actorsOf = async (slug: string) =>
  (
    await env.DB.prepare(
      "SELECT a.actor, a.actor_json, a.position_json FROM digest_actors a JOIN digests d ON d.id = a.digest_id WHERE d.slug = ?1 ORDER BY a.actor",
    )
      .bind(slug)
      .all()
  ).results;
const topicsOf = async (slug: string) =>
  (
    await env.DB.prepare("SELECT t.topic FROM digest_topics t JOIN digests d ON d.id = t.digest_id WHERE d.slug = ?1 ORDER BY t.topic")
      .bind(slug)
      .all<{ topic: string }>()
  ).results.map((r) => r.topic);
const auditCount = async (slug: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM digest_audit WHERE slug = ?1").bind(slug).first<{ n: number }>())!.n;

/** Runs the seed's SQL text for a digest, as `wrangler d1 execute --file` does. */
async function seed(digest: ReturnType<typeof fixtureDigest>, at: string) {
  for (const s of putStatements(digest, "published", "seed:test", at).statements) await env.DB.prepare(inlineSql(s)).run();
}

describe("the seed's inlined SQL", () => {
  it("stores exactly what the bound statements store, quotes and apostrophes included", async () => {
    const title = `It's “the bridge”: O'Brien's ‘costly’ plan; DROP TABLE digests; --`;
    const bound = fixtureDigest("store-bound", "2026-03-01", title);
    const inlined = fixtureDigest("store-inlined", "2026-03-01", title);
    await putDigest(env.DB, bound, "published", "test");
    await seed(inlined, new Date().toISOString());
    const [a, b] = [(await rowOf("store-bound"))!, (await rowOf("store-inlined"))!];
    expect(JSON.parse(b.body as string)).toEqual({ ...JSON.parse(a.body as string), slug: "store-inlined" });
    expect(JSON.parse(b.summary as string).title).toBe(title);
    expect((await actorsOf("store-inlined")).map((r) => r.actor)).toEqual((await actorsOf("store-bound")).map((r) => r.actor));
    expect((await searchDigests(env.DB, "O'Brien", { limit: 10, offset: 0 })).items.map((d) => d.slug).sort()).toEqual([
      "store-bound",
      "store-inlined",
    ]);
  });

  it("loaded again unchanged (a new build's instant), changes nothing and writes no audit row", async () => {
    const digest = fixtureDigest("store-reseeded", "2026-03-02");
    await seed(digest, "2026-03-02T10:00:00.000Z");
    await seed(digest, "2026-03-02T11:00:00.000Z");
    expect(await rowOf("store-reseeded")).toMatchObject({ revision: 1 });
    expect(await auditCount("store-reseeded")).toBe(1);
    // Negative control: a changed article is replaced, and audited.
    await seed(fixtureDigest("store-reseeded", "2026-03-02", "A new title"), "2026-03-02T12:00:00.000Z");
    expect(await rowOf("store-reseeded")).toMatchObject({ revision: 2 });
    expect(await auditCount("store-reseeded")).toBe(2);
  });
});

describe("the topic index", () => {
  it("holds a digest's topics, and a replaced digest's new topics only", async () => {
    const digest = fixtureDigest("store-topics", "2026-03-04");
    const topic = (id: string, label: string) => ({ id, label });
    await putDigest(
      env.DB,
      { ...digest, topics: [topic("ukraine-war", "The war in Ukraine"), topic("diplomacy", "Diplomacy")] },
      "published",
      "test",
    );
    expect(await topicsOf("store-topics")).toEqual(["diplomacy", "ukraine-war"]);
    await putDigest(env.DB, { ...digest, topics: [topic("economy", "The economy")] }, "published", "test");
    expect(await topicsOf("store-topics")).toEqual(["economy"]);
  });
});

describe("the zod model, in and out", () => {
  it("refuses a digest that does not match it, storing nothing", async () => {
    const broken = { ...fixtureDigest("store-broken", "2026-03-03"), added: "the third of March" };
    await expect(putDigest(env.DB, broken, "published", "test")).rejects.toThrow(/added/);
    expect(await rowOf("store-broken")).toBeNull();
  });

  it("refuses a row that was changed behind its back", async () => {
    await putDigest(env.DB, fixtureDigest("store-tampered", "2026-03-04"), "published", "test");
    expect(await findDigest(env.DB, "store-tampered")).not.toBeNull();
    await env.DB.prepare(`UPDATE digests SET body = json_set(body, '$.review', 'trust me') WHERE slug = 'store-tampered'`).run();
    await expect(findDigest(env.DB, "store-tampered")).rejects.toThrow(/review/);
  });

  it("keeps pending digests out of lists, pages and editions", async () => {
    await putDigest(env.DB, fixtureDigest("store-pending", "2099-01-01"), "pending", "test");
    expect((await listDigests(env.DB, { limit: 100, offset: 0 })).items.map((d) => d.slug)).not.toContain("store-pending");
    expect(await findDigest(env.DB, "store-pending")).toBeNull();
    expect(await findDigest(env.DB, "store-pending", true)).toMatchObject({ status: "pending" });
    const edition = () => nextEdition(env.DB, "daily", new Date("2099-01-02T07:00:00Z"), { siteUrl: env.SITE_URL, postalAddress: "x" });
    expect(await edition()).toBeNull();
    // Negative control: published, the same digest makes the edition.
    await putDigest(env.DB, fixtureDigest("store-pending", "2099-01-01"), "published", "test");
    expect(await edition()).toMatchObject({ planned: { plan: { id: "daily:2099-01-02" } } });
  });
});
