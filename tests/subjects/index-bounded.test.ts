// The actor and topic indexes cost one bounded read per request (migrations/0013): a range
// of digest_subjects' position index, never a grouping of the archive. Checked three ways:
// the query plan, D1's rows_read as the archive grows, and the answers against a grouping
// of the archive itself (the query the indexes used before, kept here as the ground truth).
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { Digest } from "../../src/digest/schema";
import { putDigest, unpublishDigest } from "../../src/digest/store";
import { listSubjects, SUBJECT_PAGE_SQL } from "../../src/digest/subject-index";
import { forgetReads } from "../../src/web/isolate-cache";
import { ActorList } from "../../src/web/subjects/api";
import { parseLinkHeader } from "../api/helpers";
import { fixtureDigest } from "../fixtures/archive-fixture";
import { worker } from "../worker";

/** The indexes' statement before 0013: groups every published row of the archive per request. */
const GROUPING_SQL = (table: string, column: string) => `WITH s AS (SELECT x.${column} AS id, count(*) AS digests FROM ${table} x
    JOIN digests d ON d.id = x.digest_id WHERE d.status = 'published' GROUP BY x.${column})
  SELECT (SELECT count(*) FROM s) AS total, p.id, p.digests FROM (SELECT 1) LEFT JOIN (SELECT * FROM s ORDER BY id LIMIT ?2 OFFSET ?3) p ON 1`;

const PER_DIGEST = 30;
/** A published digest naming PER_DIGEST actors of its own (and the fixture's two). */
const bulk = (n: number): Digest => ({
  ...fixtureDigest,
  slug: `test-bulk-${n}`,
  added: `2026-11-${String(n + 1).padStart(2, "0")}`,
  actors: [
    ...fixtureDigest.actors,
    ...Array.from({ length: PER_DIGEST }, (_, i) => ({
      id: `bulk-${n}-${String(i).padStart(2, "0")}`,
      name: `Bulk ${n}.${i}`,
      kind: "person" as const,
      role: null,
    })),
  ],
});

const plan = async (sql: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...binds)
      .all<{ detail: string }>()
  ).results.map((r) => r.detail);

/** A plan that reads the archive's index tables or sorts a whole table is not bounded by a page. */
const unbounded = (details: string[]) =>
  details.filter((d) => /digest_actors|digest_topics|TEMP B-TREE|SCAN digest_subjects(?! USING (COVERING )?INDEX)/.test(d));

const rowsRead = async (sql: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...binds)
      .all()
  ).meta.rows_read;

async function groundTruth(limit: number, offset: number) {
  const { results } = await env.DB.prepare(GROUPING_SQL("digest_actors", "actor")).bind("actor", limit, offset).all<{
    total: number;
    id: string | null;
    digests: number | null;
  }>();
  return { total: results[0]!.total, items: results.filter((r) => r.id !== null).map((r) => ({ id: r.id, digests: r.digests })) };
}

const pageOfIndex = async (limit: number, offset: number) => {
  const page = await listSubjects(env.DB, "actor", { limit, offset });
  return { total: page.total, items: page.items.map((e) => ({ id: e.id, digests: e.digests })) };
};

describe("the actor and topic indexes read one bounded range", () => {
  beforeAll(async () => {
    for (let n = 0; n < 2; n++) await putDigest(env.DB, bulk(n), "published", "fixtures:test");
  });

  it("plans a search of the position index, with no scan of the archive and no sort (negative control: the grouping)", async () => {
    for (const kind of ["actor", "topic"]) {
      const details = await plan(SUBJECT_PAGE_SQL, kind, 20, 30);
      expect(unbounded(details), details.join("\n")).toEqual([]);
      expect(details.some((d) => /SEARCH digest_subjects USING (COVERING )?INDEX digest_subjects_by_position/.test(d))).toBe(true);
    }
    const grouping = await plan(GROUPING_SQL("digest_actors", "actor"), "actor", 10, 20);
    expect(unbounded(grouping).length).toBeGreaterThan(0);
  });

  it("reads about one page of rows whatever the page and however many digests (negative control: the grouping grows)", async () => {
    const before = { first: await rowsRead(SUBJECT_PAGE_SQL, "actor", 0, 10), deep: await rowsRead(SUBJECT_PAGE_SQL, "actor", 50, 60) };
    const groupingBefore = await rowsRead(GROUPING_SQL("digest_actors", "actor"), "actor", 10, 50);
    for (let n = 2; n < 6; n++) await putDigest(env.DB, bulk(n), "published", "fixtures:test");
    const after = { first: await rowsRead(SUBJECT_PAGE_SQL, "actor", 0, 10), deep: await rowsRead(SUBJECT_PAGE_SQL, "actor", 150, 160) };
    // One page (10 rows) and the total's one index probe, give or take the engine's counting.
    for (const n of [before.first, before.deep, after.first, after.deep]) expect(n).toBeLessThanOrEqual(2 * 10 + 2);
    expect(after.deep).toBe(before.deep);
    const groupingAfter = await rowsRead(GROUPING_SQL("digest_actors", "actor"), "actor", 10, 50);
    expect(groupingAfter).toBeGreaterThan(groupingBefore + 4 * PER_DIGEST);
  });

  it("answers what grouping the archive answers, after stores, a replacement and an unpublish", async () => {
    const compare = async () => {
      for (const [limit, offset] of [
        [10, 0],
        [10, 30],
        [7, 63],
        [50, 150],
        [10, 1000],
      ] as const)
        expect(await pageOfIndex(limit, offset), `${limit}@${offset}`).toEqual(await groundTruth(limit, offset));
    };
    await compare();
    // A new version of a bulk digest that drops half its actors and adds one.
    const replaced = bulk(1);
    await putDigest(
      env.DB,
      {
        ...replaced,
        actors: [...replaced.actors.slice(0, 2 + PER_DIGEST / 2), { id: "bulk-new", name: "New", kind: "person", role: null }],
      },
      "published",
      "fixtures:test",
    );
    await compare();
    await unpublishDigest(env.DB, bulk(0).slug, "fixtures:test");
    await compare();
    // Negative control: the comparison can fail (a stale row is told apart from the truth).
    await env.DB.prepare("UPDATE digest_subjects SET digests = digests + 1 WHERE kind = 'actor' AND position = 1").run();
    await expect(compare()).rejects.toThrow();
    await env.DB.prepare("UPDATE digest_subjects SET digests = digests - 1 WHERE kind = 'actor' AND position = 1").run();
  });

  it("pages /api/actors like the archive: Link headers, the last page, 404 past it", async () => {
    forgetReads();
    const { total } = await groundTruth(1, 0);
    const pages = Math.ceil(total / 25);
    const last = await worker.fetch(`https://example.com/api/actors?per_page=25&page=${pages}`);
    expect(last.status).toBe(200);
    const body = ActorList.parse(await last.json());
    expect(body.pagination).toEqual({ page: pages, perPage: 25, pages, total });
    expect(body.actors.map((a) => a.id)).toEqual((await groundTruth(25, (pages - 1) * 25)).items.map((r) => r.id));
    expect(Object.keys(parseLinkHeader(last.headers.get("link")!))).toEqual(expect.arrayContaining(["first", "prev", "last"]));
    expect((await worker.fetch(`https://example.com/api/actors?per_page=25&page=${pages + 1}`)).status).toBe(404);
  });
});
