// A digest published with a source and `articleText: "excerpts"`: it names and links the
// original, and its article text keeps only the paragraphs someone is quoted or reported in.
import { describe, expect, it } from "vitest";
import { ContentError, compileDigest } from "../../src/content/compile";
import type { ArticleTextMode } from "../../src/digest/schema";
import { documentOf } from "../../src/http/page/Layout";
import { personalize } from "../../src/mail";
import { planEdition } from "../../src/schedule/editions";
import { renderEditionBody } from "../../src/schedule/email/render";
import { DigestPage } from "../../src/web/pages/DigestPage";
import { FIXTURE_TEXT, fixtureFiles } from "../content/fixtures";

const UNQUOTED = ["Traffic on the old crossing has doubled in ten years.", "The vote is expected next spring."];
const [first, second] = FIXTURE_TEXT.split("\n");
// Quoted, unquoted, quoted, unquoted: a gap between the quoted paragraphs and one at the end.
const ARTICLE = [first, UNQUOTED[0], second, UNQUOTED[1]].join("\n");
const SOURCE = {
  headline: "Bridge plan splits the council",
  outlet: "The Example Times",
  url: "https://news.example/bridge",
  published: "2026-01-01",
  author: "A. Writer",
};

function digestIn(mode: ArticleTextMode | undefined) {
  const files = fixtureFiles({ article: ARTICLE });
  return compileDigest({ ...files, meta: { ...(files.meta as object), source: SOURCE, ...(mode && { articleText: mode }) } });
}
const pageOf = (mode: ArticleTextMode) => documentOf(DigestPage({ digest: digestIn(mode), siteUrl: "https://standpoint.test" }));

describe("articleText: excerpts", () => {
  it("withholds the unquoted paragraphs at the build, offsets intact", () => {
    const digest = digestIn("excerpts");
    expect(digest.articleText).toBe("excerpts");
    const json = JSON.stringify(digest);
    for (const paragraph of UNQUOTED) expect(json).not.toContain(paragraph);
    for (const e of digest.positions.flatMap((p) => p.evidence)) expect(digest.article.text.slice(e.start, e.end)).toBe(e.text);
    expect(digest.article.text).toContain(second!);
  });

  it("shows the quoted paragraphs with a gap mark where others were left out", () => {
    const html = pageOf("excerpts");
    expect(html).toContain('<h2 id="text">Excerpts of the article</h2>');
    for (const paragraph of UNQUOTED) expect(html).not.toContain(paragraph);
    expect(html.match(/<p class="gap">\[…\] 1 paragraph left out<\/p>/g)).toHaveLength(2);
    expect(html).toContain('<p id="p1">');
    expect(html).toContain('<p id="p3">');
    expect(html).not.toContain('<p id="p2">');
  });

  it("is off by default: the whole article, no gaps (negative control)", () => {
    expect(digestIn(undefined).articleText).toBe("full");
    const html = pageOf("full");
    for (const paragraph of UNQUOTED) expect(html).toContain(paragraph);
    expect(html).not.toContain('class="gap"');
    expect(html).toContain('<h2 id="text">The full article</h2>');
  });

  it("refuses an unknown mode, naming the file and field", () => {
    const files = fixtureFiles();
    try {
      compileDigest({ ...files, meta: { ...(files.meta as object), articleText: "summary" } });
      expect.unreachable("the mode was accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).problems.map((p) => `${p.file}: ${p.field}`)).toEqual(["content/bridge-fixture/meta.json: articleText"]);
    }
  });
});

describe("the original article, named and linked", () => {
  it("on the page: headline, outlet, author, date and a link", () => {
    const html = pageOf("excerpts");
    expect(html).toContain(
      'Digest of <cite>Bridge plan splits the council</cite>, The Example Times, by A. Writer, published 2026-01-01. <a href="https://news.example/bridge">Read the original</a>',
    );
    expect(html).toContain('<a href="https://news.example/bridge">Read the whole article at the original</a>');
  });

  it("in the summary email, both parts", () => {
    const digest = { ...digestIn("excerpts"), added: "2026-11-27" };
    const body = renderEditionBody(planEdition("daily", new Date("2026-11-28T07:00:00Z"), [digest], null)!, {
      siteUrl: "https://standpoint.test",
      postalAddress: "Standpoint, 1 Example Street",
    });
    const { html, text } = personalize(body, { preferencesUrl: "https://p.test/", unsubscribeUrl: "https://u.test/" });
    expect(html).toContain("Digest of “Bridge plan splits the council”, The Example Times, by A. Writer, published 2026-01-01.");
    expect(html).toMatch(/<a class="sp-link" href="https:\/\/news\.example\/bridge"[^>]*>Read the original<\/a>/);
    expect(text).toContain("   Read the original: https://news.example/bridge");
  });

  it("says so where the source states nothing", () => {
    const files = fixtureFiles();
    const html = documentOf(DigestPage({ digest: compileDigest(files), siteUrl: "https://standpoint.test" }));
    expect(html).toContain("Digest of an article whose outlet, author and date the text does not state.");
    expect(html).not.toContain("Read the original");
  });
});
