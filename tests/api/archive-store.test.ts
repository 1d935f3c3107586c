// The archive over two digests in D1, the seed and an invented fixture: paging, links and the
// actor filter read from the store, newest first.
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_ONLY_ACTOR, fixtureDigest } from "../fixtures/archive-fixture";
import { storeDigests } from "../fixtures/store";
import { worker } from "../worker";
import { parseLinkHeader, selectAll } from "./helpers";

const SITE = "https://standpoint.example";
const SEED = "putin-offer-to-negotiate";
const BASE = `${SITE}/api/digests`;
const get = (path: string) => worker.fetch(`https://example.com${path}`);
// biome-ignore lint/suspicious/noExplicitAny: the answer's schema is checked in tests/api/archive.test.ts; here it is only read
const list = async (query: string) => (await get(`/api/digests?${query}`)).json<Record<string, any>>();

beforeAll(() => storeDigests(fixtureDigest));

describe("the archive in D1", () => {
  it("pages the list, newest first, and says how many pages there are", async () => {
    const first = await list("per_page=1");
    expect(first.digests.map((d: { slug: string }) => d.slug)).toEqual([fixtureDigest.slug]);
    expect(first.pagination).toEqual({ page: 1, perPage: 1, pages: 2, total: 2 });
    const second = await list("page=2&per_page=1");
    expect(second.digests.map((d: { slug: string }) => d.slug)).toEqual([SEED]);
    expect((await get("/api/digests?page=3&per_page=1")).status).toBe(404);
  });

  it("links first, prev, next and last, keeping the filter and page size (RFC 8288)", async () => {
    const res = await get("/api/digests?page=2&per_page=1&actor=vladimir-putin");
    expect(parseLinkHeader(res.headers.get("link")!)).toEqual({
      first: `${BASE}?actor=vladimir-putin&page=1&per_page=1`,
      prev: `${BASE}?actor=vladimir-putin&page=1&per_page=1`,
      last: `${BASE}?actor=vladimir-putin&page=2&per_page=1`,
    });
    const onFirst = parseLinkHeader((await get("/api/digests?per_page=1")).headers.get("link")!);
    expect(Object.keys(onFirst)).toEqual(["first", "next", "last"]);
    expect(onFirst.next).toBe(`${BASE}?page=2&per_page=1`);
  });

  it("filters by actor id across articles, with the actor's position in each", async () => {
    const putin = await list("actor=vladimir-putin");
    expect(putin.digests.map((d: { slug: string }) => d.slug)).toEqual([fixtureDigest.slug, SEED]);
    // The newest digest that names the actor says who they are.
    expect(putin.actor).toMatchObject({ id: "vladimir-putin", name: "Vladimir Putin", role: "President of Russia" });
    expect(putin.digests[0].position).toEqual({
      summary: "The meeting will take place.",
      stances: [
        {
          question: "meeting-happens",
          questionText: "Will the fixture meeting take place?",
          side: "yes",
          sideLabel: "Yes: it will take place",
        },
      ],
    });
    expect(putin.digests[1].position.stances.map((s: { question: string }) => s.question)).toContain("offer-genuine");

    const onlyFixture = await list(`actor=${FIXTURE_ONLY_ACTOR}`);
    expect(onlyFixture.digests.map((d: { slug: string }) => d.slug)).toEqual([fixtureDigest.slug]);
    expect(onlyFixture.pagination.total).toBe(1);

    expect(await list("actor=nobody-at-all")).toEqual({
      digests: [],
      actor: null,
      pagination: { page: 1, perPage: 20, pages: 1, total: 0 },
    });
  });

  it("the index page shows the page's digests and links the neighbouring pages", async () => {
    const html = await (await get("/?page=1")).text();
    expect(await selectAll(html, "ol.list h2 a", "href")).toEqual([`/digests/${fixtureDigest.slug}`, `/digests/${SEED}`]);
    expect(await selectAll(html, "a[rel]", "rel")).toEqual([]);
    const byActor = await (await get(`/?actor=${FIXTURE_ONLY_ACTOR}`)).text();
    expect(await selectAll(byActor, "ol.list h2 a", "href")).toEqual([`/digests/${fixtureDigest.slug}`]);
    expect(await selectAll(byActor, 'link[rel="canonical"]', "href")).toEqual([`${SITE}/?actor=${FIXTURE_ONLY_ACTOR}`]);
  });
});
