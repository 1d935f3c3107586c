// The archive as content/ alone stores it (tests/setup.ts); archive-store.test.ts adds a digest.

import { describe, expect, inject, it } from "vitest";
import { worker } from "../worker";
import { parseLinkHeader, selectAll } from "./helpers";

const SITE = "https://standpoint.example";
const SEED = "putin-offer-to-negotiate";
const BASE = `${SITE}/api/digests`;
const get = (path: string, init?: RequestInit) => worker.fetch(`https://example.com${path}`, init);

describe("GET /api/digests with pagination and the actor filter", () => {
  it("page 1 carries Link first and last, and no next or prev", async () => {
    const res = await get("/api/digests?page=1&per_page=5");
    expect(res.status).toBe(200);
    const links = parseLinkHeader(res.headers.get("link")!);
    expect(links).toEqual({ first: `${BASE}?page=1&per_page=5`, last: `${BASE}?page=1&per_page=5` });
    const body = await res.json<{ pagination: unknown; digests: { slug: string }[] }>();
    expect(body.pagination).toEqual({ page: 1, perPage: 5, pages: 1, total: inject("contentDigests").length });
  });

  it("?actor=vladimir-putin lists the seed with Putin's position; an actor nobody names is an empty list", async () => {
    const res = await get("/api/digests?actor=vladimir-putin");
    expect(res.status).toBe(200);
    const body = await res.json<{ actor: { id: string }; digests: { slug: string; position: { summary: string } }[] }>();
    expect(body.actor.id).toBe("vladimir-putin");
    expect(body.digests.map((d) => d.slug)).toEqual([SEED]);
    expect(body.digests[0]!.position.summary).toMatch(/willing to negotiate/);

    const none = await get("/api/digests?actor=nobody-at-all");
    expect(none.status).toBe(200);
    expect(await none.json()).toMatchObject({ digests: [], actor: null });
  });

  const bad: [string, RegExp][] = [
    ["page=0", /^page: page must be at least 1$/],
    ["page=-1", /page must be at least 1/],
    ["page=abc", /page must be a whole number/],
    ["page=1.5", /page must be a whole number/],
    ["page=", /page must be at least 1/],
    ["page=1&page=2", /page must be a whole number/],
    ["per_page=0", /per_page must be at least 1/],
    ["per_page=101", /per_page must be at most 100/],
    ["actor=Vladimir%20Putin", /actor: must be lowercase words joined by hyphens/],
    ["page=99999999999999999999", /page must be at most/],
  ];
  for (const [q, reason] of bad) {
    it(`?${q} is a 400 that says why`, async () => {
      const res = await get(`/api/digests?${q}`);
      expect(res.status).toBe(400);
      const body = await res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe("invalid_query");
      expect(body.error.message).toMatch(reason);
    });
  }

  it("a page past the end is a 404 that names the last page, with a Link to it", async () => {
    const res = await get("/api/digests?page=2");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "page_not_found", message: "There is no page 2: there is only page 1." } });
    expect(parseLinkHeader(res.headers.get("link")!)).toEqual({ first: `${BASE}?page=1&per_page=20`, last: `${BASE}?page=1&per_page=20` });
  });

  it("the filtered list is cached with its own ETag and answers 304", async () => {
    const all = await get("/api/digests");
    const putin = await get("/api/digests?actor=vladimir-putin");
    const etag = putin.headers.get("etag")!;
    expect(etag).not.toBe(all.headers.get("etag"));
    const again = await get("/api/digests?actor=vladimir-putin", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });
});

describe("the index page paginates and filters by actor", () => {
  it("?actor=vladimir-putin lists the seed under the actor's name", async () => {
    const res = await get("/?actor=vladimir-putin");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(await selectAll(html, "h1", "text")).toEqual(["Digests in which Vladimir Putin appears"]);
    expect(await selectAll(html, "ol.list h2 a", "href")).toEqual([`/digests/${SEED}`]);
  });

  const cases: [string, number][] = [
    ["/?page=0", 400],
    ["/?page=abc", 400],
    ["/?page=2", 404],
    ["/?actor=nobody-at-all", 404],
    ["/?actor=NOT%20A%20SLUG", 400],
  ];
  for (const [path, status] of cases) {
    it(`${path} is a ${status} page for people, not a 500`, async () => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    });
  }
});
