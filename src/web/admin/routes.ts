// The admin API: publish, review and unpublish digests without a redeploy. Every call takes
// the admin token (auth.ts), is idempotent, and every change is recorded in digest_audit.
// A write clears this isolate's read cache, so it shows here at once.
import { Hono } from "hono";
import * as z from "zod";
import { pageCount } from "../../digest/archive";
import { digestPath } from "../../digest/paths";
import { Digest, Slug } from "../../digest/schema";
import { AdminEntry, DigestStatus, findDigest, listAllDigests, putDigest, unpublishDigest } from "../../digest/store";
import { mediaType, readJsonBody } from "../../http/body";
import { apiError, errorResponse } from "../../http/errors";
import { documented, errors, json, named, validQuery } from "../../http/openapi";
import { documentOf } from "../../http/page/Layout";
import { MAX_PER_PAGE, Pagination, PER_PAGE } from "../archive";
import { forgetReads } from "../isolate-cache";
import { DigestPage } from "../pages/DigestPage";
import { type AdminBindings, requireAdmin } from "./auth";
import { compileRequest, MAX_ADMIN_BYTES, ProblemsError, PutDigestRequest } from "./request";

const BEARER = "Bearer <ADMIN_TOKEN> (the site's admin token).";
const SlugParam = z.object({ slug: Slug.meta({ description: "The digest's slug.", examples: ["putin-offer-to-negotiate"] }) });

const PutResult = named(
  "PutDigestResult",
  z.object({
    slug: Slug,
    status: DigestStatus,
    outcome: z.enum(["created", "replaced", "unchanged"]),
    url: z.url(),
    review: Digest.shape.review,
  }),
);
const AdminList = named("AdminDigestList", z.object({ digests: z.array(AdminEntry), pagination: Pagination }));
const AdminDigest = named("AdminDigest", z.object({ status: DigestStatus, revision: z.int(), digest: Digest }));
const Unpublished = named("UnpublishResult", z.object({ slug: Slug, status: z.literal("unpublished"), changed: z.boolean() }));

const unauthorized = [401, "unauthorized", "Send the admin token as Authorization: Bearer <ADMIN_TOKEN>."] as const;
const disabled = [404, "admin_disabled", "The admin API is off: ADMIN_TOKEN is not set on this site."] as const;

const putRoute = documented({
  method: "put",
  path: "/api/admin/digests/:slug",
  operationId: "putDigest",
  tag: "Admin",
  summary: "Publish, replace or queue for review a digest",
  description: `The article's files as JSON, at most ${MAX_ADMIN_BYTES / 1024} KiB. They pass the same verifier as \`npm run build\` (every excerpt verbatim) and, without \`positions\`, the same drafter as POST /api/drafts. 201 when the slug is new, 200 when it replaces (or repeats) what is stored. A refused request stores nothing.`,
  params: SlugParam,
  bearer: BEARER,
  body: { schema: PutDigestRequest },
  responses: {
    200: json(PutResult, "Replaced, or unchanged when the same digest and status were already stored."),
    201: json(PutResult, "Created."),
    ...errors([400, "invalid_json", "The request body is not valid JSON."], [...unauthorized], [...disabled], 413, 415),
    422: json(ProblemsError, "The article does not verify; each problem names its field.", {
      error: {
        code: "invalid_digest",
        message: "The digest has 1 problem.",
        problems: [
          {
            path: "positions.positions[0].evidence[0].text",
            message: '"We are ready to negotiate" does not occur verbatim in article.txt',
          },
        ],
      },
    }),
  },
});

const listRoute = documented({
  method: "get",
  path: "/api/admin/digests",
  operationId: "listAllDigests",
  tag: "Admin",
  summary: "Every digest with its status, pending and unpublished ones included",
  bearer: BEARER,
  query: z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe("1-based page number."),
    per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(PER_PAGE).describe(`Digests per page, 1 to ${MAX_PER_PAGE}.`),
  }),
  responses: { 200: json(AdminList, "One page, newest first."), ...errors(400, [...unauthorized], [...disabled]) },
});

const getRoute = documented({
  method: "get",
  path: "/api/admin/digests/:slug",
  operationId: "getAnyDigest",
  tag: "Admin",
  summary: "A digest whatever its status: the preview of a pending one",
  bearer: BEARER,
  params: SlugParam,
  responses: {
    200: json(AdminDigest, "The stored digest."),
    ...errors([...unauthorized], [404, "digest_not_found", "No digest is called “x”."]),
  },
});

const deleteRoute = documented({
  method: "delete",
  path: "/api/admin/digests/:slug",
  operationId: "unpublishDigest",
  tag: "Admin",
  summary: "Unpublish a digest",
  description:
    "It leaves every page, list, feed, sitemap, search result and future edition; it stays listed here and a PUT publishes it again.",
  bearer: BEARER,
  params: SlugParam,
  responses: {
    200: json(Unpublished, "Unpublished (`changed` is false when it already was)."),
    ...errors([...unauthorized], [404, "digest_not_found", "No digest is called “x”."]),
  },
});

const notFound = (slug: string) => `No digest is called “${slug}”.`;

export const adminRoutes = new Hono<AdminBindings>()
  .use("/api/admin/*", requireAdmin)
  .use("/admin/*", requireAdmin)
  .put(putRoute.path, async (c) => {
    const slug = c.req.param("slug");
    if (mediaType(c) !== "application/json") return apiError(c, 415, "unsupported_media_type", "Send the digest as application/json.");
    const body = await readJsonBody(c, MAX_ADMIN_BYTES);
    if (!body.ok) return apiError(c, body.status, body.code, body.message);
    const compiled = await compileRequest(slug, body.value);
    if (!compiled.ok) {
      const n = compiled.problems.length;
      const message = `The digest has ${n} problem${n === 1 ? "" : "s"}: ${compiled.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
      return c.json({ error: { code: "invalid_digest", message, problems: compiled.problems } }, 422);
    }
    const outcome = await putDigest(c.env.DB, compiled.digest, compiled.status, c.get("admin"));
    forgetReads();
    const result = { slug, status: compiled.status, outcome, url: `${c.env.SITE_URL}${digestPath(slug)}`, review: compiled.digest.review };
    return c.json(result, outcome === "created" ? 201 : 200);
  })
  .get(listRoute.path, validQuery(listRoute.query), async (c) => {
    const { page, per_page } = c.req.valid("query");
    const { items, total } = await listAllDigests(c.env.DB, { limit: per_page, offset: (page - 1) * per_page });
    return c.json({ digests: items, pagination: { page, perPage: per_page, pages: pageCount(total, per_page), total } });
  })
  .get(getRoute.path, async (c) => {
    const slug = c.req.param("slug");
    const stored = await findDigest(c.env.DB, slug, true);
    if (!stored) return apiError(c, 404, "digest_not_found", notFound(slug));
    return c.json({ status: stored.status, revision: stored.revision, digest: stored.body });
  })
  .delete(deleteRoute.path, async (c) => {
    const slug = c.req.param("slug");
    const changed = await unpublishDigest(c.env.DB, slug, c.get("admin"));
    if (changed === null) return apiError(c, 404, "digest_not_found", notFound(slug));
    forgetReads();
    return c.json({ slug, status: "unpublished" as const, changed });
  })
  // The page as readers will see it, for a digest still pending (or taken down).
  .get("/admin/digests/:slug", async (c) => {
    const slug = c.req.param("slug");
    const stored = await findDigest(c.env.DB, slug, true);
    if (!stored) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    return c.html(documentOf(DigestPage({ digest: stored.body, siteUrl: c.env.SITE_URL })));
  });
