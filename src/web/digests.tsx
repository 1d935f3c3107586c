// Digests for people (HTML) and programs (JSON). Each representation is built and
// hashed once per isolate; requests only compare ETags and copy bytes.
import { Hono, type Context } from "hono";
import * as z from "zod";
import { MAX_ID_LENGTH, Slug } from "../digest/schema";
import { latestActor, pageCount, pageOf } from "../digest/archive";
import { allDigests, findDigest } from "../digest/catalog";
import { Digest } from "../digest/schema";
import schema from "../generated/digest.schema.json";
import { digestList, filtered, linkHeader, ListQuery, PageQuery, DigestList } from "./archive";
import { once, onceRecent, represent, sendCached } from "../http/cache";
import { errorResponse, prefersJson } from "../http/errors";
import { exampleDigest, exampleDigestList } from "./openapi/examples";
import { cached, documented, errors, json, named, validQuery } from "../http/openapi";
import { DigestPage } from "./pages/DigestPage";
import { IndexPage, INDEX_PER_PAGE } from "./pages/IndexPage";
import { documentOf } from "../http/page/Layout";
import type { AppEnv } from "../env";

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

named("Digest", Digest);

const notFound = (slug: string) => `No digest is called “${slug}”.`;
const overlong = (c: Context) =>
  errorResponse(c, 400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`);

const SlugParam = z.object({ slug: Slug.meta({ description: "The digest's slug.", examples: ["putin-offer-to-negotiate"] }) });

const listDigests = documented({
  method: "get",
  path: "/api/digests",
  operationId: "listDigests",
  tag: "Digests",
  summary: "List digests, newest first",
  description:
    "One page of the archive. The `Link` header (RFC 8288) gives the first, previous, next and last pages. With `actor`, only the digests in which that actor appears, each with the actor's position in it: follow one person or institution over time.",
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
  description: "The article's text, actors, questions and positions; every evidence's `start` and `end` locate its exact characters in `article.text`.",
  params: SlugParam,
  responses: { ...cached(json(Digest, "The digest.", exampleDigest)), ...errors([400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`], [404, "digest_not_found", notFound("no-such-digest")]) },
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
    ...errors([400, "invalid_slug", `A digest's slug is at most ${MAX_ID_LENGTH} characters.`], [404, "digest_not_found", notFound("no-such-digest")]),
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
  .get("/", validQuery(PageQuery), (c) => {
    const { page: number, actor: actorId } = c.req.valid("query");
    const digests = allDigests();
    const actor = actorId === undefined ? undefined : latestActor(digests, actorId);
    if (actorId !== undefined && !actor) return errorResponse(c, 404, "actor_not_found", `No digest names an actor “${actorId}”.`);
    const page = pageOf(filtered(digests, actorId), number, INDEX_PER_PAGE);
    if (!page) return pastTheEnd(c, number, pageCount(filtered(digests, actorId).length, INDEX_PER_PAGE));
    return sendCached(
      c,
      onceRecent(`index.html?actor=${actorId ?? ""}&page=${number}`, () =>
        represent(documentOf(IndexPage({ digests: page.items, page, actor, siteUrl: c.env.SITE_URL })), HTML),
      ),
    );
  })
  .get(digestPage.path, (c) => {
    const slug = c.req.param("slug");
    if (slug.length > MAX_ID_LENGTH) return overlong(c);
    const digest = findDigest(slug);
    const json = prefersJson(c.req.header("Accept"));
    if (!digest) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    const rep = json
      ? digestJson(digest)
      : once(`${slug}.html`, () => represent(documentOf(DigestPage({ digest, siteUrl: c.env.SITE_URL })), HTML));
    return sendCached(c, rep, undefined, "Accept");
  })
  .get(listDigests.path, validQuery(ListQuery), (c) => {
    const query = c.req.valid("query");
    const base = `${c.env.SITE_URL}${listDigests.path}`;
    const list = digestList(allDigests(), query, c.env.SITE_URL);
    if (!list) {
      const pages = pageCount(filtered(allDigests(), query.actor).length, query.per_page);
      c.header("Link", linkHeader(base, query, { page: query.page, pages }));
      return pastTheEnd(c, query.page, pages);
    }
    c.header("Link", linkHeader(base, query, list.page));
    const key = `digests.json?actor=${query.actor ?? ""}&page=${query.page}&per_page=${query.per_page}`;
    return sendCached(c, onceRecent(key, () => represent(JSON.stringify(list.body), JSON_TYPE)));
  })
  .get(getDigest.path, (c) => {
    const slug = c.req.param("slug");
    if (slug.length > MAX_ID_LENGTH) return overlong(c);
    const digest = findDigest(slug);
    if (!digest) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    return sendCached(c, digestJson(digest));
  })
  .get(digestSchema.path, (c) =>
    sendCached(c, once("schema", () => represent(JSON.stringify(schema), "application/schema+json"))),
  );

function pastTheEnd(c: Context, page: number, pages: number) {
  const last = pages === 1 ? "there is only page 1" : `the last page is ${pages}`;
  return errorResponse(c, 404, "page_not_found", `There is no page ${page}: ${last}.`);
}

function digestJson(digest: Digest) {
  return once(`${digest.slug}.json`, () => represent(JSON.stringify(digest), JSON_TYPE));
}
