// Digests for people (HTML) and programs (JSON). Each representation is built and
// hashed once per isolate; requests only compare ETags and copy bytes.
import { Hono } from "hono";
import { allDigests, findDigest } from "../digest/catalog";
import { centralQuestion } from "../digest/read";
import type { Digest, DigestSummary } from "../digest/schema";
import schema from "../generated/digest.schema.json";
import { once, represent, sendCached } from "./cache";
import { errorResponse, prefersJson } from "./errors";
import { DigestPage, digestPath } from "./pages/DigestPage";
import { IndexPage } from "./pages/IndexPage";
import { documentOf } from "./pages/Layout";

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

export function summaryOf(digest: Digest, siteUrl: string): DigestSummary {
  return {
    slug: digest.slug,
    title: digest.title,
    url: `${siteUrl}${digestPath(digest.slug)}`,
    review: digest.review,
    added: digest.added,
    published: digest.source.published,
    outlet: digest.source.outlet,
    centralQuestion: centralQuestion(digest).text,
  };
}

const notFound = (slug: string) => `No digest is called “${slug}”.`;

export const digestRoutes = new Hono<{ Bindings: Env }>()
  .get("/", (c) =>
    sendCached(
      c,
      once("index.html", () => represent(documentOf(IndexPage({ digests: allDigests(), siteUrl: c.env.SITE_URL })), HTML)),
    ),
  )
  .get("/digests/:slug", (c) => {
    const slug = c.req.param("slug");
    const digest = findDigest(slug);
    const json = prefersJson(c.req.header("Accept"));
    if (!digest) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    const rep = json
      ? digestJson(digest)
      : once(`${slug}.html`, () => represent(documentOf(DigestPage({ digest, siteUrl: c.env.SITE_URL })), HTML));
    return sendCached(c, rep, undefined, "Accept");
  })
  .get("/api/digests", (c) =>
    sendCached(
      c,
      once("digests.json", () =>
        represent(JSON.stringify({ digests: allDigests().map((d) => summaryOf(d, c.env.SITE_URL)) }), JSON_TYPE),
      ),
    ),
  )
  .get("/api/digests/:slug", (c) => {
    const slug = c.req.param("slug");
    const digest = findDigest(slug);
    if (!digest) return errorResponse(c, 404, "digest_not_found", notFound(slug));
    return sendCached(c, digestJson(digest));
  })
  .get("/schema/digest.json", (c) =>
    sendCached(c, once("schema", () => represent(JSON.stringify(schema), "application/schema+json"))),
  );

function digestJson(digest: Digest) {
  return once(`${digest.slug}.json`, () => represent(JSON.stringify(digest), JSON_TYPE));
}
