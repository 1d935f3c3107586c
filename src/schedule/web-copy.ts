// GET /editions/:id: the public web copy of an edition ("view in browser"). It is the same
// body as the email with nobody's links in it, so it can be shared and cached publicly.
import { Hono } from "hono";
import { digestsAddedBetween } from "../digest/store";
import { represent, sendCached } from "../http/cache";
import { errorResponse } from "../http/errors";
import { findEdition, summaryPlanOf } from "./edition-store";
import { renderWebCopy } from "./email/render";
import { type ScheduleEnv, summaryConfig } from "./env";

/** `daily:2026-11-28` or `weekly:2026-W49`; anything else cannot name an edition. */
const EDITION_ID = /^(daily:\d{4}-\d{2}-\d{2}|weekly:\d{4}-W\d{2})$/;

/**
 * An email's layout lives in inline style attributes, which the site's policy (one hashed
 * stylesheet) would block; this page allows inline styles and still no script at all.
 */
export const WEB_COPY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
} as const;

/** An edition never changes once created; a day in shared caches is safe. */
const WEB_COPY_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400";

/**
 * Mounted ahead of the site's security-headers middleware (src/app.ts), which would replace
 * this page's policy with one that blocks its styles.
 */
export function editionWebCopyRoutes() {
  return new Hono<{ Bindings: ScheduleEnv }>().get("/editions/:id", async (c) => {
    for (const [name, value] of Object.entries(WEB_COPY_HEADERS)) c.header(name, value);
    const id = c.req.param("id");
    if (!EDITION_ID.test(id)) {
      return errorResponse(c, 404, "edition_not_found", "An edition is named like daily:2026-11-28 or weekly:2026-W49.");
    }
    const edition = await findEdition(c.env.DB, id);
    if (!edition) return errorResponse(c, 404, "edition_not_found", `No edition is called “${id}”.`);
    // The digests it held that are still published (an unpublished one leaves the copy too).
    const published = await digestsAddedBetween(c.env.DB, edition.covers_from, edition.covers_through);
    const bySlug = new Map(published.map((d) => [d.slug, d]));
    const held = edition.digests.flatMap((slug) => bySlug.get(slug) ?? []);
    if (held.length === 0) return errorResponse(c, 410, "edition_withdrawn", `The digests of “${id}” are no longer published.`);
    const plan = summaryPlanOf(edition, held);
    const rep = represent(renderWebCopy(plan, summaryConfig(c.env)), "text/html; charset=utf-8");
    return sendCached(c, rep, WEB_COPY_CACHE_CONTROL);
  });
}
