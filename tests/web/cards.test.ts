// Sharing cards: an og:image per digest (a PNG of 1200×630 the build rendered, served as a
// static asset), the site-wide image as a fallback, twitter:card, and JSON-LD that names
// each quotation once.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { cardSvg, wrap } from "../../src/content/card";
import { SITE_CARD } from "../../src/digest/cards";
import { documentOf } from "../../src/http/page/Layout";
import { DigestPage } from "../../src/web/pages/DigestPage";
import { fixtureDigest } from "../fixtures/archive-fixture";
import { contentDigests as allDigests } from "../fixtures/store";
import { worker } from "../worker";

const seed = allDigests()[0]!;
const SITE = "https://standpoint.example";
const pageOf = async (path: string) => (await worker.fetch(`https://example.com${path}`)).text();
const meta = (html: string, property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"/>`))?.[1];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("og:image", () => {
  it("a digest page names its own card, which the assets serve as a PNG of at least 1200×630", async () => {
    const html = await pageOf(`/digests/${seed.slug}`);
    const image = meta(html, "og:image")!;
    expect(image).toBe(`${SITE}/og/d/${seed.slug}.png`);
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "og:image:height")).toBe("630");
    expect(meta(html, "og:image:alt")).toContain("Is Putin’s offer to negotiate");
    const res = await env.ASSETS.fetch(new URL(new URL(image).pathname, "https://assets.local"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const size = pngSize(new Uint8Array(await res.arrayBuffer()));
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThanOrEqual(630);
  });

  it("a digest published without a card, and the index, get the site-wide image, which exists", async () => {
    // Its page names the card's path; no asset is there (the build never saw it), so the
    // request reaches the Worker, which sends the site-wide image.
    const html = documentOf(DigestPage({ digest: fixtureDigest, siteUrl: SITE }));
    expect(meta(html, "og:image")).toBe(`${SITE}/og/d/${fixtureDigest.slug}.png`);
    expect((await env.ASSETS.fetch(`https://assets.local/og/d/${fixtureDigest.slug}.png`)).status).toBe(404);
    const fallback = await worker.fetch(`${SITE}/og/d/${fixtureDigest.slug}.png`, { redirect: "manual" });
    expect(fallback.status).toBe(302);
    expect(fallback.headers.get("Location")).toBe(SITE_CARD.path);
    expect(meta(await pageOf("/"), "og:image")).toBe(`${SITE}/og/standpoint.png`);
    const res = await env.ASSETS.fetch("https://assets.local/og/standpoint.png");
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it("the size check fails on what is not a PNG (negative control)", () => {
    expect(() => pngSize(new TextEncoder().encode("<svg>not a png</svg>"))).toThrow("not a PNG");
  });

  it("the card shows the question and who stands where, escaped", () => {
    const svg = cardSvg(seed);
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain("Is Putin’s offer to negotiate an end");
    expect(svg).toContain("● Yes: the offer is genuine");
    expect(svg).toContain("The White House, NSC spokesperson");
    const hostile = cardSvg({ ...fixtureDigest, questions: fixtureDigest.questions.map((q) => ({ ...q, text: `<script>&"` })) });
    expect(hostile).toContain("&lt;script&gt;&amp;&quot;");
  });

  it("wraps long text within its lines, with an ellipsis when it overflows", () => {
    const lines = wrap("one two three four five six seven eight nine ten", 10, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(wrap("short text", 20, 3)).toEqual(["short text"]);
  });
});

describe("twitter:card", () => {
  it("is a large image card wherever there is an image", async () => {
    expect(meta(await pageOf(`/digests/${seed.slug}`), "twitter:card")).toBe("summary_large_image");
    expect(meta(await pageOf("/feeds"), "twitter:card")).toBe("summary_large_image");
  });
});

describe("JSON-LD", () => {
  const ldOf = (html: string) =>
    JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!) as {
      hasPart: { text: string; creator: { name: string } }[];
      image: string;
    };

  it("names each quotation once, though two positions cite the NSC spokesperson's words", async () => {
    const cited = seed.positions.flatMap((p) => p.evidence).filter((e) => e.kind === "quote");
    const distinct = new Set(cited.map((e) => `${e.start}:${e.end}`));
    expect(cited.length).toBeGreaterThan(distinct.size); // the seed does cite one quotation twice
    const { hasPart, image } = ldOf(await pageOf(`/digests/${seed.slug}`));
    expect(hasPart).toHaveLength(distinct.size);
    expect(new Set(hasPart.map((q) => q.text)).size).toBe(hasPart.length);
    expect(image).toMatch(/\/og\/d\//);
  });
});
