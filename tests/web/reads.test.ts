// What a view costs in D1: at most one statement on a cold isolate cache, none while it is warm.
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { appEnv } from "../../src/env";
import { forgetReads } from "../../src/web/isolate-cache";

/** The real D1 binding, counting the statements sent through it. */
function countingDb(db: D1Database) {
  const counter = { statements: 0 };
  const counted = new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => (counter.statements++, target.prepare(sql));
      const value = Reflect.get(target, key) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: counted, counter };
}

const views = [
  "/digests/putin-offer-to-negotiate",
  "/api/digests/putin-offer-to-negotiate",
  "/",
  "/?page=1&actor=vladimir-putin",
  "/api/digests",
  "/api/digests?q=negotiate",
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/sitemap.xml",
];

beforeEach(() => forgetReads());

describe("D1 statements per view", () => {
  for (const path of views) {
    it(`${path}: one on a cold cache, none while warm`, async () => {
      const { db, counter } = countingDb(env.DB);
      const app = createApp();
      const vars = appEnv({ ...env, DB: db } as Env);
      const first = await app.fetch(new Request(`https://standpoint.test${path}`), vars);
      expect(first.status).toBe(200);
      expect(counter.statements).toBe(1);
      const second = await app.fetch(new Request(`https://standpoint.test${path}`), vars);
      expect(second.status).toBe(200);
      expect(await second.text()).toBe(await first.text());
      expect(counter.statements).toBe(1);
    });
  }

  it("with DIGEST_CACHE_SECONDS=0 every view reads again (negative control)", async () => {
    const { db, counter } = countingDb(env.DB);
    const vars = appEnv({ ...env, DB: db, DIGEST_CACHE_SECONDS: "0" } as Env);
    const app = createApp();
    for (let i = 0; i < 3; i++) await app.fetch(new Request("https://standpoint.test/digests/putin-offer-to-negotiate"), vars);
    expect(counter.statements).toBe(3);
  });

  it("a DIGEST_CACHE_SECONDS out of range is a bad environment naming it", () => {
    expect(() => appEnv({ ...env, DIGEST_CACHE_SECONDS: "-1" } as Env)).toThrow(
      /^DIGEST_CACHE_SECONDS must be a whole number from 0 to 3600/,
    );
  });
});
