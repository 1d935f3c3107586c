// POST /api/drafts: the automatic draft of any article, as the digest the build would
// compile from it. The extractor only quotes what it found in the text, and the draft then
// passes the same verifier as the editor's files.
import { type Context, Hono } from "hono";
import * as z from "zod";
import { ContentError, compileDigest } from "../content/compile";
import { Digest } from "../digest/schema";
import type { AppEnv } from "../env";
import { loadExtractor } from "../extract/load";
import { type Checked, mediaType, readBounded, readJsonBody, refuse } from "../http/body";
import { apiError } from "../http/errors";
import { documented, errors, json, reasonOf } from "../http/openapi";
import { exampleDigest } from "./openapi/examples";

export const MAX_DRAFT_BYTES = 200 * 1024;

const DraftRequest = z.strictObject({
  text: z.string().meta({ description: "The article's plain text; paragraphs are lines." }),
  title: z.string().trim().min(1).max(300).optional().meta({ description: "A title for the draft; defaults to “Draft”." }),
});

const route = documented({
  method: "post",
  path: "/api/drafts",
  operationId: "draftDigest",
  tag: "Drafts",
  summary: "Draft the positions digest of any article",
  description: `Send the article as JSON \`{ "text", "title"? }\` or as text/plain (UTF-8), at most ${MAX_DRAFT_BYTES / 1024} KiB. The answer is the drafted digest (\`review: "draft"\`): every quote in it occurs verbatim in the text.`,
  body: { schema: DraftRequest, example: { text: `"We will build the bridge," Mayor Jane Roe said on Monday.`, title: "The bridge" } },
  responses: {
    200: json(Digest, "The drafted digest.", { ...exampleDigest, review: "draft" }),
    ...errors(
      [400, "empty_article", "The article has no text."],
      413,
      415,
      [
        422,
        "too_complex",
        "too complex to draft: the article would take more steps than a draft may (code undraftable: nothing in it could be verified).",
      ],
      429,
    ),
  },
});

async function readArticle(c: Context): Promise<Checked<{ text: string; title?: string }>> {
  const type = mediaType(c);
  if (type !== "application/json" && type !== "text/plain") {
    return refuse(415, "unsupported_media_type", 'Send the article as application/json { "text" } or as text/plain.');
  }
  if (type === "text/plain") {
    const body = await readBounded(c, MAX_DRAFT_BYTES);
    return body.ok ? { ok: true, value: { text: body.value } } : body;
  }
  const body = await readJsonBody(c, MAX_DRAFT_BYTES);
  if (!body.ok) return body;
  const request = DraftRequest.safeParse(body.value);
  return request.success ? { ok: true, value: request.data } : refuse(400, "invalid_request", reasonOf(request.error));
}

export const draftRoutes = new Hono<{ Bindings: AppEnv }>().post(route.path, async (c) => {
  const client = c.req.header("CF-Connecting-IP") ?? "unknown";
  if (!(await c.env.DRAFT_LIMITER.limit({ key: `client:${client}` })).success) {
    c.header("Retry-After", "60");
    return apiError(c, 429, "rate_limited", "Too many drafts. Wait a minute and try again.");
  }
  const request = await readArticle(c);
  if (!request.ok) return apiError(c, request.status, request.code, request.message);
  const { text, title } = request.value;
  if (text.trim() === "") return apiError(c, 400, "empty_article", "The article has no text.");
  if (text.includes("\u0000")) return apiError(c, 400, "not_text", "The article holds a NUL character: send plain text.");
  const { draftPositions, TooComplex } = await loadExtractor();
  try {
    const digest = compileDigest(
      {
        slug: "draft",
        dir: "request",
        article: text,
        meta: {
          title: title ?? "Draft",
          added: new Date().toISOString().slice(0, 10),
          source: { headline: null, outlet: null, url: null, published: null, author: null },
        },
        positions: undefined,
      },
      draftPositions,
    );
    c.header("Cache-Control", "no-store");
    return c.json(digest);
  } catch (e) {
    if (e instanceof TooComplex) return apiError(c, 422, "too_complex", e.message);
    if (!(e instanceof ContentError)) throw e;
    // The extractor found nothing it could verify; say what, rather than fail the request.
    return apiError(c, 422, "undraftable", e.problems.map((p) => `${p.field}: ${p.message}`).join("; "));
  }
});
