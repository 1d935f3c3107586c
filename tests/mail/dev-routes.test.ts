/// <reference types="vite/client" />

import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { buildMessage, outboxTransport } from "../../src/mail";
import wranglerToml from "../../wrangler.toml?raw";
import { worker } from "../worker";

describe("/dev routes", () => {
  it("shows the outbox newest first, as HTML and JSON, in development", async () => {
    const outbox = outboxTransport(env.DB);
    const base = {
      from: "Standpoint <digest@standpoint.example>",
      to: "dev-view@example.org",
      html: '<p><a href="https://standpoint.example/x">x</a></p>',
      text: "x",
    };
    await outbox.send(buildMessage({ ...base, subject: "Older" }), { idempotencyKey: "dev-older" });
    await outbox.send(buildMessage({ ...base, subject: "Newer <b>" }), { idempotencyKey: "dev-newer" });

    const json = await worker.fetch("https://example.com/dev/mail.json?to=dev-view@example.org");
    expect(json.status).toBe(200);
    const { messages } = (await json.json()) as {
      messages: { subject: string; to: string; headers: object; html: string; text: string }[];
    };
    expect(messages.map((m) => m.subject)).toEqual(["Newer <b>", "Older"]);
    expect(messages[0]).toMatchObject({ to: "dev-view@example.org", headers: {}, html: base.html, text: "x" });

    const html = await (await worker.fetch("https://example.com/dev/mail")).text();
    expect(html.indexOf("Newer &lt;b&gt;")).toBeGreaterThan(-1);
    expect(html.indexOf("Newer &lt;b&gt;")).toBeLessThan(html.indexOf("Older"));
    expect(html).toContain('href="https://standpoint.example/x"');
  });

  it("does not exist in the production configuration (wrangler.toml's APP_ENV)", async () => {
    const appEnv = /^\s*APP_ENV\s*=\s*"([^"]+)"/m.exec(wranglerToml)![1]!;
    expect(appEnv).toBe("production");
    const app = createApp();
    const production = { ...env, APP_ENV: appEnv, TOKEN_SECRET: "a-production-secret-of-at-least-32-chars" };
    const get = (path: string) => app.fetch(new Request(`https://example.com${path}`), production, createExecutionContext());
    const unknown = await get("/no-such-page");
    for (const path of [
      "/dev/mail",
      "/dev/mail.json",
      "/dev/deliveries",
      "/dev/deliveries.json",
      "/dev/preview/daily",
      "/dev/preview/weekly.txt",
    ]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe((await (await get(path.replace("/dev/", "/no-such-"))).text()).replaceAll("/no-such-", "/dev/"));
    }
    expect(unknown.status).toBe(404);
  });
});
