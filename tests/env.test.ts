// The environment is checked once, at the entry: a bad one answers every request with a
// 500 that names the variable, and a good one reaches the handlers normalised.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BadEnvironment, checkEnv, DEVELOPMENT_TOKEN_SECRET } from "../src/env";
import handler from "../src/index";
import { snapshot } from "./subscriptions/helpers";

const withVars = (vars: Record<string, string | undefined>) => ({ ...env, ...vars }) as Env;

async function request(vars: Record<string, string | undefined>, path: string, init?: RequestInit) {
  const ctx = createExecutionContext();
  const req = new Request(`https://standpoint.test${path}`, init) as Request<unknown, IncomingRequestCfProperties>;
  const res = await handler.fetch(req, withVars(vars), ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

function badVariable(vars: Record<string, string | undefined>): string | null {
  const checked = checkEnv(withVars(vars));
  return checked instanceof BadEnvironment ? checked.variable : null;
}

afterEach(() => vi.restoreAllMocks());

describe("the environment check", () => {
  it("accepts the development configuration and fills in the development secrets", () => {
    const checked = checkEnv(env);
    expect(checked).not.toBeInstanceOf(BadEnvironment);
    expect(checked).toMatchObject({
      APP_ENV: "development",
      MAIL_TRANSPORT: "outbox",
      TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET,
      SUMMARY_SLICE_SIZE: 100,
    });
    expect(checked).toMatchObject({ SUMMARY_TRANSPORT: "outbox", SUMMARY_BATCH_SIZE: 100, SUMMARY_RATE_PER_SECOND: 4 });
  });

  it("names the variable that is wrong", () => {
    // A negative control first: the same call with nothing wrong names nothing.
    expect(badVariable({})).toBeNull();
    expect(badVariable({ MAIL_TRANSPORT: "carrier-pigeon" })).toBe("MAIL_TRANSPORT");
    expect(badVariable({ APP_ENV: "staging" })).toBe("APP_ENV");
    expect(badVariable({ SITE_URL: "standpoint.example" })).toBe("SITE_URL");
    expect(badVariable({ APP_ENV: "production" })).toBe("TOKEN_SECRET");
    expect(badVariable({ APP_ENV: "production", TOKEN_SECRET: "short" })).toBe("TOKEN_SECRET");
    expect(badVariable({ APP_ENV: "production", TOKEN_SECRET: "x".repeat(40) })).toBeNull();
    expect(badVariable({ MAIL_TRANSPORT: "resend" })).toBe("RESEND_API_KEY");
    expect(badVariable({ SUMMARY_SLICE_SIZE: "many" })).toBe("SUMMARY_SLICE_SIZE");
    expect(badVariable({ SUMMARY_SLICE_SIZE: "100", SUMMARY_BATCH_SIZE: "10", SUMMARY_CALL_BUDGET: "45" })).toBeNull();
    expect(badVariable({ SUMMARY_SLICE_SIZE: "100", SUMMARY_BATCH_SIZE: "5", SUMMARY_CALL_BUDGET: "45" })).toBe("SUMMARY_SLICE_SIZE");
    expect(badVariable({ SUMMARY_BATCH_SIZE: "101" })).toBe("SUMMARY_BATCH_SIZE");
    expect(badVariable({ SUMMARY_BATCH_SIZE: "100" })).toBeNull();
    expect(badVariable({ SUMMARY_RATE_PER_SECOND: "0" })).toBe("SUMMARY_RATE_PER_SECOND");
    expect(badVariable({ SUMMARY_RATE_PER_SECOND: "fast" })).toBe("SUMMARY_RATE_PER_SECOND");
    expect(badVariable({ RESEND_API_URL: "api.resend.com" })).toBe("RESEND_API_URL");
    expect(badVariable({ RESEND_API_URL: "https://api.eu.resend.com" })).toBeNull();
    expect(badVariable({ SUMMARY_TRANSPORT: "carrier-pigeon" })).toBe("SUMMARY_TRANSPORT");
    expect(badVariable({ SUMMARY_TRANSPORT: "resend" })).toBe("RESEND_API_KEY");
    expect(badVariable({ SUMMARY_TRANSPORT: "resend", RESEND_API_KEY: "re_x" })).toBeNull();
    expect(badVariable({ RESEND_WEBHOOK_SECRET: "not-a-svix-secret" })).toBe("RESEND_WEBHOOK_SECRET");
  });

  it("refuses email-binding for summaries, naming SUMMARY_TRANSPORT and why", () => {
    const set = checkEnv(withVars({ SUMMARY_TRANSPORT: "email-binding" }));
    expect(set).toBeInstanceOf(BadEnvironment);
    expect(set).toMatchObject({ variable: "SUMMARY_TRANSPORT", reason: expect.stringContaining("verified addresses") });
    // Unset, it follows MAIL_TRANSPORT only when that one can send bulk mail.
    expect(badVariable({ MAIL_TRANSPORT: "email-binding", SUMMARY_TRANSPORT: "" })).toBe("SUMMARY_TRANSPORT");
    expect(checkEnv(withVars({ MAIL_TRANSPORT: "outbox", SUMMARY_TRANSPORT: "" }))).toMatchObject({ SUMMARY_TRANSPORT: "outbox" });
    // The production configuration: send_email for confirmations, Resend for summaries.
    expect(badVariable({ MAIL_TRANSPORT: "email-binding", SUMMARY_TRANSPORT: "resend", RESEND_API_KEY: "re_x" })).toBeNull();
  });

  it("keeps the production webhook closed without a secret, and open in development", () => {
    const production = checkEnv(withVars({ APP_ENV: "production", TOKEN_SECRET: "x".repeat(40) }));
    expect(production).toMatchObject({ RESEND_WEBHOOK_SECRET: null });
    expect(checkEnv(env)).toMatchObject({ RESEND_WEBHOOK_SECRET: expect.stringMatching(/^whsec_/) });
  });

  it("answers every request with a 500 naming the variable, logs it, and changes nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await snapshot();
    for (const path of ["/healthz", "/api/digests", "/subscriptions"]) {
      const res = await request({ MAIL_TRANSPORT: "carrier-pigeon" }, path);
      expect(res.status).toBe(500);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      const body = await res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe("bad_environment");
      expect(body.error.message).toContain("MAIL_TRANSPORT");
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/i);
    }
    const subscribe = await request({ APP_ENV: "production" }, "/api/subscriptions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.org", cadence: "daily" }),
    });
    expect(subscribe.status).toBe(500);
    expect(await subscribe.text()).toContain("TOKEN_SECRET");
    expect(await snapshot()).toBe(before);
    expect(logged.mock.calls.some(([line]) => String(line).includes('"variable":"MAIL_TRANSPORT"'))).toBe(true);
  });
});

describe("SITE_URL with a trailing slash", () => {
  it("is the same site as without one", () => {
    const bare = checkEnv(withVars({ SITE_URL: "https://news.example" }));
    const slashed = checkEnv(withVars({ SITE_URL: "https://news.example/" }));
    expect(slashed).toMatchObject({ SITE_URL: "https://news.example" });
    expect(bare).toMatchObject({ SITE_URL: "https://news.example" });
  });

  it("gives links with no doubled slash in headers and in mail", async () => {
    const res = await request({ SITE_URL: "https://news.example/" }, "/api/digests?limit=1");
    const link = res.headers.get("Link") ?? "";
    expect(link).toContain("https://news.example/api/digests");
    expect(link.replace(/https:\/\//g, "")).not.toContain("//");

    const email = `slash.${Date.now()}@example.org`;
    const subscribed = await request({ SITE_URL: "https://news.example/" }, "/api/subscriptions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.201" },
      body: JSON.stringify({ email, cadence: "weekly" }),
    });
    expect(subscribed.status).toBe(202);
    const mail = await env.DB.prepare("SELECT text FROM mail_outbox WHERE recipient = ?").bind(email).first<{ text: string }>();
    expect(mail?.text).toContain("https://news.example/subscriptions/confirm/");
    expect(mail!.text.replace(/https:\/\//g, "")).not.toContain("//");
  });
});
