// Feed items carry HTML content (RSS content:encoded, Atom content, JSON Feed content_html):
// the question, the sides with their people and quotes, and the original article. And the
// /feeds page explains the feeds to a person.
import { XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { compileDigest } from "../../src/content/compile";
import { atomFeed } from "../../src/web/feeds/atom";
import { feedEntries } from "../../src/web/feeds/entries";
import { rssFeed } from "../../src/web/feeds/rss";
import { fixtureFiles } from "../content/fixtures";
import { contentDigests as allDigests } from "../fixtures/store";
import { worker } from "../worker";

const SITE = "https://standpoint.example";
const get = (path: string) => worker.fetch(`https://example.com${path}`);
const seed = allDigests()[0]!;
const textOf = (t: string | { value?: string } | undefined) => (typeof t === "string" ? t : t?.value);

/** The question, each side's label with its marker, and each side's quote: what an item's HTML must hold. */
function expectDigestContent(html: string) {
  expect(html).toContain("<strong>The question:</strong> Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
  expect(html).toContain("<strong>● Yes: the offer is genuine</strong>");
  expect(html).toContain("<strong>■ No: nothing shows it is genuine</strong>");
  expect(html).toContain("<blockquote><p>“We are willing to negotiate” — Vladimir Putin</p></blockquote>");
  expect(html).toContain(`<a href="${SITE}/digests/${seed.slug}">Read the digest`);
}

describe("the feeds' HTML content, fetched through the Worker", () => {
  it("RSS items carry content:encoded", async () => {
    const body = await (await get("/feed.xml")).text();
    expect(body).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const parsed = parseFeed(body);
    if (parsed.format !== "rss") throw new Error(`not RSS: ${parsed.format}`);
    expectDigestContent(parsed.feed.items![0]!.content!.encoded!);
  });

  it("Atom entries carry content of type html", async () => {
    const parsed = parseFeed(await (await get("/atom.xml")).text());
    if (parsed.format !== "atom") throw new Error(`not Atom: ${parsed.format}`);
    expectDigestContent(textOf(parsed.feed.entries![0]!.content)!);
  });

  it("JSON Feed items carry content_html beside content_text", async () => {
    const feed = await (await get("/feed.json")).json<{ items: { content_html: string; content_text: string }[] }>();
    expectDigestContent(feed.items[0]!.content_html);
    expect(feed.items[0]!.content_text).toContain("Is Putin’s offer");
  });

  it("the check above fails on content without the quotes (negative control)", () => {
    expect(() =>
      expectDigestContent("<p><strong>The question:</strong> Is Putin’s offer to negotiate an end to the Ukraine war genuine?</p>"),
    ).toThrow();
  });

  it("says when the source is unknown", async () => {
    const feed = await (await get("/feed.json")).json<{ items: { content_html: string }[] }>();
    expect(feed.items[0]!.content_html).toContain("Digest of an article whose outlet, author and date the text does not state.");
  });
});

describe("an item whose source is known", () => {
  const files = fixtureFiles();
  const digest = compileDigest({
    ...files,
    meta: {
      ...(files.meta as object),
      source: {
        headline: "Council & mayor split",
        outlet: "The Example Times",
        url: "https://news.example/bridge?a=1&b=2",
        published: "2026-01-01",
        author: "A. Writer",
      },
    },
  });
  const entries = feedEntries([digest], SITE);

  it("names the headline, outlet, author and date and links the original", () => {
    expect(entries[0]!.html).toContain(
      'Digest of <cite>Council &amp; mayor split</cite>, The Example Times, by A. Writer, published 2026-01-01. <a href="https://news.example/bridge?a=1&amp;b=2">Read the original</a>',
    );
  });

  it("stays well-formed XML in RSS and Atom, the HTML escaped once", () => {
    for (const xml of [rssFeed(entries, SITE, `${SITE}/feed.xml`), atomFeed(entries, SITE, `${SITE}/atom.xml`)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain("&lt;cite&gt;Council &amp;amp; mayor split&lt;/cite&gt;");
    }
  });
});

describe("GET /feeds", () => {
  it("explains the feeds and lists each with its absolute address", async () => {
    const res = await get("/feeds");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain("<h1>Follow Standpoint in a feed reader</h1>");
    for (const path of ["/feed.xml", "/atom.xml", "/feed.json"]) expect(html).toContain(`<code>${SITE}${path}</code>`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}/feeds"/>`);
  });

  it("is where the nav's Feeds link goes, on every page, instead of raw XML", async () => {
    for (const path of ["/", `/digests/${seed.slug}`, "/feeds"]) {
      const html = await (await get(path)).text();
      expect(html).toContain('<a href="/feeds">Feeds</a>');
      expect(html).not.toMatch(/<nav[\s\S]*<a href="\/feed\.xml">[\s\S]*<\/nav>/);
    }
  });
});
