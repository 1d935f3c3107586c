import { describe, expect, it } from "vitest";
import { compileDigest } from "../../src/content/compile";
import { listingOf } from "../../src/digest/listing";
import { documentOf } from "../../src/http/page/Layout";
import { DigestPage } from "../../src/web/pages/DigestPage";
import { IndexPage } from "../../src/web/pages/IndexPage";

const EVIL = `<script>alert(document.cookie)</script>`;
const article = `Officials spoke. "Trust us ${EVIL} & more," said <b>Eve</b>. Then "</script><img src=x onerror=alert(1)>" was heard.`;

const digest = compileDigest({
  slug: "hostile",
  dir: "content/hostile",
  article,
  meta: {
    title: `Title ${EVIL}`,
    added: "2026-01-01",
    source: { headline: `Headline ${EVIL}`, outlet: "Outlet & Co", url: "https://example.com/?a=1&b=<x>", published: null, author: null },
  },
  positions: {
    actors: [{ id: "eve", name: `Eve ${EVIL}`, kind: "person", role: `Role ${EVIL}` }],
    questions: [
      {
        id: "q",
        text: `Question ${EVIL}?`,
        central: true,
        sides: [
          { id: "a", label: `Side ${EVIL}` },
          { id: "b", label: "Other" },
        ],
      },
    ],
    positions: [
      {
        actor: "eve",
        summary: `Summary ${EVIL}`,
        stances: [{ question: "q", side: "a" }],
        evidence: [
          { kind: "quote", text: `Trust us ${EVIL} & more,`, speaker: "eve", saidTo: `Bob ${EVIL}` },
          { kind: "quote", text: `</script><img src=x onerror=alert(1)>`, speaker: "eve" },
        ],
      },
    ],
  },
});

describe("content that holds markup renders as text", () => {
  const pages = {
    digest: documentOf(DigestPage({ digest, siteUrl: "https://standpoint.test" })),
    index: documentOf(IndexPage({ digests: [listingOf(digest)], siteUrl: "https://standpoint.test" })),
  };

  for (const [name, html] of Object.entries(pages)) {
    it(`on the ${name} page`, () => {
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("<img src=x");
      expect(html).not.toContain("<b>Eve</b>");
      expect(html).toContain("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    });
  }

  it("in the JSON-LD block, which no text can close", () => {
    const block = pages.digest.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(block).not.toContain("<");
    const data = JSON.parse(block) as { headline: string; hasPart: { text: string }[] };
    expect(data.headline).toBe(`Title ${EVIL}`);
    expect(data.hasPart.map((q) => q.text)).toContain(`</script><img src=x onerror=alert(1)>`);
  });

  it("in attributes", () => {
    expect(pages.digest).toContain('content="Question &lt;script&gt;alert(document.cookie)&lt;/script&gt;?"');
    expect(pages.digest).toContain('href="https://example.com/?a=1&amp;b=&lt;x&gt;"');
  });
});
