// Actor and topic pages over content/ alone (the seed): the routes through the real Worker
// and D1. two-digests.test.ts adds digests, published and not.
import { describe, expect, it } from "vitest";
import { quotesOf } from "../../src/digest/read";
import { ActorDetail, ActorList, TopicDetail, TopicList } from "../../src/web/subjects/api";
import { parseLinkHeader, selectAll } from "../api/helpers";
import { contentDigests } from "../fixtures/store";
import { worker } from "../worker";

const SITE = "https://standpoint.example";
const get = (path: string, init?: RequestInit) => worker.fetch(`https://example.com${path}`, init);
const asJson = { headers: { Accept: "application/json" } };
const seed = contentDigests().find((d) => d.slug === "putin-offer-to-negotiate")!;
const PUTIN = "vladimir-putin";
const putinQuotes = quotesOf(seed, PUTIN);
const otherQuotes = seed.positions.filter((p) => p.actor !== PUTIN).flatMap((p) => quotesOf(seed, p.actor));

/** The ids every element of a page carries, so a link's #fragment can be checked to land. */
const idsOf = async (html: string) => new Set(await selectAll(html, "[id]", "id"));

describe("an actor's page and API", () => {
  it("the seed has quotes by Putin and by others (the checks below depend on both)", () => {
    expect(putinQuotes.length).toBeGreaterThan(0);
    expect(otherQuotes.length).toBeGreaterThan(0);
  });

  it("/actors/vladimir-putin shows his quotes, linked to their place in the text, and his side", async () => {
    const res = await get(`/actors/${PUTIN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(await selectAll(html, "h1", "text")).toEqual(["Vladimir Putin"]);
    expect(await selectAll(html, "ol.list h3 a", "href")).toEqual([`/digests/${seed.slug}`]);
    const quotes = await selectAll(html, "ol.list blockquote p", "text");
    expect(quotes).toEqual(putinQuotes.map((q) => q.text));
    // Negative control: nobody else's words are on his page.
    for (const q of otherQuotes) expect(quotes).not.toContain(q.text);
    expect(await selectAll(html, "ol.list .stances strong", "text")).toContain("Yes: the offer is genuine");
    // Every quote's link lands on an element of the digest page.
    const links = await selectAll(html, "ol.list figcaption a", "href");
    expect(links).toEqual(putinQuotes.map((q) => `/digests/${seed.slug}#t-${q.id}`));
    const digestIds = await idsOf(await (await get(`/digests/${seed.slug}`)).text());
    for (const link of links) expect(digestIds).toContain(link.split("#")[1]);
    expect(digestIds).not.toContain("t-no-such-evidence");
  });

  it("/api/actors/vladimir-putin gives the actor, his stance on each question and his quotes, valid against the schema", async () => {
    const res = await get(`/api/actors/${PUTIN}`);
    expect(res.status).toBe(200);
    const body = ActorDetail.parse(await res.json());
    expect(body.actor).toEqual({ ...seed.actors.find((a) => a.id === PUTIN), url: `${SITE}/actors/${PUTIN}` });
    expect(body.digests.map((d) => d.slug)).toEqual([seed.slug]);
    const [digest] = body.digests;
    const position = seed.positions.find((p) => p.actor === PUTIN)!;
    expect(digest!.position!.stances.map((s) => [s.question, s.side])).toEqual(position.stances.map((s) => [s.question, s.side]));
    expect(digest!.position!.stances).toContainEqual({
      question: "offer-genuine",
      questionText: "Is Putin’s offer to negotiate an end to the Ukraine war genuine?",
      side: "genuine",
      sideLabel: "Yes: the offer is genuine",
    });
    expect(digest!.quotes.map((q) => q.text)).toEqual(putinQuotes.map((q) => q.text));
    expect(digest!.quotes.map((q) => q.url)).toEqual(putinQuotes.map((q) => `${SITE}/digests/${seed.slug}#t-${q.id}`));
    expect(body.feeds).toEqual({
      rss: `${SITE}/actors/${PUTIN}/feed.xml`,
      atom: `${SITE}/actors/${PUTIN}/atom.xml`,
      json: `${SITE}/actors/${PUTIN}/feed.json`,
    });
    expect(body.pagination).toEqual({ page: 1, perPage: 20, pages: 1, total: 1 });
    // Negative control: the schema refuses the body without its quotes.
    expect(ActorDetail.safeParse({ ...body, digests: [{ ...digest, quotes: undefined }] }).success).toBe(false);
  });

  it("another actor's page holds their quotes, not Putin's", async () => {
    const body = ActorDetail.parse(await (await get("/api/actors/nsc-spokesperson")).json());
    const texts = body.digests.flatMap((d) => d.quotes.map((q) => q.text));
    expect(texts).toEqual(quotesOf(seed, "nsc-spokesperson").map((q) => q.text));
    for (const q of putinQuotes) expect(texts).not.toContain(q.text);
  });

  it("the page answers the API's JSON with Accept: application/json, and varies on Accept", async () => {
    const page = await get(`/actors/${PUTIN}`, asJson);
    expect(page.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(page.headers.get("vary")).toBe("Accept");
    expect(await page.json()).toEqual(await (await get(`/api/actors/${PUTIN}`)).json());
    expect((await get(`/actors/${PUTIN}`)).headers.get("vary")).toBe("Accept");
  });

  it("unknown ids are 404 as elsewhere; ids over 100 characters are 400; 100 characters is only a 404", async () => {
    for (const path of ["/api/actors/nobody-at-all", "/actors/nobody-at-all"]) {
      const res = await get(path, asJson);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: { code: "actor_not_found", message: "No published digest names an actor “nobody-at-all”." },
      });
    }
    const page = await get("/actors/nobody-at-all");
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect((await get(`/api/actors/${"a".repeat(101)}`)).status).toBe(400);
    expect(await (await get(`/actors/${"a".repeat(101)}`, asJson)).json()).toMatchObject({ error: { code: "invalid_id" } });
    expect((await get(`/api/actors/${"a".repeat(100)}`)).status).toBe(404);
  });

  it("is cached like the other public reads: ETag, Cache-Control, 304, security headers", async () => {
    for (const path of [`/actors/${PUTIN}`, `/api/actors/${PUTIN}`, "/actors", "/api/actors"]) {
      const res = await get(path);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=300, stale-while-revalidate=86400");
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      const again = await get(path, { headers: { "If-None-Match": res.headers.get("etag")! } });
      expect(again.status, path).toBe(304);
      // Negative control: another validator gets the body.
      expect((await get(path, { headers: { "If-None-Match": '"stale"' } })).status, path).toBe(200);
    }
  });

  it("/api/actors and /actors list every actor of the seed with how many digests each appears in", async () => {
    const body = ActorList.parse(await (await get("/api/actors")).json());
    expect(body.actors.map((a) => a.id)).toEqual(seed.actors.map((a) => a.id).sort());
    expect(body.actors.every((a) => a.digests === 1)).toBe(true);
    expect(body.pagination.total).toBe(seed.actors.length);
    const html = await (await get("/actors")).text();
    expect(await selectAll(html, "ul.list a", "href")).toEqual(body.actors.map((a) => `/actors/${a.id}`));
    expect(await (await get("/actors", asJson)).json()).toEqual(body);
  });

  it("pages the actors, with RFC 8288 links; a page past the end is a 404", async () => {
    const n = seed.actors.length;
    const second = await get("/api/actors?page=2&per_page=2");
    const links = parseLinkHeader(second.headers.get("link")!);
    expect(links).toEqual({
      first: `${SITE}/api/actors?page=1&per_page=2`,
      prev: `${SITE}/api/actors?page=1&per_page=2`,
      next: `${SITE}/api/actors?page=3&per_page=2`,
      last: `${SITE}/api/actors?page=${Math.ceil(n / 2)}&per_page=2`,
    });
    const body = ActorList.parse(await second.json());
    expect(body.actors.map((a) => a.id)).toEqual(
      seed.actors
        .map((a) => a.id)
        .sort()
        .slice(2, 4),
    );
    const html = await (await get("/actors?page=2&per_page=2")).text();
    expect(await selectAll(html, "a[rel]", "href")).toEqual(["/actors?per_page=2", "/actors?page=3&amp;per_page=2"]); // the attribute as written, & escaped
    expect((await get(`/api/actors?page=${Math.ceil(n / 2) + 1}&per_page=2`)).status).toBe(404);
    expect((await get("/api/actors?page=0")).status).toBe(400);
  });
});

describe("the digest page links its actors and topics", () => {
  it("links every actor's name to the actor's page, and no one else", async () => {
    const html = await (await get(`/digests/${seed.slug}`)).text();
    const hrefs = new Set((await selectAll(html, "a", "href")).filter((h) => h.startsWith("/actors/")));
    expect([...hrefs].sort()).toEqual(seed.actors.map((a) => `/actors/${a.id}`).sort());
    // Each card's heading is the link.
    expect(await selectAll(html, "section.card h3 a", "text")).toEqual(
      seed.positions.map((p) => seed.actors.find((a) => a.id === p.actor)!.name),
    );
  });

  it("shows its topics, linked to the topics' pages", async () => {
    const html = await (await get(`/digests/${seed.slug}`)).text();
    const topics = (await selectAll(html, "a", "href")).filter((h) => h.startsWith("/topics/"));
    expect(topics).toEqual(["/topics/ukraine-war", "/topics/us-russia-relations", "/topics/diplomacy"]);
    expect(await selectAll(html, 'a[href="/topics/ukraine-war"]', "text")).toEqual(["The war in Ukraine"]);
  });
});

describe("a topic's page and API", () => {
  it("/topics/ukraine-war and /api/topics/ukraine-war list the seed with its central question and sides", async () => {
    const body = TopicDetail.parse(await (await get("/api/topics/ukraine-war")).json());
    expect(body.topic).toEqual({ id: "ukraine-war", label: "The war in Ukraine", url: `${SITE}/topics/ukraine-war` });
    expect(body.digests.map((d) => d.slug)).toEqual([seed.slug]);
    expect(body.digests[0]!.centralQuestion).toBe("Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
    expect(body.digests[0]!.sides).toMatch(/Yes: the offer is genuine \(Vladimir Putin/);
    const html = await (await get("/topics/ukraine-war")).text();
    expect(await selectAll(html, "h1", "text")).toEqual(["The war in Ukraine"]);
    expect(await selectAll(html, "ol.list h3 a", "href")).toEqual([`/digests/${seed.slug}`]);
    expect(await selectAll(html, "ol.list .question", "text")).toEqual([body.digests[0]!.centralQuestion]);
    expect(await (await get("/topics/ukraine-war", asJson)).json()).toEqual(body);
  });

  it("a topic of topics.json that no digest is about yet is an empty page (followable), not a 404", async () => {
    const body = TopicDetail.parse(await (await get("/api/topics/climate")).json());
    expect(body).toMatchObject({ topic: { id: "climate", label: "Climate and energy" }, digests: [], pagination: { total: 0, pages: 1 } });
    const page = await get("/topics/climate");
    expect(page.status).toBe(200);
    expect(await selectAll(await page.text(), 'link[rel="alternate"][type="application/rss+xml"]', "href")).toContain(
      "/topics/climate/feed.xml",
    );
    // Negative control: an id topics.json does not define, and no digest uses, is a 404.
    const unknown = await get("/api/topics/no-such-topic");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "topic_not_found", message: "No topic is called “no-such-topic”." } });
    expect((await get(`/topics/${"t".repeat(101)}`)).status).toBe(400);
  });

  it("/api/topics lists the seed's topics, by id, with their labels and counts", async () => {
    const body = TopicList.parse(await (await get("/api/topics")).json());
    expect(body.topics).toEqual(
      [...seed.topics].sort((a, b) => a.id.localeCompare(b.id)).map((t) => ({ ...t, url: `${SITE}/topics/${t.id}`, digests: 1 })),
    );
    // A defined topic without a digest is not in the index (it has nothing to list yet).
    expect(body.topics.map((t) => t.id)).not.toContain("climate");
    const html = await (await get("/topics")).text();
    expect(await selectAll(html, "ul.list a", "text")).toEqual(body.topics.map((t) => t.label));
  });
});
