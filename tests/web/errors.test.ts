// Errors as caches and logs see them (issue 14, item 6): negotiated errors vary on Accept,
// JSON errors are not cached, ids are capped before they are echoed or memoised, and a
// crash is logged by route pattern, never by a path that carries a token.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import handler from "../../src/index";
import { manageLinks } from "../../src/subscriptions";
import { freshEmail, makeSubscriber } from "../schedule/helpers";
import { testEnv, worker } from "../worker";

const get = (path: string, headers: Record<string, string> = {}) => worker.fetch(`https://standpoint.test${path}`, { headers });

afterEach(() => vi.restoreAllMocks());

describe("error responses", () => {
  it("vary on Accept where Accept chose the shape, and are never cached", async () => {
    const html = await get("/digests/no-such-digest");
    const json = await get("/digests/no-such-digest", { Accept: "application/json" });
    expect([html.status, json.status]).toEqual([404, 404]);
    expect(html.headers.get("Content-Type")).toContain("text/html");
    expect(json.headers.get("Content-Type")).toContain("application/json");
    for (const res of [html, json]) {
      expect(res.headers.get("Vary")).toContain("Accept");
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
    // An API path is JSON whatever Accept says: nothing to vary on, still not cached.
    const api = await get("/api/digests/no-such-digest", { Accept: "text/html" });
    expect(api.status).toBe(404);
    expect(api.headers.get("Cache-Control")).toBe("no-store");
    expect(api.headers.get("Vary")).toBeNull();
    const query = await get("/api/digests?page=zero");
    expect(query.status).toBe(400);
    expect(query.headers.get("Cache-Control")).toBe("no-store");
  });

  it("refuse ids over 100 characters with 400 and do not echo them", async () => {
    const long = "a".repeat(65_000);
    for (const path of [`/api/digests?actor=${long}`, `/?actor=${long}`, `/api/digests/${long}`, `/digests/${long}`]) {
      const res = await get(path, { Accept: "application/json" });
      expect(res.status, path.slice(0, 20)).toBe(400);
      expect(res.headers.get("Link")).toBeNull();
      expect((await res.text()).length).toBeLessThan(1000);
    }
    // Negative control: at exactly 100 characters the id is looked up (and is in no digest).
    const atLimit = "a".repeat(100);
    const list = await get(`/api/digests?actor=${atLimit}`);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ digests: [], actor: null });
    expect((await get(`/api/digests/${atLimit}`)).status).toBe(404);
    expect((await get(`/api/digests?actor=${"a".repeat(101)}`)).status).toBe(400);
  });
});

describe("app.onError", () => {
  it("answers 500 without internals, and logs the route pattern, never the token in the path", async () => {
    const id = await makeSubscriber(freshEmail("crash"), "daily", "active");
    const links = await manageLinks(testEnv, { id }, new Date());
    const path = new URL(links.preferencesUrl).pathname;
    const token = path.split("/").pop()!;
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => void logged.push(String(line)));
    // D1 cannot fail on demand here: a binding whose every statement fails stands in for an outage.
    const down = {
      ...env,
      DB: {
        prepare: () => {
          throw new Error("D1_ERROR: database unavailable");
        },
      },
    } as unknown as Env;
    const ctx = createExecutionContext();
    const res = await handler.fetch(
      new Request(`https://standpoint.test${path}`) as Request<unknown, IncomingRequestCfProperties>,
      down,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain("Something went wrong on our side");
    expect(body).not.toContain("D1_ERROR");
    const line = logged.find((l) => l.includes('"onError"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ at: "onError", method: "GET", route: "/subscriptions/preferences/:token" });
    expect(line).toContain("D1_ERROR");
    expect(line).not.toContain(token);
  });
});
