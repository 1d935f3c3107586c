import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { compileDigest } from "../../src/content/compile";
import { centralQuestion, sidesOf } from "../../src/digest/read";
import type { Digest } from "../../src/digest/schema";
import { atomFeed } from "../../src/web/feeds/atom";
import { FEED_ITEMS, feedEntries } from "../../src/web/feeds/entries";
import { jsonFeed } from "../../src/web/feeds/jsonFeed";
import { rssFeed } from "../../src/web/feeds/rss";
import { selectAll } from "../api/helpers";
import { fixtureDigest } from "../fixtures/archive-fixture";
import { contentDigests } from "../fixtures/store";
import { worker } from "../worker";

const SITE = "https://standpoint.example";
const get = (path: string, init?: RequestInit) => worker.fetch(`https://example.com${path}`, init);
const allDigests = contentDigests;
const seed = allDigests()[0]!;

/** The summary must name the central question and, for each side, the actors on it. */
function expectSidesNamed(summary: string, digest: Digest) {
  const question = centralQuestion(digest);
  expect(summary).toContain(question.text);
  for (const side of sidesOf(digest, question).filter((s) => s.actors.length)) {
    expect(summary).toContain(side.label);
    for (const actor of side.actors) expect(summary).toContain(actor.name);
  }
}

/** Atom text constructs parse as { type, value }. */
const textOf = (t: string | { value?: string } | undefined) => (typeof t === "string" ? t : t?.value);

async function fetchFeed(path: string, type: string) {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
  return { res, body: await res.text() };
}

describe("RSS 2.0 at /feed.xml", () => {
  it("is well-formed RSS with one item per digest, newest first", async () => {
    const { body } = await fetchFeed("/feed.xml", "application/rss+xml");
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = parseFeed(body);
    expect(parsed.format).toBe("rss");
    if (parsed.format !== "rss") return;
    const { feed } = parsed;
    expect(feed.title).toBe("Standpoint");
    expect(feed.link).toBe(`${SITE}/`);
    expect(feed.atom?.links?.[0]).toMatchObject({ href: `${SITE}/feed.xml`, rel: "self" });
    expect(feed.items?.map((i) => i.link)).toEqual(allDigests().map((d) => `${SITE}/digests/${d.slug}`));
    const item = feed.items![0]!;
    expect(item.title).toBe(seed.title);
    expect(item.guid).toMatchObject({ value: `${SITE}/digests/${seed.slug}`, isPermaLink: true });
    expect(new Date(item.pubDate!).toISOString()).toBe(`${seed.added}T00:00:00.000Z`);
    expectSidesNamed(item.description!, seed);
  });
});

describe("Atom at /atom.xml", () => {
  it("is a well-formed Atom feed whose entries link the digest pages", async () => {
    const { body } = await fetchFeed("/atom.xml", "application/atom+xml");
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = parseFeed(body);
    expect(parsed.format).toBe("atom");
    if (parsed.format !== "atom") return;
    const { feed } = parsed;
    expect(feed.id).toBe(`${SITE}/`);
    expect(textOf(feed.title)).toBe("Standpoint");
    expect(feed.updated).toBe(`${seed.added}T00:00:00Z`);
    expect(feed.authors?.[0]?.name).toBe("Standpoint");
    expect(feed.links).toContainEqual(expect.objectContaining({ rel: "self", href: `${SITE}/atom.xml` }));
    const entry = feed.entries![0]!;
    expect(entry.id).toBe(`${SITE}/digests/${seed.slug}`);
    expect(textOf(entry.title)).toBe(seed.title);
    expect(entry.links).toContainEqual(expect.objectContaining({ rel: "alternate", href: `${SITE}/digests/${seed.slug}` }));
    expect(entry.published).toBe(`${seed.added}T00:00:00Z`);
    expect(entry.updated).toBe(`${seed.added}T00:00:00Z`);
    expectSidesNamed(textOf(entry.summary)!, seed);
  });
});

describe("JSON Feed 1.1 at /feed.json", () => {
  it("has the spec's required fields and parses as a JSON Feed", async () => {
    const { body } = await fetchFeed("/feed.json", "application/feed+json");
    const feed = JSON.parse(body) as Record<string, unknown> & { items: Record<string, unknown>[] };
    // Required by https://www.jsonfeed.org/version/1.1/: version, title, items; each item an id
    // and content_html or content_text.
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.items.length).toBe(allDigests().length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
    }
    const parsed = parseFeed(body);
    expect(parsed.format).toBe("json");
    if (parsed.format !== "json") return;
    expect(parsed.feed.feed_url).toBe(`${SITE}/feed.json`);
    const item = parsed.feed.items![0]!;
    expect(item.url).toBe(`${SITE}/digests/${seed.slug}`);
    expect(item.title).toBe(seed.title);
    expect(item.date_published).toBe(`${seed.added}T00:00:00Z`);
    expectSidesNamed(item.summary!, seed);
  });
});

describe("every feed", () => {
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt"]) {
    it(`${path}: strong ETag, 304 on If-None-Match`, async () => {
      const first = await get(path);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
      const again = await get(path, { headers: { "If-None-Match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });
  }

  it("is advertised by <link rel=alternate> on every page", async () => {
    for (const path of ["/", `/digests/${seed.slug}`, "/api/docs", "/no-such-page"]) {
      const html = await (await get(path)).text();
      const links = await Promise.all(
        ["type", "href"].map((attr) => selectAll(html, 'link[rel="alternate"]:not([type="application/json"])', attr)),
      );
      expect(links[0]!.map((type, i) => `${type} ${links[1]![i]}`)).toEqual([
        "application/rss+xml /feed.xml",
        "application/atom+xml /atom.xml",
        "application/feed+json /feed.json",
      ]);
    }
  });
});

describe("the feed builders, over the seed plus the fixture", () => {
  const archive = [fixtureDigest, ...allDigests()];

  it("keep the catalog's newest-first order in all three formats", () => {
    const entries = feedEntries(archive, SITE);
    const urls = archive.map((d) => `${SITE}/digests/${d.slug}`);
    const rss = parseFeed(rssFeed(entries, SITE, `${SITE}/feed.xml`));
    const atom = parseFeed(atomFeed(entries, SITE, `${SITE}/atom.xml`));
    const json = parseFeed(JSON.stringify(jsonFeed(entries, SITE, `${SITE}/feed.json`)));
    expect(rss.format === "rss" && rss.feed.items?.map((i) => i.link)).toEqual(urls);
    expect(atom.format === "atom" && atom.feed.entries?.map((e) => e.id)).toEqual(urls);
    expect(json.format === "json" && json.feed.items?.map((i) => i.id)).toEqual(urls);
    expect(atom.format === "atom" && atom.feed.updated).toBe(`${fixtureDigest.added}T00:00:00Z`);
  });

  it(`hold at most the ${FEED_ITEMS} newest digests`, () => {
    const many = Array.from({ length: FEED_ITEMS + 5 }, (_, i) => ({ ...fixtureDigest, slug: `fixture-${i}` }));
    const entries = feedEntries(many, SITE);
    expect(entries).toHaveLength(FEED_ITEMS);
    expect(entries[0]!.url).toBe(`${SITE}/digests/fixture-0`);
  });

  it("escape titles and summaries that hold markup, so the XML stays well-formed", () => {
    const hostile = compileDigest({
      slug: "hostile-feed",
      dir: "tests/hostile-feed",
      article: `Eve said: “<b>bold</b> & ]]> end”.\n`,
      meta: {
        title: `A <script>alert(1)</script> & ]]> title`,
        added: "2026-01-01",
        source: { headline: null, outlet: null, url: null, published: null, author: null },
      },
      positions: {
        actors: [{ id: "eve", name: `Eve <i>&</i>`, kind: "person", role: null }],
        questions: [
          {
            id: "q",
            text: `Is <b> a tag?`,
            central: true,
            sides: [
              { id: "a", label: "Yes & no" },
              { id: "b", label: "No" },
            ],
          },
        ],
        positions: [
          {
            actor: "eve",
            summary: "s",
            stances: [{ question: "q", side: "a" }],
            evidence: [{ kind: "quote", text: "<b>bold</b> & ]]> end", speaker: "eve" }],
          },
        ],
      },
    });
    const entries = feedEntries([hostile], SITE);
    for (const xml of [rssFeed(entries, SITE, `${SITE}/feed.xml`), atomFeed(entries, SITE, `${SITE}/atom.xml`)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toContain("<script>");
      const parsed = parseFeed(xml);
      const item = parsed.format === "rss" ? parsed.feed.items?.[0] : parsed.format === "atom" ? parsed.feed.entries?.[0] : undefined;
      expect(textOf(item?.title)).toBe(hostile.title);
    }
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("the sitemap lists the index, every digest with its date, the actors, the topics, the feeds page and the API docs", async () => {
    const res = await get("/sitemap.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(xml) as {
      urlset: { "@_xmlns": string; url: { loc: string; lastmod?: string }[] };
    };
    expect(doc.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset.url).toEqual([
      { loc: `${SITE}/`, lastmod: seed.added },
      ...allDigests().map((d) => ({ loc: `${SITE}/digests/${d.slug}`, lastmod: d.added })),
      { loc: `${SITE}/actors` },
      { loc: `${SITE}/topics` },
      { loc: `${SITE}/feeds` },
      { loc: `${SITE}/api/docs` },
    ]);
  });

  it("robots.txt allows crawling but for personal links, and names the sitemap", async () => {
    const res = await get("/robots.txt");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await res.text()).split("\n").filter(Boolean);
    expect(lines).toEqual(["User-agent: *", "Allow: /", "Disallow: /subscriptions/", "Disallow: /dev/", `Sitemap: ${SITE}/sitemap.xml`]);
  });
});
