// What the admin API refuses, and that a refused request stores nothing.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { appEnv, BadEnvironment, checkEnv } from "../../src/env";
import { articleBody, asAdmin, auditOf, call, storedCount, TOKEN } from "./helpers";

const SLUG = "refused-bridge";

async function expectNothingStored() {
  expect(await storedCount(SLUG)).toBe(0);
  expect(await auditOf(SLUG)).toEqual([]);
  expect((await call(`/api/digests/${SLUG}`)).status).toBe(404);
}

describe("the token", () => {
  const cases: [string, Record<string, string>][] = [
    ["no Authorization header", {}],
    ["a wrong token of the same length", { Authorization: `Bearer ${"x".repeat(TOKEN.length)}` }],
    ["the right token with a character changed", { Authorization: `Bearer ${TOKEN.slice(0, -1)}X` }],
    ["the token without the Bearer scheme", { Authorization: TOKEN }],
    ["a prefix of the token", { Authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
  ];
  for (const [name, headers] of cases) {
    it(`${name}: 401 and nothing stored`, async () => {
      const res = await call(`/api/admin/digests/${SLUG}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(articleBody()),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
      await expectNothingStored();
    });
  }

  it("guards every admin route (list, preview, delete)", async () => {
    for (const [method, path] of [
      ["GET", "/api/admin/digests"],
      ["GET", `/api/admin/digests/${SLUG}`],
      ["DELETE", `/api/admin/digests/${SLUG}`],
      ["GET", `/admin/digests/${SLUG}`],
    ] as const) {
      expect((await call(path, { method })).status, `${method} ${path}`).toBe(401);
      expect((await asAdmin(method, path, undefined, "wrong")).status, `${method} ${path}`).toBe(401);
    }
    // Negative control: with the token the same list answers.
    expect((await asAdmin("GET", "/api/admin/digests")).status).toBe(200);
  });
});

describe("ADMIN_TOKEN in the environment", () => {
  const production = { ...env, APP_ENV: "production", TOKEN_SECRET: "p".repeat(40), MAIL_TRANSPORT: "outbox" } as unknown as Env;
  const put = (vars: Env, token: string, slug = SLUG) =>
    createApp().fetch(
      new Request(`https://standpoint.test/api/admin/digests/${slug}`, {
        method: "PUT",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(articleBody({ status: "pending" })),
      }),
      appEnv(vars),
    );

  it("unset in production: no admin API, even for the development token", async () => {
    const res = await put(production, TOKEN);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "admin_disabled" } });
    await expectNothingStored();
  });

  it("set: honoured in production, and the development token no longer works in development", async () => {
    const secret = "s".repeat(48);
    expect((await put({ ...production, ADMIN_TOKEN: secret } as Env, TOKEN)).status).toBe(401);
    expect((await put({ ...env, ADMIN_TOKEN: secret } as Env, TOKEN)).status).toBe(401);
    await expectNothingStored();
    // Negative control: the configured token itself is accepted.
    const res = await put({ ...production, ADMIN_TOKEN: secret } as Env, secret, "production-admin-bridge");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: "pending", outcome: "created" });
  });

  it("a short token is a bad environment naming ADMIN_TOKEN", () => {
    const bad = checkEnv({ ...env, ADMIN_TOKEN: "short" } as Env);
    expect(bad).toBeInstanceOf(BadEnvironment);
    expect((bad as BadEnvironment).variable).toBe("ADMIN_TOKEN");
  });
});

describe("the body", () => {
  it("a quote that is not verbatim: 422 naming the field and the problem, nothing stored", async () => {
    const body = articleBody();
    body.positions!.positions[1]!.evidence[0]!.text = "The bridge is far too costly,";
    const res = await asAdmin("PUT", `/api/admin/digests/${SLUG}`, body);
    expect(res.status).toBe(422);
    const { error } = await res.json<{ error: { code: string; message: string; problems: { path: string; message: string }[] } }>();
    expect(error.code).toBe("invalid_digest");
    expect(error.problems).toContainEqual({
      path: "positions.positions[1].evidence[0].text",
      message: '"The bridge is far too costly," does not occur verbatim in article.txt',
    });
    expect(error.message).toContain("positions.positions[1].evidence[0].text");
    await expectNothingStored();
  });

  it("a malformed envelope or meta: 422 with each path", async () => {
    const noStatus = await asAdmin("PUT", `/api/admin/digests/${SLUG}`, { ...articleBody(), status: "live" });
    expect(await noStatus.json()).toMatchObject({ error: { problems: [{ path: "status" }] } });
    const badMeta = await asAdmin("PUT", `/api/admin/digests/${SLUG}`, {
      ...articleBody(),
      meta: { title: "x", added: "yesterday", source: {} },
    });
    expect(badMeta.status).toBe(422);
    const paths = (await badMeta.json<{ error: { problems: { path: string }[] } }>()).error.problems.map((p) => p.path);
    expect(paths).toContain("meta.added");
    const badSlug = await asAdmin("PUT", "/api/admin/digests/Not_A_Slug", articleBody());
    expect(badSlug.status).toBe(422);
    expect(await badSlug.json()).toMatchObject({ error: { problems: [{ path: "slug" }] } });
    await expectNothingStored();
  });

  it("above 200 KiB: 413, declared or streamed; not JSON: 400 or 415", async () => {
    const big = JSON.stringify({ ...articleBody(), article: "word ".repeat(41_000) });
    expect(big.length).toBeGreaterThan(200 * 1024);
    expect((await asAdmin("PUT", `/api/admin/digests/${SLUG}`, big)).status).toBe(413);
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const res = await call(`/api/admin/digests/${SLUG}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: streamed,
    });
    expect(res.status).toBe(413);
    expect((await asAdmin("PUT", `/api/admin/digests/${SLUG}`, "{not json")).status).toBe(400);
    const text = await call(`/api/admin/digests/${SLUG}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "text/plain" },
      body: "x",
    });
    expect(text.status).toBe(415);
    // Negative control: just under the limit is read (and refused only for its content).
    const under = JSON.stringify({ ...articleBody(), article: "word ".repeat(40_000) });
    expect(under.length).toBeLessThan(200 * 1024);
    expect((await asAdmin("PUT", `/api/admin/digests/${SLUG}`, under)).status).toBe(422);
    await expectNothingStored();
  });
});
