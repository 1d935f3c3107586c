// Digests for people (HTML) and programs (JSON), read from D1. Each representation is built
// and hashed once per isolate read (src/web/reads.ts); requests only compare ETags and copy bytes.
import { type Context, Hono } from "hono";
import * as z from "zod";
import { Digest, MAX_ID_LENGTH, Slug } from "../digest/schema";
import type { AppEnv } from "../env";
import schema from "../generated/digest.schema.json";
import { once, represent, sendCached } from "../http/cache";
import { errorResponse, prefersJson } from "../http/errors";
import { cached, documented, errors, json, named, validQuery } from "../http/openapi";
import { documentOf } from "../http/page/Layout";
import { conflictingFilters, DigestList, digestList, ListQuery, linkHeader, PageQuery, pageOf, pastTheEnd } from "./archive";
import { exampleDigest, exampleDigestList } from "./openapi/examples";
import { INDEX_PER_PAGE, IndexPage } from "./pages/IndexPage";
import { type ListRequest, readDigest, readList, readRepresentation } from "./reads";

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

named("Digest", Digest);

const notFound = (slug: string) => `No digest is called “${slug}”.`;
const overlong = (c: Context) => errorResponse(c, 400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`);

const SlugParam = z.object({ slug: Slug.meta({ description: "The digest's slug.", examples: ["putin-offer-to-negotiate"] }) });

const listDigests = documented({
  method: "get",
  path: "/api/digests",
  operationId: "listDigests",
  tag: "Digests",
  summary: "List digests, newest first",
  description:
    "One page of the archive. The `Link` header (RFC 8288) gives the first, previous, next and last pages. With `actor`, only the digests in which that actor appears, each with the actor's position in it: follow one person or institution over time. With `q`, a full-text search of titles, article texts, quotes and actor names, best match first.",
  query: ListQuery,
  responses: {
    ...cached({
      ...json(DigestList, "One page of digest summaries.", exampleDigestList),
      headers: { Link: { description: "RFC 8288 links: rel first, prev, next, last.", schema: { type: "string" } } },
    }),
    ...errors([400, "invalid_query", "page: page must be at least 1"], [404, "page_not_found", "There is no page 3: the last page is 2."]),
  },
});

const getDigest = documented({
  method: "get",
  path: "/api/digests/:slug",
  operationId: "getDigest",
  tag: "Digests",
  summary: "One whole digest",
  description:
    "The article's text, actors, questions and positions; every evidence's `start` and `end` locate its exact characters in `article.text`.",
  params: SlugParam,
  responses: {
    ...cached(json(Digest, "The digest.", exampleDigest)),
    ...errors(
      [400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`],
      [404, "digest_not_found", notFound("no-such-digest")],
    ),
  },
});

const digestPage = documented({
  method: "get",
  path: "/digests/:slug",
  operationId: "getDigestPage",
  tag: "Digests",
  summary: "A digest's page, or the digest as JSON",
  description: "The page for people; with `Accept: application/json`, the same JSON as `GET /api/digests/{slug}`.",
  params: SlugParam,
  responses: {
    ...cached({ description: "The digest.", content: { "text/html": {}, "application/json": { schema: Digest, example: exampleDigest } } }),
    ...errors(
      [400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`],
      [404, "digest_not_found", notFound("no-such-digest")],
    ),
  },
});

const digestSchema = documented({
  method: "get",
  path: "/schema/digest.json",
  operationId: "getDigestSchema",
  tag: "Digests",
  summary: "The JSON Schema (2020-12) of a digest",
  responses: cached({
    description: "A JSON Schema document.",
    content: { "application/schema+json": { jsonSchema: { type: "object", description: "A JSON Schema (draft 2020-12) document." } } },
  }),
});

export const digestRoutes = new Hono<{ Bindings: AppEnv }>()
  .get("/", validQuery(PageQuery), async (c) => {
    const query = c.req.valid("query");
    const conflict = conflictingFilters(query);
    if (conflict) return errorResponse(c, 400, "invalid_query", conflict);
    const request: ListRequest = { actor: query.actor, q: query.q, page: query.page, perPage: INDEX_PER_PAGE };
    const listed = await readList(c.env, request);
    if (query.actor !== undefined && !listed.actor)
      return errorResponse(c, 404, "actor_not_found", `No digest names an actor “${query.actor}”.`);
    const page = pageInfo(request, listed.total);
    if (page.page > page.pages) return pastTheEnd(c, page.page, page.pages);
    const rep = await readRepresentation(c.env, `index.html?${keyOf(request)}`, () =>
      represent(
        documentOf(IndexPage({ digests: listed.items, page, actor: listed.actor ?? undefined, q: query.q, siteUrl: c.env.SITE_URL })),
        HTML,
      ),
    );
    return sendCached(c, rep);
  })
  .get(digestPage.path, async (c) => {
    const slug = c.req.param("slug");
    if (slug.length > MAX_ID_LENGTH) return overlong(c);
    const found = await readDigest(c.env, slug);
    if (!found) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    const rep = prefersJson(c.req.header("Accept")) ? found.json() : found.html(c.env.SITE_URL);
    return sendCached(c, rep, undefined, "Accept");
  })
  .get(listDigests.path, validQuery(ListQuery), async (c) => {
    const query = c.req.valid("query");
    const conflict = conflictingFilters(query);
    if (conflict) return errorResponse(c, 400, "invalid_query", conflict);
    const base = `${c.env.SITE_URL}${listDigests.path}`;
    const request: ListRequest = { actor: query.actor, q: query.q, page: query.page, perPage: query.per_page };
    const listed = await readList(c.env, request);
    const page = pageInfo(request, listed.total);
    c.header("Link", linkHeader(base, query, page));
    if (page.page > page.pages) return pastTheEnd(c, page.page, page.pages);
    const rep = await readRepresentation(c.env, `digests.json?${keyOf(request)}`, () =>
      represent(JSON.stringify(digestList(listed, query, page, c.env.SITE_URL)), JSON_TYPE),
    );
    return sendCached(c, rep);
  })
  .get(getDigest.path, async (c) => {
    const slug = c.req.param("slug");
    if (slug.length > MAX_ID_LENGTH) return overlong(c);
    const found = await readDigest(c.env, slug);
    if (!found) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    return sendCached(c, found.json());
  })
  .get(digestSchema.path, (c) =>
    sendCached(
      c,
      once("schema", () => represent(JSON.stringify(schema), "application/schema+json")),
    ),
  );

const keyOf = (r: ListRequest) => new URLSearchParams({ actor: r.actor ?? "", q: r.q ?? "", page: String(r.page), per: String(r.perPage) });

const pageInfo = (request: ListRequest, total: number) => ({ items: [], ...pageOf(request.page, request.perPage, total) });
