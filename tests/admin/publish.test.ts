// Publishing, reviewing and unpublishing through the admin API, seen from every public view.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { nextEdition } from "../../src/schedule";
import { loadExtractorBeforeAll } from "../worker";
import { articleBody, asAdmin, auditOf, call, EVERYWHERE, NOWHERE, publicPlaces, SITE, storedCount } from "./helpers";

loadExtractorBeforeAll();

describe("PUT /api/admin/digests/:slug", () => {
  it("creates (201), is served at once everywhere, and a repeat changes nothing (200)", async () => {
    const slug = "admin-bridge-created";
    expect(await publicPlaces(slug, "costly")).toEqual(NOWHERE);
    const res = await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "A bridge too costly" }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ slug, status: "published", outcome: "created", url: `${SITE}/digests/${slug}`, review: "editor" });
    expect(await publicPlaces(slug, "costly")).toEqual(EVERYWHERE);

    const again = await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "A bridge too costly" }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: "unchanged" });
    expect(await auditOf(slug)).toEqual([
      { action: "create", status: "published", actor: expect.stringMatching(/^token:[0-9a-f]{12} from /) },
    ]);
  });

  it("a republish replaces the digest (200) and changes the page's and the JSON's ETags", async () => {
    const slug = "admin-bridge-republished";
    await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "First title" }));
    const before = { html: await call(`/digests/${slug}`), json: await call(`/api/digests/${slug}`) };
    const etags = { html: before.html.headers.get("etag")!, json: before.json.headers.get("etag")! };
    expect(etags.html).toMatch(/^"[^"]+"$/); // strong

    const res = await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "Second title" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: "replaced" });
    const page = await call(`/digests/${slug}`, { headers: { "If-None-Match": etags.html } });
    expect(page.status).toBe(200);
    expect(page.headers.get("etag")).not.toBe(etags.html);
    expect(await page.text()).toContain("Second title");
    const json = await call(`/api/digests/${slug}`, { headers: { "If-None-Match": etags.json } });
    expect(json.status).toBe(200);
    expect(json.headers.get("etag")).not.toBe(etags.json);
    expect((await auditOf(slug)).map((a) => a.action)).toEqual(["create", "replace"]);
  });

  it("drafts the positions, as POST /api/drafts does, when the body has none", async () => {
    const slug = "admin-bridge-drafted";
    const res = await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ positions: false }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ review: "draft" });
    const digest = await (await call(`/api/digests/${slug}`)).json<{ review: string; positions: { evidence: { text: string }[] }[] }>();
    expect(digest.review).toBe("draft");
    expect(digest.positions.flatMap((p) => p.evidence.map((e) => e.text))).toContain("We will build the bridge,");
  });
});

describe("the review queue", () => {
  it("a pending digest is stored but private, listed for the admin, previewed with the token, then published", async () => {
    const slug = "admin-bridge-pending";
    const res = await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "Pending costly bridge", status: "pending" }));
    expect(res.status).toBe(201);
    expect(await publicPlaces(slug, "costly")).toEqual(NOWHERE);

    const list = await (await asAdmin("GET", "/api/admin/digests?per_page=100")).json<{ digests: { slug: string; status: string }[] }>();
    expect(list.digests.find((d) => d.slug === slug)).toMatchObject({ status: "pending" });
    const preview = await asAdmin("GET", `/api/admin/digests/${slug}`);
    expect(await preview.json()).toMatchObject({ status: "pending", digest: { slug, title: "Pending costly bridge" } });
    const page = await asAdmin("GET", `/admin/digests/${slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    expect(await page.text()).toContain("Pending costly bridge");
    // The preview is the admin's: without the token it is refused.
    expect((await call(`/admin/digests/${slug}`)).status).toBe(401);

    const published = await asAdmin(
      "PUT",
      `/api/admin/digests/${slug}`,
      articleBody({ title: "Pending costly bridge", status: "published" }),
    );
    expect(published.status).toBe(200);
    expect(await publicPlaces(slug, "costly")).toEqual(EVERYWHERE);
  });
});

describe("DELETE /api/admin/digests/:slug", () => {
  it("takes the digest out of every page, list, feed, sitemap, search and future edition; a repeat is a no-op", async () => {
    const slug = "admin-bridge-deleted";
    await asAdmin("PUT", `/api/admin/digests/${slug}`, articleBody({ title: "Doomed costly bridge", added: "2027-09-01" }));
    expect(await publicPlaces(slug, "doomed")).toEqual(EVERYWHERE);
    const edition = () => nextEdition(env.DB, "daily", new Date("2027-09-02T07:00:00Z"), { siteUrl: SITE, postalAddress: "x" });
    const planned = await edition();
    expect(planned && "planned" in planned && planned.planned.plan.digests.map((d) => d.slug)).toEqual([slug]);

    const res = await asAdmin("DELETE", `/api/admin/digests/${slug}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slug, status: "unpublished", changed: true });
    expect(await publicPlaces(slug, "doomed")).toEqual(NOWHERE);
    expect(await edition()).toBeNull();

    const again = await asAdmin("DELETE", `/api/admin/digests/${slug}`);
    expect(await again.json()).toEqual({ slug, status: "unpublished", changed: false });
    expect((await auditOf(slug)).map((a) => [a.action, a.status])).toEqual([
      ["create", "published"],
      ["unpublish", "unpublished"],
    ]);
    const list = await (await asAdmin("GET", "/api/admin/digests?per_page=100")).json<{ digests: { slug: string; status: string }[] }>();
    expect(list.digests.find((d) => d.slug === slug)).toMatchObject({ status: "unpublished" });
    expect(await storedCount(slug)).toBe(1);
  });

  it("404s a slug that was never stored", async () => {
    const res = await asAdmin("DELETE", "/api/admin/digests/never-stored");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "digest_not_found" } });
  });
});

describe("the audit table", () => {
  it("is append-only: an UPDATE or DELETE of a row fails", async () => {
    await asAdmin("PUT", "/api/admin/digests/admin-bridge-audited", articleBody());
    await expect(env.DB.prepare("UPDATE digest_audit SET actor = 'someone else'").run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM digest_audit").run()).rejects.toThrow(/append-only/);
    // Negative control: the same statements succeed on a table without the triggers.
    await env.DB.prepare("CREATE TABLE audit_copy AS SELECT * FROM digest_audit").run();
    const copy = await env.DB.prepare("DELETE FROM audit_copy").run();
    expect(copy.meta.changes).toBeGreaterThan(0);
    await env.DB.prepare("DROP TABLE audit_copy").run();
    expect((await env.DB.prepare("SELECT count(*) AS n FROM digest_audit").first<{ n: number }>())!.n).toBeGreaterThan(0);
  });
});
