// Composes the Worker's routes. Each capability brings its own router.
import { Hono } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "./env";
import { PUBLIC_READ_PATHS, publicReadCors } from "./http/cors";
import { errorResponse } from "./http/errors";
import { securityHeaders } from "./http/security";
import { devMailRoutes, resendWebhookRoutes } from "./mail";
import { devDeliveryRoutes, devPreviewRoutes, editionWebCopyRoutes, recordDeliveryFeedback } from "./schedule";
import { subscriptionRoutes } from "./subscriptions";
import { adminRoutes } from "./web/admin/routes";
import { cardFallbackRoutes } from "./web/cards";
import { digestRoutes } from "./web/digests";
import { draftRoutes } from "./web/drafts";
import { faviconRoutes } from "./web/favicon";
import { feedRoutes } from "./web/feeds";
import { openApiRoutes } from "./web/openapi";
import { subjectRoutes } from "./web/subjects/routes";

type AppBindings = { Bindings: AppEnv };

export function createApp() {
  const app = new Hono<AppBindings>();
  // Development only: an email preview needs its own inline styles, so it answers with its
  // own (script-free) policy ahead of the site's; elsewhere it passes the request on.
  app.route("/", devPreviewRoutes);
  // An edition's web copy is an email's HTML (inline styles): it sets its own script-free policy.
  app.route("/", editionWebCopyRoutes());
  app.use(securityHeaders);
  for (const path of PUBLIC_READ_PATHS) app.use(path, publicReadCors);
  // A route with no work behind it: the benchmark's baseline for the digest routes.
  app.get("/healthz", (c) => c.text("ok"));
  app.route("/", digestRoutes);
  app.route("/", subjectRoutes);
  app.route("/", faviconRoutes);
  app.route("/", cardFallbackRoutes);
  app.route("/", subscriptionRoutes);
  app.route("/", draftRoutes);
  // Publishing without a redeploy: only with the admin token (src/web/admin/auth.ts).
  app.route("/", adminRoutes);
  // Only answers when APP_ENV is "development"; elsewhere like any unknown path.
  app.route("/dev", devMailRoutes);
  app.route("/dev", devDeliveryRoutes);
  // The mail room verifies the provider's events; the schedule acts on them.
  app.route("/", resendWebhookRoutes(recordDeliveryFeedback));
  app.route("/", feedRoutes);
  app.route("/", openApiRoutes);
  app.notFound((c) => errorResponse(c, 404, "not_found", `Nothing is at ${c.req.path}.`));
  app.onError((err, c) => {
    // The route's pattern, never the path: paths carry link tokens (/subscriptions/preferences/<token>).
    console.error(JSON.stringify({ at: "onError", method: c.req.method, route: routePath(c), error: String(err), stack: err.stack }));
    return errorResponse(c, 500, "internal_error", "Something went wrong on our side; it has been logged.");
  });
  return app;
}
