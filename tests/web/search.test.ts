// GET /api/digests?q= and the index's search form: FTS5 in D1, ranked, and immune to FTS syntax.
import { env } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ftsQuery } from "../../src/digest/search-query";
import { selectAll } from "../api/helpers";
import { storeDigests } from "../fixtures/store";
import { fixtureDigest } from "../schedule/helpers";
import { worker } from "../worker";

const get = (path: string) => worker.fetch(`https://standpoint.test${path}`);
const search = async (q: string) => {
  const res = await get(`/api/digests?q=${encodeURIComponent(q)}`);
  expect(res.status, q).toBe(200);
  return (await res.json<{ digests: { slug: string }[]; pagination: { total: number } }>()).digests.map((d) => d.slug);
};

beforeAll(() =>
  storeDigests(
    // The word "costly" is in both articles' text; only one has it in its title.
    fixtureDigest("search-title-hit", "2026-02-01", "Costly bridges everywhere"),
    fixtureDigest("search-text-hit", "2026-02-02", "A quiet council meeting"),
  ),
);

describe("GET /api/digests?q=", () => {
  it("finds a word of the article's text, ranking a title hit first", async () => {
    expect(await search("costly")).toEqual(["search-title-hit", "search-text-hit"]);
  });

  it("searches quotes, actor names and the seed's text; every word must occur; the last is a prefix", async () => {
    expect(await search("Sam Poe")).toEqual(expect.arrayContaining(["search-title-hit", "search-text-hit"]));
    expect(await search("Suslov")).toEqual(["putin-offer-to-negotiate"]);
    expect(await search("negotia")).toEqual(["putin-offer-to-negotiate"]);
    expect(await search("Suslov bridge")).toEqual([]);
    expect(await search("zebra-unicorn-nowhere")).toEqual([]);
  });

  const syntax = [
    '"',
    '"costly',
    "*",
    "costly*",
    "NEAR(",
    "NEAR(costly bridge)",
    "OR",
    "costly OR",
    "-",
    "- costly",
    "AND NOT",
    "title:costly",
    "^",
    "(",
    ")",
    "{title}: x",
    "'",
    "\\",
    "\u0000",
    "😀",
  ];
  // Operators are words here: these hold no word but "costly", so they find what "costly" finds.
  const findsCostly = new Set(['"costly', "costly*", "- costly"]);
  for (const q of syntax) {
    it(`FTS syntax ${JSON.stringify(q)} gets results or an empty list, never a 500`, async () => {
      const found = await search(q);
      if (findsCostly.has(q)) expect(found).toEqual(["search-title-hit", "search-text-hit"]);
    });
  }

  it("any string at all gets a 200 or a 400, never a 500 (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: "binary" }), async (q) => {
        const res = await get(`/api/digests?q=${encodeURIComponent(q)}`);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses an over-long query, an empty one, and actor with q, with the reason", async () => {
    for (const [q, reason] of [
      [`q=${"a".repeat(201)}`, /at most 200 characters/],
      ["q=", /q must not be empty/],
      ["q=costly&actor=sam-poe", /use actor or q, not both/],
    ] as const) {
      const res = await get(`/api/digests?${q}`);
      expect(res.status).toBe(400);
      expect((await res.json<{ error: { message: string } }>()).error.message).toMatch(reason);
    }
  });

  it("pages the results with the query kept in the Link header", async () => {
    const res = await get("/api/digests?q=costly&per_page=1");
    expect(res.headers.get("link")).toContain("q=costly&page=2&per_page=1");
    expect((await res.json<{ pagination: { total: number; pages: number } }>()).pagination).toMatchObject({ total: 2, pages: 2 });
  });
});

describe("ftsQuery", () => {
  it("quotes every word and drops everything that is not a letter or digit", () => {
    expect(ftsQuery('NEAR("a" b) OR -c*')).toBe('"NEAR" "a" "b" "OR" "c"*');
    expect(ftsQuery('" * - ( ) :')).toBeNull();
  });

  it("is what keeps MATCH from failing: the raw input makes D1 throw (negative control)", async () => {
    const match = (q: string) => env.DB.prepare("SELECT rowid FROM digest_search WHERE digest_search MATCH ?1").bind(q).all();
    const raw = ['"costly', "NEAR(", "costly OR", "nosuchcolumn:costly", "*"];
    const outcome = (q: string) =>
      match(q).then(
        () => "ok",
        () => "error",
      );
    expect(Object.fromEntries(await Promise.all(raw.map(async (q) => [q, await outcome(q)])))).toEqual(
      Object.fromEntries(raw.map((q) => [q, "error"])),
    );
    // Quoted, the same inputs match (or, holding no word at all, are never sent: ftsQuery is null).
    expect(await Promise.all(raw.map((q) => (ftsQuery(q) === null ? "not sent" : outcome(ftsQuery(q)!))))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "not sent",
    ]);
  });
});

describe("the search form on the index page", () => {
  it("is a GET form with no script, and its results are the index's own page", async () => {
    const html = await (await get("/")).text();
    expect(await selectAll(html, 'form[role="search"]', "method")).toEqual(["get"]);
    expect(await selectAll(html, 'form[role="search"] input[name="q"]', "type")).toEqual(["search"]);
    expect(html).not.toContain("<script");
    const results = await (await get("/?q=costly")).text();
    expect(await selectAll(results, "ol.list h2 a", "href")).toEqual(["/digests/search-title-hit", "/digests/search-text-hit"]);
    expect(await selectAll(results, 'input[name="q"]', "value")).toEqual(["costly"]);
    const none = await (await get(`/?q=${encodeURIComponent('NEAR(" OR *')}`)).text();
    expect(none).toContain("No digest matches.");
  });
});
