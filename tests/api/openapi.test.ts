import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { type OpenApiDocument, openApiPath } from "../../src/web/openapi";
import { worker } from "../worker";
import { selectAll } from "./helpers";
import { schemaValidator, validateOpenApi } from "./oas";

const get = (path: string, init?: RequestInit) => worker.fetch(`https://example.com${path}`, init);

/** A public route programs call: everything under /api/ but the docs page, and every *.json
 * except the development-only tools under /dev/. */
const isJsonRoute = (path: string) =>
  (path.startsWith("/api/") && path !== "/api/docs") || (path.endsWith(".json") && !path.startsWith("/dev/"));
const JSON_MEDIA = /^application\/([\w.+-]+\+)?json$/;

let doc: OpenApiDocument;
let check: ReturnType<typeof schemaValidator>;
beforeAll(async () => {
  const res = await get("/openapi.json");
  expect(res.status).toBe(200);
  doc = await res.json<OpenApiDocument>();
  check = schemaValidator(doc);
});

const appRoutes = () =>
  createApp()
    .routes.filter((r) => r.method !== "ALL")
    .map((r) => ({ method: r.method.toLowerCase(), path: openApiPath(r.path) }));

function operations() {
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
}

/** Component schemas no $ref reaches, starting from the paths and following components' own $refs. */
function unusedComponents(document: OpenApiDocument): string[] {
  const refsIn = (value: unknown): string[] =>
    JSON.stringify(value)
      .match(/"\$ref":"#\/components\/schemas\/[^"]+"/g)
      ?.map((r) => r.slice(29, -1)) ?? [];
  const reached = new Set<string>();
  const queue = refsIn(document.paths);
  while (queue.length) {
    const name = queue.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    queue.push(...refsIn(document.components.schemas[name]));
  }
  return Object.keys(document.components.schemas).filter((name) => !reached.has(name));
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)", async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(await validateOpenApi(doc as unknown as Record<string, unknown>)).toEqual({ valid: true });
  });

  it("the validator rejects a broken document, so the check above can fail", async () => {
    const broken = structuredClone(doc) as unknown as { info: { version?: string }; paths: Record<string, unknown> };
    delete broken.info.version;
    broken.paths["/api/digests"] = { get: { responses: { 200: { content: "not an object" } } } };
    expect((await validateOpenApi(broken)).valid).toBe(false);
  });

  it("describes every tag it uses, and only those (Redocly's tag-description rule)", () => {
    const used = new Set(Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags)));
    expect(doc.tags.map((t) => t.name).sort()).toEqual([...used].sort());
    for (const tag of doc.tags) expect(tag.description, tag.name).toMatch(/\w{3,}/);
  });

  it("uses every component schema it defines (Redocly's no-unused-components rule)", () => {
    expect(unusedComponents(doc)).toEqual([]);
    // The check can fail: a component nothing refers to is found.
    const stray = { ...doc, components: { ...doc.components, schemas: { ...doc.components.schemas, Stray: { type: "string" } } } };
    expect(unusedComponents(stray)).toEqual(["Stray"]);
  });

  it("documents every JSON route of the app", () => {
    const missing = appRoutes()
      .filter((r) => isJsonRoute(r.path))
      .filter((r) => !(doc.paths[r.path] as Record<string, unknown> | undefined)?.[r.method])
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missing, "register these with documented() next to the route (src/web/openapi/registry.ts)").toEqual([]);
  });

  it("documents nothing the app does not serve", () => {
    const served = new Set(appRoutes().map((r) => `${r.method} ${r.path}`));
    const ghosts = operations()
      .map((o) => `${o.method} ${o.path}`)
      .filter((o) => !served.has(o));
    expect(ghosts).toEqual([]);
  });

  it("every example validates against the schema beside it", () => {
    const examples: { where: string; schema: object; value: unknown }[] = [];
    for (const { path, method, op } of operations()) {
      for (const p of op.parameters ?? []) {
        for (const value of (p.schema.examples as unknown[] | undefined) ?? [])
          examples.push({ where: `${method} ${path} ${p.name}`, schema: p.schema, value });
      }
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (media.example !== undefined)
          examples.push({ where: `${method} ${path} body ${type}`, schema: media.schema, value: media.example });
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (media.example === undefined) continue;
          expect(media.schema, `${method} ${path} ${status} ${type} has an example but no schema`).toBeDefined();
          examples.push({ where: `${method} ${path} ${status} ${type}`, schema: media.schema!, value: media.example });
        }
      }
    }
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const failures = examples.map((e) => ({ where: e.where, errors: check(e.schema, e.value) })).filter((f) => f.errors.length);
    expect(failures).toEqual([]);
  });

  it("a wrong example fails the same check", () => {
    const listed = doc.paths["/api/digests"]!.get!.responses["200"]!.content!["application/json"]!;
    const wrong = structuredClone(listed.example) as { pagination: { page: number } };
    wrong.pagination.page = 0;
    expect(check(listed.schema!, wrong)).not.toEqual([]);
  });

  it("each GET answers with a documented media type, and its JSON matches the documented schema", async () => {
    const gets = operations().filter((o) => o.method === "get");
    expect(gets.length).toBeGreaterThan(0);
    for (const { path, op } of gets) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const example = (op.parameters?.find((p) => p.name === name)?.schema.examples as string[] | undefined)?.[0];
        if (!example) throw new Error(`${path}: parameter ${name} needs an example to be tested`);
        return example;
      });
      // Without its token a protected route must answer its documented 401.
      const status = op.security?.length ? "401" : "200";
      const content = op.responses[status]!.content ?? {};
      const jsonType = Object.keys(content).find((t) => JSON_MEDIA.test(t));
      const res = await get(url, { headers: { Accept: jsonType ?? "*/*" } });
      expect(String(res.status), url).toBe(status);
      const type = res.headers.get("content-type")!.split(";")[0]!;
      expect(Object.keys(content), url).toContain(type);
      const schema = content[type]?.schema;
      if (JSON_MEDIA.test(type) && schema && !("$ref" in schema && !String(schema.$ref).startsWith("#/"))) {
        expect(check(schema, await res.json()), url).toEqual([]);
      }
    }
  });

  it("is cached with a strong ETag", async () => {
    const first = await get("/openapi.json");
    const again = await get("/openapi.json", { headers: { "If-None-Match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });
});

describe("GET /api/docs", () => {
  it("is a page of every operation and schema, with no script at all", async () => {
    const res = await get("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(await selectAll(html, "section.card", "id")).toEqual(operations().map((o) => o.op.operationId));
    expect(await selectAll(html, "section[id^=schema-] h3", "text")).toEqual(Object.keys(doc.components.schemas));
    expect(await selectAll(html, "script", "src")).toEqual([]);
    expect(await selectAll(html, "link[rel=stylesheet]", "href")).toEqual([]);
    // Every in-page link to a schema lands on it.
    const anchors = new Set(await selectAll(html, "[id]", "id"));
    const targets = (await selectAll(html, 'a[href^="#"]', "href")).map((h) => h.slice(1));
    expect(targets.filter((t) => !anchors.has(t))).toEqual([]);
  });
});
