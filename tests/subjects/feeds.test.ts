// An actor's and a topic's own feeds: RSS 2.0, Atom and JSON Feed, built by the site's feed
// builders, advertised on their pages, and open to scripts on any site like the site's feeds.
import { XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { JsonFeed } from "../../src/web/feeds/jsonFeed";
import { selectAll } from "../api/helpers";
import { contentDigests } from "../fixtures/store";
import { worker } from "../worker";

const SITE = "https://standpoint.example";
const get = (path: string, init?: RequestInit) => worker.fetch(`https://example.com${path}`, init);
const seed = contentDigests().find((d) => d.slug === "putin-offer-to-negotiate")!;
const seedUrl = `${SITE}/digests/${seed.slug}`;

describe("/actors/vladimir-putin/feed.xml", () => {
  it("is well-formed RSS that holds the seed digest, titled and linked for the actor", async () => {
    const res = await get("/actors/vladimir-putin/feed.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const body = await res.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = parseFeed(body);
    expect(parsed.format).toBe("rss");
    if (parsed.format !== "rss") return;
    expect(parsed.feed.title).toBe("Vladimir Putin · Standpoint");
    expect(parsed.feed.link).toBe(`${SITE}/actors/vladimir-putin`);
    expect(parsed.feed.atom?.links?.[0]).toMatchObject({ href: `${SITE}/actors/vladimir-putin/feed.xml`, rel: "self" });
    expect(parsed.feed.items?.map((i) => i.link)).toEqual([seedUrl]);
    expect(parsed.feed.items?.[0]?.title).toBe(seed.title);
  });

  it("is cached with an ETag, and open to other sites' scripts", async () => {
    const res = await get("/actors/vladimir-putin/feed.xml", { headers: { Origin: "https://reader.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect((await get("/actors/vladimir-putin/feed.xml", { headers: { "If-None-Match": res.headers.get("etag")! } })).status).toBe(304);
    const api = await get("/api/actors/vladimir-putin", { headers: { Origin: "https://reader.example" } });
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    // Negative control: what acts for a subscriber stays closed to other sites.
    const mine = await get("/api/subscriptions/me", { headers: { Origin: "https://reader.example" } });
    expect(mine.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the other formats, and topics", () => {
  it("Atom and JSON Feed hold the same digest for the actor and for the seed's topics", async () => {
    for (const base of ["/actors/vladimir-putin", "/topics/ukraine-war", "/topics/diplomacy"]) {
      const atom = parseFeed(await (await get(`${base}/atom.xml`)).text());
      expect(atom.format, base).toBe("atom");
      if (atom.format === "atom") {
        expect(atom.feed.id).toBe(`${SITE}${base}`);
        expect(atom.feed.entries?.map((e) => e.id)).toEqual([seedUrl]);
      }
      const json = JsonFeed.parse(await (await get(`${base}/feed.json`)).json());
      expect(json.home_page_url).toBe(`${SITE}${base}`);
      expect(json.feed_url).toBe(`${SITE}${base}/feed.json`);
      expect(json.items.map((i) => i.url)).toEqual([seedUrl]);
    }
    const topic = JsonFeed.parse(await (await get("/topics/ukraine-war/feed.json")).json());
    expect(topic.title).toBe("The war in Ukraine · Standpoint");
  });

  it("a defined topic without digests has an empty feed; unknown ids are 404; overlong ones 400", async () => {
    const empty = parseFeed(await (await get("/topics/climate/feed.xml")).text());
    expect(empty.format).toBe("rss");
    if (empty.format === "rss") expect(empty.feed.items ?? []).toEqual([]);
    for (const path of ["/actors/nobody-at-all/feed.xml", "/topics/no-such-topic/atom.xml", "/actors/nobody-at-all/feed.json"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
    }
    expect(await (await get("/actors/nobody-at-all/feed.json")).json()).toEqual({
      error: { code: "actor_not_found", message: "No published digest names an actor “nobody-at-all”." },
    });
    expect((await get(`/actors/${"a".repeat(101)}/feed.xml`)).status).toBe(400);
  });

  it("the site's own feeds are unchanged: titled Standpoint, homed at the front page (negative control)", async () => {
    const json = JsonFeed.parse(await (await get("/feed.json")).json());
    expect(json.title).toBe("Standpoint");
    expect(json.home_page_url).toBe(`${SITE}/`);
  });
});

describe("the pages advertise their feeds", () => {
  it("with <link rel=alternate>, the page's own feeds first, then the site's", async () => {
    for (const [path, title] of [
      ["/actors/vladimir-putin", "Vladimir Putin"],
      ["/topics/ukraine-war", "The war in Ukraine"],
    ] as const) {
      const html = await (await get(path)).text();
      const hrefs = await selectAll(html, 'link[rel="alternate"]', "href");
      expect(hrefs).toEqual([
        `/api${path}`,
        `${path}/feed.xml`,
        `${path}/atom.xml`,
        `${path}/feed.json`,
        "/feed.xml",
        "/atom.xml",
        "/feed.json",
      ]);
      const titles = await selectAll(html, 'link[rel="alternate"][type="application/rss+xml"]', "title");
      expect(titles[0]).toBe(`${title} · Standpoint (RSS)`);
      expect(await selectAll(html, "main a[type]", "href")).toEqual([`${path}/feed.xml`, `${path}/atom.xml`, `${path}/feed.json`]);
    }
    // Negative control: the digest page advertises only the site's feeds.
    const digest = await (await get(`/digests/${seed.slug}`)).text();
    expect(await selectAll(digest, 'link[rel="alternate"][type="application/rss+xml"]', "href")).toEqual(["/feed.xml"]);
  });

  it("/feeds tells readers where an actor's and a topic's feeds are", async () => {
    const html = await (await get("/feeds")).text();
    expect(await selectAll(html, 'main a[href="/actors"], main a[href="/topics"]', "href")).toEqual(["/actors", "/topics"]);
  });
});
