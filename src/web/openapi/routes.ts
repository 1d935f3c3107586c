// GET /openapi.json and GET /api/docs, both built once per isolate from the registered routes.
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { once, represent, sendCached } from "../../http/cache";
import { cached, documented, documentedRoutes } from "../../http/openapi";
import { documentOf } from "../../http/page/Layout";
import { DocsPage } from "./DocsPage";
import { type OpenApiDocument, openApiDocument } from "./document";

const spec = documented({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApi",
  tag: "API",
  summary: "This API as an OpenAPI 3.1 document",
  description: "Generated from the zod schemas the routes validate with. A readable version is at /api/docs.",
  responses: cached({
    description: "An OpenAPI 3.1 document.",
    content: { "application/json": { jsonSchema: { type: "object", description: "An OpenAPI 3.1 document." } } },
  }),
});

let built: OpenApiDocument | undefined;
/** Built on first use, after every route module has registered its routes. */
const documentFor = (siteUrl: string) => (built ??= openApiDocument(documentedRoutes(), siteUrl));

export const openApiRoutes = new Hono<{ Bindings: AppEnv }>()
  .get(spec.path, (c) =>
    sendCached(
      c,
      once("openapi.json", () => represent(JSON.stringify(documentFor(c.env.SITE_URL)), "application/json; charset=utf-8")),
    ),
  )
  .get("/api/docs", (c) =>
    sendCached(
      c,
      once("api-docs.html", () =>
        represent(documentOf(DocsPage({ doc: documentFor(c.env.SITE_URL), siteUrl: c.env.SITE_URL })), "text/html; charset=utf-8"),
      ),
    ),
  );
