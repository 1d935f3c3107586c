// A sharing card the build did not render (a digest published through the admin API, or a
// build machine without fonts) is not among the static assets, so its request reaches the
// Worker: it answers with the site-wide image, and a page never names a missing picture.
import { Hono } from "hono";
import { SITE_CARD } from "../digest/cards";
import type { AppEnv } from "../env";

export const cardFallbackRoutes = new Hono<{ Bindings: AppEnv }>().get("/og/d/:file", (c) => {
  c.header("Cache-Control", "public, max-age=3600");
  return c.redirect(SITE_CARD.path, 302);
});
