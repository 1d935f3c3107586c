// What Redocly's recommended rules ask of the document, checked here: every operation
// states its security (public ones: none) and has a 4xx response, and the document has a licence.
import { beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument, Operation } from "../../src/web/openapi/document";
import { worker } from "../worker";

let doc: OpenApiDocument;
beforeAll(async () => {
  doc = await (await worker.fetch("https://example.com/openapi.json")).json<OpenApiDocument>();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, op })),
  );

/** Operations that would fail the rule "operation-4xx-response". */
const without4xx = (ops: { name: string; op: Operation }[]) =>
  ops.filter(({ op }) => !Object.keys(op.responses).some((s) => s.startsWith("4"))).map((o) => o.name);
/** Operations that leave their security to a global default (there is none). */
const withoutSecurity = (ops: { name: string; op: Operation }[]) => ops.filter(({ op }) => !Array.isArray(op.security)).map((o) => o.name);

describe("the OpenAPI document's hygiene", () => {
  it("has a licence with an SPDX identifier", () => {
    expect(doc.info.license).toMatchObject({ name: expect.any(String), identifier: "CC-BY-4.0" });
  });

  it("gives every operation a 4xx response and an explicit security requirement", () => {
    expect(operations().length).toBeGreaterThan(5);
    expect(without4xx(operations())).toEqual([]);
    expect(withoutSecurity(operations())).toEqual([]);
  });

  it("declares public operations public and token operations bearer", () => {
    expect(doc.paths["/api/digests"]!.get!.security).toEqual([]);
    expect(doc.paths["/feed.json"]!.get!.responses["4XX"]).toBeDefined();
    expect(doc.paths["/api/subscriptions/me"]!.get!.security).toEqual([{ linkToken: [] }]);
  });

  it("the checks above can fail (negative control)", () => {
    const bare = {
      name: "get /x",
      op: { operationId: "x", tags: [], summary: "", responses: { 200: { description: "" } } } as unknown as Operation,
    };
    expect(without4xx([bare])).toEqual(["get /x"]);
    expect(withoutSecurity([bare])).toEqual(["get /x"]);
  });
});

describe("the Content-Security-Policy", () => {
  it("lets the page's own origin be fetched (robots.txt for audits) and no other", async () => {
    const csp = (await worker.fetch("https://example.com/")).headers.get("content-security-policy")!;
    expect(csp.split("; ")).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/script-src/);
  });
});

describe("canonical and og:url", () => {
  it("are absolute on a digest page", async () => {
    const html = await (await worker.fetch("https://example.com/digests/putin-offer-to-negotiate")).text();
    expect(html).toContain('<link rel="canonical" href="https://standpoint.example/digests/putin-offer-to-negotiate"/>');
    expect(html).toContain('<meta property="og:url" content="https://standpoint.example/digests/putin-offer-to-negotiate"/>');
  });

  it("are never relative: a page without an absolute URL declares none", async () => {
    const html = await (await worker.fetch("https://example.com/no-such-page", { headers: { Accept: "text/html" } })).text();
    expect(html).not.toMatch(/rel="canonical" href="\//);
    expect(html).not.toMatch(/og:url" content="\//);
  });
});
