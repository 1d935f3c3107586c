import { Validator } from "@cfworker/json-schema";
import { describe, expect, it } from "vitest";
import seedArticle from "../../content/putin-offer-to-negotiate/article.txt?raw";
import { worker } from "../worker";

const SLUG = "putin-offer-to-negotiate";
const get = (path: string, init?: RequestInit) => worker.fetch(`https://standpoint.test${path}`, init);

describe("GET /", () => {
  it("lists the digests, newest first, as HTML", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain(`href="/digests/${SLUG}"`);
  });
});

describe("GET /digests/:slug", () => {
  it("serves the digest page: central question, sides, cards, quotes linked to the text", async () => {
    const res = await get(`/digests/${SLUG}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Is Putin’s offer to negotiate an end to the Ukraine war genuine?");
    expect(html).toMatch(/<section class="card" id="actor-dmitry-suslov"/);
    // A quote's card links to its place in the text, and that place links back.
    const [, id] = html.match(/<figure id="c-(e\d+)"><blockquote><p>We are willing to negotiate<\/p>/) ?? [];
    expect(id).toBeDefined();
    expect(html).toContain(`href="#t-${id}"`);
    expect(html).toContain(`id="t-${id}" href="#c-${id}"`);
    expect(html).toContain("<mark>We are willing to negotiate</mark>");
  });

  it("answers JSON to Accept: application/json, and varies on Accept", async () => {
    const res = await get(`/digests/${SLUG}`, { headers: { Accept: "application/json" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("vary")).toBe("Accept");
    const body = await res.json<{ slug: string }>();
    expect(body.slug).toBe(SLUG);
  });

  it("keeps HTML for a browser's Accept header", async () => {
    const res = await get(`/digests/${SLUG}`, {
      headers: { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("404s an unknown slug as a page, or as JSON when asked", async () => {
    const page = await get("/digests/no-such-article");
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("No digest is called “no-such-article”.");
    const json = await get("/digests/no-such-article", { headers: { Accept: "application/json" } });
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({
      error: { code: "digest_not_found", message: "No digest is called “no-such-article”." },
    });
  });

  it("escapes a hostile slug in the 404 page", async () => {
    const res = await get("/digests/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("JSON API", () => {
  it("lists digests with slug, title, url and dates", async () => {
    const res = await get("/api/digests");
    expect(res.status).toBe(200);
    const { digests } = await res.json<{ digests: Record<string, unknown>[] }>();
    expect(digests[0]).toMatchObject({
      slug: SLUG,
      url: `https://standpoint.example/digests/${SLUG}`,
      added: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      published: null,
    });
    expect(digests[0]!.title).toEqual(expect.any(String));
  });

  it("serves the whole digest, valid against the published JSON Schema", async () => {
    const schema = await (await get("/schema/digest.json")).json<object>();
    const res = await get(`/api/digests/${SLUG}`);
    expect(res.status).toBe(200);
    const digest = await res.json<{
      article: { text: string };
      positions: { evidence: { start: number; end: number; text: string }[] }[];
    }>();
    const result = new Validator(schema, "2020-12").validate(digest);
    expect(result.errors).toEqual([]);
    expect(digest.article.text).toBe(seedArticle);
    for (const e of digest.positions.flatMap((p) => p.evidence)) {
      expect(digest.article.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("the schema rejects a digest with a broken offset", async () => {
    const schema = await (await get("/schema/digest.json")).json<object>();
    const digest = await (await get(`/api/digests/${SLUG}`)).json<{ positions: { evidence: { start: unknown }[] }[] }>();
    digest.positions[0]!.evidence[0]!.start = -1;
    expect(new Validator(schema, "2020-12").validate(digest).valid).toBe(false);
  });

  it("404s an unknown digest with the error body", async () => {
    const res = await get("/api/digests/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "digest_not_found", message: "No digest is called “nope”." } });
  });

  it("404s unknown API paths as JSON", async () => {
    const res = await get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("caching", () => {
  for (const path of [`/digests/${SLUG}`, `/api/digests/${SLUG}`, "/api/digests", "/"]) {
    it(`${path}: strong ETag, Cache-Control, 304 on If-None-Match, HEAD without a body`, async () => {
      const first = await get(path);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
      const again = await get(path, { headers: { "If-None-Match": `"other", ${etag}` } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      const stale = await get(path, { headers: { "If-None-Match": '"stale"' } });
      expect(stale.status).toBe(200);
      const head = await get(path, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers.get("etag")).toBe(etag);
      expect(await head.text()).toBe("");
    });
  }

  it("the HTML and JSON of one digest have different ETags", async () => {
    const html = await get(`/digests/${SLUG}`);
    const json = await get(`/digests/${SLUG}`, { headers: { Accept: "application/json" } });
    expect(html.headers.get("etag")).not.toBe(json.headers.get("etag"));
  });
});

describe("security headers", () => {
  for (const path of ["/", `/digests/${SLUG}`, "/api/digests", "/nope", "/healthz"]) {
    it(`on ${path}`, async () => {
      const res = await get(path);
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toMatch(/script-src/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    });
  }

  it("the inline stylesheet matches the hash the policy allows", async () => {
    const res = await get(`/digests/${SLUG}`);
    const html = await res.text();
    const css = html.match(/<style>([^<]*)<\/style>/)![1]!;
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(css));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(res.headers.get("content-security-policy")).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });
});

describe("cross-origin reads", () => {
  it("public documents may be read by any site's scripts", async () => {
    for (const path of ["/api/digests", `/api/digests/${SLUG}`, "/schema/digest.json", "/openapi.json", "/feed.json"]) {
      const res = await get(path, { headers: { Origin: "https://elsewhere.example" } });
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    const preflight = await get("/api/digests", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,HEAD");
  });

  it("routes that act for a subscriber are not opened to other sites", async () => {
    const res = await get("/api/subscriptions", {
      method: "POST",
      headers: { Origin: "https://elsewhere.example", "Content-Type": "application/json" },
      body: JSON.stringify({ email: "cors@example.org", cadence: "daily" }),
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.status).toBe(403);
  });
});
